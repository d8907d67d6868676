using System.Collections.Generic;

namespace LoopGen.Tests.Catalog
{
    /// <summary>
    /// Guards for the fix of round 21's known false rejection (Rt21TwoNestsAppendToSameResults): a result list stays
    /// a result of a nest when every statement between its declaration and the nest only appends to it
    /// (<c>list.Add(e)</c> or <c>list.EnsureCapacity(e)</c> of <c>List&lt;T&gt;</c> itself, <c>e</c> not naming the
    /// list, outside lambdas and local functions), whether that statement is a single call, a plain loop or an earlier
    /// nest. Each entry carries its CORRECT expectation.
    /// </summary>
    internal static partial class CatalogEntries
    {
        private static IEnumerable<CatalogEntry> Review23()
        {
            // A plain loop appends header rows first; the nest's rows follow them, in order.
            yield return new CatalogEntry("Rv23RowsAfterPrefillLoop", """
                [Parallelize]
                public static List<List<int>> Run(int[] xs, int m)
                {
                    var results = new List<List<int>>();
                    for (int k = 0; k < 3; k++)
                    {
                        results.Add(new List<int> { k, -k });
                    }
                    foreach (var x in xs)
                    {
                        var row = new List<int>();
                        for (int j = 0; j < m; j++) row.Add(x - j);
                        results.Add(row);
                    }
                    return results;
                }
                """) { Report = "flattened" };

            // A flattened products nest, then a triangular one appending to the same flat list.
            yield return new CatalogEntry("Rv23FlatListTwoNests", """
                [Parallelize]
                public static List<long> Run(int[] xs, int m)
                {
                    List<long> cells = [];
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                            cells.Add((long)xs[i] * j);
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < i; j++)
                            cells.Add(xs[i] + xs[j]);
                    return cells;
                }
                """) { Report = "flattened" };

            // An earlier loop hands the list to another variable: it is no longer only this method's.
            yield return new CatalogEntry("Rv23EarlierLoopAliasesResults", """
                private static List<List<int>>? last;

                [Parallelize]
                public static List<List<int>> Run(int[] xs, int m)
                {
                    var results = new List<List<int>>();
                    for (int k = 0; k < 2; k++)
                    {
                        results.Add(new List<int> { k });
                        last = results;
                    }
                    foreach (var x in xs)
                    {
                        var row = new List<int>();
                        for (int j = 0; j < m; j++) row.Add(x * j);
                        {|LG0105:results.Add(row)|};
                    }
                    return results;
                }
                """);

            // An earlier lambda appends to the list: whoever holds the delegate can append while the nest runs.
            yield return new CatalogEntry("Rv23EarlierLambdaAppends", """
                private static System.Action<int>? hook;

                [Parallelize]
                public static List<List<int>> Run(int[] xs, int m)
                {
                    var results = new List<List<int>>();
                    for (int k = 0; k < 2; k++)
                    {
                        hook = {|LG0100:{|LG0102:v => results.Add(new List<int> { v })|}|};
                    }
                    foreach (var x in xs)
                    {
                        var row = new List<int>();
                        for (int j = 0; j < m; j++) row.Add(x * j);
                        {|LG0105:results.Add(row)|};
                    }
                    return results;
                }
                """);

            // An earlier loop appends an item read from the list itself: not a plain append.
            yield return new CatalogEntry("Rv23EarlierAppendReadsList", """
                [Parallelize]
                public static List<List<int>> Run(int[] xs, int m)
                {
                    var results = new List<List<int>>();
                    results.Add(new List<int> { 1 });
                    for (int k = 0; k < 2; k++)
                    {
                        results.Add(results[0]);
                    }
                    foreach (var x in xs)
                    {
                        var row = new List<int>();
                        for (int j = 0; j < m; j++) row.Add(x * j);
                        {|LG0105:results.Add(row)|};
                    }
                    return results;
                }
                """);

            // An earlier loop removes from the list: only appends keep it a result.
            yield return new CatalogEntry("Rv23EarlierLoopRemoves", """
                [Parallelize]
                public static List<int> Run(int[] xs, int m)
                {
                    var cells = new List<int>();
                    for (int k = 0; k < 4; k++)
                    {
                        cells.Add(k);
                        if (k % 2 == 1) cells.RemoveAt(0);
                    }
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                            {|LG0105:cells.Add(xs[i] * j)|};
                    return cells;
                }
                """);
        }
    }
}
