using System.Collections.Generic;
using System.Linq;

namespace LoopGen.Tests.Catalog
{
    /// <summary>
    /// Issue 8.4: legal nests that were rejected, each with the close variant that must stay rejected
    /// (and with which diagnostic).
    /// </summary>
    internal static partial class CatalogEntries
    {
        private static IEnumerable<CatalogEntry> Issue8()
        {
            // ------------------------------------------------------------ names the generated code renames

            // 'nameof' of a renamed accumulator stays the user's name: the exception's message is M's.
            yield return new CatalogEntry("NameOfAccumulatorInThrow", """
                [Parallelize]
                public static long Sum(int[,] a)
                {
                    long s = 0;
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                        {
                            if (a[i, j] % 97 == 13)
                                throw new System.ArgumentException("bad cell", nameof(s));
                            s += a[i, j];
                        }
                    return s;
                }
                """) { Report = "flattened", Large = 300 };

            // The close variant: the message reads the accumulator's running value, which differs per chunk.
            yield return new CatalogEntry("AccumulatorValueInThrow", """
                [Parallelize]
                public static long Sum(int[,] a)
                {
                    long s = 0;
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                        {
                            if (a[i, j] % 97 == 13)
                                throw new System.ArgumentException("bad cell after " + {|LG0100:s|});
                            s += a[i, j];
                        }
                    return s;
                }
                """);

            // ------------------------------------------------------------ 6. unsafe without pointers

            // 'unsafe' alone changes nothing the twin copies: no pointer, no fixed, no sizeof of a struct.
            yield return new CatalogEntry("UnsafeMethodWithoutPointers", """
                [Parallelize]
                public static unsafe long Sum(int[,] a)
                {
                    long s = 0;
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            s += a[i, j];
                    return s;
                }
                """) { Report = "flattened", Large = 300 };

            yield return new CatalogEntry("UnsafeClassWithoutPointers", """
                public static unsafe partial class K
                {
                    [Parallelize]
                    public static int[,] Table(int n)
                    {
                        var r = new int[n, n];
                        for (int i = 0; i < n; i++)
                            for (int j = 0; j < n; j++)
                                r[i, j] = (i * 31) ^ j;
                        return r;
                    }
                }
                """) { Report = "flattened", Raw = true, Large = 300 };

            // A pointer anywhere in the method needs the unsafe context the twin does not have.
            yield return new CatalogEntry("UnsafeMethodWithPointerBeforeNest", """
                [Parallelize]
                public static unsafe long {|LG0109:Sum|}(int[,] a)
                {
                    long s = 0;
                    long* p = &s;
                    *p = 1;
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            s += a[i, j];
                    return s;
                }
                """);

            yield return new CatalogEntry("UnsafeClassSizeOfStruct", """
                public struct Pair { public int A; public int B; }

                public static unsafe partial class K
                {
                    [Parallelize]
                    public static long {|LG0109:Sum|}(int[,] a)
                    {
                        long s = sizeof(Pair);
                        for (int i = 0; i < a.GetLength(0); i++)
                            for (int j = 0; j < a.GetLength(1); j++)
                                s += a[i, j];
                        return s;
                    }
                }
                """) { Raw = true };

            // ------------------------------------------------------------ 1. flat arrays laid out in columns

            // data[j * rowDim + i] with 0 <= i < rowDim: the index tells i back, provided it does not wrap (long here).
            yield return new CatalogEntry("ColumnMajorFlatIndexLong", """
                [Parallelize]
                public static void Scale(double[] data, int rowDim, int colDim)
                {
                    for (int i = 0; i < rowDim; i++)
                        for (int j = 0; j < colDim; j++)
                            data[(long)j * rowDim + i] = (data[(long)j * rowDim + i] * 2) + i;
                }
                """)
            {
                Report = "flattened",
                Large = 300,
                Inputs = (rng, size) => new object?[] { Enumerable.Range(0, size * ((size / 2) + 1)).Select(k => (double)rng.Next(-50, 50)).ToArray(), size, (size / 2) + 1 },
            };

            yield return new CatalogEntry("ColumnMajorFlatIndexChecked", """
                [Parallelize]
                public static int[] Transpose(int[] source, int rows, int cols)
                {
                    var t = new int[rows * cols];
                    for (int r = 0; r < rows; r++)
                        for (int c = 0; c < cols; c++)
                            t[checked(c * rows + r)] = source[(r * cols) + c];
                    return t;
                }
                """)
            {
                Report = "flattened",
                Large = 300,
                Inputs = (rng, size) => new object?[] { Enumerable.Range(0, size * (size + 1)).Select(k => rng.Next(-50, 50)).ToArray(), size, size + 1 },
            };

            // In unchecked int arithmetic, with j the inner counter from 0 to colDim: every index is below
            // colDim * rowDim, which the generated code checks to fit an int before it runs in parallel.
            yield return new CatalogEntry("ColumnMajorFlatIndexInt", """
                [Parallelize]
                public static void Scale(double[] data, int rowDim, int colDim)
                {
                    for (int i = 0; i < rowDim; i++)
                        for (int j = 0; j < colDim; j++)
                            data[j * rowDim + i] = (data[j * rowDim + i] * 2) + i;
                }
                """)
            {
                Report = "flattened",
                Large = 300,
                Inputs = (rng, size) => new object?[] { Enumerable.Range(0, size * ((size / 2) + 1)).Select(k => (double)rng.Next(-50, 50)).ToArray(), size, (size / 2) + 1 },
            };

            // The close variant: the multiplier is not a counter with a known range, so 'j * seed * rowDim' may wrap
            // onto another iteration's element: rejected, with the way out.
            yield return new CatalogEntry("ColumnMajorFlatIndexMayWrap", """
                [Parallelize]
                public static void Scale(double[] data, int rowDim, int colDim, int seed)
                {
                    for (int i = 0; i < rowDim; i++)
                        for (int j = 0; j < colDim; j++)
                            {|LG0106:data[(j * seed) * rowDim + i]|} = data[(j * seed) * rowDim + i] * 2;
                }
                """);

            // Rows in int arithmetic with the outer counter running down: no known range to check B * S against,
            // so a wrapping i * S + k is not ruled out.
            yield return new CatalogEntry("RowMajorIntIndexCountingDown", """
                [Parallelize]
                public static void Fill(double[] data, int rows, int cols)
                {
                    for (int i = rows - 1; i >= 0; i--)
                        for (int k = 0; k < cols; k++)
                            {|LG0106:data[i * cols + k]|} = i + k;
                }
                """);

            // The same rows counting up: every index is below rows * cols, checked to fit an int at run time.
            yield return new CatalogEntry("RowMajorIntIndexCountingUp", """
                [Parallelize]
                public static void Fill(double[] data, int rows, int cols)
                {
                    for (int i = 0; i < rows; i++)
                        for (int k = 0; k < cols; k++)
                            data[i * cols + k] = i + k;
                }
                """)
            {
                Report = "flattened",
                Large = 300,
                Inputs = (rng, size) => new object?[] { new double[size * (size + 1)], size, size + 1 },
            };

            // The stride is not the outer bound: iteration i and i + colDim meet.
            yield return new CatalogEntry("ColumnMajorStrideNotOuterBound", """
                [Parallelize]
                public static void Scale(double[] data, int rowDim, int colDim)
                {
                    for (int i = 0; i < rowDim; i++)
                        for (int j = 0; j < colDim; j++)
                            {|LG0106:data[(long)j * colDim + i]|} = data[(long)j * colDim + i] * 2;
                }
                """);

            // The counter may start below zero: i = -1 and i = rowDim - 1 meet.
            yield return new CatalogEntry("ColumnMajorNegativeStart", """
                [Parallelize]
                public static void Scale(double[] data, int rowDim, int colDim)
                {
                    for (int i = -1; i < rowDim; i++)
                        for (int j = 1; j < colDim; j++)
                            {|LG0106:data[(long)j * rowDim + i]|} = i;
                }
                """);

            // ------------------------------------------------------------ 2. '!=' conditions

            yield return new CatalogEntry("NotEqualCondition", """
                [Parallelize]
                public static long Sum(int n)
                {
                    long s = 0;
                    for (int i = 0; i != n; i++)
                        for (int j = 0; j < n; j++)
                            s += i * j;
                    return s;
                }
                """) { Report = "flattened", Large = 300 };

            yield return new CatalogEntry("NotEqualDecreasing", """
                [Parallelize]
                public static void Fill(int[,] r)
                {
                    for (int i = r.GetLength(0) - 1; i != -1; i--)
                        for (int j = 0; j < r.GetLength(1); j++)
                            r[i, j] = (i * 7) - j;
                }
                """) { Report = "flattened", Large = 300 };

            // Starting past the bound, the original loop runs on (here until an index throws): the twin must too.
            yield return new CatalogEntry("NotEqualStartPastBound", """
                [Parallelize]
                public static void Fill(int[,] r, int lo, int hi)
                {
                    for (int i = lo; i != hi; i++)
                        for (int j = 0; j < r.GetLength(1); j++)
                            r[i, j] = i + j;
                }
                """)
            {
                Report = "flattened",
                Large = 300,
                Inputs = (rng, size) => size % 2 == 0
                    ? new object?[] { new int[size + 1, 3], 0, size }
                    : new object?[] { new int[size + 1, 3], 5, 2 },
            };

            yield return new CatalogEntry("InnerNotEqualStartPastBound", """
                [Parallelize]
                public static void Fill(int[,] r, int lo)
                {
                    for (int i = 0; i < r.GetLength(0); i++)
                        for (int j = lo; j != r.GetLength(1); j++)
                            r[i, j] = i * j;
                }
                """)
            {
                Report = "flattened",
                Large = 300,
                Inputs = (rng, size) => new object?[] { new int[size, size], size % 2 == 0 ? 0 : size + 1 },
            };

            // Rows created up front at their counted length: a middle row whose '!=' loop starts past its bound
            // (the original loop then runs on, here until an index throws) must send the nest to the original loop.
            yield return new CatalogEntry("RowBuilderInnerNotEqualStartPastBound", """
                [Parallelize]
                public static List<List<int>> Rows(int[] starts, int[] data)
                {
                    var results = new List<List<int>>();
                    for (int i = 0; i < starts.Length; i++)
                    {
                        var row = new List<int>();
                        for (int j = starts[i]; j != data.Length; j++)
                            row.Add(data[j] * i);
                        results.Add(row);
                    }
                    return results;
                }
                """)
            {
                Report = "row",
                Large = 300,
                Inputs = (rng, size) =>
                {
                    int[] data = Enumerable.Range(0, size + 2).Select(k => rng.Next(-9, 9)).ToArray();
                    int[] starts = Enumerable.Range(0, size).Select(k => rng.Next(0, data.Length + 1)).ToArray();
                    if (size % 2 == 1 && size > 2)
                    {
                        starts[size / 2] = data.Length + 1;
                    }

                    return new object?[] { starts, data };
                },
            };

            // With a step of 2 the counter may jump over the bound.
            yield return new CatalogEntry("NotEqualStepTwo", """
                [Parallelize]
                public static long Sum(int n)
                {
                    long s = 0;
                    {|LG0108:for (int i = 0; i != n; i += 2)|}
                        for (int j = 0; j < n; j++)
                            s += i * j;
                    return s;
                }
                """);

            // ------------------------------------------------------------ 3. fields of struct elements the iteration owns

            yield return new CatalogEntry("StructElementFieldWrite", """
                public struct Cx { public double Re; public double Im; }

                [Parallelize]
                public static void Conjugate(Cx[,] data)
                {
                    for (int i = 0; i < data.GetLength(0); i++)
                        for (int j = 0; j < data.GetLength(1); j++)
                        {
                            data[i, j].Im = -data[i, j].Im;
                            data[i, j].Re += i;
                        }
                }
                """) { Report = "flattened", Large = 300 };

            yield return new CatalogEntry("StructJaggedElementFieldWrite", """
                public struct P { public int X; public int Y; }

                [Parallelize]
                public static void Shift(P[][] rows, int dx)
                {
                    for (int i = 0; i < rows.Length; i++)
                        for (int j = 0; j < rows[i].Length; j++)
                        {
                            rows[i][j].X += dx * i;
                            rows[i][j].Y++;
                        }
                }
                """) { Report = "row", Large = 300 };

            // A field of a struct in a struct: still the element's own storage.
            yield return new CatalogEntry("NestedStructElementFieldWrite", """
                public struct Inner { public int V; }
                public struct Outer { public Inner A; public int B; }

                [Parallelize]
                public static Outer[] Fill(int n)
                {
                    var r = new Outer[n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < 4; j++)
                            r[i].A.V += i * j;
                    return r;
                }
                """) { Report = "row", Large = 3000 };

            // The element of another iteration: a value carried between iterations.
            yield return new CatalogEntry("StructElementOfOtherIteration", """
                public struct Cx { public double Re; public double Im; }

                [Parallelize]
                public static void Smear(Cx[,] data)
                {
                    for (int i = 1; i < data.GetLength(0); i++)
                        for (int j = 0; j < data.GetLength(1); j++)
                            data[i - 1, j].Re = {|LG0100:data[i, j]|}.Im;
                }
                """);

            // Elements of a class type are shared objects: writing their fields is a shared write.
            yield return new CatalogEntry("ClassElementFieldWrite", """
                public sealed class Cell { public double Re; }

                [Parallelize]
                public static void Bump(Cell[,] data)
                {
                    for (int i = 0; i < data.GetLength(0); i++)
                        for (int j = 0; j < data.GetLength(1); j++)
                            {|LG0102:data[i, j].Re = i|};
                }
                """);

            // ------------------------------------------------------------ 4. helpers that enumerate an argument

            yield return new CatalogEntry("HelperEnumeratesReadOnlyRow", """
                private static double Sum(IEnumerable<double> xs)
                {
                    double s = 0;
                    foreach (double x in xs)
                        s += x;
                    return s;
                }

                [Parallelize]
                public static double[] Weighted(double[][] a, int reps)
                {
                    var r = new double[a.Length];
                    for (int i = 0; i < a.Length; i++)
                        for (int k = 0; k < reps; k++)
                            r[i] += Sum(a[i]) * k;
                    return r;
                }
                """) { Report = "row", Large = 300, Tolerance = true };

            yield return new CatalogEntry("HelperEnumeratesOwnedRow", """
                private static double Sum(IEnumerable<double> xs)
                {
                    double s = 0;
                    foreach (double x in xs)
                        s += x;
                    return s;
                }

                [Parallelize]
                public static double[] RowTotals(int n)
                {
                    var r = new double[n];
                    for (int i = 0; i < n; i++)
                    {
                        var row = new double[n];
                        for (int j = 0; j < n; j++)
                            row[j] = (i * 0.5) + j;
                        r[i] = Sum(row);
                    }
                    return r;
                }
                """) { Report = "row", Large = 300 };

            // The row the iteration writes, then enumerated by the helper: only this iteration's elements.
            yield return new CatalogEntry("HelperEnumeratesWrittenOwnRow", """
                private static double Sum(IEnumerable<double> xs)
                {
                    double s = 0;
                    foreach (double x in xs)
                        s += x;
                    return s;
                }

                [Parallelize]
                public static double[] Normalize(double[][] a)
                {
                    var totals = new double[a.Length];
                    for (int i = 0; i < a.Length; i++)
                    {
                        for (int j = 0; j < a[i].Length; j++)
                            a[i][j] = a[i][j] * a[i][j];
                        totals[i] = Sum(a[i]);
                    }
                    return totals;
                }
                """) { Report = "row", Large = 300, Tolerance = true };

            yield return new CatalogEntry("HelperEnumeratesWrittenRowAlias", """
                private static double Max(IEnumerable<double> xs)
                {
                    double m = double.MinValue;
                    foreach (double x in xs)
                        if (x > m)
                            m = x;
                    return m;
                }

                [Parallelize]
                public static double[] Clamp(double[][] a, double limit)
                {
                    var peaks = new double[a.Length];
                    for (int i = 0; i < a.Length; i++)
                    {
                        var row = a[i];
                        for (int j = 0; j < row.Length; j++)
                            row[j] = Math.Min(row[j], limit);
                        peaks[i] = Max(row);
                    }
                    return peaks;
                }
                """) { Report = "row", Large = 300 };

            // A List<T> row of the iteration, enumerated through IReadOnlyCollection<T>.
            yield return new CatalogEntry("HelperEnumeratesOwnedList", """
                private static int Count(IReadOnlyCollection<int> xs, int limit)
                {
                    int c = 0;
                    foreach (int x in xs)
                        if (x < limit)
                            c++;
                    return c;
                }

                [Parallelize]
                public static int[] Below(int n, int m)
                {
                    var r = new int[n];
                    for (int i = 0; i < n; i++)
                    {
                        var row = new List<int>();
                        for (int j = 0; j < m; j++)
                            row.Add((i * j) % 17);
                        r[i] = Count(row, 8);
                    }
                    return r;
                }
                """) { Report = "row", Large = 300 };

            // The helper is given the whole array of rows others write.
            yield return new CatalogEntry("HelperEnumeratesWholeWrittenArray", """
                private static int Total(IEnumerable<int[]> rows)
                {
                    int s = 0;
                    foreach (int[] row in rows)
                        s += row.Length;
                    return s;
                }

                [Parallelize]
                public static void Run(int[][] a)
                {
                    for (int i = 0; i < a.Length; i++)
                        for (int j = 0; j < a[i].Length; j++)
                            {|LG0106:a[i][j]|} = Total(a);
                }
                """);

            // The argument's own enumerator counts its walks in a shared static: judged at the call site.
            yield return new CatalogEntry("HelperEnumeratesCountingEnumerable", """
                public sealed class Counted : IEnumerable<int>
                {
                    public static int Walks;
                    private readonly int n;
                    public Counted(int n) { this.n = n; }
                    public IEnumerator<int> GetEnumerator() { Walks++; for (int k = 0; k < this.n; k++) yield return k; }
                    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => this.GetEnumerator();
                }

                private static int Sum(IEnumerable<int> xs)
                {
                    int s = 0;
                    foreach (int x in xs)
                        s += x;
                    return s;
                }

                [Parallelize]
                public static int[] Run(int n)
                {
                    var r = new int[n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < 3; j++)
                            r[i] += Sum({|LG0102:new Counted(i)|});
                    return r;
                }
                """);

            // A helper that stores into the row it is given writes shared state.
            yield return new CatalogEntry("HelperStoresIntoArgument", """
                private static void Bump(IList<double> xs)
                {
                    xs[0] += 1;
                }

                [Parallelize]
                public static void Run(double[][] a, int reps)
                {
                    for (int i = 0; i < a.Length; i++)
                        for (int k = 0; k < reps; k++)
                            {|LG0102:Bump(a[0])|};
                }
                """);

            // A helper that enumerates a row other iterations write reads their values.
            yield return new CatalogEntry("HelperEnumeratesWrittenRow", """
                private static double Sum(IEnumerable<double> xs)
                {
                    double s = 0;
                    foreach (double x in xs)
                        s += x;
                    return s;
                }

                [Parallelize]
                public static void Run(double[][] a)
                {
                    for (int i = 0; i < a.Length; i++)
                        for (int j = 0; j < a[i].Length; j++)
                            a[i][j] = Sum({|LG0100:a[0]|});
                }
                """);

            // ------------------------------------------------------------ 5. fresh result arrays of generic or class elements

            yield return new CatalogEntry("GenericResultArray", """
                [Parallelize]
                public static T[,] Tile<T>(T[] xs, int n)
                {
                    var r = new T[n, xs.Length];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < xs.Length; j++)
                            r[i, j] = xs[(i + j) % xs.Length];
                    return r;
                }
                """) { Report = "flattened", Large = 300, TypeArguments = new[] { typeof(string) } };

            yield return new CatalogEntry("StringResultArray", """
                [Parallelize]
                public static string[] Lines(int n, int m)
                {
                    string[] r = new string[n];
                    for (int i = 0; i < n; i++)
                    {
                        var sb = new StringBuilder();
                        for (int j = 0; j < m; j++)
                            sb.Append((char)('a' + ((i + j) % 26)));
                        r[i] = sb.ToString();
                    }
                    return r;
                }
                """) { Report = "row", Large = 300 };

            // Class elements, and an object[] read beside the result (whose elements could not hold it).
            yield return new CatalogEntry("ClassResultArrayBesideObjects", """
                public sealed class Box { public string Text = ""; public override string ToString() => this.Text; }

                [Parallelize]
                public static string[] Show(object[] xs, int m)
                {
                    var boxes = new Box[xs.Length];
                    for (int i = 0; i < xs.Length; i++)
                    {
                        var b = new Box();
                        for (int j = 0; j < m; j++)
                            b.Text += xs[i];
                        boxes[i] = b;
                    }
                    return boxes.Select(b => b.Text).ToArray();
                }
                """) { Report = "row", Large = 300, Inputs = (rng, size) => new object?[] { Enumerable.Range(0, size).Select(k => (object)(k * 3)).ToArray(), 3 } };

            // The result array was shown to someone before the nest: it may be an element of 'xs'.
            yield return new CatalogEntry("ResultArrayStoredBeforeNest", """
                [Parallelize]
                public static T[] Fill<T>(T[] xs, object[] boxes)
                {
                    var r = new T[xs.Length];
                    if (boxes.Length > 0)
                        boxes[0] = r;
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < 3; j++)
                            r[i] = {|LG0106:xs[i]|};
                    return r;
                }
                """);

            // A local of the iteration that holds one of two parameters is not the fresh result array.
            yield return new CatalogEntry("ArrayChosenInsideBodyBesideFreshResult", """
                [Parallelize]
                public static int[,] Pick(int[] a, int[] b)
                {
                    int n = Math.Min(a.Length, b.Length);
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                        {
                            var src = i % 2 == 0 ? a : b;
                            r[i, j] = src[j];
                        }
                    return r;
                }
                """) { Report = "flattened", Large = 300 };

            // Every iteration writes the same element of the result: shared.
            yield return new CatalogEntry("SharedResultArrayElement", """
                [Parallelize]
                public static string[] Lines(int n, int m)
                {
                    string[] r = new string[n];
                    for (int i = 0; i < n; i++)
                    {
                        var sb = new StringBuilder();
                        for (int j = 0; j < m; j++)
                            sb.Append((char)('a' + j));
                        {|LG0106:r[0]|} = sb.ToString();
                    }
                    return r;
                }
                """);

            // ------------------------------------------------------------ 7. an overload named like the twin

            yield return new CatalogEntry("UnrelatedOverloadNamedLikeTwin", """
                public static long SumParallel(int x) => x;

                [Parallelize]
                public static long Sum(int[,] a)
                {
                    long s = 0;
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            s += a[i, j];
                    return s;
                }
                """) { Report = "flattened", Large = 300 };

            // The options overload is a real clash too.
            yield return new CatalogEntry("TwinOptionsOverloadTaken", """
                public static long SumParallel(int[,] a, System.Threading.Tasks.ParallelOptions options) => 0;

                [Parallelize]
                public static long {|LG0109:Sum|}(int[,] a)
                {
                    long s = 0;
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            s += a[i, j];
                    return s;
                }
                """);

            // Same signature up to the names of the method's type parameters: a clash.
            yield return new CatalogEntry("GenericTwinTaken", """
                public static T[] FillParallel<U, T>(T[] xs, int n) => xs;

                [Parallelize]
                public static T[] {|LG0109:Fill|}<A, T>(T[] xs, int n)
                {
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < n; j++)
                            xs[i] = xs[i];
                    return xs;
                }
                """);

            // A property named like the twin: any member of that name clashes with a method.
            yield return new CatalogEntry("TwinNameTakenByProperty", """
                public static int SumParallel => 0;

                [Parallelize]
                public static long {|LG0109:Sum|}(int[,] a)
                {
                    long s = 0;
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            s += a[i, j];
                    return s;
                }
                """);
        }
    }
}
