using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;

namespace LoopGen.Benchmarks
{
    /// <summary>
    /// What a developer would write by hand with the TPL, two ways per kernel: Parallel.For over the
    /// outer rows, and a flattened version (Partitioner ranges over the (i, j) pairs).
    /// </summary>
    public static class HandWritten
    {
        /// <summary>Chunk size for the flattened versions: about 8 ranges per core.</summary>
        private static long ChunkOf(long total) => Math.Max(1, total / (Environment.ProcessorCount * 8L));

        /// <summary>
        /// Dynamically balanced rows, by hand: one worker per core, each claiming the next row from a shared
        /// counter until none is left. <paramref name="row"/> receives the claim number; triangular nests map it
        /// to n - 1 - claim, so the longest rows go first and the short ones fill the gaps at the end.
        /// </summary>
        private static void DynamicRows(int n, Action<int> row)
        {
            int next = -1;
            int workers = Math.Max(1, Math.Min(Environment.ProcessorCount, n));
            var tasks = new Task[workers - 1];
            Action work = () =>
            {
                int claim;
                while ((claim = Interlocked.Increment(ref next)) < n)
                {
                    row(claim);
                }
            };
            for (int w = 0; w < tasks.Length; w++)
            {
                tasks[w] = Task.Run(work);
            }

            work();
            Task.WaitAll(tasks);
        }

        // ------------------------------------------------------------------ products table

        public static List<List<int>> ProductsDynamic(List<int> outer, List<int> inner)
        {
            int m = inner.Count;
            var rows = new List<int>[outer.Count];
            DynamicRows(outer.Count, r =>
            {
                int i = outer[r];
                var row = new List<int>(m);
                CollectionsMarshal.SetCount(row, m);
                Span<int> cells = CollectionsMarshal.AsSpan(row);
                ReadOnlySpan<int> js = CollectionsMarshal.AsSpan(inner);
                for (int c = 0; c < cells.Length; c++)
                {
                    cells[c] = i * js[c];
                }

                rows[r] = row;
            });
            return new List<List<int>>(rows);
        }

        public static List<List<int>> ProductsRows(List<int> outer, List<int> inner)
        {
            var rows = new List<int>[outer.Count];
            Parallel.For(0, outer.Count, r =>
            {
                int i = outer[r];
                var row = new List<int>(inner.Count);
                foreach (var j in inner)
                {
                    row.Add(i * j);
                }

                rows[r] = row;
            });
            return new List<List<int>>(rows);
        }

        public static List<List<int>> ProductsFlat(List<int> outer, List<int> inner)
        {
            int n = outer.Count;
            int m = inner.Count;
            var rows = new List<int>[n];
            for (int r = 0; r < n; r++)
            {
                rows[r] = new List<int>(m);
                CollectionsMarshal.SetCount(rows[r], m);
            }

            long total = (long)n * m;
            Parallel.ForEach(Partitioner.Create(0L, total, ChunkOf(total)), range =>
            {
                for (long k = range.Item1; k < range.Item2; k++)
                {
                    int r = (int)(k / m);
                    int c = (int)(k - ((long)r * m));
                    CollectionsMarshal.AsSpan(rows[r])[c] = outer[r] * inner[c];
                }
            });
            return new List<List<int>>(rows);
        }

        // ------------------------------------------------------------------ triangle, cheap body

        public static List<List<int>> TriangleRows(int n)
        {
            var rows = new List<int>[n];
            Parallel.For(0, n, i =>
            {
                var row = new List<int>(i);
                for (int j = 0; j < i; j++)
                {
                    row.Add(i + j);
                }

                rows[i] = row;
            });
            return new List<List<int>>(rows);
        }

        public static List<List<int>> TriangleFlat(int n)
        {
            var rows = new List<int>[n];
            for (int i = 0; i < n; i++)
            {
                rows[i] = new List<int>(i);
                CollectionsMarshal.SetCount(rows[i], i);
            }

            long total = (long)n * (n - 1) / 2;
            Parallel.ForEach(Partitioner.Create(0L, total, ChunkOf(total)), range =>
            {
                (int i, int j) = PairOf(range.Item1);
                Span<int> cells = CollectionsMarshal.AsSpan(rows[i]);
                for (long k = range.Item1; k < range.Item2; k++)
                {
                    cells[j] = i + j;
                    if (++j == i)
                    {
                        i++;
                        j = 0;
                        cells = i < n ? CollectionsMarshal.AsSpan(rows[i]) : default;
                    }
                }
            });
            return new List<List<int>>(rows);
        }

        /// <summary>Maps a pair index of the triangle {(i, j) : j &lt; i} to (i, j); row i starts at i(i-1)/2.</summary>
        private static (int I, int J) PairOf(long k)
        {
            int i = (int)((1 + Math.Sqrt(1 + (8.0 * k))) / 2);
            while ((long)i * (i - 1) / 2 > k)
            {
                i--;
            }

            while ((long)(i + 1) * i / 2 <= k)
            {
                i++;
            }

            return (i, (int)(k - ((long)i * (i - 1) / 2)));
        }

        public static List<List<int>> TriangleDynamic(int n)
        {
            var rows = new List<int>[n];
            DynamicRows(n, claim =>
            {
                int i = n - 1 - claim;
                var row = new List<int>(i);
                CollectionsMarshal.SetCount(row, i);
                Span<int> cells = CollectionsMarshal.AsSpan(row);
                for (int j = 0; j < cells.Length; j++)
                {
                    cells[j] = i + j;
                }

                rows[i] = row;
            });
            return new List<List<int>>(rows);
        }

        // ------------------------------------------------------------------ triangle, heavy body

        public static double[,] HeavyTriangleDynamic(int n)
        {
            var cells = new double[n, n];
            DynamicRows(n, claim =>
            {
                int i = n - 1 - claim;
                for (int j = 0; j < i; j++)
                {
                    cells[i, j] = Kernels.HeavyCell(i, j);
                }
            });
            return cells;
        }

        // ------------------------------------------------------------------ similarity (heavy triangle, double[][])
        // Each version runs M's cell body as written (no hoisted row, no helper), so that the table compares the
        // parallel machinery and not two kernels: a hoisted 'points[i]' with a Dot helper ran ~20% faster here.

        public static double[,] SimilarityRows(double[][] points)
        {
            int n = points.Length;
            var similarity = new double[n, n];
            Parallel.For(0, n, i =>
            {
                for (int j = 0; j < i; j++)
                {
                    double[] a = points[i];
                    double[] b = points[j];
                    double dot = 0;
                    for (int k = 0; k < a.Length; k++)
                    {
                        dot += a[k] * b[k];
                    }

                    similarity[i, j] = dot;
                }
            });
            return similarity;
        }

        public static double[,] SimilarityFlat(double[][] points)
        {
            int n = points.Length;
            var similarity = new double[n, n];
            long total = (long)n * (n - 1) / 2;
            Parallel.ForEach(Partitioner.Create(0L, total, ChunkOf(total)), range =>
            {
                (int i, int j) = PairOf(range.Item1);
                for (long k = range.Item1; k < range.Item2; k++)
                {
                    double[] a = points[i];
                    double[] b = points[j];
                    double dot = 0;
                    for (int c = 0; c < a.Length; c++)
                    {
                        dot += a[c] * b[c];
                    }

                    similarity[i, j] = dot;
                    if (++j == i)
                    {
                        i++;
                        j = 0;
                    }
                }
            });
            return similarity;
        }

        public static double[,] SimilarityDynamic(double[][] points)
        {
            int n = points.Length;
            var similarity = new double[n, n];
            DynamicRows(n, claim =>
            {
                int i = n - 1 - claim;
                for (int j = 0; j < i; j++)
                {
                    double[] a = points[i];
                    double[] b = points[j];
                    double dot = 0;
                    for (int k = 0; k < a.Length; k++)
                    {
                        dot += a[k] * b[k];
                    }

                    similarity[i, j] = dot;
                }
            });
            return similarity;
        }

        public static double[,] HeavyTriangleRows(int n)
        {
            var cells = new double[n, n];
            Parallel.For(0, n, i =>
            {
                for (int j = 0; j < i; j++)
                {
                    cells[i, j] = Kernels.HeavyCell(i, j);
                }
            });
            return cells;
        }

        public static double[,] HeavyTriangleFlat(int n)
        {
            var cells = new double[n, n];
            long total = (long)n * (n - 1) / 2;
            Parallel.ForEach(Partitioner.Create(0L, total, ChunkOf(total)), range =>
            {
                (int i, int j) = PairOf(range.Item1);
                for (long k = range.Item1; k < range.Item2; k++)
                {
                    cells[i, j] = Kernels.HeavyCell(i, j);
                    if (++j == i)
                    {
                        i++;
                        j = 0;
                    }
                }
            });
            return cells;
        }

        // ------------------------------------------------------------------ Mandelbrot

        public static int[,] MandelbrotRows(int width, int height, int maxIterations)
        {
            var counts = new int[height, width];
            Parallel.For(0, height, y =>
            {
                for (int x = 0; x < width; x++)
                {
                    counts[y, x] = Escape(x, y, width, height, maxIterations);
                }
            });
            return counts;
        }

        public static int[,] MandelbrotFlat(int width, int height, int maxIterations)
        {
            var counts = new int[height, width];
            long total = (long)width * height;
            Parallel.ForEach(Partitioner.Create(0L, total, ChunkOf(total)), range =>
            {
                for (long k = range.Item1; k < range.Item2; k++)
                {
                    int y = (int)(k / width);
                    int x = (int)(k - ((long)y * width));
                    counts[y, x] = Escape(x, y, width, height, maxIterations);
                }
            });
            return counts;
        }

        public static int[,] MandelbrotDynamic(int width, int height, int maxIterations)
        {
            var counts = new int[height, width];
            DynamicRows(height, y =>
            {
                for (int x = 0; x < width; x++)
                {
                    counts[y, x] = Escape(x, y, width, height, maxIterations);
                }
            });
            return counts;
        }

        private static int Escape(int x, int y, int width, int height, int maxIterations)
        {
            double cr = -2.0 + (3.0 * x / width);
            double ci = -1.5 + (3.0 * y / height);
            double zr = 0;
            double zi = 0;
            int iterations = 0;
            while (iterations < maxIterations && (zr * zr) + (zi * zi) <= 4.0)
            {
                double t = (zr * zr) - (zi * zi) + cr;
                zi = (2.0 * zr * zi) + ci;
                zr = t;
                iterations++;
            }

            return iterations;
        }

        // ------------------------------------------------------------------ double sum

        /// <summary>Parallel.For with thread-local sums (the textbook form; the sum's last bits depend on timing).</summary>
        public static double SumOfRootsRows(int n)
        {
            double total = 0;
            object gate = new object();
            Parallel.For(
                0,
                n,
                () => 0.0,
                (i, _, local) =>
                {
                    for (int j = 0; j < n; j++)
                    {
                        local += Math.Sqrt((double)i * j);
                    }

                    return local;
                },
                local =>
                {
                    lock (gate)
                    {
                        total += local;
                    }
                });
            return total;
        }

        /// <summary>Dynamic rows, one partial sum per row, merged in row order (deterministic).</summary>
        public static double SumOfRootsDynamic(int n)
        {
            var partials = new double[n];
            DynamicRows(n, i =>
            {
                double local = 0;
                for (int j = 0; j < n; j++)
                {
                    local += Math.Sqrt((double)i * j);
                }

                partials[i] = local;
            });
            double sum = 0;
            foreach (double p in partials)
            {
                sum += p;
            }

            return sum;
        }

        /// <summary>Flattened ranges, one partial sum per range, merged in range order (deterministic).</summary>
        public static double SumOfRootsFlat(int n)
        {
            long total = (long)n * n;
            long chunk = ChunkOf(total);
            var partials = new double[(total + chunk - 1) / chunk];
            Parallel.ForEach(Partitioner.Create(0L, total, chunk), range =>
            {
                double local = 0;
                for (long k = range.Item1; k < range.Item2; k++)
                {
                    int i = (int)(k / n);
                    int j = (int)(k - ((long)i * n));
                    local += Math.Sqrt((double)i * j);
                }

                partials[range.Item1 / chunk] = local;
            });
            double sum = 0;
            foreach (double p in partials)
            {
                sum += p;
            }

            return sum;
        }
    }
}
