using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using LoopGen.Diagnostics;
using LoopGen.Diagnostics.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LoopGen.CodeFixes
{
    /// <summary>LG0201: calls the generated parallel twin instead of the sequential method.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseParallelMethodCodeFixer))]
    [Shared]
    public sealed class UseParallelMethodCodeFixer : CodeFixProvider
    {
        /// <inheritdoc/>
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.UseParallelMethodId);

        /// <inheritdoc/>
        public override FixAllProvider GetFixAllProvider() => DocumentFixes.CreateFixAllProvider(FixDocumentAsync);

        /// <inheritdoc/>
        public override Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            foreach (Diagnostic diagnostic in context.Diagnostics)
            {
                if (!diagnostic.Properties.TryGetValue(ParallelizeAnalyzer.ParallelNameProperty, out string? twin) || twin is null)
                {
                    continue;
                }

                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Call '{twin}'",
                        token => FixDocumentAsync(context.Document, ImmutableArray.Create(diagnostic), token),
                        equivalenceKey: nameof(UseParallelMethodCodeFixer)),
                    diagnostic);
            }

            return Task.CompletedTask;
        }

        /// <summary>Renames every diagnosed call's method name to the twin's name carried by its diagnostic.</summary>
        private static async Task<Document> FixDocumentAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
        {
            SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root is null)
            {
                return document;
            }

            var renames = new Dictionary<SyntaxToken, string>();
            foreach (Diagnostic diagnostic in diagnostics)
            {
                if (diagnostic.Properties.TryGetValue(ParallelizeAnalyzer.ParallelNameProperty, out string? twin) && twin is not null
                    && diagnostic.Location.IsInSource && diagnostic.Location.SourceSpan.End <= root.FullSpan.End
                    && root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is SimpleNameSyntax name)
                {
                    renames[name.Identifier] = twin;
                }
            }

            return renames.Count == 0
                ? document
                : document.WithSyntaxRoot(root.ReplaceTokens(renames.Keys, (original, _) => SyntaxFactory.Identifier(original.LeadingTrivia, renames[original], original.TrailingTrivia)));
        }
    }
}
