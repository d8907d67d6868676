// Copy of Kernels/ArrayReductionKernels.cs with MinParallelWork = 1 on every [Parallelize], so that small inputs take the parallel path.
// Written by EagerCopiesTests (run the tests with LOOPGEN_REFRESH_EAGER=1 to refresh); do not edit by hand.
using System;
using System.Collections.Generic;
using LoopGen;

namespace LoopGen.Runtime.Tests.Kernels
{
    /// <summary>Array reductions: histograms and column sums accumulated across outer iterations.</summary>
    public static partial class ArrayReductionKernelsEager
    {
        [Parallelize(MinParallelWork = 1)]
        public static int[] Histogram(int[] a, int[] b)
        {
            var hist = new int[16];
            for (int i = 0; i < a.Length; i++)
            {
                for (int j = 0; j < b.Length; j++)
                {
                    hist[(a[i] + b[j]) & 15]++;
                }
            }

            return hist;
        }

        /// <summary>Keys straight from the data: out of range ones throw, and the counts so far stay in <paramref name="hist"/>.</summary>
        [Parallelize(MinParallelWork = 1)]
        public static void HistogramInto(int[] a, int[] b, int[] hist)
        {
            for (int i = 0; i < a.Length; i++)
            {
                for (int j = 0; j < b.Length; j++)
                {
                    hist[a[i] - b[j]] += 1;
                }
            }
        }

        [Parallelize(MinParallelWork = 1)]
        public static long[] ColumnSums(int[] a, int[] b)
        {
            var col = new long[b.Length];
            for (int i = 0; i < a.Length; i++)
            {
                for (int j = 0; j < b.Length; j++)
                {
                    col[j] += (long)a[i] * b[j];
                }
            }

            return col;
        }

        [Parallelize(MinParallelWork = 1)]
        public static double[] ColumnSumsOfDoubles(double[] a, double[] b)
        {
            var col = new double[b.Length];
            for (int i = 0; i < a.Length; i++)
            {
                for (int j = 0; j < b.Length; j++)
                {
                    col[j] += Math.Sin(a[i] * b[j]);
                }
            }

            return col;
        }

        [Parallelize(MinParallelWork = 1)]
        public static long[] TriangularHistogram(int[] a)
        {
            var hist = new long[32];
            for (int i = 0; i < a.Length; i++)
            {
                for (int j = 0; j < i; j++)
                {
                    hist[(a[i] ^ a[j]) & 31] += 1;
                }
            }

            return hist;
        }

        [Parallelize(MinParallelWork = 1)]
        public static (int[,] Joint, uint[] Masks, long Pairs) Joint(List<int> xs, List<int> ys)
        {
            var joint = new int[4, 4];
            var masks = new uint[8];
            long pairs = 0;
            foreach (var x in xs)
            {
                foreach (var y in ys)
                {
                    joint[x & 3, y & 3]++;
                    masks[(x + y) & 7] ^= (uint)(x * 31 + y);
                    pairs++;
                }
            }

            return (joint, masks, pairs);
        }
    }
}
