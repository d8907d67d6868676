using System;
using System.Collections.Generic;
using System.Linq;

namespace LoopGen.Tests.Catalog
{
    /// <summary>
    /// Seventeenth red-team round, from a review session: soundness of the nest walker after the outer-bound fix
    /// (NestWalker.BoundReadThroughAlias). Every entry below was accepted silently (LG0003 'flattened' or 'row', no
    /// LG0004) and, written with its markers removed as an accepted entry (Large = 800), its twin differed from M in the
    /// differential: deterministically, since M re-reads the outer or inner bound (or, for an array reduction, every
    /// element read) while the twin reads it once (or reads the array before the per-chunk copies are merged). Each
    /// carries its CORRECT expectation. Mechanisms (1) to (4) are FIXED (one rule, ArrayReach, decides whether a
    /// field, a value given to a helper or a value of the outer bound may reach an array: by being it, holding it,
    /// viewing or pointing at its elements; auto-property accessors map to their backing field; a measure must be the
    /// base library's, an interface's Count is checked at run time; the outer foreach's collection is a use of the
    /// array). Mechanism (5) is FIXED in the generator: rows of the row-building shape, and their table, are created in
    /// advance only up to 2^24 of them and of 2^24 items each; larger sizes run the original loop. Five mechanisms:
    /// (1) a container of the written array is not seen as one: the fields a callee reads are compared with the written
    /// arrays by type (MayBeSameObject, CouldHoldArray), so a field of type int[][], int[][,] or List of int[] that holds
    /// the array passes, and an auto-property's backing field is not collected at all (CallInspector.CollectFields finds
    /// no operation in 'get;'); a helper given a List of int[], a Tuple of int[], a GCHandle or an IntPtr to the pinned
    /// array passes BoundReadThroughAlias, which only looks at values typed as arrays, spans or views (outer bound, inner
    /// bound of a flattened nest, and body reads of an array reduction);
    /// (2) base-library views over an array that are neither interfaces nor ArraySegment/Memory are not views:
    /// Array.AsReadOnly (ReadOnlyCollection of T) everywhere, and ImmutableArray of T in the body (it is one in the outer
    /// bound only); the row-building shape then also pre-sizes rows with a bound read through such a view;
    /// (3) BoundReadThroughAlias takes any Length or Count of a view-like value as a measure: a user ref struct's Length
    /// getter, or the Count of a user IReadOnlyList of T read through the interface (the run-time check that an
    /// interface-typed local holds an array or a List of T covers the body and inner bounds, not the outer bound);
    /// (4) the collection of the OUTER foreach is not a use of the array: an array reduction into the array the outer
    /// foreach walks (or a parameter or local alias that may be it) is accepted, and M's foreach sees the updates the twin defers;
    /// (5) the row-building shape allocates every row at its final length before the body runs: where M throws in the
    /// first iteration, the twin throws OutOfMemoryException from new List of T(m) or new List of T[n].
    /// Checked and found HANDLED (not entries): outer bounds calling a static Func field, reading lazy.Value[0] of a
    /// Lazy of the written array, or new string(c) of the written char[] (LG0108); an outer foreach over the result list
    /// it appends to (LG0108); an array reduction whose body throws midway or whose index throws (equal); steps written
    /// 'i -= -1', 'i = i + 1', 'j = 1 + j', '(short)1' and bounds on the left (equal), a step away from the bound (LG0108);
    /// Array.Fill, Array.Reverse and AsSpan().Fill on rows of a jagged parameter
    /// (LG0102); Interlocked.Exchange and Volatile.Write on a shared element (LG0004, LG0106); a helper writing through a
    /// pointer (LG0102); goto and labels in the row-building inner loop (LG0107); an inner bound reading the result list's
    /// Count (LG0105); a struct local declared before the nest mutated by an instance method (LG0102) or a 'this ref'
    /// extension (LG0101); a lazily caching getter of a shared object (LG0102); a struct wrapper's Length getter reading
    /// its array field in the outer bound (LG0100); a ReadOnlySpan over a reduced array read in the body, 'dynamic' calls
    /// (LG0107); WeakReference.TryGetTarget of the written array (LG0102, LG0106); an inner foreach over the reduced array
    /// itself (LG0106) or over another parameter that may be it (equal); outer counters declared before the loop or with a
    /// second variable in the header (LG0108); an inner counter declared before the nest (LG0101), or with a second
    /// variable (row, equal); a lambda, deferred Select or local function made a delegate capturing the counters (LG0100,
    /// or row when only the inner counter is captured, equal); an interface-typed view read in an inner bound and an array
    /// typed as IReadOnlyList of T bounding row-building rows (checked at run time, equal); row-building rows with a
    /// negative bound, a step of -3 down to -m, or a wide int range with a large step, flattened sums over a wide inner
    /// int range and a wide long outer range, an inner 'j != 2' starting past its bound and 'j &lt;= int.MaxValue'
    /// (equal); the order of exceptions between outer start, outer bound, inner start and inner bound, and an inner start
    /// or Range count that throws when the outer loop is empty (same exception); a lambda parameter or static local
    /// function parameter shadowing the counter or a reduction, a local constant, a local function and an anonymous-type
    /// local declared before the nest, thirteen captured values, an in-row tuple swap (equal). A body read of an in-place
    /// written array through a static int[][] holder is accepted too (mechanism 1) but races only by timing: the
    /// array-reduction entries show it deterministically.
    /// </summary>
    internal static partial class CatalogEntries
    {
        private static IEnumerable<CatalogEntry> RedTeam17()
        {
            // 1a. The outer bound's getter reads the written array through a static int[][]: M throws IndexOutOfRangeException (its bound grows), the twin returns.
            yield return new CatalogEntry("Rt17StaticJaggedHolderBound", """
                private static int[][] Holder;
                private static int Lim => Holder[0][0];

                [Parallelize]
                public static int[] Run(int n)
                {
                    var a = new int[n + 1];
                    a[0] = n;
                    Holder = new[] { a };
                    for (int i = 0; i < {|LG0100:Lim|}; i++)
                        for (int j = 0; j < n; j++)
                            a[i] += j;
                    return a;
                }
                """);

            // 1b. The same through a List<int[]> field of a sealed class, read by its Count property: M throws, the twin returns.
            yield return new CatalogEntry("Rt17BoxListCountBound", """
                public sealed class Box { public List<int[]> Rows = new List<int[]>(); public int Count => Rows[0][0]; }

                [Parallelize]
                public static int[] Run(int n)
                {
                    var a = new int[n + 1];
                    a[0] = n;
                    var box = new Box();
                    box.Rows.Add(a);
                    for (int i = 0; i < {|LG0100:box.Count|}; i++)
                        for (int j = 0; j < n; j++)
                            a[i] += j;
                    return a;
                }
                """);

            // 1c. The same through a static auto-property: its backing field is never collected. M throws, the twin returns.
            yield return new CatalogEntry("Rt17AutoPropertyHolderBound", """
                private static int[] Cells { get; set; }
                private static int Lim => Cells[0];

                [Parallelize]
                public static int[] Run(int n)
                {
                    var a = new int[n + 1];
                    a[0] = n;
                    Cells = a;
                    for (int i = 0; i < {|LG0100:Lim|}; i++)
                        for (int j = 0; j < n; j++)
                            a[i] += j;
                    return a;
                }
                """);

            // 1d. A helper given a List<int[]> holding the written array, in the outer bound: M throws, the twin returns.
            yield return new CatalogEntry("Rt17ListOfArraysHelperBound", """
                private static int First(List<int[]> rows) => rows[0][0];

                [Parallelize]
                public static int[] Run(int n)
                {
                    var a = new int[n + 1];
                    a[0] = n;
                    var rows = new List<int[]> { a };
                    for (int i = 0; i < {|LG0108:First(rows)|}; i++)
                        for (int j = 0; j < n; j++)
                            a[i] += j;
                    return a;
                }
                """);

            // 1e. The same with a Tuple<int[]>: M throws, the twin returns.
            yield return new CatalogEntry("Rt17TupleHelperBound", """
                private static int First(Tuple<int[]> t) => t.Item1[0];

                [Parallelize]
                public static int[] Run(int n)
                {
                    var a = new int[n + 1];
                    a[0] = n;
                    var t = Tuple.Create(a);
                    for (int i = 0; i < {|LG0108:First(t)|}; i++)
                        for (int j = 0; j < n; j++)
                            a[i] += j;
                    return a;
                }
                """);

            // 1f. The same with a GCHandle whose Target is the written array: M throws, the twin returns.
            yield return new CatalogEntry("Rt17GCHandleTargetBound", """
                private static int First(System.Runtime.InteropServices.GCHandle h) => ((int[])h.Target)[0];

                [Parallelize]
                public static int[] Run(int n)
                {
                    var a = new int[n + 1];
                    a[0] = n;
                    var h = System.Runtime.InteropServices.GCHandle.Alloc(a);
                    for (int i = 0; i < {|LG0108:First(h)|}; i++)
                        for (int j = 0; j < n; j++)
                            a[i] += j;
                    h.Free();
                    return a;
                }
                """);

            // 1g. A helper dereferencing an IntPtr to the pinned written array: M throws, the twin returns.
            yield return new CatalogEntry("Rt17PinnedPointerBound", """
                private static unsafe int Read(IntPtr p) => *(int*)p;

                [Parallelize]
                public static int[] Run(int n)
                {
                    var a = new int[n + 1];
                    a[0] = n;
                    var h = System.Runtime.InteropServices.GCHandle.Alloc(a, System.Runtime.InteropServices.GCHandleType.Pinned);
                    IntPtr p = h.AddrOfPinnedObject();
                    for (int i = 0; i < {|LG0108:Read(p)|}; i++)
                        for (int j = 0; j < n; j++)
                            a[i] += j;
                    h.Free();
                    return a;
                }
                """);

            // 1h. The inner bound of a FLATTENED nest reads a written cell through a static int[][,]: result[0,1]: M 0 (its row 0 stops after j = 0), twin 1.
            yield return new CatalogEntry("Rt17InnerBoundStaticHolder", """
                private static int[][,] Holder;
                private static int Lim => Holder[0][0, 0];

                [Parallelize]
                public static int[,] Run(int n)
                {
                    var r = new int[n, n];
                    if (n > 0) r[0, 0] = n;
                    Holder = new[] { r };
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < {|LG0100:Lim|}; j++)
                            r[i, j] = 1;
                    return r;
                }
                """);

            // 1i. An array reduction read in the body through a static int[][]: result[0]: M 120000, twin 80000 (the twin's Peek sees h before the merge).
            yield return new CatalogEntry("Rt17ReducedArrayReadThroughHolder", """
                private static int[][] Holder;
                private static int Peek() => Holder[0][0];

                [Parallelize]
                public static int[] Run(int n)
                {
                    var h = new int[8];
                    Holder = new[] { h };
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            h[(i + j) % 8] += {|LG0100:Peek()|} % 3 + 1;
                    return h;
                }
                """);

            // 1j. The same through a helper given a List<int[]> (result[0]: M 120000, twin 80000).
            yield return new CatalogEntry("Rt17ReducedArrayReadThroughListHelper", """
                private static int Peek(List<int[]> rows) => rows[0][0];

                [Parallelize]
                public static int[] Run(int n)
                {
                    var h = new int[8];
                    var rows = new List<int[]> { h };
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            h[(i + j) % 8] += {|LG0100:Peek(rows)|} % 3 + 1;
                    return h;
                }
                """);

            // 1k. The same through a static auto-property (result[0]: M 120000, twin 80000).
            yield return new CatalogEntry("Rt17ReducedArrayReadThroughAutoProperty", """
                private static int[] Cells { get; set; }
                private static int Peek() => Cells[0];

                [Parallelize]
                public static int[] Run(int n)
                {
                    var h = new int[8];
                    Cells = h;
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            h[(i + j) % 8] += {|LG0100:Peek()|} % 3 + 1;
                    return h;
                }
                """);

            // 2a. An array reduction read in the body through an ImmutableArray view of it (result[0]: M 120000, twin 80000).
            yield return new CatalogEntry("Rt17ImmutableArrayViewBodyRead", """
                [Parallelize]
                public static int[] Run(int n)
                {
                    var h = new int[8];
                    var view = System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(h);
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            h[(i + j) % 8] += {|LG0106:view[0]|} % 3 + 1;
                    return h;
                }
                """);

            // 2b. The same through Array.AsReadOnly (result[0]: M 120000, twin 80000).
            yield return new CatalogEntry("Rt17ReadOnlyCollectionBodyRead", """
                [Parallelize]
                public static int[] Run(int n)
                {
                    var h = new int[8];
                    var view = Array.AsReadOnly(h);
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            h[(i + j) % 8] += {|LG0106:view[0]|} % 3 + 1;
                    return h;
                }
                """);

            // 2c. The outer bound reads a written cell through Array.AsReadOnly: M throws IndexOutOfRangeException, the twin returns.
            yield return new CatalogEntry("Rt17ReadOnlyCollectionBound", """
                [Parallelize]
                public static int[] Run(int n)
                {
                    var a = new int[n + 1];
                    a[0] = n;
                    var view = Array.AsReadOnly(a);
                    for (int i = 0; i < {|LG0108:view[0]|}; i++)
                        for (int j = 0; j < n; j++)
                            a[i] += j;
                    return a;
                }
                """);

            // 2d. The row-building shape pre-sizes rows with an inner bound read through Array.AsReadOnly, which the body lowers: result[0] count: M 1, twin 3.
            yield return new CatalogEntry("Rt17RowBuilderReadOnlyViewBound", """
                [Parallelize]
                public static List<List<int>> Run(int n)
                {
                    var a = new int[n + 1];
                    for (int k = 0; k <= n; k++) a[k] = 3;
                    var v = Array.AsReadOnly(a);
                    var results = new List<List<int>>();
                    for (int i = 0; i < n; i++)
                    {
                        var row = new List<int>();
                        for (int j = 0; j < {|LG0106:v[i]|}; j++)
                        {
                            row.Add(j);
                            a[i] = 1;
                        }
                        results.Add(row);
                    }
                    return results;
                }
                """);

            // 3a. The outer bound is the Length getter of a user ref struct over the written array: M throws, the twin returns.
            yield return new CatalogEntry("Rt17RefStructLengthBound", """
                public ref struct Lim { public Span<int> S; public int Length => S[0]; }

                [Parallelize]
                public static int[] Run(int n)
                {
                    var a = new int[n + 1];
                    a[0] = n;
                    var w = new Lim { S = a };
                    for (int i = 0; i < {|LG0108:w.Length|}; i++)
                        for (int j = 0; j < n; j++)
                            a[i] += j;
                    return a;
                }
                """);

            // 3b. The outer bound is the Count of a user IReadOnlyList<int> (reading a written cell) through the interface: M throws, the twin returns.
            yield return new CatalogEntry("Rt17InterfaceCountBound", """
                public sealed class View : IReadOnlyList<int>
                {
                    private readonly int[] a;
                    public View(int[] a) { this.a = a; }
                    public int Count => a[0];
                    public int this[int k] => a[k];
                    public IEnumerator<int> GetEnumerator() { for (int k = 0; k < Count; k++) yield return a[k]; }
                    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
                }

                [Parallelize]
                public static int[] Run(int n)
                {
                    var a = new int[n + 1];
                    a[0] = n;
                    IReadOnlyList<int> v = new View(a);
                    for (int i = 0; i < v.Count; i++)
                        for (int j = 0; j < n; j++)
                            a[i] += j;
                    return a;
                }
                """) { Report = "row", Large = 800 };

            // 4a. An array reduction into the array the OUTER foreach walks: result[1]: M 9, twin 6 (M's foreach sees the increments).
            yield return new CatalogEntry("Rt17ForeachOverSameReducedArray", """
                [Parallelize]
                public static int[] Run(int[] h)
                {
                    foreach (var x in h)
                        for (int j = 0; j < 3; j++)
                            {|LG0106:h[(x & 0x7fffffff) % 8]|} += 1;
                    return h;
                }
                """) { Inputs = (rng, size) => { var a = new int[Math.Max(size, 8)]; for (int k = 0; k < a.Length; k++) a[k] = rng.Next(8); return new object?[] { a }; } };

            // 4b. The same when the walked array is another parameter that may be the reduced one: equal on distinct arrays; with xs passed as h, result[0]: M 8, twin 2.
            yield return new CatalogEntry("Rt17ForeachOverReducedArray", """
                [Parallelize]
                public static int[] Run(int[] xs, int[] h)
                {
                    foreach (var x in xs)
                        for (int j = 0; j < 3; j++)
                            h[(x & 0x7fffffff) % 8] += 1;
                    return h;
                }
                """) { Report = "flattened", Large = 800, Inputs = (rng, size) => { var a = new int[Math.Max(size, 8)]; for (int k = 0; k < a.Length; k++) a[k] = rng.Next(8); return new object?[] { a, new int[8] }; } };

            // 4c. The same through a local alias of the reduced array (w = h): result[0]: M 5, twin 8.
            yield return new CatalogEntry("Rt17ForeachOverAliasLocalOfReduced", """
                [Parallelize]
                public static int[] Run(int[] h)
                {
                    int[] w = h;
                    foreach (var x in w)
                        for (int j = 0; j < 3; j++)
                            h[(x & 0x7fffffff) % 8] += 1;
                    return h;
                }
                """) { Report = "flattened", Large = 800, Inputs = (rng, size) => { var a = new int[Math.Max(size, 8)]; for (int k = 0; k < a.Length; k++) a[k] = rng.Next(8); return new object?[] { a }; } };

            // Checked after the fix: an outer foreach over a jagged array whose rows are read, beside an array reduction:
            // the rows are compared with the reduced array at run time (AreDistinct), equal.
            yield return new CatalogEntry("Rt17ForeachOverJaggedRowsBesideReduction", """
                [Parallelize]
                public static int[] Run(int[][] rows, int[] h)
                {
                    foreach (var row in rows)
                        for (int j = 0; j < row.Length; j++)
                            h[row[j] & 7] += 1;
                    return h;
                }
                """) { Report = "row", Large = 400, Inputs = (rng, size) => { var rows = new int[size][]; for (int k = 0; k < size; k++) { rows[k] = new int[rng.Next(size + 1)]; for (int c = 0; c < rows[k].Length; c++) rows[k][c] = rng.Next(100); } return new object?[] { rows, new int[8] }; } };

            // Checked after the fix: an object given to a helper may be a container of the reduced array (a List of int[]),
            // which the run-time identity check does not cover: rejected.
            yield return new CatalogEntry("Rt17ObjectContainerGivenToHelper", """
                private static int Peek(object o) => ((List<int[]>)o)[0][0];

                [Parallelize]
                public static int[] Run(int n)
                {
                    var h = new int[8];
                    object o = new List<int[]> { h };
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            h[(i + j) % 8] += {|LG0100:Peek(o)|} % 3 + 1;
                    return h;
                }
                """);

            // Checked after the fix: a local function declared before the nest reads an alias of the reduced array it
            // captures: compared with it at run time (the twin takes the original loop), equal.
            yield return new CatalogEntry("Rt17LocalFunctionCapturesAliasOfReduced", """
                [Parallelize]
                public static int[] Run(int n)
                {
                    var h = new int[8];
                    int[] w = h;
                    int Peek() => w[0];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            h[(i + j) % 8] += Peek() % 3 + 1;
                    return h;
                }
                """) { Report = "flattened", Large = 800 };

            // Checked after the fix: a local function declared before the nest reads a captured List of int[] holding the
            // reduced array: no run-time comparison covers it, rejected (M 120000, twin 80000 at result[0] when accepted).
            yield return new CatalogEntry("Rt17LocalFunctionCapturesListOfReduced", """
                [Parallelize]
                public static int[] Run(int n)
                {
                    var h = new int[8];
                    var rows = new List<int[]> { h };
                    int Peek() => rows[0][0];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            h[(i + j) % 8] += {|LG0100:Peek()|} % 3 + 1;
                    return h;
                }
                """);

            // 5a. Rows built at their final length before the body runs: M throws DivideByZeroException at (0, 0), the twin OutOfMemoryException from new List<int>(int.MaxValue).
            yield return new CatalogEntry("Rt17RowBuilderHugeRowThrows", """
                [Parallelize]
                public static List<List<int>> Run(int n, int d, int m)
                {
                    var results = new List<List<int>>();
                    for (int i = 0; i < n; i++)
                    {
                        var row = new List<int>();
                        for (int j = 0; j < m; j++)
                            row.Add(i / d);
                        results.Add(row);
                    }
                    return results;
                }
                """) { Report = "flattened", Inputs = (rng, size) => new object?[] { size, 0, int.MaxValue } };

            // 5b. The same with the table of rows: M throws DivideByZeroException, the twin OutOfMemoryException from new List<int>[int.MaxValue].
            yield return new CatalogEntry("Rt17RowBuilderHugeRowsThrows", """
                [Parallelize]
                public static List<List<int>> Run(int n, int d, int m)
                {
                    var results = new List<List<int>>();
                    for (int i = 0; i < n; i++)
                    {
                        var row = new List<int>();
                        for (int j = 0; j < m; j++)
                            row.Add(i / d);
                        results.Add(row);
                    }
                    return results;
                }
                """) { Report = "flattened", Inputs = (rng, size) => new object?[] { size == 0 ? 0 : int.MaxValue, 0, 1 } };
        }
    }
}
