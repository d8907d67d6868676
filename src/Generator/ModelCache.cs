using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using LoopGen.Generator.Models;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LoopGen.Generator
{
    /// <summary>
    /// Keeps the model of each <c>[Parallelize]</c> method across compilations, so that a keystroke
    /// elsewhere does not classify and emit every marked method again (the attribute pipeline re-runs
    /// its transform for every method whenever the compilation changes).
    /// <para>
    /// A model is reused only when nothing it was computed from can have changed:
    /// the method's own declaration node is the same object (so its file is unchanged); every file whose
    /// syntax the classification read (callee bodies, other declarations; recorded by
    /// <see cref="Analysis.SyntaxReads"/>) is still in the compilation, unchanged; the references, the
    /// compilation options and the assembly name are the same; and the digest of every declaration of
    /// the compilation (all tokens outside member bodies, in every file, with the file paths and parse
    /// options) is the same. The digest catches what binding depends on beyond bodies: a new overload,
    /// a changed field type, [Pure] added to a callee, a constant's value, a global using.
    /// </para>
    /// </summary>
    internal static class ModelCache
    {
        private static readonly ConditionalWeakTable<MethodDeclarationSyntax, Entry> Entries = new ConditionalWeakTable<MethodDeclarationSyntax, Entry>();
        private static readonly ConditionalWeakTable<Compilation, Facts> CompilationFacts = new ConditionalWeakTable<Compilation, Facts>();
        private static readonly ConditionalWeakTable<SyntaxTree, StrongBox<ulong>> TreeDigests = new ConditionalWeakTable<SyntaxTree, StrongBox<ulong>>();

        /// <summary>Gets how many models were reused and computed for a compilation (read by tests and the benchmark).</summary>
        /// <param name="compilation">The compilation the generator ran on.</param>
        /// <returns>The counts, zero when the generator has not run on it.</returns>
        internal static (int Hits, int Misses) CountsFor(Compilation compilation)
            => CompilationFacts.TryGetValue(compilation, out Facts? facts) ? (Volatile.Read(ref facts.Hits), Volatile.Read(ref facts.Misses)) : (0, 0);

        /// <summary>Returns the cached model of a method when it is still valid, or computes and caches it.</summary>
        /// <param name="syntax">The method declaration.</param>
        /// <param name="compilation">The compilation being generated for.</param>
        /// <param name="build">Computes the model; the files it reads are recorded.</param>
        /// <param name="cancellationToken">The cancellation token.</param>
        /// <returns>The model (null when nothing is generated).</returns>
        public static ParallelMethodInfo? GetOrBuild(MethodDeclarationSyntax syntax, Compilation compilation, System.Func<ParallelMethodInfo?> build, CancellationToken cancellationToken)
        {
            Facts facts = CompilationFacts.GetValue(compilation, c => Facts.Of(c, cancellationToken));
            if (Entries.TryGetValue(syntax, out Entry? entry) && entry.IsValidFor(compilation, facts))
            {
                Interlocked.Increment(ref facts.Hits);
                return entry.Info;
            }

            var read = new HashSet<SyntaxTree> { syntax.SyntaxTree };
            ParallelMethodInfo? info;
            using (Analysis.SyntaxReads.Record(read))
            {
                info = build();
            }

            Interlocked.Increment(ref facts.Misses);
            lock (Entries)
            {
                Entries.Remove(syntax);
                Entries.Add(syntax, new Entry(info, read.ToArray(), facts));
            }

            return info;
        }

        /// <summary>Computes the declaration digest of one file: every token outside member bodies, the path and the parse options.</summary>
        /// <param name="tree">The file.</param>
        /// <param name="cancellationToken">The cancellation token.</param>
        /// <returns>A 64-bit digest.</returns>
        internal static ulong DeclarationDigest(SyntaxTree tree, CancellationToken cancellationToken)
            => TreeDigests.GetValue(tree, t => new StrongBox<ulong>(ComputeDigest(t, cancellationToken))).Value;

        private static ulong ComputeDigest(SyntaxTree tree, CancellationToken cancellationToken)
        {
            var hash = new Fnv();
            hash.Add(tree.FilePath);
            hash.Add(tree.Options.GetHashCode());
            foreach (SyntaxToken token in tree.GetRoot(cancellationToken).DescendantTokens(static node => !IsMemberBody(node)))
            {
                hash.Add(token.RawKind);
                hash.Add(token.Text);
            }

            return hash.Value;
        }

        /// <summary>A body whose content a declaration's symbol does not depend on (its file is recorded when the classifier reads it).</summary>
        private static bool IsMemberBody(SyntaxNode node)
            => node.Parent is BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or LocalFunctionStatementSyntax or BasePropertyDeclarationSyntax
                && node is BlockSyntax or ArrowExpressionClauseSyntax;

        /// <summary>What a model depends on beyond the files it read, for one compilation.</summary>
        private sealed class Facts
        {
            /// <summary>Models reused for this compilation.</summary>
            public int Hits;

            /// <summary>Models computed for this compilation.</summary>
            public int Misses;

            private Facts(ulong digest, ImmutableArray<MetadataReference> references, CompilationOptions options, string? assemblyName)
            {
                this.Digest = digest;
                this.References = references;
                this.Options = options;
                this.AssemblyName = assemblyName;
            }

            public ulong Digest { get; }

            public ImmutableArray<MetadataReference> References { get; }

            public CompilationOptions Options { get; }

            public string? AssemblyName { get; }

            public static Facts Of(Compilation compilation, CancellationToken cancellationToken)
            {
                var hash = new Fnv();
                foreach (SyntaxTree tree in compilation.SyntaxTrees)
                {
                    hash.Add(unchecked((long)DeclarationDigest(tree, cancellationToken)));
                }

                return new Facts(hash.Value, compilation.References.ToImmutableArray(), compilation.Options, compilation.AssemblyName);
            }

            public bool SameAs(Facts other)
                => ReferenceEquals(this, other)
                || (this.Digest == other.Digest
                    && this.AssemblyName == other.AssemblyName
                    && this.Options.Equals(other.Options)
                    && this.References.SequenceEqual(other.References));
        }

        private sealed class Entry
        {
            private readonly SyntaxTree[] read;
            private readonly Facts facts;

            public Entry(ParallelMethodInfo? info, SyntaxTree[] read, Facts facts)
            {
                this.Info = info;
                this.read = read;
                this.facts = facts;
            }

            public ParallelMethodInfo? Info { get; }

            public bool IsValidFor(Compilation compilation, Facts current)
                => this.facts.SameAs(current) && this.read.All(compilation.ContainsSyntaxTree);
        }

        /// <summary>FNV-1a, 64 bits: a digest for change detection, not for security.</summary>
        private struct Fnv
        {
            private ulong value;
            private bool started;

            public ulong Value => this.started ? this.value : 14695981039346656037UL;

            public void Add(long number)
            {
                this.Start();
                for (int i = 0; i < 8; i++)
                {
                    this.value = (this.value ^ (byte)(number >> (8 * i))) * 1099511628211UL;
                }
            }

            public void Add(string text)
            {
                this.Start();
                this.Add(text.Length);
                foreach (char c in text)
                {
                    this.value = (this.value ^ (byte)c) * 1099511628211UL;
                    this.value = (this.value ^ (byte)(c >> 8)) * 1099511628211UL;
                }
            }

            private void Start()
            {
                if (!this.started)
                {
                    this.value = 14695981039346656037UL;
                    this.started = true;
                }
            }
        }
    }
}
