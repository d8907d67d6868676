using System.Collections.Immutable;
using LoopGen.Analysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LoopGen.Diagnostics.Analyzers
{
    /// <summary>
    /// LG0006: <c>[Parallelize]</c> on something the compiler takes as a method but LoopGen does not generate a twin
    /// for (an accessor, a local function, a lambda, an operator, a conversion, a finalizer), which would otherwise
    /// be ignored without a word. Ordinary methods, either part of a partial method included, are <see cref="ParallelizeAnalyzer"/>'s.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class UnsupportedTargetAnalyzer : DiagnosticAnalyzer
    {
        /// <inheritdoc/>
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.UnsupportedTarget);

        /// <inheritdoc/>
        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(static start =>
            {
                if (start.Compilation.GetTypeByMetadataName(LoopClassifier.AttributeMetadataName) is not { } attributeType)
                {
                    return;
                }

                start.RegisterSyntaxNodeAction(node => Analyze(node, attributeType), SyntaxKind.Attribute);
            });
        }

        private static void Analyze(SyntaxNodeAnalysisContext context, INamedTypeSymbol attributeType)
        {
            var attribute = (AttributeSyntax)context.Node;
            if (attribute.Parent is not AttributeListSyntax list || Describe(list) is not { } what)
            {
                return;
            }

            // Bound, not matched by name: aliases and lookalike attributes of other namespaces are told apart.
            if (context.SemanticModel.GetSymbolInfo(attribute, context.CancellationToken).Symbol is IMethodSymbol { ContainingType: { } type }
                && SymbolEqualityComparer.Default.Equals(type, attributeType))
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.UnsupportedTarget, attribute.GetLocation(), what));
            }
        }

        /// <summary>What an attribute list applies to, when that is a method LoopGen does not support; null otherwise.</summary>
        private static string? Describe(AttributeListSyntax list)
        {
            // Only attributes on the method itself: '[return: ..]', '[param: ..]' and the like are not [Parallelize]'s place.
            bool methodTarget = list.Target is null || list.Target.Identifier.IsKind(SyntaxKind.MethodKeyword);
            if (!methodTarget)
            {
                return null;
            }

            return list.Parent switch
            {
                AccessorDeclarationSyntax { Parent.Parent: PropertyDeclarationSyntax } => "a property accessor",
                AccessorDeclarationSyntax { Parent.Parent: IndexerDeclarationSyntax } => "an indexer accessor",
                AccessorDeclarationSyntax { Parent.Parent: EventDeclarationSyntax } => "an event accessor",
                EventFieldDeclarationSyntax when list.Target is not null => "an event accessor",
                LocalFunctionStatementSyntax => "a local function",
                LambdaExpressionSyntax => "a lambda",
                OperatorDeclarationSyntax => "an operator",
                ConversionOperatorDeclarationSyntax => "a conversion operator",
                DestructorDeclarationSyntax => "a finalizer",
                _ => null,
            };
        }
    }
}
