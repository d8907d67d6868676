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
            };

            // An inner foreach over Enumerable.Range up to the outer header's cached bound.
            yield return new CatalogEntry("Rt24OuterCachedBoundInInnerRange", """
                [Parallelize]
                public static int[,] Run(int h)
                {
                    var r = new int[h, h];
                    for (int i = 0, n = h; i < n; i++)
                        foreach (int j in Enumerable.Range(0, n))
                            r[i, j] = i * 1000 + j + 1;
                    return r;
                }
                """)
            {
                Report = "flattened",
            };

            // A cached bound whose initializer is not the same on every evaluation (Guid.NewGuid, like DateTime.Now, is
            // taken as free of side effects, which it is, and so is accepted there): M evaluates it once, so every
            // iteration sees i < n. The twin evaluates it in its size probe (the trip count) and again where it
            // declares 'n' for the chunks, so the cells may see a smaller n than the count they run: 'bad' becomes true.
            yield return new CatalogEntry("Rt24CachedBoundEvaluatedTwice", """
                [Parallelize]
                public static bool Run(int len, int m)
                {
                    bool bad = false;
                    for (int i = 0, n = len + (Guid.NewGuid().GetHashCode() & 15); i < n; i++)
                        for (int j = 0; j < m; j++)
                            if (i >= n) bad = true;
                    return bad;
                }
                """)
            {
                Report = "flattened",
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
            };

            // ------------------------------------------------------------ arrays reached two levels down: found bugs
            // The run-time check compares the written arrays (and the rows of written jagged arrays) with the arrays the
            // nest reads and with the ROWS of jagged arrays it reads, one level down. An array reached two levels down,
            // c[0][0] of a long[][][] or c[0, 0] of a long[,][], is compared with nothing, and may be the written array.

            // The simplest: a one-dimensional array written at i, and u[0] read by every iteration through c[0][0], which
            // is u itself. Row 0 is made slow, so that other workers read u[0] before iteration 0 is done with it.
            yield return new CatalogEntry("Rt24ReadsFirstThroughDeeperJagged", """
                private static long Slow(long v, int rounds)
                {
                    for (int k = 0; k < rounds; k++)
                        v = (v * 31 + k) % 1000003;
                    return v;
                }

                [Parallelize]
                public static void Run(long[] u, long[][][] c, int n)
                {
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < 4; j++)
                            u[i] += Slow({|LG0100:c[0][0][0]|} + j, i == 0 ? 200000 : 20);
                }
                """)
            {
                Inputs = (rng, size) =>
                {
                    var u = new long[size + 1];
                    for (int k = 0; k <= size; k++) u[k] = rng.Next(1000);
                    return new object?[] { u, new long[][][] { new long[][] { u } }, size };
                },
            };

            // A transpose into rows beside a read of c[0][0], which is the first row.
            yield return new CatalogEntry("Rt24TransposeBesideDeeperJagged", """
                private static long Slow(long v)
                {
                    for (int k = 0; k < 400; k++)
                        v = (v * 31 + k) % 1000003;
                    return v;
                }

                [Parallelize]
                public static void Run(long[][] t, long[][][] c, int n, int w)
                {
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < w; j++)
                            t[j][i] = Slow({|LG0100:c[0][0][i + 1]|} + j);
                }
                """)
            {
                Inputs = (rng, size) =>
                {
                    var t = new long[size][];
                    for (int k = 0; k < size; k++)
                    {
                        t[k] = new long[size + 1];
                        for (int q = 0; q <= size; q++) t[k][q] = rng.Next(1000);
                    }

                    var first = size > 0 ? t[0] : new long[1];
                    return new object?[] { t, new long[][][] { new long[][] { first } }, size, size };
                },
            };

            // The same through a two-dimensional array of rows, c[0, 0].
            yield return new CatalogEntry("Rt24TransposeBesideRowOf2DArrayOfRows", """
                private static long Slow(long v)
                {
                    for (int k = 0; k < 400; k++)
                        v = (v * 31 + k) % 1000003;
                    return v;
                }

                [Parallelize]
                public static void Run(long[][] t, long[,][] c, int n, int w)
                {
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < w; j++)
                            t[j][i] = Slow({|LG0100:c[0, 0][i + 1]|} + j);
                }
                """)
            {
                Inputs = (rng, size) =>
                {
                    var t = new long[size][];
                    for (int k = 0; k < size; k++)
                    {
                        t[k] = new long[size + 1];
                        for (int q = 0; q <= size; q++) t[k][q] = rng.Next(1000);
                    }

                    var c = new long[1, 1][];
                    c[0, 0] = size > 0 ? t[0] : new long[1];
                    return new object?[] { t, c, size, size };
                },
            };

            // Rows written in place (t[i][j]) beside a read of c[0][0], which is row 0 (made slow).
            yield return new CatalogEntry("Rt24RowsBesideDeeperJagged", """
                private static long Slow(long v, int rounds)
                {
                    for (int k = 0; k < rounds; k++)
                        v = (v * 31 + k) % 1000003;
                    return v;
                }

                [Parallelize]
                public static void Run(long[][] t, long[][][] c, int n, int w)
                {
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < w; j++)
                            t[i][j] = Slow({|LG0100:c[0][0][j]|} + i, i == 0 ? 20000 : 20);
                }
                """)
            {
                Inputs = (rng, size) =>
                {
                    var t = new long[size][];
                    for (int k = 0; k < size; k++)
                    {
                        t[k] = new long[size];
                        for (int q = 0; q < size; q++) t[k][q] = rng.Next(1000);
                    }

                    var first = size > 0 ? t[0] : new long[1];
                    return new object?[] { t, new long[][][] { new long[][] { first } }, size, size };
                },
            };

            // ------------------------------------------------------------ probes that hold: transposes into rows
            // The transposed rows beside a one-dimensional array read one element ahead, which is the first row: the
            // run-time check compares it with the rows, and such input runs the original loop.
            yield return new CatalogEntry("Rt24TransposeBesideItsOwnRow", """
                [Parallelize]
                public static void Run(long[][] t, long[] xs, int n, int w)
                {
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < w; j++)
                            t[j][i] = xs[i + 1] + j;
                }
                """)
            {
                Report = "flattened",
                Inputs = (rng, size) =>
                {
                    var t = new long[size][];
                    for (int k = 0; k < size; k++)
                    {
                        t[k] = new long[size + 1];
                        for (int q = 0; q <= size; q++) t[k][q] = rng.Next(-50, 50);
                    }

                    return new object?[] { t, size > 0 ? t[0] : new long[1], size, size };
                },
            };

            // A transpose beside a reversed write into a one-dimensional array that is one of the rows.
            yield return new CatalogEntry("Rt24TransposeBesideReversedRow", """
                [Parallelize]
                public static void Run(long[][] t, long[] u, int n, int w)
                {
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < w; j++)
                        {
                            t[j][i] = j + 1;
                            u[n - 1 - i] += t[j][i];
                        }
                }
                """)
            {
                Report = "row",
                Inputs = (rng, size) =>
                {
                    var t = new long[size][];
                    for (int k = 0; k < size; k++) t[k] = new long[size];
                    return new object?[] { t, size > 1 ? t[1] : new long[size], size, size };
                },
            };

            // The row handed whole to a helper that sums it: other iterations write that row meanwhile.
            yield return new CatalogEntry("Rt24TransposeRowSummedByHelper", """
                private static long SumRow(long[] r) { long s = 0; for (int k = 0; k < r.Length; k++) s += r[k]; return s; }

                [Parallelize]
                public static void Run(long[][] t, int n, int w)
                {
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < w; j++)
                            {|LG0106:t[j][i]|} = SumRow(t[j]) + j;
                }
                """);

            // The same through LINQ.
            yield return new CatalogEntry("Rt24TransposeRowSummedByLinq", """
                [Parallelize]
                public static void Run(long[][] t, int n, int w)
                {
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < w; j++)
                            {|LG0106:t[j][i]|} = t[j].Sum() + j;
                }
                """);

            // ------------------------------------------------------------ probes that hold: padded strides
            // The padded index through a local of the cell; widths above the stride run the original loop.
            yield return new CatalogEntry("Rt24PaddedStrideThroughIndexLocal", """
                [Parallelize]
                public static long[] Run(int[] xs, int width, int stride)
                {
                    var flat = new long[xs.Length * stride + width + 1];
                    for (int y = 0; y < xs.Length; y++)
                        for (int x = 0; x < width; x++)
                        {
                            int idx = y * stride + x;
                            flat[idx] = (long)xs[y] * 31 + x + flat[idx];
                        }
                    return flat;
                }
                """)
            {
                Report = "flattened",
                Inputs = (rng, size) =>
                {
                    var xs = new int[size];
                    for (int k = 0; k < size; k++) xs[k] = rng.Next(-50, 50);
                    int stride = rng.Next(1, size + 2);
                    int width = rng.Next(2) == 0 ? rng.Next(0, stride + 1) : rng.Next(stride, 2 * stride + 2);
                    return new object?[] { xs, width, stride };
                },
            };

            // A short width, an offset loop from 2 by 3.
            yield return new CatalogEntry("Rt24PaddedShortWidthSteppedOffset", """
                [Parallelize]
                public static long[] Run(int[] xs, short width, int stride)
                {
                    var flat = new long[xs.Length * stride + width + 1];
                    for (int y = 0; y < xs.Length; y++)
                        for (int x = 2; x < width; x += 3)
                            flat[y * stride + x] += (long)xs[y] * 31 + x;
                    return flat;
                }
                """)
            {
                Report = "flattened",
                Inputs = (rng, size) =>
                {
                    var xs = new int[size];
                    for (int k = 0; k < size; k++) xs[k] = rng.Next(-50, 50);
                    int stride = rng.Next(1, size + 4);
                    short width = (short)(rng.Next(2) == 0 ? rng.Next(0, stride + 1) : rng.Next(stride, 2 * stride + 4));
                    return new object?[] { xs, width, stride };
                },
            };

            // Two offset loops in one row, one padded and one filling the stride.
            yield return new CatalogEntry("Rt24PaddedTwoOffsetLoops", """
                [Parallelize]
                public static long[] Run(int[] xs, int width, int stride)
                {
                    var flat = new long[xs.Length * stride + width + stride + 1];
                    for (int y = 0; y < xs.Length; y++)
                    {
                        for (int x = 0; x < width; x++)
                            flat[y * stride + x] += (long)xs[y] * 31 + x;
                        for (int x = 0; x < stride; x++)
                            flat[y * stride + x] = flat[y * stride + x] * 3 + 1;
                    }
                    return flat;
                }
                """)
            {
                Report = "row",
                Inputs = (rng, size) =>
                {
                    var xs = new int[size];
                    for (int k = 0; k < size; k++) xs[k] = rng.Next(-50, 50);
                    int stride = rng.Next(1, size + 2);
                    int width = rng.Next(2) == 0 ? rng.Next(0, stride + 1) : rng.Next(stride, 2 * stride + 2);
                    return new object?[] { xs, width, stride };
                },
            };

            // ------------------------------------------------------------ probes that hold: index functions
            // 'i + 1' and '1 + i' are one function of i.
            yield return new CatalogEntry("Rt24OffsetCommuted", """
                [Parallelize]
                public static int[,] Run(int n)
                {
                    var r = new int[n + 1, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                        {
                            r[i + 1, j] = i;
                            r[1 + i, j] += j;
                        }
                    return r;
                }
                """) { Report = "flattened" };

            // A widened counter is the counter.
            yield return new CatalogEntry("Rt24CounterWidenedToLong", """
                [Parallelize]
                public static long[,] Run(int[,] a)
                {
                    int h = a.GetLength(0), w = a.GetLength(1);
                    var r = new long[h, w];
                    for (int y = 0; y < h; y++)
                        for (int x = 0; x < w; x++)
                            r[y, x] = r[(long)y, x] + a[y, x];
                    return r;
                }
                """) { Report = "flattened" };

            // The offset written by a local function the nest calls.
            yield return new CatalogEntry("Rt24OffsetWrittenByLocalFunction", """
                [Parallelize]
                public static int[,] Run(int n)
                {
                    var r = new int[2 * n + 2, n];
                    int k = 0;
                    void Bump() => k = 1;
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                        {
                            r[i + k, j] += i * j + 1;
                            {|LG0102:Bump()|};
                        }
                    return r;
                }
                """);

            // The offset written by a lambda stored in a local the nest calls.
            yield return new CatalogEntry("Rt24OffsetWrittenByDelegate", """
                [Parallelize]
                public static int[,] Run(int n)
                {
                    var r = new int[2 * n + 2, n];
                    int k = 0;
                    Action bump = () => k = 1;
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                        {
                            r[i + k, j] += i * j + 1;
                            {|LG0102:bump()|};
                        }
                    return r;
                }
                """);

            // ------------------------------------------------------------ probes that hold: cached bounds
            // The cached bound read by a lambda in a flattened cell.
            yield return new CatalogEntry("Rt24CachedBoundReadByLambda", """
                [Parallelize]
                public static int[,] Run(int h, int w)
                {
                    var r = new int[h, w];
                    for (int i = 0, n = h; i < n; i++)
                        for (int j = 0; j < w; j++)
                        {
                            Func<int> f = () => n - i;
                            r[i, j] = f() + j;
                        }
                    return r;
                }
                """) { Report = "flattened" };

            // The inner cached bound read by a deeper loop's header: the inner loop runs whole in the row.
            yield return new CatalogEntry("Rt24InnerCachedBoundInDeeperHeader", """
                [Parallelize]
                public static int[,] Run(int h, int w)
                {
                    var r = new int[h, w];
                    for (int i = 0; i < h; i++)
                        for (int j = 0, m = w; j < m; j++)
                            for (int k = 0; k < m; k++)
                                r[i, j] += k;
                    return r;
                }
                """) { Report = "row", Large = 60 };

            // A cached bound whose initializer increments an element.
            yield return new CatalogEntry("Rt24CachedBoundInitializerIncrements", """
                [Parallelize]
                public static int[,] Run(int[] q, int m)
                {
                    var r = new int[q.Length, m];
                    for (int i = 0, n = {|LG0108:q[0]++ * 0 + q.Length|}; i < n; i++)
                        for (int j = 0; j < m; j++)
                            r[i, j] = i + j;
                    return r;
                }
                """);

            // A cached bound that pops a list.
            yield return new CatalogEntry("Rt24CachedBoundInitializerPops", """
                private static int Take(List<int> q) { int v = q[q.Count - 1]; q.RemoveAt(q.Count - 1); return v; }

                [Parallelize]
                public static int[,] Run(List<int> q, int m)
                {
                    var r = new int[64, m];
                    for (int i = 0, n = {|LG0108:Math.Min(64, Take(q))|}; i < n; i++)
                        for (int j = 0; j < m; j++)
                            r[i, j] = i + j;
                    return r;
                }
                """);

            // The inner cached bound reads an element the nest writes.
            yield return new CatalogEntry("Rt24InnerCachedBoundReadsWrittenElement", """
                [Parallelize]
                public static int[,] Run(int[] lim, int w)
                {
                    var r = new int[lim.Length, w];
                    for (int i = 0; i < lim.Length; i++)
                        for (int j = 0, m = Math.Min({|LG0100:lim[0]|}, w); j < m; j++)
                        {
                            r[i, j] = i + j;
                            lim[i] = j;
                        }
                    return r;
                }
                """);

            // ------------------------------------------------------------ probes that hold: temporaries (those of each
            // iteration are LG0101 with a hint since stop 21's review: the contract rejects the write)
            // Read after the nest by a local function called there.
            yield return new CatalogEntry("Rt24TempReadByLocalFunctionAfterNest", """
                [Parallelize]
                public static double Run(double[,] a)
                {
                    double last = -1;
                    var r = new double[a.GetLength(0), a.GetLength(1)];
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                        {
                            {|LG0101:last = a[i, j] * 2|};
                            r[i, j] = last;
                        }
                    double Peek() => last;
                    return Peek() + r.Length;
                }
                """);

            // Read after the nest by a lambda made there.
            yield return new CatalogEntry("Rt24TempReadByLambdaAfterNest", """
                [Parallelize]
                public static double Run(double[,] a)
                {
                    double last = -1;
                    var r = new double[a.GetLength(0), a.GetLength(1)];
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                        {
                            {|LG0101:last = a[i, j] * 2|};
                            r[i, j] = last;
                        }
                    Func<double> peek = () => last;
                    return peek();
                }
                """);

            // Read before the nest again, through a goto back.
            yield return new CatalogEntry("Rt24TempReadAgainThroughGoto", """
                [Parallelize]
                public static int[,] Run(int[,] a)
                {
                    int t = 0, pass = 0;
                    var r = new int[a.GetLength(0), a.GetLength(1)];
                again:
                    if (r.Length > 0) r[0, 0] += t;
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                        {
                            {|LG0101:t = a[i, j]|};
                            r[i, j] = t;
                        }
                    if (++pass < 2) goto again;
                    return r;
                }
                """);

            // A row temporary read by the inner loop's start, which the twin's probe evaluates.
            yield return new CatalogEntry("Rt24TempInInnerStart", """
                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    int t;
                    var r = new int[xs.Length];
                    for (int i = 0; i < xs.Length; i++)
                    {
                        {|LG0101:t = xs[i] & 3|};
                        for (int j = t; j < m; j++)
                            r[i] += j;
                    }
                    return r;
                }
                """);

            // Assigned in a try whose catch swallows the failure, never read: a temporary, LG0101 with the hint.
            yield return new CatalogEntry("Rt24TempAssignedInTryNeverRead", """
                [Parallelize]
                public static int[,] Run(int[,] a)
                {
                    int t;
                    var r = new int[a.GetLength(0), a.GetLength(1)];
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                        {
                            try { {|LG0101:t = 10 / a[i, j]|}; } catch (DivideByZeroException) { }
                            r[i, j] = 1;
                        }
                    return r;
                }
                """) { Large = 60 };

            // nameof of a temporary is its name in the twin too.
            yield return new CatalogEntry("Rt24TempNameof", """
                [Parallelize]
                public static string[,] Run(int h)
                {
                    int t;
                    var r = new string[h, h];
                    for (int i = 0; i < h; i++)
                        for (int j = 0; j < h; j++)
                        {
                            {|LG0101:t = i * j|};
                            r[i, j] = nameof(t) + t;
                        }
                    return r;
                }
                """) { Large = 60 };

            // A combination: a temporary, a reversed row and the cached bound read in the cell.
            yield return new CatalogEntry("Rt24TempReversedRowCachedBound", """
                [Parallelize]
                public static int[,] Run(int[,] a)
                {
                    int h = a.GetLength(0), w = a.GetLength(1);
                    var r = new int[h, w];
                    int t;
                    for (int i = 0, n = h; i < n; i++)
                        for (int j = 0; j < w; j++)
                        {
                            {|LG0101:t = a[i, j] * 2 + n|};
                            r[n - 1 - i, j] = t;
                        }
                    return r;
                }
                """);

            // ------------------------------------------------------------ false rejections (correct expectation: accepted)
            // The same element spelled 'h - 1 - y' and 'h - y - 1': LG0100 says another iteration writes it.
            yield return new CatalogEntry("Rt24SameRowTwoSpellings", """
                [Parallelize]
                public static int[,] Run(int[,] a)
                {
                    int h = a.GetLength(0), w = a.GetLength(1);
                    var r = new int[h, w];
                    for (int y = 0; y < h; y++)
                        for (int x = 0; x < w; x++)
                            r[h - 1 - y, x] = r[h - y - 1, x] + a[y, x];
                    return r;
                }
                """)
            {
                Report = "flattened",
                Bug = "false rejection: 'h - 1 - y' and 'h - y - 1' are the same row, but their keys differ; LG0100 claims 'r[h - 1 - y, x]' is written by another iteration, which is wrong",
            };

            // A temporary passed as an 'in' argument to a helper that only reads it: a write to a variable declared outside
            // the nest that is neither a result nor a reduction, which the contract rejects (LG0101).
            yield return new CatalogEntry("Rt24TempPassedAsIn", """
                private static int Twice(in int v) => v * 2;

                [Parallelize]
                public static int[,] Run(int[,] a)
                {
                    int t;
                    var r = new int[a.GetLength(0), a.GetLength(1)];
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                        {
                            {|LG0101:t = a[i, j]|};
                            r[i, j] = Twice(in t);
                        }
                    return r;
                }
                """);
        }
    }
}
