using System.Threading.Tasks;
using LoopGen.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;
using static LoopGen.Tests.Verifiers.AnalyzerVerifier;

namespace LoopGen.Tests
{
    /// <summary>
    /// C-style temporaries (stop 21): locals declared at the top of the method that every iteration assigns before it
    /// reads them, and that nothing reads after the nest, get a copy per chunk. The report names them, the twin declares
    /// the copies (it passes no value in: the local may be unassigned before the nest), and it computes what M does.
    /// </summary>
    public sealed class Test_ParallelizeGenerator_Temporaries
    {
        private const string MatMul = """
            [Parallelize(MinParallelWork = 1)]
            public static double[,] {|LG0003:MatMul|}(double[,] a, double[,] b)
            {
                int n = a.GetLength(0), p = a.GetLength(1), m = b.GetLength(1);
                int k;
                double sum;
                var c = new double[n, m];
                for (int i = 0; i < n; i++)
                    for (int j = 0; j < m; j++)
                    {
                        sum = 0;
                        for (k = 0; k < p; k++)
                            sum += a[i, k] * b[k, j];
                        c[i, j] = sum;
                    }
                return c;
            }
            """;

        [Fact]
        public async Task TemporariesAtTheTop_AreNamedInTheReport()
        {
            string message = await VerifyReportAsync(Wrap(MatMul));
            Assert.Contains("runs as a flattened task list", message);
            Assert.Contains("temporaries 'sum', 'k' copied into each chunk (every iteration assigns them before reading them)", message);
        }

        [Theory]
        [InlineData(LanguageVersion.CSharp7_3)]
        [InlineData(LanguageVersion.Latest)]
        public void TemporariesAtTheTop_TwinDeclaresCopiesAndMultiplies(LanguageVersion version)
        {
            CSharpCompilation input = TestReferences.Compile(new CSharpParseOptions(version), NullableContextOptions.Disable, Wrap(StripMarkup(MatMul)));
            (Compilation output, string generated) = GeneratorRunner.RunClean(input);
            Assert.Contains("double __lg_t_sum = default(double);", generated);
            Assert.Contains("int __lg_t_k = default(int);", generated);

            // [[1, 2], [3, 4], [5, 6]] x [[1, 0], [2, 1]], worked out by hand.
            var a = new double[,] { { 1, 2 }, { 3, 4 }, { 5, 6 } };
            var b = new double[,] { { 1, 0 }, { 2, 1 } };
            var expected = new double[,] { { 5, 2 }, { 11, 4 }, { 17, 6 } };
            var options = new System.Threading.Tasks.ParallelOptions { MaxDegreeOfParallelism = 2, TaskScheduler = ThreadPerTaskScheduler.Instance };
            Assert.Equal(expected, (double[,])GeneratorRunner.Invoke(output, "C", "MatMul", a, b)!);
            Assert.Equal(expected, (double[,])GeneratorRunner.Invoke(output, "C", "MatMulParallel", a, b)!);
            Assert.Equal(expected, (double[,])GeneratorRunner.Invoke(output, "C", "MatMulParallel", a, b, options)!);
        }

        [Fact]
        public async Task TemporaryReadAfterTheNest_StaysLG0101()
        {
            await VerifyAsync(
                Wrap("""
                    [Parallelize]
                    public static (long[], long) RowSums(int[,] a)
                    {
                        var r = new long[a.GetLength(0)];
                        long sum = 0;
                        for (int i = 0; i < a.GetLength(0); i++)
                        {
                            {|#0:sum = 0|};
                            for (int j = 0; j < a.GetLength(1); j++)
                                sum += a[i, j];
                            r[i] = sum;
                        }
                        return (r, sum);
                    }
                    """),
                Diagnostic("LG0101").WithLocation(0).WithArguments("sum", string.Empty));
        }
    }
}
