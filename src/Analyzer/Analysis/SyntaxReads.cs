using System;
using System.Collections.Generic;
using System.Reflection;
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

        /// <summary>
        /// <c>Compilation.GetSemanticModel(SyntaxTree, SemanticModelOptions)</c> and the value of
        /// <c>SemanticModelOptions.DisableNullableAnalysis</c>, when the compiler that loaded LoopGen has them
        /// (Roslyn 4.9 and later; LoopGen is built against 4.8, so it looks them up once). Roslyn marks the option
        /// experimental (dotnet/roslyn#70609): if a later compiler drops it, the lookup fails and the ordinary model is used.
        /// </summary>
        private static readonly (MethodInfo Method, object Options)? WithoutNullableAnalysis = FindWithoutNullableAnalysis();

        /// <summary>Gets a semantic model of a file of the compilation, recording the file.</summary>
        /// <param name="compilation">The compilation.</param>
        /// <param name="tree">The file.</param>
        /// <returns>A new semantic model (callers keep one per file).</returns>
        /// <remarks>
        /// The model skips nullable flow analysis where the compiler allows it. The classifier reads symbols,
        /// operations, constants and data flow, never a nullable flow state, and that pass was about a third of
        /// the generator's time on a nullable-enabled consumer. Nullable annotations of declarations are unaffected.
        /// </remarks>
        public static SemanticModel Model(Compilation compilation, SyntaxTree tree)
        {
            current?.Add(tree);
            if (WithoutNullableAnalysis is { } lightUp)
            {
                try
                {
                    if (lightUp.Method.Invoke(compilation, new[] { tree, lightUp.Options }) is SemanticModel model)
                    {
                        return model;
                    }
                }
                catch (TargetInvocationException e) when (e.InnerException is { } inner)
                {
                    // What GetSemanticModel threw (a tree not in the compilation...), not reflection's wrapper.
                    System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(inner).Throw();
                    throw;
                }
            }

#pragma warning disable RS1030 // The classifier looks into callees in other files of the same compilation, on purpose.
            return compilation.GetSemanticModel(tree);
#pragma warning restore RS1030
        }

        private static (MethodInfo Method, object Options)? FindWithoutNullableAnalysis()
        {
            try
            {
                if (typeof(Compilation).Assembly.GetType("Microsoft.CodeAnalysis.SemanticModelOptions") is { IsEnum: true } options
                    && typeof(Compilation).GetMethod("GetSemanticModel", new[] { typeof(SyntaxTree), options }) is { } method
                    && Array.IndexOf(Enum.GetNames(options), "DisableNullableAnalysis") >= 0)
                {
                    return (method, Enum.Parse(options, "DisableNullableAnalysis"));
                }
            }
            catch (Exception)
            {
                // An unexpected compiler build: use the ordinary semantic model.
            }

            return null;
        }

        /// <summary>Records a file that a result depends on without reading its syntax (the file a finding points into).</summary>
        /// <param name="tree">The file.</param>
        public static void Note(SyntaxTree tree) => current?.Add(tree);

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
