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
    }

    public static class Program
    {
        public static int Main()
        {
            var outer = new List<int> { 1, 2, 3 };
            var inner = new List<int> { 4, 5, 6 };

            List<List<int>> sequential = Tables.Products(outer, inner);
            List<List<int>> parallel = Tables.ProductsParallel(outer, inner);

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
