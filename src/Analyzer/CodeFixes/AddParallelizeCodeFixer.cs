using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LoopGen.Analysis;
using LoopGen.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LoopGen.CodeFixes
{
    /// <summary>LG0200: adds <c>[Parallelize]</c> to a method whose nest LoopGen can parallelize, and makes its types partial.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddParallelizeCodeFixer))]
    [Shared]
    public sealed class AddParallelizeCodeFixer : CodeFixProvider
    {
        /// <inheritdoc/>
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.CanParallelizeId);

        /// <inheritdoc/>
        public override FixAllProvider? GetFixAllProvider() => null;

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
                        "Add [Parallelize]",
                        token => FixAsync(context.Document, method, token),
                        equivalenceKey: nameof(AddParallelizeCodeFixer)),
                    diagnostic);
            }
        }

        private static async Task<Solution> FixAsync(Document document, MethodDeclarationSyntax method, CancellationToken cancellationToken)
        {
            SemanticModel? model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (model?.GetDeclaredSymbol(method, cancellationToken) is not IMethodSymbol)
            {
                return document.Project.Solution;
            }

            // First the attribute (and the using it needs), then partial on the type chain, which may span files.
            var root = (CompilationUnitSyntax)(await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))!;
            bool hasUsing = root.Usings.Any(u => u.Name?.ToString() == "LoopGen")
                || method.Ancestors().OfType<BaseNamespaceDeclarationSyntax>().Any(n => n.Usings.Any(u => u.Name?.ToString() == "LoopGen") || n.Name.ToString() == "LoopGen" || n.Name.ToString().StartsWith("LoopGen.", System.StringComparison.Ordinal));
            SyntaxTrivia newLine = root.DescendantTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia)) is { } eol && eol.IsKind(SyntaxKind.EndOfLineTrivia)
                ? eol
                : SyntaxFactory.LineFeed;
            AttributeListSyntax attribute = SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Attribute(SyntaxFactory.IdentifierName("Parallelize"))))
                .WithTrailingTrivia(newLine);
            MethodDeclarationSyntax updated;
            if (method.AttributeLists.Count == 0)
            {
                // [Parallelize] takes the method's leading trivia (doc comment, indentation); the modifiers keep the indentation.
                MethodDeclarationSyntax indented = method.WithoutLeadingTrivia().WithLeadingTrivia(IndentationOf(method));
                updated = indented.WithAttributeLists(indented.AttributeLists.Add(attribute.WithLeadingTrivia(method.GetLeadingTrivia())));
            }
            else
            {
                updated = method.WithAttributeLists(method.AttributeLists.Add(attribute.WithLeadingTrivia(IndentationOf(method))));
            }

            var marker = new SyntaxAnnotation();
            var newRoot = root.ReplaceNode(method, updated.WithAdditionalAnnotations(marker));

            // partial goes on the method's enclosing declarations in this file: a type that is not partial has only one
            // declaration, so these are all of them. (The symbol's syntax references point at the old tree, which the
            // updated solution no longer contains, so PartialTypes.MakePartialAsync would silently change nothing.)
            MethodDeclarationSyntax marked = newRoot.GetAnnotatedNodes(marker).OfType<MethodDeclarationSyntax>().Single();
            newRoot = newRoot.ReplaceNodes(marked.Ancestors().OfType<TypeDeclarationSyntax>(), static (_, rewritten) => PartialTypes.AddPartial(rewritten));
            if (!hasUsing)
            {
                newRoot = newRoot.AddUsings(SyntaxFactory.UsingDirective(SyntaxFactory.IdentifierName("LoopGen")).NormalizeWhitespace().WithTrailingTrivia(newLine));
            }

            return document.WithSyntaxRoot(newRoot).Project.Solution;
        }

        private static SyntaxTriviaList IndentationOf(MethodDeclarationSyntax method)
            => SyntaxFactory.TriviaList(method.GetLeadingTrivia().Where(t => t.IsKind(SyntaxKind.WhitespaceTrivia)).DefaultIfEmpty(SyntaxFactory.Whitespace(string.Empty)).Last());
    }
}
