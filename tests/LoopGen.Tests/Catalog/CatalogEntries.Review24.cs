using System;
using System.Collections.Generic;
using System.Linq;

namespace LoopGen.Tests.Catalog
{
    /// <summary>
    /// Guards for the fix of round 23's affine-index false rejections (Rt23VerticalFlip, Rt23Rotate90,
    /// Rt23VerticalGradientShifted, Rt23DownsampleStepTwoMinusOne): an array position may be indexed by an injective
    /// function of a counter (the counter plus or minus a nest invariant, an invariant minus the counter, the counter
    /// divided by a positive constant no larger than its step from a start >= 0), provided every access names the same
    /// function there. Each entry carries its CORRECT expectation.
    /// </summary>
    internal static partial class CatalogEntries
    {
        private static IEnumerable<CatalogEntry> Review24()
        {
            // Rows of a jagged parameter written in reverse order: distinct rows, checked distinct at run time.
            yield return new CatalogEntry("Rv24JaggedRowsReversed", """
                [Parallelize]
                public static void Run(int[][] dst, int[] xs, int m)
                {
                    int n = xs.Length;
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < m; j++)
                            dst[n - 1 - i][j] = xs[i] * j;
                }
                """)
            {
                Report = "flattened",
                Inputs = (rng, size) =>
                {
                    var xs = new int[size];
                    for (int k = 0; k < size; k++) xs[k] = rng.Next(-50, 50);
                    var dst = new int[size][];
                    for (int k = 0; k < size; k++) dst[k] = new int[size];
                    return new object?[] { dst, xs, size };
                },
            };

            // Flipped in place: row h - 1 - y is written while iteration h - 1 - y reads it.
            yield return new CatalogEntry("Rv24FlipInPlace", """
                [Parallelize]
                public static void Run(int[,] img)
                {
                    int h = img.GetLength(0), w = img.GetLength(1);
                    for (int y = 0; y < h; y++)
                        for (int x = 0; x < w; x++)
                            img[h - 1 - y, x] = {|LG0100:img[y, x]|};
                }
                """);

            // Written one row down and read at the iteration's own row: iteration y + 1 reads what y writes.
            yield return new CatalogEntry("Rv24ShiftedWriteOwnRead", """
                [Parallelize]
                public static void Run(double[,] a)
                {
                    int h = a.GetLength(0), w = a.GetLength(1);
                    for (int y = 0; y < h - 1; y++)
                        for (int x = 0; x < w; x++)
                            a[y + 1, x] = {|LG0100:a[y, x]|} * 0.5;
                }
                """);

            // The offset is a value the nest changes (a reduction): not one function of the counter.
            yield return new CatalogEntry("Rv24OffsetIsReduced", """
                [Parallelize]
                public static int[] Run(int n)
                {
                    var r = new int[4 * n + 4];
                    int shift = 0;
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < 3; j++)
                        {
                            {|LG0106:r[{|LG0100:shift|} + i]|} = j;
                            shift += 1;
                        }
                    return r;
                }
                """);

            // The offset is a local of the iteration (k - i is 0 for every i).
            yield return new CatalogEntry("Rv24OffsetDeclaredInBody", """
                [Parallelize]
                public static int[,] Run(int n)
                {
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                    {
                        int k = i;
                        for (int j = 0; j < n; j++)
                            {|LG0106:r[k - i, j]|} = i + j;
                    }
                    return r;
                }
                """);

            // Halving a counter that steps by one: y / 2 is the same row for y = 2k and 2k + 1.
            yield return new CatalogEntry("Rv24HalvedStepOne", """
                [Parallelize]
                public static int[,] Run(int h, int w)
                {
                    var r = new int[h / 2 + 1, w];
                    for (int y = 0; y < h; y++)
                        for (int x = 0; x < w; x++)
                            {|LG0106:r[y / 2, x]|} = y + x;
                    return r;
                }
                """);

            // Halving from a negative start: -1 / 2 and 1 / 2 are both 0.
            yield return new CatalogEntry("Rv24HalvedNegativeStart", """
                [Parallelize]
                public static int[,] Run(int h, int w)
                {
                    var r = new int[h + 2, w];
                    for (int y = -3; y < h; y += 2)
                        for (int x = 0; x < w; x++)
                            {|LG0106:r[y / 2 + 1, x]|} = y + x;
                    return r;
                }
                """);

            // Halving by three with a step of two: 0 / 3 and 2 / 3 are both 0.
            yield return new CatalogEntry("Rv24DivisorAboveStep", """
                [Parallelize]
                public static int[,] Run(int h, int w)
                {
                    var r = new int[h + 1, w];
                    for (int y = 0; y < h; y += 2)
                        for (int x = 0; x < w; x++)
                            {|LG0106:r[y / 3, x]|} = y + x;
                    return r;
                }
                """);

            // Quartered with a step of four: y / 4 is one row per iteration.
            yield return new CatalogEntry("Rv24QuarteredStepFour", """
                [Parallelize]
                public static long[,] Run(int h, int w)
                {
                    var r = new long[h / 4 + 1, w];
                    for (int y = 0; y < h; y += 4)
                        for (int x = 0; x < w; x++)
                            r[y / 4, x] = (long)y * x;
                    return r;
                }
                """) { Report = "flattened", Large = 200 };

            // The inner counter halved while stepping by one: cells of a row collide, so not flattened, but rows are distinct.
            yield return new CatalogEntry("Rv24InnerHalvedRowTasks", """
                [Parallelize]
                public static int[,] Run(int h, int w)
                {
                    var r = new int[h, w / 2 + 1];
                    for (int y = 0; y < h; y++)
                        for (int x = 0; x < w; x++)
                            r[h - 1 - y, x / 2] += y * x;
                    return r;
                }
                """) { Report = "row" };

            // The same cell named by two spellings of one function of y, in int and in long arithmetic: not proved equal.
            yield return new CatalogEntry("Rv24MixedArithmeticSpellings", """
                [Parallelize]
                public static long[,] Run(int h, int w)
                {
                    var r = new long[h, w];
                    for (int y = 0; y < h; y++)
                        for (int x = 0; x < w; x++)
                        {
                            r[h - 1 - y, x] = y;
                            {|LG0106:r[h - 1L - y, x]|} += x;
                        }
                    return r;
                }
                """);

            // A flat array written backwards, the counter subtracted from an invariant sum.
            yield return new CatalogEntry("Rv24FlatReversed", """
                [Parallelize]
                public static double[] Run(double[] xs, int m)
                {
                    var r = new double[xs.Length];
                    int last = xs.Length - 1;
                    for (int i = 0; i < xs.Length; i++)
                    {
                        double s = 0;
                        for (int j = 0; j < m; j++)
                            s += xs[i] * j;
                        r[last - i] = s;
                    }
                    return r;
                }
                """) { Report = "row" };

            // A field offset another method may change is not invariant: the write is not proved distinct.
            yield return new CatalogEntry("Rv24MutableFieldOffset", """
                private static int origin = 1;

                [Parallelize]
                public static int[,] Run(int n)
                {
                    var r = new int[n + 2, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            {|LG0106:r[i + origin, j]|} = i * j;
                    return r;
                }
                """);

            // A transpose into the rows of a parameter: rows shared between indexes would make flattened cells meet,
            // so the twin checks them distinct at run time (the inputs here are distinct rows).
            yield return new CatalogEntry("Rv24TransposeIntoParameterRows", """
                [Parallelize]
                public static void Run(long[][] t, int[] xs, int m)
                {
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                            t[j][i] = (long)xs[i] * j;
                }
                """)
            {
                Report = "flattened",
                Inputs = (rng, size) =>
                {
                    var xs = new int[size];
                    for (int k = 0; k < size; k++) xs[k] = rng.Next(-50, 50);
                    var t = new long[size][];
                    for (int k = 0; k < size; k++) t[k] = new long[size];
                    return new object?[] { t, xs, size };
                },
            };

            // A transpose whose rows are all one array: flattened cells (i, j) and (i, k) write the same element, and
            // M's last write wins; the run-time check sends such input to the original loop.
            yield return new CatalogEntry("Rv24TransposeIntoOneSharedRow", """
                [Parallelize]
                public static void Run(long[][] t, int[] xs, int m)
                {
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                            t[j][i] = (long)xs[i] * 1000 + j;
                }
                """)
            {
                Report = "flattened",
                Inputs = (rng, size) =>
                {
                    var xs = new int[size];
                    for (int k = 0; k < size; k++) xs[k] = rng.Next(-50, 50);
                    var shared = new long[size];
                    var t = new long[size][];
                    for (int k = 0; k < size; k++) t[k] = shared;
                    return new object?[] { t, xs, size };
                },
            };

            // The transposed rows read at another iteration's position: t[j][i - 1] is what iteration i - 1 wrote.
            yield return new CatalogEntry("Rv24TransposeReadsPreviousColumn", """
                [Parallelize]
                public static void Run(long[][] t, int n, int m)
                {
                    for (int i = 1; i < n; i++)
                        for (int j = 0; j < m; j++)
                            {|LG0106:t[j][i]|} = t[j][i - 1] + j;
                }
                """);

            // A row itself replaced in the nest: t[j] = .. is not a write at the counter's position.
            yield return new CatalogEntry("Rv24TransposeReplacesRow", """
                [Parallelize]
                public static void Run(long[][] t, int n, int m)
                {
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < m; j++)
                        {
                            {|LG0106:t[j]|} = new long[n];
                            t[j][i] = j;
                        }
                }
                """);

            // A padded flat row whose width and stride are parameters: the twin checks width <= stride at run time. The
            // inputs include widths above the stride, where rows overlap and the original loop must run.
            yield return new CatalogEntry("Rv24PaddedStrideParameters", """
                [Parallelize]
                public static long[] Run(int[] xs, int width, int stride)
                {
                    var flat = new long[xs.Length * stride + width + 1];
                    for (int y = 0; y < xs.Length; y++)
                        for (int x = 0; x < width; x++)
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
                    int stride = rng.Next(1, size + 2);
                    int width = rng.Next(2) == 0 ? rng.Next(0, stride + 1) : rng.Next(stride, 2 * stride + 2);
                    return new object?[] { xs, width, stride };
                },
            };

            // A padded row whose stride is a mutable field's value: not proved to stay put, so not checked once.
            yield return new CatalogEntry("Rv24PaddedStrideMutableField", """
                private static int pad = 3;

                [Parallelize]
                public static int[] Run(int[] xs, int width)
                {
                    var flat = new int[xs.Length * (width + pad)];
                    for (int y = 0; y < xs.Length; y++)
                        for (int x = 0; x < width; x++)
                            {|LG0106:flat[y * pad + x]|} = xs[y] + x;
                    return flat;
                }
                """);

            // A padded row whose width is another array's Length: reading it in the check could throw where M does not.
            yield return new CatalogEntry("Rv24PaddedStrideMeasuredWidth", """
                [Parallelize]
                public static int[] Run(int[] xs, int[] row, int stride)
                {
                    var flat = new int[xs.Length * stride + row.Length];
                    for (int y = 0; y < xs.Length; y++)
                        for (int x = 0; x < row.Length; x++)
                            {|LG0106:flat[y * stride + x]|} = xs[y] + row[x];
                    return flat;
                }
                """);

            // ------------------------------------------------------------ bounds cached in the loop header
            // The cached bound read in the outer body: the twin declares it before the chunks, as the header does.
            yield return new CatalogEntry("Rv24CachedBoundReadInBody", """
                [Parallelize]
                public static long[] Run(int[] xs, int m)
                {
                    var r = new long[xs.Length];
                    for (int i = 0, n = xs.Length; i < n; i++)
                        for (int j = 0; j < m; j++)
                            r[i] += (long)xs[n - 1 - i] * j + n;
                    return r;
                }
                """) { Report = "row" };

            // The cached bound on the left, counting down from a constant.
            yield return new CatalogEntry("Rv24CachedBoundCountingDown", """
                [Parallelize]
                public static List<List<int>> Run(int[] xs)
                {
                    var rows = new List<List<int>>();
                    for (int i = 30, stop = 30 - xs.Length; stop < i; i--)
                    {
                        var row = new List<int>();
                        for (int j = 0, m = i; j < m; j++)
                            row.Add(xs[30 - i] + j);
                        rows.Add(row);
                    }
                    return rows;
                }
                """) { Report = "row" };

            // The inner header's cached bound read in the inner body: that inner loop runs whole in each row's task.
            yield return new CatalogEntry("Rv24InnerCachedBoundReadInBody", """
                [Parallelize]
                public static double[] Run(double[][] rows)
                {
                    var means = new double[rows.Length];
                    for (int i = 0, n = rows.Length; i < n; i++)
                    {
                        double s = 0;
                        for (int j = 0, m = rows[i].Length; j < m; j++)
                            s += rows[i][j] / m;
                        means[i] = s;
                    }
                    return means;
                }
                """) { Report = "row" };

            // The cached bound taken from a value the nest reduces: M reads it once, before the loop, so this would be safe;
            // LoopGen counts the read in the header as a read of the accumulator besides its update, and rejects.
            yield return new CatalogEntry("Rv24CachedBoundOfReducedValue", """
                [Parallelize]
                public static int Run(int count, int m)
                {
                    for (int i = 0, n = count; i < n; i++)
                        for (int j = 0; j < m; j++)
                            {|LG0101:count += 1|};
                    return count;
                }
                """);

            // The cached bound written in the body: M's bound moves, the twin's would not.
            yield return new CatalogEntry("Rv24CachedBoundWrittenInBody", """
                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    var r = new int[xs.Length];
                    {|LG0108:for (int i = 0, n = xs.Length; i < n; i++)|}
                    {
                        for (int j = 0; j < m; j++)
                            r[i] += xs[i] * j;
                        if (r[i] > 100) n--;
                    }
                    return r;
                }
                """);

            // The cached bound written by a lambda the body runs.
            yield return new CatalogEntry("Rv24CachedBoundWrittenByLambda", """
                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    var r = new int[xs.Length];
                    {|LG0108:for (int i = 0, n = xs.Length; i < n; i++)|}
                    {
                        Action shrink = () => n = 0;
                        for (int j = 0; j < m; j++)
                            r[i] += xs[i] * j;
                        if (r[i] < 0) shrink();
                    }
                    return r;
                }
                """);

            // The cached bound passed by ref.
            yield return new CatalogEntry("Rv24CachedBoundPassedByRef", """
                private static void Halve(ref int v) => v /= 2;

                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    var r = new int[xs.Length];
                    {|LG0108:for (int i = 0, n = xs.Length; i < n; i++)|}
                    {
                        for (int j = 0; j < m; j++)
                            r[i] += xs[i] * j;
                        if (i == 0) Halve(ref n);
                    }
                    return r;
                }
                """);

            // A second header variable that is not the bound.
            yield return new CatalogEntry("Rv24HeaderVariableNotTheBound", """
                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    var r = new int[xs.Length];
                    {|LG0108:for (int i = 0, k = 7; i < xs.Length; i++)|}
                        for (int j = 0; j < m; j++)
                            r[i] += xs[i] * j + k;
                    return r;
                }
                """);

            // The cached bound computed from the counter's start, which it may not name.
            yield return new CatalogEntry("Rv24CachedBoundNamesCounter", """
                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    var r = new int[xs.Length + 4];
                    {|LG0108:for (int i = 2, n = i + xs.Length; i < n; i++)|}
                        for (int j = 0; j < m; j++)
                            r[i] += j;
                    return r;
                }
                """);

            // The cached bound read in the body of a flattened nest (the cells of row i write r[i, j]).
            yield return new CatalogEntry("Rv24CachedBoundReadInFlattenedBody", """
                [Parallelize]
                public static int[,] Run(int[] xs, int m)
                {
                    var r = new int[xs.Length, m];
                    for (int i = 0, n = xs.Length; i < n; i++)
                        for (int j = 0, w = m; j < w; j++)
                            r[i, j] = xs[n - 1 - i] * j + n;
                    return r;
                }
                """) { Report = "flattened" };

            // ------------------------------------------------------------ C-style temporaries declared before the nest
            // Temporaries of each iteration (assigned before every read, not read after the nest) are still LG0101 (the
            // contract accepts only results and reductions among such writes), with the hint to declare them in the loop.
            // The inner counter and the sum declared at the top, both assigned before every read in the cell.
            yield return new CatalogEntry("Rv24TempsCounterAndSumAtTop", """
                [Parallelize]
                public static double[,] MatMul(double[,] a, double[,] b)
                {
                    int n = a.GetLength(0), p = a.GetLength(1), m = b.GetLength(1);
                    int k;
                    double sum, prod;
                    var c = new double[n, m];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < m; j++)
                        {
                            {|LG0101:sum = 0|};
                            for ({|LG0101:k = 0|}; k < p; k++)
                            {
                                {|LG0101:prod = a[i, k] * b[k, j]|};
                                sum += prod;
                            }
                            c[i, j] = sum;
                        }
                    return c;
                }
                """) { Large = 40 };

            // A temporary the outer body assigns and the inner loop reads: private to each row, not to each cell.
            yield return new CatalogEntry("Rv24TempAssignedPerRow", """
                [Parallelize]
                public static long[,] Run(int[] xs, int m)
                {
                    long scale;
                    var r = new long[xs.Length, m];
                    for (int i = 0; i < xs.Length; i++)
                    {
                        {|LG0101:scale = (long)xs[i] * xs[i]|};
                        for (int j = 0; j < m; j++)
                            r[i, j] = scale + j;
                    }
                    return r;
                }
                """);

            // A string temporary, and the temporary assigned again after the nest before it is read there.
            yield return new CatalogEntry("Rv24TempStringReassignedAfter", """
                [Parallelize]
                public static int[,] Run(string[] words, int m)
                {
                    string label;
                    var r = new int[words.Length, m];
                    for (int i = 0; i < words.Length; i++)
                        for (int j = 0; j < m; j++)
                        {
                            {|LG0101:label = words[i] + j|};
                            r[i, j] = label.Length;
                        }
                    label = "done";
                    r[0, 0] += label.Length;
                    return r;
                }
                """) { Inputs = (rng, size) => new object?[] { Enumerable.Range(0, Math.Max(size, 1)).Select(k => new string('x', rng.Next(4))).ToArray(), size } };

            // Read after the nest: the value the last iteration left, which the chunks' copies would not give back.
            yield return new CatalogEntry("Rv24TempReadAfterNest", """
                [Parallelize]
                public static double Run(double[,] a)
                {
                    double last = -1;
                    double total = 0;
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                        {
                            {|LG0101:last = a[i, j] * 2|};
                            total += last;
                        }
                    return total + last;
                }
                """);

            // Read before it is assigned in the cell: the value the previous cell left.
            yield return new CatalogEntry("Rv24TempReadBeforeAssigned", """
                [Parallelize]
                public static double[,] Run(double[,] a)
                {
                    double prev = 0;
                    var r = new double[a.GetLength(0), a.GetLength(1)];
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                        {
                            r[i, j] = {|LG0100:prev|};
                            prev = a[i, j];
                        }
                    return r;
                }
                """);

            // Assigned on one path only: the other path reads what an earlier cell left.
            yield return new CatalogEntry("Rv24TempAssignedConditionally", """
                [Parallelize]
                public static int[,] Run(int[,] a)
                {
                    int sign = 0;
                    var r = new int[a.GetLength(0), a.GetLength(1)];
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                        {
                            if (a[i, j] != 0) {|LG0101:sign = a[i, j] > 0 ? 1 : -1|};
                            r[i, j] = sign;
                        }
                    return r;
                }
                """);

            // A lambda elsewhere in the method captures the temporary.
            yield return new CatalogEntry("Rv24TempCapturedByLambda", """
                [Parallelize]
                public static int[,] Run(int[,] a)
                {
                    int t = 0;
                    Func<int> peek = () => t;
                    var r = new int[a.GetLength(0), a.GetLength(1)];
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                        {
                            {|LG0101:t = a[i, j] + 1|};
                            r[i, j] = t * 2;
                        }
                    return r;
                }
                """);

            // The temporary is the inner loop's bound, which the generated code evaluates before the nest.
            yield return new CatalogEntry("Rv24TempIsInnerBound", """
                [Parallelize]
                public static int[] Run(int[] xs)
                {
                    int lim;
                    var r = new int[xs.Length];
                    for (int i = 0; i < xs.Length; i++)
                    {
                        {|LG0101:lim = xs[i] & 7|};
                        for (int j = 0; j < lim; j++)
                            r[i] += j;
                    }
                    return r;
                }
                """);

            // An array temporary: each iteration's buffer would be one variable the chunks share; not privatized.
            yield return new CatalogEntry("Rv24TempArrayNotPrivatized", """
                [Parallelize]
                public static int[,] Run(int[,] a)
                {
                    int[] buf;
                    var r = new int[a.GetLength(0), a.GetLength(1)];
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                        {
                            {|LG0101:buf = new int[] { a[i, j] }|};
                            r[i, j] = buf[0];
                        }
                    return r;
                }
                """);

            // A temporary passed by ref to a helper: a ref to it is taken.
            yield return new CatalogEntry("Rv24TempPassedByRef", """
                private static void Twice(ref int v) => v *= 2;

                [Parallelize]
                public static int[,] Run(int[,] a)
                {
                    int t;
                    var r = new int[a.GetLength(0), a.GetLength(1)];
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                        {
                            {|LG0101:t = a[i, j]|};
                            Twice(ref t);
                            r[i, j] = t;
                        }
                    return r;
                }
                """);

            // ------------------------------------------------------------ library calls that write the iteration's own row
            // Each row filled and reversed in place, then read back: the row of i in every access.
            yield return new CatalogEntry("Rv24FillReverseOwnRows", """
                [Parallelize]
                public static long[] Run(int[][] rows, int m)
                {
                    var firsts = new long[rows.Length];
                    for (int i = 0; i < rows.Length; i++)
                    {
                        Array.Fill(rows[i], i);
                        Array.Reverse(rows[i]);
                        for (int j = 0; j < m && j < rows[i].Length; j++)
                            firsts[i] += rows[i][j] * j;
                    }
                    return firsts;
                }
                """) { Report = "row" };

            // Sorting one fixed row from every iteration.
            yield return new CatalogEntry("Rv24SortRowZero", """
                [Parallelize]
                public static int[] Run(int[][] rows, int m)
                {
                    var r = new int[rows.Length];
                    for (int i = 0; i < rows.Length; i++)
                    {
                        {|LG0102:Array.Sort(rows[0])|};
                        for (int j = 0; j < m; j++)
                            r[i] += j;
                    }
                    return r;
                }
                """);

            // Copying the own row into the mirrored row: two rows per iteration, named two ways.
            yield return new CatalogEntry("Rv24CopyOwnRowIntoMirror", """
                [Parallelize]
                public static void Run(int[][] rows, int m)
                {
                    int n = rows.Length;
                    for (int i = 0; i < n; i++)
                    {
                        Array.Copy({|LG0100:rows[i]|}, 0, rows[n - 1 - i], 0, 1);
                        for (int j = 0; j < m; j++)
                            rows[i][0] += j;
                    }
                }
                """);

            // Sorting the own row while another iteration reads it: the previous row is read.
            yield return new CatalogEntry("Rv24SortOwnRowReadPrevious", """
                [Parallelize]
                public static int[] Run(int[][] rows, int m)
                {
                    var r = new int[rows.Length];
                    for (int i = 1; i < rows.Length; i++)
                    {
                        Array.Sort(rows[i]);
                        for (int j = 0; j < m; j++)
                            r[i] += {|LG0100:rows[i - 1]|}.Length + j;
                    }
                    return r;
                }
                """);

            // ------------------------------------------------------------ stackalloc spans of the iteration
            // A stackalloc span of the cell, with a local function of the method called in the nest (the lambda chunk form).
            yield return new CatalogEntry("Rv24StackallocWithLocalFunction", """
                [Parallelize]
                public static int[,] Run(int[,] a)
                {
                    int Twice(int v) => v * 2;
                    var r = new int[a.GetLength(0), a.GetLength(1)];
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                        {
                            Span<int> digits = stackalloc int[4];
                            int v = Math.Abs(a[i, j]);
                            for (int k = 0; k < 4; k++) { digits[k] = v % 10; v /= 10; }
                            r[i, j] = Twice(digits[0] + digits[1] + digits[2] + digits[3]);
                        }
                    return r;
                }
                """) { Report = "flattened" };

            // A stackalloc span made once before the nest and written by every iteration: shared.
            yield return new CatalogEntry("Rv24StackallocBeforeNest", """
                [Parallelize]
                public static int[] Run(int[][] rows)
                {
                    Span<int> counts = stackalloc int[16];
                    var modes = new int[rows.Length];
                    for (int i = 0; i < rows.Length; i++)
                    {
                        foreach (int v in rows[i])
                            {|LG0102:{|LG0107:counts|}[v & 15]++|};
                        modes[i] = {|LG0107:counts|}[0];
                    }
                    return modes;
                }
                """);

            // ------------------------------------------------------------ rows written through an outer foreach's variable
            // Each row scaled in place through the foreach variable: cells (row, j) are distinct, so the nest is flattened.
            yield return new CatalogEntry("Rv24ForeachRowsScaledInPlace", """
                [Parallelize]
                public static void Run(double[][] rows, int m)
                {
                    foreach (double[] row in rows)
                        for (int j = 0; j < m && j < row.Length; j++)
                            row[j] = row[j] * 2 + 1;
                }
                """) { Report = "row" };

            // The same rows also named by index: row 0 is read by every iteration while its own iteration writes it.
            yield return new CatalogEntry("Rv24ForeachRowsAndRowZero", """
                [Parallelize]
                public static void Run(double[][] rows)
                {
                    foreach (double[] row in rows)
                        for (int j = 0; j < row.Length; j++)
                            {|LG0106:row[j]|} += rows[0][0];
                }
                """);

            // A foreach over a list of rows: its slots cannot be compared at run time.
            yield return new CatalogEntry("Rv24ForeachListOfRowsWritten", """
                [Parallelize]
                public static void Run(List<double[]> rows)
                {
                    foreach (double[] row in rows)
                        for (int j = 0; j < row.Length; j++)
                            {|LG0106:row[j]|} *= 2;
                }
                """);

            // The foreach variable's row sorted by the library, then written: the row of this iteration's position.
            yield return new CatalogEntry("Rv24ForeachRowSortedByLibrary", """
                [Parallelize]
                public static void Run(int[][] rows)
                {
                    foreach (int[] row in rows)
                    {
                        Array.Sort(row);
                        for (int j = 0; j < row.Length; j++)
                            row[j] += j;
                    }
                }
                """) { Report = "row" };

            // The foreach variable's row given whole to a library method that only reads it is still a whole use when
            // the nest writes the rows (LoopGen does not tell reading library methods from writing ones here).
            yield return new CatalogEntry("Rv24ForeachRowSummedByLinqWhileWritten", """
                [Parallelize]
                public static void Run(int[][] rows)
                {
                    foreach (int[] row in rows)
                    {
                        int total = row.Sum();
                        for (int j = 0; j < row.Length; j++)
                            {|LG0106:row[j]|} -= total;
                    }
                }
                """);

            // ------------------------------------------------------------ arrays of the iteration handed between its locals
            // A swap with a parameter's row: 'curr' takes a shared array, so neither is the iteration's own.
            yield return new CatalogEntry("Rv24SwapWithSharedRow", """
                [Parallelize]
                public static int[] Run(int[][] rows, int m)
                {
                    var r = new int[rows.Length];
                    for (int i = 0; i < rows.Length; i++)
                    {
                        var prev = new int[m + 1];
                        var curr = rows[0];
                        for (int x = 0; x < m; x++)
                        {
                            {|LG0102:curr[0]|} = x + i;
                            (prev, curr) = (curr, prev);
                        }
                        r[i] = prev[0];
                    }
                    return r;
                }
                """);

            // Three locals rotating arrays of the cell through a temporary, the third taken from a field once.
            yield return new CatalogEntry("Rv24RotateThroughTempWithFieldArray", """
                private static int[] scratch = new int[8];

                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    var r = new int[xs.Length];
                    for (int i = 0; i < xs.Length; i++)
                    {
                        int[] a = new int[4], b = new int[4];
                        int[] c = scratch;
                        for (int k = 0; k < m; k++)
                        {
                            {|LG0102:a[0]|} += xs[i];
                            var t = a; a = b; b = c; c = t;
                        }
                        r[i] = a[0] + b[0];
                    }
                    return r;
                }
                """);

            // A swap of two fresh arrays kept per row, read after the inner loop: accepted, each row has its own pair.
            yield return new CatalogEntry("Rv24SwapFreshPairPerRow", """
                [Parallelize]
                public static long[] Run(int[] xs, int m)
                {
                    var r = new long[xs.Length];
                    for (int i = 0; i < xs.Length; i++)
                    {
                        var prev = new long[3];
                        var curr = new long[3];
                        for (int k = 0; k < m; k++)
                        {
                            curr[k % 3] = prev[(k + 1) % 3] + xs[i] + k;
                            (prev, curr) = (curr, prev);
                        }
                        r[i] = prev[0] + prev[1] + prev[2];
                    }
                    return r;
                }
                """) { Report = "row" };

            // A cached bound whose counter starts at a value computed at run time: the twin could not keep M's order.
            yield return new CatalogEntry("Rv24CachedBoundAfterComputedStart", """
                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    var r = new int[xs.Length];
                    {|LG0108:for (int i = xs.Length / 2, n = xs.Length; i < n; i++)|}
                        for (int j = 0; j < m; j++)
                            r[i] += j;
                    return r;
                }
                """);

            // ------------------------------------------------------------ arrays held two levels down beside written arrays
            // Round 24's row-alias form: 'mid' names c[0], and mid[0] may be the array the nest writes.
            yield return new CatalogEntry("Rv24DeepArrayThroughRowAlias", """
                [Parallelize]
                public static void Run(long[] u, long[][][] c, int n)
                {
                    for (int i = 0; i < n; i++)
                    {
                        long[][] mid = {|LG0100:c[0]|};
                        for (int j = 0; j < 4; j++)
                            u[i] += mid[0][i] + j;
                    }
                }
                """);

            // Arrays of another element type two levels down: they cannot be the written array.
            yield return new CatalogEntry("Rv24DeepArrayOfOtherType", """
                [Parallelize]
                public static void Run(long[] u, int[][][] c, int n)
                {
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < 4; j++)
                            u[i] += c[0][0][0] + j;
                }
                """)
            {
                Report = "row",
                Inputs = (rng, size) => new object?[] { new long[size + 1], new int[][][] { new int[][] { new int[] { rng.Next(9) } } }, size },
            };
        }
    }
}
