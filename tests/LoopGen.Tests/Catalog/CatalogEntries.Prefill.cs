using System.Collections.Generic;

namespace LoopGen.Tests.Catalog
{
    /// <summary>
    /// A result list filled or sized before the nest by statements of its own (<c>list.Add(e)</c>,
    /// <c>list.EnsureCapacity(e)</c>): M and the twin run them alike before the nest, and the twin's merge appends
    /// after the items already there, growing the capacity from where it is. Reported over-cautious (LG0105) in
    /// round 18; any other use of the list before the nest still keeps it from being a result (LG0105).
    /// </summary>
    internal static partial class CatalogEntries
    {
        private static IEnumerable<CatalogEntry> Prefill()
        {
            // A header item added before the nest; Capacity read after it (into the result).
            yield return new CatalogEntry("Pf19FlatListHeaderAdd", """
                [Parallelize]
                public static List<int> Run(int[] a, int m)
                {
                    var res = new List<int>(3);
                    res.Add(-1);
                    res.Add(a.Length);
                    for (int i = 0; i < a.Length; i++)
                        for (int j = 0; j < m; j++)
                            res.Add(a[i] + j);
                    res.Add(res.Capacity);
                    return res;
                }
                """) { Report = "flattened" };

            // EnsureCapacity before the nest, then the Capacity M's Adds leave.
            yield return new CatalogEntry("Pf19FlatListEnsureCapacity", """
                [Parallelize]
                public static List<long> Run(int[] a, int m)
                {
                    var res = new List<long>();
                    res.EnsureCapacity(a.Length + 5);
                    for (int i = 0; i < a.Length; i++)
                        for (int j = 0; j < m; j++)
                            res.Add((long)a[i] * j);
                    res.Add(res.Capacity);
                    return res;
                }
                """) { Report = "flattened" };

            // A header row added before a row-building nest.
            yield return new CatalogEntry("Pf19RowsHeaderRow", """
                [Parallelize]
                public static List<List<int>> Run(int[] a)
                {
                    var results = new List<List<int>>();
                    results.Add(new List<int> { a.Length });
                    for (int i = 0; i < a.Length; i++)
                    {
                        var row = new List<int>();
                        for (int j = 0; j <= i; j++) row.Add(a[i] * j);
                        results.Add(row);
                    }
                    return results;
                }
                """) { Report = "row" };

            // Still not a result: the list is read before the nest (its Count given to Add).
            yield return new CatalogEntry("Pf19ReadBeforeTheNest", """
                [Parallelize]
                public static List<int> Run(int[] a, int m)
                {
                    var res = new List<int>();
                    res.Add(res.Count);
                    for (int i = 0; i < a.Length; i++)
                        for (int j = 0; j < m; j++)
                            {|LG0105:res.Add(a[i] + j)|};
                    return res;
                }
                """);
        }
    }
}
