using System;
using System.Collections.Generic;
using System.Linq;

namespace LoopGen.Tests.Catalog
{
    /// <summary>
    /// Ninth red-team round, from a review session: the generated code. F1-F4 were accepted silently and behaved
    /// differently (or did not compile); each now carries its correct expectation. HANDLED entries always passed.
    /// </summary>
    internal static partial class CatalogEntries
    {
        private static IEnumerable<CatalogEntry> RedTeam9()
        {

            // ===== F1: caller-info attributes. The twin's copy of the code lives in another member
            // (__lg_RunParallel / __lg_RunParallel_Chunk0), another file and other lines, and multi-line
            // arguments are re-indented; the compiler fills caller info from the copy. Differs on the
            // SEQUENTIAL path too (size 0/1), so no input avoids it. The method is now rejected (LG0109).
            yield return new CatalogEntry("Rt9CallerMemberNameHelper", """
                private static int Tag(int x, [System.Runtime.CompilerServices.CallerMemberName] string name = "") => (x * 100) + name.Length;

                [Parallelize]
                public static int[,] {|LG0109:Run|}(int n)
                {
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = Tag(i + j);
                    return r;
                }
                """);

            yield return new CatalogEntry("Rt9CallerLineNumberHelper", """
                private static int Line(int x, [System.Runtime.CompilerServices.CallerLineNumber] int line = 0) => (x * 1000) + line;

                [Parallelize]
                public static int[,] {|LG0109:Run|}(int n)
                {
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = Line(i + j);
                    return r;
                }
                """);

            yield return new CatalogEntry("Rt9CallerFilePathHelper", """
                private static int Path([System.Runtime.CompilerServices.CallerFilePath] string file = "") => file.Length;

                [Parallelize]
                public static int[,] {|LG0109:Run|}(int n)
                {
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = Path() + i;
                    return r;
                }
                """);

            yield return new CatalogEntry("Rt9CallerArgumentExpressionMultiline", """
                private static int Len(int x, [System.Runtime.CompilerServices.CallerArgumentExpression("x")] string text = "") => (x * 1000) + text.Length;

                [Parallelize]
                public static int[,] {|LG0109:Run|}(int n)
                {
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = Len(i
                                          + j);
                    return r;
                }
                """);

            // Outside any nest: a statement copied into the core.
            yield return new CatalogEntry("Rt9CallerMemberNameBeforeNest", """
                private static string Who([System.Runtime.CompilerServices.CallerMemberName] string name = "") => name;

                [Parallelize]
                public static (int[,], string) {|LG0109:Run|}(int n)
                {
                    string who = Who();
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = i * j;
                    return (r, who);
                }
                """);

            // ===== F2: thread-bound base-library getters were taken as pure; now LG0107 like Task.CurrentId.
            yield return new CatalogEntry("Rt9ThreadIdInNest", """
                [Parallelize]
                public static int[,] Run(int n)
                {
                    int me = Environment.CurrentManagedThreadId;
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|LG0107:Environment.CurrentManagedThreadId|} == me ? 1 : 0;
                    return r;
                }
                """);

            yield return new CatalogEntry("Rt9CurrentThreadInNest", """
                [Parallelize]
                public static int[,] Run(int n)
                {
                    var t = System.Threading.Thread.CurrentThread;
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|LG0107:System.Threading.Thread.CurrentThread|} == t ? 1 : 0;
                    return r;
                }
                """);

            yield return new CatalogEntry("Rt9ManagedThreadIdOfCurrentThread", """
                [Parallelize]
                public static int[,] Run(int n)
                {
                    int me = System.Threading.Thread.CurrentThread.ManagedThreadId;
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|LG0107:System.Threading.Thread.CurrentThread|}.ManagedThreadId == me ? 1 : 0;
                    return r;
                }
                """) { Large = 700 };

            yield return new CatalogEntry("Rt9SynchronizationContextCurrent", """
                [Parallelize]
                public static int[,] Run(int n)
                {
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|LG0107:System.Threading.SynchronizationContext.Current|} == null ? 1 : 0;
                    return r;
                }
                """) { Large = 700 };

            // ===== F3: frame-bound exception members (library getters taken as pure). The twin's frames are
            // __lg_RunParallel[_Chunk0], so the value differs on every path. Correct: a warning naming the read
            // (LG0004 shown; an LG0107-style rejection would do too). Racy: the differential would show what it names.
            yield return new CatalogEntry("Rt9ExceptionStackTraceInNest", """
                [Parallelize]
                public static int[,] Run(int[,] a)
                {
                    int n = a.GetLength(0), m = a.GetLength(1);
                    var r = new int[n, m];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < m; j++)
                        {
                            try { r[i, j] = 100 / (a[i, j] % 5); }
                            catch (DivideByZeroException e) { r[i, j] = {|LG0004:e.StackTrace|}.Length; }
                        }
                    return r;
                }
                """) { Report = "flattened", Racy = true };

            yield return new CatalogEntry("Rt9ExceptionTargetSiteInNest", """
                [Parallelize]
                public static int[,] Run(int[,] a)
                {
                    int n = a.GetLength(0), m = a.GetLength(1);
                    var r = new int[n, m];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < m; j++)
                        {
                            try { r[i, j] = 100 / (a[i, j] % 5); }
                            catch (DivideByZeroException e) { r[i, j] = {|LG0004:e.TargetSite|}.Name.Length; }
                        }
                    return r;
                }
                """) { Report = "flattened", Racy = true };

            // ===== F4 (not a false acceptance, a build break): a file-local type used in the nest. The twin is
            // another file: CS0103 'H' does not exist. Now rejected (LG0109), since the generated file cannot see H.
            yield return new CatalogEntry("Rt9FileLocalHelperType", """
                file static class H { public static int F(int x) => x + 1; }

                public static partial class K
                {
                    [Parallelize]
                    public static int[,] {|LG0109:Run|}(int n)
                    {
                        var r = new int[n, n];
                        for (int i = 0; i < n; i++)
                            for (int j = 0; j < n; j++)
                                r[i, j] = H.F(i * j);
                        return r;
                    }
                }
                """) { Raw = true };

            // ===== HANDLED
            yield return new CatalogEntry("Rt9RowBuilderThrowsSomeRows", """
                [Parallelize]
                public static List<List<int>> Run(int[][] d)
                {
                    var results = new List<List<int>>();
                    for (int i = 0; i < d.Length; i++)
                    {
                        var row = new List<int>();
                        for (int j = 0; j < d[i].Length; j++)
                            row.Add(checked(1000 / d[i][j] * 2147483));
                        results.Add(row);
                    }
                    return results;
                }
                """)
            {
                Report = "row",
                Large = 400,
                Inputs = (rng, size) =>
                {
                    var d = new int[size][];
                    for (int i = 0; i < size; i++)
                    {
                        d[i] = new int[rng.Next(0, size)];
                        for (int j = 0; j < d[i].Length; j++) d[i][j] = rng.Next(1, 2000);
                    }
                    if (size > 5) { d[size - 2][0 < d[size - 2].Length ? 0 : 0] = 0; }
                    if (size > 5) d[size / 2] = null!;
                    if (size > 5 && d[size / 3].Length > 1) d[size / 3][d[size / 3].Length - 1] = 1;
                    return new object?[] { d };
                },
            };

            yield return new CatalogEntry("Rt9RowThrowAfterInner", """
                [Parallelize]
                public static int[] Run(int[][] a)
                {
                    var r = new int[a.Length];
                    for (int i = 0; i < a.Length; i++)
                    {
                        int s = 0;
                        for (int j = 0; j < a[i].Length; j++)
                            s += a[i][j];
                        if (s % 41 == 3)
                            throw new InvalidOperationException("row " + i + " sum " + s);
                        r[i] = s / (s % 13);
                    }
                    return r;
                }
                """) { Report = "row", Large = 300 };

            yield return new CatalogEntry("Rt9ManyReductionsContinue", """
                [Parallelize]
                public static (byte, short, uint, ulong, float, long, int, int, bool) Run(int[,] a)
                {
                    byte b = 7; short sh = -3; uint u = 1; ulong ul = 5; float f = 0.5f; long p = 3; int mn = 99, mx = -99; bool any = false;
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                        {
                            if (a[i, j] % 3 == 0)
                                continue;
                            b += (byte)a[i, j];
                            sh -= (short)(a[i, j] * 1000);
                            u *= (uint)(a[i, j] | 1);
                            ul -= (ulong)(long)a[i, j];
                            f += a[i, j];
                            p *= a[i, j] % 7 == 0 ? 0 : 3;
                            mn = Math.Min(mn, a[i, j]);
                            mx = Math.Max(a[i, j], mx);
                            any |= a[i, j] == 17;
                        }
                    return (b, sh, u, ul, f, p, mn, mx, any);
                }
                """) { Report = "flattened" };

            yield return new CatalogEntry("Rt9MathMaxMinNaN", """
                [Parallelize]
                public static (double, double, float, double) Run(double[,] a)
                {
                    double mx = double.NegativeInfinity, mn = double.PositiveInfinity; float fm = 0f; double sel = -1;
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                        {
                            mx = Math.Max(mx, a[i, j]);
                            mn = Math.Min(a[i, j], mn);
                            fm = Math.Max(fm, (float)a[i, j]);
                            if (a[i, j] >= sel) sel = a[i, j];
                        }
                    return (mx, mn, fm, sel);
                }
                """)
            {
                Report = "flattened",
                Large = 300,
                Inputs = (rng, size) =>
                {
                    var a = new double[size, size];
                    for (int i = 0; i < size; i++)
                        for (int j = 0; j < size; j++)
                            a[i, j] = rng.Next(10) == 0 ? double.NaN : rng.Next(3) == 0 ? -0.0 : rng.Next(-5, 5);
                    return new object?[] { a };
                },
            };

            yield return new CatalogEntry("Rt9TwoNestsStatementsBetween", """
                [Parallelize]
                public static (long[], long, List<int>) Run(int[][] a, int n)
                {
                    var sums = new long[a.Length];
                    for (int i = 0; i < a.Length; i++)
                        for (int j = 0; j < a[i].Length; j++)
                            sums[i] += a[i][j];
                    long top = sums.Length == 0 ? 0 : sums.Max();
                    var hits = new List<int>();
                    long total = top;
                    for (int i = n - 1; i >= -3; i -= 3)
                        for (int j = 0; j <= n; j++)
                        {
                            if ((i * j + top) % 5 == 0) hits.Add(i * 1000 + j);
                            total -= i ^ j;
                        }
                    return (sums, total, hits);
                }
                """) { Report = "flattened", Large = 300 };

            yield return new CatalogEntry("Rt9LongCountersNearMax", """
                [Parallelize]
                public static long Run(int n)
                {
                    long s = 0;
                    for (long i = long.MaxValue - n; i < long.MaxValue - 1; i += 2)
                        for (long j = long.MinValue + 3; j <= long.MinValue + n; j++)
                            s += (i - long.MaxValue) * (j - long.MinValue) + (i ^ j);
                    return s;
                }
                """) { Report = "flattened", Large = 600 };

            yield return new CatalogEntry("Rt9IntCounterNegativeStartStepDown", """
                [Parallelize]
                public static int[] Run(int n)
                {
                    var r = new int[3 * n + 10];
                    for (int i = 2 * n; i > -n; i -= 2)
                        for (int j = -5; j < n; j++)
                            r[i + n] += i * j;
                    return r;
                }
                """) { Report = "row", Large = 500 };

            yield return new CatalogEntry("Rt9TriangularRowsEmptyFirst", """
                [Parallelize]
                public static List<List<long>> Run(int n)
                {
                    var results = new List<List<long>>();
                    for (int i = 0; i < n; i++)
                    {
                        var row = new List<long>();
                        for (int j = i; j < n - i; j++)
                            row.Add((long)i * j);
                        results.Add(row);
                    }
                    return results;
                }
                """) { Report = "row", Large = 700 };

            yield return new CatalogEntry("Rt9JaggedRowsCreatedPerRow", """
                [Parallelize]
                public static int[][] Run(int n)
                {
                    var r = new int[n][];
                    for (int i = 0; i < n; i++)
                    {
                        var row = new int[i];
                        for (int j = 0; j < i; j++)
                            row[j] = i - j;
                        r[i] = row;
                    }
                    return r;
                }
                """) { Report = "row", Large = 700 };

            yield return new CatalogEntry("Rt9FilteredAddsAndCount", """
                [Parallelize]
                public static (List<string>, int) Run(List<int> xs, int[] ys)
                {
                    var results = new List<string>();
                    int count = 0;
                    foreach (var x in xs)
                        foreach (var y in ys)
                        {
                            if (x == y) continue;
                            if ((x + y) % 4 == 0) results.Add(x + ":" + y);
                            else count++;
                        }
                    return (results, count);
                }
                """) { Report = "flattened", Large = 400 };

            yield return new CatalogEntry("Rt9GenericRows", """
                [Parallelize]
                public static List<List<T>> Run<T>(T[] xs, int[] ks)
                {
                    var results = new List<List<T>>();
                    foreach (var k in ks)
                    {
                        var row = new List<T>();
                        foreach (var x in xs)
                            row.Add(k > 0 ? x : default);
                        results.Add(row);
                    }
                    return results;
                }
                """) { Report = "flattened", Large = 500, TypeArguments = new[] { typeof(string) } };

            yield return new CatalogEntry("Rt9ParamsAndOptional", """
                [Parallelize(MaxDegreeOfParallelism = 3)]
                public static long Run(int n, long k = 7, params int[] xs)
                {
                    long s = 0;
                    foreach (var i in Enumerable.Range(-2, n))
                        foreach (var x in xs)
                            s += (i * k) ^ x;
                    return s;
                }
                """) { Report = "flattened", Large = 500 };

            yield return new CatalogEntry("Rt9RangeOuterCountThrows", """
                [Parallelize]
                public static long Run(int n)
                {
                    long s = 0;
                    foreach (var i in Enumerable.Range(int.MaxValue - n / 2, n))
                        for (int j = 0; j < n; j++)
                            s += i ^ j;
                    return s;
                }
                """) { Report = "flattened", Large = 500 };

            yield return new CatalogEntry("Rt9OuterDependentNullRowBound", """
                [Parallelize]
                public static long Run(int[][] d)
                {
                    long s = 0;
                    for (int i = 0; i < d.Length; i++)
                        for (int j = 0; j < d[i].Length; j++)
                            s += d[i][j] / (d[i][j] - 7);
                    return s;
                }
                """)
            {
                Report = "row",
                Large = 400,
                Inputs = (rng, size) =>
                {
                    var d = new int[size][];
                    for (int i = 0; i < size; i++)
                    {
                        d[i] = new int[rng.Next(0, size)];
                        for (int j = 0; j < d[i].Length; j++) d[i][j] = rng.Next(8, 50);
                    }
                    if (size > 5) { d[size - 3] = null!; d[size - 1] = new[] { 7 }; }
                    return new object?[] { d };
                },
            };

        }
    }
}
