using System.Collections.Concurrent;
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
    /// LG0200: suggests <c>[Parallelize]</c> on an ordinary method whose loop nest the shared
    /// <see cref="LoopClassifier"/> accepts as it is, with no trusted call. It is its own analyzer so that
    /// a project that turns LG0200 off (severity none) pays nothing: the compiler skips an analyzer whose
    /// every rule is off project-wide, and this one also skips files where an .editorconfig turns it off.
    /// A method is classified only when a syntactic screen (<see cref="LoopClassifier.MayQualify"/>) lets
    /// it through, and the classification stops at the first rejection.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class SuggestParallelizeAnalyzer : DiagnosticAnalyzer
    {
        /// <inheritdoc/>
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.CanParallelize);

        /// <inheritdoc/>
        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(static start =>
            {
                // Without the attribute type the package is not referenced: nothing to suggest.
                if (start.Compilation.GetTypeByMetadataName(LoopClassifier.AttributeMetadataName) is not { } attributeType)
                {
                    return;
                }

                Compilation compilation = start.Compilation;
                if (IsOff(compilation, tree: null, start.CancellationToken))
                {
                    return;
                }

                var offByTree = new ConcurrentDictionary<SyntaxTree, bool>();
                start.RegisterSyntaxNodeAction(
                    node =>
                    {
                        if (!offByTree.GetOrAdd(node.Node.SyntaxTree, tree => IsOff(compilation, tree, node.CancellationToken)))
                        {
                            Suggest(node, attributeType);
                        }
                    },
                    SyntaxKind.MethodDeclaration);
            });
        }

        /// <summary>
        /// Tells whether LG0200's effective severity is none: for one file (its .editorconfig, then the
        /// global configuration, then the compilation's options), or project-wide when no file is given.
        /// </summary>
        /// <param name="compilation">The compilation.</param>
        /// <param name="tree">The file, or null for the project-wide setting.</param>
        /// <param name="cancellationToken">The cancellation token.</param>
        /// <returns>Whether LG0200 is off.</returns>
        internal static bool IsOff(Compilation compilation, SyntaxTree? tree, System.Threading.CancellationToken cancellationToken)
        {
            string id = DiagnosticDescriptors.CanParallelize.Id;
            SyntaxTreeOptionsProvider? provider = compilation.Options.SyntaxTreeOptionsProvider;
            ReportDiagnostic severity;
            if (tree is not null && provider is not null && provider.TryGetDiagnosticValue(tree, id, cancellationToken, out severity))
            {
                return severity == ReportDiagnostic.Suppress;
            }

            if (tree is null && provider is not null && compilation.SyntaxTrees.Any(t => provider.TryGetDiagnosticValue(t, id, cancellationToken, out ReportDiagnostic own) && own != ReportDiagnostic.Suppress))
            {
                // Some file turns it back on.
                return false;
            }

            if (provider is not null && provider.TryGetGlobalDiagnosticValue(id, cancellationToken, out severity))
            {
                return severity == ReportDiagnostic.Suppress;
            }

            return compilation.Options.SpecificDiagnosticOptions.TryGetValue(id, out severity) && severity == ReportDiagnostic.Suppress;
        }

        private static void Suggest(SyntaxNodeAnalysisContext context, INamedTypeSymbol attributeType)
        {
            var syntax = (MethodDeclarationSyntax)context.Node;

            // Cheap syntactic screen first: most methods, and most nests, stop here.
            if (!LoopClassifier.MayQualify(syntax))
            {
                return;
            }

            if (context.SemanticModel.GetDeclaredSymbol(syntax, context.CancellationToken) is not IMethodSymbol method
                || method.MethodKind != MethodKind.Ordinary || method.IsImplicitlyDeclared || method.IsAbstract
                || method.GetAttributes().Any(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, attributeType)))
            {
                return;
            }

            MethodAnalysis analysis;
            try
            {
                analysis = LoopClassifier.Classify(syntax, method, context.SemanticModel, context.CancellationToken, stopAtFirstObjection: true);
            }
            catch (System.Exception ex) when (ex is not System.OperationCanceledException)
            {
                // A suggestion is not worth a crash: stay silent when the classifier fails.
                return;
            }

            if (analysis is { CanGenerate: true, TrustedCalls.Count: 0 })
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.CanParallelize,
                    syntax.Identifier.GetLocation(),
                    method.Name,
                    LoopClassifier.Describe(analysis)));
            }
        }
    }
}
