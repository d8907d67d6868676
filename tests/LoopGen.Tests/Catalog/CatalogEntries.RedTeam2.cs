using System;
using System.Collections.Generic;

namespace LoopGen.Tests.Catalog
{
    /// <summary>Second red-team round: candidates for false acceptances, each with its CORRECT expectation.</summary>
    internal static partial class CatalogEntries
    {
        private static IEnumerable<CatalogEntry> RedTeam2()
        {
            // The index array IS the histogram at run time: M reads keys it has just bumped.
            yield return new CatalogEntry("Rt2ScatterIndexAliasesResult", """
                [Parallelize]
                public static void Scatter(int[] idx, int[] r)
                {
                    for (int i = 0; i < idx.Length; i++)
                        for (int j = 0; j < 4; j++)
                            r[idx[i] & 7] += j + 1;
                }
                """)
            {
                Report = "flattened",
                Inputs = (rng, size) => { var a = Keys(rng, Math.Max(size, 8), 8); return new object?[] { a, a }; },
            };

            // The histogram is row 0 of the jagged array whose other rows supply keys; at run time all rows are one array.
            yield return new CatalogEntry("Rt2HistogramIsRowOfKeys", """
                [Parallelize]
                public static void Count(int[][] rows)
                {
                    var hist = rows[0];
                    for (int i = 1; i < rows.Length; i++)
                        for (int j = 0; j < rows[i].Length; j++)
                            hist[rows[i][j] & 7]++;
                }
                """)
            {
                Report = "row",
                Inputs = (rng, size) => { var a = Keys(rng, 16, 8); var rows = new int[size][]; for (int k = 0; k < size; k++) rows[k] = a; return new object?[] { rows }; },
            };

            // All rows of the written jagged parameter are one array.
            yield return new CatalogEntry("Rt2JaggedRowsAllSameAtRunTime", """
                [Parallelize]
                public static void Run(int[][] a)
                {
                    for (int i = 0; i < a.Length; i++)
                        for (int j = 0; j < a[i].Length; j++)
                            a[i][j] = a[i][j] * 3 + i;
                }
                """)
            {
                Report = "row",
                Inputs = (rng, size) => { var r = Keys(rng, size, 50); var rows = new int[size][]; for (int k = 0; k < size; k++) rows[k] = r; return new object?[] { rows }; },
            };

            // A local jagged array whose rows are aliased before the nest.
            yield return new CatalogEntry("Rt2JaggedRowsAliasedBefore", """
                [Parallelize]
                public static int[][] Run(int n)
                {
                    var a = new int[n][];
                    var shared = new int[n];
                    for (int k = 0; k < n; k++)
                        a[k] = shared;
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            a[i][j] = a[i][j] * 3 + i;
                    return a;
                }
                """) { Report = "flattened" };

            // The accumulator is read right after being updated.
            yield return new CatalogEntry("Rt2ReductionReadAfterUpdate", """
                [Parallelize]
                public static int[,] Run(int[,] a)
                {
                    int sum = 0;
                    var r = new int[a.GetLength(0), a.GetLength(1)];
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                        {
                            sum += a[i, j];
                            r[i, j] = {|LG0100:sum|};
                        }
                    return r;
                }
                """);

            // The row reads the result list's count.
            yield return new CatalogEntry("Rt2ResultListCountRead", """
                [Parallelize]
                public static List<int[]> Run(int n)
                {
                    var results = new List<int[]>();
                    for (int i = 0; i < n; i++)
                    {
                        var row = new int[n];
                        for (int j = 0; j < n; j++)
                            row[j] = i + j;
                        row[0] = {|LG0100:results.Count|};
                        results.Add(row);
                    }
                    return results;
                }
                """);

            // The row is also stored in a shared local.
            yield return new CatalogEntry("Rt2ResultRowAlsoStoredShared", """
                [Parallelize]
                public static int[] Run(int n)
                {
                    var results = new List<int[]>();
                    int[] last = new int[0];
                    for (int i = 0; i < n; i++)
                    {
                        var row = new int[n];
                        for (int j = 0; j < n; j++)
                            row[j] = i + j;
                        results.Add(row);
                        {|LG0101:last = row|};
                    }
                    return last;
                }
                """);

            // A struct copied per iteration shares its array field with the original.
            yield return new CatalogEntry("Rt2StructCopySharesArray", """
                public struct Box { public int[] Data; }

                [Parallelize]
                public static int[] Run(int n)
                {
                    var shared = new Box { Data = new int[4] };
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                        {
                            var b = shared;
                            {|LG0106:b.Data[j & 3]|} = b.Data[(j + 1) & 3] + i;
                        }
                    return shared.Data;
                }
                """);

            // A per-iteration struct gets a shared array stored into its field.
            yield return new CatalogEntry("Rt2StructFieldGetsSharedArray", """
                public struct Box { public int[] Data; }

                [Parallelize]
                public static int[] Run(int n)
                {
                    var shared = new int[4];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                        {
                            Box b = default;
                            b.Data = shared;
                            {|LG0106:b.Data[j & 3]|} = b.Data[(j + 1) & 3] + i;
                        }
                    return shared;
                }
                """);

            // A static property whose setter writes a field of another class.
            yield return new CatalogEntry("Rt2StaticPropertySetterElsewhere", """
                private static class Store { public static int V; }

                private static int P { get => Store.V; set => Store.V = value; }

                [Parallelize]
                public static int Run(int[,] a)
                {
                    Store.V = 0;
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            {|LG0102:P = P * 3 + a[i, j]|};
                    return Store.V;
                }
                """);

            // A helper adds into an auto-property.
            yield return new CatalogEntry("Rt2HelperAddsToAutoProperty", """
                private static int Total { get; set; }

                private static void Add(int v) => Total += v;

                [Parallelize]
                public static int Run(int[,] a)
                {
                    Total = 0;
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            {|LG0102:Add(a[i, j])|};
                    return Total;
                }
                """);

            // Lazy static initialization, then a shared write.
            yield return new CatalogEntry("Rt2LazyStaticCache", """
                private static int[] cache;

                private static int[] Cache() => cache ??= new int[8];

                [Parallelize]
                public static int[] Run(int[,] a)
                {
                    cache = null;
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            {|LG0106:{|LG0102:Cache()|}[j & 7]|} = a[i, j];
                    return cache;
                }
                """);

            // List<T>.ForEach with a lambda that writes a shared local.
            yield return new CatalogEntry("Rt2ListForEachWritesShared", """
                [Parallelize]
                public static int Run(int n)
                {
                    int s = 0;
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                        {
                            var xs = new List<int> { i, j };
                            xs.ForEach(x => {|LG0101:s = s * 3 + x|});
                        }
                    return s;
                }
                """);

            // LINQ Select with a side-effecting lambda on a shared counter.
            yield return new CatalogEntry("Rt2LinqSelectSideEffect", """
                [Parallelize]
                public static int[,] Run(int n)
                {
                    int c = 0;
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = Enumerable.Range(0, 3).Select(k => { {|LG0101:c++|}; return k + c; }).Sum();
                    return r;
                }
                """);

            // Interlocked.Exchange keeps the last writer.
            yield return new CatalogEntry("Rt2InterlockedExchangeLast", """
                [Parallelize]
                public static int Run(int n)
                {
                    int last = 0;
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            {|LG0004:System.Threading.Interlocked.Exchange({|LG0101:ref last|}, i * 1000 + j)|};
                    return last;
                }
                """);

            // Interlocked.Increment on a static field, its value stored.
            yield return new CatalogEntry("Rt2InterlockedIncrementValueUsed", """
                private static int ticket;

                [Parallelize]
                public static int[,] Run(int n)
                {
                    ticket = 0;
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|LG0004:System.Threading.Interlocked.Increment({|LG0102:ref ticket|})|};
                    return r;
                }
                """);

            // The outer counter is modified inside the body.
            yield return new CatalogEntry("Rt2OuterCounterModified", """
                [Parallelize]
                public static int[] Run(int n)
                {
                    var r = new int[n + 8];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < 4; j++)
                        {
                            r[i] += j;
                            if (j == 3 && (i & 1) == 0) {|LG0104:i++|};
                        }
                    return r;
                }
                """);

            // The inner foreach runs over a list the outer iteration appends to.
            yield return new CatalogEntry("Rt2InnerForeachOverAppendedList", """
                [Parallelize]
                public static int[] Run(int n)
                {
                    var r = new int[n];
                    var seen = new List<int>();
                    for (int i = 0; i < n; i++)
                    {
                        foreach (var x in seen)
                            r[i] += x;
                        {|LG0105:seen.Add(i)|};
                    }
                    return r;
                }
                """);

            // Array.Resize on a static array in a helper.
            yield return new CatalogEntry("Rt2HelperArrayResizeStatic", """
                private static int[] buf = new int[1];

                private static void Put(int k) { if (buf.Length <= k) Array.Resize(ref buf, k + 1); buf[k]++; }

                [Parallelize]
                public static int[] Run(int[,] a)
                {
                    buf = new int[1];
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            {|LG0102:Put(a[i, j] & 15)|};
                    return buf;
                }
                """);

            // FALSE ACCEPTANCE: a helper reverses a shared array passed to it (accepted with LG0004 only; results differ).
            yield return new CatalogEntry("Rt2HelperArrayReverseShared", """
                private static void Flip(int[] x) => Array.Reverse(x);

                [Parallelize]
                public static int[,] Run(int n)
                {
                    var shared = new int[] { 1, 2, 3 };
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                        {
                            {|LG0102:Flip(shared)|};
                            r[i, j] = shared[0];
                        }
                    return r;
                }
                """);

            // A StringBuilder declared before the nest.
            yield return new CatalogEntry("Rt2SharedStringBuilder", """
                [Parallelize]
                public static string Run(int[,] a)
                {
                    var sb = new StringBuilder();
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            {|LG0105:sb.Append(a[i, j])|};
                    return sb.ToString();
                }
                """);

            // BCL writes into a shared local array.
            yield return new CatalogEntry("Rt2ArrayCopyIntoShared", """
                [Parallelize]
                public static int[] Run(int[,] a)
                {
                    var shared = new int[4];
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            {|LG0102:Array.Copy(new[] { a[i, j] + shared[1] }, 0, shared, j & 3, 1)|};
                    return shared;
                }
                """);

            // FALSE ACCEPTANCE: Span.Fill over a shared array (accepted with LG0004 only; results differ).
            yield return new CatalogEntry("Rt2AsSpanFillShared", """
                [Parallelize]
                public static int[] Run(int[,] a)
                {
                    var shared = new int[4];
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            {|LG0004:{|LG0102:shared.AsSpan(j & 3, 1)|}.Fill(a[i, j] + shared[(j + 1) & 3])|};
                    return shared;
                }
                """);

            yield return new CatalogEntry("Rt2ArrayFillShared", """
                [Parallelize]
                public static int[] Run(int[,] a)
                {
                    var shared = new int[4];
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            {|LG0102:Array.Fill(shared, a[i, j] + shared[0])|};
                    return shared;
                }
                """);

            // Accumulator updated under one name, read/updated under an alias: accepted, the run-time distinctness check falls back.
            yield return new CatalogEntry("Rt2ArrayReductionAliasRead", """
                [Parallelize]
                public static int[,] Run(int[,] a)
                {
                    var acc = new int[8];
                    var view = acc;
                    var r = new int[a.GetLength(0), a.GetLength(1)];
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                        {
                            acc[j & 7] += a[i, j];
                            r[i, j] = view[j & 7];
                        }
                    return r;
                }
                """) { Report = "flattened" };

            yield return new CatalogEntry("Rt2ArrayReductionAliasMixedOps", """
                [Parallelize]
                public static int[] Run(int[,] a)
                {
                    var acc = new int[8];
                    var view = acc;
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                        {
                            acc[j & 7] += a[i, j];
                            view[(j + 1) & 7] *= 3;
                        }
                    return acc;
                }
                """) { Report = "flattened" };

            // continue in the inner loop; a count is read to decide.
            yield return new CatalogEntry("Rt2ContinueReadsCount", """
                [Parallelize]
                public static int Run(int[,] a)
                {
                    int sum = 0, cnt = 0;
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                        {
                            if (a[i, j] < 0) continue;
                            cnt++;
                            if ({|LG0100:cnt|} > 50) continue;
                            sum += a[i, j];
                        }
                    return sum;
                }
                """);

            // A foreach over a static list; a helper writes its elements.
            yield return new CatalogEntry("Rt2ForeachStaticListHelperWrites", """
                private static List<int> items = new List<int> { 1, 2, 3, 4 };

                private static void Touch(int k, int v) => items[k & 3] = v;

                [Parallelize]
                public static int[,] Run(int n)
                {
                    items = new List<int> { 1, 2, 3, 4 };
                    var r = new int[n, 4];
                    for (int i = 0; i < n; i++)
                    {
                        int k = 0;
                        foreach (var x in items)
                        {
                            r[i, k & 3] = x;
                            k++;
                        }
                        {|LG0102:Touch(i, i)|};
                    }
                    return r;
                }
                """);
        }
    }
}
