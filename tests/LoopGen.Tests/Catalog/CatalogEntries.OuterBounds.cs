using System;
using System.Collections.Generic;
using System.Linq;

namespace LoopGen.Tests.Catalog
{
    /// <summary>
    /// Outer bounds of nests that write array elements: the original loop evaluates its bound after every
    /// iteration and the twin once, so a bound that may read a written element is rejected (LG0108), whatever
    /// the path (round 14's entries cover spans, ref locals, helpers, local functions and list views; these add
    /// library methods given the array, a property's array, a jagged row and ImmutableArray; ref parameters are
    /// rejected earlier, LG0109). Lengths and
    /// counts of arrays, spans and views do not change when elements are written: those bounds stay accepted.
    /// </summary>
    internal static partial class CatalogEntries
    {
        private static IEnumerable<CatalogEntry> OuterBounds()
        {
            // A library method given the written array reads its elements: Array.IndexOf finds the first 0, which the body overwrites.
            yield return new CatalogEntry("BoundArrayIndexOf", """
                [Parallelize]
                public static int[] Run(int n)
                {
                    var a = new int[n + 1];
                    a[n / 2] = 0;
                    for (int k = 0; k < n / 2; k++) a[k] = 1;
                    for (int i = 0; i < {|LG0108:Array.IndexOf(a, 0)|}; i++)
                        for (int j = 0; j < n; j++)
                            a[i] = 0;
                    return a;
                }
                """);

            // LINQ over the written array in the bound.
            yield return new CatalogEntry("BoundLinqMax", """
                [Parallelize]
                public static int[] Run(int n)
                {
                    var a = new int[n + 1];
                    a[0] = n;
                    for (int i = 0; i < {|LG0108:a.Max()|}; i++)
                        for (int j = 0; j < n; j++)
                            a[i] += j;
                    return a;
                }
                """);

            // A helper given the array a holder's property returns, which is the written array.
            yield return new CatalogEntry("BoundHelperOnPropertyArray", """
                public sealed class Holder { public Holder(int[] a) { this.Cells = a; } public int[] Cells { get; } }

                private static int First(int[] a) => a[0];

                [Parallelize]
                public static int[] Run(int n)
                {
                    var a = new int[n + 1];
                    a[0] = n;
                    var h = new Holder(a);
                    for (int i = 0; i < {|LG0108:First(h.Cells)|}; i++)
                        for (int j = 0; j < n; j++)
                            a[i] += j;
                    return a;
                }
                """);

            // An ImmutableArray may share the written array (ImmutableCollectionsMarshal.AsImmutableArray).
            yield return new CatalogEntry("BoundImmutableArrayView", """
                [Parallelize]
                public static int[] Run(int n)
                {
                    var a = new int[n + 1];
                    a[0] = n;
                    var view = System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(a);
                    for (int i = 0; i < {|LG0108:view[0]|}; i++)
                        for (int j = 0; j < n; j++)
                            a[i] += j;
                    return a;
                }
                """);

            // The bound is a generic helper given the written row of a jagged array.
            yield return new CatalogEntry("BoundGenericHelperOnRow", """
                private static int Head<T>(T[] a) where T : struct => Convert.ToInt32(a[0]);

                [Parallelize]
                public static int[][] Run(int n)
                {
                    var r = new int[n][];
                    for (int k = 0; k < n; k++) r[k] = new int[n];
                    r[0][0] = n;
                    for (int i = 0; i < {|LG0108:Head(r[0])|}; i++)
                        for (int j = 0; j < n; j++)
                            r[i][j] = 1;
                    return r;
                }
                """);

            // Accepted: the length of a span over the written array does not change when its elements are written.
            yield return new CatalogEntry("BoundSpanLength", """
                [Parallelize]
                public static int[] Run(int n)
                {
                    var a = new int[n];
                    ReadOnlySpan<int> s = a;
                    for (int i = 0; i < s.Length; i++)
                        for (int j = 0; j < n; j++)
                            a[i] += i * j;
                    return a;
                }
                """) { Report = "row" };

            // Accepted: the count of a list view, and the length of a written array, as bounds.
            yield return new CatalogEntry("BoundViewCount", """
                [Parallelize]
                public static int[,] Run(IReadOnlyList<int> xs, int[] ys)
                {
                    var r = new int[xs.Count, ys.Length];
                    for (int i = 0; i < xs.Count; i++)
                        for (int j = 0; j < ys.Length; j++)
                            r[i, j] = xs[i] * ys[j];
                    return r;
                }
                """) { Report = "flattened" };

            // Accepted: the bound indexes an array the body does not write, through a helper on another array's length.
            yield return new CatalogEntry("BoundReadOnlyArrayElement", """
                [Parallelize]
                public static int[,] Run(int[] limits, int n)
                {
                    var r = new int[n, n];
                    for (int i = 0; i < Math.Min(n, limits.Length > 0 ? Math.Abs(limits[0] % (n + 1)) : 0); i++)
                        for (int j = 0; j < r.GetLength(1); j++)
                            r[i, j] = i + j;
                    return r;
                }
                """) { Report = "flattened" };
        }
    }
}
