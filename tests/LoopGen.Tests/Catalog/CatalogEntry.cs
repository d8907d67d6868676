using System;

namespace LoopGen.Tests.Catalog
{
    /// <summary>
    /// One loop nest of the catalog: the members of <c>public static partial class K</c> (or whole
    /// types, see <see cref="Raw"/>), with ONE <c>[Parallelize]</c> method, and what LoopGen must say
    /// about it. Rejections carry their diagnostics as markup (<c>{|LG0106:hist[v]|}</c>); accepted
    /// entries name the strategy their LG0003 report must contain.
    /// </summary>
    internal sealed record CatalogEntry(string Name, string Markup)
    {
        /// <summary>Gets "flattened" or "row" for an accepted entry; null for a rejected one.</summary>
        public string? Report { get; init; }

        /// <summary>Gets a value indicating whether doubles may differ by a relative 1e-9 (floating-point reductions).</summary>
        public bool Tolerance { get; init; }

        /// <summary>Gets the size that crosses the default sequential threshold.</summary>
        public int Large { get; init; } = 220;

        /// <summary>Gets a value indicating whether <see cref="Markup"/> is the whole namespace body rather than the members of K.</summary>
        public bool Raw { get; init; }

        /// <summary>Gets a custom input maker (random, size) for entries whose parameters must agree with each other.</summary>
        public Func<Random, int, object?[]>? Inputs { get; init; }

        /// <summary>Gets the type arguments a generic [Parallelize] method and its twins are run with.</summary>
        public Type[]? TypeArguments { get; init; }

        /// <summary>
        /// Gets a value indicating whether the nest is accepted only on the user's word (an LG0004 names the call it
        /// trusts) and that call does race: the differential is not run, since it would show the race the warning names.
        /// The diagnostics (the LG0004 and the LG0003 report) are still checked.
        /// </summary>
        public bool Racy { get; init; }

        /// <summary>Gets why the entry is in the known-bug list (the expectation is the correct one).</summary>
        public string? Bug { get; init; }

        /// <summary>Gets a value indicating whether the nest is accepted.</summary>
        public bool Accepted => this.Report is not null;

        /// <inheritdoc/>
        public override string ToString() => this.Name;
    }
}
