using System;
using System.Collections.Generic;

namespace LoopGen.Tests.Catalog
{
    /// <summary>Seventh red-team round: what a helper the nest calls reaches through getters, constructors and the library.</summary>
    internal static partial class CatalogEntries
    {
        private static IEnumerable<CatalogEntry> RedTeam7()
        {
            // A helper reads a getter that writes a static.
            yield return new CatalogEntry("Rt7HelperGetterWritesStatic", """
                public sealed class Counter { public static int Total; public int Next { get { Total++; return Total; } } }
                private static int Peek(Counter c) => c.Next;

                [Parallelize]
                public static int[,] Run(int n)
                {
                    var c = new Counter();
                    Counter.Total = 0;
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|LG0102:Peek(c)|};
                    return r;
                }
                """);

            // A helper creates an object whose constructor writes a static.
            yield return new CatalogEntry("Rt7HelperConstructorWritesStatic", """
                public sealed class Ticket { public static int Issued; public readonly int Id; public Ticket() { Issued++; Id = Issued; } }
                private static int Take() => new Ticket().Id;

                [Parallelize]
                public static int[,] Run(int n)
                {
                    Ticket.Issued = 0;
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|LG0102:Take()|};
                    return r;
                }
                """);

            // A helper hashes user keys into a set it creates.
            yield return new CatalogEntry("Rt7HelperHashSetOfUserKeys", """
                public sealed class HKey { public int V; public static int Calls; public override bool Equals(object o) => o is HKey k && k.V == V; public override int GetHashCode() { Calls++; return V; } }
                private static int Distinct(HKey[] keys) { var set = new HashSet<HKey>(); foreach (var k in keys) set.Add(k); return set.Count + HKey.Calls; }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    var keys = new HKey[3];
                    for (int k = 0; k < 3; k++) keys[k] = new HKey { V = k % 2 };
                    HKey.Calls = 0;
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|LG0102:Distinct(keys)|};
                    return r;
                }
                """);

            // A helper interpolates a value whose ToString writes a static.
            yield return new CatalogEntry("Rt7HelperInterpolatesUserToString", """
                public sealed class Loud { public static int Calls; public int V; public override string ToString() { Calls++; return V.ToString(); } }
                private static int Len(Loud l) => $"{l}".Length;

                [Parallelize]
                public static int[,] Run(int n)
                {
                    var l = new Loud { V = 5 };
                    Loud.Calls = 0;
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|LG0102:Len(l)|} + Loud.Calls;
                    return r;
                }
                """);

            // Helpers that only read: still accepted, with no warning.
            yield return new CatalogEntry("Rt7HelperReadsPureMembers", """
                public sealed class P { public int X { get; init; } public int Twice => X * 2; public P(int x) { X = x; } }
                private static int Score(P p, int k) => new P(p.Twice + k).X + $"{k}".Length;

                [Parallelize]
                public static int[,] Run(int n)
                {
                    var p = new P(3);
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = Score(p, i + j);
                    return r;
                }
                """) { Report = "flattened" };
            // A helper walks a collection whose enumerator writes a static.
            yield return new CatalogEntry("Rt7HelperForEachUserEnumerator", """
                public sealed class Seq : IEnumerable<int>
                {
                    public static int Made;
                    public IEnumerator<int> GetEnumerator() { Made++; yield return Made; yield return 1; }
                    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
                }
                private static int Total(Seq s) { int t = 0; foreach (var x in s) t += x; return t; }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    var s = new Seq();
                    Seq.Made = 0;
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|LG0102:Total(s)|};
                    return r;
                }
                """);

            // A helper's using calls a Dispose that writes a static.
            yield return new CatalogEntry("Rt7HelperUsingDisposeWritesStatic", """
                public sealed class Scope : IDisposable { public static int Closed; public void Dispose() { Closed++; } }
                private static int Work(int v) { using (new Scope()) { } return v + Scope.Closed; }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    Scope.Closed = 0;
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|LG0102:Work(i + j)|};
                    return r;
                }
                """);

            // A helper deconstructs with a Deconstruct that writes a static.
            yield return new CatalogEntry("Rt7HelperDeconstructWritesStatic", """
                public sealed class Pair { public static int Calls; public int A, B; public void Deconstruct(out int a, out int b) { Calls++; a = A; b = B + Calls; } }
                private static int Sum(Pair p) { var (a, b) = p; return a + b; }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    var p = new Pair { A = 1, B = 2 };
                    Pair.Calls = 0;
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|LG0102:Sum(p)|};
                    return r;
                }
                """);
        }
    }
}
