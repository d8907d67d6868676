using System.Threading;
using LoopGen.Analysis;
using LoopGen.Generator.Models;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LoopGen.Generator
{
    /// <summary>
    /// Keeps the model of each <c>[Parallelize]</c> method across compilations, so that a keystroke
    /// elsewhere does not classify and emit every marked method again (the attribute pipeline re-runs
    /// its transform for every method whenever the compilation changes), and a rebuild in the compiler
    /// server after an edit in another file does not either. A model is reused only while nothing it was
    /// computed from can have changed, compared by content: see <see cref="ClassificationCache{T}"/>.
    /// </summary>
    internal static class ModelCache
    {
        private static readonly ClassificationCache<ParallelMethodInfo> Models = new ClassificationCache<ParallelMethodInfo>();

        /// <summary>Gets how many models were reused and computed for a compilation (read by tests and the benchmark).</summary>
        /// <param name="compilation">The compilation the generator ran on.</param>
        /// <returns>The counts, zero when the generator has not run on it.</returns>
        internal static (int Hits, int Misses) CountsFor(Compilation compilation) => Models.CountsFor(compilation);

        /// <summary>Returns the cached model of a method when it is still valid, or computes and caches it.</summary>
        /// <param name="syntax">The method declaration.</param>
        /// <param name="compilation">The compilation being generated for.</param>
        /// <param name="build">Computes the model; the files it reads are recorded.</param>
        /// <param name="cancellationToken">The cancellation token.</param>
        /// <returns>The model (null when nothing is generated).</returns>
        public static ParallelMethodInfo? GetOrBuild(MethodDeclarationSyntax syntax, Compilation compilation, System.Func<ParallelMethodInfo?> build, CancellationToken cancellationToken)
            => Models.GetOrBuild(syntax, compilation, () => (build(), true), cancellationToken);
    }
}
