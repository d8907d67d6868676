using System.Collections.Generic;

namespace LoopGen.Tests.Catalog
{
    /// <summary>
    /// Red team, round 22: what changed in round 21's fixes: delegate locals judged by every value they may hold,
    /// comparing library members, the comparers of shared collections, collections made by collection expressions or
    /// copied by a constructor, and tuples. Each entry carries its CORRECT expectation.
    /// Found, silent (accepted with no diagnostic at all): delegate locals written where FindDelegateValues does not
    /// look ('out' declarations, pattern and deconstruction designations, a ref local aliasing the local); shared
    /// dictionaries whose user comparer is not traced (made by a helper, copied from another local, by ToDictionary,
    /// a static field); ConcurrentDictionary.AddOrUpdate/TryRemove, SortedSet.GetViewBetween, SortedList.IndexOfValue
    /// on keys of the compilation; a shared SortedList&lt;int, V&gt;'s indexer with a writing comparer (an int key taken as a position); an iterator made before the nest and spread in it by a collection expression ('[.. lazy]').
    /// Found, only LG0004 where the code is known or the delegate comes from a field, and the twin races: a field's
    /// delegate held by a local and handed to LINQ; MemoryExtensions.StartsWith; ValueTuple.CompareTo; GetValueOrDefault
    /// (an extension taking IReadOnlyDictionary) on a shared dictionary made with a writing comparer.
    /// Checked and kept as guards: a ref alias given a method group, a shared list's Add made a delegate in the
    /// iteration, a target-typed 'new(comparer)', anonymous keys, a struct
    /// without Equals holding a user key in a set, HashCode.Add of a user key, a List copied from an iterator local
    /// (run-time check, sequential). Also checked, not kept: Interlocked.Exchange(ref f, g),
    /// 'f = cond ? A : B', 'f = g', Delegate.Combine, a lambda or a local function's ref writing the local (LG0102 at the
    /// group and LG0004), records as set keys (LG0102), HashCode.Combine of an object (LG0004), a foreach over an
    /// IEnumerable field or property (LG0004 / LG0102), Nullable.Compare/Equals (LG0004), a spread of an int array (fresh).
    /// Fixed after the round (no entry carries a Bug): a delegate local declared by 'out', a pattern or a deconstruction,
    /// or aliased by a ref local, is no longer followed (its call is trusted, LG0004); a handed-on copy of a delegate
    /// field is LG0105; a collection whose comparer cannot be traced to 'new X(comparer)' on a local of the method (a
    /// helper's result, an alias, ToDictionary, a static field) has its comparing members trusted (LG0004) when the
    /// compilation declares a comparer; a key indexer is told by its declared parameter type (SortedList&lt;int, V&gt;);
    /// every member of a hashed or sorted collection compares except its size, walking and emptying members
    /// (AddOrUpdate, TryRemove, GetViewBetween, IndexOfValue compares values); a spread in a collection expression is an
    /// enumeration like a foreach; the read-only extension on a dictionary traces its comparer. ValueTuple.CompareTo and
    /// MemoryExtensions.StartsWith stayed trusted (LG0004) until stop 20, which looks into both (LG0102).
    /// </summary>
    internal static partial class CatalogEntries
    {
        private const string Noisy22 = """
            private static int calls;
            private static void Quiet(int v) { }
            private static void Record(int v) { calls++; }
            public sealed class Key : IEquatable<Key>, IComparable<Key>
            {
                public Key(int v) { this.V = v; }
                public int V { get; }
                public bool Equals(Key? other) { calls++; return other is not null && other.V == this.V; }
                public override bool Equals(object? obj) => this.Equals(obj as Key);
                public override int GetHashCode() { calls++; return this.V; }
                public int CompareTo(Key? other) { calls++; return this.V.CompareTo(other!.V); }
            }
            public sealed class NoisyComparer : IEqualityComparer<int>, IComparer<int>
            {
                public bool Equals(int a, int b) { calls++; return a == b; }
                public int GetHashCode(int v) { calls++; return v; }
                public int Compare(int a, int b) { calls++; return a.CompareTo(b); }
            }

            """;

        private static IEnumerable<CatalogEntry> RedTeam22()
        {
            // ------------------------------------------------------------ delegate locals: writes FindDelegateValues does not see
            // A delegate local declared by 'out' and given a default only when the call fails: it holds what TryGet stored (Record).
            yield return new CatalogEntry("Rt22OutVarDelegateThenDefault", Noisy22 + """
                private static bool TryGet(int k, out Action<int> f) { if (k > 0) { f = Record; return true; } f = Quiet; return false; }

                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    calls = 0;
                    if (!TryGet(m, out Action<int> f))
                        f = Quiet;
                    var res = new int[xs.Length + 1];
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                        {
                            res[i] += xs[i] + j;
                            {|LG0004:f(j)|};
                        }
                    res[xs.Length] = calls;
                    return res;
                }
                """) { Report = "row", Racy = true };

            // A delegate local declared by a pattern over a field ('is not Action<int> f'), with a fallback: it holds the field's delegate.
            yield return new CatalogEntry("Rt22PatternDelegateFromField", Noisy22 + """
                private static object Handler = (Action<int>)Record;

                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    calls = 0;
                    if (Handler is not Action<int> f)
                        f = Quiet;
                    var res = new int[xs.Length + 1];
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                        {
                            res[i] += xs[i] + j;
                            {|LG0004:f(j)|};
                        }
                    res[xs.Length] = calls;
                    return res;
                }
                """) { Report = "row", Racy = true };

            // A delegate local declared by a deconstruction ('var (f, n) = Pick(m)'), reassigned on a path never taken: it holds Record.
            yield return new CatalogEntry("Rt22DeconstructedDelegateLocal", Noisy22 + """
                private static (Action<int>, int) Pick(int k) => (Record, k);

                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    calls = 0;
                    var (f, n) = Pick(m);
                    if (n < 0)
                        f = Quiet;
                    var res = new int[xs.Length + 1];
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                        {
                            res[i] += xs[i] + j;
                            {|LG0004:f(j)|};
                        }
                    res[xs.Length] = calls;
                    return res;
                }
                """) { Report = "row", Racy = true };

            // A ref local aliasing the delegate local ('ref var r = ref f; r = OnCell;'): f holds the field's delegate.
            yield return new CatalogEntry("Rt22RefAliasAssignsFieldDelegate", Noisy22 + """
                private static Action<int> OnCell = Record;

                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    calls = 0;
                    Action<int> f = Quiet;
                    ref Action<int> r = ref f;
                    r = OnCell;
                    var res = new int[xs.Length + 1];
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                        {
                            res[i] += xs[i] + j;
                            {|LG0004:f(j)|};
                        }
                    res[xs.Length] = calls;
                    return res;
                }
                """) { Report = "row", Racy = true };

            // The same alias given a method group of the compilation: the group itself is caught where it is made.
            yield return new CatalogEntry("Rt22RefAliasAssignsGroup", Noisy22 + """
                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    calls = 0;
                    Action<int> f = Quiet;
                    ref Action<int> r = ref f;
                    r = {|LG0102:Record|};
                    var res = new int[xs.Length + 1];
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                        {
                            res[i] += xs[i] + j;
                            {|LG0004:f(j)|};
                        }
                    res[xs.Length] = calls;
                    return res;
                }
                """);

            // A delegate local copied from a field and handed to LINQ in the nest: as when it is called, whoever set the field runs in parallel.
            yield return new CatalogEntry("Rt22SelectOverFieldDelegateLocal", Noisy22 + """
                private static Func<int, int> Map = v => { calls++; return v; };

                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    calls = 0;
                    Func<int, int> f = Map;
                    var res = new int[xs.Length + 1];
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                            res[i] += {|LG0004:new[] { xs[i], j }.Select({|LG0105:f|})|}.Sum();
                    res[xs.Length] = calls;
                    return res;
                }
                """);

            // A method group of a shared list made a delegate in the iteration and called through a local: the group is judged where it is made.
            yield return new CatalogEntry("Rt22GroupOfSharedListMadeInIteration", """
                [Parallelize]
                public static int Run(int[] xs, int m)
                {
                    var log = new List<int>();
                    for (int i = 0; i < xs.Length; i++)
                    {
                        Action<int> add = {|LG0105:log.Add|};
                        for (int j = 0; j < m; j++)
                            add(xs[i] + j);
                    }
                    return log.Count + log.Sum();
                }
                """);

            // ------------------------------------------------------------ comparers of shared collections not traced
            // A shared dictionary made by a helper with a comparer that writes state.
            yield return new CatalogEntry("Rt22DictionaryFromHelperWithComparer", Noisy22 + """
                private static Dictionary<int, int> Make() => new Dictionary<int, int>(new NoisyComparer()) { [1] = 1, [2] = 2 };

                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    calls = 0;
                    var d = Make();
                    var res = new int[xs.Length + 1];
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                            res[i] += {|LG0004:d.ContainsKey(xs[i] + j)|} ? 1 : 0;
                    res[xs.Length] = calls;
                    return res;
                }
                """) { Report = "row", Racy = true };

            // A shared dictionary with a writing comparer, read through a second local ('var d = made').
            yield return new CatalogEntry("Rt22DictionaryAliasWithComparer", Noisy22 + """
                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    calls = 0;
                    var made = new Dictionary<int, int>(new NoisyComparer()) { [1] = 1 };
                    var d = made;
                    var res = new int[xs.Length + 1];
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                            res[i] += {|LG0004:d.ContainsKey(xs[i] + j)|} ? 1 : 0;
                    res[xs.Length] = calls;
                    return res;
                }
                """) { Report = "row", Racy = true };

            // A shared dictionary made by ToDictionary with a writing comparer.
            yield return new CatalogEntry("Rt22ToDictionaryWithComparer", Noisy22 + """
                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    calls = 0;
                    var d = xs.Distinct().ToDictionary(k => k, v => v, new NoisyComparer());
                    var res = new int[xs.Length + 1];
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                            res[i] += {|LG0004:d.ContainsKey(xs[i] + j)|} ? 1 : 0;
                    res[xs.Length] = calls;
                    return res;
                }
                """) { Report = "row", Racy = true };

            // A static dictionary field created with a writing comparer (traced to its initializer since stop 20: LG0004 before).
            yield return new CatalogEntry("Rt22StaticFieldDictionaryWithComparer", Noisy22 + """
                private static readonly Dictionary<int, int> D = new(new NoisyComparer()) { [1] = 1 };

                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    calls = 0;
                    var res = new int[xs.Length + 1];
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                            res[i] += {|LG0102:D.ContainsKey(xs[i] + j)|} ? 1 : 0;
                    res[xs.Length] = calls;
                    return res;
                }
                """);

            // The same dictionary made with a target-typed 'new(comparer)': traced.
            yield return new CatalogEntry("Rt22TargetTypedNewComparer", Noisy22 + """
                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    calls = 0;
                    Dictionary<int, int> d = new(new NoisyComparer()) { [1] = 1 };
                    var res = new int[xs.Length + 1];
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                            res[i] += {|LG0102:d.ContainsKey(xs[i] + j)|} ? 1 : 0;
                    res[xs.Length] = calls;
                    return res;
                }
                """);

            // ------------------------------------------------------------ library members that compare, taken as not comparing
            // A ConcurrentDictionary of the iteration: AddOrUpdate and TryRemove hash the user's key.
            yield return new CatalogEntry("Rt22ConcurrentDictionaryAddOrUpdate", Noisy22 + """
                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    calls = 0;
                    var res = new int[xs.Length + 1];
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                        {
                            var cd = new System.Collections.Concurrent.ConcurrentDictionary<Key, int>();
                            {|LG0102:cd.AddOrUpdate(new Key(xs[i]), 1, (k, v) => v + 1)|};
                            {|LG0102:cd.TryRemove(new Key(j), out _)|};
                            res[i] += cd.Count;
                        }
                    res[xs.Length] = calls;
                    return res;
                }
                """);

            // GetViewBetween on a sorted set of the iteration compares the bounds with the user's CompareTo.
            yield return new CatalogEntry("Rt22SortedSetGetViewBetween", Noisy22 + """
                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    calls = 0;
                    var res = new int[xs.Length + 1];
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                        {
                            var s = new SortedSet<Key>();
                            res[i] += {|LG0102:s.GetViewBetween(new Key(j), new Key(j + 1))|}.Count;
                        }
                    res[xs.Length] = calls;
                    return res;
                }
                """);

            // IndexOfValue on a sorted list of the iteration runs the values' Equals.
            yield return new CatalogEntry("Rt22SortedListIndexOfValue", Noisy22 + """
                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    calls = 0;
                    var res = new int[xs.Length + 1];
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                        {
                            var sl = new SortedList<int, Key>();
                            sl.Add(0, new Key(j));
                            res[i] += {|LG0102:sl.IndexOfValue(new Key(xs[i]))|} + 2;
                        }
                    res[xs.Length] = calls;
                    return res;
                }
                """);

            // MemoryExtensions.StartsWith over keys of the compilation runs their Equals, which write: looked into since stop 20 (LG0004 before).
            yield return new CatalogEntry("Rt22SpanStartsWithUserEquals", Noisy22 + """
                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    calls = 0;
                    var res = new int[xs.Length + 1];
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                        {
                            var a = new Key[] { new Key(j), new Key(xs[i]) };
                            var b = new Key[] { new Key(j) };
                            res[i] += {|LG0102:MemoryExtensions.StartsWith<Key>(a, b)|} ? 1 : 0;
                        }
                    res[xs.Length] = calls;
                    return res;
                }
                """);

            // ValueTuple.CompareTo compares the items with their CompareTo: looked into since stop 20 (LG0004 before).
            yield return new CatalogEntry("Rt22ValueTupleCompareToUserKey", Noisy22 + """
                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    calls = 0;
                    var res = new int[xs.Length + 1];
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                            res[i] += {|LG0102:(new Key(j), 1).CompareTo((new Key(xs[i]), 2))|};
                    res[xs.Length] = calls;
                    return res;
                }
                """);

            // Distinct over anonymous objects runs the user key's Equals and GetHashCode through the anonymous type's: caught.
            yield return new CatalogEntry("Rt22AnonymousKeysDistinct", Noisy22 + """
                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    calls = 0;
                    var res = new int[xs.Length + 1];
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                            res[i] += {|LG0102:new[] { new { K = new Key(j) }, new { K = new Key(xs[i]) } }.Distinct()|}.Count();
                    res[xs.Length] = calls;
                    return res;
                }
                """);

            // ------------------------------------------------------------ an iterator made before the nest, copied in it
            // A row made by a collection expression spreading a sequence field that holds an iterator: the spread enumerates
            // it, running Gen's body in every iteration; a foreach over the same field is trusted with LG0004 (the local
            // version, 'IEnumerable<int> lazy = Gen(64)' spread as '[.. lazy]', is silent too, and its twin differs when the
            // workers overlap, which the loaded catalog run does not always show; a foreach over it gets the run-time check).
            yield return new CatalogEntry("Rt22SpreadOfIteratorField", Noisy22 + """
                private static IEnumerable<int> Gen(int n) { for (int k = 0; k < n; k++) yield return calls++; }
                private static readonly IEnumerable<int> Source = Gen(16);

                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    calls = 0;
                    var res = new int[xs.Length + 1];
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                        {
                            List<int> row = [.. {|LG0004:Source|}];
                            res[i] += row.Sum() + j;
                        }
                    res[xs.Length] = calls;
                    return res;
                }
                """) { Report = "row", Racy = true };

            // A row copied by 'new List<int>(lazy)' from an iterator made before the nest: the constructor enumerates it, and
            // the twin checks the local at run time as for a foreach (here it runs sequentially).
            yield return new CatalogEntry("Rt22ListCopyOfIteratorMadeBeforeNest", Noisy22 + """
                private static IEnumerable<int> Gen(int n) { for (int k = 0; k < n; k++) yield return calls++; }

                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    calls = 0;
                    IEnumerable<int> lazy = Gen(3);
                    var res = new int[xs.Length + 1];
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                        {
                            var row = new List<int>(lazy);
                            res[i] += row.Sum() + j;
                        }
                    res[xs.Length] = calls;
                    return res;
                }
                """) { Report = "row" };

            // A struct of the compilation without Equals holding a user key, in a set of the iteration: ValueType's Equals and GetHashCode run the key's (caught).
            yield return new CatalogEntry("Rt22StructWithUserKeyInSet", Noisy22 + """
                public struct Pair { public Key K; public int N; }

                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    calls = 0;
                    var res = new int[xs.Length + 1];
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                        {
                            var s = new HashSet<Pair>();
                            {|LG0102:s.Add(new Pair { K = new Key(j), N = 1 })|};
                            {|LG0102:s.Add(new Pair { K = new Key(xs[i]), N = 1 })|};
                            res[i] += s.Count;
                        }
                    res[xs.Length] = calls;
                    return res;
                }
                """);

            // GetValueOrDefault, an extension taking IReadOnlyDictionary, on a shared dictionary made with a writing comparer: the comparer runs
            // (since stop 20 without the LG0004 that trusted the extension: the dictionary is known to be a library Dictionary).
            yield return new CatalogEntry("Rt22ReadOnlyExtensionOnDictionaryWithComparer", Noisy22 + """
                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    calls = 0;
                    var d = new Dictionary<int, int>(new NoisyComparer());
                    for (int k = 0; k < 8; k++) d[k] = k;
                    calls = 0;
                    var res = new int[xs.Length + 1];
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                            res[i] += {|LG0102:d.GetValueOrDefault((xs[i] + j) & 15, -1)|};
                    res[xs.Length] = calls;
                    return res;
                }
                """);

            // HashCode.Add of a user key runs its GetHashCode (caught, as HashCode.Combine).
            yield return new CatalogEntry("Rt22HashCodeAddUserKey", Noisy22 + """
                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    calls = 0;
                    var res = new int[xs.Length + 1];
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                        {
                            var hc = new HashCode();
                            {|LG0102:hc.Add(new Key(j))|};
                            res[i] += hc.ToHashCode() & 1;
                        }
                    res[xs.Length] = calls;
                    return res;
                }
                """);

            // The indexer of a shared SortedList<int, int> made with a writing comparer: an int key is still a key, ordered by the comparer.
            yield return new CatalogEntry("Rt22SortedListIntKeyIndexer", Noisy22 + """
                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    var sl = new SortedList<int, int>(new NoisyComparer());
                    for (int k = 0; k < 8; k++) sl.Add(k, k);
                    calls = 0;
                    var res = new int[xs.Length + 1];
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                            res[i] += {|LG0102:sl[(xs[i] + j) & 7]|};
                    res[xs.Length] = calls;
                    return res;
                }
                """);

            // The same lookup on a shared Dictionary<int, int>: its comparer is traced.
            yield return new CatalogEntry("Rt22DictionaryIntKeyIndexer", Noisy22 + """
                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    var look = new Dictionary<int, int>(new NoisyComparer());
                    for (int k = 0; k < 8; k++) look.Add(k, k);
                    calls = 0;
                    var res = new int[xs.Length + 1];
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                            res[i] += {|LG0102:look[(xs[i] + j) & 7]|};
                    res[xs.Length] = calls;
                    return res;
                }
                """);
        }
    }
}
