using System.Threading.Tasks;
using LoopGen.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;
using static LoopGen.Tests.Verifiers.AnalyzerVerifier;

namespace LoopGen.Tests
{
    /// <summary>
    /// Array positions reached through a function of the counter (stop 21): flips and shifts (<c>h - 1 - y</c>,
    /// <c>y - 1</c>), a transpose into rows made before the nest, and padded flat rows checked at run time, with the
    /// exact messages of the neighbours that stay rejected.
    /// </summary>
    public sealed class Test_ParallelizeAnalyzer_IndexFunctions
    {
        [Fact]
        public async Task VerticalFlip_IsFlattened()
        {
            string message = await VerifyReportAsync(Wrap("""
                [Parallelize]
                public static int[,] {|LG0003:Flip|}(int[,] img)
                {
                    int h = img.GetLength(0), w = img.GetLength(1);
                    var flipped = new int[h, w];
                    for (int y = 0; y < h; y++)
                        for (int x = 0; x < w; x++)
                            flipped[h - 1 - y, x] = img[y, x];
                    return flipped;
                }
                """));
            Assert.Contains("runs as a flattened task list", message);
        }

        [Fact]
        public async Task ShiftedWriteReadAtOwnRow_IsCarriedValueAtTheRead()
        {
            await VerifyAsync(
                Wrap("""
                    [Parallelize]
                    public static void Run(double[,] a)
                    {
                        for (int y = 0; y < a.GetLength(0) - 1; y++)
                            for (int x = 0; x < a.GetLength(1); x++)
                                a[y + 1, x] = {|#0:a[y, x]|} * 0.5;
                    }
                    """),
                Diagnostic("LG0100").WithLocation(0).WithArguments("a[y, x]", ": 'a[y + 1, x]' is written by another iteration"));
        }

        [Fact]
        public async Task TwoSpellingsOfTheRow_NameBothWrites()
        {
            await VerifyAsync(
                Wrap("""
                    [Parallelize]
                    public static long[,] Run(int h, int w)
                    {
                        var r = new long[h, w];
                        for (int y = 0; y < h; y++)
                            for (int x = 0; x < w; x++)
                            {
                                r[h - 1 - y, x] = y;
                                {|#0:r[h - 1L - y, x]|} += x;
                            }
                        return r;
                    }
                    """),
                Diagnostic("LG0106").WithLocation(0).WithArguments(
                    "r[h - 1L - y, x]",
                    "r",
                    "; 'r[h - 1 - y, x]' and 'r[h - 1L - y, x]' reach the row of 'y' in different ways, so one iteration may write another's row"));
        }

        [Fact]
        public async Task PaddedStride_ReportsTheRunTimeCheck()
        {
            string message = await VerifyReportAsync(Wrap("""
                [Parallelize]
                public static long[] {|LG0003:Pad|}(int[] xs, int width, int stride)
                {
                    var flat = new long[xs.Length * stride + width];
                    for (int y = 0; y < xs.Length; y++)
                        for (int x = 0; x < width; x++)
                            flat[y * stride + x] = xs[y] + x;
                    return flat;
                }
                """));
            Assert.Contains("row width 'width' checked at run time not to pass the stride 'stride' (else the original loop runs)", message);
        }

        [Fact]
        public async Task PaddedStrideOfTwoConstantsThatOverlap_IsRejected()
        {
            await VerifyAsync(
                Wrap("""
                    [Parallelize]
                    public static int[] Run(int n)
                    {
                        var r = new int[n * 8 + 8];
                        for (int i = 0; i < n; i++)
                            for (int k = 0; k < 8; k++)
                                {|#0:r[i * 4 + k]|} = i + k;
                        return r;
                    }
                    """),
                Diagnostic("LG0106").WithLocation(0).WithArguments(
                    "r[i * 4 + k]",
                    "r",
                    "; each iteration of 'i' must write only elements indexed by 'i' (swap the loops or accumulate per row)"));
        }

        /// <summary>
        /// The twin of a padded row, forced onto its parallel path (MinParallelWork = 1), on rows that fit their stride
        /// and on rows that overlap: counts of visits worked out by hand, where a racy parallel '+=' would lose some.
        /// </summary>
        [Theory]
        [InlineData(2, 3, new[] { 1, 1, 0, 1, 1, 0, 1, 1, 0, 0 })]
        [InlineData(3, 2, new[] { 1, 1, 2, 1, 2, 1, 1, 0, 0, 0 })]
        public void PaddedStride_TwinCountsLikeM(int width, int stride, int[] expected)
        {
            CSharpCompilation input = Compile(Wrap("""
                [Parallelize(MinParallelWork = 1)]
                public static int[] Visits(int rows, int width, int stride)
                {
                    var flat = new int[10];
                    for (int y = 0; y < rows; y++)
                        for (int x = 0; x < width; x++)
                            flat[y * stride + x] += 1;
                    return flat;
                }
                """));
            (Compilation output, string generated) = GeneratorRunner.RunClean(input);
            Assert.Contains("(long)(width) > (long)(stride)", generated);
            for (int round = 0; round < 20; round++)
            {
                Assert.Equal(expected, (int[])GeneratorRunner.Invoke(output, "C", "Visits", 3, width, stride)!);
                Assert.Equal(expected, (int[])GeneratorRunner.Invoke(output, "C", "VisitsParallel", 3, width, stride)!);
            }
        }

        /// <summary>
        /// Overlapping padded rows written by assignment (the last row to write a position wins in M): in parallel,
        /// the chunk after a boundary would write its first row before the chunk before it writes its last one, so
        /// without the run-time check the overlaps would hold the earlier row (each cell is slowed down so that chunks run
        /// side by side). Compared with a plain loop here.
        /// </summary>
        [Fact]
        public void PaddedStrideOverlappingRows_LastWriterWinsAsInM()
        {
            CSharpCompilation input = Compile(Wrap("""
                private static int Slow(int y)
                {
                    int s = y;
                    for (int k = 0; k < 3000; k++)
                        s = (s * 31 + k) % 1000003;
                    return y + 1 + (s == -1 ? 1 : 0);
                }

                [Parallelize(MinParallelWork = 1)]
                public static int[] Owner(int rows, int width, int stride)
                {
                    var flat = new int[rows * stride + width];
                    for (int y = 0; y < rows; y++)
                        for (int x = 0; x < width; x++)
                            flat[y * stride + x] = Slow(y);
                    return flat;
                }
                """));
            (Compilation output, _) = GeneratorRunner.RunClean(input);
            const int Rows = 300, Width = 8, Stride = 2;
            var expected = new int[(Rows * Stride) + Width];
            for (int y = 0; y < Rows; y++)
            {
                for (int x = 0; x < Width; x++)
                {
                    expected[(y * Stride) + x] = y + 1;
                }
            }

            // The helper on a thread of its own, started at once (the race above needs two workers side by side).
            var options = new ParallelOptions { MaxDegreeOfParallelism = 2, TaskScheduler = ThreadPerTaskScheduler.Instance };
            for (int round = 0; round < 5; round++)
            {
                Assert.Equal(expected, (int[])GeneratorRunner.Invoke(output, "C", "OwnerParallel", Rows, Width, Stride, options)!);
            }
        }

        private static CSharpCompilation Compile(string source) => TestReferences.Compile(null, NullableContextOptions.Enable, source);
    }
}
