using System;
using System.Collections.Generic;
using System.Linq;

namespace LoopGen.Tests.Catalog
{
    /// <summary>
    /// Found in review during stop 14 (not by a red-team round): each entry below was accepted silently and its
    /// twin differed from M. Each carries its correct expectation.
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
