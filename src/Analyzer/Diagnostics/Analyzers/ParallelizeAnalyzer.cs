using System.Collections.Immutable;
using System.Linq;
using LoopGen.Analysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LoopGen.Diagnostics.Analyzers
{
    /// <summary>
    /// Reports, for every <c>[Parallelize]</c> method, what the shared <see cref="LoopClassifier"/>
    /// concluded: LG0001 when a type is not partial, LG0002 when there is no nest, LG0003 with the
    /// strategy, LG0004 for trusted calls, LG0005 for an unusable requested strategy, and one LG01xx per
    /// reason a nest cannot be parallelized. LG0200 (methods without the attribute) is
    /// <see cref="SuggestParallelizeAnalyzer"/>'s, so that turning it off skips its scan.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ParallelizeAnalyzer : DiagnosticAnalyzer
    {
        /// <summary>The diagnostic property that carries the parallel twin's name to the code fixes.</summary>
        public const string ParallelNameProperty = "ParallelName";

        /// <inheritdoc/>
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
            DiagnosticDescriptors.TypeNotPartial,
            DiagnosticDescriptors.NoLoopNest,
            DiagnosticDescriptors.ParallelizationReport,
            DiagnosticDescriptors.TrustedCall,
            DiagnosticDescriptors.StrategyNotApplicable,
            DiagnosticDescriptors.CarriedValue,
            DiagnosticDescriptors.SharedVariableWrite,
            DiagnosticDescriptors.SharedStateWrite,
            DiagnosticDescriptors.ControlFlowLeavesLoop,
            DiagnosticDescriptors.CounterWritten,
            DiagnosticDescriptors.SharedObjectCall,
            DiagnosticDescriptors.CollidingArrayWrite,
            DiagnosticDescriptors.UnsupportedConstruct,
            DiagnosticDescriptors.LoopFormNotUnderstood,
            DiagnosticDescriptors.UnsupportedMethod);

        /// <inheritdoc/>
        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(static start =>
            {
                // Without the attribute type the package is not referenced: nothing to do.
                if (start.Compilation.GetTypeByMetadataName(LoopClassifier.AttributeMetadataName) is not { } attributeType)
                {
                    return;
                }

                start.RegisterSyntaxNodeAction(node => AnalyzeMethod(node, attributeType), SyntaxKind.MethodDeclaration);
            });
        }

        private static void AnalyzeMethod(SyntaxNodeAnalysisContext context, INamedTypeSymbol attributeType)
        {
            var syntax = (MethodDeclarationSyntax)context.Node;

            // Only a method with an attribute, or a partial method (whose other part may carry it), can be marked:
            // the others, most methods of a project, cost no symbol lookup.
            if (syntax.AttributeLists.Count == 0 && !syntax.Modifiers.Any(SyntaxKind.PartialKeyword))
            {
                return;
            }

            if (context.SemanticModel.GetDeclaredSymbol(syntax, context.CancellationToken) is not IMethodSymbol method)
            {
                return;
            }

            // A partial method is analyzed once, on its implementing part (the body), wherever its attribute is.
            if (PartialMethods.IsDeclaringPartOfImplemented(method))
            {
                return;
            }

            bool marked = method.GetAttributes().Any(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, attributeType));
            if (!marked)
            {
                return;
            }

            // Reports about the method go on the name of the part that carries [Parallelize] (a partial method's
            // declaring part, maybe); what the classifier places on the implementing part's name moves there too.
            Location self = syntax.Identifier.GetLocation();
            Location at = PartialMethods.AttributedPart(attributeType, method, syntax, context.CancellationToken).Identifier.GetLocation();

            // LG0001 first: without partial types nothing can be generated, whatever the nest.
            INamedTypeSymbol? notPartial = FirstNonPartialType(method.ContainingType, context.CancellationToken);
            if (notPartial is not null)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.TypeNotPartial,
                    at,
                    notPartial.Name,
                    LoopClassifier.GetParallelMethodName(method.Name)));
            }

            if (TryClassify(context, syntax, method, out System.Exception? error) is not { } analysis)
            {
                // Never crash the build (AD0001): say plainly that this method was not analyzed.
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.NoLoopNest, at, method.Name, $"LoopGen hit an internal error while analyzing it ({error!.GetType().Name}: {error.Message}); please report it"));
                return;
            }

            if (analysis.HasErrors)
            {
                return;
            }

            if (analysis.NoNestReason is { } reason)
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.NoLoopNest, at, method.Name, reason));
                return;
            }

            foreach (Finding finding in analysis.Rejections.Concat(analysis.TrustedCalls).Concat(analysis.StrategyWarnings))
            {
                context.ReportDiagnostic(finding.Location.Equals(self) ? Diagnostic.Create(finding.Descriptor, at, finding.Arguments) : finding.ToDiagnostic());
            }

            if (analysis.CanGenerate && notPartial is null)
            {
                string twin = LoopClassifier.GetParallelMethodName(method.Name);
                string report = LoopClassifier.Describe(analysis);
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.ParallelizationReport, at, twin, report));
            }
        }

        /// <summary>Runs the classifier, catching anything it throws so that the analyzer never crashes the build.</summary>
        private static MethodAnalysis? TryClassify(SyntaxNodeAnalysisContext context, MethodDeclarationSyntax syntax, IMethodSymbol method, out System.Exception? error)
        {
            try
            {
                error = null;
                return LoopClassifier.Classify(syntax, method, context.SemanticModel, context.CancellationToken);
            }
            catch (System.Exception ex) when (ex is not System.OperationCanceledException)
            {
                error = ex;
                return null;
            }
        }

        /// <summary>Finds the innermost type, from the method's outwards, that is not declared partial.</summary>
        /// <param name="type">The method's containing type.</param>
        /// <param name="cancellationToken">The cancellation token.</param>
        /// <returns>The first non-partial type, or null when all are partial.</returns>
        internal static INamedTypeSymbol? FirstNonPartialType(INamedTypeSymbol? type, System.Threading.CancellationToken cancellationToken)
        {
            for (INamedTypeSymbol? t = type; t is not null; t = t.ContainingType)
            {
                bool partial = t.DeclaringSyntaxReferences.Any(r =>
                    r.GetSyntax(cancellationToken) is TypeDeclarationSyntax declaration && declaration.Modifiers.Any(SyntaxKind.PartialKeyword));
                if (!partial)
                {
                    return t;
                }
            }

            return null;
        }
    }
}
