using System;
using System.Linq;
using System.Threading.Tasks;
using CsCheck;
using LoopGen.Runtime.Tests.Harness;
using LoopGen.Runtime.Tests.Kernels;
using Xunit;

namespace LoopGen.Runtime.Tests
{
    /// <summary>
    /// M against MParallel for array reductions (histograms, column sums): integer counts and sums exact,
    /// out-of-range keys throwing the same exception with the same counts left in the array, and
    /// floating-point column sums close to M and the same bits for a given degree of parallelism.
    /// </summary>
    public class ArrayReductionTests
    {
        private static readonly Type K = typeof(ArrayReductionKernels);
        private static readonly Type E = typeof(ArrayReductionKernelsEager);

        private static Gen<(int[], int[])> TwoArrays(int low, int high) => Gen.Select(Gens.Ints(low, high), Gens.Ints(low, high));

        [Fact]
        public void Histogram() => Gens.Differential(K, E, nameof(ArrayReductionKernels.Histogram), TwoArrays(-1000, 1000), t => new object?[] { t.Item1, t.Item2 });

        [Fact]
        public void HistogramInto_ThrowsLikeM() => Gens.Differential(
            K,
            E,
            nameof(ArrayReductionKernels.HistogramInto),
            Gen.Select(Gens.Ints(0, 9), Gens.Ints(-1, 4), Gen.Int[0, 3]),
            t => new object?[] { t.Item1, t.Item2, Enumerable.Range(0, 6 + t.Item3).ToArray() },
            expectThrows: true);

        [Fact]
        public void ColumnSums() => Gens.Differential(K, E, nameof(ArrayReductionKernels.ColumnSums), TwoArrays(int.MinValue, int.MaxValue), t => new object?[] { t.Item1, t.Item2 });

        [Fact]
        public void TriangularHistogram() => Gens.Differential(K, E, nameof(ArrayReductionKernels.TriangularHistogram), Gens.Ints(-100, 100), a => new object?[] { a });

        [Fact]
        public void Joint() => Gens.Differential(K, E, nameof(ArrayReductionKernels.Joint), Gen.Select(Gens.IntList(-50, 50), Gens.IntList(-50, 50)), t => new object?[] { t.Item1, t.Item2 });

        /// <summary>
        /// When an out-of-range key throws, M leaves the counts of every update before it in the array: so must
        /// MParallel, on the parallel path, for every degree of parallelism (the differential harness compares
        /// only the exception when both throw).
        /// </summary>
        [Fact]
        public void HistogramInto_LeavesTheCountsOfMWhenItThrows()
        {
            int threw = 0;
            Gen.Select(Gen.Int[0, 9].Array[1, 300], Gen.Int[-1, 4].Array[1, 300], Gen.Int[1, 4]).Sample((a, b, degree) =>
            {
                int[] expectedHist = Enumerable.Range(0, 8).ToArray();
                Exception? expected = Catch(() => ArrayReductionKernels.HistogramInto(a, b, expectedHist));
                int[] actualHist = Enumerable.Range(0, 8).ToArray();
                Exception? actual = Catch(() => ArrayReductionKernelsEager.HistogramIntoParallel(a, b, actualHist, new ParallelOptions { MaxDegreeOfParallelism = degree }));
                Assert.Equal(expected?.GetType(), actual?.GetType());
                Assert.Equal(expected?.Message, actual?.Message);
                Assert.Equal(expectedHist, actualHist);
                if (expected is not null)
                {
                    Bump(ref threw);
                }
            }, iter: 300);
            Assert.True(threw > 30, $"only {threw} inputs threw");
        }

        [Fact]
        public void HandComputedValues()
        {
            // Expected values worked out by hand, independent of both M and MParallel.
            foreach (Type k in new[] { K, E })
            {
                var hist = (int[])Invoke(k, "HistogramParallel", new[] { 1, 2 }, new[] { 0, 1, 16 })!; // keys 1, 2, 1, 2, 3, 2
                Assert.Equal(new[] { 0, 2, 3, 1 }, hist.Take(4).ToArray());
                Assert.Equal(6, hist.Sum());
                Assert.Equal(new[] { 3L * 5, 3L * -1 }, (long[])Invoke(k, "ColumnSumsParallel", new[] { 1, 2 }, new[] { 5, -1 })!); // (1+2) * b[j]
                var triangle = (long[])Invoke(k, "TriangularHistogramParallel", new[] { 1, 3, 1 })!; // 3^1 = 2, 1^1 = 0, 1^3 = 2
                Assert.Equal(2L, triangle[2]);
                Assert.Equal(1L, triangle[0]);
                Assert.Equal(3L, triangle.Sum());
            }
        }

        [Fact]
        public void LargeInputsTakeTheParallelPath()
        {
            var rnd = new Random(11);
            int[] A(int n, int lo, int hi) => Enumerable.Range(0, n).Select(_ => rnd.Next(lo, hi)).ToArray();
            void Large(string name, params object?[] args) => Assert.True(Twins.Check(K, name, args).SawParallel, name + ": the large input stayed sequential");

            Large(nameof(ArrayReductionKernels.Histogram), A(600, -2000, 2000), A(600, -2000, 2000));
            Large(nameof(ArrayReductionKernels.HistogramInto), A(600, 0, 9), A(600, -1, 4), Enumerable.Range(0, 10).ToArray());
            Large(nameof(ArrayReductionKernels.ColumnSums), A(600, -2000, 2000), A(600, -2000, 2000));
            Large(nameof(ArrayReductionKernels.TriangularHistogram), A(900, -2000, 2000));
            Large(nameof(ArrayReductionKernels.Joint), A(600, -50, 50).ToList(), A(600, -50, 50).ToList());
        }

        /// <summary>Floating-point column sums: close to M, and the same bits on every run for a given degree of parallelism.</summary>
        [Fact]
        public void DoubleColumnSumsAreCloseAndDeterministic()
        {
            Gen.Select(Gens.Doubles(-3, 3), Gens.Doubles(-3, 3), Gen.Int[1, 4]).Sample((a, b, degree) =>
            {
                double[] expected = ArrayReductionKernels.ColumnSumsOfDoubles(a, b);
                var options = new ParallelOptions { MaxDegreeOfParallelism = degree };
                double[] first = ArrayReductionKernelsEager.ColumnSumsOfDoublesParallel(a, b, options);
                double[] second = ArrayReductionKernelsEager.ColumnSumsOfDoublesParallel(a, b, options);
                Assert.Equal(expected.Length, first.Length);
                for (int j = 0; j < expected.Length; j++)
                {
                    Assert.True(Math.Abs(first[j] - expected[j]) <= 1e-9 * Math.Max(1.0, Math.Abs(expected[j])), $"column {j}: {first[j]:R} vs {expected[j]:R}");
                    Assert.Equal(BitConverter.DoubleToInt64Bits(first[j]), BitConverter.DoubleToInt64Bits(second[j]));
                }

                // Below the default threshold: the original loop, M's bits.
                Assert.Equal(expected, ArrayReductionKernels.ColumnSumsOfDoublesParallel(a, b));
            }, iter: 150);
        }

        [Fact]
        public void MergeCount_TakesTheDonePrefixAndTheChunkThatThrew()
        {
            const byte N = ArrayReductions.NotStarted, S = ArrayReductions.Started, D = ArrayReductions.Done;
            Assert.Equal(3, ArrayReductions.MergeCount(new[] { D, D, D }));
            Assert.Equal(2, ArrayReductions.MergeCount(new[] { D, S, D, S })); // chunk 1 threw: chunks 0 and 1
            Assert.Equal(1, ArrayReductions.MergeCount(new[] { D, N, D })); // cancelled before chunk 1 started
            Assert.Equal(0, ArrayReductions.MergeCount(new[] { N, D }));
            Assert.Equal(0, ArrayReductions.MergeCount(new byte[0]));
        }

        [Fact]
        public void Limit_BoundsTheCopiesButKeepsOneChunkPerWorker()
        {
            LoopPlan plan = ParallelLoop.PlanCells(1_000_000, 4); // 128 chunks
            Assert.Equal(128, plan.ChunkCount);
            Assert.Equal(plan.ChunkCount, ArrayReductions.Limit(plan, 256, 1_000_000).ChunkCount); // 128 x 256 copies: cheap
            LoopPlan big = ArrayReductions.Limit(plan, 100_000, 1_000_000); // a quarter of the work: 2.5 copies, so one per worker
            Assert.Equal(4, big.ChunkCount);
            Assert.Equal(4, big.Degree);
            Assert.True(big.ChunkSize * big.ChunkCount >= big.Count && big.ChunkSize * (big.ChunkCount - 1) < big.Count);
            LoopPlan budget = ArrayReductions.Limit(plan, 100_000, long.MaxValue); // the memory budget: 2^21 / 10^5 = 20 copies
            Assert.Equal(20, budget.ChunkCount);
            Assert.Equal(1_000_000, budget.Count);
        }

        private static object? Invoke(Type k, string name, params object[] args)
            => k.GetMethods().Single(m => m.Name == name && m.GetParameters().Length == args.Length).Invoke(null, args);

        private static Exception? Catch(Action action)
        {
            try
            {
                action();
                return null;
            }
            catch (Exception ex)
            {
                return ex;
            }
        }

        private static void Bump(ref int counter) => System.Threading.Interlocked.Increment(ref counter);
    }
}
