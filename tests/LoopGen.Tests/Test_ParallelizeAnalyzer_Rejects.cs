using System.Threading.Tasks;
using Xunit;
using static LoopGen.Tests.Verifiers.AnalyzerVerifier;

namespace LoopGen.Tests
{
    /// <summary>
    /// One positive test per LG01xx reason (exact span, and the message arguments where they name the
    /// culprit), each next to a close variant that must not produce it.
    /// </summary>
    public sealed class Test_ParallelizeAnalyzer_Rejects
    {
        // ------------------------------------------------------------ LG0100 carried value

        [Fact]
        public async Task CarriedScalar_LG0100()
        {
            await VerifyAsync(Wrap("""
                [Parallelize]
                public static int[,] Shift(int n)
                {
                    var r = new int[n, n];
                    int prev = 0;
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                        {
                            r[i, j] = {|#0:prev|};
                            prev = i * j;
                        }
                    return r;
                }
                """), Diagnostic("LG0100").WithLocation(0).WithArguments("prev", ": it is written by one iteration and read by the next"));
        }

        [Fact]
        public async Task LambdaKeptAfterIterationCapturesForCounter_LG0100()
        {
            await VerifyAsync(Wrap("""
                [Parallelize]
                public static Func<int>[] Thunks(int n)
                {
                    var fs = new Func<int>[n * n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            fs[i * n + j] = {|#0:() => i * j|};
                    return fs;
                }
                """), Diagnostic("LG0100").WithLocation(0).WithArguments("i", ": a lambda captures it, and a 'for' counter is one variable for the whole loop, so a delegate kept after its iteration sees later values; copy it into a local declared in the loop body ('var current = i;') and capture that"));
        }

        [Fact]
        public async Task LambdaCapturesCopiedCounter_Or_RunsDuringCall_NoLG0100()
        {
            await VerifyAsync(Wrap("""
                [Parallelize]
                public static Func<int>[] {|LG0003:Thunks|}(int[] xs, int n)
                {
                    var fs = new Func<int>[n * n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                        {
                            int row = i, col = j;
                            int above = System.Linq.Enumerable.Count(xs, x => x > i);
                            fs[i * n + j] = () => row * col + above;
                        }
                    return fs;
                }
                """));
        }

        [Fact]
        public async Task ThreadStaticFieldRead_LG0107()
        {
            await VerifyAsync(Wrap("""
                [ThreadStatic] private static int scale;

                [Parallelize]
                public static int[,] Scaled(int n)
                {
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = i * {|#0:scale|} + j;
                    return r;
                }
                """), Diagnostic("LG0107").WithLocation(0).WithArguments("scale", "a [ThreadStatic] field or a ThreadLocal<T>, which each worker thread has its own copy of"));
        }

        [Fact]
        public async Task StaticFieldRead_NoLG0107()
        {
            await VerifyAsync(Wrap("""
                private static int scale = 3;

                [Parallelize]
                public static int[,] {|LG0003:Scaled|}(int n)
                {
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = i * scale + j;
                    return r;
                }
                """));
        }

        [Fact]
        public async Task ScalarDeclaredInIteration_NoLG0100()
        {
            await VerifyAsync(Wrap("""
                [Parallelize]
                public static int[,] {|LG0003:Shift|}(int n)
                {
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                    {
                        int prev = 0;
                        for (int j = 0; j < n; j++)
                        {
                            r[i, j] = prev;
                            prev = i * j;
                        }
                    }
                    return r;
                }
                """));
        }

        [Fact]
        public async Task JaggedArrayCarriedAcrossRows_LG0100()
        {
            await VerifyAsync(Wrap("""
                [Parallelize]
                public static void Down(int[][] a, int m)
                {
                    for (int i = 1; i < a.Length; i++)
                        for (int j = 0; j < m; j++)
                            a[i][j] = {|#0:a[i - 1][j]|} + 1;
                }
                """), Diagnostic("LG0100").WithLocation(0).WithArguments("a[i - 1][j]", ": 'a[i][j]' is written by another iteration"));
        }

        [Fact]
        public async Task RectangularArrayCarriedAcrossRows_LG0100()
        {
            await VerifyAsync(Wrap("""
                [Parallelize]
                public static void Down(int[,] a)
                {
                    for (int i = 1; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            a[i, j] = {|LG0100:a[i - 1, j]|} + 1;
                }
                """));
        }

        // ------------------------------------------------------------ LG0101 shared variable

        [Fact]
        public async Task OuterLocalOverwritten_LG0101()
        {
            await VerifyAsync(Wrap("""
                [Parallelize]
                public static int Last(int[][] a, int m)
                {
                    int last = 0;
                    for (int i = 0; i < a.Length; i++)
                        for (int j = 0; j < m; j++)
                            {|#0:last = a[i][j]|};
                    return last;
                }
                """), Diagnostic("LG0101").WithLocation(0).WithArguments("last", string.Empty));
        }

        [Fact]
        public async Task CapturedOuterLocalWrittenInLambda_LG0101()
        {
            await VerifyAsync(Wrap("""
                [Parallelize]
                public static int Count(int n)
                {
                    int count = 0;
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                        {
                            Action bump = () => {|#0:count++|};
                            bump();
                        }
                    return count;
                }
                """), Diagnostic("LG0101").WithLocation(0).WithArguments("count", " (it is written inside a lambda or local function)"));
        }

        [Fact]
        public async Task AccumulatorCapturedBeforeTheNest_LG0101()
        {
            await VerifyAsync(Wrap("""
                [Parallelize]
                public static long Sum(int[,] a)
                {
                    long sum = 0;
                    Func<long> peek = () => sum;
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            {|#0:sum += a[i, j]|};
                    return sum + peek();
                }
                """), Diagnostic("LG0101").WithLocation(0).WithArguments("sum", " (a lambda or local function captures it, and would see the value before the chunks' partial results are merged)"));
        }

        [Fact]
        public async Task AccumulatorRefTaken_LG0101()
        {
            await VerifyAsync(Wrap("""
                private static void Reset(ref long value) => value = 0;

                [Parallelize]
                public static long Sum(int[,] a)
                {
                    long sum = 0;
                    Reset(ref sum);
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            {|#0:sum += a[i, j]|};
                    return sum;
                }
                """), Diagnostic("LG0101").WithLocation(0).WithArguments("sum", " (a ref to it is taken, through which other code would see the value before the chunks' partial results are merged)"));
        }

        [Fact]
        public async Task AccumulatorCapturedAfterTheNest_NoLG0101()
        {
            await VerifyAsync(Wrap("""
                [Parallelize]
                public static long {|LG0003:Sum|}(int[,] a)
                {
                    long sum = 0;
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            sum += a[i, j];
                    Func<long> peek = () => sum;
                    return peek();
                }
                """));
        }

        [Fact]
        public async Task ParameterWritten_LG0101()
        {
            await VerifyAsync(Wrap("""
                [Parallelize]
                public static int Param(int n, int seen)
                {
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            {|#0:seen = i + j|};
                    return seen;
                }
                """), Diagnostic("LG0101").WithLocation(0).WithArguments("seen", string.Empty));
        }

        [Fact]
        public async Task DecimalSum_LG0101_WithHint()
        {
            await VerifyAsync(Wrap("""
                [Parallelize]
                public static decimal Total(decimal[] prices, int[] quantities)
                {
                    decimal total = 0m;
                    for (int i = 0; i < prices.Length; i++)
                        for (int j = 0; j < quantities.Length; j++)
                            {|#0:total += prices[i] * quantities[j]|};
                    return total;
                }
                """), Diagnostic("LG0101").WithLocation(0).WithArguments("total", " (a decimal sum or product split into chunks can round or overflow differently from the sequential one; accumulate in an integer unit such as cents, or keep this loop sequential)"));
        }

        [Fact]
        public async Task DecimalMathMax_LG0101_WithHint()
        {
            await VerifyAsync(Wrap("""
                [Parallelize]
                public static decimal Best(decimal[,] a)
                {
                    decimal best = 0m;
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            {|#0:best = Math.Max(best, a[i, j])|};
                    return best;
                }
                """), Diagnostic("LG0101").WithLocation(0).WithArguments("best", " (Math.Max and Math.Min on decimal keep one of two equal values such as 1.0m and 1.00m by position, which merging chunks changes; write the selection as 'if (x > best) best = x')"));
        }

        [Fact]
        public async Task DecimalSelection_And_DoubleSum_AreReductions_NoLG0101()
        {
            await VerifyAsync(Wrap("""
                [Parallelize]
                public static (decimal, double) {|LG0003:Summary|}(decimal[] prices, int[] quantities)
                {
                    decimal best = 0m;
                    double total = 0;
                    for (int i = 0; i < prices.Length; i++)
                        for (int j = 0; j < quantities.Length; j++)
                        {
                            decimal line = prices[i] * quantities[j];
                            if (line > best)
                                best = line;
                            total += (double)line;
                        }
                    return (best, total);
                }
                """));
        }

        [Fact]
        public async Task CountIncremented_IsReduction_NoLG0101()
        {
            await VerifyAsync(Wrap("""
                [Parallelize]
                public static int {|LG0003:Count|}(int n)
                {
                    int count = 0;
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            if ((i ^ j) % 3 == 0) count++;
                    return count;
                }
                """));
        }

        // ------------------------------------------------------------ LG0102 shared state

        [Fact]
        public async Task StaticFieldWritten_LG0102()
        {
            await VerifyAsync(Wrap("""
                static int total;

                [Parallelize]
                public static void Accumulate(int n)
                {
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            {|#0:total = i + j|};
                }
                """), Diagnostic("LG0102").WithLocation(0).WithArguments("total = i + j", "C.total"));
        }

        [Fact]
        public async Task InstanceFieldWritten_LG0102()
        {
            await VerifyAsync(Usings + """
                public partial class Counter
                {
                    private int hits;

                    [Parallelize]
                    public void Hit(int n)
                    {
                        for (int i = 0; i < n; i++)
                            for (int j = 0; j < n; j++)
                                {|#0:this.hits += i|};
                    }
                }
                """, Diagnostic("LG0102").WithLocation(0).WithArguments("this.hits += i", "Counter.hits"));
        }

        [Fact]
        public async Task SourceCalleeWritesStatic_LG0102()
        {
            await VerifyAsync(Wrap("""
                static int calls;
                static int Cell(int i, int j) { calls++; return i * j; }

                [Parallelize]
                public static int[,] Grid(int n)
                {
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|#0:Cell(i, j)|};
                    return r;
                }
                """), Diagnostic("LG0102").WithLocation(0).WithArguments("Cell(i, j)", "C.calls"));
        }

        [Fact]
        public async Task StaticFieldOnlyRead_NoLG0102()
        {
            await VerifyAsync(Wrap("""
                static int scale = 2;

                [Parallelize]
                public static int[,] {|LG0003:Scaled|}(int n)
                {
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = scale * i + j;
                    return r;
                }
                """));
        }

        [Fact]
        public async Task SpanOverSharedArray_LG0102()
        {
            // A Span<T> local is a struct of the iteration, but it writes into the shared array it views.
            await VerifyAsync(Wrap("""
                [Parallelize]
                public static void Fill(int[] output, int n)
                {
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < output.Length; j++)
                        {
                            Span<int> s = output;
                            {|#0:s[j] = i|};
                        }
                }
                """), Diagnostic("LG0102").WithLocation(0).WithArguments("s[j] = i", "Span.this[]"));
        }

        [Fact]
        public async Task ArraySegmentOverSharedArray_LG0102()
        {
            await VerifyAsync(Wrap("""
                [Parallelize]
                public static void Fill(int[] output, int n)
                {
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < output.Length; j++)
                        {
                            var s = new ArraySegment<int>(output);
                            {|#0:s[j] = i|};
                        }
                }
                """), Diagnostic("LG0102").WithLocation(0).WithArguments("s[j] = i", "ArraySegment.this[]"));
        }

        [Fact]
        public async Task WriterCreatedAroundSharedStream_LG0105()
        {
            // 'new StreamWriter(stream)' is created by the iteration, but writes go to the shared stream.
            await VerifyAsync(Wrap("""
                [Parallelize]
                public static void Dump(System.IO.Stream stream, int n)
                {
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                        {
                            var w = new System.IO.StreamWriter(stream);
                            {|#0:w.Write(j)|};
                        }
                }
                """), Diagnostic("LG0105").WithLocation(0).WithArguments("w.Write(j)", "TextWriter.Write"));
        }

        [Fact]
        public async Task ArrayOfSharedRowsCreatedInIteration_LG0102()
        {
            await VerifyAsync(Wrap("""
                [Parallelize]
                public static void Fill(int[] output, int n)
                {
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                        {
                            var rows = new[] { output };
                            {|#0:rows[0][j]|} = i;
                        }
                }
                """), Diagnostic("LG0102").WithLocation(0).WithArguments("rows[0][j]", "the array 'rows' refers to, which may be shared"));
        }

        [Fact]
        public async Task StructAndArrayOfTheIteration_NoLG0102()
        {
            // The close variants: an unmanaged Span over stack memory aside, a tuple and an array of fresh rows are private.
            await VerifyAsync(Wrap("""
                [Parallelize]
                public static int[,] {|LG0003:Grid|}(int n)
                {
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                        {
                            var t = (i, "x");
                            t.Item1 = j;
                            var rows = new[] { new int[2] };
                            rows[0][1] = t.Item1;
                            r[i, j] = rows[0][1];
                        }
                    return r;
                }
                """));
        }

        // ------------------------------------------------------------ LG0103 control flow

        [Fact]
        public async Task BreakInParallelLoop_LG0103()
        {
            await VerifyAsync(Wrap("""
                [Parallelize]
                public static int[,] Stop(int n)
                {
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                    {
                        if (i == 7) {|#0:break;|}
                        for (int j = 0; j < n; j++)
                            r[i, j] = i + j;
                    }
                    return r;
                }
                """), Diagnostic("LG0103").WithLocation(0).WithArguments("break;"));
        }

        [Fact]
        public async Task ReturnInParallelLoop_LG0103()
        {
            await VerifyAsync(Wrap("""
                [Parallelize]
                public static int Find(int[][] a, int m)
                {
                    for (int i = 0; i < a.Length; i++)
                        for (int j = 0; j < m; j++)
                            if (a[i][j] == 0) {|#0:return i;|}
                    return -1;
                }
                """), Diagnostic("LG0103").WithLocation(0).WithArguments("return i;"));
        }

        [Fact]
        public async Task BreakInSwitchInsideLoop_NoLG0103()
        {
            await VerifyAsync(Wrap("""
                [Parallelize]
                public static int[,] {|LG0003:Switch|}(int n)
                {
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            switch (j % 2)
                            {
                                case 0: r[i, j] = i; break;
                                default: r[i, j] = j; break;
                            }
                    return r;
                }
                """));
        }

        [Fact]
        public async Task ReturnInsideLambda_NoLG0103()
        {
            await VerifyAsync(Wrap("""
                [Parallelize]
                public static int[,] {|LG0003:Lambda|}(int n)
                {
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                        {
                            Func<int, int> twice = x => { return 2 * x; };
                            r[i, j] = twice(i + j);
                        }
                    return r;
                }
                """));
        }

        // ------------------------------------------------------------ LG0104 counter written

        [Fact]
        public async Task ParallelCounterWritten_LG0104()
        {
            await VerifyAsync(Wrap("""
                [Parallelize]
                public static int[,] Skip(int n)
                {
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                    {
                        for (int j = 0; j < n; j++)
                            r[i, j] = j;
                        if (i % 2 == 0) {|#0:i++|};
                    }
                    return r;
                }
                """), Diagnostic("LG0104").WithLocation(0).WithArguments("i"));
        }

        [Fact]
        public async Task InnerCounterWrittenOnly_NoLG0104_RowPerTask()
        {
            string message = await VerifyReportAsync(Wrap("""
                [Parallelize]
                public static int[][] {|LG0003:Skip|}(int n)
                {
                    var r = new int[n][];
                    for (int i = 0; i < n; i++)
                    {
                        var row = new int[n];
                        for (int j = 0; j < n; j++)
                        {
                            row[j] = i;
                            if (row[j] > 3) j++;
                        }
                        r[i] = row;
                    }
                    return r;
                }
                """));
            Assert.Contains("row", message);
        }

        // ------------------------------------------------------------ LG0105 shared object call

        [Fact]
        public async Task SharedRandomNext_LG0105()
        {
            await VerifyAsync(Wrap("""
                [Parallelize]
                public static int[,] Noise(Random rng, int n)
                {
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|#0:rng.Next()|};
                    return r;
                }
                """), Diagnostic("LG0105").WithLocation(0).WithArguments("rng.Next()", "Random.Next"));
        }

        [Fact]
        public async Task RandomCreatedPerIteration_NoLG0105()
        {
            await VerifyAsync(Wrap("""
                [Parallelize]
                public static int[,] {|LG0003:Noise|}(int n)
                {
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                        {
                            var rng = new Random(i * n + j);
                            r[i, j] = rng.Next();
                        }
                    return r;
                }
                """));
        }

        [Fact]
        public async Task SharedListParameterAdd_LG0105()
        {
            await VerifyAsync(Wrap("""
                [Parallelize]
                public static void Collect(List<int> sink, int n)
                {
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            {|#0:sink.Add(i * j)|};
                }
                """), Diagnostic("LG0105").WithLocation(0).WithArguments("sink.Add(i * j)", "List.Add"));
        }

        [Fact]
        public async Task ListTouchedBeforeTheNest_NotAFreshResult_LG0105()
        {
            await VerifyAsync(Wrap("""
                [Parallelize]
                public static List<int> Collect(int n)
                {
                    var list = new List<int>();
                    list.Add(list.Count - 1); // reads the list before the nest (a plain Add(-1) is a prefill, accepted)
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            {|#0:list.Add(i * j)|};
                    return list;
                }
                """), Diagnostic("LG0105").WithLocation(0).WithArguments("list.Add(i * j)", "List.Add"));
        }

        [Fact]
        public async Task ConsoleWriteLine_LG0105()
        {
            await VerifyAsync(Wrap("""
                [Parallelize]
                public static void Print(int n)
                {
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            {|#0:Console.WriteLine(i * j)|};
                }
                """), Diagnostic("LG0105").WithLocation(0).WithArguments("Console.WriteLine(i * j)", "Console.WriteLine"));
        }

        [Fact]
        public async Task FreshResultList_NoLG0105()
        {
            await VerifyAsync(Wrap("""
                [Parallelize]
                public static List<int> {|LG0003:Collect|}(int n)
                {
                    var list = new List<int>();
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            list.Add(i * j);
                    return list;
                }
                """));
        }

        // ------------------------------------------------------------ LG0106 colliding array write

        [Fact]
        public async Task WholeArrayPassedOn_LG0106()
        {
            await VerifyAsync(Wrap("""
                static int Peek(int[] xs) => xs[0];

                [Parallelize]
                public static void Fill(int[] r, int n)
                {
                    for (int i = 0; i < r.Length; i++)
                        for (int j = 0; j < n; j++)
                            {|#0:r[i]|} = Peek(r) + j;
                }
                """), Diagnostic("LG0106").WithLocation(0).WithArguments("r[i]", "r", ", and 'Peek(r)' uses the whole array"));
        }

        [Fact]
        public async Task HistogramPerRow_NoLG0106()
        {
            await VerifyAsync(Wrap("""
                [Parallelize]
                public static void {|LG0003:Histogram|}(int[][] a, int m, int[][] hist)
                {
                    for (int i = 0; i < a.Length; i++)
                        for (int j = 0; j < m; j++)
                        {
                            int v = a[i][j];
                            hist[i][v]++;
                        }
                }
                """));
        }

        // ------------------------------------------------------------ LG0107 unsupported construct

        [Fact]
        public async Task LockInNest_LG0107()
        {
            await VerifyAsync(Wrap("""
                static readonly object Gate = new object();

                [Parallelize]
                public static int[,] Locked(int n)
                {
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            lock ({|#0:Gate|}) { r[i, j] = i; }
                    return r;
                }
                """), Diagnostic("LG0107").WithLocation(0).WithArguments("lock", "a lock"));
        }

        [Fact]
        public async Task GotoInNest_LG0107()
        {
            await VerifyAsync(Wrap("""
                [Parallelize]
                public static int[,] Jump(int n)
                {
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                        {
                            if (j == 3) {|#0:goto done;|}
                            r[i, j] = j;
                            {|#1:done: r[i, j] += 1;|}
                        }
                    return r;
                }
                """),
                Diagnostic("LG0107").WithLocation(0).WithArguments("goto done;", "goto"),
                Diagnostic("LG0107").WithLocation(1).WithArguments("done", "a label"));
        }

        // ------------------------------------------------------------ LG0108 loop form

        [Fact]
        public async Task WhileOuterLoop_LG0108()
        {
            await VerifyAsync(Wrap("""
                [Parallelize]
                public static int[,] While(int n)
                {
                    var r = new int[n, n];
                    int i = 0;
                    {|#0:while (i < n)|}
                    {
                        for (int j = 0; j < n; j++)
                            r[i, j] = j;
                        i++;
                    }
                    return r;
                }
                """), Diagnostic("LG0108").WithLocation(0).WithArguments("while", "only for and foreach loops are distributed"));
        }

        [Fact]
        public async Task CachedBoundWrittenInBody_LG0108()
        {
            await VerifyAsync(Wrap("""
                [Parallelize]
                public static int[,] Shrink(int n0)
                {
                    var r = new int[n0, n0];
                    {|#0:for (int i = 0, n = n0; i < n; i++)|}
                    {
                        for (int j = 0; j < n0; j++)
                            r[i, j] = j;
                        n -= i & 1;
                    }
                    return r;
                }
                """), Diagnostic("LG0108").WithLocation(0).WithArguments("for (int i = 0, n = n0; i < n; i++)", "the counter must be the only variable declared in the loop header, besides one that holds its bound and is never written: declare 'n' before the loop"));
        }

        [Fact]
        public async Task CachedBoundReadInBody_IsAccepted()
        {
            await VerifyAsync(Wrap("""
                [Parallelize]
                public static int[,] {|LG0003:Mirror|}(int[] xs, int m)
                {
                    var r = new int[xs.Length, m];
                    for (int i = 0, n = xs.Length; i < n; i++)
                        for (int j = 0; j < m; j++)
                            r[i, j] = xs[n - 1 - i] + j;
                    return r;
                }
                """));
        }

        [Fact]
        public async Task InnerCachedBoundReadInItsBody_RunsOneTaskPerRowAndSaysWhy()
        {
            string message = await VerifyReportAsync(Wrap("""
                [Parallelize]
                public static double[] {|LG0003:Means|}(double[][] rows)
                {
                    var means = new double[rows.Length];
                    for (int i = 0; i < rows.Length; i++)
                        for (int j = 0, m = rows[i].Length; j < m; j++)
                            means[i] += rows[i][j] / m;
                    return means;
                }
                """));
            Assert.Contains("runs one task per outer row", message);
            Assert.Contains("(not flattened: 'means' is written, and the inner loop is not one whose iterations LoopGen numbers up front)", message);
        }

        [Fact]
        public async Task NonConstantStep_LG0108()
        {
            await VerifyAsync(Wrap("""
                [Parallelize]
                public static int[,] Stride(int n, int step)
                {
                    var r = new int[n, n];
                    {|#0:for (int i = 0; i < n; i += step)|}
                        for (int j = 0; j < n; j++)
                            r[i, j] = j;
                    return r;
                }
                """), Diagnostic("LG0108").WithLocation(0).WithArguments("for (int i = 0; i < n; i += step)", "the step must be a constant: i++, i--, i += k or i -= k"));
        }

        [Fact]
        public async Task ConstantStep_NoLG0108()
        {
            await VerifyAsync(Wrap("""
                [Parallelize]
                public static int[,] {|LG0003:Stride|}(int n)
                {
                    const int step = 3;
                    var r = new int[n, n];
                    for (int i = 0; i < n; i += step)
                        for (int j = 0; j < n; j++)
                            r[i, j] = j;
                    return r;
                }
                """));
        }

        [Fact]
        public async Task ForeachOverHashSet_LG0108()
        {
            await VerifyAsync(Wrap("""
                [Parallelize]
                public static List<int> Set(HashSet<int> xs, int n)
                {
                    var r = new List<int>();
                    {|#0:foreach (var x in xs)|}
                        for (int j = 0; j < n; j++)
                            r.Add(x * j);
                    return r;
                }
                """), Diagnostic("LG0108").WithLocation(0).WithArguments("foreach (var x in xs)", "it walks over 'xs' of type 'System.Collections.Generic.HashSet<int>'; LoopGen distributes arrays, List<T>, IList<T>, IReadOnlyList<T> and Enumerable.Range"));
        }

        // ------------------------------------------------------------ LG0109 method form

        [Fact]
        public async Task CallerInfoFilledByCompiler_LG0109()
        {
            await VerifyAsync(Wrap("""
                private static int Tag(int x, [System.Runtime.CompilerServices.CallerMemberName] string name = "") => x + name.Length;

                [Parallelize]
                public static int[,] {|#0:Fill|}(int n)
                {
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = Tag(i + j);
                    return r;
                }
                """), Diagnostic("LG0109").WithLocation(0).WithArguments("Fill", "'Tag(i + j)' lets the compiler fill a caller-information parameter ([CallerMemberName], [CallerLineNumber], [CallerFilePath] or [CallerArgumentExpression]), which in the twin would describe the generated code; pass the value explicitly"));
        }

        [Fact]
        public async Task CallerInfoPassedExplicitly_NoLG0109()
        {
            await VerifyAsync(Wrap("""
                private static int Tag(int x, [System.Runtime.CompilerServices.CallerMemberName] string name = "") => x + name.Length;

                [Parallelize]
                public static int[,] {|LG0003:Fill|}(int n)
                {
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = Tag(i + j, "Fill");
                    return r;
                }
                """));
        }

        [Fact]
        public async Task RefParameter_LG0109()
        {
            await VerifyAsync(Wrap("""
                [Parallelize]
                public static void {|#0:Fill|}(ref int seed, int[,] r)
                {
                    for (int i = 0; i < r.GetLength(0); i++)
                        for (int j = 0; j < r.GetLength(1); j++)
                            r[i, j] = i + j;
                    seed++;
                }
                """), Diagnostic("LG0109").WithLocation(0).WithArguments("Fill", "it has ref, out or in parameters, which a parallel loop's lambdas cannot capture"));
        }

        [Fact]
        public async Task BaseClassMemberWithTwinSignature_LG0109()
        {
            await VerifyAsync(Usings + """
                public class Base
                {
                    public static int[,] RunParallel(int n) => new int[n, n];
                }

                public partial class Derived : Base
                {
                    [Parallelize]
                    public static int[,] {|#0:Run|}(int n)
                    {
                        var r = new int[n, n];
                        for (int i = 0; i < n; i++)
                            for (int j = 0; j < n; j++)
                                r[i, j] = i * j;
                        return r;
                    }
                }
                """, Diagnostic("LG0109").WithLocation(0).WithArguments("Run", "'Base' already declares 'Base.RunParallel(int)', which has the twin's signature and would be hidden or implemented by it"));
        }

        [Fact]
        public async Task InterfaceMemberWithTwinOptionsSignature_LG0109()
        {
            await VerifyAsync(Usings + """
                using System.Threading.Tasks;

                public interface IGrid
                {
                    int[,] RunParallel(int n, ParallelOptions options);
                }

                public partial class Grid : IGrid
                {
                    int[,] IGrid.RunParallel(int n, ParallelOptions options) => new int[n, n];

                    [Parallelize]
                    public int[,] {|#0:Run|}(int n)
                    {
                        var r = new int[n, n];
                        for (int i = 0; i < n; i++)
                            for (int j = 0; j < n; j++)
                                r[i, j] = i * j;
                        return r;
                    }
                }
                """, Diagnostic("LG0109").WithLocation(0).WithArguments("Run", "'IGrid' already declares 'IGrid.RunParallel(int, ParallelOptions)', which has the twin's signature and would be hidden or implemented by it"));
        }

        [Fact]
        public async Task BaseClassPrivateOrOtherSignature_NoLG0109()
        {
            await VerifyAsync(Usings + """
                public class Base
                {
                    private static int[,] RunParallel(int n) => new int[n, n];
                    public static int[,] RunParallel(long n) => new int[n, n];
                }

                public partial class Derived : Base
                {
                    [Parallelize]
                    public static int[,] {|LG0003:Run|}(int n)
                    {
                        var r = new int[n, n];
                        for (int i = 0; i < n; i++)
                            for (int j = 0; j < n; j++)
                                r[i, j] = i * j;
                        return r;
                    }
                }
                """);
        }

        [Fact]
        public async Task StructInstanceMethod_LG0109()
        {
            await VerifyAsync(Usings + """
                public partial struct Grid
                {
                    public int Scale;

                    [Parallelize]
                    public int[,] {|#0:Scaled|}(int n)
                    {
                        var r = new int[n, n];
                        for (int i = 0; i < n; i++)
                            for (int j = 0; j < n; j++)
                                r[i, j] = i * j * Scale;
                        return r;
                    }
                }
                """, Diagnostic("LG0109").WithLocation(0).WithArguments("Scaled", "it is an instance method of a struct, whose 'this' a parallel loop's lambdas cannot capture"));
        }

        [Fact]
        public async Task AsyncWithAwaitInNest_LG0109()
        {
            await VerifyAsync(Usings + """
                using System.Threading.Tasks;

                public static partial class C
                {
                    [Parallelize]
                    public static async Task<int[,]> {|#0:Load|}(int n)
                    {
                        var r = new int[n, n];
                        for (int i = 0; i < n; i++)
                            for (int j = 0; j < n; j++)
                                r[i, j] = await Task.FromResult(i + j);
                        return r;
                    }
                }
                """, Diagnostic("LG0109").WithLocation(0).WithArguments("Load", "it is async"));
        }

        [Fact]
        public async Task StaticMethodOfStruct_NoLG0109()
        {
            await VerifyAsync(Usings + """
                public partial struct Grid
                {
                    [Parallelize]
                    public static int[,] {|LG0003:Make|}(int n)
                    {
                        var r = new int[n, n];
                        for (int i = 0; i < n; i++)
                            for (int j = 0; j < n; j++)
                                r[i, j] = i * j;
                        return r;
                    }
                }
                """);
        }
    }
}
