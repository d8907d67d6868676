using System.Threading.Tasks;
using Xunit;
using static LoopGen.Tests.Verifiers.AnalyzerVerifier;

namespace LoopGen.Tests
{
    /// <summary>
    /// C-style temporaries (locals declared at the top of the method that every iteration assigns before it reads them,
    /// and that nothing reads after the nest): the contract accepts only results and reductions among writes to variables
    /// declared outside the nest, so they stay LG0101, whose message then says to declare them in the loop body. A
    /// variable whose value the nest leaves is read after it gets the plain LG0101.
    /// </summary>
    public sealed class Test_ParallelizeAnalyzer_Temporaries
    {
        private const string Hint = "; every iteration assigns it before reading it and nothing after the nest reads it: declare it inside the loop body, where each iteration has its own";

        [Fact]
        public async Task TemporariesAtTheTop_LG0101SaysToDeclareThemInTheLoop()
        {
            await VerifyAsync(
                Wrap("""
                    [Parallelize]
                    public static double[,] MatMul(double[,] a, double[,] b)
                    {
                        int n = a.GetLength(0), p = a.GetLength(1), m = b.GetLength(1);
                        int k;
                        double sum;
                        var c = new double[n, m];
                        for (int i = 0; i < n; i++)
                            for (int j = 0; j < m; j++)
                            {
                                {|#0:sum = 0|};
                                for ({|#1:k = 0|}; k < p; k++)
                                    sum += a[i, k] * b[k, j];
                                c[i, j] = sum;
                            }
                        return c;
                    }
                    """),
                Diagnostic("LG0101").WithLocation(0).WithArguments("sum", Hint),
                Diagnostic("LG0101").WithLocation(1).WithArguments("k", Hint));
        }

        [Fact]
        public async Task TemporaryReadAfterTheNest_PlainLG0101()
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
