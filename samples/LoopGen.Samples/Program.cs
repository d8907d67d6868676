using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;

namespace LoopGen.Samples
{
    /// <summary>Runs the article's two examples through the methods and their generated parallel twins.</summary>
    internal static class Program
    {
        private static int Main()
        {
            var outer = new List<int> { 1, 2, 3 };
            var inner = new List<int> { 4, 5, 6 };
            var values = new List<int> { 2, 4, 6 };

            Console.WriteLine("Products of [1, 2, 3] and [4, 5, 6]:");
            Console.WriteLine("  Products         " + Format(Tables.Products(outer, inner)));
            Console.WriteLine("  ProductsParallel " + Format(Tables.ProductsParallel(outer, inner)));
            Console.WriteLine("i + j for i in [2, 4, 6], j in range(i):");
            Console.WriteLine("  Sums             " + Format(Tables.Sums(values)));
            Console.WriteLine("  SumsParallel     " + Format(Tables.SumsParallel(values)));

            bool same = Format(Tables.Products(outer, inner)) == Format(Tables.ProductsParallel(outer, inner))
                && Format(Tables.Sums(values)) == Format(Tables.SumsParallel(values));

            // A larger input, where parallel work pays: 2000 x 2000 products, and a 4000-row triangle.
            var big = Enumerable.Range(1, 2000).ToList();
            var triangle = Enumerable.Range(0, 4000).ToList();
            Console.WriteLine();
            Console.WriteLine($"Timing on {Environment.ProcessorCount} cores (median of 7 runs, Release build recommended):");
            same &= Time("Products 2000 x 2000", () => Tables.Products(big, big), () => Tables.ProductsParallel(big, big));
            same &= Time("Sums over 4000 rows  ", () => Tables.Sums(triangle), () => Tables.SumsParallel(triangle));

            Console.WriteLine(same ? "Sequential and parallel results are identical." : "MISMATCH between sequential and parallel results!");
            return same ? 0 : 1;
        }

        private static bool Time(string label, Func<List<List<int>>> sequential, Func<List<List<int>>> parallel)
        {
            bool same = Equal(sequential(), parallel());
            double seq = Median(sequential);
            double par = Median(parallel);
            Console.WriteLine($"  {label}: sequential {seq,8:F2} ms, parallel {par,8:F2} ms, speedup {seq / par:F2}x");
            return same;
        }

        private static double Median(Func<List<List<int>>> run)
        {
            run();
            var times = new List<double>();
            for (int r = 0; r < 7; r++)
            {
                var watch = Stopwatch.StartNew();
                run();
                times.Add(watch.Elapsed.TotalMilliseconds);
            }

            times.Sort();
            return times[times.Count / 2];
        }

        private static bool Equal(List<List<int>> a, List<List<int>> b)
            => a.Count == b.Count && a.Zip(b, (x, y) => x.SequenceEqual(y)).All(ok => ok);

        private static string Format(List<List<int>> rows)
            => "[" + string.Join(", ", rows.Select(r => "[" + string.Join(", ", r) + "]")) + "]";
    }
}
