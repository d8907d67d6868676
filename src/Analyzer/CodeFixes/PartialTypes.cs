using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LoopGen.CodeFixes
{
    /// <summary>Adds <c>partial</c> to a type and every type containing it, in every file that declares them.</summary>
    internal static class PartialTypes
    {
        /// <summary>Makes a type chain partial.</summary>
        /// <param name="solution">The solution.</param>
        /// <param name="type">The innermost type.</param>
        /// <param name="cancellationToken">The cancellation token.</param>
        /// <returns>The solution with every declaration of the chain marked partial.</returns>
        public static async Task<Solution> MakePartialAsync(Solution solution, INamedTypeSymbol type, CancellationToken cancellationToken)
        {
            var byTree = new Dictionary<SyntaxTree, List<TypeDeclarationSyntax>>();
            for (INamedTypeSymbol? t = type; t is not null; t = t.ContainingType)
            {
                foreach (SyntaxReference reference in t.DeclaringSyntaxReferences)
                {
                    if (await reference.GetSyntaxAsync(cancellationToken).ConfigureAwait(false) is TypeDeclarationSyntax declaration
                        && !declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
                    {
                        if (!byTree.TryGetValue(declaration.SyntaxTree, out List<TypeDeclarationSyntax>? list))
                        {
                            list = new List<TypeDeclarationSyntax>();
                            byTree.Add(declaration.SyntaxTree, list);
                        }

                        list.Add(declaration);
                    }
                }
            }

            foreach (KeyValuePair<SyntaxTree, List<TypeDeclarationSyntax>> pair in byTree)
            {
                Document? document = solution.GetDocument(pair.Key);
                if (document is null)
                {
                    continue;
                }

                SyntaxNode root = await pair.Key.GetRootAsync(cancellationToken).ConfigureAwait(false);
                SyntaxNode updated = root.ReplaceNodes(pair.Value, (original, rewritten) => AddPartial((TypeDeclarationSyntax)rewritten));
                solution = solution.WithDocumentSyntaxRoot(document.Id, updated);
            }

            return solution;
        }

        /// <summary>Adds the <c>partial</c> modifier in its conventional place: last, just before the keyword.</summary>
        /// <param name="declaration">The type declaration.</param>
        /// <returns>The declaration with <c>partial</c>.</returns>
        public static TypeDeclarationSyntax AddPartial(TypeDeclarationSyntax declaration)
        {
            if (declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
            {
                return declaration;
            }

            SyntaxToken partial = SyntaxFactory.Token(SyntaxKind.PartialKeyword).WithTrailingTrivia(SyntaxFactory.Space);
            if (declaration.Modifiers.Count == 0)
            {
                // Move the keyword's leading trivia (indentation, comments) to 'partial'.
                SyntaxToken keyword = declaration.Keyword;
                partial = partial.WithLeadingTrivia(keyword.LeadingTrivia);
                return declaration
                    .ReplaceToken(keyword, keyword.WithLeadingTrivia())
                    .WithModifiers(SyntaxFactory.TokenList(partial));
            }

            return declaration.WithModifiers(declaration.Modifiers.Add(partial));
        }
    }
}
