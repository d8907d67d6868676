using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using LoopGen.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

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
        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        /// <inheritdoc/>
        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root?.FindToken(context.Span.Start).Parent?.FirstAncestorOrSelf<MethodDeclarationSyntax>() is not { } method)
            {
                return;
            }

            foreach (Diagnostic diagnostic in context.Diagnostics)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Make the containing types partial",
                        token => FixAsync(context.Document, method, token),
                        equivalenceKey: nameof(MakeTypesPartialCodeFixer)),
                    diagnostic);
            }
        }

        private static async Task<Solution> FixAsync(Document document, MethodDeclarationSyntax method, CancellationToken cancellationToken)
        {
            SemanticModel? model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (model?.GetDeclaredSymbol(method, cancellationToken) is not IMethodSymbol symbol)
            {
                return document.Project.Solution;
            }

            return await PartialTypes.MakePartialAsync(document.Project.Solution, symbol.ContainingType, cancellationToken).ConfigureAwait(false);
        }
    }
}
