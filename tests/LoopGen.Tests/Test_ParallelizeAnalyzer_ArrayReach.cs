using System.Threading.Tasks;
using Xunit;
using static LoopGen.Tests.Verifiers.AnalyzerVerifier;

namespace LoopGen.Tests
{
    /// <summary>
    /// The rule that decides whether a field, a value given to a helper or a value of the outer bound may reach an
    /// array the nest writes (ArrayReach, red-team round 17): by holding it (int[][], List&lt;int[]&gt;,
    /// Tuple&lt;int[]&gt;), viewing it (ReadOnlyCollection, ImmutableArray, a ref struct) or through an
    /// auto-property's backing field; and the outer foreach's collection as a use of the array. Exact spans and
    /// messages, each next to a close variant that stays accepted.
    /// </summary>
    public sealed class Test_ParallelizeAnalyzer_ArrayReach
    {
        [Fact]
        public async Task FieldOfArraysHoldingWrittenArray_LG0100()
        {
            await VerifyAsync(Wrap("""
                private static int[][] Holder;
                private static int Lim => Holder[0][0];

                [Parallelize]
                public static int[] Run(int[] a, int n)
                {
                    for (int i = 0; i < {|#0:Lim|}; i++)
                        for (int j = 0; j < n; j++)
                            a[i] += j;
                    return a;
                }
                """), Diagnostic("LG0100").WithLocation(0).WithArguments("Holder", " ('Lim' reads it, and it may hold the array 'a' that other iterations write; mark the callee [Pure] if it never does)"));
        }

        [Fact]
        public async Task FieldOfOtherElementType_NoLG0100()
        {
            await VerifyAsync(Wrap("""
                private static string[][] Names;
                private static List<double[]> Rows;
                private static int Lim => Names[0].Length + Rows.Count;

                [Parallelize]
                public static int[] {|LG0003:Run|}(int[] a, int n)
                {
                    for (int i = 0; i < a.Length; i++)
                        for (int j = 0; j < n; j++)
                            a[i] += j + Lim;
                    return a;
                }
                """));
        }

        [Fact]
        public async Task UserStructsAndLibraryTypes_InBoundAndGivenToHelpers_NoLG0100NorLG0108()
        {
            // A struct of the compilation (its base type is ValueType), a record struct, and a Type (whose members hold
            // Type[] arrays, in a cycle) reach no int[,]: in the outer bound and as a helper's argument beside a written
            // int[,] parameter, accepted.
            await VerifyAsync(Wrap("""
                public struct Size { public int W, H; }
                public record struct Point(int X, int Y);
                private static int Dist(Point p, Size s, System.Type t) => p.X * s.W + p.Y + t.Name.Length;

                [Parallelize]
                public static int[,] {|LG0003:Run|}(int[,] d, Size size, Point origin)
                {
                    for (int i = 0; i < size.H; i++)
                        for (int j = 0; j < size.W; j++)
                            d[i, j] = Dist(origin, size, typeof(int));
                    return d;
                }
                """));
        }

        [Fact]
        public async Task LambdaOrLocalFunctionCapturingTheWrittenArray_GivenToAHelper_LG0100()
        {
            // A delegate made before the nest and given to a helper, which may call it: what it reads is checked as for a call.
            await VerifyAsync(Wrap("""
                private static int Get(Func<int> f) => f();

                [Parallelize]
                public static int[,] Run(int n)
                {
                    var r = new int[n, n];
                    Func<int> corner = () => r[0, 0];
                    int Edge() => r[0, 1];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|#2:Get({|#0:corner|})|} + {|#3:Get({|#1:Edge|})|};
                    return r;
                }
                """),
                Diagnostic("LG0100").WithLocation(0).WithArguments("r", " (the lambda 'corner' holds, which whoever is given it may call, declared outside the loop, reads it while the loop writes it)"),
                Diagnostic("LG0100").WithLocation(1).WithArguments("r", " (the local function 'Edge', declared outside the loop, reads it while the loop writes it)"),
                Diagnostic("LG0004").WithLocation(2).WithArguments("Func.Invoke"),
                Diagnostic("LG0004").WithLocation(3).WithArguments("Func.Invoke"));
        }

        [Fact]
        public async Task LambdaCapturingOtherValues_GivenToAHelper_OnlyLG0004()
        {
            await VerifyAsync(Wrap("""
                private static int Get(Func<int> f) => f();

                [Parallelize]
                public static int[,] {|LG0003:Run|}(int n, int[] weights)
                {
                    var r = new int[n, n];
                    Func<int> first = () => weights[0] + n;
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|#0:Get(first)|} + i * j;
                    return r;
                }
                """),
                Diagnostic("LG0004").WithLocation(0).WithArguments("Func.Invoke"));
        }

        [Fact]
        public async Task AutoPropertyBackingField_LG0100()
        {
            await VerifyAsync(Wrap("""
                private static int[] Cells { get; set; }
                private static int Peek() => Cells[0];

                [Parallelize]
                public static int[] Run(int[] h, int n)
                {
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            h[(i + j) % 8] += {|#0:Peek()|};
                    return h;
                }
                """), Diagnostic("LG0100").WithLocation(0).WithArguments("Cells", " ('Peek()' reads it, and it may hold the array 'h' that other iterations write; mark the callee [Pure] if it never does)"));
        }

        [Fact]
        public async Task ContainerGivenToHelper_LG0100()
        {
            await VerifyAsync(Wrap("""
                private static int Peek(List<int[]> rows) => rows[0][0];

                [Parallelize]
                public static int[] Run(int[] h, List<int[]> rows, int n)
                {
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            h[(i + j) % 8] += {|#0:Peek(rows)|};
                    return h;
                }
                """), Diagnostic("LG0100").WithLocation(0).WithArguments("rows", " ('Peek(rows)' is given it, and it may hold or view the array 'h' that other iterations write; mark the callee [Pure] if it never reads that array)"));
        }

        [Fact]
        public async Task ContainerWithoutArraysGivenToHelper_NoLG0100()
        {
            await VerifyAsync(Wrap("""
                private static int Peek(List<int> xs, int[] ys, string s) => xs[0] + ys[0] + s.Length;

                [Parallelize]
                public static int[] {|LG0003:Run|}(int[] h, List<int> xs, int[] ys, string s, int n)
                {
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            h[(i + j) % 8] += Peek(xs, ys, s);
                    return h;
                }
                """));
        }

        [Fact]
        public async Task TupleOfArrayGivenToHelperInOuterBound_LG0108()
        {
            await VerifyAsync(Wrap("""
                private static int First(Tuple<int[]> t) => t.Item1[0];

                [Parallelize]
                public static int[] Run(int[] a, Tuple<int[]> t, int n)
                {
                    for (int i = 0; i < {|#0:First(t)|}; i++)
                        for (int j = 0; j < n; j++)
                            a[i] += j;
                    return a;
                }
                """), Diagnostic("LG0108").WithLocation(0).WithArguments("for (int i = 0; i < First(t); i++)", "its bound reads 't' through 'First(t)', which may see the elements the loop body writes; compute it into a local before the loop"));
        }

        [Fact]
        public async Task RowLengthOfListOfArraysInOuterBound_NoLG0108()
        {
            await VerifyAsync(Wrap("""
                [Parallelize]
                public static int[] {|LG0003:Run|}(int[] a, List<int[]> rows, int n)
                {
                    for (int i = 0; i < rows[0].Length; i++)
                        for (int j = 0; j < n; j++)
                            a[i] += j;
                    return a;
                }
                """));
        }

        [Fact]
        public async Task RefStructLengthGetterInOuterBound_LG0108()
        {
            await VerifyAsync(Wrap("""
                public ref struct Lim { public Span<int> S; public int Length => S[0]; }

                [Parallelize]
                public static int[] Run(int[] a, int n)
                {
                    var w = new Lim { S = a };
                    for (int i = 0; i < {|#0:w.Length|}; i++)
                        for (int j = 0; j < n; j++)
                            a[i] += j;
                    return a;
                }
                """), Diagnostic("LG0108").WithLocation(0).WithArguments("for (int i = 0; i < w.Length; i++)", "its bound reads 'w' through 'w.Length', which may see the elements the loop body writes; compute it into a local before the loop"));
        }

        [Fact]
        public async Task ReadOnlyCollectionReadInBody_LG0106()
        {
            await VerifyAsync(Wrap("""
                [Parallelize]
                public static int[] Run(int[] h, int n)
                {
                    var view = Array.AsReadOnly(h);
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            h[(i + j) % 8] += {|#0:view[0]|};
                    return h;
                }
                """), Diagnostic("LG0106").WithLocation(0).WithArguments("view[0]", "h", ": 'view' may wrap that array"));
        }

        [Fact]
        public async Task OuterForeachOverReducedArray_LG0106()
        {
            await VerifyAsync(Wrap("""
                [Parallelize]
                public static int[] Run(int[] h)
                {
                    foreach (var x in h)
                        for (int j = 0; j < 3; j++)
                            {|#0:h[x & 7]|} += 1;
                    return h;
                }
                """), Diagnostic("LG0106").WithLocation(0).WithArguments("h[x & 7]", "h", ", and 'foreach (var x in h)' uses the whole array"));
        }

        [Fact]
        public async Task OuterForeachOverOtherArray_NoLG0106()
        {
            await VerifyAsync(Wrap("""
                [Parallelize]
                public static int[] {|LG0003:Run|}(int[] xs, int[] h)
                {
                    foreach (var x in xs)
                        for (int j = 0; j < 3; j++)
                            h[x & 7] += 1;
                    return h;
                }
                """));
        }
        [Fact]
        public async Task OuterForeachOverListOfArraysBesideReduction_LG0106()
        {
            await VerifyAsync(Wrap("""
                [Parallelize]
                public static int[] Run(List<int[]> rows, int[] h)
                {
                    foreach (var row in rows)
                        for (int j = 0; j < row.Length; j++)
                            {|#0:h[row[j] & 7]|} += 1;
                    return h;
                }
                """), Diagnostic("LG0106").WithLocation(0).WithArguments("h[row[j] & 7]", "h", ": 'foreach (var row in rows)' walks arrays LoopGen cannot compare with it"));
        }

        [Fact]
        public async Task OuterForeachOverListOfArraysBesideFreshReduction_NoLG0106()
        {
            await VerifyAsync(Wrap("""
                [Parallelize]
                public static int[] {|LG0003:Run|}(List<int[]> rows)
                {
                    var h = new int[8];
                    foreach (var row in rows)
                        for (int j = 0; j < row.Length; j++)
                            h[row[j] & 7] += 1;
                    return h;
                }
                """));
        }
        [Fact]
        public async Task LocalFunctionCapturesContainerOfReduced_LG0100()
        {
            await VerifyAsync(Wrap("""
                [Parallelize]
                public static int[] Run(int[] h, List<int[]> rows, int n)
                {
                    int Peek() => rows[0][0];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            h[(i + j) % 8] += {|#0:Peek()|};
                    return h;
                }
                """), Diagnostic("LG0100").WithLocation(0).WithArguments("rows", " (the local function 'Peek', declared outside the loop, reads it, and it may hold the array 'h' that other iterations write)"));
        }
    }
}
