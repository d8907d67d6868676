using System.Collections.Generic;
using LoopGen;

namespace LoopGen.Runtime.Tests.Kernels
{
    /// <summary>Kernels whose interest is the shape of the result they build.</summary>
    public static partial class ResultShapeKernels
    {
        /// <summary>The article's first nest: an independent product table built with Add.</summary>
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

        /// <summary>The article's second nest: a triangle, row i has i entries.</summary>
        [Parallelize]
        public static List<List<int>> Triangle(List<int> values)
        {
            var results = new List<List<int>>();
            foreach (var i in values)
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

        /// <summary>A table of longs indexed by two for loops, with the user's own names.</summary>
        [Parallelize]
        public static List<List<long>> MultiplicationTable(int height, int width)
        {
            var table = new List<List<long>>();
            for (int y = 0; y < height; y++)
            {
                var line = new List<long>();
                for (int x = 0; x < width; x++)
                {
                    line.Add((long)(y + 1) * (x - 3));
                }

                table.Add(line);
            }

            return table;
        }

        /// <summary>A jagged array returned, rows created in the outer body.</summary>
        [Parallelize]
        public static int[][] JaggedProducts(int[] left, int[] right)
        {
            var grid = new int[left.Length][];
            for (int i = 0; i < left.Length; i++)
            {
                grid[i] = new int[right.Length];
                for (int j = 0; j < right.Length; j++)
                {
                    grid[i][j] = (left[i] * right[j]) - j;
                }
            }

            return grid;
        }

        /// <summary>A rectangular array returned.</summary>
        [Parallelize]
        public static int[,] RectangularSums(int[] left, int[] right)
        {
            var grid = new int[left.Length, right.Length];
            for (int i = 0; i < left.Length; i++)
            {
                for (int j = 0; j < right.Length; j++)
                {
                    grid[i, j] = left[i] + (3 * right[j]);
                }
            }

            return grid;
        }

        /// <summary>A rectangular array parameter filled in place.</summary>
        [Parallelize]
        public static void FillDifferences(int[] left, int[] right, int[,] target)
        {
            for (int i = 0; i < left.Length; i++)
            {
                for (int j = 0; j < right.Length; j++)
                {
                    target[i, j] = left[i] - right[j];
                }
            }
        }

        /// <summary>A jagged array parameter filled in place, each row to its own length.</summary>
        [Parallelize]
        public static void FillJagged(int[][] target, int[] weights)
        {
            for (int i = 0; i < target.Length; i++)
            {
                for (int j = 0; j < target[i].Length; j++)
                {
                    target[i][j] = (weights[i % weights.Length] * j) + i;
                }
            }
        }

        /// <summary>A flat list of pairs (i, j) with j &gt; i.</summary>
        [Parallelize]
        public static List<(int, int)> PairsAbove(int count)
        {
            var pairs = new List<(int, int)>();
            for (int i = 0; i < count; i++)
            {
                for (int j = i + 1; j < count; j++)
                {
                    pairs.Add((i, j));
                }
            }

            return pairs;
        }

        /// <summary>A flat list filled by Add in the inner loop of an independent nest.</summary>
        [Parallelize]
        public static List<int> FlatSums(int[] xs, int[] ys)
        {
            var sums = new List<int>();
            foreach (int x in xs)
            {
                foreach (int y in ys)
                {
                    sums.Add(x + y);
                }
            }

            return sums;
        }

        /// <summary>Rows built as arrays, then stored in a list.</summary>
        [Parallelize]
        public static List<double[]> ScaledRows(double[] scales, int width)
        {
            var rows = new List<double[]>();
            for (int i = 0; i < scales.Length; i++)
            {
                var r = new double[width];
                for (int j = 0; j < width; j++)
                {
                    r[j] = scales[i] * (j + 0.5);
                }

                rows.Add(r);
            }

            return rows;
        }

        /// <summary>Strings as elements.</summary>
        [Parallelize]
        public static List<List<string>> Labels(List<int> rows, List<int> columns)
        {
            var labels = new List<List<string>>();
            foreach (var r in rows)
            {
                var names = new List<string>();
                foreach (var c in columns)
                {
                    names.Add(r.ToString() + ":" + c.ToString());
                }

                labels.Add(names);
            }

            return labels;
        }

        /// <summary>Record structs as elements, triangular.</summary>
        [Parallelize]
        public static List<List<Cell>> LowerCells(int size)
        {
            var cells = new List<List<Cell>>();
            for (int i = 0; i < size; i++)
            {
                var row = new List<Cell>();
                for (int j = 0; j <= i; j++)
                {
                    row.Add(new Cell(i, j, (long)i * j));
                }

                cells.Add(row);
            }

            return cells;
        }

        /// <summary>Tuples with strings as elements.</summary>
        [Parallelize]
        public static List<List<(int Index, string Text)>> Tagged(int[] items, string[] tags)
        {
            var result = new List<List<(int Index, string Text)>>();
            for (int i = 0; i < items.Length; i++)
            {
                var tagged = new List<(int Index, string Text)>();
                for (int t = 0; t < tags.Length; t++)
                {
                    tagged.Add((items[i] + t, tags[t] + items[i]));
                }

                result.Add(tagged);
            }

            return result;
        }

        /// <summary>A mutable struct built per element.</summary>
        [Parallelize]
        public static List<List<Tally>> Tallies(int[] values, int width)
        {
            var all = new List<List<Tally>>();
            foreach (int v in values)
            {
                var line = new List<Tally>();
                for (int k = 0; k < width; k++)
                {
                    var tally = new Tally();
                    tally.Low = v - k;
                    tally.High = v + k;
                    line.Add(tally);
                }

                all.Add(line);
            }

            return all;
        }

        /// <summary>A triangular jagged array returned (Pascal-like, no carried value).</summary>
        [Parallelize]
        public static long[][] JaggedTriangle(int n)
        {
            var tri = new long[n][];
            for (int i = 0; i < n; i++)
            {
                tri[i] = new long[i + 1];
                for (int j = 0; j <= i; j++)
                {
                    tri[i][j] = ((long)i * 1000) + j;
                }
            }

            return tri;
        }

        /// <summary>A generic method: pairs of every element of two lists.</summary>
        [Parallelize]
        public static List<List<(T, U)>> Zip2<T, U>(List<T> first, IReadOnlyList<U> second)
            where T : notnull
        {
            var outcome = new List<List<(T, U)>>();
            foreach (T a in first)
            {
                var row = new List<(T, U)>();
                foreach (U b in second)
                {
                    row.Add((a, b));
                }

                outcome.Add(row);
            }

            return outcome;
        }
    }
}
