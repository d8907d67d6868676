using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LoopGen.Analysis
{
    /// <summary>
    /// Partial methods: <c>[Parallelize]</c> may sit on the declaring part (no body) or the implementing part (the
    /// body, possibly in another file). The body is analyzed once, on the implementing part; reports about the
    /// method go to the part that carries the attribute.
    /// </summary>
    internal static class PartialMethods
    {
        /// <summary>
        /// The part whose body LoopGen reads: for the declaring part of a partial method, its implementing part;
        /// otherwise the method itself. The one place the implementing part is looked up (its syntax tree may be
        /// another file, which a cache of the generator's models must know about).
        /// </summary>
        /// <param name="method">The method, as declared by <paramref name="syntax"/>.</param>
        /// <param name="syntax">The declaration.</param>
        /// <param name="cancellationToken">The cancellation token.</param>
        /// <returns>The implementing symbol and declaration (the method itself when it is not a declaring part with an implementation), or null when the implementing declaration cannot be found.</returns>
        public static (IMethodSymbol Method, MethodDeclarationSyntax Syntax)? ImplementingPart(IMethodSymbol method, MethodDeclarationSyntax syntax, CancellationToken cancellationToken)
        {
            if (method.PartialImplementationPart is not { } implementation)
            {
                return (method, syntax);
            }

            return implementation.DeclaringSyntaxReferences
                .Select(r => SyntaxReads.Of(r, cancellationToken))
                .OfType<MethodDeclarationSyntax>()
                .Select(s => ((IMethodSymbol, MethodDeclarationSyntax)?)(implementation, s))
                .FirstOrDefault();
        }

        /// <summary>Whether this is the declaring part of a partial method, which is analyzed through its implementing part.</summary>
        /// <param name="method">The method.</param>
        /// <returns>True for a declaring part that has an implementing part.</returns>
        public static bool IsDeclaringPartOfImplemented(IMethodSymbol method) => method.PartialImplementationPart is not null;

        /// <summary>The declaration whose attribute lists hold <paramref name="attribute"/>'s application, or <paramref name="fallback"/>.</summary>
        /// <param name="attribute">The attribute type, e.g. <c>LoopGen.ParallelizeAttribute</c>.</param>
        /// <param name="method">The method (either part: a partial method's parts share their attributes).</param>
        /// <param name="fallback">The declaration to use when the application cannot be found.</param>
        /// <param name="cancellationToken">The cancellation token.</param>
        /// <returns>The declaration carrying the attribute.</returns>
        public static MethodDeclarationSyntax AttributedPart(INamedTypeSymbol attribute, IMethodSymbol method, MethodDeclarationSyntax fallback, CancellationToken cancellationToken)
            => method.GetAttributes()
                .Where(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, attribute))
                .Select(a => a.ApplicationSyntaxReference is { } reference ? SyntaxReads.Of(reference, cancellationToken).FirstAncestorOrSelf<MethodDeclarationSyntax>() : null)
                .FirstOrDefault(s => s is not null) ?? fallback;
    }
}
