using System.Collections.Generic;

namespace LoopGen.Tests.Catalog
{
    /// <summary>
    /// The Capacity of the rows a row-building twin creates. It is no part of the result (the contract compares
    /// structure, order, lengths and values), so rows are created at their exact length unless M's own code may read
    /// it: the result list is named anywhere but in the nest and in M's 'return results;' (RowBuilderInfo.KeepCapacity).
    /// Each entry reads Capacity into the result through one of those other uses, so the differential fails if the
    /// twin's rows are not sized as M's Adds leave them. Rt16RowCapacity and Rt16RowCapacityRowMode read it in a
    /// statement after the nest.
    /// </summary>
    internal static partial class CatalogEntries
    {
        private static IEnumerable<CatalogEntry> RowCapacity()
        {
            // A helper given the result after the nest reads the rows' Capacity.
            yield return new CatalogEntry("Rc19CapacityReadByHelperAfterNest", """
                private static List<List<int>> Stamp(List<List<int>> rows)
                {
                    foreach (var r in rows) r.Add(r.Capacity);
                    return rows;
                }

                [Parallelize]
                public static List<List<int>> Run(int[] a, int m)
                {
                    var results = new List<List<int>>();
                    foreach (var x in a)
                    {
                        var row = new List<int>();
                        for (int j = 0; j < m; j++) row.Add(x * j);
                        results.Add(row);
                    }
                    return Stamp(results);
                }
                """) { Report = "flattened" };

            // An alias taken before the nest, read after it: the result list is then not recognised (LG0105), as before.
            yield return new CatalogEntry("Rc19CapacityReadThroughAlias", """
                [Parallelize]
                public static List<List<int>> Run(int[] a)
                {
                    var results = new List<List<int>>();
                    var same = results;
                    for (int i = 0; i < a.Length; i++)
                    {
                        var row = new List<int>();
                        for (int j = 0; j <= i; j++) row.Add(a[i] * j);
                        {|LG0105:results.Add(row)|};
                    }
                    foreach (var r in same) r.Add(r.Capacity);
                    return same;
                }
                """);

            // A local function declared before the nest and called after it: not recognised either (LG0105).
            yield return new CatalogEntry("Rc19CapacityReadByLocalFunction", """
                [Parallelize]
                public static List<List<int>> Run(int[] a, int m)
                {
                    var results = new List<List<int>>();
                    void Stamp() { foreach (var r in results) r.Add(r.Capacity); }
                    foreach (var x in a)
                    {
                        var row = new List<int>();
                        for (int j = 0; j < m; j++) row.Add(x * j);
                        {|LG0105:results.Add(row)|};
                    }
                    Stamp();
                    return results;
                }
                """);
        }
    }
}
