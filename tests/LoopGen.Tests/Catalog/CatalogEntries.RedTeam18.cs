using System;
using System.Collections.Generic;
using System.Linq;

namespace LoopGen.Tests.Catalog
{
    /// <summary>
    /// Eighteenth red-team round, on the day's new code: the copy of M's text (see Test_RedTeam18_Generated for the
    /// generated-file probes and the directive fix), the Capacity of rows and result lists, the ArrayReach rule and the
    /// size probe of variables read through a list interface. Each entry carries its CORRECT expectation.
    /// FOUND (one mechanism): a delegate given to a helper that invokes it (a lambda or a local function's method group
    /// capturing the reduced array, or a delegate field of an object given to the helper) was not a value that may reach
    /// the array (ArrayReach): the nest was accepted with only an LG0004 that trusts the invocation to WRITE no shared
    /// state, which holds, while the delegate READS the reduced array: M sees every update, the twin reads it before the
    /// per-chunk copies are merged (deterministic: result[1] M 0, twin 1). FIXED for a delegate-typed local holding a
    /// lambda and for a local function's method group, both declared outside the loop and used in the nest as a value:
    /// what they capture is checked as for a call (LG0100 on the delegate; Rt18ReductionReadThroughDelegateArgument,
    /// Rt18ReductionReadThroughLocalFunctionGroup, Rt18InPlaceReadThroughDelegate, the last a race by timing); the
    /// scalar, flat-list and rows variants now get that LG0100 too, beside their LG0101/LG0105. A delegate stored in a
    /// field of an object given to the helper (Rt18ReductionReadThroughDelegateField) was a known bug until the next
    /// round: the lambda is now rejected where it is stored (see CatalogEntries.StoredDelegates).
    /// In the outer bound the same call is rejected (LG0108,
    /// Rt18BoundReadThroughDelegateArgument); a lambda capturing a result list or a scalar reduction is rejected (LG0105, LG0101).
    /// Checked and found HANDLED (entries below): rows created with an initial capacity, with '{ }', from a collection,
    /// of a List subclass (row strategy, equal, type kept), a row reading its own Count or Capacity while it grows, a
    /// flat result list created with a capacity or pre-filled by an initializer (equal Capacity after the nest);
    /// AddRange into the result list and a result list read through an IReadOnlyList alias or given as a parameter
    /// (LG0105); the outer bound reaching the written array through a ref local, an anonymous type, a record's
    /// property, a record struct's or a ValueTuple's field, a static Memory, ReadOnlyMemory in a struct field, an object
    /// field cast back, a struct field, a static readonly field of another class, a static field of a generic class
    /// instantiated with int[], AppDomain data, a non-generic IList, a local function declared after the nest, a
    /// delegate given to a helper (LG0100/LG0108); a reduced array read through a record or an ArraySegment field
    /// (LG0100); an IReadOnlyList parameter holding a List (size probe, equal); common safe code still accepted: a
    /// List of int[] or a jagged array read while a fresh array is written, a record of weights given to a helper, an
    /// IReadOnlyList parameter. Also checked, not kept as entries: a nest inside try/catch is not parallelized (LG0002);
    /// a static System.Array field read in the bound (LG0100 and LG0108). Over-cautious until round 19 (LG0105, now accepted: CatalogEntries.Prefill; reported, not
    /// entries): a result list created with a capacity and given an item by Add before the nest, or given
    /// EnsureCapacity before the nest (a collection-initializer prefill and a capacity alone are accepted).
    /// </summary>
    internal static partial class CatalogEntries
    {
        private static IEnumerable<CatalogEntry> RedTeam18()
        {
            yield return new CatalogEntry("Rt18RowInitialCapacityRowMode", """
                [Parallelize]
                public static List<List<int>> Run(int[] a)
                {
                    var results = new List<List<int>>();
                    for (int i = 0; i < a.Length; i++)
                    {
                        var row = new List<int>(3);
                        for (int j = 0; j <= i; j++) row.Add(a[i] * j);
                        results.Add(row);
                    }
                    foreach (var r in results) r.Add(r.Capacity);
                    return results;
                }
                """) { Report = "row" };

            yield return new CatalogEntry("Rt18RowInitialCapacityFlat", """
                [Parallelize]
                public static List<List<int>> Run(int[] a, int m)
                {
                    var results = new List<List<int>>();
                    foreach (var x in a)
                    {
                        var row = new List<int>(m + 3);
                        for (int j = 0; j < m; j++) row.Add(x * j);
                        results.Add(row);
                    }
                    foreach (var r in results) r.Add(r.Capacity);
                    return results;
                }
                """) { Report = "row" };

            yield return new CatalogEntry("Rt18RowSubclass", """
                public sealed class Bag : List<int> { }

                [Parallelize]
                public static List<List<int>> Run(int[] a)
                {
                    var results = new List<List<int>>();
                    for (int i = 0; i < a.Length; i++)
                    {
                        var row = new Bag();
                        for (int j = 0; j <= i; j++) row.Add(a[i] * j);
                        results.Add(row);
                    }
                    foreach (var r in results) r.Add(r is Bag ? 1 : 0);
                    return results;
                }
                """) { Report = "row" };

            yield return new CatalogEntry("Rt18RowSubclassFlat", """
                public sealed class Bag : List<int> { }

                [Parallelize]
                public static List<List<int>> Run(int[] a, int m)
                {
                    var results = new List<List<int>>();
                    foreach (var x in a)
                    {
                        var row = new Bag();
                        for (int j = 0; j < m; j++) row.Add(x * j);
                        results.Add(row);
                    }
                    foreach (var r in results) r.Add(r is Bag ? 1 : 0);
                    return results;
                }
                """) { Report = "row" };

            yield return new CatalogEntry("Rt18FlatAddRangeCapacity", """
                [Parallelize]
                public static List<int> Run(int[] a, int m)
                {
                    var res = new List<int>();
                    for (int i = 0; i < a.Length; i++)
                        for (int j = 0; j < m; j++)
                            {|LG0105:res.AddRange(new[] { a[i], j, 1, 2, 3 })|};
                    res.Add(res.Capacity);
                    return res;
                }
                """);

            yield return new CatalogEntry("Rt18RowCollectionInitializer", """
                [Parallelize]
                public static List<List<int>> Run(int[] a)
                {
                    var results = new List<List<int>>();
                    for (int i = 0; i < a.Length; i++)
                    {
                        var row = new List<int> { };
                        for (int j = 0; j <= i; j++) row.Add(a[i] * j);
                        results.Add(row);
                    }
                    foreach (var r in results) r.Add(r.Capacity);
                    return results;
                }
                """) { Report = "row" };

            yield return new CatalogEntry("Rt18RowFromCollection", """
                [Parallelize]
                public static List<List<int>> Run(int[] a)
                {
                    var results = new List<List<int>>();
                    for (int i = 0; i < a.Length; i++)
                    {
                        var row = new List<int>(new[] { 7 });
                        for (int j = 0; j <= i; j++) row.Add(a[i] * j);
                        results.Add(row);
                    }
                    foreach (var r in results) r.Add(r.Capacity);
                    return results;
                }
                """) { Report = "row" };

            // ArrayReach

            yield return new CatalogEntry("Rt18RefLocalBound", """
                [Parallelize]
                public static int[] Run(int n)
                {
                    var a = new int[n + 1];
                    a[0] = n;
                    ref int lim = ref a[0];
                    for (int i = 0; i < {|LG0108:lim|}; i++)
                        for (int j = 0; j < n; j++)
                            a[i] += j;
                    return a;
                }
                """);

            yield return new CatalogEntry("Rt18AnonymousTypeBound", """
                [Parallelize]
                public static int[] Run(int n)
                {
                    var a = new int[n + 1];
                    a[0] = n;
                    var box = new { A = a };
                    for (int i = 0; i < {|LG0108:box.A[0]|}; i++)
                        for (int j = 0; j < n; j++)
                            a[i] += j;
                    return a;
                }
                """);

            yield return new CatalogEntry("Rt18RecordBound", """
                public sealed record Holder(int[] A) { public int Lim => A[0]; }

                [Parallelize]
                public static int[] Run(int n)
                {
                    var a = new int[n + 1];
                    a[0] = n;
                    var h = new Holder(a);
                    for (int i = 0; i < {|LG0100:h.Lim|}; i++)
                        for (int j = 0; j < n; j++)
                            a[i] += j;
                    return a;
                }
                """);

            // Rejected: the bound indexes the array the body writes (LG0108), and the record struct's property getter reads
            // the field A, which may hold 'a' (LG0100 on 'h.A', since a struct no longer counts as reaching any array).
            yield return new CatalogEntry("Rt18RecordStructFieldBound", """
                public record struct Holder(int[] A);

                [Parallelize]
                public static int[] Run(int n)
                {
                    var a = new int[n + 1];
                    a[0] = n;
                    var h = new Holder(a);
                    for (int i = 0; i < {|LG0108:{|LG0100:h.A|}[0]|}; i++)
                        for (int j = 0; j < n; j++)
                            a[i] += j;
                    return a;
                }
                """);

            yield return new CatalogEntry("Rt18ValueTupleBound", """
                [Parallelize]
                public static int[] Run(int n)
                {
                    var a = new int[n + 1];
                    a[0] = n;
                    var t = (a, 1);
                    for (int i = 0; i < {|LG0108:t.Item1[0]|}; i++)
                        for (int j = 0; j < n; j++)
                            a[i] += j;
                    return a;
                }
                """);

            yield return new CatalogEntry("Rt18MemoryFieldBound", """
                private static Memory<int> Cells;
                private static int Lim => Cells.Span[0];

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

            yield return new CatalogEntry("Rt18ObjectCastBackBound", """
                private static object Box = new object();
                private static int Lim => ((int[])Box)[0];

                [Parallelize]
                public static int[] Run(int n)
                {
                    var a = new int[n + 1];
                    a[0] = n;
                    Box = a;
                    for (int i = 0; i < {|LG0100:Lim|}; i++)
                        for (int j = 0; j < n; j++)
                            a[i] += j;
                    return a;
                }
                """);

            yield return new CatalogEntry("Rt18StructFieldHelperBound", """
                public struct W { public int[] A; }
                private static W Held;
                private static int Lim() => Held.A[0];

                [Parallelize]
                public static int[] Run(int n)
                {
                    var a = new int[n + 1];
                    a[0] = n;
                    Held = new W { A = a };
                    for (int i = 0; i < {|LG0100:Lim()|}; i++)
                        for (int j = 0; j < n; j++)
                            a[i] += j;
                    return a;
                }
                """);

            yield return new CatalogEntry("Rt18StaticReadonlyElsewhereBound", """
                public static class Store { public static readonly int[] Cells = new int[1000]; }
                private static int Lim() => Store.Cells[0];

                [Parallelize]
                public static int[] Run(int n)
                {
                    var a = Store.Cells;
                    a[0] = n;
                    for (int i = 1; i < {|LG0100:Lim()|}; i++)
                        for (int j = 0; j < n; j++)
                            a[i % 1000] += j;
                    return a.Take(n + 1).ToArray();
                }
                """);

            yield return new CatalogEntry("Rt18LocalFunctionAfterNestBound", """
                [Parallelize]
                public static int[] Run(int n)
                {
                    var a = new int[n + 1];
                    a[0] = n;
                    int[] w = a;
                    for (int i = 0; i < {|LG0108:Peek()|}; i++)
                        for (int j = 0; j < n; j++)
                            a[i] += j;
                    return a;
                    int Peek() => w[0];
                }
                """);

            yield return new CatalogEntry("Rt18SafeListOfRowsRead", """
                [Parallelize]
                public static int[] Run(List<int[]> rows, int m)
                {
                    var sums = new int[rows.Count];
                    for (int i = 0; i < rows.Count; i++)
                        for (int j = 0; j < m; j++)
                            sums[i] += rows[i][j % rows[i].Length];
                    return sums;
                }
                """) { Report = "row", Inputs = (rng, size) => new object?[] { Enumerable.Range(0, size).Select(k => Enumerable.Range(0, 1 + (k % 5)).Select(_ => rng.Next(100)).ToArray()).ToList(), size } };

            yield return new CatalogEntry("Rt18SafeJaggedInputFreshOutput", """
                [Parallelize]
                public static int[] Run(int[][] grid)
                {
                    var sums = new int[grid.Length];
                    for (int i = 0; i < grid.Length; i++)
                        for (int j = 0; j < grid[i].Length; j++)
                            sums[i] += grid[i][j];
                    return sums;
                }
                """) { Report = "row" };

            yield return new CatalogEntry("Rt18SafeRecordConfigHelper", """
                public sealed record Config(int[] Weights);
                private static int Weight(Config c, int j) => c.Weights[j % c.Weights.Length];

                [Parallelize]
                public static double[] Run(double[] xs, int m)
                {
                    var cfg = new Config(new[] { 1, 2, 3 });
                    var outp = new double[xs.Length];
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                            outp[i] += xs[i] * Weight(cfg, j);
                    return outp;
                }
                """) { Report = "row" };

            yield return new CatalogEntry("Rt18SafeReadOnlyListParam", """
                [Parallelize]
                public static List<int> Run(IReadOnlyList<int> xs, int m)
                {
                    var res = new List<int>();
                    for (int i = 0; i < xs.Count; i++)
                        for (int j = 0; j < m; j++)
                            res.Add(xs[i] * j);
                    return res;
                }
                """) { Report = "flattened", Inputs = (rng, size) => new object?[] { Enumerable.Range(0, size).Select(_ => rng.Next(100)).ToArray(), size } };

            // Round 2 probes

            yield return new CatalogEntry("Rt18FlatInitialCapacityOnly", """
                [Parallelize]
                public static List<int> Run(int[] a, int m)
                {
                    var res = new List<int>(5);
                    for (int i = 0; i < a.Length; i++)
                        for (int j = 0; j < m; j++)
                            res.Add(a[i] + j);
                    res.Add(res.Capacity);
                    return res;
                }
                """) { Report = "flattened" };

            yield return new CatalogEntry("Rt18FlatPrefilled", """
                [Parallelize]
                public static List<int> Run(int[] a, int m)
                {
                    var res = new List<int> { -1, -2, -3 };
                    for (int i = 0; i < a.Length; i++)
                        for (int j = 0; j < m; j++)
                            res.Add(a[i] + j);
                    res.Add(res.Capacity);
                    return res;
                }
                """) { Report = "flattened" };

            yield return new CatalogEntry("Rt18RowReadsOwnCapacity", """
                [Parallelize]
                public static List<List<int>> Run(int[] a)
                {
                    var results = new List<List<int>>();
                    for (int i = 0; i < a.Length; i++)
                    {
                        var row = new List<int>();
                        for (int j = 0; j <= i; j++) row.Add(row.Capacity + a[i]);
                        results.Add(row);
                    }
                    return results;
                }
                """) { Report = "row" };

            yield return new CatalogEntry("Rt18RowReadsOwnCount", """
                [Parallelize]
                public static List<List<int>> Run(int[] a, int m)
                {
                    var results = new List<List<int>>();
                    foreach (var x in a)
                    {
                        var row = new List<int>();
                        for (int j = 0; j < m; j++) row.Add(row.Count * x);
                        results.Add(row);
                    }
                    return results;
                }
                """) { Report = "row" };

            yield return new CatalogEntry("Rt18GenericHolderBound", """
                public static class Holder<T> { public static T Value = default!; }
                private static int Lim => Holder<int[]>.Value[0];

                [Parallelize]
                public static int[] Run(int n)
                {
                    var a = new int[n + 1];
                    a[0] = n;
                    Holder<int[]>.Value = a;
                    for (int i = 0; i < {|LG0100:Lim|}; i++)
                        for (int j = 0; j < n; j++)
                            a[i] += j;
                    return a;
                }
                """);

            yield return new CatalogEntry("Rt18AppDomainDataBound", """
                private static int Lim() => ((int[])AppDomain.CurrentDomain.GetData("rt18")!)[0];

                [Parallelize]
                public static int[] Run(int n)
                {
                    var a = new int[n + 1];
                    a[0] = n;
                    AppDomain.CurrentDomain.SetData("rt18", a);
                    for (int i = 0; i < {|LG0108:Lim()|}; i++)
                        for (int j = 0; j < n; j++)
                            a[i] += j;
                    return a;
                }
                """);

            yield return new CatalogEntry("Rt18NonGenericIListBound", """
                [Parallelize]
                public static int[] Run(int n)
                {
                    var a = new int[n + 1];
                    a[0] = n;
                    System.Collections.IList l = a;
                    for (int i = 0; i < {|LG0108:(int)l[0]!|}; i++)
                        for (int j = 0; j < n; j++)
                            a[i] += j;
                    return a;
                }
                """);

            yield return new CatalogEntry("Rt18StructMemoryFieldHelperBound", """
                public struct W { public ReadOnlyMemory<int> M; }
                private static W Held;
                private static int Lim() => Held.M.Span[0];

                [Parallelize]
                public static int[] Run(int n)
                {
                    var a = new int[n + 1];
                    a[0] = n;
                    Held = new W { M = a };
                    for (int i = 0; i < {|LG0100:Lim()|}; i++)
                        for (int j = 0; j < n; j++)
                            a[i] += j;
                    return a;
                }
                """);

            yield return new CatalogEntry("Rt18ReductionReadThroughRecordHelper", """
                public sealed record Box(int[] Cells);
                private static Box Shared = new Box(new int[8]);
                private static int Peek() => Shared.Cells[0];

                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    var hist = new int[8];
                    Shared = new Box(hist);
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                            hist[(xs[i] + j + {|LG0100:Peek()|}) & 7]++;
                    return hist;
                }
                """);

            yield return new CatalogEntry("Rt18ListViewIsListSubclassBound", """
                [Parallelize]
                public static int[] Run(IReadOnlyList<int> v, int n)
                {
                    var a = new int[n];
                    for (int i = 0; i < v.Count; i++)
                        for (int j = 0; j < n; j++)
                            a[j] += v[i];
                    return a;
                }
                """) { Report = "flattened", Inputs = (rng, size) => new object?[] { Enumerable.Range(0, size).Select(_ => rng.Next(100)).ToList(), size } };

            yield return new CatalogEntry("Rt18ResultParamAliasedView", """
                [Parallelize]
                public static List<int> Run(IReadOnlyList<int> v, List<int> res, int n)
                {
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < 2; j++)
                            {|LG0105:res.Add(v[2 * i + j] + 1)|};
                    return res;
                }
                """) { Inputs = (rng, size) => { var l = Enumerable.Range(0, size).Select(_ => rng.Next(100)).ToList(); return new object?[] { l, l, size }; } };

            yield return new CatalogEntry("Rt18ResultLocalAliasedView", """
                [Parallelize]
                public static List<int> Run(int n)
                {
                    var res = new List<int>();
                    for (int k = 0; k < n; k++) res.Add(k);
                    IReadOnlyList<int> v = res;
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < 2; j++)
                            {|LG0105:res.Add(v[2 * i + j] + 1)|};
                    return res;
                }
                """);

            yield return new CatalogEntry("Rt18ReductionReadThroughDelegateArgument", """
                private static int Get(Func<int> f) => f();

                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    var hist = new int[8];
                    Func<int> peek = () => hist[0];
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                            hist[(xs[i] + j + {|LG0004:Get({|LG0100:peek|})|}) & 7]++;
                    return hist;
                }
                """);

            yield return new CatalogEntry("Rt18ReductionReadThroughSegmentField", """
                private static ArraySegment<int> Seg;
                private static int Peek() => Seg.Count > 0 ? Seg[0] : 0;

                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    var hist = new int[8];
                    Seg = new ArraySegment<int>(hist);
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                            hist[(xs[i] + j + {|LG0100:Peek()|}) & 7]++;
                    return hist;
                }
                """);

            yield return new CatalogEntry("Rt18BoundReadThroughDelegateArgument", """
                private static int Get(Func<int> f) => f();

                [Parallelize]
                public static int[] Run(int n)
                {
                    var a = new int[n + 1];
                    a[0] = n;
                    Func<int> peek = () => a[0];
                    for (int i = 0; i < {|LG0108:Get(peek)|}; i++)
                        for (int j = 0; j < n; j++)
                            a[i] += j;
                    return a;
                }
                """);

            yield return new CatalogEntry("Rt18ReductionReadThroughLocalFunctionGroup", """
                private static int Get(Func<int> f) => f();

                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    var hist = new int[8];
                    int PeekL() => hist[0];
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                            hist[(xs[i] + j + {|LG0004:Get({|LG0100:PeekL|})|}) & 7]++;
                    return hist;
                }
                """);

            yield return new CatalogEntry("Rt18ReductionReadThroughDelegateField", """
                private sealed class Holder { public Func<int> F = () => 0; }
                private static int Get(Holder h) => h.F();

                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    var hist = new int[8];
                    var holder = new Holder();
                    holder.F = {|LG0100:() => hist[0]|};
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                            hist[(xs[i] + j + {|LG0004:Get(holder)|}) & 7]++;
                    return hist;
                }
                """);

            yield return new CatalogEntry("Rt18RowsCountReadThroughDelegate", """
                private static int Get(Func<int> f) => f();

                [Parallelize]
                public static List<List<int>> Run(int[] a)
                {
                    var results = new List<List<int>>();
                    Func<int> count = () => results.Count;
                    for (int i = 0; i < a.Length; i++)
                    {
                        var row = new List<int>();
                        for (int j = 0; j <= i; j++) row.Add(a[i] + {|LG0004:Get({|LG0100:count|})|});
                        {|LG0105:results.Add(row)|};
                    }
                    return results;
                }
                """);

            yield return new CatalogEntry("Rt18FlatCountReadThroughDelegate", """
                private static int Get(Func<int> f) => f();

                [Parallelize]
                public static List<int> Run(int[] a, int m)
                {
                    var res = new List<int>();
                    Func<int> count = () => res.Count;
                    for (int i = 0; i < a.Length; i++)
                        for (int j = 0; j < m; j++)
                            {|LG0105:res.Add(a[i] + {|LG0004:Get({|LG0100:count|})|})|};
                    return res;
                }
                """);

            yield return new CatalogEntry("Rt18ScalarSumReadThroughDelegate", """
                private static long Get(Func<long> f) => f();

                [Parallelize]
                public static long Run(int[] a, int m)
                {
                    long sum = 0;
                    Func<long> peek = () => sum;
                    for (int i = 0; i < a.Length; i++)
                        for (int j = 0; j < m; j++)
                            {|LG0101:sum += a[i] + ({|LG0004:Get({|LG0100:peek|})|} & 1)|};
                    return sum;
                }
                """);

            yield return new CatalogEntry("Rt18InPlaceReadThroughDelegate", """
                private static int Get(Func<int> f) => f();

                [Parallelize]
                public static int[,] Run(int n)
                {
                    var r = new int[n, n];
                    Func<int> corner = () => r[0, 0];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = i + j + 1 + {|LG0004:Get({|LG0100:corner|})|};
                    return r;
                }
                """);
        }
    }
}
