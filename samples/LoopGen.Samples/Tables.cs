using System.Collections.Generic;
using LoopGen;

namespace LoopGen.Samples
{
    /// <summary>The article's two nested loops, written as a C# developer would, marked [Parallelize].</summary>
    public static partial class Tables
    {
        /// <summary>
        /// Products of every outer value with every inner value: an independent nest (the inner list
        /// does not depend on the outer value). LoopGen flattens the (i, j) pairs into one task list.
        /// </summary>
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

        /// <summary>
        /// For each i, the values i + j for j in 0..i-1: an outer-dependent (triangular) nest. LoopGen
        /// runs one task per row and balances rows across workers.
        /// </summary>
        [Parallelize]
        public static List<List<int>> Sums(List<int> values)
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
    }
}
