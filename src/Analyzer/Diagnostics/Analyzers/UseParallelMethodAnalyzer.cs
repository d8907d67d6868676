using System.Collections.Immutable;
using System.Linq;
using LoopGen.Analysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace LoopGen.Diagnostics.Analyzers
{
    /// <summary>
    /// LG0201: a call to a <c>[Parallelize]</c> method <c>M</c> whose twin <c>MParallel</c> was generated
    /// (it exists in the compilation with the same parameters). The code fix redirects the call.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class UseParallelMethodAnalyzer : DiagnosticAnalyzer
    {
        /// <inheritdoc/>
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.UseParallelMethod);

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

                start.RegisterOperationAction(operation => Analyze(operation, attributeType), OperationKind.Invocation);
            });
        }

        private static void Analyze(OperationAnalysisContext context, INamedTypeSymbol attributeType)
        {
            var invocation = (IInvocationOperation)context.Operation;
            IMethodSymbol target = invocation.TargetMethod;
            IMethodSymbol definition = target.ReducedFrom ?? target;
            if (!definition.OriginalDefinition.GetAttributes().Any(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, attributeType)))
            {
                return;
            }

            // A method calling itself recursively stays as it is (inside a partial method's implementing part, the
            // call binds to the declaring part).
            ISymbol caller = context.ContainingSymbol is IMethodSymbol { PartialDefinitionPart: { } declaring } ? declaring : context.ContainingSymbol;
            if (SymbolEqualityComparer.Default.Equals(caller, definition.OriginalDefinition))
            {
                return;
            }

            string twinName = LoopClassifier.GetParallelMethodName(definition.Name);
            bool twinExists = definition.ContainingType.GetMembers(twinName).OfType<IMethodSymbol>().Any(m =>
                m.Parameters.Length == definition.Parameters.Length
                && m.TypeParameters.Length == definition.TypeParameters.Length
                && m.Parameters.Zip(definition.OriginalDefinition.Parameters, (a, b) => a.Type.ToDisplayString() == b.Type.ToDisplayString()).All(same => same));
            if (!twinExists)
            {
                return;
            }

            SyntaxNode? name = invocation.Syntax is InvocationExpressionSyntax call
                ? call.Expression switch
                {
                    MemberAccessExpressionSyntax member => member.Name,
                    SimpleNameSyntax simple => simple,
                    MemberBindingExpressionSyntax binding => binding.Name,
                    _ => null,
                }
                : null;
            if (name is null)
            {
                return;
            }

            var properties = ImmutableDictionary<string, string?>.Empty.Add(ParallelizeAnalyzer.ParallelNameProperty, twinName);
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.UseParallelMethod, name.GetLocation(), properties, definition.Name, twinName));
        }
    }
}
