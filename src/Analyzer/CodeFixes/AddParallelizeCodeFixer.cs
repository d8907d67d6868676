using System.Collections.Generic;
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
        public override FixAllProvider GetFixAllProvider() => DocumentFixes.CreateFixAllProvider(FixDocumentAsync);

        /// <inheritdoc/>
        public override Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            foreach (Diagnostic diagnostic in context.Diagnostics)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Add [Parallelize]",
                        token => FixDocumentAsync(context.Document, ImmutableArray.Create(diagnostic), token),
                        equivalenceKey: nameof(AddParallelizeCodeFixer)),
                    diagnostic);
            }

            return Task.CompletedTask;
        }

        /// <summary>
        /// Adds <c>[Parallelize]</c> to every diagnosed method of the document, then <c>partial</c> to the type
        /// declarations enclosing them (a type that is not partial has one declaration, which encloses the
        /// method), then <c>using LoopGen;</c> once if the attribute's name does not bind yet.
        /// </summary>
        private static async Task<Document> FixDocumentAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
        {
            if (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false) is not CompilationUnitSyntax root
                || await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false) is not { } model
                || model.Compilation.GetTypeByMetadataName(LoopClassifier.AttributeMetadataName) is not { } attributeType)
            {
                return document;
            }

            IReadOnlyList<MethodDeclarationSyntax> methods = DocumentFixes.MethodsOf(root, diagnostics);
            if (methods.Count == 0)
            {
                return document;
            }

            SyntaxTrivia newLine = root.DescendantTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia)) is { } eol && eol.IsKind(SyntaxKind.EndOfLineTrivia)
                ? eol
                : SyntaxFactory.LineFeed;
            bool addUsing = false;
            var names = new Dictionary<MethodDeclarationSyntax, NameSyntax>();
            foreach (MethodDeclarationSyntax method in methods)
            {
                switch (Binding(model, method.SpanStart, attributeType))
                {
                    case AttributeBinding.Bound:
                        names[method] = SyntaxFactory.IdentifierName("Parallelize");
                        break;
                    case AttributeBinding.Unbound:
                        names[method] = SyntaxFactory.IdentifierName("Parallelize");
                        addUsing = true;
                        break;
                    default:
                        // Another 'Parallelize' is in scope: name ours in full.
                        names[method] = SyntaxFactory.ParseName("global::LoopGen.Parallelize");
                        break;
                }
            }

            var marker = new SyntaxAnnotation();
            CompilationUnitSyntax newRoot = root.ReplaceNodes(methods, (original, rewritten) => AddAttribute(rewritten, names[original], newLine).WithAdditionalAnnotations(marker));
            newRoot = PartialTypes.AddPartialAround(newRoot, newRoot.GetAnnotatedNodes(marker));
            if (addUsing)
            {
                newRoot = newRoot.AddUsings(SyntaxFactory.UsingDirective(SyntaxFactory.IdentifierName("LoopGen")).NormalizeWhitespace().WithTrailingTrivia(newLine));
            }

            return document.WithSyntaxRoot(newRoot);
        }

        private static MethodDeclarationSyntax AddAttribute(MethodDeclarationSyntax method, NameSyntax name, SyntaxTrivia newLine)
        {
            AttributeListSyntax attribute = SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Attribute(name)))
                .WithTrailingTrivia(newLine);
            if (method.AttributeLists.Count == 0)
            {
                // [Parallelize] takes the method's leading trivia (doc comment, indentation); the modifiers keep the indentation.
                MethodDeclarationSyntax indented = method.WithoutLeadingTrivia().WithLeadingTrivia(IndentationOf(method));
                return indented.WithAttributeLists(indented.AttributeLists.Add(attribute.WithLeadingTrivia(method.GetLeadingTrivia())));
            }

            return method.WithAttributeLists(method.AttributeLists.Add(attribute.WithLeadingTrivia(IndentationOf(method))));
        }

        private enum AttributeBinding
        {
            Bound,
            Unbound,
            Conflict,
        }

        /// <summary>What <c>[Parallelize]</c> would bind to at a position: LoopGen's attribute, nothing, or something else.</summary>
        private static AttributeBinding Binding(SemanticModel model, int position, INamedTypeSymbol attributeType)
        {
            // The compiler looks up both 'Parallelize' and 'ParallelizeAttribute' (CS1614 when both are attributes).
            ImmutableArray<ISymbol> full = model.LookupNamespacesAndTypes(position, name: "ParallelizeAttribute");
            ImmutableArray<ISymbol> bare = model.LookupNamespacesAndTypes(position, name: "Parallelize");
            if (full.IsEmpty && bare.IsEmpty)
            {
                return AttributeBinding.Unbound;
            }

            return bare.IsEmpty && full.Length == 1 && SymbolEqualityComparer.Default.Equals(full[0], attributeType)
                ? AttributeBinding.Bound
                : AttributeBinding.Conflict;
        }

        private static SyntaxTriviaList IndentationOf(MethodDeclarationSyntax method)
            => SyntaxFactory.TriviaList(method.GetLeadingTrivia().Where(t => t.IsKind(SyntaxKind.WhitespaceTrivia)).DefaultIfEmpty(SyntaxFactory.Whitespace(string.Empty)).Last());
    }
}
