using System.Collections.Generic;

namespace LoopGen.Tests.Catalog
{
    /// <summary>
    /// Fifteenth red-team round, from a review session: reductions and arithmetic semantics. The entries below were
    /// accepted silently (LG0003 'flattened', no LG0004) and, written with their markers removed, Report = "flattened"
    /// and Large = 800, their twin differed from M in the differential. Each carries its correct expectation; all
    /// three were fixed in stop 15 (NestWalker.ReachableOutsideTheNest; their neighbours are in Reductions18). One mechanism: when the nest throws, the twin drops its chunks' partial results, so the accumulator
    /// still holds its value from before the nest, where M holds the partial sum up to the failing cell. Code that
    /// runs after the throw sees the difference if it can reach the variable: a closure (a lambda or a local function,
    /// declared before the nest and not called in it) or a ref to the accumulator (the ref field of a ref struct). A
    /// 'using' declaration's Dispose is such code, and when it throws, its exception replaces the nest's. A result
    /// list captured the same way is already rejected: IsFreshResultList refuses a list named inside a lambda. A
    /// reduction now follows the same rule: not captured by a lambda or local function that may run before the nest
    /// completes, and no ref to it taken anywhere in the method (NestWalker.ValidateOuterLocals). A local function
    /// reading the sum called only after the nest (listed below as handled) stays accepted.
    /// Checked and found HANDLED (not entries): array reductions (a local or a parameter, rank 1 or 2; *=, &amp;= on
    /// bool, ++, +=; flattened and row mode; a key out of range thrown by the update itself) read by a using's
    /// Dispose after a throw: the twin's finally-merge leaves exactly M's values. Also handled: a flat result list
    /// captured by that Dispose lambda (LG0105); two reduced array
    /// parameters with different operators, and a reduced parameter beside an in-place written parameter, passed the
    /// same object (equal); a local copy of a parameter reduced into while the parameter is read (equal); 'count++'
    /// in the inner for's incrementor (row, equal); byte -=, short *=, sbyte ^=, ushort -= with implicit narrowing
    /// (equal), and u = (ushort)(u + e) (LG0101, explicit casts are not stripped, so (int)(acc + d) and
    /// (int)Math.Max(acc, d) are not reductions); a local function reading the sum called only after the nest (equal);
    /// an out-var accumulator and a deconstructed pair (equal); selections on float from int candidates, on double
    /// from a float cast, on char and sbyte with &gt;= and &lt;=; verbatim and keyword-named accumulators (@checked,
    /// @int) and a unicode-escaped name (compile, equal); reductions returned in a tuple beside an assignment to an
    /// array argument (equal); a second nest bounded by the first nest's sum (equal); an inner foreach over the reduced
    /// array (LG0106), its cell in the outer bound (LG0108) or the inner bound (LG0100); int?, BigInteger and a user
    /// struct with operator + as accumulators (LG0101); 'acc += acc2' of two reductions (LG0100).
    /// </summary>
    internal static partial class CatalogEntries
    {
        private static IEnumerable<CatalogEntry> RedTeam15()
        {
            const string OnExit = """
                public sealed class OnExit : IDisposable
                {
                    private readonly Func<string> report;
                    public OnExit(Func<string> report) { this.report = report; }
                    public void Dispose() => throw new InvalidOperationException("at exit: " + this.report());
                }

                """;

            // Exception message at size 800: M "at exit: 458" (the partial sum at the first 7), twin "at exit: 0".
            yield return new CatalogEntry("Rt15UsingReadsSumOnThrow", OnExit + """
                [Parallelize]
                public static long Run(int[,] a)
                {
                    long sum = 0;
                    using var exit = new OnExit({|LG0100:() => sum.ToString()|});
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                        {
                            if (a[i, j] == 7)
                                throw new ArgumentException("seven");
                            {|LG0101:sum += a[i, j]|};
                        }
                    return sum;
                }
                """);

            // Exception message at size 800: M "at exit: 5", twin "at exit: -2147483648" (a Max reduction starts chunks from its value, never merged).
            yield return new CatalogEntry("Rt15LocalFunctionReadsMaxOnThrow", OnExit + """
                [Parallelize]
                public static int Run(int[,] a)
                {
                    int best = int.MinValue;
                    string Report() => best.ToString();
                    using var exit = new OnExit({|LG0100:Report|});
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                        {
                            if (a[i, j] == 7)
                                throw new ArgumentException("seven");
                            {|LG0101:best = Math.Max(best, a[i, j])|};
                        }
                    return best;
                }
                """);

            // Exception message at size 800: M "at exit: 677", twin "at exit: 0" (the ref taken before the nest sees the unmerged variable).
            yield return new CatalogEntry("Rt15RefFieldReadsSumOnThrow", """
                public ref struct Watch
                {
                    private ref long value;
                    public Watch(ref long value) { this.value = ref value; }
                    public void Dispose() => throw new InvalidOperationException("at exit: " + this.value);
                }

                [Parallelize]
                public static long Run(int[,] a)
                {
                    long sum = 0;
                    using var w = new Watch(ref sum);
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                        {
                            if (a[i, j] == 7)
                                throw new ArgumentException("seven");
                            {|LG0101:sum += a[i, j]|};
                        }
                    return sum;
                }
                """);
        }
    }
}
