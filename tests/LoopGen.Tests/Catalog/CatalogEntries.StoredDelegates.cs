using System;
using System.Collections.Generic;

namespace LoopGen.Tests.Catalog
{
    /// <summary>
    /// Delegates of M's own lambdas and local functions that the nest does not name: made before the nest and
    /// stored somewhere a helper finds them (an object's field, another lambda's closure), so the nest's code may
    /// call them where LoopGen cannot see the call. One that captures a variable the nest writes reads M's updates
    /// in M and the twin's deferred or concurrent ones in the twin: it is rejected where it is made a delegate
    /// (LG0100). Each entry carries its CORRECT expectation; the accepted ones are the same shapes where nothing
    /// written is captured, or where the delegate is made after the nest has run.
    /// </summary>
    internal static partial class CatalogEntries
    {
        private static IEnumerable<CatalogEntry> StoredDelegates()
        {
            // An object with a delegate field, and a helper that calls it: the nest can call a stored delegate
            // without naming it.
            const string Holder = """
                private sealed class Holder { public Func<int> F = () => 0; }
                private static int Get(Holder h) => h.F();

                """;

            // A delegate-typed local holding the lambda, handed on to a field before the nest.
            yield return new CatalogEntry("Sd19LocalLambdaStoredInField", Holder + """
                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    var hist = new int[8];
                    Func<int> peek = () => hist[0];
                    var holder = new Holder();
                    holder.F = {|LG0100:peek|};
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                            hist[(xs[i] + j + {|LG0004:Get(holder)|}) & 7]++;
                    return hist;
                }
                """);

            // A local function's method group stored in a field (an object initializer) before the nest.
            yield return new CatalogEntry("Sd19LocalFunctionStoredInField", Holder + """
                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    var hist = new int[8];
                    int Peek() => hist[0];
                    var holder = new Holder { F = {|LG0100:Peek|} };
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                            hist[(xs[i] + j + {|LG0004:Get(holder)|}) & 7]++;
                    return hist;
                }
                """);

            // The stored lambda captures no written array itself but calls a local that holds one that does.
            yield return new CatalogEntry("Sd19StoredLambdaCallsCapturingLambda", Holder + """
                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    var hist = new int[8];
                    Func<int> peek = () => hist[0];
                    var holder = new Holder();
                    holder.F = {|LG0100:() => peek() + 1|};
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                            hist[(xs[i] + j + {|LG0004:Get(holder)|}) & 7]++;
                    return hist;
                }
                """);

            // The delegate is stored by a local function written after the nest but called before it.
            yield return new CatalogEntry("Sd19StoredByLocalFunctionCalledBefore", Holder + """
                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    var hist = new int[8];
                    var holder = new Holder();
                    Setup();
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                            hist[(xs[i] + j + {|LG0004:Get(holder)|}) & 7]++;
                    return hist;

                    void Setup() => holder.F = {|LG0100:() => hist[0]|};
                }
                """);

            // A delegate local assigned twice holds no one lambda: the one that captures the written array is
            // rejected where it is written, and the nest's call of the local is judged by each lambda it may hold.
            yield return new CatalogEntry("Sd19ReassignedDelegateLocalInvoked", """
                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    var hist = new int[8];
                    Func<int> peek = () => 0;
                    if (m > 1) peek = {|LG0100:() => hist[0]|};
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                            hist[(xs[i] + j + {|LG0100:peek()|}) & 7]++;
                    return hist;
                }
                """);

            // Accepted: the stored lambda captures only what the nest reads.
            yield return new CatalogEntry("Sd19StoredLambdaReadsOnlyInputs", Holder + """
                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    var hist = new int[8];
                    var holder = new Holder();
                    holder.F = () => xs.Length;
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                            hist[(xs[i] + j + {|LG0004:Get(holder)|}) & 7]++;
                    return hist;
                }
                """) { Report = "flattened" };

            // Accepted: the lambda that captures the written array is made after the nest has run.
            yield return new CatalogEntry("Sd19LambdaStoredAfterTheNest", """
                public static Func<int>? Last;

                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    var hist = new int[8];
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                            hist[(xs[i] + j) & 7]++;
                    Last = () => hist[0];
                    return hist;
                }
                """) { Report = "flattened" };

            // Accepted: a comparison lambda capturing the array runs during Array.Sort only, before the nest.
            yield return new CatalogEntry("Sd19SortLambdaBeforeTheNest", """
                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    var hist = new int[8];
                    var keys = new[] { 3, 1, 2 };
                    Array.Sort(keys, (a, b) => hist[a] - hist[b]);
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                            hist[(xs[i] + j + keys[0]) & 7]++;
                    return hist;
                }
                """) { Report = "flattened" };

            // Accepted: a deferred query capturing the written array, enumerated at once by ToList before the nest.
            yield return new CatalogEntry("Sd19MaterializedQueryBeforeTheNest", """
                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    var hist = new int[8];
                    var small = xs.Where(x => x < hist.Length).Select(x => x + 1).ToList();
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                            hist[(xs[i] + j + small.Count) & 7]++;
                    return hist;
                }
                """) { Report = "flattened" };

            // Rejected: the same query left deferred and enumerated in the nest, where it reads the array the nest writes.
            yield return new CatalogEntry("Sd19DeferredQueryEnumeratedInTheNest", """
                private static int Total(IEnumerable<int> q) { int t = 0; foreach (var v in q) t += v; return t; }

                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    var hist = new int[8];
                    var peeks = xs.Where(x => x > 0).Select({|LG0100:x => hist[x & 7]|});
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                            hist[(xs[i] + j + Total(peeks)) & 7]++;
                    return hist;
                }
                """);

            // Accepted: a query in the body capturing both counters, counted in the same expression.
            yield return new CatalogEntry("Sd19CountedQueryCapturesCounters", """
                [Parallelize]
                public static int[,] Run(int[] a, int n)
                {
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = a.Where(x => x > i + j).Select(x => x - i).Sum();
                    return r;
                }
                """) { Report = "flattened", Large = 60 };

            // A stored lambda that WRITES a captured local the nest never names: judged as a call would be.
            yield return new CatalogEntry("Sd19StoredLambdaWritesCapturedLocal", Holder + """
                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    var hist = new int[8];
                    int calls = 0;
                    var holder = new Holder();
                    holder.F = {|LG0102:() => ++calls & 1|};
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                            hist[(xs[i] + j + {|LG0004:Get(holder)|}) & 7]++;
                    return hist;
                }
                """);

            // The same through a delegate local the nest hands to a helper.
            yield return new CatalogEntry("Sd19DelegateValueWritesCapturedLocal", """
                private static int Get(Func<int> f) => f();

                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    var hist = new int[8];
                    int calls = 0;
                    Func<int> next = () => ++calls & 1;
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                            hist[(xs[i] + j + {|LG0004:Get({|LG0102:next|})|}) & 7]++;
                    return hist;
                }
                """);

            // A stored lambda reading the written array through an alias taken before the nest: the alias is
            // compared with the written array at run time (the twin runs the original loop when they are one).
            yield return new CatalogEntry("Sd19StoredLambdaReadsAnAlias", Holder + """
                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    var hist = new int[8];
                    var alias = hist;
                    var holder = new Holder();
                    holder.F = () => alias[0];
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                            hist[(xs[i] + j + {|LG0004:Get(holder)|}) & 7]++;
                    return hist;
                }
                """) { Report = "flattened" };

            // A local function that stores a lambda capturing an array declared after the nest: recorded (a local
            // function may run before the nest), but the array cannot be compared at the nest, where it is not
            // declared yet; it cannot be the written array either. The twin must still compile.
            yield return new CatalogEntry("Sd19StoredByLocalFunctionCapturesALaterLocal", Holder + """
                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    var hist = new int[8];
                    var holder = new Holder();
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                            hist[(xs[i] + j + {|LG0004:Get(holder)|}) & 7]++;
                    var late = new int[] { 1 };
                    Setup();
                    hist[0] += holder.F();
                    return hist;

                    void Setup() => holder.F = () => late[0];
                }
                """) { Report = "flattened" };

            // A local function's parameter captured by the lambda it stores, given the written array before the nest:
            // it cannot be compared where the nest is, so the delegate is rejected.
            yield return new CatalogEntry("Sd19StoredLambdaCapturesALocalFunctionParameter", Holder + """
                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    var hist = new int[8];
                    var holder = new Holder();
                    Setup(hist);
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                            hist[(xs[i] + j + {|LG0004:Get(holder)|}) & 7]++;
                    return hist;

                    void Setup(int[] arr) => holder.F = {|LG0100:() => arr[0]|};
                }
                """);

            // A stored lambda reading a static field that holds the written array: the fields it reads are checked
            // as a callee's are.
            yield return new CatalogEntry("Sd19StoredLambdaReadsAFieldHoldingTheArray", """
                private sealed class Holder { public Func<int> F = () => 0; }
                private static int[] Buffer = new int[1];
                private static int Get(Holder h) => h.F();

                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    var hist = new int[8];
                    Buffer = hist;
                    var holder = new Holder();
                    holder.F = {|LG0100:() => Buffer[0]|};
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                            hist[(xs[i] + j + {|LG0004:Get(holder)|}) & 7]++;
                    return hist;
                }
                """);

            // The same through a delegate local the nest hands to a helper.
            yield return new CatalogEntry("Sd19DelegateValueReadsAFieldHoldingTheArray", """
                private static int[] Buffer = new int[1];
                private static int Get(Func<int> f) => f();

                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    var hist = new int[8];
                    Buffer = hist;
                    Func<int> peek = () => Buffer[0];
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                            hist[(xs[i] + j + {|LG0004:Get({|LG0100:peek|})|}) & 7]++;
                    return hist;
                }
                """);

            // A stored lambda capturing a local of a block before the nest that holds the written array: it cannot
            // be named (nor compared) where the nest is.
            yield return new CatalogEntry("Sd19StoredLambdaCapturesABlockLocal", Holder + """
                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    var hist = new int[8];
                    var holder = new Holder();
                    if (m > 0)
                    {
                        var view = hist;
                        holder.F = {|LG0100:() => view[0]|};
                    }
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                            hist[(xs[i] + j + {|LG0004:Get(holder)|}) & 7]++;
                    return hist;
                }
                """);

            // The storing local function is written after the nest and called only by another one, called before it.
            yield return new CatalogEntry("Sd19StoredByLocalFunctionCalledThroughAnother", Holder + """
                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    var hist = new int[8];
                    var holder = new Holder();
                    Init();
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                            hist[(xs[i] + j + {|LG0004:Get(holder)|}) & 7]++;
                    return hist;

                    void Init() => Setup();
                    void Setup() => holder.F = {|LG0100:() => hist[0]|};
                }
                """);
        }
    }
}
