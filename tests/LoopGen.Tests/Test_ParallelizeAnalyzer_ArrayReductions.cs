using System.Threading.Tasks;
using Xunit;
using static LoopGen.Tests.Verifiers.AnalyzerVerifier;

namespace LoopGen.Tests
{
    /// <summary>
    /// Array reductions (histograms, column sums): accepted with LG0003 naming them, and the close variants
    /// that stay rejected with LG0106 and its exact arguments.
    /// </summary>
    public sealed class Test_ParallelizeAnalyzer_ArrayReductions
    {
        private const string NotInPlace = "; each iteration of 'i' must write only elements indexed by 'i' (swap the loops or accumulate per row)";

        [Fact]
        public async Task HistogramIntoParameter_IsArrayReduction()
        {
            string message = await VerifyReportAsync(Wrap("""
                [Parallelize]
                public static void {|LG0003:Histogram|}(int[][] a, int m, int[] hist)
                {
                    for (int i = 0; i < a.Length; i++)
                        for (int j = 0; j < m; j++)
                        {
                            int v = a[i][j];
                            hist[v]++;
                        }
                }
                """));
            Assert.Contains("flattened", message);
            Assert.Contains("array reductions 'hist' (Additive) accumulated in per-chunk copies merged in chunk order", message);
            Assert.Contains("arrays checked at run time to be distinct objects", message);
        }

        [Fact]
        public async Task ColumnSumsOfDoubles_IsArrayReduction()
        {
            string message = await VerifyReportAsync(Wrap("""
                [Parallelize]
                public static void {|LG0003:ColumnSums|}(double[][] a, double[] y)
                {
                    for (int i = 0; i < a.Length; i++)
                        for (int j = 0; j < y.Length; j++)
                            y[j] += a[i][j];
                }
                """));
            Assert.Contains("array reductions 'y' (Additive)", message);
        }

        [Fact]
        public async Task XorIntoTwoDimensionalLocal_IsArrayReduction()
        {
            string message = await VerifyReportAsync(Wrap("""
                [Parallelize]
                public static int[,] {|LG0003:Parity|}(int[,] a)
                {
                    var parity = new int[2, 4];
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            parity[i & 1, j & 3] ^= a[i, j];
                    return parity;
                }
                """));
            Assert.Contains("array reductions 'parity' (Xor)", message);
        }

        [Fact]
        public async Task IndexedByOuterCounter_StaysWrittenInPlace()
        {
            // r[i] += ..: each row owns its element, so no per-chunk copies are needed.
            string message = await VerifyReportAsync(Wrap("""
                [Parallelize]
                public static void {|LG0003:RowSums|}(int[,] a, long[] r)
                {
                    for (int i = 0; i < r.Length; i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            r[i] += a[i, j];
                }
                """));
            Assert.DoesNotContain("array reductions", message);
        }

        [Fact]
        public async Task DecimalColumnSums_LG0106_WithHint()
        {
            await VerifyAsync(Wrap("""
                [Parallelize]
                public static decimal[] Sums(decimal[,] a)
                {
                    var col = new decimal[a.GetLength(1)];
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            {|#0:col[j]|} += a[i, j];
                    return col;
                }
                """), Diagnostic("LG0106").WithLocation(0).WithArguments("col[j]", "col", "; a decimal sum or product split into chunks can round or overflow differently from the sequential one; accumulate in an integer unit such as cents, or keep this loop sequential"));
        }

        [Fact]
        public async Task DoubleColumnSums_IsArrayReduction()
        {
            string message = await VerifyReportAsync(Wrap("""
                [Parallelize]
                public static double[] {|LG0003:Sums|}(double[,] a)
                {
                    var col = new double[a.GetLength(1)];
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            col[j] += a[i, j];
                    return col;
                }
                """));
            Assert.Contains("col", message);
        }

        [Fact]
        public async Task HistogramAlsoRead_LG0106()
        {
            await VerifyAsync(Wrap("""
                [Parallelize]
                public static int Histogram(int[][] a, int m, int[] hist)
                {
                    int big = 0;
                    for (int i = 0; i < a.Length; i++)
                        for (int j = 0; j < m; j++)
                        {
                            {|#0:hist[a[i][j]]|}++;
                            if (hist[0] > 3)
                                big++;
                        }
                    return big;
                }
                """), Diagnostic("LG0106").WithLocation(0).WithArguments("hist[a[i][j]]", "hist", NotInPlace));
        }

        [Fact]
        public async Task HistogramPeakReadInNest_LG0106_AsDocumented()
        {
            // The non-compliant example of docs/rules/LG0106.md.
            await VerifyAsync(Wrap("""
                [Parallelize]
                public static int Peak(byte[,] image)
                {
                    var counts = new int[256];
                    int peak = 0;
                    for (int y = 0; y < image.GetLength(0); y++)
                        for (int x = 0; x < image.GetLength(1); x++)
                        {
                            int v = image[y, x];
                            {|#0:counts[v]|}++;
                            peak = Math.Max(peak, counts[v]);
                        }
                    return peak;
                }
                """), Diagnostic("LG0106").WithLocation(0).WithArguments("counts[v]", "counts", "; each iteration of 'y' must write only elements indexed by 'y' (swap the loops or accumulate per row)"));
        }

        [Fact]
        public async Task SmoothingCarriedAlongRows_LG0106_AsDocumented()
        {
            await VerifyAsync(Wrap("""
                [Parallelize]
                public static double[] Smoothed(double[,] m)
                {
                    var level = new double[m.GetLength(1)];
                    for (int i = 0; i < m.GetLength(0); i++)
                        for (int j = 0; j < m.GetLength(1); j++)
                            {|#0:level[j]|} = level[j] * 0.5 + m[i, j];
                    return level;
                }
                """), Diagnostic("LG0106").WithLocation(0).WithArguments("level[j]", "level", NotInPlace));
        }

        [Fact]
        public async Task UpdatedValueUsed_LG0106()
        {
            await VerifyAsync(Wrap("""
                [Parallelize]
                public static void Ranks(int[][] a, int m, int[] hist, int[,] rank)
                {
                    for (int i = 0; i < a.Length; i++)
                        for (int j = 0; j < m; j++)
                            rank[i, j] = {|#0:hist[a[i][j]]|}++;
                }
                """), Diagnostic("LG0106").WithLocation(0).WithArguments("hist[a[i][j]]", "hist", NotInPlace));
        }

        [Fact]
        public async Task NotAssociative_LG0106()
        {
            await VerifyAsync(Wrap("""
                [Parallelize]
                public static void Scale(double[][] a, double[] y)
                {
                    for (int i = 0; i < a.Length; i++)
                        for (int j = 0; j < y.Length; j++)
                            {|#0:y[j]|} /= a[i][j];
                }
                """), Diagnostic("LG0106").WithLocation(0).WithArguments("y[j]", "y", NotInPlace));
        }

        [Fact]
        public async Task MinusFromTheLeft_LG0106()
        {
            // y[j] = e - y[j] flips the sign of the running value: not a reduction.
            await VerifyAsync(Wrap("""
                [Parallelize]
                public static void Flip(double[][] a, double[] y)
                {
                    for (int i = 0; i < a.Length; i++)
                        for (int j = 0; j < y.Length; j++)
                            {|#0:y[j]|} = a[i][j] - y[j];
                }
                """), Diagnostic("LG0106").WithLocation(0).WithArguments("y[j]", "y", NotInPlace));
        }

        [Fact]
        public async Task FieldHistogram_LG0106()
        {
            await VerifyAsync(Wrap("""
                private static int[] counts = new int[8];

                [Parallelize]
                public static void Count(int[][] a, int m)
                {
                    for (int i = 0; i < a.Length; i++)
                        for (int j = 0; j < m; j++)
                            {|#0:counts[a[i][j] & 7]|}++;
                }
                """), Diagnostic("LG0106").WithLocation(0).WithArguments("counts[a[i][j] & 7]", "counts", NotInPlace));
        }

        [Fact]
        public async Task TypeParameterMayBeTheHistogram_LG0106()
        {
            await VerifyAsync(Wrap("""
                [Parallelize]
                public static void Count<T>(T keys, int[] hist) where T : IReadOnlyList<int>
                {
                    for (int i = 0; i < {|#1:keys.Count|}; i++)
                        for (int j = 0; j < 4; j++)
                            hist[({|#0:keys[i]|} + j) & 7]++;
                }
                """),
                Diagnostic("LG0106").WithLocation(0).WithArguments("keys[i]", "hist", ": 'keys' is a type parameter and may be that array"),
                Diagnostic("LG0004").WithLocation(0).WithArguments("IReadOnlyList.this[]"),
                // T's Count runs whichever implementation T is, which may read 'hist': not a measure in the outer bound.
                Diagnostic("LG0108").WithLocation(1).WithArguments("for (int i = 0; i < keys.Count; i++)", "its bound reads 'keys' through 'keys.Count', which may see the elements the loop body writes; compute it into a local before the loop"));
        }
    }
}
