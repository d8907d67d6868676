using System.Collections.Generic;

namespace LoopGen.Tests.Catalog
{
    /// <summary>
    /// Delegate locals made before the nest and called in it (after red team round 21): what the local holds is
    /// followed, a lambda, a method group of the compilation or of the library with its receiver, or a copy of an event
    /// or a field; '?.Invoke' is read as the call it is. Each entry carries its CORRECT expectation.
    /// </summary>
    internal static partial class CatalogEntries
    {
        private static IEnumerable<CatalogEntry> DelegateLocals()
        {
            // A local function that counts in a captured local, made a delegate before the nest.
            yield return new CatalogEntry("DlLocalFunctionGroupWritesCaptured", """
                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    int count = 0;
                    int Bump(int v) { count++; return v; }
                    Func<int, int> f = Bump;
                    var res = new int[xs.Length];
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                            res[i] += {|LG0102:f(xs[i] + j)|};
                    res[0] += count;
                    return res;
                }
                """);

            // A library method known to be pure, made a delegate before the nest: nothing to say.
            yield return new CatalogEntry("DlPureLibraryGroupLocal", """
                [Parallelize]
                public static double[,] Run(int n, int m)
                {
                    Func<double, double> root = Math.Sqrt;
                    var r = new double[n, m];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < m; j++)
                            r[i, j] = root(i * j);
                    return r;
                }
                """) { Report = "flattened" };

            // A pure helper of the compilation, made a delegate before the nest: looked into, accepted without LG0004.
            yield return new CatalogEntry("DlPureSourceGroupLocal", """
                private static int Twice(int v) => 2 * v + 1;

                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    Func<int, int> f = Twice;
                    var res = new int[xs.Length];
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                            res[i] += f(xs[i] + j);
                    return res;
                }
                """) { Report = "row" };

            // '?.Invoke' on a lambda local that counts in a static: judged once, at the call.
            yield return new CatalogEntry("DlLambdaLocalInvokedConditionally", """
                private static int seen;

                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    Func<int, int>? f = v => { seen++; return v; };
                    var res = new int[xs.Length];
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                            res[i] += f?{|LG0102:.Invoke(xs[i] + j)|} ?? 0;
                    return res;
                }
                """);

            // A method group local handed to a helper that calls it: judged where it is handed on.
            yield return new CatalogEntry("DlGroupLocalGivenToHelper", """
                private static int seen;
                private static int Record(int v) { seen++; return v + seen; }
                private static int Apply(Func<int, int> g, int v) => g(v);

                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    Func<int, int> g = Record;
                    var res = new int[xs.Length];
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                            res[i] += {|LG0004:Apply({|LG0102:g|}, xs[i] + j)|};
                    return res;
                }
                """);

            // A delegate combined before the nest: both targets run at the call (and the method made a delegate is judged
            // where it is made, as a lambda there would be).
            yield return new CatalogEntry("DlCombinedDelegateLocal", """
                private static int seen;
                private static void Quiet(int v) { }
                private static void Record(int v) { seen += v; }

                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    Action<int> f = Quiet;
                    f += {|LG0102:Record|};
                    var res = new int[xs.Length];
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                        {
                            res[i] += xs[i] + j;
                            {|LG0102:f(j)|};
                        }
                    return res;
                }
                """);

            // A delegate field copied to a local before the nest: whoever set it runs in parallel.
            yield return new CatalogEntry("DlFieldCopiedBeforeNest", """
                private static int total;
                private static Action<int> OnCell = v => total += v;

                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    Action<int> handler = OnCell;
                    var res = new int[xs.Length];
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                        {
                            res[i] += xs[i] + j;
                            {|LG0105:handler(j)|};
                        }
                    return res;
                }
                """);

            // A delegate that is a foreach variable: where it comes from is not followed, the call is trusted (LG0004).
            yield return new CatalogEntry("DlForeachDelegateTrusted", """
                [Parallelize]
                public static int[] Run(int[] xs, int m, List<Func<int, int>> fs)
                {
                    var res = new int[xs.Length];
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                            foreach (var f in fs)
                                res[i] += {|LG0004:f(xs[i] + j)|};
                    return res;
                }
                """) { Report = "row", Inputs = (random, size) => new object?[] { Inputs.Make(typeof(int[]), random, size), size, new List<System.Func<int, int>> { v => v + 1, v => 2 * v } } };

            // A delegate set to null and then to a pure helper: nothing to say.
            yield return new CatalogEntry("DlNullThenPureGroup", """
                private static int Twice(int v) => 2 * v;

                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    Func<int, int>? f = null;
                    f ??= Twice;
                    var res = new int[xs.Length];
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                            res[i] += f(xs[i] + j);
                    return res;
                }
                """) { Report = "row" };
        }
    }
}
