using System;
using System.Collections.Generic;

namespace LoopGen.Tests.Catalog
{
    /// <summary>
    /// Fifth red-team round (false acceptances found by a review session): library members LoopGen took as
    /// pure that run user code (Equals, GetHashCode, CompareTo, an interface's implementation, an
    /// enumerator) or write into arrays they are given, and [ThreadStatic] state, which each worker thread
    /// has its own copy of.
    /// </summary>
    internal static partial class CatalogEntries
    {
        private static IEnumerable<CatalogEntry> RedTeam5()
        {
            // F1a: List<T>.Contains (a "read member") runs the user's Equals override, which writes a static.
            yield return new CatalogEntry("Rt5ListContainsUserEquals", """
                public sealed class Key { public int V; public static int Calls; public override bool Equals(object o) { Calls++; return o is Key k && k.V == V; } public override int GetHashCode() => V; }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    var keys = new List<Key>();
                    for (int k = 0; k < n; k++) keys.Add(new Key { V = k });
                    Key.Calls = 0;
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|LG0102:keys.Contains(new Key { V = (i + j) % n })|} ? Key.Calls : -1;
                    return r;
                }
                """);

            // F1b: Dictionary.ContainsKey runs the user's GetHashCode.
            yield return new CatalogEntry("Rt5DictionaryUserHash", """
                public sealed class HKey { public int V; public static int Calls; public override bool Equals(object o) => o is HKey k && k.V == V; public override int GetHashCode() { Calls++; return V; } }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    var d = new Dictionary<HKey, int>();
                    for (int k = 0; k < n; k++) d[new HKey { V = k }] = k;
                    HKey.Calls = 0;
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|LG0102:d.ContainsKey(new HKey { V = j })|} ? HKey.Calls : -1;
                    return r;
                }
                """);

            // F1c: Array.BinarySearch runs the user's CompareTo.
            yield return new CatalogEntry("Rt5BinarySearchUserCompareTo", """
                public sealed class C : IComparable<C> { public int V; public static int Calls; public int CompareTo(C o) { Calls++; return V.CompareTo(o.V); } }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    var cs = new C[n];
                    for (int k = 0; k < n; k++) cs[k] = new C { V = k };
                    C.Calls = 0;
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|LG0102:Array.BinarySearch(cs, new C { V = j })|} + C.Calls;
                    return r;
                }
                """);

            // F1d: IList<T>.this[] is a "read member", but the object behind the interface is a user class. The twin
            // checks before the nest that the variable holds an array or a List<T>, and runs M's loop otherwise.
            yield return new CatalogEntry("Rt5CustomIListIndexer", """
                public sealed class Noisy : IList<int>
                {
                    public static int Reads;
                    private readonly int n;
                    public Noisy(int n) { this.n = n; }
                    public int this[int index] { get { Reads++; return index * 100000 + Reads; } set { } }
                    public int Count => n;
                    public bool IsReadOnly => true;
                    public void Add(int item) { }
                    public void Clear() { }
                    public bool Contains(int item) => false;
                    public void CopyTo(int[] array, int arrayIndex) { }
                    public IEnumerator<int> GetEnumerator() { for (int k = 0; k < n; k++) yield return k; }
                    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
                    public int IndexOf(int item) => -1;
                    public void Insert(int index, int item) { }
                    public bool Remove(int item) => false;
                    public void RemoveAt(int index) { }
                }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    IList<int> xs = new Noisy(n);
                    Noisy.Reads = 0;
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = xs[j];
                    return r;
                }
                """) { Report = "flattened" };

            // F1e: Enumerable.Sum enumerates a user IEnumerable whose GetEnumerator writes a static: checked the same way.
            yield return new CatalogEntry("Rt5EnumerableOverUserEnumerable", """
                public sealed class Seq : IEnumerable<int>
                {
                    public static int Made;
                    private readonly int n;
                    public Seq(int n) { this.n = n; }
                    public IEnumerator<int> GetEnumerator() { Made++; int m = Made; for (int k = 0; k < n; k++) yield return k + m; }
                    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
                }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    IEnumerable<int> s = new Seq(3);
                    Seq.Made = 0;
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = System.Linq.Enumerable.Sum(s) + i;
                    return r;
                }
                """) { Report = "flattened" };

            // F2a: a static method of a pure type (BitConverter) writes a shared array through a Span<byte> parameter.
            yield return new CatalogEntry("Rt5BitConverterTryWriteBytesShared", """
                [Parallelize]
                public static int[,] Run(int n)
                {
                    var bytes = new byte[4];
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                        {
                            {|LG0102:BitConverter.TryWriteBytes(bytes, i * n + j)|};
                            r[i, j] = bytes[0] + bytes[1] * 256;
                        }
                    return r;
                }
                """);

            // F2b: an instance method of a pure type (string.CopyTo) on a shared receiver writes a shared char[].
            yield return new CatalogEntry("Rt5StringCopyToSharedBuffer", """
                [Parallelize]
                public static int[,] Run(string s, int n)
                {
                    var buf = new char[n + 1];
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                        {
                            {|LG0102:s.CopyTo(i % n, buf, j, 1)|};
                            r[i, j] = buf[(j + 1) % (n + 1)];
                        }
                    return r;
                }
                """);

            // F3: a [ThreadStatic] field set before the nest is read by worker threads that never set it.
            yield return new CatalogEntry("Rt5ThreadStaticRead", """
                [ThreadStatic] private static int scale;

                [Parallelize]
                public static int[,] Run(int n)
                {
                    scale = 3;
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = i * {|LG0107:scale|} + j;
                    return r;
                }
                """);

            yield return new CatalogEntry("Rt5ThreadStaticReadByHelper", """
                [ThreadStatic] private static int[] table;
                private static int Look(int k) => table == null ? -1 : table[k % table.Length];

                [Parallelize]
                public static int[,] Run(int n)
                {
                    table = new[] { 5, 7, 11 };
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|LG0107:Look(i + j)|};
                    return r;
                }
                """);
            // Counterparts that stay accepted without LG0004: an Equals override LoopGen looks into and finds
            // pure, a record struct key (its generated Equals and GetHashCode compare int fields), and a LINQ
            // chain over an array (the inner query is the library's own).
            yield return new CatalogEntry("Rt5ListContainsPureUserEquals", """
                public sealed class Key { public int V; public override bool Equals(object o) => o is Key k && k.V == V; public override int GetHashCode() => V; }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    var keys = new List<Key>();
                    for (int k = 0; k < n; k += 2) keys.Add(new Key { V = k });
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = keys.Contains(new Key { V = (i + j) % n }) ? 1 : -1;
                    return r;
                }
                """) { Report = "flattened" };

            yield return new CatalogEntry("Rt5DictionaryRecordStructKey", """
                public readonly record struct Cell(int Row, int Col);

                [Parallelize]
                public static int[,] Run(int n)
                {
                    var d = new Dictionary<Cell, int>();
                    for (int k = 0; k < n; k++) d[new Cell(k, k % 3)] = k * 7;
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = d.TryGetValue(new Cell(j, i % 3), out int v) ? v : -1;
                    return r;
                }
                """) { Report = "flattened" };

            yield return new CatalogEntry("Rt5LinqChainOverArray", """
                [Parallelize]
                public static int[,] Run(int[] xs, int n)
                {
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                        {
                            int lo = i - j;
                            r[i, j] = System.Linq.Enumerable.Sum(System.Linq.Enumerable.Where(xs, x => x > lo)) + System.Linq.Enumerable.Count(xs, x => x == lo);
                        }
                    return r;
                }
                """) { Report = "flattened" };
            // In a helper: a pure member writing the helper's array argument, which is the nest's shared array.
            yield return new CatalogEntry("Rt5HelperBitConverterWritesArgument", """
                private static int Encode(byte[] dst, int v) { BitConverter.TryWriteBytes(dst, v); return dst[0] + dst[1]; }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    var bytes = new byte[4];
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|LG0102:Encode(bytes, i * n + j)|};
                    return r;
                }
                """);

            // In a helper: a list interface parameter cannot be checked at run time by the twin: trusted, with LG0004.
            yield return new CatalogEntry("Rt5HelperReadsListInterface", """
                private static int Pick(IReadOnlyList<int> xs, int k) => xs[k % xs.Count];

                [Parallelize]
                public static int[,] Run(int[] data, int n)
                {
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|LG0004:Pick(data, i + j)|};
                    return r;
                }
                """) { Report = "flattened", Inputs = (rng, size) => new object?[] { new[] { 3, 1, 4, 1, 5 }, size } };
            // Only the compared types matter: a dictionary's values and the elements a selector maps are not
            // compared, so a non-sealed class there gives no LG0004.
            yield return new CatalogEntry("Rt5ComparedTypesOnly", """
                public class Item { public int Score; public string Name = ""; }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    var items = new List<Item>();
                    var byName = new Dictionary<string, Item>();
                    for (int k = 0; k < n; k++) { var it = new Item { Score = k * 7 % 11, Name = "n" + k }; items.Add(it); byName[it.Name] = it; }
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = (byName.TryGetValue("n" + ((i + j) % n), out Item? found) ? found.Score : -1)
                                + System.Linq.Enumerable.Max(items, x => x.Score - j);
                    return r;
                }
                """) { Report = "flattened", Large = 60 };
        }
    }
}
