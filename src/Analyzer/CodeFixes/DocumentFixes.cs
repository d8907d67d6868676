using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LoopGen.CodeFixes
{
    /// <summary>
    /// What the code fixes share: each fixes all its diagnostics of one document in one rewrite, so that a single
    /// fix and Fix All (document, project, solution) run the same code and several fixes in a file compose
    /// (two methods of one type: the type becomes partial once, the using is added once).
    /// </summary>
    internal static class DocumentFixes
    {
        /// <summary>Creates the Fix All provider: one call of <paramref name="fixDocumentAsync"/> per document, in every scope.</summary>
        /// <param name="fixDocumentAsync">Fixes the given diagnostics of one document.</param>
        /// <returns>The provider.</returns>
        public static FixAllProvider CreateFixAllProvider(Func<Document, ImmutableArray<Diagnostic>, CancellationToken, Task<Document>> fixDocumentAsync)
            => FixAllProvider.Create(
                async (context, document, diagnostics) => diagnostics.IsEmpty
                    ? document
                    : await fixDocumentAsync(document, diagnostics, context.CancellationToken).ConfigureAwait(false),
                ImmutableArray.Create(FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution));

        /// <summary>The method declarations whose names the diagnostics point at, each once, in source order.</summary>
        /// <param name="root">The document's root.</param>
        /// <param name="diagnostics">The diagnostics, located on method names.</param>
        /// <returns>The methods.</returns>
        public static IReadOnlyList<MethodDeclarationSyntax> MethodsOf(SyntaxNode root, ImmutableArray<Diagnostic> diagnostics)
            => diagnostics
                .Where(d => d.Location.IsInSource && d.Location.SourceSpan.End <= root.FullSpan.End)
                .Select(d => root.FindToken(d.Location.SourceSpan.Start).Parent?.FirstAncestorOrSelf<MethodDeclarationSyntax>())
                .OfType<MethodDeclarationSyntax>()
                .Distinct()
                .OrderBy(m => m.SpanStart)
                .ToList();
    }
}
