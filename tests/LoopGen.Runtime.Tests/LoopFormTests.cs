using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using LoopGen.Runtime.Tests.Harness;
using LoopGen.Runtime.Tests.Kernels;
using Xunit;

namespace LoopGen.Runtime.Tests
{
    /// <summary>M against MParallel for loop headers, bodies with continue/break/calls, 3-deep nests and stencils.</summary>
    public class LoopFormTests
    {
        private static readonly Type K = typeof(LoopFormKernels);
        private static readonly Type E = typeof(LoopFormKernelsEager);

        private static Gen<(int, int)> Bounds => Gen.Select(Gen.Int[-3, 40], Gen.Int[-3, 40]);

        [Fact]
        public void PartialDeclared() => Gens.Differential(K, E, nameof(LoopFormKernels.PartialDeclared), Bounds, t => new object?[] { t.Item1, t.Item2 });

        [Fact]
        public void PartialImplemented() => Gens.Differential(K, E, nameof(LoopFormKernels.PartialImplemented), Gen.Int[-3, 60], n => new object?[] { n });

        [Fact]
        public void Strided() => Gens.Differential(K, E, nameof(LoopFormKernels.Strided), Bounds, t => new object?[] { t.Item1, t.Item2 });

        [Fact]
        public void CountingDown() => Gens.Differential(K, E, nameof(LoopFormKernels.CountingDown), Bounds, t => new object?[] { t.Item1, t.Item2 });

        [Fact]
        public void DownByThree() => Gens.Differential(K, E, nameof(LoopFormKernels.DownByThree), Gen.Select(Gen.Int[-10, 60], Gen.Int[-2, 20]), t => new object?[] { t.Item1, t.Item2 });

        [Fact]
        public void UpperInclusive() => Gens.Differential(K, E, nameof(LoopFormKernels.UpperInclusive), Gen.Int[-2, 45], n => new object?[] { n });

        [Fact]
        public void ArrayForeach() => Gens.Differential(K, E, nameof(LoopFormKernels.ArrayForeach), Gen.Select(Gens.Doubles(-1e3, 1e3), Gens.Doubles(-1e3, 1e3)), t => new object?[] { t.Item1, t.Item2 });

        [Fact]
        public void ReadOnlyLists() => Gens.Differential(K, E, nameof(LoopFormKernels.ReadOnlyLists), Gen.Select(Gens.Ints(-50, 50), Gens.IntList(-9, 9), Gen.Bool), t =>
            t.Item3 ? new object?[] { t.Item1, t.Item2 } : new object?[] { t.Item2, t.Item1 });

        [Fact]
        public void OtherListClass_TheSizeProbeRunsNoneOfItsCode()
        {
            // A list of another class than List<T> or an array: the twin runs the original loop, and its size probe must not
            // read the list's Count (code M does not run: the foreach walks the enumerator) or read it once more than M.
            foreach (int size in new[] { 0, 3, 700 })
            {
                var counts = new List<(int Xs, int Ys)>();
                foreach (Func<IReadOnlyList<int>, IList<int>, List<List<int>>> run in new Func<IReadOnlyList<int>, IList<int>, List<List<int>>>[]
                {
                    LoopFormKernels.ReadOnlyLists, LoopFormKernels.ReadOnlyListsParallel, LoopFormKernelsEager.ReadOnlyListsParallel,
                })
                {
                    var xs = new CountingList(size);
                    var ys = new CountingList(size);
                    Assert.Equal(size, run(xs, ys).Count);
                    counts.Add((xs.CountReads, ys.CountReads));
                }

                Assert.Equal((0, 0), counts[0]);
                Assert.All(counts, c => Assert.Equal(counts[0], c));

                var bound = new List<int>();
                foreach (Func<IReadOnlyList<int>, int, List<List<int>>> run in new Func<IReadOnlyList<int>, int, List<List<int>>>[]
                {
                    LoopFormKernels.ReadOnlyListBound, LoopFormKernels.ReadOnlyListBoundParallel, LoopFormKernelsEager.ReadOnlyListBoundParallel,
                })
                {
                    var xs = new CountingList(size);
                    Assert.Equal(size, run(xs, 700).Count);
                    bound.Add(xs.CountReads);
                }

                // 'i < xs.Count' is read once per iteration and once more to stop.
                Assert.Equal(size + 1, bound[0]);
                Assert.All(bound, c => Assert.Equal(size + 1, c));
            }
        }

        [Fact]
        public void Ranges()
        {
            // A negative count makes Enumerable.Range throw: in both, the same ArgumentOutOfRangeException.
            Gens.Differential(K, E, nameof(LoopFormKernels.Ranges), Gen.Select(Gen.Int[-5, 5], Gen.Int[-1, 30], Gen.Int[-1, 30]), t => new object?[] { t.Item1, t.Item2, t.Item3 });
        }

        [Fact]
        public void SkipMultiples() => Gens.Differential(K, E, nameof(LoopFormKernels.SkipMultiples), Bounds, t => new object?[] { t.Item1, t.Item2 });

        [Fact]
        public void SkipSum() => Gens.Differential(K, E, nameof(LoopFormKernels.SkipSum), Gen.Select(Gens.Ints(-4, 4), Gens.Ints(-4, 4)), t => new object?[] { t.Item1, t.Item2 });

        [Fact]
        public void Mixed() => Gens.Differential(K, E, nameof(LoopFormKernels.Mixed), Gen.Select(Gens.Ints(-1000, 1000), Gens.Ints(-1000, 1000)), t => new object?[] { t.Item1, t.Item2 });

        [Fact]
        public void MatrixMultiply()
        {
            var gen = Gen.Select(Gen.Int[0, 12], Gen.Int[0, 12], Gen.Int[0, 12], Gen.Int[-1, 1]).SelectMany((n, k, p, mismatch) =>
                Gen.Select(Gen.Int[-20, 20].Array2D[n, k], Gen.Int[-20, 20].Array2D[Math.Max(0, k + mismatch), p]));
            Gens.Differential(K, E, nameof(LoopFormKernels.MatrixMultiply), gen, t => new object?[] { t.Item1, t.Item2 });
        }

        [Fact]
        public void JaggedMultiply()
        {
            var gen = Gen.Select(Gen.Int[0, 10], Gen.Int[0, 10], Gen.Int[0, 10]).SelectMany((n, k, p) =>
                Gen.Select(Gen.Double[-10, 10].Array[k].Array[n], Gen.Double[-10, 10].Array[p].Array[k], Gen.Const(k), Gen.Const(p)));
            Gens.Differential(K, E, nameof(LoopFormKernels.JaggedMultiply), gen, t => new object?[] { t.Item1, t.Item2, t.Item3, t.Item4 });
        }

        [Fact]
        public void Blur()
        {
            // Distinct arrays; the same array as source and target (the generated code must see the alias
            // and run the original loop, which reads cells it has just written); a target too small.
            var gen = Gen.Select(Gen.Int[0, 14], Gen.Int[0, 14], Gen.Int[0, 4]).SelectMany((r, c, mode) =>
                Gen.Select(Gen.Int[-50, 50].Array2D[r, c], Gen.Const(mode)));
            Gens.Differential(K, E, nameof(LoopFormKernels.Blur), gen, t =>
            {
                int[,] source = t.Item1;
                int[,] target = t.Item2 switch
                {
                    0 => source,
                    1 => new int[Math.Max(0, source.GetLength(0) - 1), source.GetLength(1)],
                    _ => new int[source.GetLength(0), source.GetLength(1)],
                };
                return new object?[] { source, target };
            });
        }

        [Fact]
        public void Smooth()
        {
            var gen = Gen.Select(Gens.Size.SelectMany(n => Gen.Double[-10, 10].Array[0, 12].Array[n]), Gen.Int[0, 5]);
            Gens.Differential(K, E, nameof(LoopFormKernels.Smooth), gen, t =>
            {
                double[][] input = t.Item1;
                double[][] output = t.Item2 switch
                {
                    0 => input,                                                       // the same array
                    1 => input.Select((row, i) => i == 2 ? row : new double[row.Length]).ToArray(), // one shared row
                    2 => input.Select(row => new double[Math.Max(0, row.Length - 1)]).ToArray(),    // rows too short
                    _ => input.Select(row => new double[row.Length]).ToArray(),
                };
                return new object?[] { input, output };
            });
        }

        [Fact]
        public void PrefixRows()
        {
            var gen = Gen.Select(Gens.Size.SelectMany(n => Gen.Int[-9, 9].Array[0, 12].Array[n]), Gen.Int[0, 4]);
            Gens.Differential(K, E, nameof(LoopFormKernels.PrefixRows), gen, t =>
            {
                int[][] data = t.Item1;
                if (t.Item2 == 0 && data.Length > 3)
                {
                    data[3] = data[1]; // a row appearing twice: prefix sums applied twice, in order
                }

                return new object?[] { data };
            });
        }

        [Fact]
        public void UntilNegative() => Gens.Differential(K, E, nameof(LoopFormKernels.UntilNegative), Gens.Size.SelectMany(n => Gen.Int[-2, 20].Array[0, 12].Array[n]), d => new object?[] { d });

        [Fact]
        public void RunningTotals() => Gens.Differential(K, E, nameof(LoopFormKernels.RunningTotals), Gen.Select(Gens.Ints(-100, 100), Gen.Int[-1, 30]), t => new object?[] { t.Item1, t.Item2 });

        [Fact]
        public void LargeInputsTakeTheParallelPath()
        {
            var rnd = new Random(11);
            int[] A(int n) => Enumerable.Range(0, n).Select(_ => rnd.Next(-200, 200)).ToArray();
            int[,] M(int r, int c)
            {
                var m = new int[r, c];
                for (int i = 0; i < r; i++)
                {
                    for (int j = 0; j < c; j++)
                    {
                        m[i, j] = rnd.Next(-20, 20);
                    }
                }

                return m;
            }

            double[][] J(int r, int c) => Enumerable.Range(0, r).Select(_ => Enumerable.Range(0, c).Select(_ => rnd.NextDouble()).ToArray()).ToArray();
            void Large(string name, params object?[] args) => Assert.True(Twins.Check(K, name, args).SawParallel, name + ": the large input stayed sequential");

            Large(nameof(LoopFormKernels.Strided), 1000, 1200);
            Large(nameof(LoopFormKernels.CountingDown), 500, 1500);
            Large(nameof(LoopFormKernels.DownByThree), 1400, 500);
            Large(nameof(LoopFormKernels.UpperInclusive), 600);
            Large(nameof(LoopFormKernels.ArrayForeach), A(500).Select(x => (double)x).ToArray(), A(500).Select(x => (double)x).ToArray());
            Large(nameof(LoopFormKernels.ReadOnlyLists), A(500), A(500).ToList());
            Large(nameof(LoopFormKernels.Ranges), -3, 500, 500);
            Large(nameof(LoopFormKernels.SkipMultiples), 500, 500);
            Large(nameof(LoopFormKernels.SkipSum), A(500), A(500));
            Large(nameof(LoopFormKernels.Mixed), A(500), A(500));
            Large(nameof(LoopFormKernels.MatrixMultiply), M(140, 120), M(120, 160));
            Large(nameof(LoopFormKernels.JaggedMultiply), J(140, 120), J(120, 160), 120, 160);
            Large(nameof(LoopFormKernels.Blur), M(240, 240), new int[240, 240]);
            Large(nameof(LoopFormKernels.Smooth), J(240, 240), J(240, 240));
            Large(nameof(LoopFormKernels.PrefixRows), new object?[] { Enumerable.Range(0, 500).Select(_ => A(500)).ToArray() });
            Large(nameof(LoopFormKernels.UntilNegative), new object?[] { Enumerable.Range(0, 500).Select(_ => A(500).Select(Math.Abs).ToArray()).ToArray() });
            Large(nameof(LoopFormKernels.RunningTotals), A(500), 500);
            Large(nameof(LoopFormKernels.PartialDeclared), 600, 700);
            Large(nameof(LoopFormKernels.PartialImplemented), 1500);
        }
    

        /// <summary>A list of another class than List&lt;T&gt;, which counts the reads of its Count.</summary>
        private sealed class CountingList : IReadOnlyList<int>, IList<int>
        {
            private readonly List<int> items;

            public CountingList(int size) => this.items = Enumerable.Range(1, size).ToList();

            public int CountReads { get; private set; }

            public int Count
            {
                get
                {
                    this.CountReads++;
                    return this.items.Count;
                }
            }

            public bool IsReadOnly => true;

            public int this[int index]
            {
                get => this.items[index];
                set => throw new NotSupportedException();
            }

            public IEnumerator<int> GetEnumerator() => this.items.GetEnumerator();

            System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => this.GetEnumerator();

            public int IndexOf(int item) => this.items.IndexOf(item);

            public bool Contains(int item) => this.items.Contains(item);

            public void CopyTo(int[] array, int arrayIndex) => this.items.CopyTo(array, arrayIndex);

            public void Add(int item) => throw new NotSupportedException();

            public void Insert(int index, int item) => throw new NotSupportedException();

            public bool Remove(int item) => throw new NotSupportedException();

            public void RemoveAt(int index) => throw new NotSupportedException();

            public void Clear() => throw new NotSupportedException();
        }
    }
}
