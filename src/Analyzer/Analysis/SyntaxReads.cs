using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace LoopGen.Analysis
{
    /// <summary>
    /// The one way the classifier reads syntax beyond the method it classifies (a callee's body, a
    /// declaration in another file): every read goes through here, and while a <see cref="Recording"/>
    /// is open on the thread, the file read is recorded. The generator keeps a method's model only while
    /// every file its classification read is unchanged (see ParallelizeGenerator's model cache), so a
    /// read that bypasses this class would make that cache unsound; a test checks that the classifier
    /// calls neither <c>GetSyntax</c> nor <c>GetSemanticModel</c> anywhere else.
    /// </summary>
    internal static class SyntaxReads
    {
        [ThreadStatic]
        private static HashSet<SyntaxTree>? current;

        /// <summary>Gets the declaration a reference points to, recording its file.</summary>
        /// <param name="reference">The reference (from <c>DeclaringSyntaxReferences</c>).</param>
        /// <param name="cancellationToken">The cancellation token.</param>
        /// <returns>The syntax node.</returns>
        public static SyntaxNode Of(SyntaxReference reference, CancellationToken cancellationToken = default)
        {
            current?.Add(reference.SyntaxTree);
            return reference.GetSyntax(cancellationToken);
        }

        /// <summary>Gets a semantic model of a file of the compilation, recording the file.</summary>
        /// <param name="compilation">The compilation.</param>
        /// <param name="tree">The file.</param>
        /// <returns>A new semantic model (callers keep one per file).</returns>
        public static SemanticModel Model(Compilation compilation, SyntaxTree tree)
        {
            current?.Add(tree);
#pragma warning disable RS1030 // The classifier looks into callees in other files of the same compilation, on purpose.
            return compilation.GetSemanticModel(tree);
#pragma warning restore RS1030
        }

        /// <summary>Starts recording the files read on this thread until the result is disposed.</summary>
        /// <param name="trees">The set that receives the files.</param>
        /// <returns>The recording; dispose it to stop (the previous recording, if any, resumes).</returns>
        public static Recording Record(HashSet<SyntaxTree> trees) => new Recording(trees);

        /// <summary>An open recording.</summary>
        public readonly struct Recording : IDisposable
        {
            private readonly HashSet<SyntaxTree>? previous;

            internal Recording(HashSet<SyntaxTree> trees)
            {
                this.previous = current;
                current = trees;
            }

            /// <inheritdoc/>
            public void Dispose() => current = this.previous;
        }
    }
}
