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

        private static readonly ClassificationCache<MethodReport> Reports = new ClassificationCache<MethodReport>();

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

            // What the classification says is kept across compilations while nothing it depends on changed (see
            // ClassificationCache): a rebuild in the compiler server, or a keystroke in another file, reuses it.
            Compilation compilation = context.SemanticModel.Compilation;
            MethodReport report;
            CompilationContent content;
            try
            {
                report = Reports.GetOrBuild(syntax, compilation, () => MethodReport.Build(syntax, method, context.SemanticModel, context.CancellationToken), context.CancellationToken)!;
                content = CompilationContent.Of(compilation, context.CancellationToken);
            }
            catch (System.Exception ex) when (ex is not System.OperationCanceledException)
            {
                ReportInternalError(context, at, method, MethodReport.Failed(ex).InternalError!);
                return;
            }

            if (report.InternalError is { } error)
            {
                ReportInternalError(context, at, method, error);
                return;
            }

            if (report.NoNestReason is { } reason)
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.NoLoopNest, at, method.Name, reason));
                return;
            }

            foreach (FindingRecord finding in report.Findings)
            {
                Location location = finding.Resolve(content);
                context.ReportDiagnostic(Diagnostic.Create(finding.Descriptor, location.Equals(self) ? at : location, finding.Arguments));
            }

            if (report.Description is { } description && notPartial is null)
            {
                string twin = LoopClassifier.GetParallelMethodName(method.Name);
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.ParallelizationReport, at, twin, description));
            }
        }

        /// <summary>Never crash the build (AD0001): say plainly that this method was not analyzed.</summary>
        private static void ReportInternalError(SyntaxNodeAnalysisContext context, Location at, IMethodSymbol method, string error)
            => context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.NoLoopNest, at, method.Name, $"LoopGen hit an internal error while analyzing it ({error}); please report it"));

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

        /// <summary>Gets how many reports were reused and computed for the methods of a file (read by tests).</summary>
        /// <param name="tree">The file.</param>
        /// <returns>The counts.</returns>
        internal static (int Hits, int Misses) CountsFor(SyntaxTree tree) => Reports.CountsFor(tree);

        /// <summary>
        /// What the classifier concluded about one method, as the analyzer reports it, holding no symbol, syntax
        /// or compilation (findings name their file by content) so that it can be kept across compilations.
        /// </summary>
        private sealed class MethodReport
        {
            private static readonly FindingRecord[] None = new FindingRecord[0];

            private MethodReport(string? internalError, string? noNestReason, FindingRecord[] findings, string? description)
            {
                this.InternalError = internalError;
                this.NoNestReason = noNestReason;
                this.Findings = findings;
                this.Description = description;
            }

            /// <summary>Gets the exception the classifier threw, as "Type: message" (never kept).</summary>
            public string? InternalError { get; }

            /// <summary>Gets why there is no nest to parallelize (LG0002), if so.</summary>
            public string? NoNestReason { get; }

            /// <summary>Gets the rejections, trusted calls and strategy warnings, in that order.</summary>
            public FindingRecord[] Findings { get; }

            /// <summary>Gets LG0003's description of the parallelization, when the twin can be generated.</summary>
            public string? Description { get; }

            /// <summary>The report of a method whose analysis threw.</summary>
            public static MethodReport Failed(System.Exception exception) => new MethodReport($"{exception.GetType().Name}: {exception.Message}", null, None, null);

            /// <summary>Classifies the method, catching anything the classifier throws so that the analyzer never crashes the build.</summary>
            public static (MethodReport? Value, bool Keep) Build(MethodDeclarationSyntax syntax, IMethodSymbol method, SemanticModel model, System.Threading.CancellationToken cancellationToken)
            {
                MethodAnalysis analysis;
                try
                {
                    analysis = LoopClassifier.Classify(syntax, method, model, cancellationToken);
                }
                catch (System.Exception ex) when (ex is not System.OperationCanceledException)
                {
                    return (Failed(ex), false);
                }

                if (analysis.HasErrors)
                {
                    // The compiler reports the errors; nothing is said about the nest until they are fixed.
                    return (new MethodReport(null, null, None, null), true);
                }

                if (analysis.NoNestReason is { } reason)
                {
                    return (new MethodReport(null, reason, None, null), true);
                }

                // Kept only when every finding can be named by content; where two files have the same path and text,
                // none can. Otherwise the findings are reported as they are, and nothing is kept.
                Finding[] all = analysis.Rejections.Concat(analysis.TrustedCalls).Concat(analysis.StrategyWarnings).ToArray();
                bool keep = CompilationContent.Of(model.Compilation, cancellationToken).Usable && all.All(FindingRecord.CanBeKept);
                FindingRecord[] findings = all.Select(f => keep ? FindingRecord.ByContent(f, cancellationToken) : FindingRecord.Live(f)).ToArray();
                return (new MethodReport(null, null, findings, analysis.CanGenerate ? LoopClassifier.Describe(analysis) : null), keep);
            }
        }

        /// <summary>One finding: its rule, its place (a file named by content and a span, or a location when it is not kept) and its message arguments.</summary>
        private sealed class FindingRecord
        {
            private readonly string? tree;
            private readonly Microsoft.CodeAnalysis.Text.TextSpan span;
            private readonly Location? live;

            private FindingRecord(DiagnosticDescriptor descriptor, string? tree, Microsoft.CodeAnalysis.Text.TextSpan span, Location? live, object[] arguments)
            {
                this.Descriptor = descriptor;
                this.tree = tree;
                this.span = span;
                this.live = live;
                this.Arguments = arguments;
            }

            public DiagnosticDescriptor Descriptor { get; }

            public object[] Arguments { get; }

            /// <summary>Tells whether a finding can be named by content: its place is in source and its arguments are plain values.</summary>
            public static bool CanBeKept(Finding finding)
                => finding.Location.SourceTree is not null
                    && finding.Arguments.All(a => a is null or string or System.Enum || a.GetType().IsPrimitive);

            /// <summary>A finding named by content (<see cref="CanBeKept"/>): its file's content key and its span.</summary>
            public static FindingRecord ByContent(Finding finding, System.Threading.CancellationToken cancellationToken)
            {
                // The finding's place is valid only while its file is unchanged: that file becomes part of what is kept.
                SyntaxTree tree = finding.Location.SourceTree!;
                SyntaxReads.Note(tree);
                return new FindingRecord(finding.Descriptor, TreeContent.Of(tree, cancellationToken).Key, finding.Location.SourceSpan, null, finding.Arguments);
            }

            /// <summary>A finding as it is, with its location (not kept).</summary>
            public static FindingRecord Live(Finding finding) => new FindingRecord(finding.Descriptor, null, default, finding.Location, finding.Arguments);

            /// <summary>The finding's location in a compilation with the same files.</summary>
            public Location Resolve(CompilationContent content)
                => this.live ?? Location.Create(content.Trees[this.tree!], this.span);
        }
    }
}
