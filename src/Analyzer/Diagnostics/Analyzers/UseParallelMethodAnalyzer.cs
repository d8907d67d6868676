using System.Collections.Immutable;
using System.Linq;
using LoopGen.Analysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
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

            // In an expression tree the call is data for a query provider, which may know M and not its twin.
            if (IsInExpressionTree(invocation))
            {
                return;
            }

            // The fix renames the call. Report only when the renamed call binds to the twin: a method named like the
            // twin that is nearer in scope (in a nested type, or another extension method) would take the call.
            if (!RenamedCallBindsToTheTwin(invocation, (InvocationExpressionSyntax)invocation.Syntax, twinName, definition))
            {
                return;
            }

            var properties = ImmutableDictionary<string, string?>.Empty.Add(ParallelizeAnalyzer.ParallelNameProperty, twinName);
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.UseParallelMethod, name.GetLocation(), properties, definition.Name, twinName));
        }

        /// <summary>Tells whether the invocation is in a lambda converted to an expression tree (<c>Expression&lt;TDelegate&gt;</c> or a base of it).</summary>
        private static bool IsInExpressionTree(IInvocationOperation invocation)
        {
            for (IOperation? parent = invocation.Parent; parent is not null; parent = parent.Parent)
            {
                if (parent is IAnonymousFunctionOperation lambda && invocation.SemanticModel is { } model)
                {
                    // The lambda's converted type, or the type of the conversion around it: in a query clause
                    // ('select M(x)') the lambda's syntax is the clause's expression, whose own type is M's.
                    if (IsExpressionType(model.GetTypeInfo(lambda.Syntax).ConvertedType)
                        || IsExpressionType(lambda.Parent?.Type)
                        || (lambda.Parent is IDelegateCreationOperation && IsExpressionType(lambda.Parent.Parent?.Type)))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static bool IsExpressionType(ITypeSymbol? type)
        {
            for (; type is not null; type = type.BaseType)
            {
                if (type is { Name: "Expression", ContainingNamespace: { Name: "Expressions", ContainingNamespace: { Name: "Linq", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } } })
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Tells whether <paramref name="call"/>, with its method name replaced by <paramref name="twinName"/>, binds to a
        /// method of that name in the type that declares <paramref name="definition"/>. A call through <c>?.</c> binds in
        /// its conditional access, which cannot be bound alone: it is renamed as it is (the name is looked up in the
        /// receiver's type, as the original call's was).
        /// </summary>
        private static bool RenamedCallBindsToTheTwin(IInvocationOperation invocation, InvocationExpressionSyntax call, string twinName, IMethodSymbol definition)
        {
            SimpleNameSyntax? name = call.Expression switch
            {
                MemberAccessExpressionSyntax member => member.Name,
                SimpleNameSyntax simple => simple,
                _ => null,
            };
            if (name is null || invocation.SemanticModel is not { } model)
            {
                return call.Expression is MemberBindingExpressionSyntax;
            }

            InvocationExpressionSyntax renamed = call.ReplaceToken(name.Identifier, SyntaxFactory.Identifier(name.Identifier.LeadingTrivia, twinName, name.Identifier.TrailingTrivia));
            // The twin with M's parameters, not its overload that takes ParallelOptions ('M(a, null)' with an optional
            // last parameter would bind to that one, which throws on null).
            SymbolInfo bound = model.GetSpeculativeSymbolInfo(call.SpanStart, renamed, SpeculativeBindingOption.BindAsExpression);
            return bound.Symbol is IMethodSymbol twin
                && twin.Name == twinName
                && (twin.ReducedFrom ?? twin) is { } twinDefinition
                && SymbolEqualityComparer.Default.Equals(twinDefinition.ContainingType.OriginalDefinition, definition.ContainingType.OriginalDefinition)
                && twinDefinition.OriginalDefinition.Parameters.Length == definition.OriginalDefinition.Parameters.Length
                && twinDefinition.OriginalDefinition.Parameters.Zip(definition.OriginalDefinition.Parameters, (a, b) => a.Type.ToDisplayString() == b.Type.ToDisplayString()).All(same => same);
        }
    }
}
