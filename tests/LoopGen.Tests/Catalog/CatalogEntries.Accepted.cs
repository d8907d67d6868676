using System.Collections.Generic;

namespace LoopGen.Tests.Catalog
{
    /// <summary>The accepted half of the catalog: each entry's LG0003 report names its strategy, and its twin is run against it.</summary>
    internal static partial class CatalogEntries
    {
        private static IEnumerable<CatalogEntry> Accepted()
        {
            // ------------------------------------------------------------ dense linear algebra
            yield return new CatalogEntry("MatMulIJK", """
                [Parallelize]
                public static double[,] MatMul(double[,] a, double[,] b)
                {
                    int n = a.GetLength(0), m = b.GetLength(1), p = a.GetLength(1);
                    var c = new double[n, m];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < m; j++)
                        {
                            double s = 0;
                            for (int k = 0; k < p; k++)
                                s += a[i, k] * b[k, j];
                            c[i, j] = s;
                        }
                    return c;
                }
                """) { Report = "flattened", Large = 80 };

            yield return new CatalogEntry("MatMulJaggedRows", """
                [Parallelize]
                public static double[][] MatMul(double[][] a, double[][] b)
                {
                    int n = a.Length, p = b.Length, m = p == 0 ? 0 : b[0].Length;
                    var c = new double[n][];
                    for (int i = 0; i < n; i++)
                    {
                        var row = new double[m];
                        for (int j = 0; j < m; j++)
                        {
                            double s = 0;
                            for (int k = 0; k < p; k++)
                                s += a[i][k] * b[k][j];
                            row[j] = s;
                        }
                        c[i] = row;
                    }
                    return c;
                }
                """) { Report = "row", Large = 80 };

            // 'var row = a[i];' names row i: writes through it are writes of a[i][j], checked like them
            // (distinct rows at run time).
            yield return new CatalogEntry("RowAliasLocalWritten", """
                [Parallelize]
                public static void Fill(int[][] a)
                {
                    for (int i = 0; i < a.Length; i++)
                    {
                        var row = a[i];
                        for (int j = 0; j < row.Length; j++)
                            row[j] = i + j;
                    }
                }
                """) { Report = "row", Large = 80 };

            yield return new CatalogEntry("MatMulRowAliases", """
                [Parallelize]
                public static double[][] MatMul(double[][] a, double[][] b, int n)
                {
                    var c = new double[n][];
                    for (int i = 0; i < n; i++)
                    {
                        var ai = a[i];
                        var ci = new double[n];
                        for (int j = 0; j < n; j++)
                        {
                            double s = 0;
                            for (int k = 0; k < n; k++)
                                s += ai[k] * b[k][j];
                            ci[j] = s;
                        }
                        c[i] = ci;
                    }
                    return c;
                }
                """) { Report = "row", Large = 60 };

            // foreach over Enumerable.Range: the variable is start + k, distinct per iteration, like a counter.
            yield return new CatalogEntry("RangeOuterWritesArray", """
                [Parallelize]
                public static int[,] Table(int n)
                {
                    var r = new int[Math.Max(n, 0), Math.Max(n, 0)];
                    foreach (var i in Enumerable.Range(0, Math.Max(n, 0)))
                        for (int j = 0; j < n; j++)
                            r[i, j] = i * j;
                    return r;
                }
                """) { Report = "flattened", Large = 300 };

            // Selections written with if or ?: are reductions too, merged with the same comparison (bit-exact).
            yield return new CatalogEntry("ConditionalMaxAndMin", """
                [Parallelize]
                public static (int, double, double) Extremes(int[,] a, double[] w)
                {
                    int max = int.MinValue;
                    double lo = double.MaxValue, hi = double.MinValue;
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                        {
                            max = a[i, j] > max ? a[i, j] : max;
                            if (lo > a[i, j] * 0.5) lo = a[i, j] * 0.5;
                            if (i < w.Length && w[i] * j >= hi)
                            {
                                hi = w[i] * j;
                            }
                        }
                    return (max, lo, hi);
                }
                """) { Report = "flattened", Large = 250 };

            yield return new CatalogEntry("MatVec", """
                [Parallelize]
                public static double[] MatVec(double[,] a, double[] x)
                {
                    int n = a.GetLength(0), m = a.GetLength(1);
                    var y = new double[n];
                    for (int i = 0; i < n; i++)
                    {
                        double s = 0;
                        for (int j = 0; j < m; j++)
                            s += a[i, j] * x[j];
                        y[i] = s;
                    }
                    return y;
                }
                """) { Report = "row" };

            yield return new CatalogEntry("SyrkLower", """
                [Parallelize]
                public static double[,] Syrk(double[,] a)
                {
                    int n = a.GetLength(0), p = a.GetLength(1);
                    var c = new double[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j <= i; j++)
                        {
                            double s = 0;
                            for (int k = 0; k < p; k++)
                                s += a[i, k] * a[j, k];
                            c[i, j] = s;
                        }
                    return c;
                }
                """) { Report = "row", Large = 80 };

            yield return new CatalogEntry("TriangularUpperProduct", """
                [Parallelize]
                public static double[,] UpperMul(double[,] a, double[,] b)
                {
                    int n = a.GetLength(0);
                    var c = new double[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = i; j < n; j++)
                        {
                            double s = 0;
                            for (int k = i; k <= j; k++)
                                s += a[i, k] * b[k, j];
                            c[i, j] = s;
                        }
                    return c;
                }
                """) { Report = "row", Large = 80 };

            yield return new CatalogEntry("MatMulIntoParameter", """
                [Parallelize]
                public static void MatMulInto(int[,] a, int[,] b, int[,] c)
                {
                    int n = a.GetLength(0), m = b.GetLength(1), p = a.GetLength(1);
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < m; j++)
                        {
                            int s = 0;
                            for (int k = 0; k < p; k++)
                                s += a[i, k] * b[k, j];
                            c[i, j] = s;
                        }
                }
                """) { Report = "flattened", Large = 70 };

            // ------------------------------------------------------------ stencils, transposes, convolution
            yield return new CatalogEntry("JacobiTwoArrays", """
                [Parallelize]
                public static void Jacobi(double[,] src, double[,] dst)
                {
                    int n = src.GetLength(0), m = src.GetLength(1);
                    for (int i = 1; i < n - 1; i++)
                        for (int j = 1; j < m - 1; j++)
                            dst[i, j] = 0.25 * (src[i - 1, j] + src[i + 1, j] + src[i, j - 1] + src[i, j + 1]);
                }
                """) { Report = "flattened" };

            yield return new CatalogEntry("JacobiJaggedTwoArrays", """
                [Parallelize]
                public static void Smooth(double[][] src, double[][] dst)
                {
                    int n = src.Length, m = n == 0 ? 0 : src[0].Length;
                    for (int i = 0; i < n; i++)
                        for (int j = 1; j < m - 1; j++)
                            dst[i][j] = (src[i][j - 1] + src[i][j] + src[i][j + 1]) / 3.0;
                }
                """) { Report = "flattened" };

            yield return new CatalogEntry("TransposeIntoLocal", """
                [Parallelize]
                public static double[,] Transpose(double[,] a)
                {
                    int n = a.GetLength(0), m = a.GetLength(1);
                    var b = new double[m, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < m; j++)
                            b[j, i] = a[i, j];
                    return b;
                }
                """) { Report = "flattened" };

            yield return new CatalogEntry("TransposeIntoParameter", """
                [Parallelize]
                public static void Transpose(int[,] a, int[,] b)
                {
                    int n = a.GetLength(0), m = a.GetLength(1);
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < m; j++)
                            b[j, i] = a[i, j] + 1;
                }
                """) { Report = "flattened" };

            yield return new CatalogEntry("Convolution3x3", """
                [Parallelize]
                public static double[,] Convolve(double[,] img, double[,] kernel)
                {
                    int n = img.GetLength(0), m = img.GetLength(1);
                    var o = new double[Math.Max(0, n - 2), Math.Max(0, m - 2)];
                    for (int i = 0; i < n - 2; i++)
                        for (int j = 0; j < m - 2; j++)
                        {
                            double s = 0;
                            for (int di = 0; di < 3; di++)
                                for (int dj = 0; dj < 3; dj++)
                                    s += img[i + di, j + dj] * kernel[di, dj];
                            o[i, j] = s;
                        }
                    return o;
                }
                """) { Report = "flattened", Large = 150 };

            yield return new CatalogEntry("ShiftRowsFromOther", """
                [Parallelize]
                public static void Shift(int[,] src, int[,] dst)
                {
                    int n = src.GetLength(0), m = src.GetLength(1);
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < m; j++)
                            dst[i, j] = src[(i + 1) % n, j] * 2 + src[i, j];
                }
                """) { Report = "flattened" };

            yield return new CatalogEntry("AddMatricesThreeParameters", """
                [Parallelize]
                public static void Add(int[,] a, int[,] b, int[,] c)
                {
                    int n = a.GetLength(0), m = a.GetLength(1);
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < m; j++)
                            c[i, j] = a[i, j] + 2 * b[i, j];
                }
                """) { Report = "flattened" };

            yield return new CatalogEntry("LocalCopyOfWrittenArrayOutside", """
                [Parallelize]
                public static int[,] Rotate(int n)
                {
                    var c = new int[n, n];
                    var alias = c;
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            c[i, j] = alias[i, (j + 1) % n] + i + j;
                    return c;
                }
                """) { Report = "flattened" };

            // ------------------------------------------------------------ image-like and geometry
            yield return new CatalogEntry("Mandelbrot", """
                [Parallelize]
                public static int[,] Mandelbrot(int w, int h, int maxIter)
                {
                    var r = new int[h, w];
                    for (int y = 0; y < h; y++)
                        for (int x = 0; x < w; x++)
                        {
                            double cr = -2.0 + (3.0 * x / Math.Max(1, w)), ci = -1.5 + (3.0 * y / Math.Max(1, h));
                            double zr = 0, zi = 0;
                            int it = 0;
                            while (it < maxIter && (zr * zr) + (zi * zi) <= 4.0)
                            {
                                double t = (zr * zr) - (zi * zi) + cr;
                                zi = (2 * zr * zi) + ci;
                                zr = t;
                                it++;
                            }
                            r[y, x] = it;
                        }
                    return r;
                }
                """) { Report = "flattened", Large = 120 };

            yield return new CatalogEntry("DistanceMatrix", """
                [Parallelize]
                public static double[,] Distances(double[] xs, double[] ys)
                {
                    int n = xs.Length;
                    var d = new double[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                        {
                            double dx = xs[i] - xs[j], dy = ys[i] - ys[j];
                            d[i, j] = Math.Sqrt((dx * dx) + (dy * dy));
                        }
                    return d;
                }
                """) { Report = "flattened" };

            yield return new CatalogEntry("DistanceMatrixJaggedTriangle", """
                [Parallelize]
                public static double[][] Distances(double[] xs)
                {
                    int n = xs.Length;
                    var d = new double[n][];
                    for (int i = 0; i < n; i++)
                    {
                        d[i] = new double[i];
                        for (int j = 0; j < i; j++)
                            d[i][j] = Math.Abs(xs[i] - xs[j]);
                    }
                    return d;
                }
                """) { Report = "row" };

            yield return new CatalogEntry("ThreeLevelCube", """
                [Parallelize]
                public static int[,,] Cube(int n)
                {
                    var r = new int[n, n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            for (int k = 0; k < n; k++)
                                r[i, j, k] = (i * j) - k;
                    return r;
                }
                """) { Report = "flattened", Large = 60 };

            yield return new CatalogEntry("StringPerCell", """
                [Parallelize]
                public static string[,] Prefixes(string s)
                {
                    int n = s.Length;
                    var r = new string[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = s.Substring(i, Math.Min(j, n - i));
                    return r;
                }
                """) { Report = "flattened", Large = 120 };

            // ------------------------------------------------------------ reductions
            yield return new CatalogEntry("SumLongRect", """
                [Parallelize]
                public static long Sum(int[,] a)
                {
                    long sum = 0;
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            sum += a[i, j];
                    return sum;
                }
                """) { Report = "flattened" };

            yield return new CatalogEntry("SumJaggedRaggedRows", """
                [Parallelize]
                public static long Sum(int[][] a)
                {
                    long sum = 0;
                    for (int i = 0; i < a.Length; i++)
                        for (int j = 0; j < a[i].Length; j++)
                            sum += a[i][j];
                    return sum;
                }
                """) { Report = "row" };

            yield return new CatalogEntry("MaxIntMathMax", """
                [Parallelize]
                public static int Max(int[,] a)
                {
                    int max = int.MinValue;
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            max = Math.Max(max, a[i, j]);
                    return max;
                }
                """) { Report = "flattened" };

            yield return new CatalogEntry("MaxArgumentsReversed", """
                [Parallelize]
                public static int Max(int[,] a)
                {
                    int max = -1000;
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            max = Math.Max(a[i, j] * 3, max);
                    return max;
                }
                """) { Report = "flattened" };

            yield return new CatalogEntry("MinDoubleMathMin", """
                [Parallelize]
                public static double Min(double[,] a)
                {
                    double min = double.MaxValue;
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            min = Math.Min(min, a[i, j] * 1.5);
                    return min;
                }
                """) { Report = "flattened" };

            yield return new CatalogEntry("CountPositive", """
                [Parallelize]
                public static int Count(int[,] a)
                {
                    int count = 0;
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            if (a[i, j] > 0)
                                count++;
                    return count;
                }
                """) { Report = "flattened" };

            yield return new CatalogEntry("CountDownDecrement", """
                [Parallelize]
                public static int Count(int[,] a)
                {
                    int left = 1000;
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            if (a[i, j] % 3 == 0)
                                left--;
                    return left;
                }
                """) { Report = "flattened" };

            yield return new CatalogEntry("DoubleSumTolerance", """
                [Parallelize]
                public static double Sum(double[,] a)
                {
                    double s = 0;
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            s += a[i, j] * 0.1;
                    return s;
                }
                """) { Report = "flattened", Tolerance = true };

            yield return new CatalogEntry("DoubleProductTolerance", """
                [Parallelize]
                public static double Product(double[,] a)
                {
                    double p = 1;
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            p *= 1 + (a[i, j] / 1000.0);
                    return p;
                }
                """) { Report = "flattened", Tolerance = true };

            yield return new CatalogEntry("LongProductWraps", """
                [Parallelize]
                public static long Product(int[,] a)
                {
                    long p = 3;
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            p *= (a[i, j] & 3) + 2;
                    return p;
                }
                """) { Report = "flattened" };

            yield return new CatalogEntry("BoolOrAny", """
                [Parallelize]
                public static bool Any(int[,] a, int limit)
                {
                    bool any = false;
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            any |= a[i, j] + limit > 60;
                    return any;
                }
                """) { Report = "flattened" };

            yield return new CatalogEntry("BoolAndAll", """
                [Parallelize]
                public static bool All(int[,] a)
                {
                    bool all = true;
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            all &= a[i, j] > -20;
                    return all;
                }
                """) { Report = "flattened" };

            yield return new CatalogEntry("XorHash", """
                [Parallelize]
                public static int Hash(int[,] a)
                {
                    int h = 17;
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            h ^= a[i, j] * (i + 1) * (j + 7);
                    return h;
                }
                """) { Report = "flattened" };

            yield return new CatalogEntry("IntOrBits", """
                [Parallelize]
                public static int Bits(int[,] a)
                {
                    int bits = 0;
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            bits |= 1 << ((a[i, j] + 20) & 31);
                    return bits;
                }
                """) { Report = "flattened" };

            yield return new CatalogEntry("SubtractCompound", """
                [Parallelize]
                public static long Down(int[,] a)
                {
                    long acc = 500;
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            acc -= a[i, j];
                    return acc;
                }
                """) { Report = "flattened" };

            yield return new CatalogEntry("SubtractAssignForm", """
                [Parallelize]
                public static long Down(int[,] a)
                {
                    long acc = 0;
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            acc = acc - (a[i, j] * 2);
                    return acc;
                }
                """) { Report = "flattened" };

            yield return new CatalogEntry("AddAndSubtractMixed", """
                [Parallelize]
                public static int Balance(int[,] a)
                {
                    int acc = 0;
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                        {
                            if (a[i, j] > 0)
                                acc += a[i, j];
                            else
                                acc -= 2 * a[i, j];
                        }
                    return acc;
                }
                """) { Report = "flattened" };

            yield return new CatalogEntry("AddSelfOnTheRight", """
                [Parallelize]
                public static long Sum(int[,] a)
                {
                    long acc = 0;
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            acc = a[i, j] + acc;
                    return acc;
                }
                """) { Report = "flattened" };

            yield return new CatalogEntry("ByteAccumulatorWraps", """
                [Parallelize]
                public static byte Checksum(int[,] a)
                {
                    byte b = 7;
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            b += (byte)a[i, j];
                    return b;
                }
                """) { Report = "flattened" };

            yield return new CatalogEntry("FourReductionsAtOnce", """
                [Parallelize]
                public static (long Sum, int Min, int Max, int Count) Stats(int[,] a)
                {
                    long sum = 0;
                    int min = int.MaxValue, max = int.MinValue, count = 0;
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                        {
                            int v = a[i, j];
                            sum += v;
                            min = Math.Min(min, v);
                            max = Math.Max(max, v);
                            if (v % 2 == 0)
                                count++;
                        }
                    return (sum, min, max, count);
                }
                """) { Report = "flattened" };

            yield return new CatalogEntry("TriangularDoubleSum", """
                [Parallelize]
                public static double Sum(double[,] a)
                {
                    double s = 0;
                    int n = a.GetLength(0);
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < i; j++)
                            s += a[i, j] * a[j, i];
                    return s;
                }
                """) { Report = "row", Tolerance = true };

            yield return new CatalogEntry("RowMaxIntoArray", """
                [Parallelize]
                public static int[] RowMax(int[][] a)
                {
                    var r = new int[a.Length];
                    for (int i = 0; i < a.Length; i++)
                    {
                        int best = int.MinValue;
                        for (int j = 0; j < a[i].Length; j++)
                            best = Math.Max(best, a[i][j]);
                        r[i] = best;
                    }
                    return r;
                }
                """) { Report = "row" };

            yield return new CatalogEntry("PairLoopCountClose", """
                [Parallelize]
                public static int ClosePairs(double[] x)
                {
                    int count = 0;
                    for (int i = 0; i < x.Length; i++)
                        for (int j = i + 1; j < x.Length; j++)
                            if (Math.Abs(x[i] - x[j]) < 1.0)
                                count++;
                    return count;
                }
                """) { Report = "row" };

            yield return new CatalogEntry("PairLoopMinDistance", """
                [Parallelize]
                public static double MinGap(double[] x)
                {
                    double best = double.PositiveInfinity;
                    for (int i = 0; i < x.Length; i++)
                        for (int j = i + 1; j < x.Length; j++)
                            best = Math.Min(best, Math.Abs(x[i] - x[j]));
                    return best;
                }
                """) { Report = "row" };

            yield return new CatalogEntry("PairLoopRowCounts", """
                [Parallelize]
                public static int[] Inversions(int[] x)
                {
                    var r = new int[x.Length];
                    for (int i = 0; i < x.Length; i++)
                        for (int j = i + 1; j < x.Length; j++)
                            if (x[j] < x[i])
                                r[i]++;
                    return r;
                }
                """) { Report = "row" };

            // ------------------------------------------------------------ result lists and row building
            yield return new CatalogEntry("ArticleProducts", """
                [Parallelize]
                public static List<List<int>> Products(List<int> outer, List<int> inner)
                {
                    var results = new List<List<int>>();
                    foreach (var i in outer)
                    {
                        var row = new List<int>();
                        foreach (var j in inner)
                            row.Add(i * j);
                        results.Add(row);
                    }
                    return results;
                }
                """) { Report = "flattened" };

            yield return new CatalogEntry("ArticleTriangular", """
                [Parallelize]
                public static List<List<int>> Sums(List<int> values)
                {
                    var results = new List<List<int>>();
                    foreach (var i in values)
                    {
                        var row = new List<int>();
                        for (int j = 0; j < i; j++)
                            row.Add(i + j);
                        results.Add(row);
                    }
                    return results;
                }
                """) { Report = "row" };

            yield return new CatalogEntry("FlatResultList", """
                [Parallelize]
                public static List<int> Flat(int[,] a)
                {
                    var results = new List<int>();
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            results.Add(a[i, j] * 2);
                    return results;
                }
                """) { Report = "flattened" };

            yield return new CatalogEntry("FilteredResultList", """
                [Parallelize]
                public static List<(int, int)> Positions(int[,] a)
                {
                    var results = new List<(int, int)>(16);
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            if (a[i, j] > 30)
                                results.Add((i, j));
                    return results;
                }
                """) { Report = "flattened" };

            yield return new CatalogEntry("ResultListWithInitialItems", """
                [Parallelize]
                public static List<int> Flat(int[,] a)
                {
                    var results = new List<int> { -1, -2 };
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            results.Add(a[i, j] + i);
                    return results;
                }
                """) { Report = "flattened" };

            yield return new CatalogEntry("AppendsAtBothLevels", """
                [Parallelize]
                public static List<int> Rows(int[][] a)
                {
                    var results = new List<int>();
                    for (int i = 0; i < a.Length; i++)
                    {
                        results.Add(-i);
                        for (int j = 0; j < a[i].Length; j++)
                            results.Add(a[i][j]);
                    }
                    return results;
                }
                """) { Report = "row" };

            yield return new CatalogEntry("TwoResultLists", """
                [Parallelize]
                public static (List<int>, List<int>) Split(int[,] a)
                {
                    var evens = new List<int>();
                    var odds = new List<int>();
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                        {
                            if (a[i, j] % 2 == 0)
                                evens.Add(a[i, j]);
                            else
                                odds.Add(a[i, j]);
                        }
                    return (evens, odds);
                }
                """) { Report = "flattened" };

            yield return new CatalogEntry("ResultListAndReduction", """
                [Parallelize]
                public static (List<int>, long) Both(int[,] a)
                {
                    var big = new List<int>();
                    long total = 0;
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                        {
                            total += a[i, j];
                            if (a[i, j] > 35)
                                big.Add(a[i, j]);
                        }
                    return (big, total);
                }
                """) { Report = "flattened" };

            yield return new CatalogEntry("RangeOuterRowBuilder", """
                [Parallelize]
                public static List<List<int>> Table(int n, int m)
                {
                    var results = new List<List<int>>();
                    foreach (var i in Enumerable.Range(0, n))
                    {
                        var row = new List<int>();
                        foreach (var j in Enumerable.Range(1, m))
                            row.Add(i * j);
                        results.Add(row);
                    }
                    return results;
                }
                """) { Report = "flattened" };

            yield return new CatalogEntry("ReadOnlyListsRowBuilder", """
                [Parallelize]
                public static List<List<long>> Table(IReadOnlyList<int> xs, IReadOnlyList<int> ys)
                {
                    var results = new List<List<long>>();
                    foreach (var x in xs)
                    {
                        var row = new List<long>();
                        foreach (var y in ys)
                            row.Add((long)x * y - y);
                        results.Add(row);
                    }
                    return results;
                }
                """) { Report = "flattened" };

            yield return new CatalogEntry("ArrayForeachRowBuilderDoubles", """
                [Parallelize]
                public static List<List<double>> Outer(double[] xs, double[] ys)
                {
                    var results = new List<List<double>>();
                    foreach (var x in xs)
                    {
                        var row = new List<double>();
                        foreach (var y in ys)
                            row.Add(x * y);
                        results.Add(row);
                    }
                    return results;
                }
                """) { Report = "flattened" };

            yield return new CatalogEntry("ForOverListCountInnerForeach", """
                [Parallelize]
                public static List<List<int>> Table(List<int> xs, List<int> ys)
                {
                    var results = new List<List<int>>();
                    for (int i = 0; i < xs.Count; i++)
                    {
                        var row = new List<int>();
                        foreach (var y in ys)
                            row.Add(xs[i] - y);
                        results.Add(row);
                    }
                    return results;
                }
                """) { Report = "flattened" };

            yield return new CatalogEntry("RowBuilderWithContinue", """
                [Parallelize]
                public static List<List<int>> Positives(List<int> xs, List<int> ys)
                {
                    var results = new List<List<int>>();
                    foreach (var x in xs)
                    {
                        var row = new List<int>();
                        foreach (var y in ys)
                        {
                            if (x * y < 0)
                                continue;
                            row.Add(x * y);
                        }
                        results.Add(row);
                    }
                    return results;
                }
                """) { Report = "row" };

            yield return new CatalogEntry("StringRowsWithBuilder", """
                [Parallelize]
                public static string[] Lines(int[][] a)
                {
                    var rows = new string[a.Length];
                    for (int i = 0; i < a.Length; i++)
                    {
                        var sb = new StringBuilder();
                        for (int j = 0; j < a[i].Length; j++)
                        {
                            sb.Append(a[i][j]);
                            sb.Append(',');
                        }
                        rows[i] = sb.ToString();
                    }
                    return rows;
                }
                """) { Report = "row" };

            yield return new CatalogEntry("ChainedAppendOnPrivateBuilder", """
                [Parallelize]
                public static string[] Lines(int[][] a)
                {
                    var rows = new string[a.Length];
                    for (int i = 0; i < a.Length; i++)
                    {
                        var sb = new StringBuilder();
                        for (int j = 0; j < a[i].Length; j++)
                            sb.Append(a[i][j]).Append(',');
                        rows[i] = sb.ToString();
                    }
                    return rows;
                }
                """) { Report = "row" };

            yield return new CatalogEntry("JaggedRowsCreatedInLoop", """
                [Parallelize]
                public static int[][] Table(int n, int m)
                {
                    var r = new int[n][];
                    for (int i = 0; i < n; i++)
                    {
                        r[i] = new int[m];
                        for (int j = 0; j < m; j++)
                            r[i][j] = (i * 100) + j;
                    }
                    return r;
                }
                """) { Report = "row" };

            // ------------------------------------------------------------ sequential work inside one row
            yield return new CatalogEntry("PrefixSumRows2D", """
                [Parallelize]
                public static void PrefixRows(int[,] a)
                {
                    int n = a.GetLength(0), m = a.GetLength(1);
                    for (int i = 0; i < n; i++)
                        for (int j = 1; j < m; j++)
                            a[i, j] += a[i, j - 1];
                }
                """) { Report = "row" };

            yield return new CatalogEntry("PrefixSumRowsJagged", """
                [Parallelize]
                public static void PrefixRows(int[][] a)
                {
                    for (int i = 0; i < a.Length; i++)
                        for (int j = 1; j < a[i].Length; j++)
                            a[i][j] += a[i][j - 1];
                }
                """) { Report = "row" };

            yield return new CatalogEntry("InnerBreakFirstMatch", """
                [Parallelize]
                public static int[] FirstBig(int[][] a)
                {
                    var first = new int[a.Length];
                    for (int i = 0; i < a.Length; i++)
                    {
                        int f = -1;
                        for (int j = 0; j < a[i].Length; j++)
                        {
                            if (a[i][j] > 30)
                            {
                                f = j;
                                break;
                            }
                        }
                        first[i] = f;
                    }
                    return first;
                }
                """) { Report = "row" };

            yield return new CatalogEntry("InnerCounterSkips", """
                [Parallelize]
                public static long[] Skips(int[,] a)
                {
                    int n = a.GetLength(0), m = a.GetLength(1);
                    var sums = new long[n];
                    for (int i = 0; i < n; i++)
                    {
                        long s = 0;
                        for (int j = 0; j < m; j++)
                        {
                            s += a[i, j];
                            if (a[i, j] < 0)
                                j++;
                        }
                        sums[i] = s;
                    }
                    return sums;
                }
                """) { Report = "row" };

            yield return new CatalogEntry("InnerStepTwo", """
                [Parallelize]
                public static int[,] Checker(int n)
                {
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = i % 2; j < n; j += 2)
                            r[i, j] = 1 + i + j;
                    return r;
                }
                """) { Report = "row" };

            yield return new CatalogEntry("RunningSumAlongRow", """
                [Parallelize]
                public static int[,] Running(int[,] a)
                {
                    int n = a.GetLength(0), m = a.GetLength(1);
                    var r = new int[n, m];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < m; j++)
                            r[i, j] = (j == 0 ? 0 : r[i, j - 1]) + a[i, j];
                    return r;
                }
                """) { Report = "row" };

            yield return new CatalogEntry("RowNormalizeInPlace", """
                [Parallelize]
                public static void Normalize(double[][] a)
                {
                    for (int i = 0; i < a.Length; i++)
                    {
                        double s = 0;
                        for (int j = 0; j < a[i].Length; j++)
                            s += Math.Abs(a[i][j]);
                        for (int j = 0; j < a[i].Length; j++)
                            a[i][j] /= s + 1;
                    }
                }
                """) { Report = "row" };

            // ------------------------------------------------------------ loop forms
            yield return new CatalogEntry("CountingDownBothLoops", """
                [Parallelize]
                public static int[,] Down(int n, int m)
                {
                    var r = new int[n, m];
                    for (int i = n - 1; i >= 0; i--)
                        for (int j = m - 1; j >= 0; j--)
                            r[i, j] = (i * 3) - j;
                    return r;
                }
                """) { Report = "flattened" };

            yield return new CatalogEntry("OuterStepTwo", """
                [Parallelize]
                public static int[,] EveryOther(int n)
                {
                    var r = new int[n, n];
                    for (int i = 0; i < n; i += 2)
                        for (int j = 0; j < n; j++)
                            r[i, j] = 1 + (i * j);
                    return r;
                }
                """) { Report = "flattened" };

            yield return new CatalogEntry("OuterStepThreeDownGreater", """
                [Parallelize]
                public static long Sum(int n)
                {
                    long s = 0;
                    for (int i = n; i > 0; i -= 3)
                        for (int j = 0; j < n; j = j + 1)
                            s += i * (long)j;
                    return s;
                }
                """) { Report = "flattened" };

            yield return new CatalogEntry("LongCounters", """
                [Parallelize]
                public static long Mix(long n)
                {
                    long sum = 0;
                    for (long i = 0; i < n; i++)
                        for (long j = 0; j < n; j++)
                            sum += i ^ (j * 31);
                    return sum;
                }
                """) { Report = "flattened" };

            yield return new CatalogEntry("LessOrEqualBounds", """
                [Parallelize]
                public static int[,] Inclusive(int n)
                {
                    var r = new int[n + 1, n + 1];
                    for (int i = 0; i <= n; i++)
                        for (int j = 1; j <= n; j++)
                            r[i, j] = i - j;
                    return r;
                }
                """) { Report = "flattened" };

            yield return new CatalogEntry("BoundOnTheLeft", """
                [Parallelize]
                public static int[,] Flipped(int n)
                {
                    var r = new int[n, n];
                    for (int i = 0; n > i; i++)
                        for (int j = 0; n > j; j++)
                            r[i, j] = i | j;
                    return r;
                }
                """) { Report = "flattened" };

            yield return new CatalogEntry("ContinueInInner", """
                [Parallelize]
                public static int[,] Clamp(int[,] a)
                {
                    int n = a.GetLength(0), m = a.GetLength(1);
                    var r = new int[n, m];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < m; j++)
                        {
                            if (a[i, j] < 0)
                                continue;
                            r[i, j] = a[i, j];
                        }
                    return r;
                }
                """) { Report = "flattened" };

            yield return new CatalogEntry("ContinueInOuter", """
                [Parallelize]
                public static long[] Rows(int[][] a)
                {
                    var r = new long[a.Length];
                    for (int i = 0; i < a.Length; i++)
                    {
                        if (i % 3 == 1)
                            continue;
                        for (int j = 0; j < a[i].Length; j++)
                            r[i] += a[i][j];
                    }
                    return r;
                }
                """) { Report = "row" };

            yield return new CatalogEntry("BreakInSwitchInsideInner", """
                [Parallelize]
                public static int[,] Classify(int[,] a)
                {
                    int n = a.GetLength(0), m = a.GetLength(1);
                    var r = new int[n, m];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < m; j++)
                        {
                            switch (a[i, j] % 3)
                            {
                                case 0:
                                    r[i, j] = 10;
                                    break;
                                case 1:
                                    r[i, j] = 20;
                                    break;
                                default:
                                    r[i, j] = a[i, j];
                                    break;
                            }
                        }
                    return r;
                }
                """) { Report = "flattened" };

            // ------------------------------------------------------------ calls, lambdas, locals
            yield return new CatalogEntry("PureHelperInSameClass", """
                private static int Cell(int i, int j) => (i * 31) + (j * 7) - (i ^ j);

                [Parallelize]
                public static int[,] Table(int n)
                {
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = Cell(i, j);
                    return r;
                }
                """) { Report = "flattened" };

            yield return new CatalogEntry("LambdaCapturingCounters", """
                [Parallelize]
                public static int[,] Table(int n)
                {
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                        {
                            Func<int, int> f = x => (x * i) + j;
                            r[i, j] = f(3);
                        }
                    return r;
                }
                """) { Report = "flattened" };

            yield return new CatalogEntry("LambdaWithReturns", """
                [Parallelize]
                public static int[,] Abs(int[,] a)
                {
                    int n = a.GetLength(0), m = a.GetLength(1);
                    var r = new int[n, m];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < m; j++)
                        {
                            Func<int, int> f = x =>
                            {
                                if (x > 0)
                                    return x;
                                return -x;
                            };
                            r[i, j] = f(a[i, j]);
                        }
                    return r;
                }
                """) { Report = "flattened" };

            yield return new CatalogEntry("LocalFunctionInsideBody", """
                [Parallelize]
                public static long[,] Squares(int[,] a)
                {
                    int n = a.GetLength(0), m = a.GetLength(1);
                    var r = new long[n, m];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < m; j++)
                        {
                            long Sq(long x) => x * x;
                            r[i, j] = Sq(a[i, j]) + i;
                        }
                    return r;
                }
                """) { Report = "flattened" };

            yield return new CatalogEntry("RandomCreatedPerCell", """
                [Parallelize]
                public static int[,] Noise(int n)
                {
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                        {
                            var rng = new Random((i * 1000) + j);
                            r[i, j] = rng.Next(100);
                        }
                    return r;
                }
                """) { Report = "flattened", Large = 120 };

            yield return new CatalogEntry("LinqInsideBody", """
                [Parallelize]
                public static int[,] PrefixSums(int[][] a)
                {
                    int n = a.Length;
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = a[i].Take(j).Where(x => x > 0).Sum();
                    return r;
                }
                """) { Report = "flattened", Large = 90 };

            yield return new CatalogEntry("TrustedCallReported", """
                [Parallelize]
                public static int[,] Bytes(string s, int n)
                {
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|LG0004:Encoding.UTF8.GetByteCount(s)|} + i - j;
                    return r;
                }
                """) { Report = "flattened", Large = 120 };

            yield return new CatalogEntry("StaticReadOnlyTableRead", """
                private static readonly int[] Weights = { 3, 1, 4, 1, 5 };

                [Parallelize]
                public static int[,] Weighted(int[,] a)
                {
                    int n = a.GetLength(0), m = a.GetLength(1);
                    var r = new int[n, m];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < m; j++)
                            r[i, j] = a[i, j] * Weights[j % 5];
                    return r;
                }
                """) { Report = "flattened" };

            yield return new CatalogEntry("CheckedArithmeticPerCell", """
                [Parallelize]
                public static int[,] Scaled(int[,] a)
                {
                    int n = a.GetLength(0), m = a.GetLength(1);
                    var r = new int[n, m];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < m; j++)
                            r[i, j] = checked(a[i, j] * 1000);
                    return r;
                }
                """) { Report = "flattened" };

            // ------------------------------------------------------------ exceptions: the one M throws first
            yield return new CatalogEntry("ThrowsAtCellFlattened", """
                [Parallelize]
                public static int[,] Guard(int[,] a)
                {
                    int n = a.GetLength(0), m = a.GetLength(1);
                    var r = new int[n, m];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < m; j++)
                        {
                            if (a[i, j] == 37)
                                throw new InvalidOperationException($"cell {i},{j}");
                            r[i, j] = a[i, j];
                        }
                    return r;
                }
                """) { Report = "flattened" };

            yield return new CatalogEntry("ThrowsAtCellTriangular", """
                [Parallelize]
                public static long Guard(int[,] a)
                {
                    long s = 0;
                    int n = a.GetLength(0);
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j <= i; j++)
                        {
                            if (a[i, j] == 38)
                                throw new ArgumentException($"cell {i},{j}");
                            s += a[i, j];
                        }
                    return s;
                }
                """) { Report = "row" };

            yield return new CatalogEntry("CheckedOverflowThrows", """
                [Parallelize]
                public static int[,] Overflow(int[,] a)
                {
                    int n = a.GetLength(0), m = a.GetLength(1);
                    var r = new int[n, m];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < m; j++)
                            r[i, j] = checked(a[i, j] * 100_000_000);
                    return r;
                }
                """) { Report = "flattened" };

            yield return new CatalogEntry("IndexOutOfRangeInRows", """
                [Parallelize]
                public static int[] Reach(int[][] a)
                {
                    var r = new int[a.Length];
                    for (int i = 0; i < a.Length; i++)
                        for (int j = 0; j < a.Length; j++)
                            r[i] += a[j][(a[i][j] + 20) % 37];
                    return r;
                }
                """) { Report = "row" };

            // ------------------------------------------------------------ strategies requested on the attribute
            yield return new CatalogEntry("RowPerTaskRequested", """
                [Parallelize(Strategy = ParallelStrategy.RowPerTask)]
                public static int[,] Table(int n)
                {
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = i * j;
                    return r;
                }
                """) { Report = "row" };

            yield return new CatalogEntry("FlattenRequestedOnTriangle", """
                [Parallelize(Strategy = ParallelStrategy.Flatten)]
                public static int[,] Lower(int n)
                {
                    var r = new int[n, n];
                    {|LG0005:for (int i = 0; i < n; i++)|}
                        for (int j = 0; j < i; j++)
                            r[i, j] = i + j;
                    return r;
                }
                """) { Report = "row" };

            yield return new CatalogEntry("FlattenRequestedOnRectangle", """
                [Parallelize(Strategy = ParallelStrategy.Flatten, MaxDegreeOfParallelism = 3)]
                public static long Sum(int[,] a)
                {
                    long s = 0;
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            s += a[i, j] * (long)(i + 1);
                    return s;
                }
                """) { Report = "flattened" };

            // ------------------------------------------------------------ aliasing that the generated code must check
            yield return new CatalogEntry("StaticArrayFieldRows", """
                private static int[] buffer = new int[0];

                [Parallelize]
                public static int[] Fill(int n)
                {
                    buffer = new int[n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            buffer[i] += i ^ j;
                    return (int[])buffer.Clone();
                }
                """) { Report = "row" };
        }
    }
}
