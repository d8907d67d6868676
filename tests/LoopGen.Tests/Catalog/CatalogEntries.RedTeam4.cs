using System;
using System.Collections.Generic;

namespace LoopGen.Tests.Catalog
{
    /// <summary>Fourth red-team round: candidates for false acceptances, each with its CORRECT expectation.</summary>
    internal static partial class CatalogEntries
    {
        private static IEnumerable<CatalogEntry> RedTeam4()
        {
            // A mutating struct method called on an element another row also reaches: a write to cells[j].
            yield return new CatalogEntry("Rt4MutatingStructMethodOnSharedElement", """
                public struct Cell { public int N; public void Bump(int by) { N = N * 3 + by; } }

                [Parallelize]
                public static int[] Run(int n)
                {
                    var cells = new Cell[n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            {|LG0102:cells[j].Bump(i)|};
                    var r = new int[n];
                    for (int k = 0; k < n; k++) r[k] = cells[k].N;
                    return r;
                }
                """);

            // The same through a ref extension method.
            yield return new CatalogEntry("Rt4RefExtensionOnSharedElement", """
                public static void Mix(ref this int x, int by) { x = x * 3 + by; }

                [Parallelize]
                public static int[] Run(int n)
                {
                    var cells = new int[n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            {|LG0106:cells[j]|}.Mix(i);
                    return cells;
                }
                """);

            // A field of a struct element of a shared array, compounded.
            yield return new CatalogEntry("Rt4StructFieldOfSharedElement", """
                public struct P { public int X; }

                [Parallelize]
                public static int[] Run(int n)
                {
                    var pts = new P[n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            {|LG0106:pts[j]|}.X = pts[j].X * 3 + i;
                    var r = new int[n];
                    for (int k = 0; k < n; k++) r[k] = pts[k].X;
                    return r;
                }
                """);

            // A property set on a class element of a shared array.
            yield return new CatalogEntry("Rt4PropertyOfSharedObjectElement", """
                public sealed class Box { public int V { get; set; } }

                [Parallelize]
                public static int[] Run(int n)
                {
                    var boxes = new Box[n];
                    for (int k = 0; k < n; k++) boxes[k] = new Box();
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < boxes.Length; j++)
                            {|LG0102:boxes[j].V = boxes[j].V * 3 + i|};
                    var r = new int[boxes.Length];
                    for (int k = 0; k < boxes.Length; k++) r[k] = boxes[k].V;
                    return r;
                }
                """);

            // A closure over the for counters: M's closures all see the counters' final values.
            yield return new CatalogEntry("Rt4ClosureOverForCounters", """
                [Parallelize]
                public static int[] Run(int n)
                {
                    var fs = new Func<int>[n * n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            fs[i * n + j] = {|LG0100:() => i * 1000 + j|};
                    var r = new int[n * n];
                    for (int k = 0; k < r.Length; k++) r[k] = fs[k]();
                    return r;
                }
                """);

            // The same with the counters copied into locals of the iteration: each closure has its own.
            yield return new CatalogEntry("Rt4ClosureOverCopiedCounters", """
                [Parallelize]
                public static int[] Run(int n)
                {
                    var fs = new Func<int>[n * n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                        {
                            int row = i, col = j;
                            fs[i * n + j] = () => row * 1000 + col;
                        }
                    var r = new int[n * n];
                    for (int k = 0; k < r.Length; k++) r[k] = fs[k]();
                    return r;
                }
                """) { Report = "flattened" };

            // Only the inner counter is captured: one task per row runs the inner loop as written, so each
            // row's closures share that row's 'j', as in M.
            yield return new CatalogEntry("Rt4ClosureOverInnerCounterOnly", """
                [Parallelize]
                public static int[] Run(int n)
                {
                    var fs = new Func<int>[n * n];
                    for (int i = 0; i < n; i++)
                    {
                        int row = i;
                        for (int j = 0; j < n; j++)
                            fs[i * n + j] = () => row * 1000 + j;
                    }
                    var r = new int[n * n];
                    for (int k = 0; k < r.Length; k++) r[k] = fs[k]();
                    return r;
                }
                """) { Report = "row" };

            // Delegates that cannot outlive their iteration: given to eager library methods, or held by a
            // local of the iteration that is only invoked.
            yield return new CatalogEntry("Rt4CounterCapturedByEagerDelegates", """
                [Parallelize]
                public static int[,] Run(int[] xs, int n)
                {
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                        {
                            Func<int, int> shift = x => x + i - j;
                            r[i, j] = shift(System.Linq.Enumerable.Count(xs, x => x > i)) + Array.FindIndex(xs, x => x == j);
                        }
                    return r;
                }
                """) { Report = "flattened" };

            // A deferred LINQ query keeps the lambda: evaluated after the loop, it sees the final counter.
            yield return new CatalogEntry("Rt4CounterCapturedByDeferredQuery", """
                [Parallelize]
                public static int[] Run(int[] xs, int n)
                {
                    var qs = new IEnumerable<int>[n * n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            qs[i * n + j] = System.Linq.Enumerable.Where(xs, {|LG0100:x => x > i + j|});
                    var r = new int[qs.Length];
                    for (int k = 0; k < r.Length; k++) r[k] = System.Linq.Enumerable.Count(qs[k]);
                    return r;
                }
                """);

            // A local function made a delegate captures the counter too.
            yield return new CatalogEntry("Rt4LocalFunctionDelegateCapturesCounter", """
                [Parallelize]
                public static int[] Run(int n)
                {
                    var fs = new Func<int>[n * n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                        {
                            int At() => i * 1000;
                            fs[i * n + j] = {|LG0100:At|};
                        }
                    var r = new int[n * n];
                    for (int k = 0; k < r.Length; k++) r[k] = fs[k]();
                    return r;
                }
                """);

            // Positional record properties are plain storage: reading them is not a call LoopGen must trust.
            yield return new CatalogEntry("Rt4PositionalRecordStructReads", """
                public readonly record struct Pt(double X, double Y);
                public sealed record Weighted(Pt At, double W);

                [Parallelize]
                public static double[,] Run(int n)
                {
                    var pts = new Pt[n];
                    var ws = new Weighted[n];
                    for (int k = 0; k < n; k++) { pts[k] = new Pt(k * 0.5, k % 7); ws[k] = new Weighted(pts[k], k % 3); }
                    var d = new double[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                        {
                            double dx = pts[i].X - ws[j].At.X, dy = pts[i].Y - ws[j].At.Y;
                            d[i, j] = (dx * dx + dy * dy) * ws[j].W;
                        }
                    return d;
                }
                """) { Report = "flattened" };

            // A mutable record struct's positional property set on a shared element.
            yield return new CatalogEntry("Rt4MutableRecordStructSetOnSharedElement", """
                public record struct Acc(int Total);

                [Parallelize]
                public static int[] Run(int n)
                {
                    var accs = new Acc[n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            {|LG0102:accs[j].Total = accs[j].Total * 3 + i|};
                    var r = new int[n];
                    for (int k = 0; k < n; k++) r[k] = accs[k].Total;
                    return r;
                }
                """);

            // The outer counter declared before the loop and read after it.
            yield return new CatalogEntry("Rt4OuterCounterDeclaredBeforeLoop", """
                [Parallelize]
                public static int[,] Run(int n)
                {
                    var r = new int[n + 1, n];
                    int i;
                    {|LG0108:for (i = 0; i < n; i++)|}
                        for (int j = 0; j < n; j++)
                            r[i, j] = i * j;
                    r[n, 0] = i;
                    return r;
                }
                """);

            // The inner counter declared before the nest: one variable for all rows in M. Each row assigns it before
            // reading it and nothing reads it after the nest, but the contract rejects the write (LG0101 says to declare
            // it in the loop).
            yield return new CatalogEntry("Rt4InnerCounterDeclaredBeforeNest", """
                [Parallelize]
                public static int[,] Run(int n)
                {
                    var r = new int[n, n];
                    int j;
                    for (int i = 0; i < n; i++)
                        for ({|LG0101:j = 0|}; j < n; j++)
                            r[i, j] = i * j;
                    return r;
                }
                """);

            // The outer source is made by a call with a side effect: M makes it once.
            yield return new CatalogEntry("Rt4OuterSourceCallCountsItself", """
                private static int made;
                private static int[] Make(int n) { made++; var a = new int[n]; for (int k = 0; k < n; k++) a[k] = k; return a; }

                [Parallelize]
                public static List<List<int>> Run(int n)
                {
                    made = 0;
                    var rows = new List<List<int>>();
                    foreach (var x in {|LG0108:Make(n)|})
                    {
                        var row = new List<int>();
                        for (int j = 0; j < n; j++)
                            row.Add(x * j);
                        rows.Add(row);
                    }
                    rows.Add(new List<int> { made });
                    return rows;
                }
                """);

            // The inner bound is a call with a side effect, evaluated once per row by M.
            yield return new CatalogEntry("Rt4InnerBoundCallCountsItself", """
                private static int asked;
                private static int Width(int n) { asked++; return n; }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    asked = 0;
                    var r = new int[n, n + 1];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < {|LG0102:Width(n)|}; j++)
                            r[i, j] = i + j;
                    r[0, n] = asked;
                    return r;
                }
                """);

            // A local of the outer body, captured by the row's closures and changed after the inner loop:
            // all of M's closures of a row see the change. A row split between chunks must not give them two variables.
            yield return new CatalogEntry("Rt4OuterBodyLocalCapturedThenChanged", """
                [Parallelize]
                public static int[] Run(int n)
                {
                    var fs = new Func<int>[n * n];
                    for (int i = 0; i < n; i++)
                    {
                        int tag = i;
                        for (int j = 0; j < n; j++)
                        {
                            int c = j;
                            fs[i * n + j] = () => tag * 1000 + c;
                        }
                        tag = -7;
                    }
                    var r = new int[n * n];
                    for (int k = 0; k < r.Length; k++) r[k] = fs[k]();
                    return r;
                }
                """) { Report = "row" };

            // The same local changed by the closures themselves, before the inner loop ends.
            yield return new CatalogEntry("Rt4OuterBodyLocalSharedByRowClosures", """
                [Parallelize]
                public static int[] Run(int n)
                {
                    var fs = new Func<int>[n * n];
                    for (int i = 0; i < n; i++)
                    {
                        int calls = 0;
                        for (int j = 0; j < n; j++)
                        {
                            int c = j;
                            fs[i * n + j] = () => ++calls * 1000 + c;
                        }
                    }
                    var r = new int[n * n];
                    for (int k = 0; k < r.Length; k++) r[k] = fs[k]();
                    return r;
                }
                """) { Report = "row" };

            // An iterator as the inner source, writing a static as it runs.
            yield return new CatalogEntry("Rt4IteratorInnerSourceWritesStatic", """
                private static int produced;
                private static IEnumerable<int> Gen(int n) { for (int k = 0; k < n; k++) { produced++; yield return produced; } }

                [Parallelize]
                public static List<List<int>> Run(int n)
                {
                    produced = 0;
                    var rows = new List<List<int>>();
                    for (int i = 0; i < n; i++)
                    {
                        var row = new List<int>();
                        foreach (var v in {|LG0102:Gen(n)|})
                            row.Add(v + i);
                        rows.Add(row);
                    }
                    return rows;
                }
                """);

            // Parallel.For inside the body, its lambda adding into a shared array.
            yield return new CatalogEntry("Rt4NestedParallelForWritesShared", """
                [Parallelize]
                public static long[] Run(int n)
                {
                    var acc = new long[4];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            {|LG0004:System.Threading.Tasks.Parallel.For(0, 4, k => {|LG0106:acc[k]|} = acc[k] * 3 + i + j)|};
                    return acc;
                }
                """);

            // Interlocked on a local: the values each iteration sees depend on the order.
            yield return new CatalogEntry("Rt4InterlockedOnOuterLocal", """
                [Parallelize]
                public static int[,] Run(int n)
                {
                    int ticket = 0;
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|LG0004:System.Threading.Interlocked.Increment({|LG0101:ref ticket|})|};
                    return r;
                }
                """);

            // A span over stackalloc declared before the nest and read in it: a ref struct cannot be handed to the chunks.
            yield return new CatalogEntry("Rt4StackallocSpanReadInNest", """
                [Parallelize]
                public static int[,] Run(int n)
                {
                    Span<int> w = stackalloc int[] { 1, 2, 3 };
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|LG0107:w|}[j % 3] * i;
                    return r;
                }
                """);

            // A stackalloc scratch per row carrying a running total along the row: safe. Rejected (conservative) until
            // stop 21; now the span is the row's own memory, and the row runs as one task.
            yield return new CatalogEntry("Rt4StackallocScratchPerRow", """
                [Parallelize]
                public static int[,] Run(int n)
                {
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                    {
                        Span<int> acc = stackalloc int[1];
                        for (int j = 0; j < n; j++)
                        {
                            acc[0] += i + j;
                            r[i, j] = acc[0];
                        }
                    }
                    return r;
                }
                """) { Report = "row" };

            // An array scratch per row carrying a running total along the row.
            yield return new CatalogEntry("Rt4ArrayScratchPerRow", """
                [Parallelize]
                public static int[,] Run(int n)
                {
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                    {
                        var acc = new int[1];
                        for (int j = 0; j < n; j++)
                        {
                            acc[0] += i + j;
                            r[i, j] = acc[0];
                        }
                    }
                    return r;
                }
                """) { Report = "row" };

            // A lock around an append to a shared list: the order of the list depends on timing.
            yield return new CatalogEntry("Rt4LockAroundSharedAppend", """
                private static readonly object Gate = new object();

                [Parallelize]
                public static List<int> Run(int n)
                {
                    var seen = new List<int>();
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            lock ({|LG0107:Gate|}) { seen.Add(i * n + j); }
                    return seen;
                }
                """);

            // A field array of the instance written by rows: another instance's field may hold the same array.
            yield return new CatalogEntry("Rt4InstanceFieldArrayRows", """
                public sealed class Img
                {
                    public int[] Px = new int[0];
                    public int[] Src = new int[0];
                }

                [Parallelize]
                public static int[] Run(int n)
                {
                    var img = new Img { Px = new int[n * n] };
                    img.Src = img.Px;
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            {|LG0106:img.Px[i * n + j]|} = img.Src[((i + 1) % n) * n + j] + 1;
                    return img.Px;
                }
                """);
        }
    }
}
