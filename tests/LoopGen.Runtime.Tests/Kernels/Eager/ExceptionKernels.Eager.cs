// Copy of Kernels/ExceptionKernels.cs with MinParallelWork = 1 on every [Parallelize], so that small inputs take the parallel path.
// Written by EagerCopiesTests (run the tests with LOOPGEN_REFRESH_EAGER=1 to refresh); do not edit by hand.
using System;
using System.Collections.Generic;
using LoopGen;

namespace LoopGen.Runtime.Tests.Kernels
{
    /// <summary>Kernels that throw at data-dependent positions.</summary>
    public static partial class ExceptionKernelsEager
    {
        [Parallelize(MinParallelWork = 1)]
        public static List<List<int>> RejectNegative(int[] a, int[] b)
        {
            var results = new List<List<int>>();
            for (int i = 0; i < a.Length; i++)
            {
                var row = new List<int>();
                for (int j = 0; j < b.Length; j++)
                {
                    int v = a[i] * b[j];
                    if (v < 0)
                    {
                        throw new InvalidOperationException($"negative product at ({i}, {j}): {v}");
                    }

                    row.Add(v);
                }

                results.Add(row);
            }

            return results;
        }

        [Parallelize(MinParallelWork = 1)]
        public static List<List<int>> Quotients(List<int> numerators, List<int> denominators)
        {
            var results = new List<List<int>>();
            foreach (var n in numerators)
            {
                var row = new List<int>();
                foreach (var d in denominators)
                {
                    row.Add(n / d);
                }

                results.Add(row);
            }

            return results;
        }

        [Parallelize(MinParallelWork = 1)]
        public static long QuotientSum(int[] a, int[] b)
        {
            long sum = 0;
            for (int i = 0; i < a.Length; i++)
            {
                for (int j = 0; j < b.Length; j++)
                {
                    sum += 1000 / (a[i] - b[j]);
                }
            }

            return sum;
        }

        [Parallelize(MinParallelWork = 1)]
        public static List<List<int>> TriangleChecked(int[] values)
        {
            var results = new List<List<int>>();
            for (int i = 0; i < values.Length; i++)
            {
                var row = new List<int>();
                for (int j = 0; j < i; j++)
                {
                    if (values[i] == values[j])
                    {
                        throw new ArgumentException("duplicate " + values[i].ToString() + " at " + j.ToString() + " and " + i.ToString(), nameof(values));
                    }

                    row.Add(values[i] - values[j]);
                }

                results.Add(row);
            }

            return results;
        }

        private static int Validate(int value, int row)
        {
            if (value > 90)
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, "too large in row " + row.ToString());
            }

            return value * 2;
        }

        [Parallelize(MinParallelWork = 1)]
        public static int[,] ValidatedGrid(int[] a, int[] b)
        {
            var grid = new int[a.Length, b.Length];
            for (int i = 0; i < a.Length; i++)
            {
                for (int j = 0; j < b.Length; j++)
                {
                    grid[i, j] = Validate(a[i] + b[j], i);
                }
            }

            return grid;
        }

        [Parallelize(MinParallelWork = 1)]
        public static List<int> OutOfRange(int[] indexes, int[] table)
        {
            var looked = new List<int>();
            foreach (int k in indexes)
            {
                foreach (int t in table)
                {
                    looked.Add(table[k] + t);
                }
            }

            return looked;
        }

        [Parallelize(MinParallelWork = 1)]
        public static long[] FilledUntilOverflow(int[] a, int[] b, long[] sink)
        {
            for (int i = 0; i < a.Length; i++)
            {
                long acc = 0;
                for (int j = 0; j < b.Length; j++)
                {
                    acc += checked(a[i] * b[j]);
                }

                sink[i] = acc;
            }

            return sink;
        }

        private static double Slow(int i, int j)
        {
            double x = 0;
            for (int k = 0; k < 2000; k++)
            {
                x += Math.Sqrt(i + j + k);
            }

            return x;
        }

        [Parallelize(MinParallelWork = 1)]
        public static double SlowSum(int n, int m)
        {
            double s = 0;
            for (int i = 0; i < n; i++)
            {
                for (int j = 0; j < m; j++)
                {
                    s += Slow(i, j);
                }
            }

            return s;
        }
    }
}
