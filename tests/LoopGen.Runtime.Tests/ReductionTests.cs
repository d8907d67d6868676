using System;
using System.Linq;
using CsCheck;
using LoopGen.Runtime.Tests.Harness;
using LoopGen.Runtime.Tests.Kernels;
using Xunit;

namespace LoopGen.Runtime.Tests
{
    /// <summary>M against MParallel for scalar reductions; integer results must be exact.</summary>
    public class ReductionTests
    {
        private static readonly Type K = typeof(ReductionKernels);
        private static readonly Type E = typeof(ReductionKernelsEager);

        private static Gen<(int[], int[])> TwoArrays(int low, int high) => Gen.Select(Gens.Ints(low, high), Gens.Ints(low, high));

        [Fact]
        public void SumOfProducts() => Gens.Differential(K, E, nameof(ReductionKernels.SumOfProducts), TwoArrays(-1000, 1000), t => new object?[] { t.Item1, t.Item2 });

        [Fact]
        public void CountLarger() => Gens.Differential(K, E, nameof(ReductionKernels.CountLarger), Gen.Select(Gens.IntList(-9, 9), Gens.IntList(-9, 9)), t => new object?[] { t.Item1, t.Item2 });

        [Fact]
        public void MaxDifference() => Gens.Differential(K, E, nameof(ReductionKernels.MaxDifference), TwoArrays(-100, 100), t => new object?[] { t.Item1, t.Item2 });

        [Fact]
        public void MinTriangle() => Gens.Differential(K, E, nameof(ReductionKernels.MinTriangle), Gens.Ints(-100, 100), a => new object?[] { a });

        [Fact]
        public void WrappingProduct() => Gens.Differential(K, E, nameof(ReductionKernels.WrappingProduct), TwoArrays(int.MinValue, int.MaxValue), t => new object?[] { t.Item1, t.Item2 });

        [Fact]
        public void Bits() => Gens.Differential(K, E, nameof(ReductionKernels.Bits), TwoArrays(int.MinValue, int.MaxValue), t => new object?[] { t.Item1, t.Item2 });

        [Fact]
        public void Signs() => Gens.Differential(K, E, nameof(ReductionKernels.Signs), TwoArrays(-3, 3), t => new object?[] { t.Item1, t.Item2 });

        [Fact]
        public void LongCounters() => Gens.Differential(K, E, nameof(ReductionKernels.LongCounters), Gen.Select(Gen.Long[-2, 40], Gen.Long[-2, 40]), t => new object?[] { t.Item1, t.Item2 });

        [Fact]
        public void HandComputedValues()
        {
            // Expected values worked out by hand, independent of both M and MParallel.
            foreach (Type k in new[] { K, E })
            {
                int[] a = { 1, 2, 3 };
                int[] b = { 10, -1 };
                Assert.Equal(6L * 9, Invoke<long>(k, "SumOfProductsParallel", a, b)); // (1+2+3) * (10-1)
                Assert.Equal(4, Invoke<int>(k, "MaxDifferenceParallel", a, b)); // 3 - (-1)
                Assert.Equal(int.MinValue, Invoke<int>(k, "MaxDifferenceParallel", Array.Empty<int>(), b));
                Assert.Equal(2L, Invoke<long>(k, "MinTriangleParallel", new[] { 1, 2, 3 })); // min(2*1, 3*1, 3*2)
                Assert.Equal(long.MaxValue, Invoke<long>(k, "MinTriangleParallel", new[] { 5 }));
                Assert.Equal(4, Invoke<int>(k, "CountLargerParallel", new[] { 1, 5 }.ToList(), new[] { 0, 2, 4 }.ToList())); // 1>0, 5>0, 5>2, 5>4
                Assert.Equal((5L, -2, 2), Invoke<(long, int, int)>(k, "SignsParallel", new[] { 1, -1, 0 }, new[] { 2, -3 }));
                Assert.Equal(3L, Invoke<long>(k, "LongCountersParallel", 4L, 6L)); // r*c % 7 == 3: (1,3), (3,1), (2,5)
            }
        }

        private static T Invoke<T>(Type k, string name, params object[] args)
        {
            var method = k.GetMethods().Single(m => m.Name == name && m.GetParameters().Length == args.Length);
            return (T)method.Invoke(null, args)!;
        }

        [Fact]
        public void LargeInputsTakeTheParallelPath()
        {
            var rnd = new Random(7);
            int[] A(int n, int lo, int hi) => Enumerable.Range(0, n).Select(_ => rnd.Next(lo, hi)).ToArray();
            void Large(string name, params object?[] args) => Assert.True(Twins.Check(K, name, args).SawParallel, name + ": the large input stayed sequential");

            Large(nameof(ReductionKernels.SumOfProducts), A(500, -2000, 2000), A(500, -2000, 2000));
            Large(nameof(ReductionKernels.CountLarger), A(500, -50, 50).ToList(), A(500, -50, 50).ToList());
            Large(nameof(ReductionKernels.MaxDifference), A(500, -2000, 2000), A(500, -2000, 2000));
            Large(nameof(ReductionKernels.MinTriangle), A(800, -2000, 2000));
            Large(nameof(ReductionKernels.WrappingProduct), A(500, int.MinValue, int.MaxValue), A(500, int.MinValue, int.MaxValue));
            Large(nameof(ReductionKernels.Bits), A(500, int.MinValue, int.MaxValue), A(500, int.MinValue, int.MaxValue));
            Large(nameof(ReductionKernels.Signs), A(500, -3, 4), A(500, -3, 4));
            Large(nameof(ReductionKernels.LongCounters), 500L, 500L);
        }

        /// <summary>
        /// Floating-point reductions: MParallel need not give M's bits (the chunks' partial sums are added
        /// in another order), but it must be close, and the same for a given degree of parallelism.
        /// </summary>
        [Fact]
        public void DoubleReductionsAreCloseToSequential()
        {
            double worst = 0;
            Gen.Select(Gen.Int[0, 60], Gen.Int[0, 60]).Sample((n, m) =>
            {
                foreach (var (seq, par) in new (Func<double>, Func<int, double>)[]
                {
                    (() => ReductionKernels.SinSum(n, m), d => ReductionKernels.SinSumParallel(n, m, new System.Threading.Tasks.ParallelOptions { MaxDegreeOfParallelism = d })),
                    (() => ReductionKernelsEager.SinSum(n, m), d => ReductionKernelsEager.SinSumParallel(n, m, new System.Threading.Tasks.ParallelOptions { MaxDegreeOfParallelism = d })),
                })
                {
                    double expected = seq();
                    foreach (int d in new[] { 1, 2, 4 })
                    {
                        double actual = par(d);
                        double scale = Math.Max(1.0, Math.Abs(expected));
                        double rel = Math.Abs(actual - expected) / scale;
                        lock (this)
                        {
                            worst = Math.Max(worst, rel);
                        }

                        Assert.True(rel <= 1e-9, $"SinSum({n}, {m}) DOP {d}: {actual:R} vs {expected:R}");
                        Assert.Equal(BitConverter.DoubleToInt64Bits(actual), BitConverter.DoubleToInt64Bits(par(d)));
                    }
                }
            }, iter: 150);

            Gen.Select(Gens.Doubles(-5, 5), Gen.Int[1, 4]).Sample((xs, d) =>
            {
                double expected = ReductionKernels.TriangleEnergy(xs);
                double actual = ReductionKernelsEager.TriangleEnergyParallel(xs, new System.Threading.Tasks.ParallelOptions { MaxDegreeOfParallelism = d });
                Assert.True(Math.Abs(actual - expected) <= 1e-9 * Math.Max(1.0, Math.Abs(expected)), $"TriangleEnergy: {actual:R} vs {expected:R}");
                Assert.Equal(expected, ReductionKernels.TriangleEnergyParallel(xs)); // below the default threshold: the original loop, same bits
            }, iter: 150);
        }
    }
}
