using System.Collections.Generic;

namespace LoopGen.Tests.Catalog
{
    /// <summary>
    /// Stop 15, with the fix of round 15's three known bugs (an accumulator that other code can reach is not a
    /// reduction, since the twin merges the chunks' partial results only when the nest completes): the neighbours of
    /// those bugs. Code that can run only once the nest has completed may capture the accumulator (a lambda written
    /// after the nest, a local function used only after it); code that may run before or while the nest runs, or after
    /// it throws, may not (a local function declared after the nest but used before it, a lambda written before the
    /// nest, a ref local).
    /// </summary>
    internal static partial class CatalogEntries
    {
        private static IEnumerable<CatalogEntry> Reductions18()
        {
            const string OnExit = """
                public sealed class OnExit : IDisposable
                {
                    private readonly Func<string> report;
                    public OnExit(Func<string> report) { this.report = report; }
                    public void Dispose() { if (this.report().Length > 40) throw new InvalidOperationException("too long"); }
                }

                """;

            // A lambda written after the nest: it exists only once the nest has completed and the sums are merged.
            yield return new CatalogEntry("Rd18LambdaAfterTheNest", """
                [Parallelize]
                public static int[] Run(int[,] a)
                {
                    long sum = 0;
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            sum += a[i, j];
                    Func<int, int> shift = x => (int)(x + sum);
                    var r = new int[a.GetLength(0)];
                    for (int k = 0; k < r.Length; k++) r[k] = shift(k);
                    return r;
                }
                """) { Report = "flattened", Large = 800 };

            // A local function declared before the nest but called only after it.
            yield return new CatalogEntry("Rd18LocalFunctionUsedAfterTheNest", """
                [Parallelize]
                public static string Run(int[,] a)
                {
                    int best = int.MinValue;
                    string Report() => "best " + best;
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            best = Math.Max(best, a[i, j]);
                    return Report();
                }
                """) { Report = "flattened", Large = 800 };

            // A local function declared after the nest, made into a delegate before it (and run by a using's Dispose).
            yield return new CatalogEntry("Rd18LocalFunctionDeclaredAfterUsedBefore", OnExit + """
                [Parallelize]
                public static long Run(int[,] a)
                {
                    long sum = 0;
                    using var exit = new OnExit({|LG0100:Report|});
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            {|LG0101:sum += a[i, j]|};
                    return sum;
                    string Report() => sum.ToString();
                }
                """);

            // A ref local to the accumulator, taken before the nest and read after it.
            yield return new CatalogEntry("Rd18RefLocalToAccumulator", """
                [Parallelize]
                public static long Run(int[,] a)
                {
                    long sum = 0;
                    ref long alias = ref sum;
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            {|LG0101:sum += a[i, j]|};
                    return alias;
                }
                """);

            // A lambda written before the nest is rejected even when it is run only after it: where a delegate goes is not followed.
            yield return new CatalogEntry("Rd18LambdaBeforeTheNestRunAfter", """
                [Parallelize]
                public static long Run(int[,] a)
                {
                    long sum = 0;
                    Func<long> read = () => sum;
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            {|LG0101:sum += a[i, j]|};
                    return read();
                }
                """);
        }
    }
}
