using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LoopGen.Analysis;
using LoopGen.Diagnostics.Analyzers;
using LoopGen.Tests.Catalog;
using LoopGen.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace LoopGen.Tests
{
    /// <summary>
    /// LG0200's own analyzer: its syntactic screen and its early stop never change a verdict of the full
    /// classifier, and it knows when LG0200 is off (severity none) project-wide or for a file.
    /// </summary>
    public sealed class Test_SuggestParallelizeAnalyzer
    {
        [Fact]
        public void Screen_NeverSkipsAMethodTheClassifierWouldSuggest()
        {
            int suggested = 0, screenedOut = 0, methods = 0;
            var failures = new List<string>();
            foreach (CatalogEntry entry in CatalogEntries.All.Concat(CatalogEntries.KnownBugs))
            {
                CSharpCompilation compilation = TestReferences.Compile(null, NullableContextOptions.Enable, Source(entry));
                SyntaxTree tree = compilation.SyntaxTrees.Single();
                SemanticModel model = compilation.GetSemanticModel(tree);
                foreach (MethodDeclarationSyntax syntax in tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>())
                {
                    if (model.GetDeclaredSymbol(syntax) is not IMethodSymbol method)
                    {
                        continue;
                    }

                    methods++;
                    bool full = Suggests(LoopClassifier.Classify(syntax, method, model, CancellationToken.None));
                    bool early = Suggests(LoopClassifier.Classify(syntax, method, model, CancellationToken.None, stopAtFirstObjection: true));
                    bool screen = LoopClassifier.MayQualify(syntax);
                    suggested += full ? 1 : 0;
                    screenedOut += screen ? 0 : 1;
                    if (full && !screen)
                    {
                        failures.Add($"{entry.Name}.{method.Name}: the screen skips a method the classifier accepts");
                    }

                    if (full != early)
                    {
                        failures.Add($"{entry.Name}.{method.Name}: stopping at the first objection changes the verdict ({full} -> {early})");
                    }
                }
            }

            Assert.True(failures.Count == 0, string.Join("\n", failures));

            // The check is not vacuous: many methods qualify, and the screen does skip some.
            Assert.True(suggested > 50, $"only {suggested} of {methods} methods qualify");
            Assert.True(screenedOut > 20, $"the screen skipped only {screenedOut} of {methods} methods");
        }

        [Theory]
        [InlineData("public static int[,] Grid(int n) { var r = new int[n, n]; int i = 0; while (i < n) { for (int j = 0; j < n; j++) r[i, j] = j; i++; } return r; }")]
        [InlineData("public static void Grid(int n, out int[,] r) { r = new int[n, n]; for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) r[i, j] = j; }")]
        [InlineData("public static async System.Threading.Tasks.Task Grid(int[,] r) { for (int i = 0; i < 2; i++) for (int j = 0; j < 2; j++) r[i, j] = j; await System.Threading.Tasks.Task.Yield(); }")]
        [InlineData("public static int[,] Grid(int n) { var r = new int[n, n]; for (int i = 0; i < n; i++) r[i, 0] = i; return r; }")]
        public void Screen_SkipsSurelyRejectedMethods(string method)
        {
            var syntax = (MethodDeclarationSyntax)CSharpSyntaxTree.ParseText(AnalyzerVerifier.Wrap(method)).GetRoot().DescendantNodes().First(n => n is MethodDeclarationSyntax);
            Assert.False(LoopClassifier.MayQualify(syntax));
        }

        [Fact]
        public void IsOff_ReadsCompilationOptionsGlobalConfigAndFiles()
        {
            CSharpCompilation compilation = TestReferences.Compile(null, NullableContextOptions.Enable, "class A { }", "class B { }");
            SyntaxTree a = compilation.SyntaxTrees.First(), b = compilation.SyntaxTrees.Last();
            Assert.False(SuggestParallelizeAnalyzer.IsOff(compilation, null, CancellationToken.None));
            Assert.False(SuggestParallelizeAnalyzer.IsOff(compilation, a, CancellationToken.None));

            CSharpCompilation suppressed = compilation.WithOptions(compilation.Options.WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic> { ["LG0200"] = ReportDiagnostic.Suppress }));
            Assert.True(SuggestParallelizeAnalyzer.IsOff(suppressed, null, CancellationToken.None));
            Assert.True(SuggestParallelizeAnalyzer.IsOff(suppressed, a, CancellationToken.None));

            // A global configuration (is_global, or the .globalconfig of a CI build).
            CSharpCompilation global = compilation.WithOptions(compilation.Options.WithSyntaxTreeOptionsProvider(new Options(globalOff: true, offIn: null, onIn: null)));
            Assert.True(SuggestParallelizeAnalyzer.IsOff(global, null, CancellationToken.None));
            Assert.True(SuggestParallelizeAnalyzer.IsOff(global, b, CancellationToken.None));

            // An .editorconfig that turns it off for one file only: off there, on for the project.
            CSharpCompilation oneFile = compilation.WithOptions(compilation.Options.WithSyntaxTreeOptionsProvider(new Options(globalOff: false, offIn: a, onIn: null)));
            Assert.False(SuggestParallelizeAnalyzer.IsOff(oneFile, null, CancellationToken.None));
            Assert.True(SuggestParallelizeAnalyzer.IsOff(oneFile, a, CancellationToken.None));
            Assert.False(SuggestParallelizeAnalyzer.IsOff(oneFile, b, CancellationToken.None));

            // Off globally but back on for one file: the project-wide answer must be "on".
            CSharpCompilation backOn = compilation.WithOptions(compilation.Options.WithSyntaxTreeOptionsProvider(new Options(globalOff: true, offIn: null, onIn: b)));
            Assert.False(SuggestParallelizeAnalyzer.IsOff(backOn, null, CancellationToken.None));
            Assert.True(SuggestParallelizeAnalyzer.IsOff(backOn, a, CancellationToken.None));
            Assert.False(SuggestParallelizeAnalyzer.IsOff(backOn, b, CancellationToken.None));
        }

        [Fact]
        public async Task SeverityNoneInAFile_NoSuggestionThere()
        {
            string grid = "public static int[,] Grid(int n)\n{\n    var r = new int[n, n];\n    for (int i = 0; i < n; i++)\n        for (int j = 0; j < n; j++)\n            r[i, j] = i * j;\n    return r;\n}\n";
            CSharpCompilation compilation = TestReferences.Compile(null, NullableContextOptions.Disable, AnalyzerVerifier.Wrap(grid), AnalyzerVerifier.Wrap(grid).Replace("class C", "class D"));
            SyntaxTree first = compilation.SyntaxTrees.First();
            compilation = compilation.WithOptions(compilation.Options.WithSyntaxTreeOptionsProvider(new Options(globalOff: false, offIn: first, onIn: null)));
            ImmutableArray<Diagnostic> diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new SuggestParallelizeAnalyzer())).GetAnalyzerDiagnosticsAsync();
            Diagnostic only = Assert.Single(diagnostics);
            Assert.Equal("LG0200", only.Id);
            Assert.NotSame(first, only.Location.SourceTree);
        }

        private static bool Suggests(MethodAnalysis analysis) => analysis is { CanGenerate: true, TrustedCalls.Count: 0 };

        private static string Source(CatalogEntry entry)
        {
            string body = CatalogRun.StripMarkup(entry.Markup);
            return "using System;\nusing System.Collections.Generic;\nusing System.Linq;\nusing LoopGen;\n\nnamespace Screen\n{\n"
                + (entry.Raw ? body : "public static partial class K\n{\n" + body + "\n}\n")
                + "}\n";
        }

        /// <summary>Severity settings as an .editorconfig or a global configuration would give them.</summary>
        private sealed class Options : SyntaxTreeOptionsProvider
        {
            private readonly bool globalOff;
            private readonly SyntaxTree? offIn;
            private readonly SyntaxTree? onIn;

            public Options(bool globalOff, SyntaxTree? offIn, SyntaxTree? onIn)
            {
                this.globalOff = globalOff;
                this.offIn = offIn;
                this.onIn = onIn;
            }

            public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken) => GeneratedKind.NotGenerated;

            public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
            {
                severity = tree == this.offIn ? ReportDiagnostic.Suppress : ReportDiagnostic.Warn;
                return diagnosticId == "LG0200" && (tree == this.offIn || tree == this.onIn);
            }

            public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
            {
                severity = ReportDiagnostic.Suppress;
                return diagnosticId == "LG0200" && this.globalOff;
            }
        }
    }
}
