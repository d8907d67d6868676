using System.Collections.Immutable;
using System.Composition;
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
        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        /// <inheritdoc/>
        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null)
            {
                return;
            }

            foreach (Diagnostic diagnostic in context.Diagnostics)
            {
                if (!diagnostic.Properties.TryGetValue(ParallelizeAnalyzer.ParallelNameProperty, out string? twin) || twin is null
                    || root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not SimpleNameSyntax name)
                {
                    continue;
                }

                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Call '{twin}'",
                        _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceToken(name.Identifier, SyntaxFactory.Identifier(name.Identifier.LeadingTrivia, twin, name.Identifier.TrailingTrivia)))),
                        equivalenceKey: nameof(UseParallelMethodCodeFixer)),
                    diagnostic);
            }
        }
    }
}
