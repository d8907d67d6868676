using System.Threading.Tasks;
using Xunit;
using static LoopGen.Tests.Verifiers.AnalyzerVerifier;

namespace LoopGen.Tests
{
    /// <summary>Nests the analysis accepts: LG0003 on the method name, with the strategy in its message, and nothing else.</summary>
    public sealed class Test_ParallelizeAnalyzer_Accepts
    {
        [Fact]
        public async Task ArticleProducts_IndependentNest_ReportsFlattened()
        {
            string message = await VerifyReportAsync(Wrap("""
                [Parallelize]
                public static List<List<int>> {|LG0003:Products|}(List<int> outer, List<int> inner)
                {
                    var results = new List<List<int>>();
                    foreach (var i in outer)
                    {
                        var row = new List<int>();
                        foreach (var j in inner)
                            row.Add(i * j);
                        results.Add(row);
                    }
                    return results;
                }
                """));
            Assert.Contains("flattened", message);
            Assert.Contains("'ProductsParallel' is generated", message);
            Assert.Contains("rows of 'results'", message);
        }

        [Fact]
        public async Task ArticleTriangular_OuterDependentNest_ReportsRowPerTask()
        {
            string message = await VerifyReportAsync(Wrap("""
                [Parallelize]
                public static List<List<int>> {|LG0003:Sums|}(List<int> values)
                {
                    var results = new List<List<int>>();
                    foreach (var i in values)
                    {
                        var row = new List<int>();
                        for (int j = 0; j < i; j++)
                            row.Add(i + j);
                        results.Add(row);
                    }
                    return results;
                }
                """));
            Assert.Contains("outer-dependent", message);
            Assert.Contains("row", message);
            Assert.DoesNotContain("flattened task list", message);
        }

        [Fact]
        public async Task RectangularArrayNoPrePost_ReportsFlattened()
        {
            string message = await VerifyReportAsync(Wrap("""
                [Parallelize]
                public static int[,] {|LG0003:Table|}(int n, int m)
                {
                    var r = new int[n, m];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < m; j++)
                            r[i, j] = i * j;
                    return r;
                }
                """));
            Assert.Contains("flattened", message);
        }

        [Fact]
        public async Task SumReduction_ReportsReductionAndFlattened()
        {
            string message = await VerifyReportAsync(Wrap("""
                [Parallelize]
                public static long {|LG0003:Sum|}(int[][] a, int m)
                {
                    long sum = 0;
                    for (int i = 0; i < a.Length; i++)
                        for (int j = 0; j < m; j++)
                            sum += a[i][j];
                    return sum;
                }
                """));
            Assert.Contains("flattened", message);
            Assert.Contains("'sum'", message);
        }

        [Fact]
        public async Task MaxMinAndCountReductions_Accepted()
        {
            string message = await VerifyReportAsync(Wrap("""
                [Parallelize]
                public static int {|LG0003:Stats|}(int[,] a)
                {
                    int max = int.MinValue, min = int.MaxValue, count = 0;
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                        {
                            max = Math.Max(max, a[i, j]);
                            min = Math.Min(a[i, j], min);
                            if (a[i, j] > 0) count++;
                        }
                    return max - min + count;
                }
                """));
            Assert.Contains("'max' (Max)", message);
            Assert.Contains("'min' (Min)", message);
            Assert.Contains("'count' (Additive)", message);
        }

        [Fact]
        public async Task BreakOnlyInInnerLoop_AcceptedOneTaskPerRow_MessageMentionsBreak()
        {
            string message = await VerifyReportAsync(Wrap("""
                [Parallelize]
                public static int[] {|LG0003:FirstNegative|}(int[][] a)
                {
                    var first = new int[a.Length];
                    for (int i = 0; i < a.Length; i++)
                    {
                        first[i] = -1;
                        for (int j = 0; j < a[i].Length; j++)
                        {
                            if (a[i][j] < 0) { first[i] = j; break; }
                        }
                    }
                    return first;
                }
                """));
            Assert.Contains("row", message);
            Assert.Contains("break", message);
        }

        [Fact]
        public async Task ValueCarriedAlongRowOnly_AcceptedOneTaskPerRow()
        {
            // a[i][j] += a[i][j - 1]: carried by the inner loop, which stays sequential inside a row task.
            string message = await VerifyReportAsync(Wrap("""
                [Parallelize]
                public static void {|LG0003:PrefixSums|}(int[][] a, int m)
                {
                    for (int i = 0; i < a.Length; i++)
                        for (int j = 1; j < m; j++)
                            a[i][j] += a[i][j - 1];
                }
                """));
            Assert.Contains("one task per outer row", message);
            Assert.DoesNotContain("flattened task list", message);
        }

        [Fact]
        public async Task InnerStepOfTwo_Accepted()
        {
            await VerifyReportAsync(Wrap("""
                [Parallelize]
                public static int[,] {|LG0003:Even|}(int n)
                {
                    var r = new int[n, n];
                    for (int i = n - 1; i >= 0; i -= 2)
                        for (int j = 0; j < n; j += 2)
                            r[i, j] = i + j;
                    return r;
                }
                """));
        }

        [Fact]
        public async Task ContinueInEitherLoop_Accepted()
        {
            await VerifyReportAsync(Wrap("""
                [Parallelize]
                public static long {|LG0003:Odd|}(int n, int m)
                {
                    long s = 0;
                    for (int i = 0; i < n; i++)
                    {
                        if (i % 3 == 0) continue;
                        for (int j = 0; j < m; j++)
                        {
                            if (j % 2 == 0) continue;
                            s += i * j;
                        }
                    }
                    return s;
                }
                """));
        }

        [Fact]
        public async Task RowWritesIndexedByOuterCounter_AcceptedWithAliasCheck()
        {
            // y[i] += ..: each row writes its own element (the close variant of the y[j] rejection).
            string message = await VerifyReportAsync(Wrap("""
                [Parallelize]
                public static void {|LG0003:MatVec|}(double[][] a, double[] x, double[] y)
                {
                    for (int i = 0; i < y.Length; i++)
                        for (int j = 0; j < x.Length; j++)
                            y[i] += a[i][j] * x[j];
                }
                """));
            Assert.Contains("row", message);
            Assert.Contains("checked at run time", message);
        }

        [Fact]
        public async Task SourceMethodWithoutSharedWrites_NoTrustedCallWarning()
        {
            await VerifyReportAsync(Wrap("""
                static int Cell(int i, int j) { int t = i * j; return t + Helper(t); }
                static int Helper(int t) => t % 7;

                [Parallelize]
                public static int[,] {|LG0003:Grid|}(int n)
                {
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = Cell(i, j) + (int)Math.Sqrt(j) + string.Concat("a", "b").Length;
                    return r;
                }
                """));
        }

        [Fact]
        public async Task PureAttributeOnInterfaceMethod_SilencesTrustedCall()
        {
            await VerifyReportAsync(Usings + """
                public interface IScorer
                {
                    [System.Diagnostics.Contracts.Pure]
                    int Score(int i, int j);
                }

                public static partial class C
                {
                    [Parallelize]
                    public static int[,] {|LG0003:Scores|}(IScorer scorer, int n)
                    {
                        var r = new int[n, n];
                        for (int i = 0; i < n; i++)
                            for (int j = 0; j < n; j++)
                                r[i, j] = scorer.Score(i, j);
                        return r;
                    }
                }
                """);
        }

        [Fact]
        public async Task ObjectCreatedInIteration_FieldWritesAccepted()
        {
            await VerifyReportAsync(Usings + """
                public sealed class Cell { public int X; public int Y { get; set; } }

                public static partial class C
                {
                    [Parallelize]
                    public static List<Cell> {|LG0003:Cells|}(int n)
                    {
                        var cells = new List<Cell>();
                        for (int i = 0; i < n; i++)
                            for (int j = 0; j < n; j++)
                            {
                                var c = new Cell();
                                c.X = i;
                                c.Y = j;
                                cells.Add(c);
                            }
                        return cells;
                    }
                }
                """);
        }

        [Fact]
        public async Task InstanceMethodOfClass_Accepted()
        {
            // The close variant of the struct instance method (LG0109): a class's 'this' can be captured.
            await VerifyReportAsync(Usings + """
                public partial class Grid
                {
                    private readonly int scale = 3;

                    [Parallelize]
                    public int[,] {|LG0003:Scaled|}(int n)
                    {
                        var r = new int[n, n];
                        for (int i = 0; i < n; i++)
                            for (int j = 0; j < n; j++)
                                r[i, j] = i * j * scale;
                        return r;
                    }
                }
                """);
        }

        [Fact]
        public async Task LockOutsideTheNest_Accepted()
        {
            await VerifyReportAsync(Wrap("""
                static readonly object Gate = new object();

                [Parallelize]
                public static int[,] {|LG0003:Locked|}(int n)
                {
                    lock (Gate) { }
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = i - j;
                    return r;
                }
                """));
        }

        [Fact]
        public async Task EnumerableRangeAndArrayForeach_Accepted()
        {
            await VerifyReportAsync(Wrap("""
                [Parallelize]
                public static List<int> {|LG0003:Pairs|}(int[] xs, int n)
                {
                    var flat = new List<int>();
                    foreach (int i in Enumerable.Range(0, n))
                        foreach (int x in xs)
                            flat.Add(i * x);
                    return flat;
                }
                """));
        }
    }
}
