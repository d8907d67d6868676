using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using LoopGen.Diagnostics.Analyzers;
using LoopGen.Generator;
using LoopGen.Tests.Catalog;
using LoopGen.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace LoopGen.Tests
{
    /// <summary>
    /// Half-typed code, as the IDE sees it all day: every catalog nest cut short at several points and
    /// with random characters deleted. The analyzer and the generator must never throw (no AD0001, no
    /// generator exception), and the analyzer must never fall back to its "internal error" message.
    /// </summary>
    public class Test_Robustness
    {
        [Fact]
        public async Task HalfTypedCatalogNests_NeverCrashAnalyzerOrGenerator()
        {
            int swallowedBefore = ParallelizeGenerator.Parser.SwallowedExceptions;
            var random = new Random(1234);
            var failures = new List<string>();
            int variants = 0;
            foreach (CatalogEntry entry in CatalogEntries.All.Concat(CatalogEntries.KnownBugs))
            {
                string source = Source(entry);
                foreach (string broken in Mutations(source, random))
                {
                    variants++;
                    failures.AddRange((await RunAsync(broken)).Select(f => $"{entry.Name}: {f}"));
                }
            }

            Assert.True(variants > 500, $"only {variants} variants");
            Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));
            Assert.Equal(swallowedBefore, ParallelizeGenerator.Parser.SwallowedExceptions);
        }

        private static string Source(CatalogEntry entry)
        {
            string body = CatalogRun.StripMarkup(entry.Markup);
            return "using System;\nusing System.Collections.Generic;\nusing System.Linq;\nusing LoopGen;\n\nnamespace Robust\n{\n"
                + (entry.Raw ? body : "public static partial class K\n{\n" + body + "\n}\n")
                + "}\n";
        }

        private static IEnumerable<string> Mutations(string source, Random random)
        {
            int start = source.IndexOf("namespace", StringComparison.Ordinal);
            for (int k = 1; k <= 3; k++)
            {
                yield return source.Substring(0, start + ((source.Length - start) * k / 4));
            }

            for (int k = 0; k < 3; k++)
            {
                int at = random.Next(start, source.Length - 1);
                int length = Math.Min(random.Next(1, 12), source.Length - at);
                yield return source.Remove(at, length);
            }
        }

        private static async Task<List<string>> RunAsync(string source)
        {
            var failures = new List<string>();
            CSharpCompilation compilation = TestReferences.Compile(null, NullableContextOptions.Enable, source);

            var options = new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
                (exception, analyzer, diagnostic) => failures.Add($"{analyzer.GetType().Name} threw {exception.GetType().Name}: {exception.Message}"),
                concurrentAnalysis: false,
                logAnalyzerExecutionTime: false);
            var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new ParallelizeAnalyzer(), new SuggestParallelizeAnalyzer(), new UseParallelMethodAnalyzer(), new UnsupportedTargetAnalyzer());
            ImmutableArray<Diagnostic> diagnostics = await compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync();
            foreach (Diagnostic diagnostic in diagnostics)
            {
                if (diagnostic.Id == "AD0001" || diagnostic.GetMessage().Contains("internal error", StringComparison.Ordinal))
                {
                    failures.Add($"{diagnostic.Id}: {diagnostic.GetMessage()}");
                }
            }

            GeneratorDriver driver = CSharpGeneratorDriver.Create(new ParallelizeGenerator().AsSourceGenerator());
            GeneratorDriverRunResult result = driver.RunGenerators(compilation).GetRunResult();
            foreach (GeneratorRunResult run in result.Results)
            {
                if (run.Exception is not null)
                {
                    failures.Add($"generator threw {run.Exception.GetType().Name}: {run.Exception.Message}");
                }
            }

            return failures;
        }
    }
}
