using System;
using System.Collections.Generic;
using System.Linq;

namespace LoopGen.Tests.Catalog
{
    /// <summary>
    /// Round 24 of red-teaming, against the five rules of the day: injective index functions of a counter, transposes
    /// into rows, padded strides, bounds cached in the for header, and C-style temporaries declared before the nest.
    /// Each entry carries its CORRECT expectation; entries with a <see cref="CatalogEntry.Bug"/> are known product bugs.
    /// </summary>
    internal static partial class CatalogEntries
    {
        private static IEnumerable<CatalogEntry> RedTeam24()
        {
            // ------------------------------------------------------------ bounds cached in the for header: found bugs
            // The outer header's cached bound named by the inner loop's header (a square matrix, the commonest form).
            // The twin evaluates the inner bound in its size probe and plan, where 'n' is not declared.
            yield return new CatalogEntry("Rt24OuterCachedBoundInInnerBound", """
                [Parallelize]
                public static int[,] Run(int h)
                {
                    var r = new int[h, h];
                    for (int i = 0, n = h; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = i * 1000 + j + 1;
                    return r;
                }
                """)
            {
                Report = "flattened",
                Bug = "the twin evaluates the inner bound 'n' (the outer header's cached bound) in its size probe and plan, outside the loop that declares it: the generated code does not compile (CS0103)",
            };

            // The same with a field of the same name in the class: the generated code compiles, and its probe and plan
            // read the FIELD (7) as the inner trip count, so the flattened twin fills 7 columns of each row (or
            // throws IndexOutOfRange when h < 7) where M fills h.
            yield return new CatalogEntry("Rt24OuterCachedBoundInInnerBoundShadowsField", """
                private static int n = 7;

                [Parallelize]
                public static int[,] Run(int h)
                {
                    var r = new int[h, h];
                    for (int i = 0, n = h; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = i * 1000 + j + 1;
                    return r;
                }
                """)
            {
                Report = "flattened",
                Bug = "the inner bound 'n' (the outer header's cached bound) is copied into the twin's size probe and plan, where 'n' names the static field K.n: the flattened twin runs 7 inner iterations per row instead of h (wrong result, or IndexOutOfRange for h < 7)",
            };

            // The inner header's own cached bound initialized from the outer one.
            yield return new CatalogEntry("Rt24OuterCachedBoundInInnerCachedBound", """
                [Parallelize]
                public static int[,] Run(int h)
                {
                    var r = new int[h, h];
                    for (int i = 0, n = h; i < n; i++)
                        for (int j = 0, m = n; j < m; j++)
                            r[i, j] = i * 1000 + j + 1;
                    return r;
                }
                """)
            {
                Report = "flattened",
                Bug = "the inner cached bound's initializer 'n' is evaluated by the twin's probe and plan, where the outer header's 'n' is not declared: the generated code does not compile (CS0103)",
            };

            // An upper triangle: the inner loop runs from i to the outer cached bound (one task per row).
            yield return new CatalogEntry("Rt24OuterCachedBoundInTriangleBound", """
                [Parallelize]
                public static int[,] Run(int h)
                {
                    var r = new int[h, h];
                    for (int i = 0, n = h; i < n; i++)
                        for (int j = i; j < n; j++)
                            r[i, j] = i * 1000 + j + 1;
                    return r;
                }
                """)
            {
                Report = "row",
                Bug = "the twin's size probe evaluates the inner bound 'n' for the first and last rows, outside the loop that declares it: the generated code does not compile (CS0103)",
            };

            // The inner loop counting down from the outer cached bound, and the body reading it.
            yield return new CatalogEntry("Rt24OuterCachedBoundInInnerStart", """
                [Parallelize]
                public static int[,] Run(int h)
                {
                    var r = new int[h + 1, h + 1];
                    for (int i = 0, n = h; i < n; i++)
                        for (int j = n - 1; j >= 0; j--)
                            r[i, n - j] = i * 1000 + j;
                    return r;
                }
                """)
            {
                Report = "flattened",
                Bug = "the inner start 'n - 1' is evaluated by the twin's probe (where 'n' is not declared, CS0103) and by its plan before the twin declares 'n' (CS0841): the generated code does not compile",
            };

            // ------------------------------------------------------------ padded strides over a cached bound: found bugs
            // The stride of a padded row is the outer header's cached bound: the twin's run-time check 'w <= n' is
            // written before the parallel path declares 'n'.
            yield return new CatalogEntry("Rt24PaddedStrideIsOuterCachedBound", """
                [Parallelize]
                public static long[] Run(int[] xs, int w)
                {
                    var flat = new long[xs.Length * xs.Length + w + 1];
                    for (int y = 0, n = xs.Length; y < n; y++)
                        for (int x = 0; x < w; x++)
                            flat[y * n + x] += (long)xs[y] * 31 + x;
                    return flat;
                }
                """)
            {
                Report = "flattened",
                Bug = "the padded-stride check 'w <= n' and the index range check 'xs.Length * n' name the outer header's cached bound 'n' where it is not declared: the generated code does not compile (CS0103)",
            };

            // The width of a padded row is the outer header's cached bound.
            yield return new CatalogEntry("Rt24PaddedWidthIsOuterCachedBound", """
                [Parallelize]
                public static long[] Run(int[] xs, int stride)
                {
                    var flat = new long[xs.Length * stride + xs.Length + 1];
                    for (int y = 0, n = xs.Length; y < n; y++)
                        for (int x = 0; x < n; x++)
                            flat[y * stride + x] += (long)xs[y] * 31 + x;
                    return flat;
                }
                """)
            {
                Report = "flattened",
                Bug = "the padded-stride check 'n <= stride' and the inner trip count name the outer header's cached bound 'n' where it is not declared: the generated code does not compile (CS0103)",
            };

            // The same with a field 'n' in the class: the generated code compiles, and the check 'w <= n' reads the FIELD
            // (1000), so rows wider than the real stride h pass it. Row y then writes into row y + 1's block while
            // another chunk writes that row: a data race (in M, row y + 1's own values win).
            yield return new CatalogEntry("Rt24PaddedStrideCachedBoundShadowsField", """
                private static int n = 1000;

                [Parallelize]
                public static long[] Run(int h, int w)
                {
                    var flat = new long[h * h + w + 1];
                    for (int y = 0, n = h; y < n; y++)
                        for (int x = 0; x < w; x++)
                            flat[y * n + x] = Slow(y, x);
                    return flat;
                }

                private static long Slow(int y, int x)
                {
                    long s = y * 1000L + x;
                    for (int k = 0; k < 200; k++)
                        s = (s * 31 + k) % 1000003;
                    return y * 1000L + x + (s & 0);
                }
                """)
            {
                Report = "flattened",
                Inputs = (rng, size) => new object?[] { size, 2 * size + 1 },
                Bug = "the run-time check 'w <= n' that keeps padded rows apart is emitted before the twin declares the cached bound 'n', so it reads the static field K.n (1000): w = 2h + 1 passes it, rows overlap, and chunks race on the shared elements (M's later row wins, the twin's does not)",
            };
        }
    }
}
