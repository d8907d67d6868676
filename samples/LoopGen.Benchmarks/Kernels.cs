using System;
using System.Collections.Generic;
using LoopGen;

namespace LoopGen.Benchmarks
{
    /// <summary>
    /// The sequential kernels, written as a C# developer would. Each is marked [Parallelize], so
    /// LoopGen generates its parallel twin (ProductsParallel, TriangleParallel, ...) at build time.
    /// </summary>
    public static partial class Kernels
    {
        /// <summary>The article's products table: an independent nest building List&lt;List&lt;int&gt;&gt;.</summary>
        [Parallelize]
        public static List<List<int>> Products(List<int> outer, List<int> inner)
        {
            var results = new List<List<int>>();
            foreach (var i in outer)
            {
                var row = new List<int>();
                foreach (var j in inner)
                {
                    row.Add(i * j);
                }

                results.Add(row);
            }

            return results;
        }

        /// <summary>The triangular nest with a cheap body: row i holds i + j for j in 0..i-1.</summary>
        [Parallelize]
        public static List<List<int>> Triangle(int n)
        {
            var results = new List<List<int>>();
            for (int i = 0; i < n; i++)
            {
                var row = new List<int>();
                for (int j = 0; j < i; j++)
                {
                    row.Add(i + j);
                }

                results.Add(row);
            }

            return results;
        }

        /// <summary>The triangular nest with a heavy body: 100 Math.Sin and 100 Math.Sqrt per cell.</summary>
        [Parallelize]
        public static double[,] HeavyTriangle(int n)
        {
            var cells = new double[n, n];
            for (int i = 0; i < n; i++)
            {
                for (int j = 0; j < i; j++)
                {
                    cells[i, j] = HeavyCell(i, j);
                }
            }

            return cells;
        }

        /// <summary>The cost of one heavy cell: 100 sines and 100 square roots.</summary>
        public static double HeavyCell(int i, int j)
        {
            double acc = 0;
            for (int k = 0; k < 100; k++)
            {
                acc += Math.Sin(i + (0.5 * k)) * Math.Sqrt(j + k + 1.0);
            }

            return acc;
        }

        /// <summary>
        /// The heavy triangular similarity: the dot product of every pair (i, j) with j &lt; i of n points of
        /// dimension d (2d flops per pair), into the lower triangle of an n x n matrix.
        /// </summary>
        [Parallelize]
        public static double[,] Similarity(double[][] points)
        {
            int n = points.Length;
            var similarity = new double[n, n];
            for (int i = 0; i < n; i++)
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
            }

            return similarity;
        }

        /// <summary>A heavy independent nest: the Mandelbrot set's escape counts.</summary>
        [Parallelize]
        public static int[,] Mandelbrot(int width, int height, int maxIterations)
        {
            var counts = new int[height, width];
            for (int y = 0; y < height; y++)
            {
                for (int x = 0; x < width; x++)
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

                    counts[y, x] = iterations;
                }
            }

            return counts;
        }

        /// <summary>A double sum reduction over an n x n nest.</summary>
        [Parallelize]
        public static double SumOfRoots(int n)
        {
            double total = 0;
            for (int i = 0; i < n; i++)
            {
                for (int j = 0; j < n; j++)
                {
                    total += Math.Sqrt((double)i * j);
                }
            }

            return total;
        }
    }
}
