using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using LoopGen.Diagnostics.Analyzers;
using LoopGen.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace LoopGen.Tests
{
    /// <summary>
    /// ParallelizeAnalyzer keeps what the classifier concluded about a [Parallelize] method across compilations
    /// (ClassificationCache): a rebuild of the same files, parsed again with the references loaded again, reports
    /// the same diagnostics, on the new compilation's files, without classifying; an edit that can change the
    /// conclusion (a callee's body in another file) classifies again.
    /// </summary>
    [Collection(KeptResultsCollection.Name)]
    public sealed class Test_ParallelizeAnalyzer_ReportCache
    {
        private const string Marked = """
            using LoopGen;

            public static partial class Tables
            {
                [Parallelize]
                public static long Pairs(int[] a)
                {
                    long total = 0;
                    for (int i = 0; i < a.Length; i++)
                        for (int j = 0; j < i; j++)
                            total += Helpers.Score(a[i], a[j]);
                    return total;
                }

                [Parallelize]
                public static long Sum(int[][] a, int m)
                {
                    long sum = 0;
                    for (int i = 0; i < a.Length; i++)
                        for (int j = 0; j < m; j++)
                            sum += a[i][j];
                    return sum;
                }

                [Parallelize]
                public static int[] Carried(int[][] a, int m)
                {
                    var r = new int[a.Length];
                    int last = 0;
                    for (int i = 0; i < a.Length; i++)
                        for (int j = 0; j < m; j++)
                        {
                            r[i] = a[i][j] + last;
                            last = r[i];
                        }
                    return r;
                }
            }
            """;

        private const string Callee = """
            public static class Helpers
            {
                public static int calls;

                public static long Score(int a, int b)
                {
                    return a > b ? a - b : b - a;
                }
            }
            """;

        [Fact]
        public async Task SameFilesParsedAgain_SameDiagnosticsOnTheNewFiles_NoClassification()
        {
            string marked = Unique(Marked);
            CSharpCompilation first = Compile(marked, Callee);
            ImmutableArray<Diagnostic> before = await AnalyzeAsync(first);
            Assert.Equal((0, 3), ParallelizeAnalyzer.CountsFor(first.SyntaxTrees.First()));

            CSharpCompilation second = Compile(marked, Callee);
            ImmutableArray<Diagnostic> after = await AnalyzeAsync(second);

            Assert.Equal((3, 0), ParallelizeAnalyzer.CountsFor(second.SyntaxTrees.First()));
            Assert.Contains(before, d => d.Id == "LG0003");
            Assert.Contains(before, d => d.Id == "LG0100");
            Assert.Equal(Describe(before), Describe(after));
            Assert.All(after, d => Assert.Contains(d.Location.SourceTree, second.SyntaxTrees));
        }

        [Fact]
        public async Task SameFilesParsedAgain_CalleeBodyNowWritesAField_CallerClassifiedAgain()
        {
            string marked = Unique(Marked);
            ImmutableArray<Diagnostic> before = await AnalyzeAsync(Compile(marked, Callee));
            Assert.Contains(before, d => d.Id == "LG0003" && d.GetMessage().Contains("PairsParallel"));

            // Only the callee's body differs: Pairs now races on 'calls'; Sum and Carried read nothing outside their file.
            CSharpCompilation second = Compile(marked, Callee.Replace("return a > b ? a - b : b - a;", "calls++; return a > b ? a - b : b - a;"));
            ImmutableArray<Diagnostic> after = await AnalyzeAsync(second);

            Assert.Equal((2, 1), ParallelizeAnalyzer.CountsFor(second.SyntaxTrees.First()));
            Assert.DoesNotContain(after, d => d.Id == "LG0003" && d.GetMessage().Contains("PairsParallel"));
            Assert.Contains(after, d => d.Id.StartsWith("LG01", System.StringComparison.Ordinal) && d.GetMessage().Contains("calls"));
            Assert.Contains(after, d => d.Id == "LG0003" && d.GetMessage().Contains("SumParallel"));
        }

        private static string Unique(string source) => $"// {System.Guid.NewGuid():N}\n{source}";

        /// <summary>A new compilation of the files, parsed again, with the references loaded again, as a new build has.</summary>
        private static CSharpCompilation Compile(params string[] sources)
            => TestReferences.Compile(null, NullableContextOptions.Enable, sources)
                .WithReferences(TestReferences.Reloaded);

        private static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(CSharpCompilation compilation)
            => await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new ParallelizeAnalyzer())).GetAnalyzerDiagnosticsAsync();

        private static string[] Describe(ImmutableArray<Diagnostic> diagnostics)
            => diagnostics.Select(d => $"{d.Id} {d.Location.SourceTree!.FilePath} {d.Location.SourceSpan} {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}").OrderBy(s => s, System.StringComparer.Ordinal).ToArray();
    }
}
