using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LoopGen.CodeFixes
{
    /// <summary>Adds <c>partial</c> to a type declaration.</summary>
    internal static class PartialTypes
    {
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
