using System;
using System.Linq;
using CsCheck;
using LoopGen.Runtime.Tests.Harness;
using LoopGen.Runtime.Tests.Kernels;
using Xunit;

namespace LoopGen.Runtime.Tests
{
    /// <summary>M against MParallel for kernels that build lists, jagged and rectangular arrays.</summary>
    public class ResultShapeTests
    {
        private static readonly Type K = typeof(ResultShapeKernels);
        private static readonly Type E = typeof(ResultShapeKernelsEager);

        [Fact]
        public void Products() => Gens.Differential(K, E, nameof(ResultShapeKernels.Products), Gen.Select(Gens.IntList(-50, 50), Gens.IntList(-50, 50)), t => new object?[] { t.Item1, t.Item2 });

        [Fact]
        public void Triangle() => Gens.Differential(K, E, nameof(ResultShapeKernels.Triangle), Gens.IntList(-3, 30), l => new object?[] { l });

        [Fact]
        public void MultiplicationTable() => Gens.Differential(K, E, nameof(ResultShapeKernels.MultiplicationTable), Gen.Select(Gen.Int[-2, 30], Gen.Int[-2, 30]), t => new object?[] { t.Item1, t.Item2 });

        [Fact]
        public void JaggedProducts() => Gens.Differential(K, E, nameof(ResultShapeKernels.JaggedProducts), Gen.Select(Gens.Ints(-20, 20), Gens.Ints(-20, 20)), t => new object?[] { t.Item1, t.Item2 });

        [Fact]
        public void RectangularSums() => Gens.Differential(K, E, nameof(ResultShapeKernels.RectangularSums), Gen.Select(Gens.Ints(-20, 20), Gens.Ints(-20, 20)), t => new object?[] { t.Item1, t.Item2 });

        [Fact]
        public void FillDifferences()
        {
            // The target is at least as large as the loops need, sometimes larger (cells left untouched),
            // sometimes smaller (IndexOutOfRangeException, which both must throw at the same cell).
            var gen = Gen.Select(Gens.Ints(-20, 20), Gens.Ints(-20, 20), Gen.Int[-1, 2], Gen.Int[-1, 2]);
            Gens.Differential(K, E, nameof(ResultShapeKernels.FillDifferences), gen, t =>
            {
                var target = new int[Math.Max(0, t.Item1.Length + t.Item3), Math.Max(0, t.Item2.Length + t.Item4)];
                for (int i = 0; i < target.GetLength(0); i++)
                {
                    for (int j = 0; j < target.GetLength(1); j++)
                    {
                        target[i, j] = 7777;
                    }
                }

                return new object?[] { t.Item1, t.Item2, target };
            });
        }

        [Fact]
        public void FillJagged()
        {
            // Rows of random lengths, null rows (NullReferenceException), and rows shared between
            // indexes (the generated code must notice and stay sequential); empty weights divide by zero.
            var gen = Gen.Select(Gens.Size.SelectMany(n => Gen.Int[0, 12].Array[n]), Gens.Ints(-5, 5), Gen.Int[0, 9]);
            Gens.Differential(K, E, nameof(ResultShapeKernels.FillJagged), gen, t =>
            {
                int[][] target = t.Item1.Select(len => Enumerable.Repeat(-1, len).ToArray()).ToArray();
                if (target.Length > 2 && t.Item3 == 0)
                {
                    target[2] = target[0];
                }
                else if (target.Length > 3 && t.Item3 == 1)
                {
                    target[3] = null!;
                }

                return new object?[] { target, t.Item2 };
            });
        }

        [Fact]
        public void PairsAbove() => Gens.Differential(K, E, nameof(ResultShapeKernels.PairsAbove), Gen.Int[-2, 60], n => new object?[] { n });

        [Fact]
        public void FlatSums() => Gens.Differential(K, E, nameof(ResultShapeKernels.FlatSums), Gen.Select(Gens.Ints(-20, 20), Gens.Ints(-20, 20)), t => new object?[] { t.Item1, t.Item2 });

        [Fact]
        public void ScaledRows() => Gens.Differential(K, E, nameof(ResultShapeKernels.ScaledRows), Gen.Select(Gens.Doubles(-10, 10), Gen.Int[0, 20]), t => new object?[] { t.Item1, t.Item2 });

        [Fact]
        public void Labels() => Gens.Differential(K, E, nameof(ResultShapeKernels.Labels), Gen.Select(Gens.IntList(-9, 99), Gens.IntList(-9, 99)), t => new object?[] { t.Item1, t.Item2 });

        [Fact]
        public void LowerCells() => Gens.Differential(K, E, nameof(ResultShapeKernels.LowerCells), Gen.Int[-2, 40], n => new object?[] { n });

        [Fact]
        public void Tagged()
        {
            var tags = Gens.Size.SelectMany(n => Gen.String[Gen.Char['a', 'e'], 0, 3].Array[n]);
            Gens.Differential(K, E, nameof(ResultShapeKernels.Tagged), Gen.Select(Gens.Ints(0, 50), tags), t => new object?[] { t.Item1, t.Item2 });
        }

        [Fact]
        public void Tallies() => Gens.Differential(K, E, nameof(ResultShapeKernels.Tallies), Gen.Select(Gens.Ints(-20, 20), Gen.Int[-1, 15]), t => new object?[] { t.Item1, t.Item2 });

        [Fact]
        public void JaggedTriangle() => Gens.Differential(K, E, nameof(ResultShapeKernels.JaggedTriangle), Gen.Int[0, 40], n => new object?[] { n });

        [Fact]
        public void GenericZip()
        {
            var words = Gens.Size.SelectMany(n => Gen.String[Gen.Char['x', 'z'], 0, 2].Array[n]);
            Gens.Differential(K, E, nameof(ResultShapeKernels.Zip2), Gen.Select(Gens.IntList(0, 9), words), t => new object?[] { t.Item1, t.Item2 }, typeArguments: new[] { typeof(int), typeof(string) });
        }

        /// <summary>Inputs large enough that the default-threshold kernels take their parallel path.</summary>
        [Fact]
        public void LargeInputsTakeTheParallelPath()
        {
            var rnd = new Random(40481222);
            int[] A(int n) => Enumerable.Range(0, n).Select(_ => rnd.Next(-50, 50)).ToArray();
            void Large(string name, params object?[] args) => Assert.True(Twins.Check(K, name, args).SawParallel, name + ": the large input stayed sequential");

            Large(nameof(ResultShapeKernels.Products), A(520).ToList(), A(500).ToList());
            Large(nameof(ResultShapeKernels.Triangle), Enumerable.Range(0, 600).Select(i => i).ToList());
            Large(nameof(ResultShapeKernels.MultiplicationTable), 480, 500);
            Large(nameof(ResultShapeKernels.JaggedProducts), A(460), A(480));
            Large(nameof(ResultShapeKernels.RectangularSums), A(460), A(480));
            Large(nameof(ResultShapeKernels.FillDifferences), A(460), A(480), new int[460, 480]);
            Large(nameof(ResultShapeKernels.FillJagged), Enumerable.Range(0, 460).Select(_ => new int[480]).ToArray(), A(7));
            Large(nameof(ResultShapeKernels.FlatSums), A(460), A(480));
            Large(nameof(ResultShapeKernels.ScaledRows), A(460).Select(x => x * 0.5).ToArray(), 480);
            Large(nameof(ResultShapeKernels.Labels), A(300).ToList(), A(300).ToList());
            Large(nameof(ResultShapeKernels.LowerCells), 400);
            Large(nameof(ResultShapeKernels.Tagged), A(400), Enumerable.Range(0, 200).Select(i => "t" + i).ToArray());
            Large(nameof(ResultShapeKernels.Tallies), A(400), 200);
            Large(nameof(ResultShapeKernels.JaggedTriangle), 600);
            Assert.True(Twins.Check(K, nameof(ResultShapeKernels.Zip2), new object?[] { A(400).ToList(), A(400).Select(x => x.ToString()).ToArray() }, typeof(int), typeof(string)).SawParallel);
            Large(nameof(ResultShapeKernels.PairsAbove), 800);
        }
    }
}
