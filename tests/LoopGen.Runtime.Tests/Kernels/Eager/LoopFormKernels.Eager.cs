// Copy of Kernels/LoopFormKernels.cs with MinParallelWork = 1 on every [Parallelize], so that small inputs take the parallel path.
// Written by EagerCopiesTests (run the tests with LOOPGEN_REFRESH_EAGER=1 to refresh); do not edit by hand.
using System;
using System.Collections.Generic;
using System.Linq;
using LoopGen;

namespace LoopGen.Runtime.Tests.Kernels
{
    /// <summary>Loop headers and bodies of various forms.</summary>
    public static partial class LoopFormKernelsEager
    {
        [Parallelize(MinParallelWork = 1)]
        public static List<List<int>> Strided(int n, int m)
        {
            var grid = new List<List<int>>();
            for (int i = 0; i < n; i += 2)
            {
                var row = new List<int>();
                for (int j = 1; j < m; j += 3)
                {
                    row.Add((i * 100) + j);
                }

                grid.Add(row);
            }

            return grid;
        }

        [Parallelize(MinParallelWork = 1)]
        public static List<List<int>> CountingDown(int n, int m)
        {
            var lines = new List<List<int>>();
            for (int i = n - 1; i >= 0; i--)
            {
                var line = new List<int>();
                for (int j = m; j > 0; j -= 3)
                {
                    line.Add(i - j);
                }

                lines.Add(line);
            }

            return lines;
        }

        [Parallelize(MinParallelWork = 1)]
        public static List<int> DownByThree(int top, int width)
        {
            var flat = new List<int>();
            for (int i = top; i > -5; i -= 3)
            {
                for (int j = 0; j <= width; j++)
                {
                    flat.Add(i * j);
                }
            }

            return flat;
        }

        [Parallelize(MinParallelWork = 1)]
        public static List<List<int>> UpperInclusive(int n)
        {
            var rows = new List<List<int>>();
            for (int i = 1; i <= n; i++)
            {
                var row = new List<int>();
                for (int j = i; j <= n; j++)
                {
                    row.Add(i * j);
                }

                rows.Add(row);
            }

            return rows;
        }

        [Parallelize(MinParallelWork = 1)]
        public static List<List<double>> ArrayForeach(double[] xs, double[] ys)
        {
            var result = new List<List<double>>();
            foreach (double x in xs)
            {
                var row = new List<double>();
                foreach (double y in ys)
                {
                    row.Add((x * 2.0) - y);
                }

                result.Add(row);
            }

            return result;
        }

        [Parallelize(MinParallelWork = 1)]
        public static List<List<int>> ReadOnlyLists(IReadOnlyList<int> xs, IList<int> ys)
        {
            var result = new List<List<int>>();
            foreach (var x in xs)
            {
                var row = new List<int>();
                foreach (var y in ys)
                {
                    row.Add(x % (Math.Abs(y) + 1));
                }

                result.Add(row);
            }

            return result;
        }

        [Parallelize(MinParallelWork = 1)]
        public static List<List<int>> ReadOnlyListBound(IReadOnlyList<int> xs, int m)
        {
            var result = new List<List<int>>();
            for (int i = 0; i < xs.Count; i++)
            {
                var row = new List<int>();
                for (int j = 0; j < m; j++)
                {
                    row.Add(xs[i] * j);
                }

                result.Add(row);
            }

            return result;
        }

        [Parallelize(MinParallelWork = 1)]
        public static List<List<int>> Ranges(int start, int count, int width)
        {
            var result = new List<List<int>>();
            foreach (int i in Enumerable.Range(start, count))
            {
                var row = new List<int>();
                foreach (int j in Enumerable.Range(0, width))
                {
                    row.Add(i - j);
                }

                result.Add(row);
            }

            return result;
        }

        [Parallelize(MinParallelWork = 1)]
        public static List<int> SkipMultiples(int n, int m)
        {
            var kept = new List<int>();
            for (int i = 0; i < n; i++)
            {
                if (i % 5 == 4)
                {
                    continue;
                }

                for (int j = 0; j < m; j++)
                {
                    if ((i + j) % 3 == 0)
                    {
                        continue;
                    }

                    kept.Add((i * 1000) + j);
                }
            }

            return kept;
        }

        [Parallelize(MinParallelWork = 1)]
        public static long SkipSum(int[] a, int[] b)
        {
            long s = 0;
            for (int i = 0; i < a.Length; i++)
            {
                for (int j = 0; j < b.Length; j++)
                {
                    if (a[i] == b[j])
                    {
                        continue;
                    }

                    s += a[i] * (long)b[j];
                }
            }

            return s;
        }

        private static int Mix(int a, int b)
        {
            int h = (a * 31) + b;
            return h ^ (h >> 3);
        }

        private static bool IsOdd(int v) => (v & 1) != 0;

        [Parallelize(MinParallelWork = 1)]
        public static List<List<int>> Mixed(int[] a, int[] b)
        {
            var output = new List<List<int>>();
            for (int i = 0; i < a.Length; i++)
            {
                var row = new List<int>();
                for (int j = 0; j < b.Length; j++)
                {
                    row.Add(IsOdd(a[i]) ? Mix(a[i], b[j]) : -Mix(b[j], a[i]));
                }

                output.Add(row);
            }

            return output;
        }

        [Parallelize(MinParallelWork = 1)]
        public static int[,] MatrixMultiply(int[,] a, int[,] b)
        {
            int n = a.GetLength(0);
            int inner = a.GetLength(1);
            int p = b.GetLength(1);
            var c = new int[n, p];
            for (int i = 0; i < n; i++)
            {
                for (int j = 0; j < p; j++)
                {
                    int acc = 0;
                    for (int k = 0; k < inner; k++)
                    {
                        acc += a[i, k] * b[k, j];
                    }

                    c[i, j] = acc;
                }
            }

            return c;
        }

        [Parallelize(MinParallelWork = 1)]
        public static double[][] JaggedMultiply(double[][] a, double[][] b, int inner, int p)
        {
            var c = new double[a.Length][];
            for (int i = 0; i < a.Length; i++)
            {
                c[i] = new double[p];
                for (int j = 0; j < p; j++)
                {
                    double dot = 0;
                    for (int k = 0; k < inner; k++)
                    {
                        dot += a[i][k] * b[k][j];
                    }

                    c[i][j] = dot;
                }
            }

            return c;
        }

        [Parallelize(MinParallelWork = 1)]
        public static void Blur(int[,] source, int[,] target)
        {
            int rows = source.GetLength(0);
            int cols = source.GetLength(1);
            for (int i = 1; i < rows - 1; i++)
            {
                for (int j = 1; j < cols - 1; j++)
                {
                    target[i, j] = source[i - 1, j] + source[i + 1, j] + source[i, j - 1] + source[i, j + 1] - (4 * source[i, j]);
                }
            }
        }

        [Parallelize(MinParallelWork = 1)]
        public static void Smooth(double[][] input, double[][] output)
        {
            for (int i = 1; i < input.Length - 1; i++)
            {
                for (int j = 1; j < input[i].Length - 1; j++)
                {
                    output[i][j] = (input[i - 1][j] + input[i + 1][j] + input[i][j - 1] + input[i][j + 1]) * 0.25;
                }
            }
        }

        /// <summary>A value carried along a row: legal with one task per row.</summary>
        [Parallelize(MinParallelWork = 1)]
        public static void PrefixRows(int[][] data)
        {
            for (int i = 0; i < data.Length; i++)
            {
                for (int j = 1; j < data[i].Length; j++)
                {
                    data[i][j] += data[i][j - 1];
                }
            }
        }

        /// <summary>A break in the inner loop: legal with one task per row.</summary>
        [Parallelize(MinParallelWork = 1)]
        public static List<List<int>> UntilNegative(int[][] data)
        {
            var kept = new List<List<int>>();
            for (int i = 0; i < data.Length; i++)
            {
                var row = new List<int>();
                for (int j = 0; j < data[i].Length; j++)
                {
                    if (data[i][j] < 0)
                    {
                        break;
                    }

                    row.Add(data[i][j]);
                }

                kept.Add(row);
            }

            return kept;
        }

        /// <summary>A row-private running value inside the inner loop, row per task.</summary>
        [Parallelize(MinParallelWork = 1)]
        public static List<List<long>> RunningTotals(int[] seeds, int width)
        {
            var totals = new List<List<long>>();
            foreach (int s in seeds)
            {
                var row = new List<long>();
                long running = 0;
                for (int j = 0; j < width; j++)
                {
                    running += s - j;
                    row.Add(running);
                }

                totals.Add(row);
            }

            return totals;
        }

        /// <summary>A partial method with [Parallelize(MinParallelWork = 1)] on its declaring part: the twin comes from the implementing part.</summary>
        [Parallelize(MinParallelWork = 1)]
        public static partial List<List<int>> PartialDeclared(int n, int m);

        public static partial List<List<int>> PartialDeclared(int n, int m)
        {
            var grid = new List<List<int>>();
            for (int i = 0; i < n; i++)
            {
                var row = new List<int>();
                for (int j = 0; j < m; j++)
                {
                    row.Add((i * 7) - (j * 3));
                }

                grid.Add(row);
            }

            return grid;
        }

        /// <summary>A partial method with [Parallelize(MinParallelWork = 1)] on its implementing part, a triangular nest.</summary>
        public static partial long PartialImplemented(int n);

        [Parallelize(MinParallelWork = 1)]
        public static partial long PartialImplemented(int n)
        {
            long sum = 0;
            for (int i = 0; i < n; i++)
            {
                for (int j = 0; j <= i; j++)
                {
                    sum += (long)i * j - j;
                }
            }

            return sum;
        }
    }
}
