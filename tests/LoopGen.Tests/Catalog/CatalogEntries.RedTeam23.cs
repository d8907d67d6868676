using System;
using System.Collections.Generic;
using System.Linq;

namespace LoopGen.Tests.Catalog
{
    /// <summary>
    /// Red team, round 23: realistic code, written the way different developers write it, across domains (image
    /// filters, histograms, matrices, distances and neighbours, string work, CSV, grids, per-row statistics,
    /// reductions, lookups, records, randomness, dynamic programming, graphs, hoisted scratch objects), each domain in
    /// several styles (for/foreach, arrays/List/jagged/2D/spans, var, expression-bodied helpers, local and static
    /// functions, static lambdas, LINQ in the cell, tuples, records, Math/MathF, switch expressions, patterns,
    /// interpolation, BCL helpers). Each entry carries its CORRECT expectation.
    /// Found, no false acceptance: every accepted entry's twin matched M, including shallow copies of jagged arrays
    /// (Clone, ToArray, a caller's shallow clone), rows shared by Enumerable.Repeat, a placeholder row, destination
    /// parameters aliasing the source, mixed exceptions and a first bad CSV field.
    /// Found, false rejections of common safe code: a transpose into rows made before the nest ('t[j][i]', LG0106);
    /// arrays of the cell swapped by a tuple or a temporary (two-row edit distance) lose their freshness (LG0102,
    /// NestWalker.IsOwned's cycle guard); 'for (int i = 0, n = a.Length; i &lt; n; i++)' (LG0108); row slices by
    /// AsSpan (LG0102, and a read-only AsSpan of a source is called a write); 'foreach (var row in jagged)' writing the
    /// row (LG0106, though 'var row = a[i]' is accepted); BCL whole-array calls on the iteration's own arrays:
    /// Array.Sort of a ToArray()/Clone() copy, Array.Fill of a row just made, Array.Sort(rows[i]), and Clone itself
    /// called a call on a shared object (NestWalker.IsFreshValue knows creations only); a helper of the compilation
    /// writing its parameter given the iteration's fresh array or StringBuilder (LG0102); 'adj[i] = new List(); adj[i].Add'
    /// (LG0105); a C-style temporary declared at the top (LG0101); MathF.Max (LG0101: TryMatchReduction tests
    /// System.Math only); 'if (c) found = true;' (LG0101); '(min, max) = (Math.Min(min, v), Math.Max(max, v))' (LG0101
    /// naming only min); flat indexes through a local ('int offset = y * w; flat[offset + x]', 'int idx = i * cols + j')
    /// or a padded stride (LG0106, whose message 'must write only elements indexed by y' is wrong there); 2x
    /// downsampling ('y + 1 &lt; h' is LG0108, 'dst[y / 2, x / 2]' with 'y += 2' is LG0106); 'new Random(seed).NextDouble()'
    /// inline (LG0105, while 'var rng = new Random(seed)' is accepted); a second nest appending to the list the first
    /// nest filled (LG0105, the method gets no twin at all); an 'in' struct parameter (LG0109); output rows indexed by
    /// an affine function of the outer counter: a vertical flip 'f[h - 1 - y, x]', a 90-degree rotation 'r[x, h - 1 - y]',
    /// differences 'g[y - 1, x]' (LG0106, again 'must write only elements indexed by y').
    /// Found, LG0004 on known BCL code of accepted nests: IGrouping.Key and Count() after GroupBy; GetValueOrDefault on a
    /// Dictionary of the method; a Dictionary&lt;(int, int), V&gt; indexer, named 'ValueTuple.CompareTo' (a dictionary
    /// never calls CompareTo); CancellationToken.ThrowIfCancellationRequested; Debug.Assert; the comparer of a static
    /// readonly HashSet made with StringComparer.OrdinalIgnoreCase.
    /// Found, misleading messages: Pascal's triangle read from the result list is blamed on 'rows.Add(row)' (LG0105)
    /// instead of the read 'rows[i - 1]'; a stackalloc'd Span of the row is called shared state (LG0102 'Span.this[]').
    /// Fixed in stop 20 (these entries now run as ordinary ones; guards in Review23): MathF.Max, 'found = true', flat
    /// indexes through a cell or row local, 'new Random(seed)' inline, the second nest's appends, ToArray/Clone copies
    /// sorted, Array.Fill and Add on a row just made ('best[i] = new double[n]', 'adj[i] = new List'), every LG0004
    /// listed above (groupings, GetValueOrDefault, tuple keys, CancellationToken, Debug.Assert, a static readonly set's
    /// comparer), the '(min, max)' tuple selection, the row offset local, and the Pascal message (now LG0100 at 'rows[i - 1]'). The 'for (int i = 0, n = ..)' rejection now says
    /// to declare 'n' before the loop. The other Bug entries remain known false rejections.
    /// Checked and kept as guards (accepted and correct): grayscale, box blur, convolution, smoothing, thresholding,
    /// histograms per row (2D, jagged, row alias, outer counter in the second dimension) and global, matrix product on
    /// List&lt;List&lt;double&gt;&gt;, column lists, distance matrices (record struct points, triangle, LINQ cosine),
    /// nearest neighbour and k-NN per row, edit distance through a helper, CSV parsing (Split, int.Parse, TryParse,
    /// try/catch), row lines by StringBuilder, interpolation and string +=, Game of Life into a new grid, heat step into a
    /// 2D Clone, Jacobi with a max-change tuple, row stats as tuples and records, column means, HashSet/Dictionary per
    /// row, sum/count deconstructed, min/max tuples, switch-expression scores, pair lists, price lookup, records with
    /// LINQ made before the nest, local functions, static lambdas, inner foreach over a deconstructed tuple list, a
    /// string, a HashSet, a Dictionary, a Where query and Split, Monte Carlo with a Random per row, binomials,
    /// per-row insertion and bubble sort (tuple swap, Swap(ref, ref)), adjacency lists stored after the inner loop,
    /// BFS per source (for with while inside), run-length encoding, two nests in one method, '!=' loop conditions,
    /// descending and stepped loops, a total starting from a parameter, optional and params parameters and extension
    /// methods (twins callable the same way), BigInteger, Complex, DateTime, BitOperations, record-struct keys,
    /// ordinal string APIs, covariance, bilinear resize, palindromic substrings, flat ARGB pixels at 'y * width + x', a
    /// user iterator of neighbours and a static table of tuple offsets walked by deconstructing inner foreach loops,
    /// IReadOnlyList&lt;IReadOnlyList&lt;double&gt;&gt; rows (the element lists trusted, LG0004, as documented), a static
    /// Regex (trusted, LG0004), Encoding.UTF8 (trusted, LG0004).
    /// Checked and kept as guards (rejected, right): a global argmax (LG0100/LG0101), the closest pair as a tuple,
    /// in-place Game of Life and Gauss-Seidel, LCS, grid paths, min path sum, coin change, 0/1 knapsack, Welford's mean,
    /// hoisted scratch buffer, StringBuilder and bucket lists, shared Random, shared Dictionary results, N-body objects,
    /// a memoizing static cache, List&lt;List&lt;int&gt;&gt; written in place, List&lt;double[]&gt; rows, generic-math
    /// sums, throw helpers with [CallerArgumentExpression] (LG0109), unsafe pointers (LG0109, LG0002), a Matrix class
    /// indexer, List.ForEach appending, deferred queries capturing the counter, ArrayPool scratch, a lazily made
    /// static table ('weights ??= ...', LG0102).
    /// Also noted, no entry needs it: for a read of a row that may alias the written array (List&lt;double[]&gt; rows
    /// read, a jagged array written) LG0106's message says the read 'src[y - 1][x]' "writes an element of 'dst'".
    /// </summary>
    internal static partial class CatalogEntries
    {
        private static List<List<double>> Rt23ListRows(Random rng, int rows, int cols)
            => Enumerable.Range(0, rows).Select(_ => Enumerable.Range(0, cols).Select(_ => Math.Round((rng.NextDouble() * 20) - 10, 2)).ToList()).ToList();

        private static List<List<int>> Rt23IntListRows(Random rng, int rows, int cols)
            => Enumerable.Range(0, rows).Select(_ => Enumerable.Range(0, cols).Select(_ => rng.Next(-5, 30)).ToList()).ToList();

        private static string[] Rt23CsvLines(Random rng, int count)
            => Enumerable.Range(0, count).Select(_ => string.Join(",", Enumerable.Range(0, rng.Next(0, 7)).Select(_ => (rng.Next(3) == 0 ? " " : string.Empty) + rng.Next(-50, 100).ToString(System.Globalization.CultureInfo.InvariantCulture)))).ToArray();

        private static IEnumerable<CatalogEntry> RedTeam23()
        {
            // ------------------------------------------------------------ image processing
            // Grayscale of a 2D image of pixel structs, explicit types, Math.Round per pixel.
            yield return new CatalogEntry("Rt23GrayscaleStruct2D", """
                public struct Rgb { public int R; public int G; public int B; }

                [Parallelize]
                public static int[,] Grayscale(Rgb[,] image)
                {
                    int height = image.GetLength(0), width = image.GetLength(1);
                    var gray = new int[height, width];
                    for (int y = 0; y < height; y++)
                    {
                        for (int x = 0; x < width; x++)
                        {
                            Rgb p = image[y, x];
                            gray[y, x] = (int)Math.Round(0.299 * p.R + 0.587 * p.G + 0.114 * p.B);
                        }
                    }
                    return gray;
                }
                """) { Report = "flattened" };

            // Grayscale of three jagged channels through an expression-bodied helper, rows built in the outer body.
            yield return new CatalogEntry("Rt23LumaJaggedChannelsHelper", """
                private static int Luma(int r, int g, int b) => ((r * 77) + (g * 150) + (b * 29)) >> 8;

                [Parallelize]
                public static int[][] Luminance(int[][] red, int[][] green, int[][] blue)
                {
                    var result = new int[red.Length][];
                    for (int y = 0; y < red.Length; y++)
                    {
                        var row = new int[red[y].Length];
                        for (int x = 0; x < row.Length; x++)
                            row[x] = Luma(red[y][x], green[y][x], blue[y][x]);
                        result[y] = row;
                    }
                    return result;
                }
                """) { Report = "row", Large = 120 };

            // A box blur reading a source image and writing a fresh destination, neighbours clamped at the edges.
            yield return new CatalogEntry("Rt23BoxBlurClamped", """
                [Parallelize]
                public static double[,] BoxBlur(double[,] src, int radius)
                {
                    int h = src.GetLength(0), w = src.GetLength(1);
                    var dst = new double[h, w];
                    for (int y = 0; y < h; y++)
                        for (int x = 0; x < w; x++)
                        {
                            double sum = 0;
                            int n = 0;
                            for (int dy = -radius; dy <= radius; dy++)
                                for (int dx = -radius; dx <= radius; dx++)
                                {
                                    int yy = Math.Clamp(y + dy, 0, h - 1);
                                    int xx = Math.Clamp(x + dx, 0, w - 1);
                                    sum += src[yy, xx];
                                    n++;
                                }
                            dst[y, x] = sum / n;
                        }
                    return dst;
                }
                """)
            {
                Report = "flattened",
                Large = 100,
                Inputs = (rng, size) => new object?[] { Inputs.Make(typeof(double[,]), rng, size), 1 },
            };

            // A 5-point smoothing of a jagged image into fresh rows, edges copied with an early continue.
            yield return new CatalogEntry("Rt23SmoothJaggedCopyEdges", """
                [Parallelize]
                public static double[][] Smooth(double[][] img)
                {
                    int h = img.Length;
                    var result = new double[h][];
                    for (int y = 0; y < h; y++)
                    {
                        var src = img[y];
                        var dst = new double[src.Length];
                        for (int x = 0; x < src.Length; x++)
                        {
                            if (y == 0 || y == h - 1 || x == 0 || x == src.Length - 1)
                            {
                                dst[x] = src[x];
                                continue;
                            }
                            dst[x] = (img[y - 1][x] + img[y + 1][x] + src[x - 1] + src[x + 1] + 4 * src[x]) / 8.0;
                        }
                        result[y] = dst;
                    }
                    return result;
                }
                """) { Report = "row", Large = 120 };

            // Thresholding in place: each pixel depends on itself only.
            yield return new CatalogEntry("Rt23ThresholdInPlace2D", """
                [Parallelize]
                public static void Threshold(int[,] img)
                {
                    const int threshold = 10;
                    for (int y = 0; y < img.GetLength(0); y++)
                        for (int x = 0; x < img.GetLength(1); x++)
                            img[y, x] = img[y, x] >= threshold ? 255 : 0;
                }
                """) { Report = "flattened" };

            // A histogram per row in a 2D array: row y counts into hist[y, *]. Split into chunks inside a row, the
            // increments of one row would race; one task per row (or an array reduction) is right.
            yield return new CatalogEntry("Rt23HistogramPerRow2D", """
                [Parallelize]
                public static int[,] RowHistograms(int[,] img)
                {
                    int h = img.GetLength(0), w = img.GetLength(1);
                    var hist = new int[h, 16];
                    for (int y = 0; y < h; y++)
                        for (int x = 0; x < w; x++)
                            hist[y, img[y, x] & 15]++;
                    return hist;
                }
                """) { Report = "row", Large = 400 };

            // One histogram of the whole image, foreach over a jagged image.
            yield return new CatalogEntry("Rt23HistogramGlobalForeach", """
                [Parallelize]
                public static long[] Histogram(int[][] image)
                {
                    var bins = new long[8];
                    foreach (var row in image)
                        foreach (var px in row)
                            bins[(px + 20) / 8]++;
                    return bins;
                }
                """) { Report = "row" };

            // The mode of each row: a count array per row, then a scan for the largest count.
            yield return new CatalogEntry("Rt23RowModeCountsPerRow", """
                [Parallelize]
                public static int[] RowModes(int[][] rows)
                {
                    var modes = new int[rows.Length];
                    for (int i = 0; i < rows.Length; i++)
                    {
                        var counts = new int[16];
                        foreach (int v in rows[i])
                            counts[v & 15]++;
                        int best = 0;
                        for (int k = 1; k < counts.Length; k++)
                            if (counts[k] > counts[best])
                                best = k;
                        modes[i] = best;
                    }
                    return modes;
                }
                """) { Report = "row" };

            // The same with the counts on the stack (stackalloc in the outer body).
            yield return new CatalogEntry("Rt23RowModeStackalloc", """
                [Parallelize]
                public static int[] RowModes(int[][] rows)
                {
                    var modes = new int[rows.Length];
                    for (int i = 0; i < rows.Length; i++)
                    {
                        Span<int> counts = stackalloc int[16];
                        foreach (int v in rows[i])
                            counts[v & 15]++;
                        int best = 0;
                        for (int k = 1; k < counts.Length; k++)
                            if (counts[k] > counts[best])
                                best = k;
                        modes[i] = best;
                    }
                    return modes;
                }
                """) { Report = "row" };

            // A 3x3 convolution with a kernel parameter, interior only, four loop levels.
            yield return new CatalogEntry("Rt23ConvolveKernelParameter", """
                [Parallelize]
                public static double[,] Convolve(double[,] image, double[,] kernel)
                {
                    int h = image.GetLength(0), w = image.GetLength(1);
                    int r = kernel.GetLength(0) / 2;
                    var output = new double[h, w];
                    for (int y = r; y < h - r; y++)
                        for (int x = r; x < w - r; x++)
                        {
                            double acc = 0.0;
                            for (int ky = -r; ky <= r; ky++)
                                for (int kx = -r; kx <= r; kx++)
                                    acc += image[y + ky, x + kx] * kernel[ky + r, kx + r];
                            output[y, x] = acc;
                        }
                    return output;
                }
                """)
            {
                Report = "flattened",
                Large = 120,
                Inputs = (rng, size) => new object?[] { Inputs.Make(typeof(double[,]), rng, size), Inputs.Make(typeof(double[,]), rng, 3) },
            };

            // ------------------------------------------------------------ matrices
            // Matrix product of List<List<double>>, row lists built with a capacity.
            yield return new CatalogEntry("Rt23MatMulListOfLists", """
                [Parallelize]
                public static List<List<double>> Multiply(List<List<double>> a, List<List<double>> b)
                {
                    var result = new List<List<double>>(a.Count);
                    for (int i = 0; i < a.Count; i++)
                    {
                        var row = new List<double>(b[0].Count);
                        for (int j = 0; j < b[0].Count; j++)
                        {
                            double sum = 0;
                            for (int k = 0; k < b.Count; k++)
                                sum += a[i][k] * b[k][j];
                            row.Add(sum);
                        }
                        result.Add(row);
                    }
                    return result;
                }
                """)
            {
                Report = "row",
                Large = 60,
                Inputs = (rng, size) => new object?[] { Rt23ListRows(rng, size, size), Rt23ListRows(rng, size, size) },
            };

            // A transpose into rows allocated before the nest: row i of the source writes column i of every row
            // of the result; the rows are fresh and distinct, so no two iterations write the same element.
            yield return new CatalogEntry("Rt23TransposeIntoPreallocatedRows", """
                [Parallelize]
                public static int[][] Transpose(int[][] m)
                {
                    int rows = m.Length, cols = rows == 0 ? 0 : m[0].Length;
                    var t = new int[cols][];
                    for (int j = 0; j < cols; j++)
                        t[j] = new int[rows];
                    for (int i = 0; i < rows; i++)
                        for (int j = 0; j < cols; j++)
                            t[j][i] = m[i][j];
                    return t;
                }
                """) { Report = "flattened" };

            // A transpose by columns: one list per column of a List<List<int>> table.
            yield return new CatalogEntry("Rt23ColumnsOfListTable", """
                [Parallelize]
                public static List<List<int>> Columns(List<List<int>> table)
                {
                    int width = table.Count == 0 ? 0 : table[0].Count;
                    var columns = new List<List<int>>();
                    for (int c = 0; c < width; c++)
                    {
                        var column = new List<int>();
                        foreach (var record in table)
                            column.Add(record[c]);
                        columns.Add(column);
                    }
                    return columns;
                }
                """)
            {
                Report = "flattened",
                Inputs = (rng, size) => new object?[] { Rt23IntListRows(rng, size, size) },
            };

            // ------------------------------------------------------------ distances and neighbours
            // A full distance matrix of record-struct points made by LINQ before the nest, expression-bodied helper.
            yield return new CatalogEntry("Rt23DistanceMatrixRecordPoints", """
                public readonly record struct Point(double X, double Y);

                private static double Distance(Point a, Point b) => Math.Sqrt(((a.X - b.X) * (a.X - b.X)) + ((a.Y - b.Y) * (a.Y - b.Y)));

                [Parallelize]
                public static double[,] Distances(double[] xs, double[] ys)
                {
                    var points = xs.Zip(ys, (x, y) => new Point(x, y)).ToArray();
                    var d = new double[points.Length, points.Length];
                    for (int i = 0; i < points.Length; i++)
                        for (int j = 0; j < points.Length; j++)
                            d[i, j] = Distance(points[i], points[j]);
                    return d;
                }
                """) { Report = "flattened" };

            // A lower-triangular distance table of vectors, 'var' counters, rows sized by the outer counter.
            yield return new CatalogEntry("Rt23LowerTriangleDistancesVar", """
                [Parallelize]
                public static double[][] LowerTriangle(double[][] vectors)
                {
                    var dist = new double[vectors.Length][];
                    for (var i = 0; i < vectors.Length; i++)
                    {
                        dist[i] = new double[i];
                        for (var j = 0; j < i; j++)
                        {
                            double s = 0;
                            for (var k = 0; k < vectors[i].Length; k++)
                            {
                                var diff = vectors[i][k] - vectors[j][k];
                                s += diff * diff;
                            }
                            dist[i][j] = Math.Sqrt(s);
                        }
                    }
                    return dist;
                }
                """) { Report = "row", Large = 60 };

            // Cosine similarity with LINQ (Zip, Sum) in the cell.
            yield return new CatalogEntry("Rt23CosineSimilarityLinq", """
                [Parallelize]
                public static double[,] Cosine(double[][] docs)
                {
                    int n = docs.Length;
                    var sim = new double[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                        {
                            double dot = docs[i].Zip(docs[j], (a, b) => a * b).Sum();
                            double norms = Math.Sqrt(docs[i].Sum(a => a * a)) * Math.Sqrt(docs[j].Sum(b => b * b));
                            sim[i, j] = norms == 0 ? 0 : dot / norms;
                        }
                    return sim;
                }
                """) { Report = "flattened", Large = 60 };

            // Nearest neighbour of each point: an argmin pair (distance, index) carried along the row only.
            yield return new CatalogEntry("Rt23NearestNeighbourPerRow", """
                [Parallelize]
                public static int[] Nearest(double[] xs, double[] ys)
                {
                    var nearest = new int[xs.Length];
                    for (int i = 0; i < xs.Length; i++)
                    {
                        int best = -1;
                        double bestDist = double.PositiveInfinity;
                        for (int j = 0; j < xs.Length; j++)
                        {
                            if (j == i)
                                continue;
                            double dx = xs[i] - xs[j], dy = ys[i] - ys[j];
                            double d2 = (dx * dx) + (dy * dy);
                            if (d2 < bestDist)
                            {
                                bestDist = d2;
                                best = j;
                            }
                        }
                        nearest[i] = best;
                    }
                    return nearest;
                }
                """) { Report = "row" };

            // k-nearest-neighbour vote per query: distances into an array of tuples, then LINQ ranks and votes.
            yield return new CatalogEntry("Rt23KnnVotePerQuery", """
                private static double SquaredDistance(double[] a, double[] b) => a.Zip(b, (x, y) => (x - y) * (x - y)).Sum();

                [Parallelize]
                public static int[] Classify(double[][] queries, double[][] train, int[] labels)
                {
                    const int k = 3;
                    var predicted = new int[queries.Length];
                    for (int q = 0; q < queries.Length; q++)
                    {
                        var scored = new (double Dist, int Label)[train.Length];
                        for (int t = 0; t < train.Length; t++)
                            scored[t] = (SquaredDistance(queries[q], train[t]), labels[t]);
                        predicted[q] = scored
                            .OrderBy(s => s.Dist).ThenBy(s => s.Label)
                            .Take(k)
                            .GroupBy(s => s.Label)
                            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key)
                            .First().Key;
                    }
                    return predicted;
                }
                """) { Report = "row", Large = 40 };

            // The position of the largest value in a grid: value and position are one carried selection (the if
            // sets three locals). Flattened naively, the twin would pair one chunk's value with another's index.
            yield return new CatalogEntry("Rt23GlobalArgMax2D", """
                [Parallelize]
                public static (int Row, int Col) ArgMax(double[,] grid)
                {
                    double best = double.NegativeInfinity;
                    int bestRow = -1, bestCol = -1;
                    for (int r = 0; r < grid.GetLength(0); r++)
                        for (int c = 0; c < grid.GetLength(1); c++)
                            if (grid[r, c] > {|LG0100:best|})
                            {
                                best = grid[r, c];
                                {|LG0101:bestRow = r|};
                                {|LG0101:bestCol = c|};
                            }
                    return (bestRow, bestCol);
                }
                """);

            // The closest pair as one tuple local: '(d, i, j)' replaces the tuple when d is smaller.
            yield return new CatalogEntry("Rt23ClosestPairTupleLocal", """
                [Parallelize]
                public static (double Dist, int I, int J) ClosestPair(double[] xs)
                {
                    var best = (Dist: double.MaxValue, I: -1, J: -1);
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = i + 1; j < xs.Length; j++)
                        {
                            double d = Math.Abs(xs[i] - xs[j]);
                            if (d < {|LG0100:best|}.Dist)
                                best = (d, i, j);
                        }
                    return best;
                }
                """);

            // ------------------------------------------------------------ strings
            // Edit distance of every pair of words through a helper with its own DP table.
            yield return new CatalogEntry("Rt23EditDistanceHelper", """
                private static int Levenshtein(string a, string b)
                {
                    var dp = new int[a.Length + 1, b.Length + 1];
                    for (int i = 0; i <= a.Length; i++) dp[i, 0] = i;
                    for (int j = 0; j <= b.Length; j++) dp[0, j] = j;
                    for (int i = 1; i <= a.Length; i++)
                        for (int j = 1; j <= b.Length; j++)
                        {
                            int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                            dp[i, j] = Math.Min(Math.Min(dp[i - 1, j] + 1, dp[i, j - 1] + 1), dp[i - 1, j - 1] + cost);
                        }
                    return dp[a.Length, b.Length];
                }

                [Parallelize]
                public static int[,] EditDistances(string[] words)
                {
                    var result = new int[words.Length, words.Length];
                    for (int i = 0; i < words.Length; i++)
                        for (int j = 0; j < words.Length; j++)
                            result[i, j] = Levenshtein(words[i], words[j]);
                    return result;
                }
                """) { Report = "flattened", Large = 120 };

            // Close pairs of words, the two-row DP inline in the cell (arrays swapped by a tuple), a filtered flat list of tuples.
            yield return new CatalogEntry("Rt23ClosePairsInlineDp", """
                [Parallelize]
                public static List<(string A, string B, int Distance)> ClosePairs(string[] words)
                {
                    var pairs = new List<(string A, string B, int Distance)>();
                    for (int i = 0; i < words.Length; i++)
                    {
                        for (int j = i + 1; j < words.Length; j++)
                        {
                            string a = words[i], b = words[j];
                            var prev = new int[b.Length + 1];
                            var curr = new int[b.Length + 1];
                            for (int y = 0; y <= b.Length; y++)
                                prev[y] = y;
                            for (int x = 1; x <= a.Length; x++)
                            {
                                curr[0] = x;
                                for (int y = 1; y <= b.Length; y++)
                                    curr[y] = Math.Min(Math.Min(curr[y - 1] + 1, prev[y] + 1), prev[y - 1] + (a[x - 1] == b[y - 1] ? 0 : 1));
                                (prev, curr) = (curr, prev);
                            }
                            if (prev[b.Length] <= 1)
                                pairs.Add((a, b, prev[b.Length]));
                        }
                    }
                    return pairs;
                }
                """) { Report = "row", Large = 100 };

            // CSV lines parsed into int rows (Split, Trim, int.Parse).
            yield return new CatalogEntry("Rt23ParseCsvRows", """
                [Parallelize]
                public static int[][] ParseCsv(string[] lines)
                {
                    var table = new int[lines.Length][];
                    for (int i = 0; i < lines.Length; i++)
                    {
                        string[] fields = lines[i].Split(',', StringSplitOptions.RemoveEmptyEntries);
                        var values = new int[fields.Length];
                        for (int j = 0; j < fields.Length; j++)
                            values[j] = int.Parse(fields[j].Trim());
                        table[i] = values;
                    }
                    return table;
                }
                """)
            {
                Report = "row",
                Large = 300,
                Inputs = (rng, size) => new object?[] { Rt23CsvLines(rng, size) },
            };

            // Column totals of CSV lines: TryParse with an out variable, 'continue' on a bad field, array reduction.
            yield return new CatalogEntry("Rt23CsvColumnTotalsTryParse", """
                [Parallelize]
                public static long[] ColumnTotals(string[] lines, int columns)
                {
                    var totals = new long[columns];
                    foreach (var line in lines)
                    {
                        var fields = line.Split(',', StringSplitOptions.TrimEntries);
                        for (int c = 0; c < Math.Min(columns, fields.Length); c++)
                        {
                            if (!long.TryParse(fields[c], out long value))
                                continue;
                            totals[c] += value;
                        }
                    }
                    return totals;
                }
                """)
            {
                Report = "row",
                Large = 300,
                Inputs = (rng, size) => new object?[] { Rt23CsvLines(rng, size), 4 },
            };

            // One text line per row, built with a StringBuilder made in the outer body.
            yield return new CatalogEntry("Rt23RowLinesStringBuilder", """
                [Parallelize]
                public static List<string> ToLines(int[][] grid)
                {
                    var lines = new List<string>();
                    foreach (int[] row in grid)
                    {
                        var sb = new StringBuilder();
                        for (int j = 0; j < row.Length; j++)
                        {
                            if (j > 0)
                                sb.Append(';');
                            sb.Append(row[j]);
                        }
                        lines.Add(sb.ToString());
                    }
                    return lines;
                }
                """) { Report = "row" };

            // One text line per row, built by string interpolation and '+=' on a string of the row.
            yield return new CatalogEntry("Rt23RowLinesInterpolation", """
                [Parallelize]
                public static string[] Describe(string[] names, double[][] scores)
                {
                    var result = new string[names.Length];
                    for (int i = 0; i < names.Length; i++)
                    {
                        string line = $"{names[i]}:";
                        for (int j = 0; j < scores[i].Length; j++)
                            line += $" {scores[i][j]:F1}";
                        result[i] = line;
                    }
                    return result;
                }
                """) { Report = "row", Large = 60 };

            // Longest common prefix of every pair of words, a while loop in the cell.
            yield return new CatalogEntry("Rt23CommonPrefixWhile", """
                [Parallelize]
                public static int[,] CommonPrefix(string[] words)
                {
                    var lcp = new int[words.Length, words.Length];
                    for (int i = 0; i < words.Length; i++)
                        for (int j = 0; j < words.Length; j++)
                        {
                            string a = words[i], b = words[j];
                            int k = 0;
                            while (k < a.Length && k < b.Length && a[k] == b[k])
                                k++;
                            lcp[i, j] = k;
                        }
                    return lcp;
                }
                """) { Report = "flattened" };

            // Anagram pairs counted over the upper triangle, the key made by LINQ in an expression-bodied helper.
            yield return new CatalogEntry("Rt23AnagramPairsCount", """
                private static string SortedLetters(string w) => new string(w.OrderBy(c => c).ToArray());

                [Parallelize]
                public static int AnagramPairs(string[] words)
                {
                    int count = 0;
                    for (int i = 0; i < words.Length; i++)
                        for (int j = i + 1; j < words.Length; j++)
                            if (words[i].Length == words[j].Length && SortedLetters(words[i]) == SortedLetters(words[j]))
                                count++;
                    return count;
                }
                """) { Report = "row", Large = 120 };

            // Words of each row that start with a lower-case letter: property pattern, '^1' index.
            yield return new CatalogEntry("Rt23PatternMatchingCells", """
                [Parallelize]
                public static int CountLowerStarts(string[][] cells)
                {
                    int count = 0;
                    for (int i = 0; i < cells.Length; i++)
                        for (int j = 0; j < cells[i].Length; j++)
                            if (cells[i][j] is { Length: > 0 } s && char.IsLower(s[0]) && s[^1] != 'z')
                                count++;
                    return count;
                }
                """) { Report = "row" };

            // A multiplication table as text lines, foreach over Enumerable.Range at both levels.
            yield return new CatalogEntry("Rt23MultiplicationTableRange", """
                [Parallelize]
                public static List<string> Table(int n)
                {
                    var lines = new List<string>();
                    foreach (var i in Enumerable.Range(1, n))
                        foreach (var j in Enumerable.Range(1, n))
                            lines.Add($"{i} x {j} = {i * j}");
                    return lines;
                }
                """) { Report = "flattened", Large = 100 };

            // ------------------------------------------------------------ numeric grids
            // A Game of Life step into a new grid: wrap-around neighbours, a switch expression on the cell.
            yield return new CatalogEntry("Rt23GameOfLifeStepBool", """
                [Parallelize]
                public static bool[,] Step(bool[,] alive)
                {
                    int rows = alive.GetLength(0), cols = alive.GetLength(1);
                    var next = new bool[rows, cols];
                    for (int r = 0; r < rows; r++)
                    {
                        for (int c = 0; c < cols; c++)
                        {
                            int neighbours = 0;
                            for (int dr = -1; dr <= 1; dr++)
                                for (int dc = -1; dc <= 1; dc++)
                                {
                                    if (dr == 0 && dc == 0)
                                        continue;
                                    if (alive[(r + dr + rows) % rows, (c + dc + cols) % cols])
                                        neighbours++;
                                }
                            next[r, c] = alive[r, c] switch
                            {
                                true => neighbours is 2 or 3,
                                false => neighbours == 3,
                            };
                        }
                    }
                    return next;
                }
                """) { Report = "flattened", Large = 120 };

            // The same step written in place: every cell reads neighbours other iterations overwrite.
            yield return new CatalogEntry("Rt23GameOfLifeInPlaceJagged", """
                [Parallelize]
                public static void StepInPlace(int[][] board)
                {
                    for (int r = 1; r < board.Length - 1; r++)
                        for (int c = 1; c < board[r].Length - 1; c++)
                        {
                            int n = {|LG0100:board[r - 1][c - 1]|} + board[r - 1][c] + board[r - 1][c + 1]
                                  + board[r][c - 1] + board[r][c + 1]
                                  + board[r + 1][c - 1] + board[r + 1][c] + board[r + 1][c + 1];
                            board[r][c] = (n == 3 || (n == 2 && board[r][c] == 1)) ? 1 : 0;
                        }
                }
                """);

            // A heat-diffusion step into a clone of the grid (the clone keeps the boundary).
            yield return new CatalogEntry("Rt23HeatStepIntoClone", """
                [Parallelize]
                public static double[,] HeatStep(double[,] t, double alpha)
                {
                    int n = t.GetLength(0), m = t.GetLength(1);
                    var next = (double[,])t.Clone();
                    for (int i = 1; i < n - 1; i++)
                        for (int j = 1; j < m - 1; j++)
                            next[i, j] = t[i, j] + (alpha * (t[i - 1, j] + t[i + 1, j] + t[i, j - 1] + t[i, j + 1] - (4 * t[i, j])));
                    return next;
                }
                """) { Report = "flattened" };

            // Gauss-Seidel relaxation in place: rows read the row above, already updated in M.
            yield return new CatalogEntry("Rt23RelaxInPlaceJagged", """
                [Parallelize]
                public static void Relax(double[][] u)
                {
                    for (int i = 1; i < u.Length - 1; i++)
                        for (int j = 1; j < u[i].Length - 1; j++)
                            u[i][j] = 0.25 * ({|LG0100:u[i - 1][j]|} + u[i + 1][j] + u[i][j - 1] + u[i][j + 1]);
                }
                """);

            // A Jacobi step returning the new grid and the largest change as a tuple.
            yield return new CatalogEntry("Rt23JacobiStepWithMaxChange", """
                [Parallelize]
                public static (double[,] Next, double MaxChange) Jacobi(double[,] u)
                {
                    int n = u.GetLength(0);
                    var next = new double[n, n];
                    double maxChange = 0;
                    for (int i = 1; i < n - 1; i++)
                        for (int j = 1; j < n - 1; j++)
                        {
                            next[i, j] = 0.25 * (u[i - 1, j] + u[i + 1, j] + u[i, j - 1] + u[i, j + 1]);
                            maxChange = Math.Max(maxChange, Math.Abs(next[i, j] - u[i, j]));
                        }
                    return (next, maxChange);
                }
                """) { Report = "flattened" };

            // Clamp every value in place (self only).
            yield return new CatalogEntry("Rt23ClampInPlace2D", """
                [Parallelize]
                public static void Clamp(int[,] values)
                {
                    for (int i = 0; i < values.GetLength(0); i++)
                        for (int j = 0; j < values.GetLength(1); j++)
                            values[i, j] = Math.Clamp(values[i, j], -5, 5);
                }
                """) { Report = "flattened" };

            // A moving average along each row in place: the left neighbour was updated earlier in the same row.
            yield return new CatalogEntry("Rt23SmoothRowsInPlaceForeach", """
                [Parallelize]
                public static void SmoothRows(double[][] signal)
                {
                    foreach (double[] row in signal)
                        for (int j = 1; j < row.Length - 1; j++)
                            row[j] = (row[j - 1] + row[j] + row[j + 1]) / 3.0;
                }
                """) { Report = "row" };

            // ------------------------------------------------------------ per-row statistics
            // Min, max and mean of each row into an array of named tuples.
            yield return new CatalogEntry("Rt23RowStatsNamedTuples", """
                [Parallelize]
                public static (int Min, int Max, double Mean)[] RowStats(int[][] rows)
                {
                    var stats = new (int Min, int Max, double Mean)[rows.Length];
                    for (int i = 0; i < rows.Length; i++)
                    {
                        int[] row = rows[i];
                        if (row.Length == 0)
                        {
                            stats[i] = (0, 0, double.NaN);
                            continue;
                        }
                        int min = int.MaxValue, max = int.MinValue;
                        long sum = 0;
                        foreach (var v in row)
                        {
                            if (v < min) min = v;
                            if (v > max) max = v;
                            sum += v;
                        }
                        stats[i] = (min, max, (double)sum / row.Length);
                    }
                    return stats;
                }
                """) { Report = "row" };

            // Mean and standard deviation of each row as records in a flat list (two passes over the row).
            yield return new CatalogEntry("Rt23RowSummaryRecords", """
                public sealed record RowSummary(int Index, double Mean, double StdDev);

                [Parallelize]
                public static List<RowSummary> Summaries(List<double[]> rows)
                {
                    var summaries = new List<RowSummary>();
                    for (int i = 0; i < rows.Count; i++)
                    {
                        var row = rows[i];
                        double mean = 0;
                        for (int j = 0; j < row.Length; j++)
                            mean += row[j];
                        mean /= Math.Max(row.Length, 1);
                        double variance = 0;
                        for (int j = 0; j < row.Length; j++)
                            variance += (row[j] - mean) * (row[j] - mean);
                        summaries.Add(new RowSummary(i, mean, Math.Sqrt(variance / Math.Max(row.Length, 1))));
                    }
                    return summaries;
                }
                """)
            {
                Report = "row",
                Large = 120,
                Inputs = (rng, size) => new object?[] { Rt23ListRows(rng, size, size).Select(r => r.ToArray()).ToList() },
            };

            // Column means: an array reduction over a 2D array, divided after the nest.
            yield return new CatalogEntry("Rt23ColumnMeans", """
                [Parallelize]
                public static double[] ColumnMeans(double[,] data)
                {
                    int rows = data.GetLength(0), cols = data.GetLength(1);
                    var means = new double[cols];
                    for (int r = 0; r < rows; r++)
                        for (int c = 0; c < cols; c++)
                            means[c] += data[r, c];
                    for (int c = 0; c < cols; c++)
                        means[c] /= rows;
                    return means;
                }
                """) { Report = "flattened", Tolerance = true };

            // Per-row sorted copy (Clone + Array.Sort) to find the median, then a count above it.
            yield return new CatalogEntry("Rt23ShareAboveRowMedian", """
                [Parallelize]
                public static double[] AboveMedianShare(int[][] rows)
                {
                    var share = new double[rows.Length];
                    for (int i = 0; i < rows.Length; i++)
                    {
                        var sorted = (int[])rows[i].Clone();
                        Array.Sort(sorted);
                        int median = sorted.Length == 0 ? 0 : sorted[sorted.Length / 2];
                        int above = 0;
                        for (int j = 0; j < rows[i].Length; j++)
                            if (rows[i][j] > median)
                                above++;
                        share[i] = rows[i].Length == 0 ? 0 : (double)above / rows[i].Length;
                    }
                    return share;
                }
                """) { Report = "row" };

            // Distinct values per row with a HashSet made in the outer body.
            yield return new CatalogEntry("Rt23DistinctPerRowHashSet", """
                [Parallelize]
                public static int[] DistinctCounts(List<List<int>> rows)
                {
                    var counts = new int[rows.Count];
                    for (int i = 0; i < rows.Count; i++)
                    {
                        var seen = new HashSet<int>();
                        foreach (var v in rows[i])
                            seen.Add(v);
                        counts[i] = seen.Count;
                    }
                    return counts;
                }
                """)
            {
                Report = "row",
                Inputs = (rng, size) => new object?[] { Rt23IntListRows(rng, size, size) },
            };

            // The most frequent value per row through a Dictionary of the row, LINQ after the inner loop.
            yield return new CatalogEntry("Rt23ModePerRowDictionary", """
                [Parallelize]
                public static int[] Modes(int[][] rows)
                {
                    var modes = new int[rows.Length];
                    for (int i = 0; i < rows.Length; i++)
                    {
                        var freq = new Dictionary<int, int>();
                        foreach (var v in rows[i])
                            freq[v] = freq.TryGetValue(v, out var c) ? c + 1 : 1;
                        modes[i] = freq.Count == 0 ? 0 : freq.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).First().Key;
                    }
                    return modes;
                }
                """) { Report = "row" };

            // ------------------------------------------------------------ reductions
            // Sum and count declared together by a deconstruction, 'continue' on non-positive values.
            yield return new CatalogEntry("Rt23SumAndCountDeconstructed", """
                [Parallelize]
                public static double MeanOfPositives(int[][] data)
                {
                    var (sum, count) = (0L, 0);
                    for (int i = 0; i < data.Length; i++)
                        for (int j = 0; j < data[i].Length; j++)
                        {
                            if (data[i][j] <= 0)
                                continue;
                            sum += data[i][j];
                            count++;
                        }
                    return count == 0 ? 0 : (double)sum / count;
                }
                """) { Report = "row" };

            // Min and max with Math.Min/Math.Max, returned as a tuple.
            yield return new CatalogEntry("Rt23MinMaxTupleReturn", """
                [Parallelize]
                public static (int Min, int Max) Range(int[,] grid)
                {
                    int min = int.MaxValue, max = int.MinValue;
                    for (int i = 0; i < grid.GetLength(0); i++)
                        for (int j = 0; j < grid.GetLength(1); j++)
                        {
                            min = Math.Min(min, grid[i, j]);
                            max = Math.Max(max, grid[i, j]);
                        }
                    return (min, max);
                }
                """) { Report = "flattened" };

            // A score summed through a switch expression with relational patterns, foreach at both levels.
            yield return new CatalogEntry("Rt23ScoreSwitchExpression", """
                [Parallelize]
                public static long Score(int[][] board)
                {
                    long score = 0;
                    foreach (var row in board)
                        foreach (var cell in row)
                            score += cell switch
                            {
                                < 0 => -1,
                                0 => 0,
                                <= 10 => 1,
                                _ => 5,
                            };
                    return score;
                }
                """) { Report = "row" };

            // Pairs of values summing to a target, upper triangle, a flat list of tuples.
            yield return new CatalogEntry("Rt23PairsSummingToTarget", """
                [Parallelize]
                public static List<(int First, int Second)> PairsSummingTo(int[] values, int target)
                {
                    var pairs = new List<(int First, int Second)>();
                    for (int i = 0; i < values.Length; i++)
                        for (int j = i + 1; j < values.Length; j++)
                            if (values[i] + values[j] == target)
                                pairs.Add((i, j));
                    return pairs;
                }
                """)
            {
                Report = "row",
                Inputs = (rng, size) => new object?[] { Inputs.Make(typeof(int[]), rng, size), 20 },
            };

            // ------------------------------------------------------------ lookups, records, delegates
            // Basket totals from a price Dictionary built before the nest (TryGetValue with an out var).
            yield return new CatalogEntry("Rt23BasketTotalsPriceDictionary", """
                [Parallelize]
                public static int[] BasketTotals(string[][] baskets)
                {
                    var prices = new Dictionary<string, int> { ["a"] = 3, ["b"] = 5, ["ab"] = 7, ["z"] = 1 };
                    var totals = new int[baskets.Length];
                    for (int i = 0; i < baskets.Length; i++)
                        foreach (var item in baskets[i])
                            totals[i] += prices.TryGetValue(item, out var price) ? price : 0;
                    return totals;
                }
                """) { Report = "row" };

            // Conversion rates from an IReadOnlyDictionary parameter: the interface is trusted (LG0004).
            yield return new CatalogEntry("Rt23RatesReadOnlyDictionaryParameter", """
                [Parallelize]
                public static double[][] Convert(string[][] codes, IReadOnlyDictionary<string, double> rates)
                {
                    var result = new double[codes.Length][];
                    for (int i = 0; i < codes.Length; i++)
                    {
                        result[i] = new double[codes[i].Length];
                        for (int j = 0; j < codes[i].Length; j++)
                            result[i][j] = {|LG0004:rates.TryGetValue(codes[i][j], out var rate)|} ? rate : 1.0;
                    }
                    return result;
                }
                """)
            {
                Report = "row",
                Inputs = (rng, size) => new object?[] { Inputs.Make(typeof(string[][]), rng, size), new Dictionary<string, double> { ["a"] = 1.5, ["b"] = 0.25, ["xy"] = 3.0 } },
            };

            // Word counts into a shared Dictionary: not a recognised result, every iteration writes it.
            yield return new CatalogEntry("Rt23WordCountsSharedDictionary", """
                [Parallelize]
                public static Dictionary<string, int> WordCounts(string[][] documents)
                {
                    var counts = new Dictionary<string, int>();
                    foreach (var doc in documents)
                        foreach (var word in doc)
                            {|LG0102:counts[word] = counts.GetValueOrDefault(word) + 1|};
                    return counts;
                }
                """) {  };

            // One result row per key in a Dictionary: not a recognised result.
            yield return new CatalogEntry("Rt23ResultDictionaryByRow", """
                [Parallelize]
                public static Dictionary<int, int[]> RowsByIndex(int[][] grid)
                {
                    var result = new Dictionary<int, int[]>();
                    for (int i = 0; i < grid.Length; i++)
                    {
                        var doubled = new int[grid[i].Length];
                        for (int j = 0; j < doubled.Length; j++)
                            doubled[j] = grid[i][j] * 2;
                        {|LG0102:result[i] = doubled|};
                    }
                    return result;
                }
                """);

            // Order totals over records (a sealed record holding a List of line records), 'continue' on empty lines.
            yield return new CatalogEntry("Rt23OrderTotalsRecords", """
                public sealed record OrderLine(string Sku, int Quantity, double UnitPrice);
                public sealed record Order(int Id, List<OrderLine> Lines);

                [Parallelize]
                public static List<(int Id, double Total)> OrderTotals(int[] quantities, double[] prices)
                {
                    var orders = quantities
                        .Select((q, k) => new Order(k, Enumerable.Range(0, Math.Abs(q) % 5).Select(l => new OrderLine($"S{l}", q + l, prices[(k + l) % prices.Length])).ToList()))
                        .ToList();
                    var totals = new List<(int Id, double Total)>();
                    foreach (var order in orders)
                    {
                        double total = 0;
                        foreach (var line in order.Lines)
                        {
                            if (line.Quantity <= 0)
                                continue;
                            total += line.Quantity * line.UnitPrice;
                        }
                        totals.Add((order.Id, Math.Round(total, 2)));
                    }
                    return totals;
                }
                """) { Report = "row", Large = 300 };

            // Payroll per department: an array reduction keyed by a record's property.
            yield return new CatalogEntry("Rt23PayrollByDepartment", """
                public sealed record Employee(string Name, int Dept, double Salary);

                [Parallelize]
                public static double[] PayrollByDept(int[][] teams)
                {
                    var employees = teams.Select(t => t.Select(v => new Employee($"e{v}", Math.Abs(v) % 5, 1000 + (v * 10.5))).ToList()).ToList();
                    var totals = new double[5];
                    foreach (var team in employees)
                        foreach (var e in team)
                            totals[e.Dept] += e.Salary;
                    return totals;
                }
                """) { Report = "row", Tolerance = true };

            // An RBF kernel matrix through a local function capturing the parameters.
            yield return new CatalogEntry("Rt23KernelMatrixLocalFunction", """
                [Parallelize]
                public static double[,] Kernel(double[] xs, double gamma)
                {
                    double Rbf(int a, int b) => Math.Exp(-gamma * (xs[a] - xs[b]) * (xs[a] - xs[b]));
                    var k = new double[xs.Length, xs.Length];
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < xs.Length; j++)
                            k[i, j] = Rbf(i, j);
                    return k;
                }
                """) { Report = "flattened" };

            // A static lambda held by a local declared before the nest.
            yield return new CatalogEntry("Rt23StaticLambdaBeforeNest", """
                [Parallelize]
                public static long[][] Combine(int[] a, int[] b)
                {
                    Func<int, int, long> op = static (x, y) => ((long)x * y) + x - y;
                    var table = new long[a.Length][];
                    for (int i = 0; i < a.Length; i++)
                    {
                        table[i] = new long[b.Length];
                        for (int j = 0; j < b.Length; j++)
                            table[i][j] = op(a[i], b[j]);
                    }
                    return table;
                }
                """) { Report = "row" };

            // Weighted scores: the inner foreach deconstructs (index, weight) tuples; it runs whole inside a row.
            yield return new CatalogEntry("Rt23InnerForeachDeconstruction", """
                [Parallelize]
                public static double[] WeightedScores(double[][] features, List<(int Index, double Weight)> weights)
                {
                    var scores = new double[features.Length];
                    for (int i = 0; i < features.Length; i++)
                    {
                        double s = 0;
                        foreach (var (index, weight) in weights)
                            s += features[i][index] * weight;
                        scores[i] = s;
                    }
                    return scores;
                }
                """)
            {
                Report = "row",
                Inputs = (rng, size) => new object?[] { Inputs.Make(typeof(double[][]), rng, size), Enumerable.Range(0, size).Select(k => (rng.Next(size), Math.Round(rng.NextDouble(), 2))).ToList() },
            };

            // The cached-length idiom 'for (int i = 0, n = rows.Length; i < n; i++)': n is a bound, never written.
            yield return new CatalogEntry("Rt23CachedLengthInForHeader", """
                [Parallelize]
                public static long[] RowSums(int[][] rows)
                {
                    var sums = new long[rows.Length];
                    for (int i = 0, n = rows.Length; i < n; i++)
                    {
                        long s = 0;
                        for (int j = 0, m = rows[i].Length; j < m; j++)
                            s += rows[i][j];
                        sums[i] = s;
                    }
                    return sums;
                }
                """) { Report = "row" };

            // A read-only span over the iteration's row.
            yield return new CatalogEntry("Rt23ReadOnlySpanRowSum", """
                [Parallelize]
                public static long[] RowSums(int[][] rows)
                {
                    var sums = new long[rows.Length];
                    for (int i = 0; i < rows.Length; i++)
                    {
                        ReadOnlySpan<int> row = rows[i];
                        long s = 0;
                        for (int j = 0; j < row.Length; j++)
                            s += row[j];
                        sums[i] = s;
                    }
                    return sums;
                }
                """) { Report = "row" };

            // Rows of a flat array scaled through spans sliced by the outer counter (the usual row-major span idiom).
            yield return new CatalogEntry("Rt23FlatRowsThroughSpans", """
                [Parallelize]
                public static double[] ScaleRows(double[] flat, int width, double[] factors)
                {
                    var result = new double[flat.Length];
                    int height = width == 0 ? 0 : flat.Length / width;
                    for (int r = 0; r < height; r++)
                    {
                        ReadOnlySpan<double> src = flat.AsSpan(r * width, width);
                        Span<double> dst = result.AsSpan(r * width, width);
                        for (int c = 0; c < width; c++)
                            dst[c] = src[c] * factors[r];
                    }
                    return result;
                }
                """)
            {
                Report = "row",
                Inputs = (rng, size) => new object?[] { Inputs.Make(typeof(double[]), rng, size * size), size, Inputs.Make(typeof(double[]), rng, size) },
                Bug = "rejected: LG0102 at 'flat.AsSpan(r * width, width)' (says it writes the array 'flat', which is only read through a ReadOnlySpan), at 'result.AsSpan(r * width, width)' and at 'dst[c] = ...' ('Span.this[]'): the spans are the row-major slice [r * width, r * width + width) of the outer counter, the form LoopGen accepts as 'result[r * width + c]'",
            };

            // ------------------------------------------------------------ randomness
            // Monte Carlo hits per row with a Random seeded per row, used along the row.
            yield return new CatalogEntry("Rt23MonteCarloSeededPerRow", """
                [Parallelize]
                public static int[] Hits(int trials, int seed)
                {
                    var hits = new int[trials];
                    for (int i = 0; i < trials; i++)
                    {
                        var rng = new Random(seed + i);
                        for (int j = 0; j < trials; j++)
                        {
                            double x = rng.NextDouble(), y = rng.NextDouble();
                            if ((x * x) + (y * y) <= 1.0)
                                hits[i]++;
                        }
                    }
                    return hits;
                }
                """) { Report = "row" };

            // Monte Carlo with one Random for the whole nest: its state is carried by every draw.
            yield return new CatalogEntry("Rt23MonteCarloSharedRandom", """
                [Parallelize]
                public static double EstimatePi(int batches, int perBatch)
                {
                    var rng = new Random(42);
                    long inside = 0;
                    for (int b = 0; b < batches; b++)
                        for (int k = 0; k < perBatch; k++)
                        {
                            double x = {|LG0105:rng.NextDouble()|}, y = {|LG0105:rng.NextDouble()|};
                            if ((x * x) + (y * y) <= 1)
                                inside++;
                        }
                    return 4.0 * inside / Math.Max(1L, (long)batches * perBatch);
                }
                """);

            // ------------------------------------------------------------ dynamic programming across rows (carried)
            yield return new CatalogEntry("Rt23LcsTable2D", """
                [Parallelize]
                public static int LongestCommonSubsequence(string a, string b)
                {
                    var dp = new int[a.Length + 1, b.Length + 1];
                    for (int i = 1; i <= a.Length; i++)
                        for (int j = 1; j <= b.Length; j++)
                            dp[i, j] = a[i - 1] == b[j - 1] ? {|LG0100:dp[i - 1, j - 1]|} + 1 : Math.Max(dp[i - 1, j], dp[i, j - 1]);
                    return dp[a.Length, b.Length];
                }
                """);

            yield return new CatalogEntry("Rt23GridPathsJagged", """
                [Parallelize]
                public static long[][] CountPaths(int rows, int cols)
                {
                    var ways = new long[rows][];
                    for (int r = 0; r < rows; r++)
                    {
                        ways[r] = new long[cols];
                        for (int c = 0; c < cols; c++)
                            ways[r][c] = r == 0 || c == 0 ? 1 : {|LG0100:ways[r - 1][c]|} + ways[r][c - 1];
                    }
                    return ways;
                }
                """);

            // Pascal's triangle read from the result list itself (the previous row).
            yield return new CatalogEntry("Rt23PascalFromPreviousRow", """
                [Parallelize]
                public static List<List<long>> Pascal(int n)
                {
                    var rows = new List<List<long>>();
                    for (int i = 0; i < n; i++)
                    {
                        var row = new List<long>();
                        for (int j = 0; j <= i; j++)
                            row.Add(j == 0 || j == i ? 1 : {|LG0100:rows[i - 1]|}[j - 1] + rows[i - 1][j]);
                        rows.Add(row);
                    }
                    return rows;
                }
                """) {  };

            // Pascal's triangle from the multiplicative formula: the binomial is carried along the row only.
            yield return new CatalogEntry("Rt23BinomialRowsIndependent", """
                [Parallelize]
                public static List<List<long>> Binomials(int n)
                {
                    var rows = new List<List<long>>();
                    for (int i = 0; i < n; i++)
                    {
                        var row = new List<long>(i + 1);
                        long c = 1;
                        for (int j = 0; j <= i; j++)
                        {
                            row.Add(c);
                            c = c * (i - j) / (j + 1);
                        }
                        rows.Add(row);
                    }
                    return rows;
                }
                """) { Report = "row", Large = 60 };

            // Minimum path sum accumulated in place.
            yield return new CatalogEntry("Rt23MinPathSumInPlace", """
                [Parallelize]
                public static int MinPathSum(int[,] cost)
                {
                    int n = cost.GetLength(0), m = cost.GetLength(1);
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < m; j++)
                        {
                            if (i == 0 && j == 0)
                                continue;
                            int up = i > 0 ? {|LG0100:cost[i - 1, j]|} : int.MaxValue;
                            int left = j > 0 ? cost[i, j - 1] : int.MaxValue;
                            cost[i, j] += Math.Min(up, left);
                        }
                    return n == 0 ? 0 : cost[n - 1, m - 1];
                }
                """);

            // ------------------------------------------------------------ shared scratch objects (hoisted "optimisations")
            // A scratch buffer hoisted out of the loop and reused by every row.
            yield return new CatalogEntry("Rt23ScratchBufferReused", """
                [Parallelize]
                public static int[] RowMedians(int[][] rows)
                {
                    var medians = new int[rows.Length];
                    var buffer = new int[rows.Length == 0 ? 0 : rows[0].Length];
                    for (int i = 0; i < rows.Length; i++)
                    {
                        for (int j = 0; j < buffer.Length; j++)
                            {|LG0106:buffer[j]|} = rows[i][j];
                        {|LG0102:Array.Sort(buffer)|};
                        medians[i] = buffer.Length == 0 ? 0 : buffer[buffer.Length / 2];
                    }
                    return medians;
                }
                """);

            // A StringBuilder hoisted out of the loop and cleared per row.
            yield return new CatalogEntry("Rt23SharedStringBuilderCleared", """
                [Parallelize]
                public static string[] Render(int[][] grid)
                {
                    var lines = new string[grid.Length];
                    var sb = new StringBuilder();
                    for (int i = 0; i < grid.Length; i++)
                    {
                        {|LG0105:sb.Clear()|};
                        for (int j = 0; j < grid[i].Length; j++)
                            {|LG0105:sb.Append(grid[i][j] > 0 ? '#' : '.')|};
                        lines[i] = sb.ToString();
                    }
                    return lines;
                }
                """);

            // Buckets of lists filled from every cell.
            yield return new CatalogEntry("Rt23SharedBucketsOfLists", """
                [Parallelize]
                public static List<int>[] Bucket(int[][] data)
                {
                    var buckets = new List<int>[4];
                    for (int b = 0; b < buckets.Length; b++)
                        buckets[b] = new List<int>();
                    for (int i = 0; i < data.Length; i++)
                        for (int j = 0; j < data[i].Length; j++)
                            {|LG0105:buckets[data[i][j] & 3].Add(data[i][j])|};
                    return buckets;
                }
                """);

            // ------------------------------------------------------------ batch 2: variants of what batch 1 found, more domains
            // The two-row DP swapped through a temporary instead of a tuple.
            yield return new CatalogEntry("Rt23TwoRowDpTempSwap", """
                [Parallelize]
                public static int[,] EditDistances(string[] words)
                {
                    var result = new int[words.Length, words.Length];
                    for (int i = 0; i < words.Length; i++)
                        for (int j = 0; j < words.Length; j++)
                        {
                            string a = words[i], b = words[j];
                            int[] prev = new int[b.Length + 1], curr = new int[b.Length + 1];
                            for (int y = 0; y <= b.Length; y++)
                                prev[y] = y;
                            for (int x = 1; x <= a.Length; x++)
                            {
                                curr[0] = x;
                                for (int y = 1; y <= b.Length; y++)
                                    curr[y] = Math.Min(Math.Min(curr[y - 1] + 1, prev[y] + 1), prev[y - 1] + (a[x - 1] == b[y - 1] ? 0 : 1));
                                var tmp = prev;
                                prev = curr;
                                curr = tmp;
                            }
                            result[i, j] = prev[b.Length];
                        }
                    return result;
                }
                """) { Report = "flattened", Large = 100 };

            // A read-only span over a row of a flat source; the writes use the supported 'a[r * width + c]' form.
            yield return new CatalogEntry("Rt23FlatRowReadOnlySpanRead", """
                [Parallelize]
                public static double[] Normalize(double[] flat, int width)
                {
                    var result = new double[flat.Length];
                    int height = width == 0 ? 0 : flat.Length / width;
                    for (int r = 0; r < height; r++)
                    {
                        ReadOnlySpan<double> src = flat.AsSpan(r * width, width);
                        double max = 0;
                        for (int c = 0; c < width; c++)
                            max = Math.Max(max, Math.Abs(src[c]));
                        for (int c = 0; c < width; c++)
                            result[(r * width) + c] = max == 0 ? 0 : src[c] / max;
                    }
                    return result;
                }
                """)
            {
                Report = "row",
                Inputs = (rng, size) => new object?[] { Inputs.Make(typeof(double[]), rng, size * size), size },
                Bug = "rejected: LG0102 at 'flat.AsSpan(r * width, width)' claiming it 'writes shared state the array flat': AsSpan of a parameter only read (kept in a ReadOnlySpan) writes nothing; the writes are the accepted 'result[r * width + c]' form",
            };

            // The median per row from a LINQ copy (ToArray) sorted in place.
            yield return new CatalogEntry("Rt23RowMedianToArraySort", """
                [Parallelize]
                public static int[] RowMedians(int[][] rows)
                {
                    var medians = new int[rows.Length];
                    for (int i = 0; i < rows.Length; i++)
                    {
                        int[] sorted = rows[i].ToArray();
                        Array.Sort(sorted);
                        int below = 0;
                        for (int j = 0; j < sorted.Length; j++)
                            if (sorted[j] < 0)
                                below++;
                        medians[i] = sorted.Length == 0 ? 0 : sorted[sorted.Length / 2] - below;
                    }
                    return medians;
                }
                """) { Report = "row" };

            // The median per row from a LINQ OrderBy (no in-place sort).
            yield return new CatalogEntry("Rt23RowMedianOrderBy", """
                [Parallelize]
                public static double[] RowMedians(double[][] rows)
                {
                    var medians = new double[rows.Length];
                    for (int i = 0; i < rows.Length; i++)
                    {
                        var sorted = rows[i].OrderBy(v => v).ToList();
                        double spread = 0;
                        for (int j = 0; j < sorted.Count; j++)
                            spread += Math.Abs(sorted[j] - sorted[sorted.Count / 2]);
                        medians[i] = spread;
                    }
                    return medians;
                }
                """) { Report = "row", Large = 120 };

            // Counting per row with GetValueOrDefault on a Dictionary made in the row.
            yield return new CatalogEntry("Rt23RowFrequenciesGetValueOrDefault", """
                [Parallelize]
                public static int[] MaxFrequency(int[][] rows)
                {
                    var result = new int[rows.Length];
                    for (int i = 0; i < rows.Length; i++)
                    {
                        var freq = new Dictionary<int, int>();
                        for (int j = 0; j < rows[i].Length; j++)
                            freq[rows[i][j]] = freq.GetValueOrDefault(rows[i][j]) + 1;
                        result[i] = freq.Count == 0 ? 0 : freq.Values.Max();
                    }
                    return result;
                }
                """) { Report = "row" };

            // Objects of a list updated from each other's velocities (N-body style): a value carried between rows.
            yield return new CatalogEntry("Rt23BodiesReadOthersVelocity", """
                public sealed class Body { public double X; public double V; }

                [Parallelize]
                public static double[] Step(double[] xs)
                {
                    var bodies = xs.Select(x => new Body { X = x }).ToList();
                    for (int i = 0; i < bodies.Count; i++)
                        for (int j = 0; j < bodies.Count; j++)
                            if (i != j)
                                {|LG0102:bodies[i].V += 0.01 * (bodies[j].X - bodies[i].X) - (0.001 * bodies[j].V)|};
                    return bodies.Select(b => b.V).ToArray();
                }
                """);

            // A memoizing helper with a static cache: the helper writes shared state.
            yield return new CatalogEntry("Rt23MemoizedHelperStaticCache", """
                private static readonly Dictionary<int, long> Memo = new Dictionary<int, long>();

                private static long Fib(int n)
                {
                    if (n < 2) return n;
                    if (Memo.TryGetValue(n, out long v)) return v;
                    v = Fib(n - 1) + Fib(n - 2);
                    Memo[n] = v;
                    return v;
                }

                [Parallelize]
                public static long[,] Table(int n)
                {
                    var t = new long[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            t[i, j] = {|LG0102:Fib((i + j) % 60)|};
                    return t;
                }
                """);

            // C-style: a temporary declared at the top of the method, assigned before every use in the cell. Safe to copy
            // per chunk, but the contract (section 5) rejects writes to variables declared outside the nest that are not
            // results or reductions: LG0101, whose message says to declare it inside the loop body.
            yield return new CatalogEntry("Rt23TempDeclaredAtTop", """
                [Parallelize]
                public static double[,] MatMul(double[,] a, double[,] b)
                {
                    int n = a.GetLength(0), p = a.GetLength(1), m = b.GetLength(1);
                    double sum;
                    var c = new double[n, m];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < m; j++)
                        {
                            {|LG0101:sum = 0|};
                            for (int k = 0; k < p; k++)
                                sum += a[i, k] * b[k, j];
                            c[i, j] = sum;
                        }
                    return c;
                }
                """) { Large = 60 };

            // A search that returns from inside the nest.
            yield return new CatalogEntry("Rt23HasPairReturnInside", """
                [Parallelize]
                public static bool HasPairWithSum(int[] values, int target)
                {
                    for (int i = 0; i < values.Length; i++)
                        for (int j = i + 1; j < values.Length; j++)
                            if (values[i] + values[j] == target)
                                {|LG0103:return true;|}
                    return false;
                }
                """);

            // In-place update of a List<List<int>> table through its indexers.
            yield return new CatalogEntry("Rt23ListTableInPlaceAbs", """
                [Parallelize]
                public static void AbsAll(List<List<int>> table)
                {
                    for (int i = 0; i < table.Count; i++)
                        for (int j = 0; j < table[i].Count; j++)
                            {|LG0102:table[i][j] = Math.Abs(table[i][j])|};
                }
                """)
            {
                Inputs = (rng, size) => new object?[] { Rt23IntListRows(rng, size, size) },
            };

            // Rows of a List<double[]> scaled in place; the list holds the same array twice (first and last).
            yield return new CatalogEntry("Rt23ListOfArraysRowsWritten", """
                [Parallelize]
                public static void Scale(List<double[]> rows)
                {
                    for (int i = 0; i < rows.Count; i++)
                    {
                        var row = rows[i];
                        for (int j = 0; j < row.Length; j++)
                            {|LG0102:row[j]|} = (row[j] * 3) + i;
                    }
                }
                """)
            {
                Inputs = (rng, size) =>
                {
                    var list = Rt23ListRows(rng, size, size).Select(r => r.ToArray()).ToList();
                    if (list.Count > 2) list[list.Count - 1] = list[0];
                    return new object?[] { list };
                },
            };

            // Each row made with Array.Fill (infinity) before the inner loop relaxes it.
            yield return new CatalogEntry("Rt23ArrayFillOwnRow", """
                [Parallelize]
                public static double[][] Bounds(double[][] w)
                {
                    int n = w.Length;
                    var best = new double[n][];
                    for (int i = 0; i < n; i++)
                    {
                        best[i] = new double[n];
                        Array.Fill(best[i], double.PositiveInfinity);
                        for (int j = 0; j < n; j++)
                            best[i][j] = Math.Min(best[i][j], w[i][j] + w[j][i]);
                    }
                    return best;
                }
                """) { Report = "row" };

            // A cache keyed by a tuple, built before the nest, read in the cell.
            yield return new CatalogEntry("Rt23TupleKeyDictionaryLookup", """
                [Parallelize]
                public static double[,] Costs(int n)
                {
                    var cost = Enumerable.Range(0, 25).ToDictionary(k => (k / 5, k % 5), k => ((k / 5) * 1.5) + (k % 5));
                    var result = new double[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            result[i, j] = cost[(i % 5, j % 5)];
                    return result;
                }
                """) { Report = "flattened" };

            // An extension method of the compilation in the cell.
            yield return new CatalogEntry("Rt23ExtensionMethodInCell", """
                public static int Squared(this int x) => x * x;

                [Parallelize]
                public static int[,] Squares(int[] a, int[] b)
                {
                    var r = new int[a.Length, b.Length];
                    for (int i = 0; i < a.Length; i++)
                        for (int j = 0; j < b.Length; j++)
                            r[i, j] = (a[i] - b[j]).Squared();
                    return r;
                }
                """) { Report = "flattened" };

            // Brightness of a byte image with clamping.
            yield return new CatalogEntry("Rt23ByteImageBrightness", """
                [Parallelize]
                public static byte[,] Brighten(byte[,] src, double gain)
                {
                    int h = src.GetLength(0), w = src.GetLength(1);
                    var dst = new byte[h, w];
                    for (int y = 0; y < h; y++)
                        for (int x = 0; x < w; x++)
                            dst[y, x] = (byte)Math.Clamp((int)(src[y, x] * gain), 0, 255);
                    return dst;
                }
                """)
            {
                Report = "flattened",
                Inputs = (rng, size) =>
                {
                    var img = new byte[size, size];
                    for (int y = 0; y < size; y++)
                        for (int x = 0; x < size; x++)
                            img[y, x] = (byte)rng.Next(256);
                    return new object?[] { img, 1.3 };
                },
            };

            // Sales per region and month: LINQ Where/Sum over records with a lambda capturing both counters.
            yield return new CatalogEntry("Rt23SalesPivotWhereSum", """
                public sealed record Sale(int Region, int Month, double Amount);

                [Parallelize]
                public static double[,] Pivot(int[] regions, int[] amounts, int months)
                {
                    var sales = regions.Select((r, k) => new Sale(Math.Abs(r) % 4, k % 12, amounts[k % amounts.Length])).ToList();
                    var table = new double[4, months];
                    for (int region = 0; region < 4; region++)
                        for (int month = 0; month < months; month++)
                            table[region, month] = sales.Where(s => s.Region == region && s.Month == month).Sum(s => s.Amount);
                    return table;
                }
                """)
            {
                Report = "flattened",
                Inputs = (rng, size) => new object?[] { Inputs.Make(typeof(int[]), rng, size), Inputs.Make(typeof(int[]), rng, Math.Max(size, 1)), 12 },
            };

            // Cells of an enum grid (made from ints) scored through a switch expression.
            yield return new CatalogEntry("Rt23EnumGridSwitch", """
                public enum Tile { Floor, Wall, Water, Lava }

                [Parallelize]
                public static int[] RowCosts(int[][] raw)
                {
                    var tiles = raw.Select(r => r.Select(v => (Tile)(Math.Abs(v) % 4)).ToArray()).ToArray();
                    var costs = new int[tiles.Length];
                    for (int i = 0; i < tiles.Length; i++)
                        foreach (Tile t in tiles[i])
                            costs[i] += t switch
                            {
                                Tile.Floor => 1,
                                Tile.Water => 3,
                                Tile.Lava => 10,
                                _ => 0,
                            };
                    return costs;
                }
                """) { Report = "row" };

            // Math.DivRem deconstructed in the cell, two reductions.
            yield return new CatalogEntry("Rt23DivRemDeconstructed", """
                [Parallelize]
                public static (long Quotients, long Remainders) Split(int[][] data)
                {
                    long quotients = 0, remainders = 0;
                    for (int i = 0; i < data.Length; i++)
                        for (int j = 0; j < data[i].Length; j++)
                        {
                            var (q, r) = Math.DivRem(data[i][j], 7);
                            quotients += q;
                            remainders += r;
                        }
                    return (quotients, remainders);
                }
                """) { Report = "row" };

            // Rows kept only when not empty, sorted before they are added.
            yield return new CatalogEntry("Rt23NonEmptySortedRows", """
                [Parallelize]
                public static List<List<int>> Positives(int[][] data)
                {
                    var result = new List<List<int>>();
                    foreach (var line in data)
                    {
                        var row = new List<int>();
                        foreach (var v in line)
                            if (v > 0)
                                row.Add(v);
                        if (row.Count == 0)
                            continue;
                        row.Sort();
                        result.Add(row);
                    }
                    return result;
                }
                """) { Report = "row" };

            // A static local function scoring characters, outer foreach over words, inner for over characters.
            yield return new CatalogEntry("Rt23StaticLocalFunctionScrabble", """
                [Parallelize]
                public static int TotalScore(string[] words)
                {
                    static int Score(char c) => c switch
                    {
                        'q' or 'z' => 10,
                        'j' or 'x' => 8,
                        'a' or 'e' or 'i' or 'o' or 'u' => 1,
                        _ => 2,
                    };
                    int total = 0;
                    foreach (string word in words)
                        for (int k = 0; k < word.Length; k++)
                            total += Score(word[k]);
                    return total;
                }
                """) { Report = "row" };

            // Counts of a word in a grid of equal-length text rows, right and down, through a helper.
            yield return new CatalogEntry("Rt23WordSearchGrid", """
                private static bool Matches(string[] grid, int r, int c, int dr, int dc, string word)
                {
                    for (int k = 0; k < word.Length; k++)
                    {
                        int rr = r + (k * dr), cc = c + (k * dc);
                        if (rr >= grid.Length || cc >= grid[rr].Length || grid[rr][cc] != word[k])
                            return false;
                    }
                    return true;
                }

                [Parallelize]
                public static int Count(string[] grid, string word)
                {
                    int found = 0;
                    for (int r = 0; r < grid.Length; r++)
                        for (int c = 0; c < grid[r].Length; c++)
                        {
                            if (Matches(grid, r, c, 0, 1, word)) found++;
                            if (Matches(grid, r, c, 1, 0, word)) found++;
                        }
                    return found;
                }
                """)
            {
                Report = "row",
                Inputs = (rng, size) => new object?[] { Enumerable.Range(0, size).Select(_ => new string(Enumerable.Range(0, size).Select(_ => "ab"[rng.Next(2)]).ToArray())).ToArray(), "aba" },
            };

            // A batch of matrices as a three-level jagged array, sums per matrix.
            yield return new CatalogEntry("Rt23BatchOfMatricesTrace", """
                [Parallelize]
                public static double[] Traces(double[][][] batch)
                {
                    var traces = new double[batch.Length];
                    for (int b = 0; b < batch.Length; b++)
                    {
                        double t = 0;
                        for (int i = 0; i < batch[b].Length; i++)
                            for (int j = 0; j < batch[b][i].Length; j++)
                                if (i == j)
                                    t += batch[b][i][j];
                        traces[b] = t;
                    }
                    return traces;
                }
                """) { Report = "row", Large = 30 };

            // A flat image written with the dimensions swapped by mistake: 'i * h + j' with j < w (w > h): rows overlap.
            // Accepted since stop 21 with a run-time check that w <= h (a padded stride), which sends these inputs to
            // the original loop; LG0003 says so.
            yield return new CatalogEntry("Rt23FlatStrideWrongDimension", """
                [Parallelize]
                public static int[] Fill(int h, int w)
                {
                    var flat = new int[(h * w) + w];
                    for (int i = 0; i < h; i++)
                        for (int j = 0; j < w; j++)
                            flat[(i * h) + j] = (i * 1000) + j;
                    return flat;
                }
                """)
            {
                Report = "flattened",
                Inputs = (rng, size) => new object?[] { size, size + 3 },
            };

            // A flat image with a padded stride (stride = width + 1, x < width): rows never overlap.
            yield return new CatalogEntry("Rt23FlatPaddedStride", """
                [Parallelize]
                public static int[] Pad(int[][] img)
                {
                    int height = img.Length, width = height == 0 ? 0 : img[0].Length;
                    int stride = width + 1;
                    var flat = new int[height * stride];
                    for (int y = 0; y < height; y++)
                        for (int x = 0; x < width; x++)
                            flat[(y * stride) + x] = img[y][x];
                    return flat;
                }
                """) { Report = "flattened" };

            // Vowels counted per word: string.Contains(char) on a literal, outer foreach over a List<string>.
            yield return new CatalogEntry("Rt23VowelsPerWordList", """
                [Parallelize]
                public static List<int> Vowels(List<string> words)
                {
                    var counts = new List<int>();
                    foreach (var word in words)
                    {
                        int n = 0;
                        for (int k = 0; k < word.Length; k++)
                            if ("aeiou".Contains(word[k]))
                                n++;
                        counts.Add(n);
                    }
                    return counts;
                }
                """)
            {
                Report = "row",
                Inputs = (rng, size) => new object?[] { ((string[])Inputs.Make(typeof(string[]), rng, size)!).ToList() },
            };

            // ------------------------------------------------------------ batch 3: per-row counters, graphs, failures
            // CSV parsing where some fields are bad: the twin must throw M's first FormatException (the message names the field).
            yield return new CatalogEntry("Rt23ParseCsvFirstBadFieldThrows", """
                [Parallelize]
                public static List<List<int>> Parse(string[] lines)
                {
                    var rows = new List<List<int>>();
                    foreach (string line in lines)
                    {
                        var fields = line.Split(',');
                        var row = new List<int>(fields.Length);
                        for (int j = 0; j < fields.Length; j++)
                            row.Add(int.Parse(fields[j], System.Globalization.CultureInfo.InvariantCulture));
                        rows.Add(row);
                    }
                    return rows;
                }
                """)
            {
                Report = "row",
                Large = 300,
                Inputs = (rng, size) => new object?[]
                {
                    Enumerable.Range(0, size).Select(k => string.Join(",", Enumerable.Range(0, 1 + rng.Next(5)).Select(f => k > size / 3 && rng.Next(40) == 0 ? $"bad{k}x{f}" : rng.Next(-50, 100).ToString(System.Globalization.CultureInfo.InvariantCulture)))).ToArray(),
                },
            };

            // The largest magnitude of float samples with MathF.Max (graphics code uses MathF).
            yield return new CatalogEntry("Rt23MathFMaxReduction", """
                [Parallelize]
                public static float Peak(float[][] samples)
                {
                    float peak = 0f;
                    for (int i = 0; i < samples.Length; i++)
                        for (int j = 0; j < samples[i].Length; j++)
                            peak = MathF.Max(peak, MathF.Abs(samples[i][j]));
                    return peak;
                }
                """)
            {
                Report = "row",
                Inputs = (rng, size) => new object?[] { Enumerable.Range(0, size).Select(_ => Enumerable.Range(0, size).Select(_ => (float)Math.Round((rng.NextDouble() * 20) - 10, 2)).ToArray()).ToArray() },
            };

            // Upper-case letters counted with an inner foreach over the characters of a string.
            yield return new CatalogEntry("Rt23InnerForeachOverString", """
                [Parallelize]
                public static int[] UpperCounts(string[] words)
                {
                    var counts = new int[words.Length];
                    for (int i = 0; i < words.Length; i++)
                        foreach (char ch in words[i])
                            if (ch >= 'a' && ch <= 'm')
                                counts[i]++;
                    return counts;
                }
                """) { Report = "row" };

            // Keyword hits per document: the inner foreach walks a HashSet built before the nest (in a row, in order).
            yield return new CatalogEntry("Rt23InnerForeachOverKeywordSet", """
                [Parallelize]
                public static int[] KeywordHits(string[] documents)
                {
                    var keywords = new HashSet<string> { "a", "ab", "x" };
                    var hits = new int[documents.Length];
                    for (int i = 0; i < documents.Length; i++)
                        foreach (var kw in keywords)
                            if (documents[i].Contains(kw, StringComparison.Ordinal))
                                hits[i]++;
                    return hits;
                }
                """) { Report = "row" };

            // A histogram per row into a jagged table whose rows are made before the nest: row y's increments
            // collide with each other, so the row must stay in one task.
            yield return new CatalogEntry("Rt23JaggedCountsPerRowIncrement", """
                [Parallelize]
                public static int[][] Counts(int[,] img)
                {
                    int h = img.GetLength(0), w = img.GetLength(1);
                    var counts = new int[h][];
                    for (int y = 0; y < h; y++)
                        counts[y] = new int[4];
                    for (int y = 0; y < h; y++)
                        for (int x = 0; x < w; x++)
                            counts[y][img[y, x] & 3]++;
                    return counts;
                }
                """) { Report = "row", Large = 400 };

            // The same through a row alias made in the outer body.
            yield return new CatalogEntry("Rt23RowAliasCountsIncrement", """
                [Parallelize]
                public static int[][] Counts(int[][] img)
                {
                    var counts = new int[img.Length][];
                    for (int y = 0; y < img.Length; y++)
                    {
                        var row = new int[4];
                        counts[y] = row;
                        for (int x = 0; x < img[y].Length; x++)
                            row[img[y][x] & 3] += 2;
                    }
                    return counts;
                }
                """) { Report = "row", Large = 400 };

            // A histogram per column of rows: hist[bin, y], the outer counter in the second dimension.
            yield return new CatalogEntry("Rt23HistogramOuterIndexSecondDim", """
                [Parallelize]
                public static int[,] Hist(int[,] img)
                {
                    int h = img.GetLength(0), w = img.GetLength(1);
                    var hist = new int[4, h];
                    for (int y = 0; y < h; y++)
                        for (int x = 0; x < w; x++)
                            hist[img[y, x] & 3, y]++;
                    return hist;
                }
                """) { Report = "row", Large = 400 };

            // Row sums accumulated straight into the result element (rectangular bounds).
            yield return new CatalogEntry("Rt23RowSumsCompoundIntoOuterIndex", """
                [Parallelize]
                public static long[] RowSums(int[,] m)
                {
                    var sums = new long[m.GetLength(0)];
                    for (int i = 0; i < m.GetLength(0); i++)
                        for (int j = 0; j < m.GetLength(1); j++)
                            sums[i] += m[i, j];
                    return sums;
                }
                """) { Report = "row", Large = 400 };

            // Row and column marginals of a contingency table in one nest.
            yield return new CatalogEntry("Rt23MarginalsRowAndColumn", """
                [Parallelize]
                public static (long[] Rows, long[] Cols) Marginals(int[,] table)
                {
                    int n = table.GetLength(0), m = table.GetLength(1);
                    var rows = new long[n];
                    var cols = new long[m];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < m; j++)
                        {
                            rows[i] += table[i, j];
                            cols[j] += table[i, j];
                        }
                    return (rows, cols);
                }
                """) { Report = "row", Large = 400 };

            // Adjacency lists: each node's own list, made in the outer body.
            yield return new CatalogEntry("Rt23AdjacencyListsOwnRow", """
                [Parallelize]
                public static List<int>[] Neighbours(double[] xs, double radius)
                {
                    var adj = new List<int>[xs.Length];
                    for (int i = 0; i < xs.Length; i++)
                    {
                        adj[i] = new List<int>();
                        for (int j = 0; j < xs.Length; j++)
                            if (i != j && Math.Abs(xs[i] - xs[j]) <= Math.Abs(radius))
                                adj[i].Add(j);
                    }
                    return adj;
                }
                """) { Report = "row" };

            // Undirected adjacency from the upper triangle: each pair adds to both lists, one of them another row's.
            yield return new CatalogEntry("Rt23AdjacencyListsUndirected", """
                [Parallelize]
                public static List<int>[] Edges(double[] xs)
                {
                    var adj = new List<int>[xs.Length];
                    for (int k = 0; k < xs.Length; k++)
                        adj[k] = new List<int>();
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = i + 1; j < xs.Length; j++)
                            if (Math.Abs(xs[i] - xs[j]) < 0.5)
                            {
                                {|LG0105:adj[i].Add(j)|};
                                {|LG0105:adj[j].Add(i)|};
                            }
                    return adj;
                }
                """);

            // All-pairs hop distances: one BFS per source with its own queue and distance row.
            yield return new CatalogEntry("Rt23AllPairsBfs", """
                [Parallelize]
                public static int[][] Hops(int[] next)
                {
                    int n = next.Length;
                    var adj = new List<int>[n];
                    for (int v = 0; v < n; v++)
                        adj[v] = new List<int> { Math.Abs(next[v]) % n, (v + 1) % n };
                    var dist = new int[n][];
                    for (int s = 0; s < n; s++)
                    {
                        var d = new int[n];
                        Array.Fill(d, -1);
                        d[s] = 0;
                        var queue = new Queue<int>();
                        queue.Enqueue(s);
                        while (queue.Count > 0)
                        {
                            int u = queue.Dequeue();
                            foreach (int w in adj[u])
                                if (d[w] < 0)
                                {
                                    d[w] = d[u] + 1;
                                    queue.Enqueue(w);
                                }
                        }
                        dist[s] = d;
                    }
                    return dist;
                }
                """) { Report = "row", Large = 150 };

            // In-degrees of a graph given as adjacency rows: an array reduction keyed by the neighbour.
            yield return new CatalogEntry("Rt23InDegrees", """
                [Parallelize]
                public static int[] InDegrees(int[][] adjacency)
                {
                    int n = adjacency.Length;
                    var indeg = new int[n];
                    for (int u = 0; u < n; u++)
                        foreach (int v in adjacency[u])
                            indeg[Math.Abs(v) % n]++;
                    return indeg;
                }
                """) { Report = "row" };

            // ------------------------------------------------------------ batch 4: BCL helpers, index locals, parameters written, generic math
            // Adjacency lists built in a local and stored after the inner loop (the workaround shape of Rt23AdjacencyListsOwnRow).
            yield return new CatalogEntry("Rt23AdjacencyListsLocalThenStore", """
                [Parallelize]
                public static List<int>[] Neighbours(double[] xs, double radius)
                {
                    var adj = new List<int>[xs.Length];
                    for (int i = 0; i < xs.Length; i++)
                    {
                        var list = new List<int>();
                        for (int j = 0; j < xs.Length; j++)
                            if (i != j && Math.Abs(xs[i] - xs[j]) <= Math.Abs(radius))
                                list.Add(j);
                        adj[i] = list;
                    }
                    return adj;
                }
                """) { Report = "row" };

            // A cancellation token checked once per row.
            yield return new CatalogEntry("Rt23CancellationTokenPerRow", """
                [Parallelize]
                public static double[,] Outer(double[] a, double[] b, System.Threading.CancellationToken ct)
                {
                    var r = new double[a.Length, b.Length];
                    for (int i = 0; i < a.Length; i++)
                    {
                        ct.ThrowIfCancellationRequested();
                        for (int j = 0; j < b.Length; j++)
                            r[i, j] = a[i] * b[j];
                    }
                    return r;
                }
                """)
            {
                Report = "row",
                Inputs = (rng, size) => new object?[] { Inputs.Make(typeof(double[]), rng, size), Inputs.Make(typeof(double[]), rng, size), System.Threading.CancellationToken.None },
            };

            // A .NET 8 throw helper in the cell: its [CallerArgumentExpression] text would describe the twin (LG0109), and it is trusted (LG0004).
            yield return new CatalogEntry("Rt23ThrowIfNegativeInCell", """
                [Parallelize]
                public static long[] {|LG0109:Checked|}(int[][] rows)
                {
                    var sums = new long[rows.Length];
                    for (int i = 0; i < rows.Length; i++)
                        for (int j = 0; j < rows[i].Length; j++)
                        {
                            {|LG0004:ArgumentOutOfRangeException.ThrowIfNegative(rows[i][j] + 20)|};
                            sums[i] += rows[i][j];
                        }
                    return sums;
                }
                """);

            // Hamming distances of bit masks with BitOperations.PopCount.
            yield return new CatalogEntry("Rt23HammingPopCount", """
                [Parallelize]
                public static int[,] Hamming(int[] masks)
                {
                    var d = new int[masks.Length, masks.Length];
                    for (int i = 0; i < masks.Length; i++)
                        for (int j = 0; j < masks.Length; j++)
                            d[i, j] = System.Numerics.BitOperations.PopCount((uint)(masks[i] ^ masks[j]));
                    return d;
                }
                """) { Report = "flattened" };

            // A calendar grid of DateTime arithmetic (AddDays, AddHours, DayOfWeek).
            yield return new CatalogEntry("Rt23CalendarDateTime", """
                [Parallelize]
                public static int[,] Slots(int days, int hours)
                {
                    var start = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);
                    var open = new int[days, hours];
                    for (int d = 0; d < days; d++)
                        for (int h = 0; h < hours; h++)
                        {
                            DateTime slot = start.AddDays(d).AddHours(h % 24);
                            open[d, h] = slot.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday || slot.Hour < 9 ? 0 : slot.Day;
                        }
                    return open;
                }
                """) { Report = "flattened" };

            // Binomials as BigInteger (exact), triangle rows.
            yield return new CatalogEntry("Rt23BigIntegerBinomials", """
                [Parallelize]
                public static string[][] Binomials(int n)
                {
                    var rows = new string[n][];
                    for (int i = 0; i < n; i++)
                    {
                        rows[i] = new string[i + 1];
                        for (int k = 0; k <= i; k++)
                        {
                            System.Numerics.BigInteger c = System.Numerics.BigInteger.One;
                            for (int t = 1; t <= k; t++)
                                c = c * (i - k + t) / t;
                            rows[i][k] = c.ToString();
                        }
                    }
                    return rows;
                }
                """) { Report = "row", Large = 60 };

            // Mandelbrot with System.Numerics.Complex.
            yield return new CatalogEntry("Rt23MandelbrotComplex", """
                [Parallelize]
                public static int[,] Escape(int size)
                {
                    var iters = new int[size, size];
                    for (int py = 0; py < size; py++)
                        for (int px = 0; px < size; px++)
                        {
                            var c = new System.Numerics.Complex((px * 3.0 / Math.Max(size, 1)) - 2, (py * 2.0 / Math.Max(size, 1)) - 1);
                            var z = System.Numerics.Complex.Zero;
                            int n = 0;
                            while (n < 50 && z.Magnitude <= 2)
                            {
                                z = (z * z) + c;
                                n++;
                            }
                            iters[py, px] = n;
                        }
                    return iters;
                }
                """) { Report = "flattened", Large = 120 };

            // Two nests in one method: the largest magnitude, then every value divided by it.
            yield return new CatalogEntry("Rt23TwoNestsMaxThenScale", """
                [Parallelize]
                public static double[,] Normalize(double[,] m)
                {
                    int n = m.GetLength(0), k = m.GetLength(1);
                    double max = 0;
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < k; j++)
                            max = Math.Max(max, Math.Abs(m[i, j]));
                    var r = new double[n, k];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < k; j++)
                            r[i, j] = max == 0 ? 0 : m[i, j] / max;
                    return r;
                }
                """) { Report = "flattened" };

            // Welford's running mean over all cells: the update reads the accumulator itself (not associative).
            yield return new CatalogEntry("Rt23WelfordRunningMean", """
                [Parallelize]
                public static double Mean(double[][] data)
                {
                    double mean = 0;
                    long count = 0;
                    for (int i = 0; i < data.Length; i++)
                        for (int j = 0; j < data[i].Length; j++)
                        {
                            count++;
                            {|LG0101:mean += (data[i][j] - mean) / {|LG0100:count|}|};
                        }
                    return mean;
                }
                """);

            // A flat image written through an offset local of the row ('int offset = y * width;').
            yield return new CatalogEntry("Rt23FlatOffsetLocal", """
                [Parallelize]
                public static int[] Flatten(int[][] img, int width)
                {
                    var flat = new int[img.Length * width];
                    for (int y = 0; y < img.Length; y++)
                    {
                        int offset = y * width;
                        for (int x = 0; x < width; x++)
                            flat[offset + x] = img[y][x] * 2;
                    }
                    return flat;
                }
                """)
            {
                Report = "row",
                Inputs = (rng, size) => new object?[] { Inputs.Make(typeof(int[][]), rng, size), size },
            };

            // The same with the inner bound one past the stride (an off-by-one): row y's last write is row y+1's first element.
            yield return new CatalogEntry("Rt23FlatOffsetLocalOffByOne", """
                [Parallelize]
                public static int[] Flatten(int[][] img, int width)
                {
                    var flat = new int[(img.Length * width) + 1];
                    for (int y = 0; y < img.Length; y++)
                    {
                        int offset = y * width;
                        for (int x = 0; x <= width; x++)
                            {|LG0106:flat[offset + x]|} = (y * 1000) + x;
                    }
                    return flat;
                }
                """)
            {
                Inputs = (rng, size) => new object?[] { Inputs.Make(typeof(int[][]), rng, size), size },
            };

            // A flat index computed into a local in the cell ('int idx = i * cols + j;').
            yield return new CatalogEntry("Rt23FlatIndexLocalInCell", """
                [Parallelize]
                public static double[] Outer(double[] a, double[] b)
                {
                    int rows = a.Length, cols = b.Length;
                    var flat = new double[rows * cols];
                    for (int i = 0; i < rows; i++)
                        for (int j = 0; j < cols; j++)
                        {
                            int idx = (i * cols) + j;
                            flat[idx] = a[i] * b[j];
                        }
                    return flat;
                }
                """) { Report = "flattened" };

            // A blur into a destination parameter: called with dst == src, M works in place (carried); the twin must notice.
            yield return new CatalogEntry("Rt23BlurIntoDestinationParameter", """
                [Parallelize]
                public static void Blur(double[,] src, double[,] dst)
                {
                    int h = Math.Min(src.GetLength(0), dst.GetLength(0)), w = Math.Min(src.GetLength(1), dst.GetLength(1));
                    for (int y = 1; y < h - 1; y++)
                        for (int x = 1; x < w - 1; x++)
                            dst[y, x] = (src[y - 1, x] + src[y + 1, x] + src[y, x - 1] + src[y, x + 1]) / 4;
                }
                """) { Report = "flattened" };

            // A sharpen filter between jagged parameters (aliasing of whole arrays and of rows).
            yield return new CatalogEntry("Rt23SharpenJaggedParameters", """
                [Parallelize]
                public static void Sharpen(double[][] src, double[][] dst)
                {
                    for (int y = 1; y < src.Length - 1; y++)
                        for (int x = 1; x < src[y].Length - 1; x++)
                            dst[y][x] = (5 * src[y][x]) - src[y - 1][x] - src[y + 1][x] - src[y][x - 1] - src[y][x + 1];
                }
                """) { Report = "row" };

            // 2x downsampling with steps of two on both counters: dst[y / 2, x / 2] is one cell per step.
            yield return new CatalogEntry("Rt23DownsampleStepTwo", """
                [Parallelize]
                public static double[,] Downsample(double[,] src)
                {
                    int h = src.GetLength(0), w = src.GetLength(1);
                    var dst = new double[h / 2, w / 2];
                    for (int y = 0; y + 1 < h; y += 2)
                        for (int x = 0; x + 1 < w; x += 2)
                            dst[y / 2, x / 2] = (src[y, x] + src[y + 1, x] + src[y, x + 1] + src[y + 1, x + 1]) / 4;
                    return dst;
                }
                """) { Report = "flattened", Bug = "rejected: LG0108 at 'for (int y = 0; y + 1 < h; y += 2)' ('the condition must compare y with a bound'): 'y + 1 < h' is 'y < h - 1'; dst[y / 2, x / 2] is one distinct cell per step" };

            // Generic math: a sum over T : INumber<T> (run with int).
            yield return new CatalogEntry("Rt23GenericMathSum", """
                [Parallelize]
                public static T Total<T>(T[][] rows) where T : System.Numerics.INumber<T>
                {
                    T total = T.Zero;
                    for (int i = 0; i < rows.Length; i++)
                        for (int j = 0; j < rows[i].Length; j++)
                            {|LG0101:total += rows[i][j]|};
                    return total;
                }
                """)
            {
                TypeArguments = new[] { typeof(int) },
                Inputs = (rng, size) => new object?[] { Inputs.Make(typeof(int[][]), rng, size) },
            };

            // Each row sorted in place by insertion sort with tuple swaps (carried along the row only).
            yield return new CatalogEntry("Rt23InsertionSortEachRow", """
                [Parallelize]
                public static void SortRows(int[][] rows)
                {
                    for (int r = 0; r < rows.Length; r++)
                    {
                        int[] row = rows[r];
                        for (int i = 1; i < row.Length; i++)
                            for (int j = i; j > 0 && row[j - 1] > row[j]; j--)
                                (row[j - 1], row[j]) = (row[j], row[j - 1]);
                    }
                }
                """) { Report = "row", Large = 80 };

            // Each row bubble-sorted through a Swap(ref, ref) helper.
            yield return new CatalogEntry("Rt23BubbleSortRowsSwapRef", """
                private static void Swap(ref int a, ref int b) { int t = a; a = b; b = t; }

                [Parallelize]
                public static void SortRows(int[][] rows)
                {
                    for (int r = 0; r < rows.Length; r++)
                        for (int i = 0; i < rows[r].Length; i++)
                            for (int j = 0; j + 1 < rows[r].Length - i; j++)
                                if (rows[r][j] > rows[r][j + 1])
                                    Swap(ref rows[r][j], ref rows[r][j + 1]);
                }
                """) { Report = "row", Large = 80 };

            // Results emitted through a local function that appends to the result list.
            yield return new CatalogEntry("Rt23EmitThroughLocalFunction", """
                [Parallelize]
                public static List<string> Pairs(int[] a, int[] b)
                {
                    var output = new List<string>();
                    void Emit(int x, int y) => output.Add($"{x}:{y}");
                    for (int i = 0; i < a.Length; i++)
                        for (int j = 0; j < b.Length; j++)
                            if (a[i] == b[j])
                                {|LG0102:Emit(i, j)|};
                    return output;
                }
                """);

            // ------------------------------------------------------------ batch 5: orders, steps, optional parameters, placeholders
            // Debug.Assert in the cell ([Conditional("DEBUG")], compiled away without DEBUG).
            yield return new CatalogEntry("Rt23DebugAssertInCell", """
                [Parallelize]
                public static long[] RowSums(int[][] rows)
                {
                    var sums = new long[rows.Length];
                    for (int i = 0; i < rows.Length; i++)
                        for (int j = 0; j < rows[i].Length; j++)
                        {
                            System.Diagnostics.Debug.Assert(rows[i][j] > -1000, "corrupt input");
                            sums[i] += rows[i][j];
                        }
                    return sums;
                }
                """) { Report = "row" };

            // 2x downsampling with the pair bound written 'y < h - 1'.
            yield return new CatalogEntry("Rt23DownsampleStepTwoMinusOne", """
                [Parallelize]
                public static double[,] Downsample(double[,] src)
                {
                    int h = src.GetLength(0), w = src.GetLength(1);
                    var dst = new double[h / 2, w / 2];
                    for (int y = 0; y < h - 1; y += 2)
                        for (int x = 0; x < w - 1; x += 2)
                            dst[y / 2, x / 2] = (src[y, x] + src[y + 1, x] + src[y, x + 1] + src[y + 1, x + 1]) / 4;
                    return dst;
                }
                """) { Report = "flattened" };

            // Rows listed in reverse order (descending outer counter), each built in the outer body.
            yield return new CatalogEntry("Rt23ReverseOrderRows", """
                [Parallelize]
                public static List<List<int>> Reversed(int[][] grid)
                {
                    var result = new List<List<int>>();
                    for (int i = grid.Length - 1; i >= 0; i--)
                    {
                        var row = new List<int>();
                        for (int j = grid[i].Length - 1; j >= 0; j -= 2)
                            row.Add(grid[i][j] * i);
                        result.Add(row);
                    }
                    return result;
                }
                """) { Report = "row" };

            // Every third row and every second column into a flat list.
            yield return new CatalogEntry("Rt23SteppedFlatList", """
                [Parallelize]
                public static List<int> Sample(int[,] m)
                {
                    var picked = new List<int>();
                    for (int i = 0; i < m.GetLength(0); i += 3)
                        for (int j = 1; j < m.GetLength(1); j += 2)
                            if (m[i, j] % 2 == 0)
                                picked.Add((i * 10000) + j);
                    return picked;
                }
                """) { Report = "flattened" };

            // A total that starts from a parameter (not the identity).
            yield return new CatalogEntry("Rt23TotalStartsFromParameter", """
                [Parallelize]
                public static long Total(int[][] rows, int carryIn)
                {
                    long total = carryIn;
                    int nonZero = carryIn;
                    for (int i = 0; i < rows.Length; i++)
                        for (int j = 0; j < rows[i].Length; j++)
                        {
                            total += rows[i][j];
                            if (rows[i][j] != 0)
                                nonZero++;
                        }
                    return (total * 1000) + nonZero;
                }
                """) { Report = "row" };

            // Parse errors counted with try/catch in the cell.
            yield return new CatalogEntry("Rt23TryCatchParseCount", """
                [Parallelize]
                public static (long Sum, int Errors) SumFields(string[] lines)
                {
                    long sum = 0;
                    int errors = 0;
                    foreach (var line in lines)
                    {
                        var fields = line.Split(',');
                        for (int j = 0; j < fields.Length; j++)
                        {
                            try
                            {
                                sum += int.Parse(fields[j], System.Globalization.CultureInfo.InvariantCulture);
                            }
                            catch (FormatException)
                            {
                                errors++;
                            }
                        }
                    }
                    return (sum, errors);
                }
                """)
            {
                Report = "row",
                Large = 300,
                Inputs = (rng, size) => new object?[] { Rt23CsvLines(rng, size).Select(l => l.Replace(" ", "x")).ToArray() },
            };

            // Rows that do not qualify share one placeholder row, which the inner loop then writes: a race on the placeholder.
            yield return new CatalogEntry("Rt23SharedPlaceholderRowWritten", """
                [Parallelize]
                public static int[][] Marks(int[][] src)
                {
                    var placeholder = new int[src.Length == 0 ? 0 : src[0].Length];
                    var result = new int[src.Length][];
                    for (int i = 0; i < src.Length; i++)
                    {
                        {|LG0106:result[i] = i % 3 == 0 ? new int[placeholder.Length] : placeholder|};
                        for (int j = 0; j < result[i].Length; j++)
                            result[i][j] = src[i][j] + i;
                    }
                    return result;
                }
                """);

            // An optional parameter with a default and a params array (the twin must keep both to be called the same way).
            yield return new CatalogEntry("Rt23OptionalAndParamsParameters", """
                [Parallelize]
                public static double[,] Weighted(double[] xs, int radius = 1, params double[] weights)
                {
                    var r = new double[xs.Length, xs.Length];
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < xs.Length; j++)
                            r[i, j] = Math.Abs(i - j) <= radius ? xs[i] * xs[j] * (weights.Length == 0 ? 1 : weights[0]) : 0;
                    return r;
                }

                public static double[,] CallsTheTwinLikeM(double[] xs) => WeightedParallel(xs);
                """)
            {
                Report = "flattened",
                Inputs = (rng, size) => new object?[] { Inputs.Make(typeof(double[]), rng, size), 2, new[] { 0.5 } },
            };

            // An extension method marked [Parallelize].
            yield return new CatalogEntry("Rt23ExtensionMethodParallelized", """
                [Parallelize]
                public static int[] PositiveCounts(this int[][] rows)
                {
                    var counts = new int[rows.Length];
                    for (int i = 0; i < rows.Length; i++)
                        for (int j = 0; j < rows[i].Length; j++)
                            if (rows[i][j] > 0)
                                counts[i]++;
                    return counts;
                }

                public static int[] CallsTheTwinAsExtension(int[][] rows) => rows.PositiveCountsParallel();
                """) { Report = "row" };

            // Inversions counted through IComparable<T> of a type parameter (run with int): trusted (LG0004).
            yield return new CatalogEntry("Rt23GenericInversionsIComparable", """
                [Parallelize]
                public static int Inversions<T>(T[] items) where T : IComparable<T>
                {
                    int count = 0;
                    for (int i = 0; i < items.Length; i++)
                        for (int j = i + 1; j < items.Length; j++)
                            if ({|LG0004:items[i].CompareTo(items[j])|} > 0)
                                count++;
                    return count;
                }
                """)
            {
                Report = "row",
                TypeArguments = new[] { typeof(int) },
                Inputs = (rng, size) => new object?[] { Inputs.Make(typeof(int[]), rng, size) },
            };

            // Deferred queries capturing the outer counter stored in the result: enumerated later, they see the counter's last value in M.
            yield return new CatalogEntry("Rt23DeferredQueriesCaptureCounter", """
                [Parallelize]
                public static List<IEnumerable<int>> Above(int[][] rows)
                {
                    var result = new List<IEnumerable<int>>();
                    for (int i = 0; i < rows.Length; i++)
                        for (int j = 0; j < rows[i].Length; j += rows[i].Length)
                            result.Add(rows[i].Where({|LG0100:v => v > i|}));
                    return result;
                }
                """);

            // ------------------------------------------------------------ batch 6: helpers on the iteration's own objects, user bugs
            // A Random made inline per cell from the counters (no HashCode).
            yield return new CatalogEntry("Rt23NoiseInlineRandomPerCell", """
                [Parallelize]
                public static double[,] Noise(int size)
                {
                    var n = new double[size, size];
                    for (int y = 0; y < size; y++)
                        for (int x = 0; x < size; x++)
                            n[y, x] = new Random((y * 7919) + x).NextDouble();
                    return n;
                }
                """) { Report = "flattened", Large = 100 };

            // A user bug: every row of the result is the same array (Enumerable.Repeat of one array). M leaves the last
            // row's values in all of them; the twin must not race on the shared row.
            yield return new CatalogEntry("Rt23EnumerableRepeatSharedRows", """
                [Parallelize]
                public static int[][] Table(int n)
                {
                    int[][] table = Enumerable.Repeat(new int[n], n).ToArray();
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            table[i][j] = (i * 1000) + j;
                    return table;
                }
                """) { Report = "flattened" };

            // Different exceptions in different cells (a division by zero, an index past a lookup table): M's first must surface.
            yield return new CatalogEntry("Rt23MixedExceptionsFirstWins", """
                [Parallelize]
                public static int[,] Ratios(int[] a, int[] b)
                {
                    var lookup = Enumerable.Range(0, 52).ToArray();
                    var r = new int[a.Length, b.Length];
                    for (int i = 0; i < a.Length; i++)
                        for (int j = 0; j < b.Length; j++)
                            r[i, j] = (100 / b[j]) + lookup[a[i] + 20];
                    return r;
                }
                """)
            {
                Report = "flattened",
                Inputs = (rng, size) => new object?[]
                {
                    Enumerable.Range(0, size).Select(k => k < size / 2 ? rng.Next(-20, 30) : rng.Next(-20, 40)).ToArray(),
                    Enumerable.Range(0, size).Select(k => k == size - 1 ? 0 : rng.Next(1, 40)).ToArray(),
                },
            };

            // Each row of a parameter scaled by its own maximum, found by LINQ on the row first.
            yield return new CatalogEntry("Rt23RowScaledByLinqMax", """
                [Parallelize]
                public static void ScaleRows(double[][] rows)
                {
                    for (int i = 0; i < rows.Length; i++)
                    {
                        double max = rows[i].Length == 0 ? 0 : rows[i].Max(v => Math.Abs(v));
                        if (max == 0)
                            continue;
                        for (int j = 0; j < rows[i].Length; j++)
                            rows[i][j] /= max;
                    }
                }
                """) { Report = "row" };

            // Every row of a parameter sorted (Array.Sort on the iteration's row), then ranked.
            yield return new CatalogEntry("Rt23SortEachRowThenRank", """
                [Parallelize]
                public static int[] SortAndCountBelowZero(int[][] rows)
                {
                    var below = new int[rows.Length];
                    for (int i = 0; i < rows.Length; i++)
                    {
                        Array.Sort(rows[i]);
                        for (int j = 0; j < rows[i].Length && rows[i][j] < 0; j++)
                            below[i]++;
                    }
                    return below;
                }
                """) { Report = "row" };

            // A row built in the iteration and normalised by a helper of the compilation that writes its array parameter.
            yield return new CatalogEntry("Rt23HelperNormalizesOwnRow", """
                private static void NormalizeInPlace(double[] v)
                {
                    double norm = Math.Sqrt(v.Sum(x => x * x));
                    if (norm == 0) return;
                    for (int k = 0; k < v.Length; k++)
                        v[k] /= norm;
                }

                [Parallelize]
                public static double[][] Embed(double[] xs, int dims)
                {
                    var result = new double[xs.Length][];
                    for (int i = 0; i < xs.Length; i++)
                    {
                        var row = new double[dims];
                        for (int d = 0; d < dims; d++)
                            row[d] = Math.Sin(xs[i] * (d + 1));
                        NormalizeInPlace(row);
                        result[i] = row;
                    }
                    return result;
                }
                """) { Report = "row", Large = 120, Bug = "rejected: LG0102 at 'NormalizeInPlace(row)' ('writes shared state an element of v'): the helper writes only its array parameter, given the array the iteration made two lines before" };

            // A StringBuilder of the row handed to a helper of the compilation that appends to it.
            yield return new CatalogEntry("Rt23HelperAppendsToOwnBuilder", """
                private static void AppendCell(StringBuilder sb, int v)
                {
                    if (sb.Length > 0) sb.Append(',');
                    sb.Append(v < 0 ? "neg" : v.ToString(System.Globalization.CultureInfo.InvariantCulture));
                }

                [Parallelize]
                public static string[] Render(int[][] grid)
                {
                    var lines = new string[grid.Length];
                    for (int i = 0; i < grid.Length; i++)
                    {
                        var sb = new StringBuilder();
                        for (int j = 0; j < grid[i].Length; j++)
                            AppendCell(sb, grid[i][j]);
                        lines[i] = sb.ToString();
                    }
                    return lines;
                }
                """) { Report = "row", Bug = "rejected: LG0102 at 'AppendCell(sb, grid[i][j])' ('a shared StringBuilder through Append'): the helper appends only to its parameter, given the StringBuilder the iteration made (sb.Append inline is accepted, Rt23RowLinesStringBuilder)" };

            // ------------------------------------------------------------ batch 7: shallow copies of jagged arrays
            // A heat step on a jagged grid "copied" with Clone(): the clone is shallow, next's rows ARE t's rows, so M
            // updates in place and reads rows already updated (a value carried between rows).
            yield return new CatalogEntry("Rt23JaggedHeatStepShallowClone", """
                [Parallelize]
                public static double[][] HeatStep(double[][] t)
                {
                    var next = (double[][])t.Clone();
                    for (int i = 1; i < t.Length - 1; i++)
                        for (int j = 1; j < t[i].Length - 1; j++)
                            next[i][j] = (t[i - 1][j] + t[i + 1][j] + t[i][j - 1] + t[i][j + 1]) / 4;
                    return next;
                }
                """) { Report = "row" };

            // The same with a shallow copy by LINQ (ToArray of the rows).
            yield return new CatalogEntry("Rt23JaggedBlurShallowToArray", """
                [Parallelize]
                public static double[][] Blur(double[][] src)
                {
                    double[][] dst = src.ToArray();
                    for (int y = 1; y < src.Length - 1; y++)
                        for (int x = 0; x < src[y].Length; x++)
                            dst[y][x] = (src[y - 1][x] + src[y][x] + src[y + 1][x]) / 3;
                    return dst;
                }
                """) { Report = "row" };

            // A sharpen filter whose destination parameter is a shallow clone of the source (the caller's 'copy').
            yield return new CatalogEntry("Rt23SharpenIntoShallowCloneArgument", """
                [Parallelize]
                public static void Sharpen(double[][] src, double[][] dst)
                {
                    for (int y = 1; y < src.Length - 1; y++)
                        for (int x = 1; x < src[y].Length - 1; x++)
                            dst[y][x] = (5 * src[y][x]) - src[y - 1][x] - src[y + 1][x] - src[y][x - 1] - src[y][x + 1];
                }
                """)
            {
                Report = "row",
                Inputs = (rng, size) =>
                {
                    var src = (double[][])Inputs.Make(typeof(double[][]), rng, size)!;
                    return new object?[] { src, (double[][])src.Clone() };
                },
            };

            // ------------------------------------------------------------ batch 8: flags, reductions at two levels, loop headers
            // The "any" flag written the usual way: 'if (cond) found = true;' (the same value from every writer).
            yield return new CatalogEntry("Rt23FoundFlagSetTrue", """
                [Parallelize]
                public static bool HasDuplicateNeighbour(int[][] rows)
                {
                    bool found = false;
                    for (int i = 0; i < rows.Length; i++)
                        for (int j = 1; j < rows[i].Length; j++)
                            if (rows[i][j] == rows[i][j - 1])
                                found = true;
                    return found;
                }
                """) { Report = "row" };

            // A total fed at both levels: a bonus per row in the outer body, the cells in the inner loop.
            yield return new CatalogEntry("Rt23ReductionAtBothLevels", """
                [Parallelize]
                public static long Score(int[][] rows, int[] bonus)
                {
                    long total = 0;
                    for (int i = 0; i < rows.Length; i++)
                    {
                        total += bonus[i % Math.Max(bonus.Length, 1)];
                        for (int j = 0; j < rows[i].Length; j++)
                            total += rows[i][j] * (j + 1);
                    }
                    return total;
                }
                """) { Report = "row" };

            // Prefix increments in both headers ('++i').
            yield return new CatalogEntry("Rt23PrefixIncrementHeaders", """
                [Parallelize]
                public static int[,] Products(int[] a, int[] b)
                {
                    var p = new int[a.Length, b.Length];
                    for (int i = 0; i < a.Length; ++i)
                        for (int j = 0; j < b.Length; ++j)
                            p[i, j] = a[i] * b[j];
                    return p;
                }
                """) { Report = "flattened" };

            // The inner foreach walks a LINQ query of the row (Where), sequential inside the row.
            yield return new CatalogEntry("Rt23InnerForeachOverWhere", """
                [Parallelize]
                public static double[] PositiveMeans(double[][] rows)
                {
                    var means = new double[rows.Length];
                    for (int i = 0; i < rows.Length; i++)
                    {
                        double sum = 0;
                        int n = 0;
                        foreach (var v in rows[i].Where(x => x > 0))
                        {
                            sum += v;
                            n++;
                        }
                        means[i] = n == 0 ? 0 : sum / n;
                    }
                    return means;
                }
                """) { Report = "row" };

            // The inner foreach walks a Dictionary of weights built before the nest (same order in M and the twin).
            yield return new CatalogEntry("Rt23InnerForeachOverDictionary", """
                [Parallelize]
                public static double[] Scores(double[][] features)
                {
                    var weights = new Dictionary<int, double> { [0] = 0.5, [2] = -1.25, [3] = 2.0 };
                    var scores = new double[features.Length];
                    for (int i = 0; i < features.Length; i++)
                    {
                        double s = 0;
                        foreach (var kv in weights)
                            if (kv.Key < features[i].Length)
                                s += features[i][kv.Key] * kv.Value;
                        scores[i] = s;
                    }
                    return scores;
                }
                """) { Report = "row" };

            // Tokens of each line through an inner foreach over Split's array.
            yield return new CatalogEntry("Rt23InnerForeachOverSplit", """
                [Parallelize]
                public static int[] LongTokens(string[] lines)
                {
                    var counts = new int[lines.Length];
                    for (int i = 0; i < lines.Length; i++)
                        foreach (var token in lines[i].Split(',', StringSplitOptions.TrimEntries))
                            if (token.Length >= 2)
                                counts[i]++;
                    return counts;
                }
                """)
            {
                Report = "row",
                Inputs = (rng, size) => new object?[] { Rt23CsvLines(rng, size) },
            };

            // A C++-style '!=' loop condition with a step of 1: read as '<' (checked at run time).
            yield return new CatalogEntry("Rt23NotEqualCondition", """
                [Parallelize]
                public static int[,] Products(int[] a, int[] b)
                {
                    var p = new int[a.Length, b.Length];
                    for (int i = 0; i != a.Length; i++)
                        for (int j = 0; j != b.Length; j++)
                            p[i, j] = a[i] * b[j];
                    return p;
                }
                """) { Report = "flattened" };

            // The last matching position (no break): every match overwrites two outer locals.
            yield return new CatalogEntry("Rt23LastMatchPosition", """
                [Parallelize]
                public static (int Row, int Col) LastNegative(int[,] grid)
                {
                    int row = -1, col = -1;
                    for (int i = 0; i < grid.GetLength(0); i++)
                        for (int j = 0; j < grid.GetLength(1); j++)
                            if (grid[i, j] < 0)
                            {
                                {|LG0101:row = i|};
                                {|LG0101:col = j|};
                            }
                    return (row, col);
                }
                """);

            // The first negative position as one Math.Min over a linear index.
            yield return new CatalogEntry("Rt23FirstNegativeMinIndex", """
                [Parallelize]
                public static long FirstNegative(int[][] rows)
                {
                    long first = long.MaxValue;
                    for (int i = 0; i < rows.Length; i++)
                        for (int j = 0; j < rows[i].Length; j++)
                            if (rows[i][j] < 0)
                                first = Math.Min(first, ((long)i * 1_000_000) + j);
                    return first;
                }
                """) { Report = "row" };

            // ------------------------------------------------------------ batch 9: keys of the compilation, string APIs, wrappers
            // Rows read from a List<double[]> and written to a jagged parameter; the caller's list holds the same row arrays.
            yield return new CatalogEntry("Rt23ListRowsAliasedIntoJagged", """
                [Parallelize]
                public static void Smooth(List<double[]> src, double[][] dst)
                {
                    for (int y = 1; y < dst.Length - 1; y++)
                        for (int x = 0; x < dst[y].Length; x++)
                            dst[y][x] = ({|LG0106:src[y - 1][x]|} + {|LG0106:src[y][x]|} + {|LG0106:src[y + 1][x]|}) / 3;
                }
                """)
            {
                Inputs = (rng, size) =>
                {
                    var dst = (double[][])Inputs.Make(typeof(double[][]), rng, size)!;
                    return new object?[] { dst.ToList(), dst };
                },
            };

            // A lookup table keyed by a record struct of the compilation (compiler-made Equals and GetHashCode).
            yield return new CatalogEntry("Rt23RecordStructKeyLookup", """
                public readonly record struct Cell(int X, int Y);

                [Parallelize]
                public static double[,] Terrain(int size)
                {
                    var cost = new Dictionary<Cell, double>();
                    for (int k = 0; k < 16; k++)
                        cost[new Cell(k % 4, k / 4)] = 1 + (k * 0.5);
                    var map = new double[size, size];
                    for (int y = 0; y < size; y++)
                        for (int x = 0; x < size; x++)
                            map[y, x] = cost.TryGetValue(new Cell(x % 4, y % 4), out double c) ? c : 0;
                    return map;
                }
                """) { Report = "flattened" };

            // Fuzzy matching of names with ordinal, case-insensitive string APIs.
            yield return new CatalogEntry("Rt23StringApisFuzzyMatch", """
                [Parallelize]
                public static bool[,] Matches(string[] names, string[] queries)
                {
                    var hit = new bool[names.Length, queries.Length];
                    for (int i = 0; i < names.Length; i++)
                        for (int j = 0; j < queries.Length; j++)
                        {
                            string n = names[i].Trim(), q = queries[j].Trim();
                            hit[i, j] = n.Equals(q, StringComparison.OrdinalIgnoreCase)
                                || (q.Length > 0 && n.StartsWith(q, StringComparison.OrdinalIgnoreCase))
                                || n.ToUpperInvariant().Contains(q.ToUpperInvariant(), StringComparison.Ordinal);
                        }
                    return hit;
                }
                """) { Report = "flattened" };

            // A small Matrix class of the compilation: the result is written through its indexer.
            yield return new CatalogEntry("Rt23MatrixClassIndexerResult", """
                public sealed class Matrix
                {
                    private readonly double[] data;
                    public Matrix(int rows, int cols) { this.Rows = rows; this.Cols = cols; this.data = new double[rows * cols]; }
                    public int Rows { get; }
                    public int Cols { get; }
                    public double this[int r, int c]
                    {
                        get => this.data[(r * this.Cols) + c];
                        set => this.data[(r * this.Cols) + c] = value;
                    }
                    public double[] ToArray() => (double[])this.data.Clone();
                }

                [Parallelize]
                public static double[] Outer(double[] a, double[] b)
                {
                    var m = new Matrix(a.Length, b.Length);
                    for (int i = 0; i < m.Rows; i++)
                        for (int j = 0; j < m.Cols; j++)
                            {|LG0102:m[i, j] = a[i] * b[j]|};
                    return m.ToArray();
                }
                """);

            // ------------------------------------------------------------ batch 10: tuple updates, top-k, while inside
            // Global min and max updated together by a tuple assignment.
            yield return new CatalogEntry("Rt23MinMaxTupleAssignmentGlobal", """
                [Parallelize]
                public static (int Min, int Max) Range(int[][] rows)
                {
                    var (min, max) = (int.MaxValue, int.MinValue);
                    for (int i = 0; i < rows.Length; i++)
                        for (int j = 0; j < rows[i].Length; j++)
                            (min, max) = (Math.Min(min, rows[i][j]), Math.Max(max, rows[i][j]));
                    return (min, max);
                }
                """) { Report = "row" };

            // Per-row min and max updated by a tuple assignment (carried along the row only).
            yield return new CatalogEntry("Rt23MinMaxTupleAssignmentPerRow", """
                [Parallelize]
                public static (int Min, int Max)[] Ranges(int[][] rows)
                {
                    var result = new (int Min, int Max)[rows.Length];
                    for (int i = 0; i < rows.Length; i++)
                    {
                        var (min, max) = (int.MaxValue, int.MinValue);
                        foreach (var v in rows[i])
                            (min, max) = (Math.Min(min, v), Math.Max(max, v));
                        result[i] = (min, max);
                    }
                    return result;
                }
                """) { Report = "row" };

            // The first three matches of each row into one flat list, with a break (one task per row).
            yield return new CatalogEntry("Rt23TopThreePerRowFlatList", """
                [Parallelize]
                public static List<(int Row, int Col)> FirstThreeNegatives(int[][] rows)
                {
                    var hits = new List<(int Row, int Col)>();
                    for (int i = 0; i < rows.Length; i++)
                    {
                        int found = 0;
                        for (int j = 0; j < rows[i].Length; j++)
                        {
                            if (rows[i][j] >= 0)
                                continue;
                            hits.Add((i, j));
                            if (++found == 3)
                                break;
                        }
                    }
                    return hits;
                }
                """) { Report = "row" };

            // Run-length encoding of each row: a for over rows with while loops inside (a one-level nest of for loops).
            yield return new CatalogEntry("Rt23RunLengthPerRow", """
                [Parallelize]
                public static List<(int Value, int Count)>[] Encode(int[][] rows)
                {
                    var result = new List<(int Value, int Count)>[rows.Length];
                    for (int i = 0; i < rows.Length; i++)
                    {
                        var row = rows[i];
                        var runs = new List<(int Value, int Count)>();
                        int j = 0;
                        while (j < row.Length)
                        {
                            int k = j;
                            while (k < row.Length && row[k] == row[j])
                                k++;
                            runs.Add((row[j], k - j));
                            j = k;
                        }
                        result[i] = runs;
                    }
                    return result;
                }
                """) { Report = "row" };

            // ------------------------------------------------------------ batch 11: rolling DP arrays, unsafe code, List.ForEach
            // Coin change: 'ways[a] += ways[a - coin]' looks like an array reduction but reads the array it updates.
            yield return new CatalogEntry("Rt23CoinChangeRollingArray", """
                [Parallelize]
                public static long Ways(int[] coins, int amount)
                {
                    var ways = new long[amount + 1];
                    ways[0] = 1;
                    foreach (int coin in coins)
                        for (int a = coin; a <= amount; a++)
                            {|LG0106:ways[a]|} += ways[a - coin];
                    return ways[amount];
                }
                """)
            {
                Inputs = (rng, size) => new object?[] { Enumerable.Range(0, Math.Min(size, 12)).Select(_ => rng.Next(1, 12)).ToArray(), size },
            };

            // 0/1 knapsack with one rolling row: dp[w] = Math.Max(dp[w], dp[w - weight] + value), the inner loop running down.
            yield return new CatalogEntry("Rt23KnapsackRollingMax", """
                [Parallelize]
                public static int Best(int[] weights, int[] values, int capacity)
                {
                    var dp = new int[capacity + 1];
                    for (int i = 0; i < weights.Length; i++)
                        for (int w = capacity; w >= weights[i]; w--)
                            {|LG0106:dp[w]|} = Math.Max(dp[w], dp[w - weights[i]] + values[i]);
                    return dp[capacity];
                }
                """)
            {
                Inputs = (rng, size) => new object?[] { Enumerable.Range(0, size).Select(_ => rng.Next(1, 20)).ToArray(), Enumerable.Range(0, size).Select(_ => rng.Next(0, 50)).ToArray(), size },
            };

            // Unsafe image code: a pointer to the row of the iteration, written through the pointer (the twin has no unsafe context).
            yield return new CatalogEntry("Rt23UnsafePointerOwnRow", """
                [Parallelize]
                public static unsafe int[,] {|LG0109:Invert|}(int[,] img)
                {
                    int h = img.GetLength(0), w = img.GetLength(1);
                    var dst = new int[h, w];
                    for (int y = 0; y < h; y++)
                    {
                        fixed (int* p = &dst[y, 0])
                        {
                            for (int x = 0; x < w; x++)
                                p[x] = 255 - img[y, x];
                        }
                    }
                    return dst;
                }
                """);

            // Pointer arithmetic that also writes the next row (an off-by-a-row bug), the nest inside 'fixed': not taken (LG0002).
            yield return new CatalogEntry("Rt23UnsafePointerSpillsIntoNextRow", """
                [Parallelize]
                public static unsafe int[] {|LG0002:Mark|}(int[][] src)
                {
                    int h = src.Length, w = h == 0 ? 0 : src[0].Length;
                    var dst = new int[(h + 1) * w];
                    fixed (int* p = dst)
                    {
                        for (int y = 0; y < h; y++)
                            for (int x = 0; x < w; x++)
                            {
                                p[(y * w) + x] += src[y][x];
                                p[((y + 1) * w) + x] = y;
                            }
                    }
                    return dst;
                }
                """);

            // Results appended by List.ForEach with a lambda, inside the row.
            yield return new CatalogEntry("Rt23ListForEachAppendsResult", """
                [Parallelize]
                public static List<int> Doubled(List<List<int>> rows)
                {
                    var output = new List<int>();
                    for (int i = 0; i < rows.Count; i++)
                        for (int j = 0; j < rows[i].Count; j += Math.Max(rows[i].Count, 1))
                            {|LG0105:rows[i].ForEach(v => {|LG0105:output.Add(v * 2)|})|};
                    return output;
                }
                """)
            {
                Inputs = (rng, size) => new object?[] { Rt23IntListRows(rng, size, size) },
            };

            // ------------------------------------------------------------ batch 12: more domains
            // Palindromic substrings of a string: Substring in the cell, a helper with a while loop.
            yield return new CatalogEntry("Rt23PalindromicSubstrings", """
                private static bool IsPalindrome(string s)
                {
                    int lo = 0, hi = s.Length - 1;
                    while (lo < hi)
                    {
                        if (s[lo++] != s[hi--])
                            return false;
                    }
                    return true;
                }

                [Parallelize]
                public static int CountPalindromes(string text)
                {
                    int count = 0;
                    for (int i = 0; i < text.Length; i++)
                        for (int j = i + 1; j <= text.Length; j++)
                            if (IsPalindrome(text.Substring(i, j - i)))
                                count++;
                    return count;
                }
                """)
            {
                Report = "row",
                Large = 150,
                Inputs = (rng, size) => new object?[] { new string(Enumerable.Range(0, size).Select(_ => "aab"[rng.Next(3)]).ToArray()) },
            };

            // A covariance matrix: column means from a single loop first, then the (a, b) nest with an inner sum.
            yield return new CatalogEntry("Rt23CovarianceMatrix", """
                [Parallelize]
                public static double[,] Covariance(double[][] samples)
                {
                    int n = samples.Length, d = n == 0 ? 0 : samples[0].Length;
                    var mean = new double[d];
                    foreach (var s in samples)
                        for (int k = 0; k < d; k++)
                            mean[k] += s[k] / n;
                    var cov = new double[d, d];
                    for (int a = 0; a < d; a++)
                        for (int b = 0; b < d; b++)
                        {
                            double acc = 0;
                            for (int k = 0; k < n; k++)
                                acc += (samples[k][a] - mean[a]) * (samples[k][b] - mean[b]);
                            cov[a, b] = n > 1 ? acc / (n - 1) : 0;
                        }
                    return cov;
                }
                """) { Report = "flattened", Large = 60, Tolerance = true };

            // A bilinear resize of a 2D image to a new size.
            yield return new CatalogEntry("Rt23BilinearResize", """
                [Parallelize]
                public static double[,] Resize(double[,] src, int newH, int newW)
                {
                    int h = src.GetLength(0), w = src.GetLength(1);
                    var dst = new double[newH, newW];
                    if (h == 0 || w == 0)
                        return dst;
                    for (int y = 0; y < newH; y++)
                        for (int x = 0; x < newW; x++)
                        {
                            double sy = y * (h - 1) / (double)Math.Max(newH - 1, 1);
                            double sx = x * (w - 1) / (double)Math.Max(newW - 1, 1);
                            int y0 = (int)Math.Floor(sy), x0 = (int)Math.Floor(sx);
                            int y1 = Math.Min(y0 + 1, h - 1), x1 = Math.Min(x0 + 1, w - 1);
                            double fy = sy - y0, fx = sx - x0;
                            double top = (src[y0, x0] * (1 - fx)) + (src[y0, x1] * fx);
                            double bottom = (src[y1, x0] * (1 - fx)) + (src[y1, x1] * fx);
                            dst[y, x] = (top * (1 - fy)) + (bottom * fy);
                        }
                    return dst;
                }
                """)
            {
                Report = "flattened",
                Inputs = (rng, size) => new object?[] { Inputs.Make(typeof(double[,]), rng, size), size + 7, Math.Max(size - 3, 0) },
            };

            // ------------------------------------------------------------ batch 13: shared thread-safe BCL objects in static fields
            // A static readonly Regex (thread-safe, compiled once) used in the cell.
            yield return new CatalogEntry("Rt23StaticRegexField", """
                private static readonly System.Text.RegularExpressions.Regex Vowels = new System.Text.RegularExpressions.Regex("[aeiou]");

                [Parallelize]
                public static int[,] VowelCounts(string[] a, string[] b)
                {
                    var r = new int[a.Length, b.Length];
                    for (int i = 0; i < a.Length; i++)
                        for (int j = 0; j < b.Length; j++)
                            r[i, j] = {|LG0004:Vowels.Matches(a[i] + b[j])|}.Count;
                    return r;
                }
                """) { Report = "flattened", Large = 120 };

            // A static readonly HashSet of stop words and StringComparer.OrdinalIgnoreCase in the cell.
            yield return new CatalogEntry("Rt23StaticStopWordsSet", """
                private static readonly HashSet<string> StopWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "a", "an", "the", "of" };

                [Parallelize]
                public static int[] ContentWords(string[][] sentences)
                {
                    var counts = new int[sentences.Length];
                    for (int i = 0; i < sentences.Length; i++)
                        foreach (var word in sentences[i])
                            if (word.Length > 0 && !StopWords.Contains(word) && !StringComparer.OrdinalIgnoreCase.Equals(word, "zz"))
                                counts[i]++;
                    return counts;
                }
                """) { Report = "row" };

            // Encoding.UTF8 (a shared, thread-safe encoder) in the cell: a virtual call on an Encoding, trusted (LG0004).
            yield return new CatalogEntry("Rt23Utf8ByteCounts", """
                [Parallelize]
                public static int[,] ByteCounts(string[] a, string[] b)
                {
                    var r = new int[a.Length, b.Length];
                    for (int i = 0; i < a.Length; i++)
                        for (int j = 0; j < b.Length; j++)
                            r[i, j] = {|LG0004:Encoding.UTF8.GetByteCount(a[i] + "\u00e9" + b[j])|};
                    return r;
                }
                """) { Report = "flattened", Large = 120 };

            // A scratch buffer rented from ArrayPool per row (exclusive until returned, which LoopGen cannot know: rejected, sound).
            yield return new CatalogEntry("Rt23ArrayPoolScratchPerRow", """
                [Parallelize]
                public static int[] RowMedians(int[][] rows)
                {
                    var medians = new int[rows.Length];
                    for (int i = 0; i < rows.Length; i++)
                    {
                        int n = rows[i].Length;
                        int[] buffer = {|LG0004:System.Buffers.ArrayPool<int>.Shared.Rent(Math.Max(n, 1))|};
                        for (int j = 0; j < n; j++)
                            {|LG0102:buffer[j]|} = rows[i][j];
                        {|LG0102:Array.Sort(buffer, 0, n)|};
                        medians[i] = n == 0 ? 0 : buffer[n / 2];
                        {|LG0102:System.Buffers.ArrayPool<int>.Shared.Return(buffer)|};
                    }
                    return medians;
                }
                """);

            // ------------------------------------------------------------ batch 14: iterators, static tables, two nests, lazy statics
            // One result list filled by two nests in turn (matches of two tables).
            yield return new CatalogEntry("Rt23TwoNestsAppendOneList", """
                [Parallelize]
                public static List<string> Matches(int[] a, int[] b, int[] c)
                {
                    var found = new List<string>();
                    for (int i = 0; i < a.Length; i++)
                        for (int j = 0; j < b.Length; j++)
                            if (a[i] == b[j])
                                found.Add($"ab {i} {j}");
                    for (int i = 0; i < a.Length; i++)
                        for (int k = 0; k < c.Length; k++)
                            if (a[i] == c[k] + 1)
                                found.Add($"ac {i} {k}");
                    return found;
                }
                """) { Report = "flattened" };

            // Neighbours of a grid cell from an iterator of the compilation, deconstructed by the inner foreach.
            yield return new CatalogEntry("Rt23NeighbourIteratorHelper", """
                private static IEnumerable<(int Y, int X)> Neighbours(int y, int x, int h, int w)
                {
                    if (y > 0) yield return (y - 1, x);
                    if (y < h - 1) yield return (y + 1, x);
                    if (x > 0) yield return (y, x - 1);
                    if (x < w - 1) yield return (y, x + 1);
                }

                [Parallelize]
                public static int[,] LocalMinima(int[,] height)
                {
                    int h = height.GetLength(0), w = height.GetLength(1);
                    var minima = new int[h, w];
                    for (int y = 0; y < h; y++)
                        for (int x = 0; x < w; x++)
                        {
                            bool lowest = true;
                            foreach (var (ny, nx) in Neighbours(y, x, h, w))
                                if (height[ny, nx] <= height[y, x])
                                    lowest = false;
                            minima[y, x] = lowest ? 1 : 0;
                        }
                    return minima;
                }
                """) { Report = "flattened", Large = 120 };

            // Neighbour offsets in a static readonly array of tuples, walked by a deconstructing inner foreach.
            yield return new CatalogEntry("Rt23StaticOffsetsTupleTable", """
                private static readonly (int Dy, int Dx)[] Offsets = { (-1, 0), (1, 0), (0, -1), (0, 1) };

                [Parallelize]
                public static int[,] Edges(int[,] img)
                {
                    int h = img.GetLength(0), w = img.GetLength(1);
                    var edges = new int[h, w];
                    for (int y = 0; y < h; y++)
                        for (int x = 0; x < w; x++)
                            foreach (var (dy, dx) in Offsets)
                            {
                                int ny = y + dy, nx = x + dx;
                                if (ny >= 0 && ny < h && nx >= 0 && nx < w && Math.Abs(img[ny, nx] - img[y, x]) > 20)
                                    edges[y, x]++;
                            }
                    return edges;
                }
                """) { Report = "flattened", Large = 120 };

            // Weights made lazily by a static property ('??='): every iteration may write the static field.
            yield return new CatalogEntry("Rt23LazyStaticWeights", """
                private static double[] weights;
                private static double[] Weights => weights ??= Enumerable.Range(0, 8).Select(k => 1.0 / (k + 1)).ToArray();

                [Parallelize]
                public static double[] Scores(double[][] rows)
                {
                    var scores = new double[rows.Length];
                    for (int i = 0; i < rows.Length; i++)
                        for (int j = 0; j < rows[i].Length; j++)
                            scores[i] += rows[i][j] * {|LG0102:Weights|}[j % 8];
                    return scores;
                }
                """);

            // ------------------------------------------------------------ batch 15: flat pixels, 'in' settings, interface rows
            // ARGB pixels in a flat int[] with a width: unpack channels, write gray at 'y * width + x'.
            yield return new CatalogEntry("Rt23FlatArgbGrayscale", """
                [Parallelize]
                public static byte[] Gray(int[] pixels, int width)
                {
                    int height = width == 0 ? 0 : pixels.Length / width;
                    var gray = new byte[pixels.Length];
                    for (int y = 0; y < height; y++)
                        for (int x = 0; x < width; x++)
                        {
                            int argb = pixels[(y * width) + x];
                            int r = (argb >> 16) & 0xFF, g = (argb >> 8) & 0xFF, b = argb & 0xFF;
                            gray[(y * width) + x] = (byte)(((r * 77) + (g * 150) + (b * 29)) >> 8);
                        }
                    return gray;
                }
                """)
            {
                Report = "flattened",
                Inputs = (rng, size) => new object?[] { Enumerable.Range(0, size * size).Select(_ => rng.Next()).ToArray(), size },
            };

            // Settings passed as an 'in' struct parameter.
            yield return new CatalogEntry("Rt23InStructSettings", """
                public struct Settings { public int Scale; public int Offset; }

                [Parallelize]
                public static int[,] Apply(int[] a, int[] b, in Settings s)
                {
                    var r = new int[a.Length, b.Length];
                    for (int i = 0; i < a.Length; i++)
                        for (int j = 0; j < b.Length; j++)
                            r[i, j] = (a[i] * b[j] * s.Scale) + s.Offset;
                    return r;
                }
                """) { Report = "flattened", Bug = "rejected: LG0109 at 'Apply' ('has ref, out or in parameters, which a parallel loop's lambdas cannot capture'): an 'in' parameter is read-only, the twin can copy it into a local once before the nest" };

            // Rows given as IReadOnlyList<IReadOnlyList<double>> (a common API signature): the inner lists are elements, trusted.
            yield return new CatalogEntry("Rt23ReadOnlyListOfReadOnlyLists", """
                [Parallelize]
                public static double[] RowMeans(IReadOnlyList<IReadOnlyList<double>> rows)
                {
                    var means = new double[rows.Count];
                    for (int i = 0; i < rows.Count; i++)
                    {
                        double s = 0;
                        for (int j = 0; j < {|LG0004:rows[i].Count|}; j++)
                            s += {|LG0004:rows[i][j]|};
                        means[i] = {|LG0004:rows[i].Count|} == 0 ? 0 : s / {|LG0004:rows[i].Count|};
                    }
                    return means;
                }
                """)
            {
                Report = "row",
                Inputs = (rng, size) => new object?[] { Rt23ListRows(rng, size, size).Select(r => (IReadOnlyList<double>)r).ToList() },
            };

            // ------------------------------------------------------------ batch 16: affine output indexes (flips, rotations, differences)
            // A vertical flip: row y goes to row h - 1 - y (one distinct row per iteration).
            yield return new CatalogEntry("Rt23VerticalFlip", """
                [Parallelize]
                public static int[,] FlipVertical(int[,] img)
                {
                    int h = img.GetLength(0), w = img.GetLength(1);
                    var flipped = new int[h, w];
                    for (int y = 0; y < h; y++)
                        for (int x = 0; x < w; x++)
                            flipped[h - 1 - y, x] = img[y, x];
                    return flipped;
                }
                """) { Report = "flattened" };

            // A 90-degree rotation: pixel (y, x) goes to (x, h - 1 - y), the outer counter in the second dimension.
            yield return new CatalogEntry("Rt23Rotate90", """
                [Parallelize]
                public static int[,] Rotate(int[,] img)
                {
                    int h = img.GetLength(0), w = img.GetLength(1);
                    var rotated = new int[w, h];
                    for (int y = 0; y < h; y++)
                        for (int x = 0; x < w; x++)
                            rotated[x, h - 1 - y] = img[y, x];
                    return rotated;
                }
                """) { Report = "flattened" };

            // Vertical differences written one row up: grad[y - 1, x] for y from 1.
            yield return new CatalogEntry("Rt23VerticalGradientShifted", """
                [Parallelize]
                public static int[,] Gradient(int[,] img)
                {
                    int h = img.GetLength(0), w = img.GetLength(1);
                    var grad = new int[Math.Max(h - 1, 0), w];
                    for (int y = 1; y < h; y++)
                        for (int x = 0; x < w; x++)
                            grad[y - 1, x] = img[y, x] - img[y - 1, x];
                    return grad;
                }
                """) { Report = "flattened" };
        }
    }
}
