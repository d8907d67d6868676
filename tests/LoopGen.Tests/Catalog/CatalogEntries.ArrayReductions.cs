using System;
using System.Collections.Generic;
using System.Linq;

namespace LoopGen.Tests.Catalog
{
    /// <summary>
    /// Array reductions (histograms, column sums): accepted entries run against M on random inputs (with
    /// aliased arguments too), and the close variants that must stay rejected (the array also read, used
    /// whole, updated with a non-associative operator, reachable through an alias LoopGen cannot check).
    /// </summary>
    internal static partial class CatalogEntries
    {
        private static IEnumerable<CatalogEntry> ArrayReductions()
        {
            // ------------------------------------------------------------ accepted: histograms
            yield return new CatalogEntry("HistogramIncrement", """
                [Parallelize]
                public static int[] Histogram(int[,] a)
                {
                    var hist = new int[64];
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                        {
                            int v = a[i, j] & 63;
                            hist[v]++;
                        }
                    return hist;
                }
                """) { Report = "flattened" };

            yield return new CatalogEntry("HistogramCompoundJagged", """
                [Parallelize]
                public static int[] Histogram(int[][] a)
                {
                    var hist = new int[64];
                    for (int i = 0; i < a.Length; i++)
                        for (int j = 0; j < a[i].Length; j++)
                            hist[a[i][j] & 63] += 1;
                    return hist;
                }
                """) { Report = "row" };

            // A local function of the method called from the nest: the chunk is a lambda in the core, which reads the
            // chunk states and the copies' slots through its own copies (throwing keys included).
            yield return new CatalogEntry("HistogramLocalFunctionLambdaChunk", """
                [Parallelize]
                public static int[] Histogram(int[,] a, int shift)
                {
                    var hist = new int[40];
                    int Key(int v) => (v + shift) % 41;
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            hist[Key(a[i, j])] += 2;
                    return hist;
                }
                """) { Report = "flattened" };

            // Keys straight from the data: negative ones throw IndexOutOfRangeException, in M and in the twin.
            yield return new CatalogEntry("HistogramRawKeysThrow", """
                [Parallelize]
                public static int[] Histogram(int[,] a)
                {
                    var hist = new int[40];
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            hist[a[i, j]]++;
                    return hist;
                }
                """) { Report = "flattened" };

            // Into a parameter that already holds counts; the keys come from a second array that may be the same object.
            yield return new CatalogEntry("HistogramIntoParameter", """
                [Parallelize]
                public static void Count(int[] keys, int[] hist, int n)
                {
                    for (int i = 0; i < keys.Length; i++)
                        for (int j = 0; j < n; j++)
                            hist[(keys[i] + j) & (hist.Length - 1)] += 1;
                }
                """)
            {
                Report = "flattened",
                Inputs = (rng, size) => new object?[] { Keys(rng, size, 64), Keys(rng, 16, 8), size },
            };

            // Read through an interface that may be the histogram itself (checked at run time, see the aliased runs).
            yield return new CatalogEntry("HistogramBesideInterfaceView", """
                [Parallelize]
                public static void Count(IReadOnlyList<int> keys, int[] hist)
                {
                    for (int i = 0; i < keys.Count; i++)
                        for (int j = 0; j < 4; j++)
                            hist[(keys[i] + j) & 7]++;
                }
                """)
            {
                Report = "flattened",
                Inputs = (rng, size) => new object?[] { new List<int>(Keys(rng, size, 64)), Keys(rng, 8, 8) },
            };

            // Rows of a jagged parameter read beside it: one of them may be the histogram (checked at run time).
            yield return new CatalogEntry("HistogramBesideJaggedRows", """
                [Parallelize]
                public static void Count(int[][] rows, int[] hist)
                {
                    for (int i = 0; i < rows.Length; i++)
                        for (int j = 0; j < rows[i].Length; j++)
                            hist[rows[i][j] & 7]++;
                }
                """)
            {
                Report = "row",
                Inputs = (rng, size) => new object?[] { Jagged(rng, size, 64), Keys(rng, 8, 8) },
            };

            yield return new CatalogEntry("HistogramTriangular", """
                [Parallelize]
                public static long[] Pairs(int n)
                {
                    var hist = new long[16];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < i; j++)
                            hist[(i * 7 + j * 3) & 15]++;
                    return hist;
                }
                """) { Report = "row" };

            yield return new CatalogEntry("HistogramOverListOuter", """
                [Parallelize]
                public static int[] Count(List<int> xs, int n)
                {
                    var hist = new int[16];
                    foreach (var x in xs)
                        for (int j = 0; j < n; j++)
                            hist[(x + j) & 15]--;
                    return hist;
                }
                """) { Report = "flattened" };

            // byte counts wrap around past 255 in M; the per-chunk counts wrap the same way modulo 256.
            yield return new CatalogEntry("HistogramOfBytesWraps", """
                [Parallelize]
                public static byte[] Counts(int n)
                {
                    var counts = new byte[4];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            counts[(i ^ j) & 3]++;
                    return counts;
                }
                """) { Report = "flattened" };

            yield return new CatalogEntry("Histogram2D", """
                [Parallelize]
                public static int[,] Joint(int[,] a, int[,] b)
                {
                    var joint = new int[4, 8];
                    int n = Math.Min(a.GetLength(0), b.GetLength(0));
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            joint[a[i, j] & 3, b[i, j] & 7] += 1;
                    return joint;
                }
                """) { Report = "flattened" };

            yield return new CatalogEntry("TwoHistogramsAndACount", """
                [Parallelize]
                public static (int[] Low, int[] High, int Total) Split(int[,] a)
                {
                    var low = new int[8];
                    var high = new int[8];
                    int total = 0;
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                        {
                            int v = a[i, j];
                            if (v < 10)
                                low[v & 7]++;
                            else
                                high[v & 7] += 2;
                            total++;
                        }
                    return (low, high, total);
                }
                """) { Report = "flattened" };

            // ------------------------------------------------------------ accepted: column sums and other operators
            yield return new CatalogEntry("ColumnSums", """
                [Parallelize]
                public static long[] ColumnSums(int[,] a)
                {
                    var col = new long[a.GetLength(1)];
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            col[j] += a[i, j];
                    return col;
                }
                """) { Report = "flattened" };

            yield return new CatalogEntry("ColumnSumsDoubleJagged", """
                [Parallelize]
                public static void ColumnSums(double[][] a, double[] y)
                {
                    for (int i = 0; i < a.Length; i++)
                        for (int j = 0; j < y.Length; j++)
                            y[j] -= a[i][j];
                }
                """)
            {
                Report = "flattened",
                Tolerance = true,
                Inputs = (rng, size) => new object?[] { DoubleRows(rng, size, size), DoubleRows(rng, 1, size)[0] },
            };

            // The row sums written in place beside the column sums: one array indexed by i, one reduced over i.
            yield return new CatalogEntry("RowAndColumnSums", """
                [Parallelize]
                public static (long[] Rows, long[] Cols) Margins(int[,] a)
                {
                    int n = a.GetLength(0), m = a.GetLength(1);
                    var rows = new long[n];
                    var cols = new long[m];
                    for (int i = 0; i < n; i++)
                    {
                        long s = 0;
                        for (int j = 0; j < m; j++)
                        {
                            s += a[i, j];
                            cols[j] += a[i, j];
                        }
                        rows[i] = s;
                    }
                    return (rows, cols);
                }
                """) { Report = "row" };

            yield return new CatalogEntry("ColumnProductsWrap", """
                [Parallelize]
                public static long[] Products(int[,] a)
                {
                    var p = new long[a.GetLength(1)];
                    for (int j = 0; j < p.Length; j++)
                        p[j] = 1;
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            p[j] *= a[i, j] | 1;
                    return p;
                }
                """) { Report = "flattened" };

            yield return new CatalogEntry("ColumnMasks", """
                [Parallelize]
                public static (int[] Any, int[] All, int[] Parity) Masks(int[,] a)
                {
                    int m = a.GetLength(1);
                    var any = new int[m];
                    var all = new int[m];
                    var parity = new int[m];
                    for (int j = 0; j < m; j++)
                        all[j] = -1;
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < m; j++)
                        {
                            any[j] |= a[i, j];
                            all[j] &= a[i, j];
                            parity[j] ^= a[i, j];
                        }
                    return (any, all, parity);
                }
                """) { Report = "flattened" };

            yield return new CatalogEntry("ColumnFlagsBool", """
                [Parallelize]
                public static bool[] AllPositive(int[,] a)
                {
                    var ok = new bool[a.GetLength(1)];
                    for (int j = 0; j < ok.Length; j++)
                        ok[j] = true;
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            ok[j] &= a[i, j] > -15;
                    return ok;
                }
                """) { Report = "flattened" };

            yield return new CatalogEntry("ScatterThroughIndexArray", """
                [Parallelize]
                public static int[] Scatter(int[] idx, int n)
                {
                    var r = new int[n];
                    for (int i = 0; i < idx.Length; i++)
                        for (int j = 0; j < n; j++)
                            r[idx[i]] += j;
                    return r;
                }
                """) { Report = "flattened" };


            // ------------------------------------------------------------ rejected: close variants
            // decimal partial sums per chunk, merged after the loop, could round or overflow where M's running sums do not.
            yield return new CatalogEntry("DecimalColumnSums", """
                [Parallelize]
                public static decimal[] Sums(int[,] a)
                {
                    var col = new decimal[a.GetLength(1)];
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            {|LG0106:col[j]|} += a[i, j] * 0.25m;
                    return col;
                }
                """);

            yield return new CatalogEntry("HistogramAlsoRead", """
                [Parallelize]
                public static int[] Histogram(int[,] a)
                {
                    var hist = new int[64];
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                        {
                            int v = a[i, j] & 63;
                            {|LG0106:hist[v]|}++;
                            if (hist[0] > 3)
                                v = 0;
                        }
                    return hist;
                }
                """);

            yield return new CatalogEntry("HistogramUpdateValueUsed", """
                [Parallelize]
                public static int[] Ranks(int[,] a, int[,] rank)
                {
                    var hist = new int[64];
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            rank[i, j] = {|LG0106:hist[a[i, j] & 63]|}++;
                    return hist;
                }
                """);

            yield return new CatalogEntry("HistogramPassedWhole", """
                private static int Total(int[] h) => h[0];

                [Parallelize]
                public static int[] Histogram(int[,] a)
                {
                    var hist = new int[64];
                    int seen = 0;
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                        {
                            {|LG0106:hist[a[i, j] & 63]|}++;
                            seen += Total(hist);
                        }
                    return hist;
                }
                """);

            yield return new CatalogEntry("ArrayUpdateNotAssociative", """
                [Parallelize]
                public static int[] Halve(int[,] a)
                {
                    var acc = new int[8];
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            {|LG0106:acc[j & 7]|} /= a[i, j] | 1;
                    return acc;
                }
                """);

            yield return new CatalogEntry("ArrayUpdateSelfShift", """
                [Parallelize]
                public static long[] Shift(int[,] a)
                {
                    var acc = new long[8];
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            {|LG0106:acc[j & 7]|} <<= a[i, j] & 1;
                    return acc;
                }
                """);

            yield return new CatalogEntry("ArrayUpdateMixedOperators", """
                [Parallelize]
                public static long[] Mixed(int[,] a)
                {
                    var acc = new long[8];
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                        {
                            {|LG0106:acc[j & 7]|} += a[i, j];
                            acc[(j + 1) & 7] *= 2;
                        }
                    return acc;
                }
                """);

            yield return new CatalogEntry("ArrayUpdateWrittenAsAssignment", """
                [Parallelize]
                public static long[] Sums(int[,] a)
                {
                    var acc = new long[8];
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            {|LG0106:acc[j & 7]|} = acc[j & 7] + a[i, j];
                    return acc;
                }
                """);

            yield return new CatalogEntry("ArrayUpdateChecked", """
                [Parallelize]
                public static int[] Sums(int[,] a)
                {
                    var acc = new int[8];
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            checked
                            {
                                {|LG0106:acc[j & 7]|} += a[i, j];
                            }
                    return acc;
                }
                """);

            yield return new CatalogEntry("ArrayUpdateInLambda", """
                [Parallelize]
                public static int[] Counts(int[,] a)
                {
                    var hist = new int[8];
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                        {
                            int v = a[i, j];
                            Action bump = () => {|LG0106:hist[v & 7]|}++;
                            bump();
                        }
                    return hist;
                }
                """);

            yield return new CatalogEntry("ArrayReductionOfChars", """
                [Parallelize]
                public static char[] Letters(int[,] a)
                {
                    var letters = new char[8];
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            {|LG0106:letters[j & 7]|}++;
                    return letters;
                }
                """);

            yield return new CatalogEntry("StaticFieldHistogram", """
                private static int[] counts = new int[8];

                [Parallelize]
                public static void Count(int[,] a)
                {
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            {|LG0106:counts[a[i, j] & 7]|}++;
                }
                """);

            // Not an array reduction, but since stop 21 accepted as the iteration's own row: each task writes only the
            // row of its position in 'rows' (rows checked distinct at run time), in order.
            yield return new CatalogEntry("HistogramOfLoopVariableRow", """
                [Parallelize]
                public static void Count(int[][] rows, int n)
                {
                    foreach (var row in rows)
                        for (int j = 0; j < n; j++)
                            row[j & 3] += 1;
                }
                """) { Report = "row", Inputs = (rng, size) => new object?[] { Enumerable.Range(0, size).Select(k => new int[4]).ToArray(), size } };

            yield return new CatalogEntry("HistogramRowOfJagged", """
                [Parallelize]
                public static void Count(int[][] hist, int[,] a)
                {
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            {|LG0106:hist[j & 1][a[i, j] & 3]|}++;
                }
                """);

            // Aliases LoopGen cannot check at run time: a type parameter (whose Count, in the outer bound, may run any
            // implementation, LG0108), a segment over the histogram, a helper reading a field.
            yield return new CatalogEntry("HistogramBesideTypeParameterView", """
                [Parallelize]
                public static void Count<T>(T keys, int[] hist) where T : IReadOnlyList<int>
                {
                    for (int i = 0; i < {|LG0108:keys.Count|}; i++)
                        for (int j = 0; j < 4; j++)
                            hist[({|LG0106:{|LG0004:keys[i]|}|} + j) & 7]++;
                }
                """);

            yield return new CatalogEntry("HistogramBesideSegmentOverIt", """
                [Parallelize]
                public static int[] Count(int[,] a)
                {
                    var hist = new int[8];
                    var view = new ArraySegment<int>(hist);
                    int seen = 0;
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                        {
                            hist[a[i, j] & 7]++;
                            seen += {|LG0106:view[j & 7]|};
                        }
                    return hist;
                }
                """);

            yield return new CatalogEntry("HistogramReadByHelperThroughField", """
                private static int[] shared = new int[8];

                private static int Peek(int k) => shared[k];

                [Parallelize]
                public static int[] Count(int[,] a)
                {
                    var hist = new int[8];
                    shared = hist;
                    int seen = 0;
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                        {
                            hist[a[i, j] & 7]++;
                            seen += {|LG0100:Peek(j & 7)|};
                        }
                    return hist;
                }
                """);
        }

        private static int[] Keys(Random rng, int count, int bound)
        {
            var keys = new int[count];
            for (int k = 0; k < count; k++)
            {
                keys[k] = rng.Next(bound);
            }

            return keys;
        }

        private static int[][] Jagged(Random rng, int count, int bound)
        {
            var rows = new int[count][];
            for (int k = 0; k < count; k++)
            {
                rows[k] = Keys(rng, rng.Next(0, 2 * count + 1), bound);
            }

            return rows;
        }

        private static double[][] DoubleRows(Random rng, int count, int length)
        {
            var rows = new double[count][];
            for (int k = 0; k < count; k++)
            {
                rows[k] = new double[length];
                for (int x = 0; x < length; x++)
                {
                    rows[k][x] = Math.Round((rng.NextDouble() * 20) - 10, 2);
                }
            }

            return rows;
        }
    }
}
