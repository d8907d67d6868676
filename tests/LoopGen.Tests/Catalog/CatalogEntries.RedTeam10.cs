using System;
using System.Collections.Generic;

namespace LoopGen.Tests.Catalog
{
    /// <summary>
    /// Tenth round: gaps found while reviewing the previous rounds' fixes. Each entry was accepted silently before
    /// its fix and now carries its correct expectation.
    /// </summary>
    internal static partial class CatalogEntries
    {
        private static IEnumerable<CatalogEntry> RedTeam10()
        {
            // Comparing values typed 'object' runs whatever Equals/GetHashCode the boxed value has: here a user
            // override that counts its calls in a static. LoopGen cannot resolve it, so it trusts it with LG0004
            // (before, 'object' was taken as a base-library type comparing itself). Racy: the counter does race.
            yield return new CatalogEntry("Rt10ListOfObjectContains", """
                public sealed class Noisy { public static int Calls; public int V; public override bool Equals(object o) { Calls++; return o is Noisy k && k.V == V; } public override int GetHashCode() => V; }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    var keys = new List<object>();
                    for (int k = 0; k < n; k += 2) keys.Add(new Noisy { V = k });
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|LG0004:keys.Contains(i + j)|} ? 1 : -1;
                    return r;
                }
                """) { Report = "flattened", Racy = true };

            yield return new CatalogEntry("Rt10DictionaryOfObjectKey", """
                [Parallelize]
                public static int[,] Run(int n)
                {
                    var d = new Dictionary<object, int>();
                    for (int k = 0; k < n; k++) d[k] = k * 3;
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|LG0004:d.TryGetValue(j, out int v)|} ? v + i : -1;
                    return r;
                }
                """) { Report = "flattened" };

            // Mutual recursion: A calls B, B calls A. B was inspected while A was in progress, saw A's provisional
            // "safe", and that verdict was cached as B's own: a later direct call of B missed what A does.
            yield return new CatalogEntry("Rt10MutualRecursionTrustedCall", """
                private static int S;
                private static Func<int> F = () => ++S;
                private static int A(int k) => k <= 0 ? F() : B(k - 1);
                private static int B(int k) => k <= 0 ? 0 : A(k - 1);

                [Parallelize]
                public static int[,] Run(int n)
                {
                    S = 0;
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|LG0004:A(i % 3)|} + {|LG0004:B(j % 3)|};
                    return r;
                }
                """) { Report = "flattened", Racy = true };

            // The same cycle with a write, B called from a second nest (this one was already reported).
            yield return new CatalogEntry("Rt10MutualRecursionWriteSecondNest", """
                private static int S;
                private static int A(int k) { if (k <= 0) { S++; return S; } return B(k - 1); }
                private static int B(int k) => k <= 0 ? 0 : A(k - 1);

                [Parallelize]
                public static int[,] Run(int n)
                {
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|LG0102:A(i % 3)|};
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] += {|LG0102:B(j % 3)|};
                    return r;
                }
                """);

            // The counterpart: a list of a sealed base-library type compares itself, no warning.
            yield return new CatalogEntry("Rt10ListOfStringContains", """
                [Parallelize]
                public static int[,] Run(int n)
                {
                    var keys = new List<string>();
                    for (int k = 0; k < n; k += 2) keys.Add(k.ToString());
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = keys.Contains((i + j).ToString()) ? 1 : -1;
                    return r;
                }
                """) { Report = "flattened" };
        }
    }
}
