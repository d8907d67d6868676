using System;
using System.Collections.Generic;

namespace LoopGen.Tests.Catalog
{
    /// <summary>
    /// Sixth red-team round, from a review session: silent false acceptances (each was accepted with LG0003 and no
    /// LG0004, and its twin differed from M in the differential). Each entry carries its CORRECT expectation: a
    /// rejection, or an LG0004 naming the call LoopGen cannot resolve (those are Racy: the call does race).
    /// </summary>
    internal static partial class CatalogEntries
    {
        private static IEnumerable<CatalogEntry> RedTeam6()
        {
            // ===== A. Library CONSTRUCTORS run user Equals/GetHashCode/CompareTo/GetEnumerator or a user comparer (CallInspector.InspectConstructor returns Safe for any base-library constructor).
            yield return new CatalogEntry("Rt6HashSetCtorUserHash", """
                public sealed class HKey { public int V; public static int Calls; public override bool Equals(object o) => o is HKey k && k.V == V; public override int GetHashCode() { Calls++; return V; } }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    var keys = new HKey[3];
                    for (int k = 0; k < 3; k++) keys[k] = new HKey { V = k };
                    HKey.Calls = 0;
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                        {
                            var set = {|LG0102:new HashSet<HKey>(keys)|};
                            r[i, j] = set.Count + HKey.Calls;
                        }
                    return r;
                }
                """);

            yield return new CatalogEntry("Rt6SortedSetCtorUserCompare", """
                public sealed class C : IComparable<C> { public int V; public static int Calls; public int CompareTo(C o) { Calls++; return V.CompareTo(o.V); } }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    var items = new C[4];
                    for (int k = 0; k < 4; k++) items[k] = new C { V = 3 - k };
                    C.Calls = 0;
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                        {
                            var set = {|LG0102:new SortedSet<C>(items)|};
                            r[i, j] = set.Count + C.Calls;
                        }
                    return r;
                }
                """);

            yield return new CatalogEntry("Rt6DictionaryPairsCtorUserHash", """
                public sealed class HKey { public int V; public static int Calls; public override bool Equals(object o) => o is HKey k && k.V == V; public override int GetHashCode() { Calls++; return V; } }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    var d = new KeyValuePair<HKey, int>[3];
                    for (int k = 0; k < 3; k++) d[k] = new KeyValuePair<HKey, int>(new HKey { V = k }, k);
                    HKey.Calls = 0;
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                        {
                            var copy = {|LG0102:new Dictionary<HKey, int>(d)|};
                            r[i, j] = copy.Count + HKey.Calls;
                        }
                    return r;
                }
                """);

            yield return new CatalogEntry("Rt6ListCtorUserEnumerable", """
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
                    var s = new Seq(3);
                    Seq.Made = 0;
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                        {
                            var l = {|LG0102:new List<int>(s)|};
                            r[i, j] = l[0];
                        }
                    return r;
                }
                """);

            yield return new CatalogEntry("Rt6HashSetCtorUserComparer", """
                public sealed class Cmp : IEqualityComparer<int> { public static int Calls; public bool Equals(int a, int b) { Calls++; return a == b; } public int GetHashCode(int a) { Calls++; return a & 1; } }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    var xs = new[] { 1, 2, 3, 1 };
                    var cmp = new Cmp();
                    Cmp.Calls = 0;
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                        {
                            var set = {|LG0102:new HashSet<int>(xs, cmp)|};
                            r[i, j] = set.Count + Cmp.Calls;
                        }
                    return r;
                }
                """);

            // ===== B. A user comparer / format provider / object handed to a library method is not looked into (InspectLibraryCallbacks only checks the type arguments' Equals and Enumerable's IEnumerable arguments; the WritesArrayArguments branch returns without checking the other arguments).
            yield return new CatalogEntry("Rt6DistinctUserComparer", """
                public sealed class Cmp : IEqualityComparer<int> { public static int Calls; public bool Equals(int a, int b) { Calls++; return a == b; } public int GetHashCode(int a) { Calls++; return a & 1; } }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    var xs = new[] { 1, 2, 3, 1 };
                    var cmp = new Cmp();
                    Cmp.Calls = 0;
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = Enumerable.Count({|LG0102:Enumerable.Distinct(xs, cmp)|}) + Cmp.Calls;
                    return r;
                }
                """);

            yield return new CatalogEntry("Rt6OrderByUserComparer", """
                public sealed class Cmp : IComparer<int> { public static int Calls; public int Compare(int a, int b) { Calls++; return a.CompareTo(b); } }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    var xs = new[] { 4, 2, 3, 1 };
                    var cmp = new Cmp();
                    Cmp.Calls = 0;
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|LG0102:xs.OrderBy(x => x, cmp)|}.First() + Cmp.Calls;
                    return r;
                }
                """);

            yield return new CatalogEntry("Rt6ArraySortPrivateUserComparer", """
                public sealed class Cmp : IComparer<int> { public static int Calls; public int Compare(int a, int b) { Calls++; return a.CompareTo(b); } }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    var cmp = new Cmp();
                    Cmp.Calls = 0;
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                        {
                            var tmp = new[] { 3, 1, 2 };
                            {|LG0102:Array.Sort(tmp, cmp)|};
                            r[i, j] = tmp[0] + Cmp.Calls;
                        }
                    return r;
                }
                """);

            yield return new CatalogEntry("Rt6IntParseUserFormatProvider", """
                public sealed class Prov : IFormatProvider { public static int Calls; public object GetFormat(Type t) { Calls++; return null; } }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    var prov = new Prov();
                    Prov.Calls = 0;
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|LG0102:int.Parse("7", prov)|} + Prov.Calls;
                    return r;
                }
                """);

            yield return new CatalogEntry("Rt6ConvertToStringUserToString", """
                public sealed class Noisy { public static int Calls; public override string ToString() { Calls++; return Calls.ToString(); } }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    var o = new Noisy();
                    Noisy.Calls = 0;
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = int.Parse({|LG0102:Convert.ToString(o)|});
                    return r;
                }
                """);

            yield return new CatalogEntry("Rt6StringJoinUserEnumerable", """
                public sealed class Seq : IEnumerable<int>
                {
                    public static int Made;
                    public IEnumerator<int> GetEnumerator() { Made++; yield return Made; }
                    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
                }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    var s = new Seq();
                    Seq.Made = 0;
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = int.Parse({|LG0102:string.Join(",", s)|});
                    return r;
                }
                """);

            // ===== C. Library methods on a PRIVATE receiver skip the callback check (NestWalker.CheckCall: private receiver + library method -> only RejectWriteThroughArgument); Immutable* are pure by prefix and Add is not a 'comparing member'.
            yield return new CatalogEntry("Rt6PrivateHashSetAddUserHash", """
                public sealed class HKey { public int V; public static int Calls; public override bool Equals(object o) => o is HKey k && k.V == V; public override int GetHashCode() { Calls++; return V; } }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    HKey.Calls = 0;
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                        {
                            var set = new HashSet<HKey>();
                            {|LG0102:set.Add(new HKey { V = j })|};
                            r[i, j] = set.Count + HKey.Calls;
                        }
                    return r;
                }
                """);

            yield return new CatalogEntry("Rt6ListSortPrivateUserComparer", """
                public sealed class Cmp : IComparer<int> { public static int Calls; public int Compare(int a, int b) { Calls++; return a.CompareTo(b); } }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    var cmp = new Cmp();
                    Cmp.Calls = 0;
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                        {
                            var tmp = new List<int> { 3, 1, 2 };
                            {|LG0102:tmp.Sort(cmp)|};
                            r[i, j] = tmp[0] + Cmp.Calls;
                        }
                    return r;
                }
                """);

            yield return new CatalogEntry("Rt6PrivateStringBuilderAppendUserToString", """
                public sealed class Noisy { public static int Calls; public override string ToString() { Calls++; return Calls.ToString(); } }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    var o = new Noisy();
                    Noisy.Calls = 0;
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                        {
                            var sb = new StringBuilder();
                            {|LG0102:sb.Append(o)|};
                            r[i, j] = int.Parse(sb.ToString());
                        }
                    return r;
                }
                """);

            yield return new CatalogEntry("Rt6ImmutableHashSetAddUserHash", """
                public sealed class HKey { public int V; public static int Calls; public override bool Equals(object o) => o is HKey k && k.V == V; public override int GetHashCode() { Calls++; return V; } }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    HKey.Calls = 0;
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|LG0102:System.Collections.Immutable.ImmutableHashSet<HKey>.Empty.Add(new HKey { V = j })|}.Count + HKey.Calls;
                    return r;
                }
                """);

            // ===== D. Calls the compiler makes implicitly that the walker never sees (symbols on operations, not child operations), or sees with the static type only (no virtual-dispatch check).
            yield return new CatalogEntry("Rt6InterpolateObjectToString", """
                public sealed class Noisy { public static int Calls; public override string ToString() { Calls++; return Calls.ToString(); } }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    object o = new Noisy();
                    Noisy.Calls = 0;
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = int.Parse({|LG0004:$"{o}"|});
                    return r;
                }
                """) { Report = "flattened", Racy = true };

            yield return new CatalogEntry("Rt6InterpolateVirtualToString", """
                public class Base { public override string ToString() => "0"; }
                public sealed class Derived : Base { public static int Calls; public override string ToString() { Calls++; return Calls.ToString(); } }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    Base o = new Derived();
                    Derived.Calls = 0;
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = int.Parse({|LG0004:$"{o}"|});
                    return r;
                }
                """) { Report = "flattened", Racy = true };

            yield return new CatalogEntry("Rt6InterpolateFormattable", """
                public sealed class Noisy : IFormattable { public static int Calls; public string ToString(string f, IFormatProvider p) { Calls++; return Calls.ToString(); } }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    var o = new Noisy();
                    Noisy.Calls = 0;
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = int.Parse({|LG0102:$"{o}"|});
                    return r;
                }
                """);

            yield return new CatalogEntry("Rt6ForEachVirtualGetEnumerator", """
                public class Coll : IEnumerable<int> { public virtual IEnumerator<int> GetEnumerator() { yield return 1; } System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator(); }
                public sealed class Noisy : Coll { public static int Made; public override IEnumerator<int> GetEnumerator() { Made++; int m = Made; yield return m; } }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    Coll c = new Noisy();
                    Noisy.Made = 0;
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                        {
                            int s = 0;
                            foreach (var x in {|LG0004:c|}) s += x;
                            r[i, j] = s;
                        }
                    return r;
                }
                """) { Report = "flattened", Racy = true };

            yield return new CatalogEntry("Rt6UsingVirtualDispose", """
                public class Res : IDisposable { public virtual void Dispose() { } }
                public sealed class NoisyRes : Res { public static int Calls; public override void Dispose() { Calls++; } }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    NoisyRes.Calls = 0;
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                        {
                            {|LG0004:using (Res x = new NoisyRes()) { }|}
                            r[i, j] = NoisyRes.Calls;
                        }
                    return r;
                }
                """) { Report = "flattened", Racy = true };

            yield return new CatalogEntry("Rt6PositionalPatternDeconstruct", """
                public sealed class P { public int X; public static int Calls; public void Deconstruct(out int a, out int b) { Calls++; a = X; b = Calls; } }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    var p = new P { X = 1 };
                    P.Calls = 0;
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = p is {|LG0102:(1, var c)|} ? c : -1;
                    return r;
                }
                """);

            yield return new CatalogEntry("Rt6ListPatternUserIndexer", """
                public sealed class L { public static int Calls; public int Length => 3; public int this[int k] { get { Calls++; return Calls; } } }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    var l = new L();
                    L.Calls = 0;
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = l is {|LG0102:[var a, ..]|} ? a : -1;
                    return r;
                }
                """);

            yield return new CatalogEntry("Rt6ImplicitIndexerUserCount", """
                public sealed class L { public static int Calls; public int Count { get { Calls++; return 3 + Calls; } } public int this[int k] => k; }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    var l = new L();
                    L.Calls = 0;
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|LG0102:l[^1]|};
                    return r;
                }
                """);

            yield return new CatalogEntry("Rt6RangeUserSlice", """
                public sealed class L { public static int Calls; public int Count => 3; public int Slice(int start, int length) { Calls++; int c = Calls; for (int q = 0; q < 300; q++) start = (start * 7 + q) % 5; return start + length + c; } }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    var l = new L();
                    L.Calls = 0;
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|LG0102:l[1..]|};
                    return r;
                }
                """);

            yield return new CatalogEntry("Rt6CollectionBuilder", """
                // "Create", not nameof(Bag.Create): cut short after 'public static in', that attribute sends the
                // compiler's analyzer driver into a stack overflow with any analyzer attached (a no-op one too; the
                // compilation alone is fine), which would crash the robustness test that cuts every entry short.
                [System.Runtime.CompilerServices.CollectionBuilder(typeof(Bag), "Create")]
                public sealed class Bag : IEnumerable<int>
                {
                    public static int Calls;
                    public int Sum;
                    public static Bag Create(ReadOnlySpan<int> items) { Calls++; var b = new Bag(); foreach (var x in items) b.Sum += x; b.Sum += Calls; return b; }
                    public IEnumerator<int> GetEnumerator() { yield break; }
                    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
                }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    Bag.Calls = 0;
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                        {
                            Bag b = {|LG0102:[i, j]|};
                            r[i, j] = b.Sum;
                        }
                    return r;
                }
                """);

            yield return new CatalogEntry("Rt6CollectionExpressionUserAdd", """
                public sealed class Bag : IEnumerable<int>
                {
                    public static int Calls;
                    public int Sum;
                    public void Add(int x) { Calls++; Sum += x + Calls; }
                    public IEnumerator<int> GetEnumerator() { yield break; }
                    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
                }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    Bag.Calls = 0;
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                        {
                            Bag b = {|LG0102:[i, j]|};
                            r[i, j] = b.Sum;
                        }
                    return r;
                }
                """);

            yield return new CatalogEntry("Rt6ForEachExplicitConversion", """
                public readonly struct W { public readonly int V; public static int Calls; public W(int v) { V = v; } public static explicit operator W(int v) { Calls++; return new W(v + Calls); } }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    var small = new[] { 1, 2, 3 };
                    W.Calls = 0;
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                        {
                            int s = 0;
                            foreach (W w in {|LG0102:small|}) s += w.V;
                            r[i, j] = s;
                        }
                    return r;
                }
                """);

            yield return new CatalogEntry("Rt6ConditionalAndUserFalseOperator", """
                public readonly struct B
                {
                    public readonly bool V; public static int Calls;
                    public B(bool v) { V = v; }
                    public static bool operator true(B b) => b.V;
                    public static bool operator false(B b) { Calls++; return !b.V; }
                    public static B operator &(B a, B b) => new B(a.V && b.V);
                    public static B operator |(B a, B b) => new B(a.V || b.V);
                }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    B.Calls = 0;
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|LG0102:new B(i >= 0) && new B(j >= 0)|} ? B.Calls : -1;
                    return r;
                }
                """);

            // ===== E. Base-library getters taken as pure (documented assumption, but the twin throws / returns thread-bound values).
            yield return new CatalogEntry("Rt6LazyNoneFactory", """
                public static int Made;

                [Parallelize]
                public static int[,] Run(int n)
                {
                    Made = 0;
                    var lazy = new Lazy<int>({|LG0102:() => { Made++; System.Threading.Thread.SpinWait(200000); return Made; }|}, false);
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|LG0004:lazy.Value|} + i;
                    return r;
                }
                """); // Accepted on an LG0004 (Racy) until round 19: the factory, made before the nest and stored, is now judged as a call.

            yield return new CatalogEntry("Rt6TaskCurrentId", """
                [Parallelize]
                public static int[,] Run(int n)
                {
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|LG0107:System.Threading.Tasks.Task.CurrentId|} ?? -1;
                    return r;
                }
                """);

        }
    }
}
