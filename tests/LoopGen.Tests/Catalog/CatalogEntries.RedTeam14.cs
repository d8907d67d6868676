using System;
using System.Collections.Generic;
using System.Linq;

namespace LoopGen.Tests.Catalog
{
    /// <summary>
    /// Fourteenth red-team round, from a review session: loop headers. Every entry below was accepted silently
    /// (LG0003 'flattened' or 'row', no LG0004) and, written with its markers removed and Large = 800, its twin
    /// differed from M in the differential. Each carries its CORRECT expectation (LG0108 at the header expression).
    /// Two mechanisms: (1) a user-defined conversion or operator in the OUTER header (start, bound, Enumerable.Range
    /// argument, foreach collection) is not seen as a call that may have side effects, although a method or property
    /// there is (LG0108): the twin's size probe runs it, then the original loop on the small-work path runs it again,
    /// and the outer bound is evaluated once instead of n + 1 times; (2) the outer bound reads a cell the body writes
    /// through a path the written-cell check does not follow (a ref local, a Span or ReadOnlySpan local, a helper
    /// method, a ref-returning helper, a local function, static or capturing, an IList of T, IReadOnlyList of T,
    /// ArraySegment of T or Memory of T view): M re-reads it on every outer iteration
    /// and stops early or runs past the array, the twin evaluates it once. Both are fixed: (1) by treating user conversions
    /// and operators in the outer header as calls, (2) by rejecting an outer bound that may reach the written elements other
    /// than by indexing an array directly (NestWalker.BoundReadThroughAlias).
    /// Checked and found HANDLED (not entries): a user conversion or operator in an INNER header, and in a foreach
    /// element conversion (LG0102); the outer start, bound, Range argument or collection calling a user method or
    /// getter, or k++ (LG0108); a lazily initialised getter as inner bound (LG0102); a ref local or Span in an inner
    /// bound (LG0107); a helper reading the written array in an inner bound (LG0106); the bound reading an array alias
    /// local (alias check, equal), a holder's field (LG0108) or property (LG0100), the result list through a helper
    /// (LG0108), a cast from object, a tuple element, AsSpan (LG0108), a jagged array holding the written array (equal); a nest in a checked block (LG0002); a bound that throws for a later row while the body throws for an
    /// earlier one (same exception); foreach over a List built in the method (equal); Enumerable.Range's count
    /// through a helper reading a written cell (evaluated once in M too, equal); writing the array an inner foreach
    /// walks through an IList of T, ArraySegment of T or Memory of T view (LG0102) or a jagged box (LG0106).
    /// </summary>
    internal static partial class CatalogEntries
    {
        private static IEnumerable<CatalogEntry> RedTeam14()
        {
            // A: a user-defined implicit conversion in the outer start runs twice (probe, then the original loop on the small-work path): M Calls 1, twin 2.
            yield return new CatalogEntry("Rt14ImplicitConvStart", """
                public struct W { public int V; public static int Calls; public static implicit operator int(W w) { Calls++; return w.V; } }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    W.Calls = 0;
                    var w = new W { V = 0 };
                    var r = new int[n, n];
                    for (int i = {|LG0108:w|}; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = i + j;
                    r[0, 0] = W.Calls;
                    return r;
                }
                """);

            // B: the same in an argument of Enumerable.Range (M 1, twin 2 at size 1).
            yield return new CatalogEntry("Rt14ImplicitConvRange", """
                public struct W { public int V; public static int Calls; public static implicit operator int(W w) { Calls++; return w.V; } }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    W.Calls = 0;
                    var w = new W { V = n };
                    var r = new int[n, n];
                    foreach (var i in Enumerable.Range(0, {|LG0108:w|}))
                        for (int j = 0; j < n; j++)
                            r[i, j] = i + j;
                    r[0, 0] = W.Calls;
                    return r;
                }
                """);

            // C: the same in the outer bound, which M evaluates n + 1 times and the twin once, or once more before the original loop (M 2, twin 3 at size 1).
            yield return new CatalogEntry("Rt14ImplicitConvOuterBound", """
                public struct W { public int V; public static int Calls; public static implicit operator int(W w) { Calls++; return w.V; } }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    W.Calls = 0;
                    var w = new W { V = n };
                    var r = new int[n, n];
                    for (int i = 0; i < {|LG0108:w|}; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = i + j;
                    r[0, 0] = W.Calls;
                    return r;
                }
                """);

            // D: a user-defined explicit conversion producing the outer foreach's array runs twice (M 1, twin 2).
            yield return new CatalogEntry("Rt14ExplicitConvCollection", """
                public struct A { public int N; public static int Calls; public static explicit operator int[](A a) { Calls++; return new int[a.N]; } }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    A.Calls = 0;
                    var a = new A { N = n };
                    var r = new int[n, n];
                    foreach (var x in {|LG0108:(int[])a|})
                        for (int j = 0; j < n; j++)
                            r[x, j] += j;
                    r[0, 0] = A.Calls;
                    return r;
                }
                """);

            // E: a user-defined operator + in the outer bound (M 2, twin 3 at size 1).
            yield return new CatalogEntry("Rt14UserOperatorInBound", """
                public struct W { public int V; public static int Calls; public static int operator +(int x, W w) { Calls++; return x + w.V; } }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    W.Calls = 0;
                    var w = new W { V = 0 };
                    var r = new int[n, n];
                    for (int i = 0; i < {|LG0108:n + w|}; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = i + j;
                    r[0, 0] = W.Calls;
                    return r;
                }
                """);

            // F: the outer bound is a ref local to a cell the body writes: M stops after row 0 (r[0,0] becomes 1), the twin fills every row (result[1,0]: M 0, twin 1).
            yield return new CatalogEntry("Rt14RefLocalOuterBound", """
                [Parallelize]
                public static int[,] Run(int n)
                {
                    var r = new int[n, n];
                    ref int lim = ref r[0, 0];
                    lim = n;
                    for (int i = 0; i < {|LG0108:lim|}; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = 1;
                    return r;
                }
                """);

            // G: the outer bound reads a Span over the written array: M's bound grows after row 0 and M throws IndexOutOfRangeException, the twin returns a result.
            yield return new CatalogEntry("Rt14SpanOuterBound", """
                [Parallelize]
                public static int[] Run(int n)
                {
                    var a = new int[n + 1];
                    a[0] = n;
                    Span<int> s = a;
                    for (int i = 0; i < {|LG0108:s[0]|}; i++)
                        for (int j = 0; j < n; j++)
                            a[i] += j;
                    return a;
                }
                """);

            // H: the same with a ReadOnlySpan.
            yield return new CatalogEntry("Rt14ReadOnlySpanOuterBound", """
                [Parallelize]
                public static int[] Run(int n)
                {
                    var a = new int[n + 1];
                    a[0] = n;
                    ReadOnlySpan<int> s = a;
                    for (int i = 0; i < {|LG0108:s[0]|}; i++)
                        for (int j = 0; j < n; j++)
                            a[i] += j;
                    return a;
                }
                """);

            // I: a Span made by MemoryMarshal.CreateSpan over a cell of the written 2D array (result[1,0]: M 0, twin 1).
            yield return new CatalogEntry("Rt14SpanFromRefOuterBound", """
                [Parallelize]
                public static int[,] Run(int n)
                {
                    var r = new int[n, n];
                    r[0, 0] = n;
                    var s = System.Runtime.InteropServices.MemoryMarshal.CreateSpan(ref r[0, 0], 1);
                    for (int i = 0; i < {|LG0108:s[0]|}; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = 1;
                    return r;
                }
                """);

            // J: a static helper reading the written array's first cell in the outer bound: M throws IndexOutOfRangeException, the twin returns a result.
            yield return new CatalogEntry("Rt14HelperOuterBound", """
                private static int First(int[] a) => a[0];

                [Parallelize]
                public static int[] Run(int n)
                {
                    var a = new int[n + 1];
                    a[0] = n;
                    for (int i = 0; i < {|LG0108:First(a)|}; i++)
                        for (int j = 0; j < n; j++)
                            a[i] += j;
                    return a;
                }
                """);

            // K: the same with a 2D array (result[1,0]: M 0, twin 1).
            yield return new CatalogEntry("Rt14HelperOuterBound2D", """
                private static int Corner(int[,] r) => r[0, 0];

                [Parallelize]
                public static int[,] Run(int n)
                {
                    var r = new int[n, n];
                    r[0, 0] = n;
                    for (int i = 0; i < {|LG0108:Corner(r)|}; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = 1;
                    return r;
                }
                """);

            // L: a ref-returning helper (result[1,0]: M 0, twin 1).
            yield return new CatalogEntry("Rt14RefReturnOuterBound", """
                private static ref int Cell(int[,] r) => ref r[0, 0];

                [Parallelize]
                public static int[,] Run(int n)
                {
                    var r = new int[n, n];
                    r[0, 0] = n;
                    for (int i = 0; i < {|LG0108:Cell(r)|}; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = 1;
                    return r;
                }
                """);

            // M: a local function declared before the nest, capturing the written array (result[1,0]: M 0, twin 1).
            yield return new CatalogEntry("Rt14LocalFunctionOuterBound", """
                [Parallelize]
                public static int[,] Run(int n)
                {
                    var r = new int[n, n];
                    r[0, 0] = n;
                    int Lim() => r[0, 0];
                    for (int i = 0; i < {|LG0108:Lim()|}; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = 1;
                    return r;
                }
                """);

            // N: a static local function given the written array.
            yield return new CatalogEntry("Rt14StaticLocalFunctionOuterBound", """
                [Parallelize]
                public static int[,] Run(int n)
                {
                    var r = new int[n, n];
                    r[0, 0] = n;
                    static int Lim(int[,] g) => g[0, 0];
                    for (int i = 0; i < {|LG0108:Lim(r)|}; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = 1;
                    return r;
                }
                """);

            // O: a helper reading a cell of a written jagged row (result[1][0]: M 0, twin 1).
            yield return new CatalogEntry("Rt14JaggedHelperOuterBound", """
                private static int Head(int[][] r) => r[0][0];

                [Parallelize]
                public static int[][] Run(int n)
                {
                    var r = new int[n][];
                    for (int k = 0; k < n; k++) r[k] = new int[n];
                    r[0][0] = n;
                    for (int i = 0; i < {|LG0108:Head(r)|}; i++)
                        for (int j = 0; j < n; j++)
                            r[i][j] = 1;
                    return r;
                }
                """);

            // P: the same with a '!=' condition.
            yield return new CatalogEntry("Rt14NotEqualHelperBound", """
                private static int Corner(int[,] r) => r[0, 0];

                [Parallelize]
                public static int[,] Run(int n)
                {
                    var r = new int[n, n];
                    r[0, 0] = n;
                    for (int i = 0; i != {|LG0108:Corner(r)|}; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = 1;
                    return r;
                }
                """);
            // Q: the outer bound reads the written array through an IList<int> local (passes the list-view guard, being an array): M throws IndexOutOfRangeException, the twin returns a result.
            yield return new CatalogEntry("Rt14IListView", """
                [Parallelize]
                public static int[] Run(int n)
                {
                    var a = new int[n + 1];
                    a[0] = n;
                    IList<int> view = a;
                    for (int i = 0; i < {|LG0108:view[0]|}; i++)
                        for (int j = 0; j < n; j++)
                            a[i] += j;
                    return a;
                }
                """);

            // R: the same through an IReadOnlyList<int> local.
            yield return new CatalogEntry("Rt14IReadOnlyListView", """
                [Parallelize]
                public static int[] Run(int n)
                {
                    var a = new int[n + 1];
                    a[0] = n;
                    IReadOnlyList<int> view = a;
                    for (int i = 0; i < {|LG0108:view[0]|}; i++)
                        for (int j = 0; j < n; j++)
                            a[i] += j;
                    return a;
                }
                """);

            // S: the same through an ArraySegment<int>.
            yield return new CatalogEntry("Rt14ArraySegmentOuterBound", """
                [Parallelize]
                public static int[] Run(int n)
                {
                    var a = new int[n + 1];
                    a[0] = n;
                    var seg = new ArraySegment<int>(a);
                    for (int i = 0; i < {|LG0108:seg[0]|}; i++)
                        for (int j = 0; j < n; j++)
                            a[i] += j;
                    return a;
                }
                """);

            // T: the same through a Memory<int> local and its Span.
            yield return new CatalogEntry("Rt14MemoryOuterBound", """
                [Parallelize]
                public static int[] Run(int n)
                {
                    var a = new int[n + 1];
                    a[0] = n;
                    Memory<int> mem = a;
                    for (int i = 0; i < {|LG0108:mem.Span[0]|}; i++)
                        for (int j = 0; j < n; j++)
                            a[i] += j;
                    return a;
                }
                """);
        }
    }
}
