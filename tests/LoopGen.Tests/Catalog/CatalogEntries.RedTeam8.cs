using System;
using System.Collections.Generic;

namespace LoopGen.Tests.Catalog
{
    /// <summary>
    /// Eighth red-team round: code reached indirectly (helpers the nest calls, local functions and lambdas declared
    /// before the nest, members the compiler calls for the user). Entries under FINDINGS were each accepted silently
    /// (LG0003, no LG0004) and their twin differed from M in the differential; each carries its CORRECT expectation.
    /// Entries under HANDLED pass as written.
    /// </summary>
    internal static partial class CatalogEntries
    {
        private static IEnumerable<CatalogEntry> RedTeam8()
        {
            // ===== FINDINGS
            yield return new CatalogEntry("Rt8HelperUserBinaryOperator", """
                public readonly struct V { public static int Calls; public readonly int X; public V(int x) { X = x; } public static V operator +(V a, V b) { Calls++; return new V(a.X + b.X + Calls); } }
                private static int Add(int a, int b) => (new V(a) + new V(b)).X;

                [Parallelize]
                public static int[,] Run(int n)
                {
                    V.Calls = 0;
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|LG0102:Add(i, j)|};
                    return r;
                }
                """);

            yield return new CatalogEntry("Rt8HelperUserImplicitConversion", """
                public readonly struct W { public static int Calls; public readonly int X; public W(int x) { X = x; } public static implicit operator W(int x) { Calls++; return new W(x + Calls); } }
                private static int Conv(int a) { W w = a; return w.X; }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    W.Calls = 0;
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|LG0102:Conv(i + j)|};
                    return r;
                }
                """);

            yield return new CatalogEntry("Rt8HelperUserOperatorTrue", """
                public readonly struct T3 { public static int Calls; public readonly int X; public T3(int x) { X = x; } public static bool operator true(T3 t) { Calls++; return (t.X + Calls) % 2 == 0; } public static bool operator false(T3 t) => t.X == 0; }
                private static int Pick(int a) { if (new T3(a)) return 1; return 0; }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    T3.Calls = 0;
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|LG0102:Pick(i + j)|};
                    return r;
                }
                """);

            yield return new CatalogEntry("Rt8HelperCompoundUserOperator", """
                public readonly struct V { public static int Calls; public readonly int X; public V(int x) { X = x; } public static V operator +(V a, V b) { Calls++; return new V(a.X + b.X + Calls); } }
                private static int Acc(int a) { var v = new V(0); v += new V(a); return v.X; }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    V.Calls = 0;
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|LG0102:Acc(i + j)|};
                    return r;
                }
                """);

            yield return new CatalogEntry("Rt8HelperUserIncrementOperator", """
                public readonly struct V { public static int Calls; public readonly int X; public V(int x) { X = x; } public static V operator ++(V a) { Calls++; return new V(a.X + Calls); } }
                private static int Inc(int a) { var v = new V(a); v++; return v.X; }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    V.Calls = 0;
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|LG0102:Inc(i + j)|};
                    return r;
                }
                """);

            yield return new CatalogEntry("Rt8HelperForeachUserEnumerator", """
                public sealed class Bag
                {
                    public static int Moves;
                    public int Count;
                    public Enumerator GetEnumerator() => new Enumerator(Count);
                    public struct Enumerator { private int k; private readonly int n; public Enumerator(int n) { this.n = n; k = -1; } public int Current => k + Moves; public bool MoveNext() { Moves++; return ++k < n; } }
                }
                private static int Sum(Bag b) { int s = 0; foreach (int x in b) s += x; return s; }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    var b = new Bag { Count = 2 };
                    Bag.Moves = 0;
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|LG0102:Sum(b)|};
                    return r;
                }
                """);

            yield return new CatalogEntry("Rt8HelperUsingUserDispose", """
                public sealed class D : IDisposable { public static int Disposed; public void Dispose() { Disposed++; } }
                private static int Use() { using (var d = new D()) { } return D.Disposed; }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    D.Disposed = 0;
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|LG0102:Use()|};
                    return r;
                }
                """);

            yield return new CatalogEntry("Rt8HelperUserDeconstruct", """
                public sealed class P { public static int Calls; public int A; public void Deconstruct(out int a, out int b) { Calls++; a = A; b = Calls; } }
                private static int Split(P p) { var (a, b) = p; return a + b; }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    var p = new P { A = 3 };
                    P.Calls = 0;
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|LG0102:Split(p)|};
                    return r;
                }
                """);

            yield return new CatalogEntry("Rt8HelperPositionalPattern", """
                public sealed class P { public static int Calls; public int A; public void Deconstruct(out int a, out int b) { Calls++; a = A; b = Calls; } }
                private static int Match(P p) => p is P(var a, var b) ? a + b : 0;

                [Parallelize]
                public static int[,] Run(int n)
                {
                    var p = new P { A = 3 };
                    P.Calls = 0;
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|LG0102:Match(p)|};
                    return r;
                }
                """);

            yield return new CatalogEntry("Rt8HelperListPattern", """
                public sealed class S { public static int Calls; public int Length => 2; public int this[int k] { get { Calls++; return k + Calls; } } }
                private static int First(S s) => s is [var a, _] ? a : -1;

                [Parallelize]
                public static int[,] Run(int n)
                {
                    var s = new S();
                    S.Calls = 0;
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|LG0102:First(s)|};
                    return r;
                }
                """);

            yield return new CatalogEntry("Rt8HelperIndexFromEnd", """
                public sealed class S { public static int Calls; public int Count => 3; public int this[int k] { get { Calls++; return k + Calls; } } }
                private static int Last(S s) => s[^1];

                [Parallelize]
                public static int[,] Run(int n)
                {
                    var s = new S();
                    S.Calls = 0;
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|LG0102:Last(s)|};
                    return r;
                }
                """);

            yield return new CatalogEntry("Rt8HelperCollectionExpression", """
                public sealed class Coll : System.Collections.IEnumerable { public static int Adds; public int Sum; public void Add(int x) { Adds++; Sum += x + Adds; } public System.Collections.IEnumerator GetEnumerator() => null; }
                private static int Make(int a) { Coll c = [a, a]; return c.Sum; }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    Coll.Adds = 0;
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|LG0102:Make(i + j)|};
                    return r;
                }
                """);

            yield return new CatalogEntry("Rt8HelperFieldInitializer", """
                public sealed class Ticket { public static int Next; public int Id = ++Next; }
                private static int Take() => new Ticket().Id;

                [Parallelize]
                public static int[,] Run(int n)
                {
                    Ticket.Next = 0;
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|LG0102:Take()|};
                    return r;
                }
                """);

            yield return new CatalogEntry("Rt8NestFieldInitializer", """
                public sealed class Ticket { public static int Next; public int Id = ++Next; }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    Ticket.Next = 0;
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|LG0102:new Ticket()|}.Id;
                    return r;
                }
                """);

            yield return new CatalogEntry("Rt8NestFieldInitializerExplicitCtor", """
                public sealed class Ticket { public static int Next; public int Id = ++Next; public int K; public Ticket(int k) { K = k; } }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    Ticket.Next = 0;
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|LG0102:new Ticket(j)|}.Id;
                    return r;
                }
                """);

            yield return new CatalogEntry("Rt8OuterLocalFunctionCapturedStructField", """
                public struct Acc { public int Total; }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    var acc = new Acc();
                    int Bump(int v) { acc.Total += v; return acc.Total; }
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|LG0102:Bump(1)|};
                    return r;
                }
                """);

            yield return new CatalogEntry("Rt8HelperSpanLocalWritesShared", """
                private static int Bump(int[] a) { Span<int> s = a; s[0]++; return s[0]; }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    var acc = new int[1];
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|LG0102:Bump(acc)|};
                    return r;
                }
                """);

            yield return new CatalogEntry("Rt8HelperArraySegmentLocalWritesShared", """
                private static int Bump(int[] a) { var s = new ArraySegment<int>(a); s[0] = s[0] + 1; return s[0]; }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    var acc = new int[1];
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|LG0102:Bump(acc)|};
                    return r;
                }
                """);

            yield return new CatalogEntry("Rt8HelperSpanFillShared", """
                private static int Stamp(int[] a, int v) { Span<int> s = a; s.Fill(v); return a[0]; }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    var acc = new int[3];
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|LG0102:Stamp(acc, i * n + j)|};
                    return r;
                }
                """);

            yield return new CatalogEntry("Rt8HelperGenericStructInterfaceCall", """
                public interface IBump { int Bump(); }
                public struct B : IBump { public static int Calls; public int Bump() { Calls++; return Calls; } }
                private static int Go<T>(T t) where T : struct, IBump => t.Bump();

                [Parallelize]
                public static int[,] Run(int n)
                {
                    B.Calls = 0;
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|LG0004:Go(new B())|};
                    return r;
                }
                """) { Report = "flattened", Racy = true };

            yield return new CatalogEntry("Rt8HelperWithCopyConstructor", """
                public record R(int X) { public static int Copies; protected R(R o) { Copies++; X = o.X + Copies; } }
                private static int Copy(R r) => (r with { }).X;

                [Parallelize]
                public static int[,] Run(int n)
                {
                    var p = new R(1);
                    R.Copies = 0;
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|LG0102:Copy(p)|};
                    return r;
                }
                """);

            yield return new CatalogEntry("Rt8NestWithCopyConstructor", """
                public record R(int X) { public static int Copies; protected R(R o) { Copies++; X = o.X + Copies; } }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    var p = new R(1);
                    R.Copies = 0;
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = ({|LG0102:p with { }|}).X;
                    return r;
                }
                """);
            yield return new CatalogEntry("Rt8HelperGenericStructGetHashCode", """
                public struct HK { public static int Calls; public int V; public override int GetHashCode() { Calls++; return V + Calls; } }
                private static int Hash<T>(T t) where T : struct => t.GetHashCode();

                [Parallelize]
                public static int[,] Run(int n)
                {
                    HK.Calls = 0;
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|LG0004:Hash(new HK { V = j })|};
                    return r;
                }
                """) { Report = "flattened", Racy = true };

            yield return new CatalogEntry("Rt8HelperOperatorReadsWrittenArray", """
                private static int[,] shared = new int[1, 1];
                public readonly struct V { public readonly int X; public V(int x) { X = x; } public static int operator +(V a, V b) => b.X > 0 ? shared[a.X, b.X - 1] + 1 : 1; }
                private static int Near(int i, int j) => new V(i) + new V(j);

                [Parallelize]
                public static int[,] Run(int n)
                {
                    var r = new int[n, n];
                    shared = r;
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|LG0100:Near(i, j)|};
                    return r;
                }
                """);

            yield return new CatalogEntry("Rt8HelperCollectionWrapsSharedList", """
                private static int Log(List<int> l, int v) { var c = new System.Collections.ObjectModel.Collection<int>(l); c.Add(v); return c.Count; }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    var log = new List<int>();
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|LG0102:Log(log, j)|};
                    return r;
                }
                """);

            yield return new CatalogEntry("Rt8HelperRefIndexerOnOwnedView", """
                public sealed class RefView { private readonly int[] a; public RefView(int[] a) { this.a = a; } public ref int this[int k] => ref a[k]; }
                private static int Bump(int[] acc) { var v = new RefView(acc); v[0]++; return v[0]; }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    var acc = new int[1];
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|LG0102:Bump(acc)|};
                    return r;
                }
                """);

            yield return new CatalogEntry("Rt8OuterLocalFunctionCapturedStructMethod", """
                public struct Acc { public int Total; public int Add(int v) { Total += v; return Total; } }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    var acc = new Acc();
                    int Bump(int v) => acc.Add(v);
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|LG0102:Bump(1)|};
                    return r;
                }
                """);

            // ValueType.GetHashCode (the struct does not override it) hashes the fields through their own GetHashCode:
            // LoopGen trusts that library default with LG0004 rather than follow it (Racy: the user class's hash races).
            yield return new CatalogEntry("Rt8HelperStructDefaultHashUserField", """
                public sealed class HKey { public static int Calls; public int V; public override int GetHashCode() { Calls++; return V + Calls; } public override bool Equals(object o) => ReferenceEquals(this, o); }
                public struct Pair { public HKey K; public int W; }
                private static int Hash(HKey k) { var p = new Pair { K = k, W = 1 }; return p.GetHashCode(); }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    var key = new HKey { V = 3 };
                    HKey.Calls = 0;
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|LG0004:Hash(key)|};
                    return r;
                }
                """) { Report = "flattened", Racy = true };
            yield return new CatalogEntry("Rt8OuterLambdaCapturedStructField", """
                public struct Acc { public int Total; }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    var acc = new Acc();
                    Func<int, int> bump = v => { acc.Total += v; return acc.Total; };
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|LG0102:bump(1)|};
                    return r;
                }
                """);

            yield return new CatalogEntry("Rt8HelperStringWriterWrapsSharedBuilder", """
                private static int Log(System.Text.StringBuilder sb) { var w = new System.IO.StringWriter(sb); w.Write('x'); return sb.Length; }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    var sb = new System.Text.StringBuilder();
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|LG0102:Log(sb)|};
                    return r;
                }
                """);

            // ===== HANDLED (pass as written)
            yield return new CatalogEntry("Rt8HelperDelegateField", """
                private static int S;
                private static Func<int> F = () => ++S;
                private static int Call() => F();

                [Parallelize]
                public static int[,] Run(int n)
                {
                    S = 0;
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|LG0004:Call()|};
                    return r;
                }
                """) { Report = "flattened", Racy = true };

            yield return new CatalogEntry("Rt8HelperDepthSix", """
                private static int S;
                private static int L1(int k) => L2(k) + 1;
                private static int L2(int k) => L3(k) + 1;
                private static int L3(int k) => L4(k) + 1;
                private static int L4(int k) => L5(k) + 1;
                private static int L5(int k) => L6(k) + 1;
                private static int L6(int k) => L7(k) + 1;
                private static int L7(int k) { S++; return S + k; }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    S = 0;
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|LG0004:L1(j)|};
                    return r;
                }
                """) { Report = "flattened", Racy = true };

            yield return new CatalogEntry("Rt8HelperVirtualCall", """
                public class Base { public static int S; public virtual int Go() { S++; return S; } }
                private static int Call(Base b) => b.Go();

                [Parallelize]
                public static int[,] Run(int n)
                {
                    var b = new Base();
                    Base.S = 0;
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|LG0004:Call(b)|};
                    return r;
                }
                """) { Report = "flattened", Racy = true };

            yield return new CatalogEntry("Rt8HelperThreadStaticDeep", """
                [ThreadStatic] private static int T;
                private static int L1(int k) => L2(k) + 1;
                private static int L2(int k) => L3(k) + 1;
                private static int L3(int k) => T + k;

                [Parallelize]
                public static int[,] Run(int n)
                {
                    T = 5;
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|LG0107:L1(j)|};
                    return r;
                }
                """);

            yield return new CatalogEntry("Rt8HelperRandomField", """
                private static Random Rng = new Random(1);
                private static int Roll() => Rng.Next(100);

                [Parallelize]
                public static int[,] Run(int n)
                {
                    Rng = new Random(1);
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|LG0102:Roll()|};
                    return r;
                }
                """);

            yield return new CatalogEntry("Rt8HelperStringBuilderField", """
                private static System.Text.StringBuilder Sb = new System.Text.StringBuilder();
                private static int Log(int v) { Sb.Append('x'); return Sb.Length; }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    Sb = new System.Text.StringBuilder();
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|LG0102:Log(j)|};
                    return r;
                }
                """);

            yield return new CatalogEntry("Rt8NestRefIndexerOnOwnedView", """
                public sealed class RefView { private readonly int[] a; public RefView(int[] a) { this.a = a; } public ref int this[int k] => ref a[k]; }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    var acc = new int[1];
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                        {
                            var v = new RefView(acc);
                            {|LG0102:v[0]++|};
                            r[i, j] = v[0];
                        }
                    return r;
                }
                """);

        }
    }
}
