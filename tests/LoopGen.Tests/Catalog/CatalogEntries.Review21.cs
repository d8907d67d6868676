using System.Collections.Generic;

namespace LoopGen.Tests.Catalog
{
    /// <summary>
    /// Guards for the fixes of red team round 21's library findings: collections that hash or order their type
    /// arguments are judged as comparing (a key indexer, PriorityQueue, SortedList, a collection expression into a set,
    /// HashCode.Combine), while what does not compare, or compares only values whose Equals, GetHashCode and
    /// CompareTo write nothing, is still accepted. Each entry carries its CORRECT expectation.
    /// </summary>
    internal static partial class CatalogEntries
    {
        private const string QuietKey = """
            private sealed class Key : IComparable<Key>
            {
                public readonly int V;
                public Key(int v) { this.V = v; }
                public int CompareTo(Key? o) => o is null ? 1 : this.V.CompareTo(o.V);
                public override bool Equals(object? o) => o is Key k && k.V == this.V;
                public override int GetHashCode() => this.V;
            }

            """;

        private static IEnumerable<CatalogEntry> Review21()
        {
            // HashCode.Combine of ints and of a sealed key whose GetHashCode writes nothing: nothing to say.
            yield return new CatalogEntry("Rv21HashCodeCombineQuietKey", QuietKey + """
                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    var res = new int[xs.Length];
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                            res[i] += (HashCode.Combine(xs[i], j) ^ HashCode.Combine(new Key(j), new Key(xs[i]))) & 1;
                    return res;
                }
                """) { Report = "row" };

            // A priority queue and a sorted list of the iteration, of quiet keys: accepted.
            yield return new CatalogEntry("Rv21PriorityQueueAndSortedListQuiet", QuietKey + """
                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    var res = new int[xs.Length];
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                        {
                            var q = new PriorityQueue<int, Key>();
                            q.Enqueue(1, new Key(xs[i]));
                            q.Enqueue(2, new Key(j));
                            var sorted = new SortedList<Key, int>();
                            sorted[new Key(j)] = xs[i];
                            res[i] += q.Peek() + sorted[new Key(j)] + q.Count;
                        }
                    return res;
                }
                """) { Report = "row", Large = 120 };

            // A list of the iteration keeps its elements by position: its Add and indexer compare nothing, even of a type
            // whose Equals counts.
            yield return new CatalogEntry("Rv21ListOfNoisyDoesNotCompare", """
                private sealed class Noisy
                {
                    public static int Calls;
                    public readonly int V;
                    public Noisy(int v) { this.V = v; }
                    public override bool Equals(object? o) { Calls++; return o is Noisy n && n.V == this.V; }
                    public override int GetHashCode() { Calls++; return this.V; }
                }

                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    var res = new int[xs.Length];
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                        {
                            var list = new List<Noisy>();
                            list.Add(new Noisy(xs[i]));
                            list.Add(new Noisy(j));
                            res[i] += list[1].V + list.Count;
                        }
                    return res;
                }
                """) { Report = "row", Large = 120 };

            // A shared dictionary of quiet keys read through its indexer, and a set made by a collection expression: accepted.
            yield return new CatalogEntry("Rv21SharedDictionaryAndSetExpressionQuiet", QuietKey + """
                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    var lookup = new Dictionary<Key, int>();
                    for (int k = 0; k < 64; k++) lookup[new Key(k)] = k;
                    var res = new int[xs.Length];
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                        {
                            HashSet<Key> set = [new Key(xs[i]), new Key(j)];
                            res[i] += lookup[new Key((xs[i] + j) & 63)] + set.Count;
                        }
                    return res;
                }
                """) { Report = "row", Large = 120 };

            // Rows made by a collection expression that starts with the outer value and a spread list of ints: accepted,
            // and the products table written with '[]' for the results and the rows.
            yield return new CatalogEntry("Rv21RowsFromPrefilledCollectionExpression", """
                [Parallelize]
                public static List<List<int>> Run(int[] xs, List<int> prefix, int m)
                {
                    List<List<int>> results = [];
                    foreach (var x in xs)
                    {
                        List<int> row = [x, .. prefix];
                        for (int j = 0; j < m; j++) row.Add(x * j);
                        results.Add(row);
                    }
                    return results;
                }
                """) { Report = "row" };

            yield return new CatalogEntry("Rv21ProductsWithCollectionExpressions", """
                [Parallelize]
                public static List<List<int>> Run(List<int> outer, List<int> inner)
                {
                    List<List<int>> results = [];
                    foreach (var i in outer)
                    {
                        List<int> row = [];
                        foreach (var j in inner)
                            row.Add(i * j);
                        results.Add(row);
                    }
                    return results;
                }
                """) { Report = "flattened" };

            // A spread of shared arrays: the new list holds the same arrays, and writing through it writes one of them.
            yield return new CatalogEntry("Rv21SpreadOfSharedArraysIsNotPrivate", """
                [Parallelize]
                public static int[] Run(int[][] rows, int m)
                {
                    var res = new int[rows.Length];
                    for (int i = 0; i < rows.Length; i++)
                        for (int j = 0; j < m; j++)
                        {
                            List<int[]> mine = [.. rows];
                            {|LG0106:mine[0][0]|} = i + j;
                            res[i] += mine.Count;
                        }
                    return res;
                }
                """);

            // A shared dictionary made before the nest without a comparer, and one with a comparer of the compilation that
            // writes nothing: both accepted.
            yield return new CatalogEntry("Rv21SharedDictionariesQuietComparers", """
                private sealed class Parity : IEqualityComparer<int>
                {
                    public bool Equals(int a, int b) => (a & 1) == (b & 1);
                    public int GetHashCode(int a) => a & 1;
                }

                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    var plain = new Dictionary<int, int>();
                    var parity = new Dictionary<int, int>(new Parity());
                    for (int k = 0; k < 64; k++) { plain[k] = k; parity[k] = k; }
                    var res = new int[xs.Length];
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                            res[i] += plain[(xs[i] + j) & 63] + parity[j];
                    return res;
                }
                """) { Report = "row" };

            // A shared dictionary read through an extension that takes it as a read-only view: not a write (and since stop 20 not
            // trusted either: the local is known to hold a library Dictionary, whose TryGetValue the extension calls).
            yield return new CatalogEntry("Rv21ReadOnlyExtensionOnSharedDictionary", """
                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    var lookup = new Dictionary<int, int>();
                    for (int k = 0; k < 64; k++) lookup[k] = k;
                    var res = new int[xs.Length];
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                            res[i] += lookup.GetValueOrDefault((xs[i] + j) & 127, -1);
                    return res;
                }
                """) { Report = "row" };

            // An iterator of the compilation made before the nest and walked by a foreach in it: the twin checks at run time
            // that the local holds an array or a List<T>, and runs sequentially otherwise (here always), as M does.
            yield return new CatalogEntry("Rv21IteratorLocalWalkedByForeach", """
                private static int seen;

                private static IEnumerable<int> Gen(int n)
                {
                    for (int k = 0; k < n; k++)
                    {
                        seen++;
                        yield return k;
                    }
                }

                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    seen = 0;
                    var res = new int[xs.Length + 1];
                    var g = Gen(8);
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                            foreach (var v in g) res[i] += v + j;
                    res[xs.Length] = seen;
                    return res;
                }
                """) { Report = "row" };

            // A list copied from shared arrays holds the same arrays: writing through it writes one of them.
            yield return new CatalogEntry("Rv21CopiedListOfSharedArraysIsNotPrivate", """
                [Parallelize]
                public static int[] Run(int[][] rows, int m)
                {
                    var res = new int[rows.Length];
                    for (int i = 0; i < rows.Length; i++)
                        for (int j = 0; j < m; j++)
                        {
                            var mine = new List<int[]>(rows);
                            {|LG0106:mine[0][0]|} = i + j;
                            res[i] += mine.Count;
                        }
                    return res;
                }
                """);
        }
    }
}
