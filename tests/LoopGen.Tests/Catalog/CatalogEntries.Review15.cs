using System;
using System.Collections.Generic;
using System.Linq;

namespace LoopGen.Tests.Catalog
{
    /// <summary>
    /// Found in review during stop 14 (not by a red-team round): each rejected entry below was accepted silently and its
    /// twin differed from M; each carries its correct expectation. Most were found by the structural backstop
    /// (OperationMembers: every method of the compilation an operation names must be looked into), added then: a slice
    /// pattern's Slice, a compound assignment's user conversions, a spread element's user conversion, in the nest and in
    /// helpers. A tuple comparison's element operators are not named by Roslyn's operation and are looked into explicitly.
    /// </summary>
    internal static partial class CatalogEntries
    {
        private static IEnumerable<CatalogEntry> Review15()
        {
            // A virtual Deconstruct was looked into as declared, not as overridden: Q's override counts its calls (r[i, j]: M the
            // call's rank, the twin another). The least correct answer is LG0004, as for any virtual call on a shared object.
            yield return new CatalogEntry("RvVirtualDeconstruct", """
                public class P { public int A; public virtual void Deconstruct(out int a, out int b) { a = A; b = A; } }
                public sealed class Q : P { public static int Calls; public override void Deconstruct(out int a, out int b) { Calls++; a = A; b = Calls; } }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    var ps = new P[n];
                    for (int k = 0; k < n; k++) ps[k] = new Q { A = k };
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                        {
                            {|LG0004:var (a, b) = ps[i]|};
                            r[i, j] = a + b;
                        }
                    return r;
                }
                """) { Report = "flattened", Racy = true };

            // A slice pattern ('[_, .. var mid]') calls the type's Slice, which the walker did not list among a list pattern's members: Slice
            // counts its calls (r[i, j]: M the call's rank, the twin another). First caught by the structural backstop (OperationMembers), now
            // looked into like a list pattern's other members: it writes a static (LG0102).
            yield return new CatalogEntry("RvSlicePatternSlice", """
                public sealed class Seq
                {
                    public static int Slices;
                    private readonly int[] items;
                    public Seq(int[] items) { this.items = items; }
                    public int Length => this.items.Length;
                    public int this[int k] => this.items[k];
                    public Seq Slice(int start, int length) { Slices++; return new Seq(new int[length]); }
                }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    var s = new Seq(new int[3]);
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = s is [_, {|LG0102:.. var mid|}] ? Seq.Slices : -1;
                    return r;
                }
                """);

            // A compound assignment converts with the user's operators on the way in and out ('w += 1' with W <-> int), which neither
            // the walker nor the helpers' walk looked into: they count their calls (r[i, j]: M the call's rank, the twin another).
            // Caught by the structural backstop.
            yield return new CatalogEntry("RvCompoundConversion", """
                public struct W
                {
                    public static int Calls;
                    public int V;
                    public static implicit operator int(W w) { Calls++; return w.V; }
                    public static implicit operator W(int v) { Calls++; return new W { V = v }; }
                }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                        {
                            W w = default;
                            {|LG0102:w += 1|};
                            r[i, j] = W.Calls;
                        }
                    return r;
                }
                """);

            // A spread element is converted with the user's operator ('[.. ws]' into int[]): the same. Caught by the structural backstop.
            yield return new CatalogEntry("RvSpreadConversion", """
                public struct W
                {
                    public static int Calls;
                    public int V;
                    public static implicit operator int(W w) { Calls++; return w.V; }
                }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    var ws = new W[2];
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                        {
                            int[] xs = [{|LG0102:.. ws|}];
                            r[i, j] = W.Calls + xs.Length;
                        }
                    return r;
                }
                """);

            // A tuple comparison calls the elements' user == (W's, which counts its calls), which Roslyn's operation does not name:
            // the backstop cannot see it, so the element types' operators are looked into explicitly.
            yield return new CatalogEntry("RvTupleEquality", """
                public struct W
                {
                    public static int Calls;
                    public int V;
                    public static bool operator ==(W a, W b) { Calls++; return a.V == b.V; }
                    public static bool operator !=(W a, W b) { Calls++; return a.V != b.V; }
                    public override bool Equals(object? o) => o is W w && w.V == V;
                    public override int GetHashCode() => V;
                }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    W a = default, b = default;
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|LG0102:(a, i) == (b, j)|} ? W.Calls : -W.Calls;
                    return r;
                }
                """);

            // The same three inside a helper the nest calls: the helpers' walk has the same backstop (CallInspector.InspectNamedMembers).
            yield return new CatalogEntry("RvHelperCompoundConversion", """
                public struct W
                {
                    public static int Calls;
                    public int V;
                    public static implicit operator int(W w) { Calls++; return w.V; }
                    public static implicit operator W(int v) { Calls++; return new W { V = v }; }
                }

                private static int Bump(int k) { W w = default; w += k; return w.V; }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|LG0102:Bump(j)|} + W.Calls;
                    return r;
                }
                """);

            yield return new CatalogEntry("RvHelperSpreadConversion", """
                public struct W
                {
                    public static int Calls;
                    public int V;
                    public static implicit operator int(W w) { Calls++; return w.V; }
                }

                private static int Total(W[] ws) { int[] xs = [.. ws]; return xs.Length; }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    var ws = new W[2];
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|LG0102:Total(ws)|} + W.Calls;
                    return r;
                }
                """);

            yield return new CatalogEntry("RvHelperTupleEquality", """
                public struct W
                {
                    public static int Calls;
                    public int V;
                    public static bool operator ==(W a, W b) { Calls++; return a.V == b.V; }
                    public static bool operator !=(W a, W b) { Calls++; return a.V != b.V; }
                    public override bool Equals(object? o) => o is W w && w.V == V;
                    public override int GetHashCode() => V;
                }

                private static bool Same(W a, int i, W b, int j) => (a, i) == (b, j);

                [Parallelize]
                public static int[,] Run(int n)
                {
                    W a = default, b = default;
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|LG0102:Same(a, i, b, j)|} ? W.Calls : -W.Calls;
                    return r;
                }
                """);

            yield return new CatalogEntry("RvHelperSlicePattern", """
                public sealed class Seq
                {
                    public static int Slices;
                    private readonly int[] items;
                    public Seq(int[] items) { this.items = items; }
                    public int Length => this.items.Length;
                    public int this[int k] => this.items[k];
                    public Seq Slice(int start, int length) { Slices++; return new Seq(new int[length]); }
                }

                private static bool HasMiddle(Seq s) => s is [_, .. var mid, _] && mid.Length > 0;

                [Parallelize]
                public static int[,] Run(int n)
                {
                    var s = new Seq(new int[3]);
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|LG0102:HasMiddle(s)|} ? Seq.Slices : -1;
                    return r;
                }
                """);

            // Accepted: a tuple comparison of elements whose == writes nothing shared, in the nest and in a helper.
            yield return new CatalogEntry("RvTupleEqualityPure", """
                public readonly struct P
                {
                    public P(int v) { this.V = v; }
                    public int V { get; }
                    public static bool operator ==(P a, P b) => a.V == b.V;
                    public static bool operator !=(P a, P b) => a.V != b.V;
                    public override bool Equals(object? o) => o is P p && p.V == this.V;
                    public override int GetHashCode() => this.V;
                }

                private static bool Same(P a, P b) => (a, 1) == (b, 1);

                [Parallelize]
                public static int[,] Run(int[] xs)
                {
                    var r = new int[xs.Length, xs.Length];
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < xs.Length; j++)
                            r[i, j] = (new P(xs[i]), i) == (new P(xs[j]), i) || Same(new P(xs[i] % 3), new P(xs[j] % 3)) ? 1 : 0;
                    return r;
                }
                """) { Report = "flattened" };

            // Accepted: a Deconstruct that cannot be overridden is looked into, and writes nothing shared.
            yield return new CatalogEntry("RvSealedDeconstruct", """
                public class P { public int A; public void Deconstruct(out int a, out int b) { a = A; b = 2 * A; } }

                [Parallelize]
                public static int[,] Run(int[] xs)
                {
                    var ps = new P[xs.Length];
                    for (int k = 0; k < xs.Length; k++) ps[k] = new P { A = xs[k] };
                    var r = new int[xs.Length, xs.Length];
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < xs.Length; j++)
                        {
                            var (a, b) = ps[i];
                            r[i, j] = a + b * j;
                        }
                    return r;
                }
                """) { Report = "flattened" };
        }
    }
}
