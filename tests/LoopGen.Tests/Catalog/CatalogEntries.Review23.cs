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

            // ------------------------------------------------------------ searches through a span of a shared array
            // MemoryExtensions.IndexOf takes a Span<T> but only reads it: a search of a parameter's span is accepted.
            yield return new CatalogEntry("Rv23SharedSpanIndexOf", """
                [Parallelize]
                public static int[] Run(int[] xs, int[] keys, int m)
                {
                    var r = new int[xs.Length];
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                            r[i] += keys.AsSpan().IndexOf(xs[i] + j) >= 0 ? 1 : 0;
                    return r;
                }
                """) { Report = "row" };

            // The same search over keys whose Equals counts: the compared elements' code is still judged.
            yield return new CatalogEntry("Rv23SharedSpanIndexOfCountingKey", """
                public sealed class Key : IEquatable<Key>
                {
                    public static int Calls;
                    public readonly int V;
                    public Key(int v) { this.V = v; }
                    public bool Equals(Key? o) { Calls++; return o is not null && o.V == this.V; }
                    public override bool Equals(object? o) => this.Equals(o as Key);
                    public override int GetHashCode() => this.V;
                }

                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    var keys = new Key[16];
                    for (int k = 0; k < keys.Length; k++) keys[k] = new Key(k);
                    var r = new int[xs.Length];
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                            r[i] += {|LG0102:keys.AsSpan().IndexOf(new Key((xs[i] + j) & 31))|} >= 0 ? 1 : 0;
                    return r;
                }
                """);

            // Sorting a span of a shared array writes it: still rejected.
            yield return new CatalogEntry("Rv23SharedSpanSortRejected", """
                [Parallelize]
                public static int[] Run(int[] xs, int[] keys, int m)
                {
                    var r = new int[xs.Length];
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                        {
                            {|LG0102:{|LG0102:keys.AsSpan()|}.Sort()|};
                            r[i] += keys[0] + j;
                        }
                    return r;
                }
                """);

            // A search through a span of the array the nest writes reads other rows' cells: not independent.
            yield return new CatalogEntry("Rv23SearchesTheArrayItWrites", """
                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    var res = new int[xs.Length];
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                            {|LG0106:res[i]|} += res.AsSpan().IndexOf(xs[i] + j) >= 0 ? 1 : 0;
                    return res;
                }
                """);

            // The same through a parameter written in place, and a range of it.
            yield return new CatalogEntry("Rv23SearchesTheParameterItWrites", """
                [Parallelize]
                public static void Run(int[] data, int m)
                {
                    for (int i = 0; i < data.Length; i++)
                        for (int j = 0; j < m; j++)
                            {|LG0106:data[i]|} = data.AsSpan(0, data.Length).Contains(data[i] + j) ? data[i] + 1 : data[i];
                }
                """);

            // ------------------------------------------------------------ objects made where they are used
            // A writer made in the cell around a shared stream writes the stream: not private.
            yield return new CatalogEntry("Rv23InlineWriterAroundSharedStream", """
                private static readonly System.IO.MemoryStream Log = new System.IO.MemoryStream();

                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    var r = new int[xs.Length];
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                        {
                            {|LG0105:new System.IO.StreamWriter(Log).Write(xs[i] + j)|};
                            r[i] += j;
                        }
                    return r;
                }
                """);

            // An object of the compilation made in the cell whose constructor publishes it: its method's write is shared.
            yield return new CatalogEntry("Rv23InlineObjectPublishedByConstructor", """
                private sealed class Tracker
                {
                    public static Tracker? Last;
                    public int N;
                    public Tracker(int n) { this.N = n; Last = this; }
                    public int Bump() { this.N++; return this.N; }
                }

                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    var r = new int[xs.Length];
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                            r[i] += {|LG0102:new Tracker(xs[i] + j)|}.Bump();
                    return r;
                }
                """);

            // ------------------------------------------------------------ flat indexes computed into locals
            // 'int idx = i * m + j; flat[idx] = ..': the same block per row as 'flat[i * m + j]'.
            yield return new CatalogEntry("Rv23FlatIndexThroughCellLocal", """
                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    var flat = new int[xs.Length * m];
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                        {
                            int idx = i * m + j;
                            flat[idx] = xs[i] * j - flat[idx];
                        }
                    return flat;
                }
                """) { Report = "flattened" };

            // 'int offset = y * width;' in the row, then 'flat[offset + x]' in the cell.
            yield return new CatalogEntry("Rv23FlatIndexThroughRowOffset", """
                [Parallelize]
                public static double[] Run(double[] xs, int width)
                {
                    var flat = new double[xs.Length * width];
                    for (int y = 0; y < xs.Length; y++)
                    {
                        int offset = y * width;
                        for (int x = 0; x < width; x++)
                            flat[offset + x] = xs[y] * 0.5 + x;
                    }
                    return flat;
                }
                """) { Report = "row" };

            // The local is written again in the cell: it is not the row's block any more.
            yield return new CatalogEntry("Rv23FlatIndexLocalReassigned", """
                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    var flat = new int[xs.Length * m + m];
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                        {
                            int idx = i * m + j;
                            if ((xs[i] & 1) == 0) idx += m;
                            {|LG0106:flat[idx]|} = xs[i] + j;
                        }
                    return flat;
                }
                """);

            // The offset names the next row: two rows write the same block.
            yield return new CatalogEntry("Rv23FlatIndexLocalOfNextRow", """
                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    var flat = new int[(xs.Length + 1) * m];
                    for (int i = 0; i < xs.Length; i++)
                    {
                        int offset = (i + 1) * m;
                        for (int j = 0; j < m; j++)
                            {|LG0106:flat[offset + j]|} = xs[i] + j;
                    }
                    return flat;
                }
                """);

            // The same block updated with '+=' only: an array reduction (each chunk adds into its own copy, merged in order).
            yield return new CatalogEntry("Rv23FlatIndexLocalOfNextRowReduced", """
                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    var flat = new int[(xs.Length + 1) * m];
                    for (int i = 0; i < xs.Length; i++)
                    {
                        int offset = (i + 1) * m;
                        for (int j = 0; j < m; j++)
                            flat[offset + j] += xs[i] + j;
                    }
                    return flat;
                }
                """) { Report = "row" };

            // The offset local is declared before the nest, with the counter's name reused nowhere: not of the iteration.
            yield return new CatalogEntry("Rv23FlatIndexLocalDeclaredOutside", """
                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    var flat = new int[xs.Length * m + m];
                    int start = m;
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                            {|LG0106:flat[start + j]|} = xs[i] + j;
                    return flat;
                }
                """);

            // ------------------------------------------------------------ GetValueOrDefault on dictionaries known exactly
            // A lookup table made before the nest, read with GetValueOrDefault: nothing to trust.
            yield return new CatalogEntry("Rv23GetValueOrDefaultLookupTable", """
                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    var table = new Dictionary<int, int>();
                    for (int k = 0; k < 40; k += 3) table[k] = k * k;
                    var r = new int[xs.Length];
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                            r[i] += table.GetValueOrDefault((xs[i] + j) & 63, -1);
                    return r;
                }
                """) { Report = "row" };

            // Keys whose GetHashCode counts: the lookup runs it.
            yield return new CatalogEntry("Rv23GetValueOrDefaultCountingKey", """
                public sealed class Key
                {
                    public static int Calls;
                    public readonly int V;
                    public Key(int v) { this.V = v; }
                    public override bool Equals(object? o) => o is Key k && k.V == this.V;
                    public override int GetHashCode() { Calls++; return this.V; }
                }

                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    var table = new Dictionary<Key, int>();
                    for (int k = 0; k < 40; k += 3) table[new Key(k)] = k;
                    var r = new int[xs.Length];
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                            r[i] += {|LG0102:table.GetValueOrDefault(new Key((xs[i] + j) & 63))|};
                    return r;
                }
                """);

            // A class derived from Dictionary that implements the read-only interface its own way: not known, trusted.
            yield return new CatalogEntry("Rv23GetValueOrDefaultDerivedDictionary", """
                private static int calls;

                public sealed class Counting : Dictionary<int, int>, IReadOnlyDictionary<int, int>
                {
                    bool IReadOnlyDictionary<int, int>.TryGetValue(int key, out int value) { calls++; return this.TryGetValue(key, out value); }
                }

                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    Dictionary<int, int> table = new Counting();
                    for (int k = 0; k < 40; k += 3) table[k] = k;
                    var r = new int[xs.Length];
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                            r[i] += {|LG0004:table.GetValueOrDefault((xs[i] + j) & 63)|};
                    return r;
                }
                """) { Report = "row", Racy = true };

            // ------------------------------------------------------------ flags set to a constant
            // 'found = true' in some cells: an OR of the cells, whichever ran last.
            yield return new CatalogEntry("Rv23FlagSetTrue", """
                [Parallelize]
                public static (bool, bool) Run(int[] xs, int m)
                {
                    bool found = false;
                    bool allSmall = true;
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                        {
                            if (xs[i] == j * 7) found = true;
                            if (xs[i] + j > 1000) allSmall = false;
                        }
                    return (found, allSmall);
                }
                """) { Report = "flattened" };

            // The flag is set both ways: the last cell decides, not any cell.
            yield return new CatalogEntry("Rv23FlagSetBothWays", """
                [Parallelize]
                public static bool Run(int[] xs, int m)
                {
                    bool last = false;
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                        {
                            if (xs[i] > j) last = true;
                            else {|LG0101:last = false|};
                        }
                    return last;
                }
                """);

            // The flag is read in the nest: each cell sees what earlier cells set.
            yield return new CatalogEntry("Rv23FlagSetThenRead", """
                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    bool seen = false;
                    var r = new int[xs.Length];
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                        {
                            if (xs[i] == j) seen = true;
                            r[i] += {|LG0100:seen|} ? 1 : 0;
                        }
                    return r;
                }
                """);

            // ------------------------------------------------------------ comparers of static readonly fields
            // A static readonly set made with a base-library comparer: traced to its initializer, nothing to trust.
            yield return new CatalogEntry("Rv23StaticReadonlySetWithLibraryComparer", """
                private static readonly HashSet<string> StopWords = new HashSet<string>(new[] { "a", "an", "the" }, StringComparer.OrdinalIgnoreCase);

                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    var r = new int[xs.Length];
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                            if (StopWords.Contains(((xs[i] + j) % 3) switch { 0 => "A", 1 => "x", _ => "The" })) r[i]++;
                    return r;
                }
                """) { Report = "row" };

            // A static readonly dictionary made with a comparer that writes: looked into at each lookup.
            yield return new CatalogEntry("Rv23StaticReadonlyDictionaryWithWritingComparer", """
                private static int calls;

                private sealed class Counting : IEqualityComparer<int>
                {
                    public bool Equals(int a, int b) { calls++; return a == b; }
                    public int GetHashCode(int v) => v;
                }

                private static readonly Dictionary<int, int> Table = new Dictionary<int, int>(new Counting()) { [1] = 10, [2] = 20 };

                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    var r = new int[xs.Length];
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                            if ({|LG0102:Table.TryGetValue((xs[i] + j) & 3, out int v)|}) r[i] += v;
                    return r;
                }
                """);

            // A static readonly field a static constructor assigns again: not traced (trusted when some comparer could be held).
            yield return new CatalogEntry("Rv23StaticReadonlyReassignedInStaticConstructor", """
                private static int calls;

                private sealed class Counting : IEqualityComparer<int>
                {
                    public bool Equals(int a, int b) { calls++; return a == b; }
                    public int GetHashCode(int v) => v;
                }

                private static readonly Dictionary<int, int> Table = new Dictionary<int, int>();

                static K() { Table = new Dictionary<int, int>(new Counting()) { [1] = 10 }; }

                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    var r = new int[xs.Length];
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                            if ({|LG0004:Table.TryGetValue((xs[i] + j) & 3, out int v)|}) r[i] += v;
                    return r;
                }
                """) { Report = "row", Racy = true };

            // ------------------------------------------------------------ copies made by ToArray, ToList and Clone
            // The copy is the iteration's, its elements are not: writing a field of a copied element writes a shared object.
            yield return new CatalogEntry("Rv23ToArrayCopyElementsStillShared", """
                public sealed class Cell { public int N; }

                [Parallelize]
                public static int[] Run(Cell[] cells, int m)
                {
                    var r = new int[cells.Length];
                    for (int i = 0; i < cells.Length; i++)
                        for (int j = 0; j < m; j++)
                        {
                            var copy = cells.ToArray();
                            {|LG0102:copy[j % copy.Length].N++|};
                            r[i] += copy.Length;
                        }
                    return r;
                }
                """);

            // Sorting a Clone of a shared row in place is the iteration's own work.
            yield return new CatalogEntry("Rv23SortedCloneOfSharedRow", """
                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    var r = new int[xs.Length];
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                        {
                            var sorted = (int[])xs.Clone();
                            Array.Sort(sorted);
                            r[i] += sorted[(i + j) % sorted.Length];
                        }
                    return r;
                }
                """) { Report = "row" };

            // ------------------------------------------------------------ rows the iteration has just made
            // The element is replaced by a shared list before it is used: not the iteration's.
            yield return new CatalogEntry("Rv23FreshRowReplacedBeforeUse", """
                private static readonly List<int> Shared = new List<int>();

                [Parallelize]
                public static List<int>[] Run(int[] xs, int m)
                {
                    var adj = new List<int>[xs.Length];
                    for (int i = 0; i < xs.Length; i++)
                    {
                        adj[i] = new List<int>();
                        if (xs[i] < 0) adj[i] = Shared;
                        for (int j = 0; j < m; j++)
                            {|LG0105:adj[i].Add(j)|};
                    }
                    return adj;
                }
                """);

            // Made only on some iterations: on the others the element is whatever the caller put there.
            yield return new CatalogEntry("Rv23FreshRowMadeConditionally", """
                [Parallelize]
                public static void Run(List<int>[] adj, int m)
                {
                    for (int i = 0; i < adj.Length; i++)
                    {
                        if (m > 3) adj[i] = new List<int>();
                        for (int j = 0; j < m; j++)
                            {|LG0105:adj[i].Add(j)|};
                    }
                }
                """);

            // Used before it is made: the first Add goes to the caller's list.
            yield return new CatalogEntry("Rv23FreshRowUsedBeforeMade", """
                [Parallelize]
                public static void Run(List<int>[] adj, int m)
                {
                    for (int i = 0; i < adj.Length; i++)
                    {
                        {|LG0105:adj[i].Add(-1)|};
                        adj[i] = new List<int>();
                        for (int j = 0; j < m; j++)
                            adj[i].Add(j);
                    }
                }
                """);

            // Made from the caller's list (not a new object): writes reach the caller's list.
            yield return new CatalogEntry("Rv23FreshRowFromSharedList", """
                [Parallelize]
                public static List<int>[] Run(List<int> seed, int n, int m)
                {
                    var rows = new List<int>[n];
                    for (int i = 0; i < n; i++)
                    {
                        rows[i] = seed;
                        for (int j = 0; j < m; j++)
                            {|LG0105:rows[i].Add(j)|};
                    }
                    return rows;
                }
                """);

            // ------------------------------------------------------------ selections written as one tuple assignment
            // A selection whose candidate reads the other variable: the value of another running selection, not a reduction.
            yield return new CatalogEntry("Rv23TupleSelectionReadsTheOther", """
                [Parallelize]
                public static (int, int) Run(int[] xs, int m)
                {
                    int lo = int.MaxValue, hi = int.MinValue;
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                            {|LG0101:(lo, hi)|} = (Math.Min(lo, xs[i] - j), Math.Max({|LG0100:lo|}, xs[i] + j));
                    return (lo, hi);
                }
                """);

            // The same variable twice in the targets: the last assignment wins, not a selection.
            yield return new CatalogEntry("Rv23TupleSelectionSameTargetTwice", """
                [Parallelize]
                public static int Run(int[] xs, int m)
                {
                    int best = 0, other = 0;
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                            {|LG0101:(best, other, best)|} = (Math.Max(best, xs[i]), 1, Math.Min(best, j));
                    return best + other;
                }
                """);

            // The tuple selection over a flattened nest: each chunk selects from its cells, the merge in chunk order.
            yield return new CatalogEntry("Rv23TupleSelectionFlattened", """
                [Parallelize]
                public static (double, double) Run(double[] xs, int m)
                {
                    double lo = double.PositiveInfinity, hi = double.NegativeInfinity;
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                            (hi, lo) = (Math.Max(hi, xs[i] * j), Math.Min(lo, xs[i] - j));
                    return (lo, hi);
                }
                """) { Report = "flattened" };
        }
    }
}
