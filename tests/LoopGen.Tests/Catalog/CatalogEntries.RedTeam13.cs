using System;
using System.Collections.Generic;
using System.Linq;

namespace LoopGen.Tests.Catalog
{
    /// <summary>
    /// Thirteenth red-team round, from a review session: base-library members LoopGen takes as free of side effects
    /// (KnownMembers.IsPure, and InspectLibraryCallbacks for what they call back) that run user code it does not look
    /// into. Every entry below was accepted with no error and no LG0004 (flattened), and its twin was shown to differ
    /// from M (differential with the markers removed, Report = "flattened", Large = 800: lost and reordered updates of
    /// a static counter). Each carries its CORRECT expectation. Fixed: collections given to library methods have their
    /// Count, CopyTo, Contains and indexer looked into as well as their enumerator; IConvertible and TryFormat
    /// implementations are looked into with ToString; Equals, GetHashCode and ToString of a library generic type (S?,
    /// Tuple, KeyValuePair) look into its type arguments'; formatting members format a sequence's elements; Replace
    /// compares; a delegate held in a variable and given to a library method is trusted (LG0004); an object[] given
    /// whole has its elements trusted (LG0004); the compiler-written ToString of records and anonymous types looks into
    /// their public members' (and a declared PrintMembers), an anonymous type's equality into its properties'; a
    /// base-library class a derived type may extend, held in a variable (Comparer.Create), is trusted (LG0004).
    /// Checked and found HANDLED (LG0004, not entries): ValueTuple Equals, GetHashCode and ToString on a tuple of a
    /// user class whose override writes a static; Math.DivRem(a, b, out staticField) and ImmutableInterlocked.Push(ref
    /// staticField, v) (LG0102 on the ref/out argument); List.Sort with a lambda incrementing a local declared before
    /// the nest (LG0101); string.Join(",", x, x) and string.Concat of five objects through the params ReadOnlySpan
    /// overloads (LG0102); KeyValuePair.ToString (LG0004, LG0105); Distinct over a sealed record and a record struct whose
    /// member's Equals writes a static (LG0102).
    /// Entries U and V are accepted silently while the delegate they run writes a static: the least correct answer is
    /// the LG0004 marked there (Racy), as for a delegate held in a variable and invoked in the nest.
    /// </summary>
    internal static partial class CatalogEntries
    {
        private static IEnumerable<CatalogEntry> RedTeam13()
        {
            // A: string.Join(string, params object[]) given an existing array: each element's ToString runs.
            // (What an object[] holds is not followed: its elements' ToString is trusted, LG0004.)
            yield return new CatalogEntry("Rt13bJoinObjectArrayToString", """
                public sealed class Noisy { public static int Calls; public override string ToString() => (++Calls).ToString(); }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    Noisy.Calls = 0;
                    object[] items = new object[] { new Noisy() };
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = int.Parse({|LG0004:string.Join(",", items)|});
                    return r;
                }
                """) { Report = "flattened", Racy = true };

            // B: string.Join<T>(string, IEnumerable<T>) over a List<T>: the elements' ToString runs.
            yield return new CatalogEntry("Rt13JoinListToString", """
                public sealed class Noisy { public static int Calls; public override string ToString() => (++Calls).ToString(); }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    Noisy.Calls = 0;
                    var items = new List<Noisy> { new Noisy() };
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = int.Parse({|LG0102:string.Join(",", items)|});
                    return r;
                }
                """);

            // E: Nullable<T>.GetHashCode runs the struct's GetHashCode.
            yield return new CatalogEntry("Rt13NullableGetHashCode", """
                public struct S { public static int Calls; public int V; public override int GetHashCode() => ++Calls; }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    S.Calls = 0;
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                        {
                            S? s = new S { V = j };
                            r[i, j] = {|LG0102:s.GetHashCode()|};
                        }
                    return r;
                }
                """);

            // F: Tuple<T>.Equals(object) given another Tuple: the elements' Equals runs.
            yield return new CatalogEntry("Rt13TupleEqualsObject", """
                public sealed class Key { public static int Calls; public int V; public override bool Equals(object o) => ++Calls % 3 == 0; public override int GetHashCode() => V; }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    Key.Calls = 0;
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                        {
                            var t = Tuple.Create(new Key { V = i });
                            var u = Tuple.Create(new Key { V = j });
                            r[i, j] = {|LG0102:t.Equals(u)|} ? 1 : 0;
                        }
                    return r;
                }
                """);

            // G: Convert.ToInt32(object) calls the object's IConvertible.ToInt32.
            yield return new CatalogEntry("Rt13ConvertIConvertible", """
                public sealed class Conv : IConvertible
                {
                    public static int Calls;
                    public int ToInt32(IFormatProvider p) => ++Calls;
                    public TypeCode GetTypeCode() => TypeCode.Object;
                    public bool ToBoolean(IFormatProvider p) => throw new InvalidCastException();
                    public byte ToByte(IFormatProvider p) => throw new InvalidCastException();
                    public char ToChar(IFormatProvider p) => throw new InvalidCastException();
                    public DateTime ToDateTime(IFormatProvider p) => throw new InvalidCastException();
                    public decimal ToDecimal(IFormatProvider p) => throw new InvalidCastException();
                    public double ToDouble(IFormatProvider p) => throw new InvalidCastException();
                    public short ToInt16(IFormatProvider p) => throw new InvalidCastException();
                    public long ToInt64(IFormatProvider p) => throw new InvalidCastException();
                    public sbyte ToSByte(IFormatProvider p) => throw new InvalidCastException();
                    public float ToSingle(IFormatProvider p) => throw new InvalidCastException();
                    public string ToString(IFormatProvider p) => "c";
                    public object ToType(Type t, IFormatProvider p) => throw new InvalidCastException();
                    public ushort ToUInt16(IFormatProvider p) => throw new InvalidCastException();
                    public uint ToUInt32(IFormatProvider p) => throw new InvalidCastException();
                    public ulong ToUInt64(IFormatProvider p) => throw new InvalidCastException();
                }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    Conv.Calls = 0;
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|LG0102:Convert.ToInt32(new Conv())|};
                    return r;
                }
                """);

            // H: interpolation of an ISpanFormattable struct calls its TryFormat, not ToString.
            yield return new CatalogEntry("Rt13InterpolationTryFormat", """
                public struct SF : ISpanFormattable
                {
                    public static int Calls;
                    public string ToString(string f, IFormatProvider p) => "0";
                    public bool TryFormat(Span<char> d, out int w, ReadOnlySpan<char> f, IFormatProvider p) { string s = (++Calls).ToString(); w = s.Length; return s.AsSpan().TryCopyTo(d); }
                }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    SF.Calls = 0;
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                        {
                            var f = new SF();
                            r[i, j] = int.Parse({|LG0102:$"{f}"|});
                        }
                    return r;
                }
                """);

            // I: string.Format of an ISpanFormattable struct calls its TryFormat.
            yield return new CatalogEntry("Rt13StringFormatTryFormat", """
                public struct SF : ISpanFormattable
                {
                    public static int Calls;
                    public string ToString(string f, IFormatProvider p) => "0";
                    public bool TryFormat(Span<char> d, out int w, ReadOnlySpan<char> f, IFormatProvider p) { string s = (++Calls).ToString(); w = s.Length; return s.AsSpan().TryCopyTo(d); }
                }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    SF.Calls = 0;
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                        {
                            var f = new SF();
                            r[i, j] = int.Parse({|LG0102:string.Format("{0}", f)|});
                        }
                    return r;
                }
                """);

            // K: Enumerable.Count of an ICollection<T> reads its Count, not its enumerator.
            yield return new CatalogEntry("Rt13bEnumerableCountCollection", """
                public sealed class Bag : ICollection<int>
                {
                    public static int Calls;
                    private readonly int[] items = { 1, 2, 3 };
                    public int Count => ++Calls;
                    public bool IsReadOnly => true;
                    public void Add(int x) => throw new NotSupportedException();
                    public void Clear() => throw new NotSupportedException();
                    public bool Contains(int x) => Array.IndexOf(items, x) >= 0;
                    public void CopyTo(int[] a, int k) => items.CopyTo(a, k);
                    public bool Remove(int x) => throw new NotSupportedException();
                    public IEnumerator<int> GetEnumerator() { foreach (int x in items) yield return x; }
                    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
                }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    Bag.Calls = 0;
                    var bag = new Bag();
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|LG0102:Enumerable.Count(bag)|};
                    return r;
                }
                """);

            // L: new List<T>(collection) calls the collection's CopyTo.
            yield return new CatalogEntry("Rt13bListCtorCopyTo", """
                public sealed class Bag : ICollection<int>
                {
                    public static int Calls;
                    private readonly int[] items = { 1, 2, 3 };
                    public int Count => 3;
                    public bool IsReadOnly => true;
                    public void Add(int x) => throw new NotSupportedException();
                    public void Clear() => throw new NotSupportedException();
                    public bool Contains(int x) => Array.IndexOf(items, x) >= 0;
                    public void CopyTo(int[] a, int k) { items.CopyTo(a, k); a[k] = ++Calls; }
                    public bool Remove(int x) => throw new NotSupportedException();
                    public IEnumerator<int> GetEnumerator() { foreach (int x in items) yield return x; }
                    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
                }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    Bag.Calls = 0;
                    var bag = new Bag();
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|LG0102:new List<int>(bag)|}[0];
                    return r;
                }
                """);

            // L2: Enumerable.ToArray of a collection calls its CopyTo.
            yield return new CatalogEntry("Rt13bToArrayCopyTo", """
                public sealed class Bag : ICollection<int>
                {
                    public static int Calls;
                    private readonly int[] items = { 1, 2, 3 };
                    public int Count => 3;
                    public bool IsReadOnly => true;
                    public void Add(int x) => throw new NotSupportedException();
                    public void Clear() => throw new NotSupportedException();
                    public bool Contains(int x) => Array.IndexOf(items, x) >= 0;
                    public void CopyTo(int[] a, int k) { items.CopyTo(a, k); a[k] = ++Calls; }
                    public bool Remove(int x) => throw new NotSupportedException();
                    public IEnumerator<int> GetEnumerator() { foreach (int x in items) yield return x; }
                    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
                }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    Bag.Calls = 0;
                    var bag = new Bag();
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|LG0102:Enumerable.ToArray(bag)|}[0];
                    return r;
                }
                """);

            // O: Enumerable.Contains of an ICollection<T> calls its Contains.
            yield return new CatalogEntry("Rt13bEnumerableContainsCollection", """
                public sealed class Bag : ICollection<int>
                {
                    public static int Calls;
                    private readonly int[] items = { 1, 2, 3 };
                    public int Count => 3;
                    public bool IsReadOnly => true;
                    public void Add(int x) => throw new NotSupportedException();
                    public void Clear() => throw new NotSupportedException();
                    public bool Contains(int x) => ++Calls % 3 == 0;
                    public void CopyTo(int[] a, int k) => items.CopyTo(a, k);
                    public bool Remove(int x) => throw new NotSupportedException();
                    public IEnumerator<int> GetEnumerator() { foreach (int x in items) yield return x; }
                    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
                }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    Bag.Calls = 0;
                    var bag = new Bag();
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|LG0102:Enumerable.Contains(bag, j)|} ? 1 : 0;
                    return r;
                }
                """);

            // M: ImmutableArray<T>.Replace looks the old value up with the elements' Equals.
            yield return new CatalogEntry("Rt13bImmutableArrayReplace", """
                public sealed class Key { public static int Calls; public int V; public override bool Equals(object o) { ++Calls; return Calls % 2 == 0 || ReferenceEquals(this, o); } public override int GetHashCode() => V; }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    Key.Calls = 0;
                    var arr = System.Collections.Immutable.ImmutableArray.Create(new Key { V = 1 }, new Key { V = 2 });
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                        {
                            var probe = new Key { V = j };
                            r[i, j] = ReferenceEquals({|LG0102:arr.Replace(arr[1], probe)|}[0], probe) ? 1 : 0;
                        }
                    return r;
                }
                """);

            // P: ImmutableList<T>.Replace, same through the list.
            yield return new CatalogEntry("Rt13bImmutableListReplace", """
                public sealed class Key { public static int Calls; public int V; public override bool Equals(object o) { ++Calls; return Calls % 2 == 0 || ReferenceEquals(this, o); } public override int GetHashCode() => V; }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    Key.Calls = 0;
                    var list = System.Collections.Immutable.ImmutableList.Create(new Key { V = 1 }, new Key { V = 2 });
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                        {
                            var probe = new Key { V = j };
                            r[i, j] = ReferenceEquals({|LG0102:list.Replace(list[1], probe)|}[0], probe) ? 1 : 0;
                        }
                    return r;
                }
                """);
            // Q: a record's generated ToString (through PrintMembers) runs its members' ToString.
            yield return new CatalogEntry("Rt13cRecordToStringField", """
                public sealed class Noisy { public static int Calls; public override string ToString() => (++Calls).ToString(); }
                public sealed record Rec(Noisy N);

                [Parallelize]
                public static int[,] Run(int n)
                {
                    Noisy.Calls = 0;
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                        {
                            var x = new Rec(new Noisy());
                            r[i, j] = int.Parse({|LG0102:$"{x}"|}.Substring(10).TrimEnd(' ', '}'));
                        }
                    return r;
                }
                """);

            // R: a record's generated ToString calls the PrintMembers the record declares.
            yield return new CatalogEntry("Rt13cRecordPrintMembers", """
                public sealed record Rec(int V)
                {
                    public static int Calls;
                    private bool PrintMembers(System.Text.StringBuilder b) { b.Append(++Calls); return true; }
                }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    Rec.Calls = 0;
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                        {
                            var x = new Rec(j);
                            r[i, j] = int.Parse({|LG0102:$"{x}"|}.Substring(6).TrimEnd(' ', '}'));
                        }
                    return r;
                }
                """);
            // S: an anonymous type's generated ToString runs its members' ToString.
            yield return new CatalogEntry("Rt13eAnonToString", """
                public sealed class Noisy { public static int Calls; public override string ToString() => (++Calls).ToString(); }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    Noisy.Calls = 0;
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                        {
                            var a = new { N = new Noisy() };
                            r[i, j] = int.Parse({|LG0102:$"{a}"|}.Substring(6).TrimEnd(' ', '}'));
                        }
                    return r;
                }
                """);

            // T: an anonymous type's generated Equals runs its members' Equals.
            yield return new CatalogEntry("Rt13eAnonDistinct", """
                public sealed class Key { public static int Calls; public int V; public override bool Equals(object o) => ++Calls % 2 == 0; public override int GetHashCode() => V; }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    Key.Calls = 0;
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                        {
                            var xs = new[] { new { K = new Key { V = 1 } }, new { K = new Key { V = 1 } } };
                            r[i, j] = {|LG0102:Enumerable.Distinct(xs)|}.Count();
                        }
                    return r;
                }
                """);

            // U: a Comparer<T>.Create comparer made before the nest, passed to Array.Sort: its delegate writes a static.
            // Accepted on an LG0004 (Racy) until round 19: a lambda made before the nest and stored is now judged as a call.
            yield return new CatalogEntry("Rt13eComparerCreateBeforeNest", """
                public static int Calls;

                [Parallelize]
                public static int[,] Run(int n)
                {
                    Calls = 0;
                    var cmp = Comparer<int>.Create({|LG0102:(a, b) => { Calls++; return a.CompareTo(b); }|});
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                        {
                            var tmp = new[] { j, i, 3 };
                            {|LG0004:Array.Sort(tmp, cmp)|};
                            r[i, j] = tmp[0];
                        }
                    if (n > 0) r[0, 0] = Calls;
                    return r;
                }
                """);

            // V: a Comparison<T> held in a local, passed to List.Sort of a private list: its delegate writes a static.
            // Accepted on an LG0004 (Racy) until round 19: a lambda handed on from the nest is now judged as a call.
            yield return new CatalogEntry("Rt13eComparisonLocalSort", """
                public static int Calls;

                [Parallelize]
                public static int[,] Run(int n)
                {
                    Calls = 0;
                    Comparison<int> cmp = (a, b) => { Calls++; return a.CompareTo(b); };
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                        {
                            var tmp = new List<int> { j, i, 3 };
                            {|LG0004:tmp.Sort({|LG0102:cmp|})|};
                            r[i, j] = tmp[0];
                        }
                    if (n > 0) r[0, 0] = Calls;
                    return r;
                }
                """);
        }
    }
}
