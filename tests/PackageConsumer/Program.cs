using System;
using System.Collections.Generic;
using System.Linq;
using LoopGen;

namespace Consumer
{
    public static partial class Tables
    {
        [Parallelize]
        public static List<List<int>> Products(List<int> outer, List<int> inner)
        {
            var results = new List<List<int>>();
            foreach (var i in outer)
            {
                var row = new List<int>();
                foreach (var j in inner)
                    row.Add(i * j);
                results.Add(row);
            }
            return results;
        }

        // The article's second example: an outer-dependent (triangular) nest, one task per row.
        [Parallelize(MinParallelWork = 1)]
        public static List<List<int>> Sums(List<int> values)
        {
            var results = new List<List<int>>();
            foreach (var i in values)
            {
                var row = new List<int>();
                for (int j = 0; j < i; j++)
                    row.Add(i + j);
                results.Add(row);
            }
            return results;
        }

        // A flattened nest with a reduction, large enough to take the parallel path.
        [Parallelize]
        public static long Checksum(int[,] grid)
        {
            long sum = 0;
            for (int i = 0; i < grid.GetLength(0); i++)
                for (int j = 0; j < grid.GetLength(1); j++)
                    sum += grid[i, j] * (long)(i + 1);
            return sum;
        }
    }

    public static class Program
    {
        public static int Main()
        {
            var outer = new List<int> { 1, 2, 3 };
            var inner = new List<int> { 4, 5, 6 };

            List<List<int>> sequential = Tables.Products(outer, inner);
            List<List<int>> parallel = Tables.ProductsParallel(outer, inner);

            // The parallel path on larger inputs (the 3 x 3 table runs sequentially: below MinParallelWork).
            var big = Enumerable.Range(-500, 1000).ToList();
            var values = new List<int> { 2, 4, 6 };
            var grid = new int[700, 900];
            for (int i = 0; i < 700; i++)
                for (int j = 0; j < 900; j++)
                    grid[i, j] = (i * 31 + j * 17) % 101 - 50;

            bool ok = Format(Tables.Products(big, big)) == Format(Tables.ProductsParallel(big, big))
                && Format(Tables.Sums(values)) == Format(Tables.SumsParallel(values))
                && Format(Tables.Sums(big)) == Format(Tables.SumsParallel(big))
                && Tables.Checksum(grid) == Tables.ChecksumParallel(grid);
            if (!ok)
            {
                Console.Error.WriteLine("MISMATCH between a method and its parallel twin on larger inputs");
                return 1;
            }

            Console.WriteLine(Format(parallel));

            if (Format(sequential) != Format(parallel))
            {
                Console.Error.WriteLine("MISMATCH: Products gave " + Format(sequential));
                return 1;
            }
            return 0;
        }

        private static string Format(List<List<int>> table) =>
            "[" + string.Join(", ", table.Select(row => "[" + string.Join(", ", row) + "]")) + "]";
    }
}
