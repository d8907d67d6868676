using System;
using System.Collections.Generic;

namespace FormatConsumer
{
    // Nothing marked: LG0200 adds [Parallelize] to both methods, 'partial' to the type and 'using LoopGen;' once.
    public static class Grids
    {
        public static long[,] Products(int n, int m)
        {
            var r = new long[n, m];
            for (int i = 0; i < n; i++)
                for (int j = 0; j < m; j++)
                    r[i, j] = (long)i * j;
            return r;
        }

        public static long Checksum(long[,] grid)
        {
            long sum = 0;
            for (int i = 0; i < grid.GetLength(0); i++)
                for (int j = 0; j < grid.GetLength(1); j++)
                    sum += grid[i, j];
            return sum;
        }
    }

    // Marked, but neither type is partial: LG0001 makes both partial.
    public class Outer
    {
        public static class Rows
        {
            [LoopGen.Parallelize]
            public static List<List<int>> Triangle(int n)
            {
                var results = new List<List<int>>();
                for (int i = 0; i < n; i++)
                {
                    var row = new List<int>();
                    for (int j = 0; j <= i; j++)
                        row.Add(i + j);
                    results.Add(row);
                }
                return results;
            }
        }
    }

    public static class Program
    {
        // Once the twins exist, LG0201 redirects these calls to them.
        public static int Main(string[] args)
        {
            int n = int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture);
            int m = int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture);
            long[,] grid = Grids.Products(n, m);
            long checksum = Grids.Checksum(grid);
            List<List<int>> triangle = Outer.Rows.Triangle(n);
            long cells = 0;
            long total = 0;
            foreach (List<int> row in triangle)
            {
                cells += row.Count;
                total += Sum(row);
            }
            Console.WriteLine("checksum " + checksum);
            Console.WriteLine("triangle " + cells + " " + total);
            return 0;
        }

        // One loop, no nest: Main itself is not a candidate for [Parallelize].
        private static long Sum(List<int> row)
        {
            long sum = 0;
            foreach (int x in row)
                sum += x;
            return sum;
        }
    }
}
