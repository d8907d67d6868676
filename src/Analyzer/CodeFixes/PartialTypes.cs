using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LoopGen.CodeFixes
{
    /// <summary>Adds <c>partial</c> to type declarations.</summary>
    internal static class PartialTypes
    {
        /// <summary>
        /// Adds <c>partial</c> to every type declaration enclosing the given members. A type that is not partial has a
        /// single declaration, and it encloses the member, so the members' file holds all the declarations to change.
        /// </summary>
        /// <typeparam name="TRoot">The root's type.</typeparam>
        /// <param name="root">The file's root.</param>
        /// <param name="members">Members of <paramref name="root"/>.</param>
        /// <returns>The root with the enclosing types partial (the same root when there are none).</returns>
        public static TRoot AddPartialAround<TRoot>(TRoot root, IEnumerable<SyntaxNode> members)
            where TRoot : SyntaxNode
        {
            var types = members.SelectMany(m => m.Ancestors().OfType<TypeDeclarationSyntax>()).Distinct().ToList();
            return types.Count == 0 ? root : root.ReplaceNodes(types, static (_, rewritten) => AddPartial(rewritten));
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
