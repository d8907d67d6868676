using System.Collections.Generic;
using System.Linq;

namespace LoopGen.Tests.Catalog
{
    /// <summary>
    /// Entries written to hunt false acceptances: aliasing the analysis cannot see from the syntax, and
    /// state reached through calls. Each has its CORRECT expectation; one the product misses is marked
    /// with <see cref="CatalogEntry.Bug"/> and moves to the known-bug list.
    /// </summary>
    internal static partial class CatalogEntries
    {
        private static IEnumerable<CatalogEntry> Hunted()
        {
            // A one-dimensional array parameter may be a row of a jagged parameter: M(a, a[k]).
            yield return new CatalogEntry("JaggedRowPassedAsVector", """
                [Parallelize]
                public static void RowSums(double[][] a, double[] r)
                {
                    for (int i = 0; i < a.Length; i++)
                    {
                        double s = 0;
                        for (int j = 0; j < a[i].Length; j++)
                            s += a[i][j];
                        r[i] = s;
                    }
                }
                """) { Report = "row", Large = 1500 };

            // An interface parameter may be the very array the nest writes: M(r, r).
            yield return new CatalogEntry("ReadOnlyListAliasOfWrittenArray", """
                [Parallelize]
                public static void Spread(int[] r, IReadOnlyList<int> xs)
                {
                    int n = r.Length;
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i] += xs[(i + j + 1) % n] & 7;
                }
                """) { Report = "row", Large = 1500 };

            // The same through IList<T>, written by a flattened nest.
            yield return new CatalogEntry("ListInterfaceAliasOfWrittenGrid", """
                [Parallelize]
                public static void Copy(int[] r, IList<int> xs)
                {
                    int n = r.Length;
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i] = xs[(i + j + 1) % n] + j;
                }
                """) { Report = "row", Large = 1500 };

            // A local function declared before the nest writes a captured local.
            yield return new CatalogEntry("LocalFunctionWritesCapturedLocal", """
                [Parallelize]
                public static int Count(int[,] a)
                {
                    int count = 0;
                    void Bump() => count++;
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            if (a[i, j] > 0)
                                {|LG0102:Bump()|};
                    return count;
                }
                """);

            // A local function declared before the nest reads the array the nest writes.
            yield return new CatalogEntry("LocalFunctionReadsWrittenArray", """
                [Parallelize]
                public static int[,] Table(int n)
                {
                    var r = new int[n, n];
                    int Peek(int j) => r[0, j];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = i + {|LG0100:Peek(j)|};
                    return r;
                }
                """);

            // A local function declared before the nest reads the accumulator of a reduction: the call is a carried read
            // (LG0100), and the capture alone makes the accumulator no reduction (LG0101, since stop 15).
            yield return new CatalogEntry("LocalFunctionReadsReduction", """
                [Parallelize]
                public static long Sum(int[,] a)
                {
                    long sum = 0;
                    long Peek() => sum;
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            {|LG0101:sum += a[i, j] + ({|LG0100:Peek()|} & 1)|};
                    return sum;
                }
                """);

            // A helper reads the static array the nest writes, at another row.
            yield return new CatalogEntry("HelperReadsWrittenStaticArray", """
                private static int[] buffer = new int[0];

                private static int Peek(int j) => buffer[j];

                [Parallelize]
                public static int[] Run(int n)
                {
                    buffer = new int[n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            buffer[i] += {|LG0100:Peek((i + 1) % n)|} + j;
                    return (int[])buffer.Clone();
                }
                """);

            // ------------------------------------------------------------ found by the second hunt, fixed

            // The original loop evaluates its bound after every iteration; the parallel path once.
            yield return new CatalogEntry("OuterBoundReadsWrittenElement", """
                [Parallelize]
                public static void Run(int[] lim)
                {
                    for (int i = 0; i < {|LG0108:Math.Min(lim[0], lim.Length)|}; i++)
                        for (int j = 0; j < 4; j++)
                            lim[i] = j;
                }
                """);

            // The same through a helper of the compilation that reads the written static array.
            yield return new CatalogEntry("OuterBoundHelperReadsWrittenStatic", """
                private static int[] lim = new int[0];

                private static int Limit() => Math.Min(lim[0], lim.Length);

                [Parallelize]
                public static int[] Run(int n)
                {
                    lim = new int[n + 1];
                    for (int k = 0; k <= n; k++)
                        lim[k] = n;
                    for (int i = 0; i < {|LG0100:Limit()|}; i++)
                        for (int j = 0; j < 4; j++)
                            lim[i] = j;
                    return (int[])lim.Clone();
                }
                """);

            // Rows were created at the inner bound's first value; the body shrinks it. Now plain row-per-task, no preallocation.
            yield return new CatalogEntry("RowBuilderInnerBoundWrittenByBody", """
                [Parallelize]
                public static List<List<int>> Rows(int[] lens)
                {
                    var results = new List<List<int>>();
                    for (int i = 0; i < lens.Length; i++)
                    {
                        var row = new List<int>();
                        for (int j = 0; j < lens[i]; j++)
                        {
                            row.Add(j);
                            lens[i]--;
                        }
                        results.Add(row);
                    }
                    return results;
                }
                """) { Report = "row" };

            // Only the rows c[i] are checked distinct at run time; c[0][0] may be c[1][0].
            yield return new CatalogEntry("ThreeLevelJaggedWritten", """
                [Parallelize]
                public static void Fill(int[][][] c)
                {
                    for (int i = 0; i < c.Length; i++)
                        for (int j = 0; j < c[i].Length; j++)
                            for (int k = 0; k < c[i][j].Length; k++)
                                {|LG0106:c[i][j][k]|} = (c[i][j][k] * 3) + i;
                }
                """);

            // The rows of a two-dimensional array of arrays: the run-time row check did not even compile.
            yield return new CatalogEntry("GridOfRowsWritten", """
                [Parallelize]
                public static void Fill(int[,][] c)
                {
                    for (int i = 0; i < c.GetLength(0); i++)
                        for (int j = 0; j < c.GetLength(1); j++)
                            {|LG0106:c[i, j][0]|} = i + j;
                }
                """);

            // A selection whose compared expression reads a getter that changes a (private) object: compared and kept values differ.
            yield return new CatalogEntry("SelectionThroughCountingGetter", """
                public sealed class Ticker
                {
                    private int t;

                    public int Next => this.t++;
                }

                [Parallelize]
                public static int Best(int[,] a)
                {
                    int best = 0;
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                        {
                            var tk = new Ticker();
                            if (a[i, j] - (tk.Next * 100) > {|LG0100:best|}) best = a[i, j] - (tk.Next * 100);
                        }
                    return best;
                }
                """);

            // A user-defined operator is a call.
            yield return new CatalogEntry("UserOperatorWritesStatic", """
                public static int Calls;

                public struct Money
                {
                    public int V;

                    public static Money operator +(Money a, Money b) => new Money { V = a.V + b.V + Calls++ };
                }

                [Parallelize]
                public static int[,] Fill(int size)
                {
                    Calls = 0;
                    var r = new int[size, size];
                    for (int i = 0; i < size; i++)
                        for (int j = 0; j < size; j++)
                            r[i, j] = ({|LG0102:new Money { V = i } + new Money { V = j }|}).V;
                    return r;
                }
                """);

            // So is a user-defined conversion.
            yield return new CatalogEntry("UserConversionWritesStatic", """
                public static int Calls;

                public struct Wrapped
                {
                    public int V;

                    public static implicit operator int(Wrapped w) => w.V + Calls++;
                }

                [Parallelize]
                public static int[,] Fill(int size)
                {
                    Calls = 0;
                    var r = new int[size, size];
                    for (int i = 0; i < size; i++)
                        for (int j = 0; j < size; j++)
                            r[i, j] = {|LG0102:new Wrapped { V = i + j }|};
                    return r;
                }
                """);

            // A setter of a private object may write shared state.
            yield return new CatalogEntry("SetterOfPrivateObjectWritesStatic", """
                public static int Calls;

                public sealed class Cell
                {
                    private int v;

                    public int V { get => this.v; set => this.v = value + Calls++; }
                }

                [Parallelize]
                public static int[,] Fill(int size)
                {
                    Calls = 0;
                    var r = new int[size, size];
                    for (int i = 0; i < size; i++)
                        for (int j = 0; j < size; j++)
                        {
                            var c = new Cell();
                            {|LG0102:c.V = i|};
                            r[i, j] = c.V;
                        }
                    return r;
                }
                """);

            // A method group passed to (known-pure) LINQ runs inside the iteration.
            yield return new CatalogEntry("MethodGroupIntoLinqWritesStatic", """
                public static int Calls;

                private static int Tag(int x) => x + Calls++;

                [Parallelize]
                public static int[,] Fill(int size)
                {
                    Calls = 0;
                    var r = new int[size, size];
                    for (int i = 0; i < size; i++)
                        for (int j = 0; j < size; j++)
                            r[i, j] = new[] { i, j }.Select({|LG0102:Tag|}).Sum();
                    return r;
                }
                """);

            // An interface getter of the compilation: the implementation is not known, so it is trusted (LG0004), not silent.
            yield return new CatalogEntry("InterfaceGetterTrusted", """
                public interface ISource
                {
                    int Scale { get; }
                }

                public sealed class Fixed : ISource
                {
                    public int Scale => 3;
                }

                [Parallelize]
                public static int[,] Fill(int size)
                {
                    ISource src = new Fixed();
                    var r = new int[size, size];
                    for (int i = 0; i < size; i++)
                        for (int j = 0; j < size; j++)
                            r[i, j] = (i - j) * {|LG0004:src.Scale|};
                    return r;
                }
                """) { Report = "flattened" };

            // ------------------------------------------------------------ found by the second hunt, open

            // A view (ArraySegment<T>, Memory<T>) over the written array is read while other iterations write it.
            yield return new CatalogEntry("ArraySegmentOverWrittenArray", """
                [Parallelize]
                public static void Spread(int[] r)
                {
                    int n = r.Length;
                    var xs = new ArraySegment<int>(r);
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i] += {|LG0106:xs[(i + j + 1) % n]|} & 7;
                }
                """);

            // An array of views whose element is the written array: M(r, new IReadOnlyList<int>[] { r }).
            yield return new CatalogEntry("ViewArrayHoldsWrittenArray", """
                [Parallelize]
                public static void Spread(int[] r, IReadOnlyList<int>[] views)
                {
                    int n = r.Length;
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i] += {|LG0106:{|LG0004:views[0][(i + j + 1) % n]|}|} & 7;
                }
                """);

            // An object of the compilation wraps the written array; its indexer reads it.
            yield return new CatalogEntry("WrapperIndexerReadsWrittenArray", """
                public sealed class Box
                {
                    private readonly int[] data;

                    public Box(int[] data)
                    {
                        this.data = data;
                    }

                    public int this[int k] => this.data[k];
                }

                [Parallelize]
                public static void Spread(int[] r)
                {
                    int n = r.Length;
                    var b = new Box(r);
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i] += {|LG0100:b[(i + j + 1) % n]|} & 7;
                }
                """);

            // A helper reads a static field that holds the written parameter array.
            yield return new CatalogEntry("HelperReadsStaticAliasOfWrittenParameter", """
                private static int[] shared = new int[0];

                private static int Peek(int k) => shared[k];

                [Parallelize]
                public static void Spread(int[] r)
                {
                    shared = r;
                    int n = r.Length;
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i] += {|LG0100:Peek((i + j + 1) % n)|} & 7;
                }
                """);

            // A type parameter constrained to a list interface may be the written array: M<int[]>(r, r).
            yield return new CatalogEntry("GenericListParameterAliasOfWrittenArray", """
                [Parallelize]
                public static void Spread<T>(int[] r, T xs) where T : IReadOnlyList<int>
                {
                    int n = r.Length;
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i] += {|LG0106:{|LG0004:xs[(i + j + 1) % n]|}|} & 7;
                }
                """);

            // A lambda stored in a local before the nest writes a captured local (the local-function form is LG0102).
            yield return new CatalogEntry("DelegateLocalWritesCapturedLocal", """
                [Parallelize]
                public static int Count(int[,] a)
                {
                    int count = 0;
                    Action bump = () => count++;
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            if (a[i, j] > 0)
                                {|LG0102:bump()|};
                    return count;
                }
                """);

            // The lambda only reads what the nest writes: a carried value, as for a local function.
            yield return new CatalogEntry("DelegateLocalReadsWrittenArray", """
                [Parallelize]
                public static int[,] Smear(int[,] a)
                {
                    var r = new int[a.GetLength(0), a.GetLength(1)];
                    Func<int, int, int> above = (x, y) => x > 0 ? r[x - 1, y] : 0;
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            r[i, j] = a[i, j] + {|LG0100:above(i, j)|};
                    return r;
                }
                """);

            // A lambda stored before the nest that only computes: accepted, and run against M.
            yield return new CatalogEntry("DelegateLocalPure", """
                [Parallelize]
                public static double[,] Map(double[,] a, double k)
                {
                    var r = new double[a.GetLength(0), a.GetLength(1)];
                    Func<double, double> f = x => Math.Sqrt(Math.Abs(x)) * k;
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            r[i, j] = f(a[i, j]);
                    return r;
                }
                """) { Report = "flattened" };

            // A local function of the method called from the nest: the chunk cannot be a separate method, so it is a lambda.
            yield return new CatalogEntry("OuterLocalFunctionPure", """
                [Parallelize]
                public static double[,] Scale(double[,] a, double k)
                {
                    var r = new double[a.GetLength(0), a.GetLength(1)];
                    double Twice(double x) => 2 * x * k;
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            r[i, j] = Twice(a[i, j]);
                    return r;
                }
                """) { Report = "flattened" };

            // A value of anonymous type read by the nest: its type cannot be written, so the chunk is a lambda.
            yield return new CatalogEntry("AnonymousTypeLocal", """
                [Parallelize]
                public static double[,] Offset(double[,] a, double k)
                {
                    var r = new double[a.GetLength(0), a.GetLength(1)];
                    var shift = new { Value = k, Twice = 2 * k };
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            r[i, j] = a[i, j] + shift.Value - shift.Twice;
                    return r;
                }
                """) { Report = "flattened" };

            // ToString overrides run by string interpolation are not looked into.
            yield return new CatalogEntry("ToStringOverrideWritesStatic", """
                public static int Calls;

                public sealed class Tagged
                {
                    public int V;

                    public override string ToString() => (this.V + Calls++).ToString();
                }

                [Parallelize]
                public static string[,] Fill(int size)
                {
                    Calls = 0;
                    var r = new string[size, size];
                    for (int i = 0; i < size; i++)
                        for (int j = 0; j < size; j++)
                        {
                            var t = new Tagged { V = i + j };
                            r[i, j] = {|LG0102:$"{t}"|};
                        }
                    return r;
                }
                """);

            // Deconstruct methods called by a deconstruction are not looked into.
            yield return new CatalogEntry("DeconstructWritesStatic", """
                public static int Calls;

                public sealed class Pair
                {
                    public int A;

                    public void Deconstruct(out int a, out int b)
                    {
                        a = this.A;
                        b = Calls++;
                    }
                }

                [Parallelize]
                public static int[,] Fill(int size)
                {
                    Calls = 0;
                    var r = new int[size, size];
                    for (int i = 0; i < size; i++)
                        for (int j = 0; j < size; j++)
                        {
                            {|LG0102:var (x, y) = new Pair { A = i }|};
                            r[i, j] = x + y;
                        }
                    return r;
                }
                """);

            // GetEnumerator/MoveNext/Current of a collection of the compilation walked by an inner foreach are not looked into.
            yield return new CatalogEntry("InnerForeachEnumeratorWritesStatic", """
                public static int Calls;

                public sealed class Twice
                {
                    public Enumerator GetEnumerator() => new Enumerator();

                    public struct Enumerator
                    {
                        private int k;

                        public int Current => this.k + Calls;

                        public bool MoveNext()
                        {
                            Calls++;
                            return this.k++ < 2;
                        }
                    }
                }

                [Parallelize]
                public static int[] Fill(int size)
                {
                    Calls = 0;
                    var r = new int[size];
                    for (int i = 0; i < size; i++)
                        foreach (int x in {|LG0102:new Twice()|})
                            r[i] += x;
                    return r;
                }
                """);

            // ------------------------------------------------------------ found by the third hunt (generated code's semantics)

            // The counter wraps past int.MaxValue (i += 2) and the loop goes on with a negative i; the parallel
            // path counted the trip in long arithmetic and stopped after two rows.
            yield return new CatalogEntry("CounterStepWrapsPastIntMax", """
                [Parallelize]
                public static long Sum(int[,] a, int lo)
                {
                    long s = 0;
                    for (int i = lo; i < int.MaxValue; i += 2)
                        for (int j = 0; j < a.GetLength(1); j++)
                            s += a[i - lo, j];
                    return s;
                }
                """) { Report = "flattened", Inputs = (rng, size) => new object?[] { new int[3, System.Math.Max(size, 1)], int.MaxValue - 3 } };

            // The same with <= and a step of one: i <= int.MaxValue is always true, the counter wraps.
            yield return new CatalogEntry("CounterLessOrEqualIntMax", """
                [Parallelize]
                public static long Sum(int[,] a, int lo, int hi)
                {
                    long s = 0;
                    for (int i = lo; i <= hi; i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            s += a[i - lo, j];
                    return s;
                }
                """) { Report = "flattened", Inputs = (rng, size) => new object?[] { new int[3, System.Math.Max(size, 1)], int.MaxValue - 1, int.MaxValue } };

            // decimal addition rounds (28-29 digits): 1e28 + 0.4 + 0.4 is not 1e28 + 0.8. A sum regrouped by chunks differs.
            yield return new CatalogEntry("DecimalSumRounds", """
                [Parallelize]
                public static decimal Sum(decimal[,] a)
                {
                    decimal s = 0;
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            {|LG0101:s += a[i, j]|};
                    return s;
                }
                """);

            // A >= selection from 0.0 over -0.0 (first chunk) and negatives: M keeps -0.0; a chunk that selected
            // nothing handed back the initial +0.0, which tied and won the merge. Chunks now start at -Infinity.
            yield return new CatalogEntry("SelectGreaterOrEqualNegativeZero", """
                [Parallelize]
                public static double Best(double[,] a)
                {
                    double best = 0.0;
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            if (a[i, j] >= best) best = a[i, j];
                    return 1.0 / best;
                }
                """)
            {
                Report = "flattened",
                Inputs = (rng, size) =>
                {
                    var a = new double[size, size];
                    for (int i = 0; i < size; i++)
                        for (int j = 0; j < size; j++)
                            a[i, j] = -1.0;
                    if (size > 0)
                        a[0, 0] = -0.0;
                    return new object?[] { a };
                },
            };

            // The same with <= and decimal scales: M keeps the last of the ties 1.0m (initial) and 1.00m (first row).
            yield return new CatalogEntry("SelectLessOrEqualDecimalScale", """
                [Parallelize]
                public static string Least(decimal[,] a)
                {
                    decimal least = 1.0m;
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            if (a[i, j] <= least) least = a[i, j];
                    return least.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }
                """)
            {
                Report = "flattened",
                Inputs = (rng, size) =>
                {
                    var a = new decimal[size, size];
                    for (int i = 0; i < size; i++)
                        for (int j = 0; j < size; j++)
                            a[i, j] = i == 0 ? 1.00m : 2m;
                    return new object?[] { a };
                },
            };

            // The same selection with > is merged exactly (a tie keeps the earlier value, in a chunk and in the merge).
            yield return new CatalogEntry("SelectGreaterNegativeZero", """
                [Parallelize]
                public static double Best(double[,] a)
                {
                    double best = -0.0;
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            if (a[i, j] > best) best = a[i, j];
                    return 1.0 / best;
                }
                """)
            {
                Report = "flattened",
                Inputs = (rng, size) =>
                {
                    var a = new double[size, size];
                    for (int i = 0; i < size; i++)
                        for (int j = 0; j < size; j++)
                            a[i, j] = (i + j) % 2 == 0 ? 0.0 : -1.0;
                    return new object?[] { a };
                },
            };

            // Math.Max(x, best) on decimal keeps x on a tie (1.0m vs 1.00m): the merge Math.Max(best, part) keeps the earlier.
            yield return new CatalogEntry("DecimalMaxTieKeepsLater", """
                [Parallelize]
                public static string Best(decimal[,] a)
                {
                    decimal best = 0m;
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            {|LG0101:best = Math.Max(a[i, j], best)|};
                    return best.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }
                """);

            // foreach over an IReadOnlyList<T> of the compilation: M walks its enumerator, the parallel path its indexer.
            yield return new CatalogEntry("ForeachOverListWhoseEnumeratorDiffersFromIndexer", """
                public sealed class Backwards : IReadOnlyList<int>
                {
                    private readonly int n;

                    public Backwards(int n)
                    {
                        this.n = n;
                    }

                    public int Count => this.n;

                    public int this[int index] => index;

                    public IEnumerator<int> GetEnumerator()
                    {
                        for (int k = this.n - 1; k >= 0; k--)
                            yield return k;
                    }

                    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => this.GetEnumerator();
                }

                [Parallelize]
                public static List<int> Walk(int n)
                {
                    IReadOnlyList<int> xs = new Backwards(n);
                    var r = new List<int>();
                    foreach (int x in xs)
                        for (int j = 0; j < 3; j++)
                            r.Add((x * 10) + j);
                    return r;
                }
                """) { Report = "flattened" };

            // A flat index i * S + k proves rows apart only when S reads the same at every evaluation. A user
            // property that happens to be named Count gives no such promise (this one reads the clock).
            yield return new CatalogEntry("RowMajorStrideFromUserCountProperty", """
                public sealed class Layout
                {
                    private readonly int cols;

                    public Layout(int cols) { this.cols = cols; }

                    public int Count => (System.DateTime.UtcNow.Ticks & 1) == 0 ? this.cols : this.cols + 1;
                }

                public static partial class K
                {
                    [Parallelize]
                    public static void Fill(double[] data, int rows, Layout layout)
                    {
                        for (int i = 0; i < rows; i++)
                            for (int k = 0; k < layout.Count; k++)
                                {|LG0106:data[i * layout.Count + k]|} = i + k;
                    }
                }
                """) { Raw = true };

            // A constant of the method that the chunk method re-declares: negative zero must stay negative (1 / z).
            yield return new CatalogEntry("NegativeZeroConstantInChunk", """
                [Parallelize]
                public static double[,] Signs(int n)
                {
                    const double z = -0.0;
                    const float zf = -0.0f;
                    var r = new double[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = (1 / z) + (1 / zf) + i + j;
                    return r;
                }
                """) { Report = "flattened", Large = 300 };

            // [Pure] says a member has no side effects, not that two reads agree: the same clock-reading Count.
            yield return new CatalogEntry("RowMajorStrideFromPureUserCountProperty", """
                public sealed class Layout
                {
                    private readonly int cols;

                    public Layout(int cols) { this.cols = cols; }

                    [System.Diagnostics.Contracts.Pure]
                    public int Count => (System.DateTime.UtcNow.Ticks & 1) == 0 ? this.cols : this.cols + 1;
                }

                public static partial class K
                {
                    [Parallelize]
                    public static void Fill(double[] data, int rows, Layout layout)
                    {
                        for (int i = 0; i < rows; i++)
                            for (int k = 0; k < layout.Count; k++)
                                {|LG0106:data[i * layout.Count + k]|} = i + k;
                    }
                }
                """) { Raw = true };

            // An interface's Count may be any class's property.
            yield return new CatalogEntry("RowMajorStrideFromInterfaceCount", """
                [Parallelize]
                public static void Fill(double[] data, int rows, ICollection<double> weights)
                {
                    for (int i = 0; i < rows; i++)
                        for (int k = 0; k < weights.Count; k++)
                            {|LG0106:data[i * weights.Count + k]|} = i + k;
                }
                """);

            // The stride is a parameter that the nest itself changes: rows of different widths may overlap. The write
            // is what LoopGen names (a value shared by all iterations).
            yield return new CatalogEntry("RowMajorStrideParameterWrittenInNest", """
                [Parallelize]
                public static void Fill(double[] data, int rows, int cols)
                {
                    for (int i = 0; i < rows; i++)
                        for (int k = 0; k < cols; k++)
                        {
                            data[i * cols + k] = i + k;
                            {|LG0101:cols = cols - (k & 1)|};
                        }
                }
                """);

            // The close variant: a List<T>'s Count is the same at every read while the nest does not change the list.
            yield return new CatalogEntry("RowMajorStrideFromListCount", """
                [Parallelize]
                public static void Fill(double[] data, int rows, List<double> weights)
                {
                    for (int i = 0; i < rows; i++)
                        for (int k = 0; k < weights.Count; k++)
                            data[i * weights.Count + k] = weights[k] * i;
                }
                """)
            {
                Report = "flattened",
                Large = 300,
                Inputs = (rng, size) => new object?[] { new double[size * 7], size, Enumerable.Range(0, 7).Select(k => (double)rng.Next(-50, 50)).ToList() },
            };
        }
    }
}
