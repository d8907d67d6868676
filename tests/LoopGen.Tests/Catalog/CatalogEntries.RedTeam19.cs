using System.Collections.Generic;

namespace LoopGen.Tests.Catalog
{
    /// <summary>
    /// Red team, round 19: stored delegates (NestWalker.RecordStoredDelegates), delegates given to calls that run
    /// them before their value is used (KnownMembers.RunsDelegatesBeforeItsValueIsUsed) and the rows' Capacity
    /// (RowBuilderInfo.KeepCapacity). Each entry carries its CORRECT expectation.
    /// Found and fixed: a delegate given as an element or a value rather than as a delegate-typed parameter (Append,
    /// Prepend, DefaultIfEmpty, FirstOrDefault's defaultValue, Aggregate's seed) was taken as run by the call, in
    /// RecordStoredDelegates and in DelegateStaysInIteration; a lambda held by a Delegate- or Expression-typed local
    /// was taken as held by a local whose uses are followed, though only delegate-typed locals' uses are; query
    /// syntax broke a deferred chain (a false LG0100). Fixed after the round: a deferred query in a local function called only
    /// after the nest (a false LG0100). Checked and handled: delegates returned by a local function, an event
    /// subscription, a written array kept by Select, a jagged row read by a stored lambda. Not kept as entries:
    /// scalar reductions, result lists and in-place parameters read by stored lambdas (LG0100), a row alias, a ref
    /// local and a Span alias in the nest (LG0100, LG0107, LG0102); the rows' Capacity (KeepCapacity names every use of
    /// the result list by symbol; no way found to read a row's Capacity without naming it).
    /// </summary>
    internal static partial class CatalogEntries
    {
        private static IEnumerable<CatalogEntry> RedTeam19()
        {
            // Append's second argument is an element, not a delegate it runs: ToList keeps the lambda.
            yield return new CatalogEntry("Rt19AppendedLambdaStored", """
                private sealed class Holder { public List<Func<int>> Fs = new List<Func<int>>(); }
                private static int Get(Holder h) => h.Fs.Count == 0 ? 0 : h.Fs[0]();

                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    var hist = new int[8];
                    var holder = new Holder();
                    holder.Fs = holder.Fs.Append({|LG0100:() => hist[0]|}).ToList();
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                            hist[(xs[i] + j + {|LG0004:Get(holder)|}) & 7]++;
                    return hist;
                }
                """);

            // The same through a delegate local.
            yield return new CatalogEntry("Rt19AppendedLocalStored", """
                private sealed class Holder { public List<Func<int>> Fs = new List<Func<int>>(); }
                private static int Get(Holder h) => h.Fs.Count == 0 ? 0 : h.Fs[0]();

                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    var hist = new int[8];
                    Func<int> peek = () => hist[0];
                    var holder = new Holder();
                    holder.Fs = holder.Fs.Prepend({|LG0100:peek|}).ToList();
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                            hist[(xs[i] + j + {|LG0004:Get(holder)|}) & 7]++;
                    return hist;
                }
                """);

            // FirstOrDefault's defaultValue is returned, not run.
            yield return new CatalogEntry("Rt19FirstOrDefaultDefaultStored", """
                private sealed class Holder { public Func<int> F = () => 0; }
                private static int Get(Holder h) => h.F();

                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    var hist = new int[8];
                    var holder = new Holder();
                    holder.F = new List<Func<int>>().FirstOrDefault({|LG0100:() => hist[0]|});
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                            hist[(xs[i] + j + {|LG0004:Get(holder)|}) & 7]++;
                    return hist;
                }
                """);

            // Aggregate's seed is returned when the source is empty (and here always, the func returns the accumulator).
            yield return new CatalogEntry("Rt19AggregateSeedStored", """
                private sealed class Holder { public Func<int> F = () => 0; }
                private static int Get(Holder h) => h.F();

                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    var hist = new int[8];
                    var holder = new Holder();
                    holder.F = xs.Aggregate<int, Func<int>>({|LG0100:() => hist[0]|}, (acc, x) => acc);
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                            hist[(xs[i] + j + {|LG0004:Get(holder)|}) & 7]++;
                    return hist;
                }
                """);

            // DefaultIfEmpty's defaultValue is an element too.
            yield return new CatalogEntry("Rt19DefaultIfEmptyStored", """
                private sealed class Holder { public Func<int>[] Fs = new Func<int>[0]; }
                private static int Get(Holder h) => h.Fs.Length == 0 ? 0 : h.Fs[0]();

                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    var hist = new int[8];
                    var holder = new Holder();
                    holder.Fs = holder.Fs.DefaultIfEmpty({|LG0100:() => hist[0]|}).ToArray();
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                            hist[(xs[i] + j + {|LG0004:Get(holder)|}) & 7]++;
                    return hist;
                }
                """);

            // A lambda held by a local typed Delegate (C# 10 natural type): the local's uses are not followed.
            yield return new CatalogEntry("Rt19LambdaHeldByDelegateTypedLocal", """
                private sealed class Holder { public Delegate D = (Func<int>)(() => 0); }
                private static int Get(Holder h) => ((Func<int>)h.D)();

                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    var hist = new int[8];
                    Delegate peek = {|LG0100:() => hist[0]|};
                    var holder = new Holder();
                    holder.D = peek;
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                            hist[(xs[i] + j + {|LG0004:Get(holder)|}) & 7]++;
                    return hist;
                }
                """);

            // A lambda held by an expression-tree local, compiled and stored.
            yield return new CatalogEntry("Rt19LambdaHeldByExpressionLocal", """
                private sealed class Holder { public Func<int> F = () => 0; }
                private static int Get(Holder h) => h.F();

                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    var hist = new int[8];
                    System.Linq.Expressions.Expression<Func<int>> peek = {|LG0100:() => hist[0]|};
                    var holder = new Holder();
                    holder.F = peek.Compile();
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                            hist[(xs[i] + j + {|LG0004:Get(holder)|}) & 7]++;
                    return hist;
                }
                """);

            // In the nest: a lambda capturing the parallel counter kept past its iteration through Append ... First.
            yield return new CatalogEntry("Rt19CounterLambdaKeptThroughAppend", """
                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    var fs = new Func<int>[xs.Length];
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                            fs[i] = Enumerable.Empty<Func<int>>().Append({|LG0100:() => i|}).First();
                    var r = new int[xs.Length];
                    for (int k = 0; k < r.Length; k++) r[k] = fs[k] == null ? -1 : fs[k]();
                    return r;
                }
                """);

            // In the nest: the same kept as FirstOrDefault's default value.
            yield return new CatalogEntry("Rt19CounterLambdaKeptAsDefault", """
                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    var fs = new Func<int>[xs.Length];
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                            fs[i] = new Func<int>[0].FirstOrDefault({|LG0100:() => i|});
                    var r = new int[xs.Length];
                    for (int k = 0; k < r.Length; k++) r[k] = fs[k] == null ? -1 : fs[k]();
                    return r;
                }
                """);

            // Probe (handled): a local function returns a lambda capturing the written array, stored before the nest.
            yield return new CatalogEntry("Rt19DelegateReturnedByLocalFunction", """
                private sealed class Holder { public Func<int> F = () => 0; }
                private static int Get(Holder h) => h.F();

                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    var hist = new int[8];
                    Func<int> Make() => {|LG0100:() => hist[0]|};
                    var holder = new Holder();
                    holder.F = Make();
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                            hist[(xs[i] + j + {|LG0004:Get(holder)|}) & 7]++;
                    return hist;
                }
                """);

            // Probe (handled): the written array itself kept in a list by Select(x => hist).ToList().
            yield return new CatalogEntry("Rt19ArrayStoredThroughSelect", """
                private sealed class Holder { public List<int[]> A = new List<int[]>(); }
                private static int Get(Holder h) => h.A.Count == 0 ? 0 : h.A[0][0];

                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    var hist = new int[8];
                    var holder = new Holder();
                    holder.A = new[] { 1 }.Select(x => hist).ToList();
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                            hist[(xs[i] + j + {|LG0100:Get(holder)|}) & 7]++;
                    return hist;
                }
                """);

            // Probe (handled): a stored lambda reading a row of a jagged array the nest writes in place.
            yield return new CatalogEntry("Rt19JaggedRowReadByStoredLambda", """
                private sealed class Holder { public Func<int> F = () => 0; }
                private static int Get(Holder h) => h.F();

                [Parallelize]
                public static int[][] Run(int[] xs, int m)
                {
                    var rows = new int[xs.Length][];
                    for (int k = 0; k < rows.Length; k++) rows[k] = new int[m];
                    var holder = new Holder();
                    holder.F = {|LG0100:() => rows.Length == 0 || m == 0 ? 0 : rows[rows.Length - 1][0]|};
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                            rows[i][j] = xs[i] + j + {|LG0004:Get(holder)|};
                    return rows;
                }
                """);

            // Common code: a local function called after the nest builds a deferred query over the written array.
            yield return new CatalogEntry("Rt19LocalFunctionQueryAfterNest", """
                [Parallelize]
                public static int Run(int[] xs, int m)
                {
                    var hist = new int[8];
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                            hist[(xs[i] + j) & 7]++;
                    return NonZero();

                    int NonZero()
                    {
                        var q = Enumerable.Range(0, 8).Where(k => hist[k] > 0);
                        return q.Count();
                    }
                }
                """) { Report = "flattened" }; // A false rejection (LG0100) until a local function counted as running before the nest only where it is used (MayRunBeforeNestEnds).

            // Common code: a lambda cast at its declaration, invoked after the nest only (accepted).
            yield return new CatalogEntry("Rt19CastLambdaInvokedAfterNest", """
                [Parallelize]
                public static int Run(int[] xs, int m)
                {
                    var hist = new int[8];
                    var first = (Func<int>)(() => hist[0]);
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                            hist[(xs[i] + j) & 7]++;
                    return first();
                }
                """) { Report = "flattened" };

            // Query syntax materialized before the nest: the translated query's value is the source of ToList (was a false LG0100).
            yield return new CatalogEntry("Rt19QuerySyntaxBeforeNest", """
                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    var hist = new int[8];
                    var seed = (from x in xs where hist[x & 7] == 0 select x + 1).ToList();
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                            hist[(xs[i] + j + seed.Count) & 7]++;
                    return hist;
                }
                """) { Report = "flattened" };

            // Query syntax in the nest, capturing both counters, enumerated at once (Count): accepted, as the same chain in
            // method syntax (it had an LG0004 on the query's enumerator until stop 18: the translated query was not seen
            // as the Where/Select calls it stands for, which are checked where they are).
            yield return new CatalogEntry("Rt19QuerySyntaxCounterInNest", """
                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    var res = new int[xs.Length];
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                            res[i] += (from x in xs where x > i + j select x * 2).Count();
                    return res;
                }
                """) { Report = "row" };

            // Query syntax in the nest, with its clauses checked as the calls they stand for: a 'let', and a 'join' with a
            // list only read.
            yield return new CatalogEntry("QuerySyntaxLetAndJoinInNest", """
                [Parallelize]
                public static int[] Run(int[] xs, List<int> others, int m)
                {
                    var res = new int[xs.Length];
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                            res[i] += (from x in xs let y = x + i where y > j select y).Sum()
                                + (from x in xs join o in others on x equals o select x + o).Count();
                    return res;
                }
                """) { Report = "row" };

            // Query syntax whose 'where' counts in a variable of the method: rejected.
            yield return new CatalogEntry("QuerySyntaxWhereWritesLocal", """
                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    var res = new int[xs.Length];
                    int seen = 0;
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                            res[i] += (from x in xs where {|LG0101:seen++|} >= 0 select x).Count();
                    return res;
                }
                """);

            // Query syntax over a sequence whose enumerator writes a static: rejected on the clause that enumerates it.
            yield return new CatalogEntry("QuerySyntaxOverCountingEnumerator", """
                private sealed class Bag : IEnumerable<int>
                {
                    public static int Reads;
                    private readonly int[] items = { 1, 2, 3 };
                    public IEnumerator<int> GetEnumerator() { Reads++; return ((IEnumerable<int>)this.items).GetEnumerator(); }
                    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => this.GetEnumerator();
                }

                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    var res = new int[xs.Length];
                    var bag = new Bag();
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                            res[i] += (from x in bag {|LG0102:where x > j|} select x).Count();
                    return res;
                }
                """);

            // Query syntax bound to a type's own Where (the query pattern), which writes a static: rejected.
            yield return new CatalogEntry("QuerySyntaxOwnQueryPatternWritesStatic", """
                private sealed class Box
                {
                    public static int Calls;
                    public Box Where(Func<int, bool> p) { Calls++; return this; }
                    public int Count() => Calls;
                }

                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    var res = new int[xs.Length];
                    var box = new Box();
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                            res[i] += (from x in box {|LG0102:where x > j|} select x).Count();
                    return res;
                }
                """);

            // Probe (handled): a delegate local subscribed to an event before the nest.
            yield return new CatalogEntry("Rt19EventSubscribedBeforeNest", """
                private sealed class Holder { public event Func<int> E; public int Fire() => E == null ? 0 : E(); }
                private static int Get(Holder h) => h.Fire();

                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    var hist = new int[8];
                    Func<int> peek = () => hist[0];
                    var holder = new Holder();
                    holder.E += {|LG0100:peek|};
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                            hist[(xs[i] + j + {|LG0004:Get(holder)|}) & 7]++;
                    return hist;
                }
                """);
        }
    }
}
