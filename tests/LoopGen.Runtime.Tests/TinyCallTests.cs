using System;
using System.Collections.Generic;
using LoopGen.Runtime.Tests.Kernels;
using Xunit;

namespace LoopGen.Runtime.Tests
{
    /// <summary>
    /// Below the threshold the twin costs what M costs: its sequential path allocates no ParallelOptions and no
    /// closure (the parallel body lives in a separate generated method), so a tiny call allocates exactly what
    /// M allocates. Measured on a warm call, on this thread, with the same inputs.
    /// </summary>
    public class TinyCallTests
    {
        [Fact]
        public void TinyProductsAllocateNoMoreThanM()
        {
            var outer = new List<int> { 1, 2, 3 };
            var inner = new List<int> { 4, 5, 6 };
            long m = Allocated(() => ResultShapeKernels.Products(outer, inner));
            long twin = Allocated(() => ResultShapeKernels.ProductsParallel(outer, inner));
            Assert.True(m > 0, "M allocates its table");
            Assert.True(twin <= m, $"MParallel allocated {twin} bytes where M allocated {m}");
        }

        [Fact]
        public void TinyReductionAllocatesNothing()
        {
            int[] a = { 1, 2, 3 };
            int[] b = { 4, 5, 6 };
            Assert.Equal(ReductionKernels.SumOfProducts(a, b), ReductionKernels.SumOfProductsParallel(a, b));
            Assert.Equal(0, Allocated(() => ReductionKernels.SumOfProducts(a, b)));
            Assert.Equal(0, Allocated(() => ReductionKernels.SumOfProductsParallel(a, b)));
        }

        [Fact]
        public void TinyNestReadingParametersAllocatesNoMoreThanM()
        {
            // The body reads both parameters: a closure over them would be allocated on entry.
            var left = new[] { 1, 2, 3 };
            var right = new[] { 4, 5, 6 };
            long m = Allocated(() => ResultShapeKernels.JaggedProducts(left, right));
            long twin = Allocated(() => ResultShapeKernels.JaggedProductsParallel(left, right));
            Assert.True(twin <= m, $"MParallel allocated {twin} bytes where M allocated {m}");
        }

        /// <summary>The bytes one call allocates on this thread, after warm-up calls (JIT tiers, static set-up).</summary>
        private static long Allocated<T>(Func<T> call)
        {
            for (int i = 0; i < 50; i++)
            {
                GC.KeepAlive(call());
            }

            long least = long.MaxValue;
            for (int attempt = 0; attempt < 5; attempt++)
            {
                long before = GC.GetAllocatedBytesForCurrentThread();
                T result = call();
                long after = GC.GetAllocatedBytesForCurrentThread();
                GC.KeepAlive(result);
                least = Math.Min(least, after - before);
            }

            return least;
        }
    }
}
