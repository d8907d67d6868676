using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using LoopGen.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace LoopGen.CodeFixes
{
    /// <summary>LG0001: makes the type of a <c>[Parallelize]</c> method, and every type containing it, partial.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MakeTypesPartialCodeFixer))]
    [Shared]
    public sealed class MakeTypesPartialCodeFixer : CodeFixProvider
    {
        /// <inheritdoc/>
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.TypeNotPartialId);

        /// <inheritdoc/>
        public override FixAllProvider GetFixAllProvider() => DocumentFixes.CreateFixAllProvider(FixDocumentAsync);

        /// <inheritdoc/>
        public override Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            foreach (Diagnostic diagnostic in context.Diagnostics)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Make the containing types partial",
                        token => FixDocumentAsync(context.Document, ImmutableArray.Create(diagnostic), token),
                        equivalenceKey: nameof(MakeTypesPartialCodeFixer)),
                    diagnostic);
            }

            return Task.CompletedTask;
        }

        /// <summary>
        /// Makes partial every type declaration enclosing a diagnosed method of the document. A type that is not
        /// partial has a single declaration, and it encloses the method, so the document holds all of them.
        /// </summary>
        private static async Task<Document> FixDocumentAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
        {
            SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root is null)
            {
                return document;
            }

            SyntaxNode newRoot = PartialTypes.AddPartialAround(root, DocumentFixes.MethodsOf(root, diagnostics));
            return newRoot == root ? document : document.WithSyntaxRoot(newRoot);
        }
    }
}
