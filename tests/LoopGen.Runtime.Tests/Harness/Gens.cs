using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using CsCheck;
using Xunit;

namespace LoopGen.Runtime.Tests.Harness
{
    /// <summary>Input generators and the differential driver shared by the test classes.</summary>
    public static class Gens
    {
        /// <summary>Sizes: 0 and 1 often, small sizes mostly, now and then a few dozen.</summary>
        public static readonly Gen<int> Size = Gen.Frequency(
            (2, Gen.Const(0)),
            (2, Gen.Const(1)),
            (10, Gen.Int[2, 12]),
            (2, Gen.Int[13, 40]));

        public static Gen<int[]> Ints(int low, int high) => Size.SelectMany(n => Gen.Int[low, high].Array[n]);

        public static Gen<List<int>> IntList(int low, int high) => Ints(low, high).Select(a => a.ToList());

        public static Gen<double[]> Doubles(double low, double high) => Size.SelectMany(n => Gen.Double[low, high].Array[n]);

        /// <summary>The number of iterations per kernel and variant; the whole suite makes well over 10,000 cases.</summary>
        public const int Iterations = 160;

        /// <summary>
        /// Runs the differential check on <paramref name="iterations"/> random inputs against both the
        /// kernel (LoopGen's default threshold) and its eager copy (MinParallelWork = 1), and asserts that
        /// the eager copy did take the parallel path on some of them.
        /// </summary>
        public static void Differential<T>(Type kernels, Type eager, string name, Gen<T> gen, Func<T, object?[]> arguments, int iterations = Iterations, Type[]? typeArguments = null, bool expectThrows = false)
        {
            long parallel = 0;
            long threw = 0;
            gen.Sample(
                value =>
                {
                    Twins.Check(kernels, name, arguments(value), typeArguments ?? Type.EmptyTypes);
                    (bool sawParallel, bool didThrow) = Twins.Check(eager, name, arguments(value), typeArguments ?? Type.EmptyTypes);
                    if (sawParallel)
                    {
                        Interlocked.Increment(ref parallel);
                    }

                    if (didThrow)
                    {
                        Interlocked.Increment(ref threw);
                    }
                },
                iter: iterations);
            Assert.True(parallel > 0, $"{eager.Name}.{name}: no input took the parallel path");
            if (expectThrows)
            {
                Assert.True(threw > iterations / 10, $"{name}: only {threw} of {iterations} inputs threw; the generator should make more throw");
                Assert.True(threw < iterations, $"{name}: every input threw; the generator should make some succeed");
            }
        }
    }
}
