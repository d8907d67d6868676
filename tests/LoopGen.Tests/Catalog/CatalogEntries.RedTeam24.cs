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
        }
    }
}
