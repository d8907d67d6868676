// Copy of Kernels/ReductionKernels.cs with MinParallelWork = 1 on every [Parallelize], so that small inputs take the parallel path.
// Written by EagerCopiesTests (run the tests with LOOPGEN_REFRESH_EAGER=1 to refresh); do not edit by hand.
using System;
using System.Collections.Generic;
using LoopGen;

namespace LoopGen.Runtime.Tests.Kernels
{
    /// <summary>Scalar reductions over nests.</summary>
    public static partial class ReductionKernelsEager
    {
        [Parallelize(MinParallelWork = 1)]
        public static long SumOfProducts(int[] a, int[] b)
        {
            long sum = 0;
            for (int i = 0; i < a.Length; i++)
            {
                for (int j = 0; j < b.Length; j++)
                {
                    sum += (long)a[i] * b[j];
                }
            }

            return sum;
        }

        [Parallelize(MinParallelWork = 1)]
        public static int CountLarger(List<int> xs, List<int> ys)
        {
            int count = 0;
            foreach (var x in xs)
            {
                foreach (var y in ys)
                {
                    if (x > y)
                    {
                        count++;
                    }
                }
            }

            return count;
        }

        [Parallelize(MinParallelWork = 1)]
        public static int MaxDifference(int[] a, int[] b)
        {
            int max = int.MinValue;
            for (int i = 0; i < a.Length; i++)
            {
                for (int j = 0; j < b.Length; j++)
                {
                    max = Math.Max(max, a[i] - b[j]);
                }
            }

            return max;
        }

        [Parallelize(MinParallelWork = 1)]
        public static long MinTriangle(int[] a)
        {
            long best = long.MaxValue;
            for (int i = 0; i < a.Length; i++)
            {
                for (int j = 0; j < i; j++)
                {
                    best = Math.Min((long)a[i] * a[j], best);
                }
            }

            return best;
        }

        [Parallelize(MinParallelWork = 1)]
        public static long WrappingProduct(int[] a, int[] b)
        {
            long product = 1;
            for (int i = 0; i < a.Length; i++)
            {
                for (int j = 0; j < b.Length; j++)
                {
                    product *= (a[i] ^ b[j]) | 1;
                }
            }

            return product;
        }

        [Parallelize(MinParallelWork = 1)]
        public static (int Or, int Xor, int And) Bits(int[] a, int[] b)
        {
            int any = 0;
            int parity = 0;
            int all = -1;
            for (int i = 0; i < a.Length; i++)
            {
                for (int j = 0; j < b.Length; j++)
                {
                    any |= a[i] & b[j];
                    parity ^= a[i] + b[j];
                    all &= a[i] | b[j];
                }
            }

            return (any, parity, all);
        }

        [Parallelize(MinParallelWork = 1)]
        public static (long Positive, int Negatives, int Zeros) Signs(int[] a, int[] b)
        {
            long positive = 0;
            int negatives = 0;
            int zeros = 0;
            foreach (int x in a)
            {
                foreach (int y in b)
                {
                    int p = x * y;
                    if (p > 0)
                    {
                        positive += p;
                    }
                    else if (p < 0)
                    {
                        negatives--;
                    }
                    else
                    {
                        zeros = zeros + 1;
                    }
                }
            }

            return (positive, negatives, zeros);
        }

        [Parallelize(MinParallelWork = 1)]
        public static long LongCounters(long rows, long columns)
        {
            long hits = 0;
            for (long r = 0; r < rows; r++)
            {
                for (long c = 0; c < columns; c++)
                {
                    if ((r * c) % 7 == 3)
                    {
                        hits += 1;
                    }
                }
            }

            return hits;
        }

        [Parallelize(MinParallelWork = 1)]
        public static double SinSum(int n, int m)
        {
            double total = 0;
            for (int i = 0; i < n; i++)
            {
                for (int j = 0; j < m; j++)
                {
                    total += Math.Sin(i * (double)j);
                }
            }

            return total;
        }

        [Parallelize(MinParallelWork = 1)]
        public static double TriangleEnergy(double[] xs)
        {
            double energy = 0.0;
            for (int i = 0; i < xs.Length; i++)
            {
                for (int j = 0; j < i; j++)
                {
                    double d = xs[i] - xs[j];
                    energy += 1.0 / (1.0 + (d * d));
                }
            }

            return energy;
        }
    }
}
