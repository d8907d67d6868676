using System.Collections.Generic;

namespace LoopGen.Tests.Catalog
{
    /// <summary>The rejected half of the catalog: exact diagnostics (ID and span) as markup, and nothing generated.</summary>
    internal static partial class CatalogEntries
    {
        private static IEnumerable<CatalogEntry> Rejected()
        {
            // ------------------------------------------------------------ LG0100: values carried between parallel iterations
            yield return new CatalogEntry("StencilInPlace", """
                [Parallelize]
                public static void Relax(double[,] a)
                {
                    int n = a.GetLength(0), m = a.GetLength(1);
                    for (int i = 1; i < n - 1; i++)
                        for (int j = 1; j < m - 1; j++)
                            a[i, j] = 0.25 * ({|LG0100:a[i - 1, j]|} + a[i + 1, j] + a[i, j - 1] + a[i, j + 1]);
                }
                """);

            yield return new CatalogEntry("PrefixSumDownColumns", """
                [Parallelize]
                public static void PrefixColumns(int[][] a)
                {
                    for (int i = 1; i < a.Length; i++)
                        for (int j = 0; j < a[i].Length; j++)
                            a[i][j] += {|LG0100:a[i - 1][j]|};
                }
                """);

            yield return new CatalogEntry("InPlaceTransposeJagged", """
                [Parallelize]
                public static void Transpose(int[][] a)
                {
                    for (int i = 0; i < a.Length; i++)
                        for (int j = 0; j < i; j++)
                            a[i][j] = {|LG0100:a[j][i]|};
                }
                """);

            yield return new CatalogEntry("ReadOtherElementOfWrittenVector", """
                [Parallelize]
                public static void Spread(int[] r)
                {
                    for (int i = 0; i < r.Length; i++)
                        for (int j = 0; j < r.Length; j++)
                            r[i] += {|LG0100:r[j]|} & 1;
                }
                """);

            yield return new CatalogEntry("RowCopiedFromFirstRow", """
                [Parallelize]
                public static void Copy(int[][] a)
                {
                    for (int i = 1; i < a.Length; i++)
                    {
                        a[i] = {|LG0100:a[0]|};
                        for (int j = 0; j < a[i].Length; j++)
                            a[i][j] += j;
                    }
                }
                """);

            yield return new CatalogEntry("ReductionReadInsideLoop", """
                [Parallelize]
                public static long[,] Running(int[,] a)
                {
                    int n = a.GetLength(0), m = a.GetLength(1);
                    var r = new long[n, m];
                    long sum = 0;
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < m; j++)
                        {
                            sum += a[i, j];
                            r[i, j] = {|LG0100:sum|};
                        }
                    return r;
                }
                """);

            yield return new CatalogEntry("ReductionFeedsAnotherReduction", """
                [Parallelize]
                public static long Nested(int[,] a)
                {
                    long first = 0, second = 0;
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                        {
                            first += a[i, j];
                            second += {|LG0100:first|};
                        }
                    return second;
                }
                """);

            yield return new CatalogEntry("PreviousRowCarried", """
                [Parallelize]
                public static int[][] Accumulate(int[,] a)
                {
                    int n = a.GetLength(0), m = a.GetLength(1);
                    var r = new int[n][];
                    var prev = new int[m];
                    for (int i = 0; i < n; i++)
                    {
                        var row = new int[m];
                        for (int j = 0; j < m; j++)
                            row[j] = a[i, j] + {|LG0100:prev|}[j];
                        r[i] = row;
                        prev = row;
                    }
                    return r;
                }
                """);

            // ------------------------------------------------------------ LG0101: outer variables that are neither results nor reductions
            yield return new CatalogEntry("ReductionInsideLambda", """
                [Parallelize]
                public static long Sum(int[,] a)
                {
                    long sum = 0;
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                        {
                            Action add = () => {|LG0101:sum += a[i, j]|};
                            add();
                        }
                    return sum;
                }
                """);

            yield return new CatalogEntry("CapturedCounterInLambda", """
                [Parallelize]
                public static int Count(int[,] a)
                {
                    int count = 0;
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                        {
                            Action inc = () => {|LG0101:count++|};
                            if (a[i, j] > 0)
                                inc();
                        }
                    return count;
                }
                """);

            yield return new CatalogEntry("ReverseSubtraction", """
                [Parallelize]
                public static long Alternate(int[,] a)
                {
                    long acc = 0;
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            {|LG0101:acc = a[i, j] - acc|};
                    return acc;
                }
                """);

            yield return new CatalogEntry("CheckedBlockReduction", """
                [Parallelize]
                public static int Sum(int[,] a)
                {
                    int sum = 0;
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                        {
                            checked
                            {
                                {|LG0101:sum += a[i, j]|};
                            }
                        }
                    return sum;
                }
                """);

            yield return new CatalogEntry("CheckedExpressionReduction", """
                [Parallelize]
                public static int Sum(int[,] a)
                {
                    int sum = 0;
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            {|LG0101:sum = checked(sum + a[i, j])|};
                    return sum;
                }
                """);

            yield return new CatalogEntry("StringConcatenation", """
                [Parallelize]
                public static string Join(int[,] a)
                {
                    string s = "";
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            {|LG0101:s += a[i, j]|};
                    return s;
                }
                """);

            // Selecting the other way round ('keep x unless ...') would select NaN differently per chunk: rejected.
            yield return new CatalogEntry("ConditionalMaxKeepsAccumulator", """
                [Parallelize]
                public static double Max(double[,] a)
                {
                    double max = double.MinValue;
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            {|LG0101:max = max > a[i, j] ? max : a[i, j]|};
                    return max;
                }
                """);

            // The accumulator read outside the selection: a carried value.
            yield return new CatalogEntry("SelectionReadElsewhere", """
                [Parallelize]
                public static double Spread(double[,] a)
                {
                    double max = double.MinValue, spread = 0;
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                        {
                            if (a[i, j] > max) max = a[i, j];
                            spread += {|LG0100:max|} - a[i, j];
                        }
                    return spread;
                }
                """);

            yield return new CatalogEntry("MixedReductionFamilies", """
                [Parallelize]
                public static long Mixed(int[,] a)
                {
                    long s = 1;
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                        {
                            s += a[i, j];
                            {|LG0101:s *= 2|};
                        }
                    return s;
                }
                """);

            yield return new CatalogEntry("DivisionReduction", """
                [Parallelize]
                public static double Halve(int[,] a)
                {
                    double s = 1e9;
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            {|LG0101:s /= 2|};
                    return s;
                }
                """);

            yield return new CatalogEntry("ShortCircuitOrNotRecognised", """
                [Parallelize]
                public static bool Any(int[,] a)
                {
                    bool any = false;
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            {|LG0101:any = any || a[i, j] > 30|};
                    return any;
                }
                """);

            // Each row resets 'sum' before reading it and nothing reads it after the nest: a temporary of each row, safe to
            // copy per chunk, but the contract accepts only results and reductions among writes to variables declared
            // outside the nest; LG0101 says to declare it in the loop.
            yield return new CatalogEntry("AccumulatorResetPerRow", """
                [Parallelize]
                public static long[] RowSums(int[,] a)
                {
                    int n = a.GetLength(0), m = a.GetLength(1);
                    var r = new long[n];
                    long sum = 0;
                    for (int i = 0; i < n; i++)
                    {
                        {|LG0101:sum = 0|};
                        for (int j = 0; j < m; j++)
                            sum += a[i, j];
                        r[i] = sum;
                    }
                    return r;
                }
                """);

            // The same, but the method returns the last row's sum with the array: the value the nest leaves is read.
            yield return new CatalogEntry("AccumulatorResetPerRowReadAfter", """
                [Parallelize]
                public static (long[], long) RowSums(int[,] a)
                {
                    int n = a.GetLength(0), m = a.GetLength(1);
                    var r = new long[n];
                    long sum = 0;
                    for (int i = 0; i < n; i++)
                    {
                        {|LG0101:sum = 0|};
                        for (int j = 0; j < m; j++)
                            sum += a[i, j];
                        r[i] = sum;
                    }
                    return (r, sum);
                }
                """);

            yield return new CatalogEntry("LastValueOverwritten", """
                [Parallelize]
                public static int Last(int[,] a)
                {
                    int last = 0;
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            {|LG0101:last = a[i, j]|};
                    return last;
                }
                """);

            yield return new CatalogEntry("ParameterScalarWritten", """
                [Parallelize]
                public static int Seen(int[,] a, int seen)
                {
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            {|LG0101:seen = a[i, j]|};
                    return seen;
                }
                """);

            yield return new CatalogEntry("TupleSwapOfOuterLocals", """
                [Parallelize]
                public static int Fib(int[,] a)
                {
                    int x = 0, y = 1;
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            {|LG0101:(x, y)|} = (y, x + a[i, j]);
                    return x;
                }
                """);

            yield return new CatalogEntry("CoalesceAssignOuterLocal", """
                [Parallelize]
                public static int First(int[,] a)
                {
                    string first = null;
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            {|LG0101:first ??= a[i, j].ToString()|};
                    return first == null ? 0 : first.Length;
                }
                """);

            yield return new CatalogEntry("InterlockedOnOuterLocal", """
                [Parallelize]
                public static int Count(int[,] a)
                {
                    int count = 0;
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            {|LG0004:System.Threading.Interlocked.Increment({|LG0101:ref count|})|};
                    return count;
                }
                """);

            // ------------------------------------------------------------ LG0102: fields, statics, properties, shared objects
            yield return new CatalogEntry("StaticCounterIncremented", """
                private static int hits;

                [Parallelize]
                public static int Count(int[,] a)
                {
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            if (a[i, j] > 0)
                                {|LG0102:hits++|};
                    return hits;
                }
                """);

            yield return new CatalogEntry("StaticFieldTotal", """
                private static long total;

                [Parallelize]
                public static long Sum(int[,] a)
                {
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            {|LG0102:total = total + a[i, j]|};
                    return total;
                }
                """);

            yield return new CatalogEntry("StaticPropertySet", """
                public static int Last { get; set; }

                [Parallelize]
                public static void Track(int[,] a)
                {
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            {|LG0102:Last = a[i, j]|};
                }
                """);

            yield return new CatalogEntry("SharedObjectField", """
                public sealed class Box
                {
                    public int V;
                }

                public static partial class K
                {
                    [Parallelize]
                    public static void Add(int[,] a, Box box)
                    {
                        for (int i = 0; i < a.GetLength(0); i++)
                            for (int j = 0; j < a.GetLength(1); j++)
                                {|LG0102:box.V += a[i, j]|};
                    }
                }
                """) { Raw = true };

            yield return new CatalogEntry("InstanceFieldOfThis", """
                public partial class K
                {
                    private long total;

                    [Parallelize]
                    public long Sum(int[,] a)
                    {
                        for (int i = 0; i < a.GetLength(0); i++)
                            for (int j = 0; j < a.GetLength(1); j++)
                                {|LG0102:this.total += a[i, j]|};
                        return this.total;
                    }
                }
                """) { Raw = true };

            yield return new CatalogEntry("HelperWritesStatic", """
                private static int calls;

                private static int Cell(int i, int j)
                {
                    calls++;
                    return i + j;
                }

                [Parallelize]
                public static int[,] Table(int n)
                {
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|LG0102:Cell(i, j)|};
                    return r;
                }
                """);

            yield return new CatalogEntry("HelperWritesArrayParameter", """
                private static void Set(int[,] r, int i, int j) => r[i, j] = i - j;

                [Parallelize]
                public static int[,] Table(int n)
                {
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            {|LG0102:Set(r, i, j)|};
                    return r;
                }
                """);

            yield return new CatalogEntry("DictionaryIndexerSet", """
                [Parallelize]
                public static void Mark(int[,] a, Dictionary<int, int> seen)
                {
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            {|LG0102:seen[a[i, j]] = i|};
                }
                """);

            // A local naming a row of a written array, read at another row: still a carried value.
            yield return new CatalogEntry("RowAliasOfPreviousRow", """
                [Parallelize]
                public static void Accumulate(int[][] a)
                {
                    for (int i = 1; i < a.Length; i++)
                    {
                        var prev = {|LG0100:a[i - 1]|};
                        for (int j = 0; j < prev.Length && j < a[i].Length; j++)
                            a[i][j] += prev[j];
                    }
                }
                """);

            yield return new CatalogEntry("EventSubscribedInBody", """
                public static event Action<int> Tick;

                [Parallelize]
                public static void Hook(int[,] a)
                {
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            {|LG0102:Tick += x => { }|};
                }
                """);

            // ------------------------------------------------------------ LG0103: control flow leaving the parallel loop
            yield return new CatalogEntry("BreakInOuterLoop", """
                [Parallelize]
                public static int[,] Until(int[,] a)
                {
                    int n = a.GetLength(0), m = a.GetLength(1);
                    var r = new int[n, m];
                    for (int i = 0; i < n; i++)
                    {
                        if (a[i, 0] < -15)
                            {|LG0103:break;|}
                        for (int j = 0; j < m; j++)
                            r[i, j] = a[i, j];
                    }
                    return r;
                }
                """);

            yield return new CatalogEntry("ReturnInsideNest", """
                [Parallelize]
                public static int FindZero(int[,] a)
                {
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            if (a[i, j] == 0)
                                {|LG0103:return (i * 1000) + j;|}
                    return -1;
                }
                """);

            yield return new CatalogEntry("BreakInnerWhenFlattenImpossibleStillRowButOuterBreak", """
                [Parallelize]
                public static int Scan(int[][] a)
                {
                    int found = 0;
                    for (int i = 0; i < a.Length; i++)
                    {
                        for (int j = 0; j < a[i].Length; j++)
                            if (a[i][j] == 0)
                                found++;
                        if (i > 3)
                            {|LG0103:break;|}
                    }
                    return found;
                }
                """);

            // ------------------------------------------------------------ LG0104: the parallel counter written
            yield return new CatalogEntry("OuterCounterWritten", """
                [Parallelize]
                public static int[,] Skip(int[,] a)
                {
                    int n = a.GetLength(0), m = a.GetLength(1);
                    var r = new int[n, m];
                    for (int i = 0; i < n; i++)
                    {
                        for (int j = 0; j < m; j++)
                            r[i, j] = a[i, j];
                        if (a[i, 0] < 0)
                            {|LG0104:i += 2|};
                    }
                    return r;
                }
                """);

            yield return new CatalogEntry("OuterCounterIncrementedInInner", """
                [Parallelize]
                public static long Walk(int[,] a)
                {
                    long s = 0;
                    int n = a.GetLength(0), m = a.GetLength(1);
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < m; j++)
                        {
                            s += a[i, j];
                            if (a[i, j] > 38)
                                {|LG0104:i++|};
                        }
                    return s;
                }
                """);

            // ------------------------------------------------------------ LG0105: calls on shared mutable objects
            yield return new CatalogEntry("ConsoleWriteLineInBody", """
                [Parallelize]
                public static void Print(int[,] a)
                {
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            {|LG0105:Console.WriteLine(a[i, j])|};
                }
                """);

            yield return new CatalogEntry("SharedStringBuilderAppend", """
                [Parallelize]
                public static string Dump(int[,] a)
                {
                    var sb = new StringBuilder();
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            {|LG0105:sb.Append(a[i, j])|};
                    return sb.ToString();
                }
                """);

            yield return new CatalogEntry("SharedRandomNext", """
                [Parallelize]
                public static int[,] Noise(int n)
                {
                    var rng = new Random(42);
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|LG0105:rng.Next(100)|};
                    return r;
                }
                """);

            yield return new CatalogEntry("RandomSharedNext", """
                [Parallelize]
                public static int[,] Noise(int n)
                {
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|LG0105:Random.Shared.Next(100)|};
                    return r;
                }
                """);

            yield return new CatalogEntry("SharedListParameterAdd", """
                [Parallelize]
                public static void Collect(int[,] a, List<int> sink)
                {
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            {|LG0105:sink.Add(a[i, j])|};
                }
                """);

            yield return new CatalogEntry("ResultListTouchedBeforeNest", """
                [Parallelize]
                public static List<int> Flat(int[,] a)
                {
                    var results = new List<int>();
                    results.Insert(0, 0); // any use but Add or EnsureCapacity (CatalogEntries.Prefill)
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            {|LG0105:results.Add(a[i, j])|};
                    return results;
                }
                """);

            yield return new CatalogEntry("ResultListReadInsideNest", """
                [Parallelize]
                public static List<int> Numbered(int[,] a)
                {
                    var results = new List<int>();
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            results.Add({|LG0100:results.Count|} + a[i, j]);
                    return results;
                }
                """);

            yield return new CatalogEntry("ResultListAddRange", """
                [Parallelize]
                public static List<int> Rows(int[][] a)
                {
                    var results = new List<int>();
                    for (int i = 0; i < a.Length; i++)
                    {
                        var row = new List<int>();
                        for (int j = 0; j < a[i].Length; j++)
                            row.Add(a[i][j]);
                        {|LG0105:results.AddRange(row)|};
                    }
                    return results;
                }
                """);

            yield return new CatalogEntry("SharedHashSetAdd", """
                [Parallelize]
                public static void Distinct(int[,] a, HashSet<int> seen)
                {
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            {|LG0105:seen.Add(a[i, j])|};
                }
                """);

            yield return new CatalogEntry("ConcurrentBagStillOrdered", """
                [Parallelize]
                public static void Collect(int[,] a, System.Collections.Concurrent.ConcurrentBag<int> bag)
                {
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            {|LG0105:bag.Add(a[i, j])|};
                }
                """);

            yield return new CatalogEntry("SharedEventRaised", """
                public static event Action<int> Tick;

                [Parallelize]
                public static void Raise(int[,] a)
                {
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            {|LG0105:Tick(a[i, j])|};
                }
                """);

            yield return new CatalogEntry("UsingSharedResource", """
                [Parallelize]
                public static void Close(int[,] a, IDisposable res)
                {
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            using ({|LG0105:res|})
                            {
                            }
                }
                """);

            // ------------------------------------------------------------ LG0106: array writes that may collide
            yield return new CatalogEntry("FloydWarshallKOuter", """
                [Parallelize]
                public static void ShortestPaths(int[,] d)
                {
                    int n = d.GetLength(0);
                    for (int k = 0; k < n; k++)
                        for (int i = 0; i < n; i++)
                            for (int j = 0; j < n; j++)
                                {|LG0106:d[i, j]|} = Math.Min(d[i, j], d[i, k] + d[k, j]);
                }
                """);

            yield return new CatalogEntry("LuDecomposition", """
                [Parallelize]
                public static void Lu(double[,] a)
                {
                    int n = a.GetLength(0);
                    for (int k = 0; k < n; k++)
                        for (int i = k + 1; i < n; i++)
                        {
                            a[i, k] /= a[k, k];
                            for (int j = k + 1; j < n; j++)
                                {|LG0106:a[i, j]|} -= a[i, k] * a[k, j];
                        }
                }
                """);

            yield return new CatalogEntry("InPlaceTransposeSwap", """
                [Parallelize]
                public static void Transpose(int[,] a)
                {
                    int n = a.GetLength(0);
                    for (int i = 0; i < n; i++)
                        for (int j = i + 1; j < n; j++)
                        {
                            int t = a[i, j];
                            {|LG0106:a[i, j]|} = a[j, i];
                            a[j, i] = t;
                        }
                }
                """);

            yield return new CatalogEntry("SymmetricFillBothHalves", """
                [Parallelize]
                public static double[,] Symmetric(double[] x)
                {
                    int n = x.Length;
                    var d = new double[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = i + 1; j < n; j++)
                        {
                            double v = Math.Abs(x[i] - x[j]);
                            {|LG0106:d[i, j]|} = v;
                            d[j, i] = v;
                        }
                    return d;
                }
                """);

            yield return new CatalogEntry("ModuloRowWrite", """
                [Parallelize]
                public static int[,] Fold(int n)
                {
                    var r = new int[2, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            {|LG0106:r[i % 2, j]|} = i + j;
                    return r;
                }
                """);

            // Once rejected; accepted since stop 21: i + 1 is one distinct row per iteration (rows 1..n), as i is.
            yield return new CatalogEntry("OffsetRowWrite", """
                [Parallelize]
                public static int[,] Shifted(int n)
                {
                    var r = new int[n + 1, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i + 1, j] = i * j;
                    return r;
                }
                """) { Report = "flattened" };

            yield return new CatalogEntry("WrittenArrayPassedWhole", """
                private static int Peek(int[,] x) => x[0, 0];

                [Parallelize]
                public static int[,] Table(int n)
                {
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                        {
                            {|LG0106:r[i, j]|} = i + j;
                            r[i, j] += Peek(r);
                        }
                    return r;
                }
                """);

            yield return new CatalogEntry("ArrayChosenInsideBody", """
                [Parallelize]
                public static void Pick(int[] a, int[] b, int[,] r)
                {
                    int n = a.Length;
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                        {
                            var src = i % 2 == 0 ? a : b;
                            r[i, j] = {|LG0106:src[j]|};
                        }
                }
                """);

            yield return new CatalogEntry("ListForeachOuterWritesArray", """
                [Parallelize]
                public static int[,] Table(List<int> rows, int n)
                {
                    var r = new int[rows.Count, n];
                    foreach (var i in rows)
                        for (int j = 0; j < n; j++)
                            {|LG0106:r[i, j]|} = i * j;
                    return r;
                }
                """);

            yield return new CatalogEntry("StaticArrayWrittenByInnerIndex", """
                private static int[] cache = new int[256];

                [Parallelize]
                public static void Fill(int n)
                {
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < 256; j++)
                            {|LG0106:cache[j]|} = i;
                }
                """);

            yield return new CatalogEntry("RowStoredFromAnotherArray", """
                [Parallelize]
                public static int[][] Borrow(int[][] src)
                {
                    var r = new int[src.Length][];
                    for (int i = 0; i < src.Length; i++)
                    {
                        {|LG0106:r[i] = src[i]|};
                        for (int j = 0; j < r[i].Length; j++)
                            r[i][j] = j;
                    }
                    return r;
                }
                """);

            // ------------------------------------------------------------ LG0107: constructs not analyzed
            yield return new CatalogEntry("GotoOutOfNest", """
                [Parallelize]
                public static int Find(int[,] a)
                {
                    int found = -1;
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            if (a[i, j] == 0)
                                {|LG0107:goto done;|}
                    done:
                    return found;
                }
                """);

            yield return new CatalogEntry("LockInBody", """
                private static readonly object Gate = new object();

                [Parallelize]
                public static int[,] Locked(int n)
                {
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            lock ({|LG0107:Gate|})
                            {
                                r[i, j] = i + j;
                            }
                    return r;
                }
                """);

            yield return new CatalogEntry("RefLocalIntoArray", """
                [Parallelize]
                public static int[,] Fill(int n)
                {
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                        {
                            ref int {|LG0107:cell = ref r[i, j]|};
                            cell = i + j;
                        }
                    return r;
                }
                """);

            yield return new CatalogEntry("DynamicInBody", """
                [Parallelize]
                public static string[,] Texts(int n)
                {
                    var r = new string[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                        {
                            dynamic d = i * j;
                            r[i, j] = {|LG0107:{|LG0107:d.ToString|}()|};
                        }
                    return r;
                }
                """);

            // ------------------------------------------------------------ LG0108: loop forms not understood
            yield return new CatalogEntry("NonConstantStep", """
                [Parallelize]
                public static int[,] Stride(int n, int step)
                {
                    var r = new int[n, n];
                    {|LG0108:for (int i = 0; i < n; i += step)|}
                        for (int j = 0; j < n; j++)
                            r[i, j] = j;
                    return r;
                }
                """);

            yield return new CatalogEntry("WhileNest", """
                [Parallelize]
                public static int[,] Loop(int n)
                {
                    var r = new int[n, n];
                    int i = 0;
                    {|LG0108:while (i < n)|}
                    {
                        for (int j = 0; j < n; j++)
                            r[i, j] = i + j;
                        i++;
                    }
                    return r;
                }
                """);

            yield return new CatalogEntry("DoWhileNest", """
                [Parallelize]
                public static long Loop(int n)
                {
                    long s = 0;
                    int i = 0;
                    {|LG0108:do|}
                    {
                        for (int j = 0; j < n; j++)
                            s += i * j;
                        i++;
                    }
                    while (i < n);
                    return s;
                }
                """);

            yield return new CatalogEntry("ForeachOverHashSet", """
                [Parallelize]
                public static long Sum(HashSet<int> set, int n)
                {
                    long s = 0;
                    {|LG0108:foreach (var x in set)|}
                        for (int j = 0; j < n; j++)
                            s += x * j;
                    return s;
                }
                """);

            yield return new CatalogEntry("ForeachOverDictionary", """
                [Parallelize]
                public static long Sum(Dictionary<int, int> map, int n)
                {
                    long s = 0;
                    {|LG0108:foreach (var kv in map)|}
                        for (int j = 0; j < n; j++)
                            s += kv.Key * kv.Value * j;
                    return s;
                }
                """);

            yield return new CatalogEntry("ForeachOverEnumerable", """
                [Parallelize]
                public static long Sum(IEnumerable<int> xs, int n)
                {
                    long s = 0;
                    {|LG0108:foreach (var x in xs)|}
                        for (int j = 0; j < n; j++)
                            s += x * j;
                    return s;
                }
                """);

            yield return new CatalogEntry("ForeachDeconstruction", """
                [Parallelize]
                public static long Sum(List<(int, int)> pairs, int n)
                {
                    long s = 0;
                    {|LG0108:foreach (var (x, y) in pairs)|}
                        for (int j = 0; j < n; j++)
                            s += (x * j) + y;
                    return s;
                }
                """);

            yield return new CatalogEntry("DoubleBound", """
                [Parallelize]
                public static long Sum(double limit, int n)
                {
                    long s = 0;
                    {|LG0108:for (int i = 0; i < limit; i++)|}
                        for (int j = 0; j < n; j++)
                            s += i * j;
                    return s;
                }
                """);

            yield return new CatalogEntry("UnsignedCounter", """
                [Parallelize]
                public static long Sum(uint n)
                {
                    long s = 0;
                    {|LG0108:for (uint i = 0; i < n; i++)|}
                        for (uint j = 0; j < n; j++)
                            s += i * j;
                    return s;
                }
                """);

            yield return new CatalogEntry("StepAwayFromBound", """
                [Parallelize]
                public static long Sum(int n)
                {
                    long s = 0;
                    {|LG0108:for (int i = 0; i < n; i--)|}
                        for (int j = 0; j < n; j++)
                            s += i * j;
                    return s;
                }
                """);

            yield return new CatalogEntry("CounterDeclaredOutside", """
                [Parallelize]
                public static long Sum(int n)
                {
                    long s = 0;
                    int i;
                    {|LG0108:for (i = 0; i < n; i++)|}
                        for (int j = 0; j < n; j++)
                            s += i * j;
                    return s;
                }
                """);

            yield return new CatalogEntry("TwoCountersInHeader", """
                [Parallelize]
                public static long Sum(int n)
                {
                    long s = 0;
                    {|LG0108:for (int i = 0, k = 1; i < n; i++)|}
                        for (int j = 0; j < n; j++)
                            s += i * j * k;
                    return s;
                }
                """);

            yield return new CatalogEntry("BoundChangedInBody", """
                [Parallelize]
                public static long Sum(int n)
                {
                    long s = 0;
                    int limit = n;
                    for (int i = 0; i < {|LG0108:limit|}; i++)
                    {
                        for (int j = 0; j < n; j++)
                            s += i * j;
                        limit--;
                    }
                    return s;
                }
                """);

            yield return new CatalogEntry("BoundCallsSideEffect", """
                private static int calls;

                private static int Next(int n)
                {
                    calls++;
                    return n;
                }

                [Parallelize]
                public static long Sum(int n)
                {
                    long s = 0;
                    for (int i = 0; i < {|LG0108:Next(n)|}; i++)
                        for (int j = 0; j < n; j++)
                            s += i * j;
                    return s;
                }
                """);

            // ------------------------------------------------------------ LG0109, LG0001, LG0002: the method itself
            yield return new CatalogEntry("AsyncWithAwait", """
                [Parallelize]
                public static async System.Threading.Tasks.Task<long> {|LG0109:SumAsync|}(int[,] a)
                {
                    long s = 0;
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                        {
                            await System.Threading.Tasks.Task.Yield();
                            s += a[i, j];
                        }
                    return s;
                }
                """);

            yield return new CatalogEntry("IteratorWithYield", """
                [Parallelize]
                public static IEnumerable<int> {|LG0109:Cells|}(int n)
                {
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            yield return i * j;
                }
                """);

            yield return new CatalogEntry("RefParameter", """
                [Parallelize]
                public static void {|LG0109:Sum|}(int[,] a, ref long total)
                {
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            total += a[i, j];
                }
                """);

            yield return new CatalogEntry("SpanParameter", """
                [Parallelize]
                public static long {|LG0109:Sum|}(ReadOnlySpan<int> xs, int n)
                {
                    long s = 0;
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < n; j++)
                            s += xs[i] * j;
                    return s;
                }
                """);

            yield return new CatalogEntry("StructInstanceMethod", """
                public partial struct Grid
                {
                    private int[,] cells;

                    [Parallelize]
                    public long {|LG0109:Sum|}()
                    {
                        long s = 0;
                        for (int i = 0; i < this.cells.GetLength(0); i++)
                            for (int j = 0; j < this.cells.GetLength(1); j++)
                                s += this.cells[i, j];
                        return s;
                    }
                }
                """) { Raw = true };

            yield return new CatalogEntry("TwinNameTaken", """
                public static long SumParallel(int[,] a) => 0;

                [Parallelize]
                public static long {|LG0109:Sum|}(int[,] a)
                {
                    long s = 0;
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            s += a[i, j];
                    return s;
                }
                """);

            yield return new CatalogEntry("TypeNotPartial", """
                public static class K
                {
                    [Parallelize]
                    public static long {|LG0001:Sum|}(int[,] a)
                    {
                        long s = 0;
                        for (int i = 0; i < a.GetLength(0); i++)
                            for (int j = 0; j < a.GetLength(1); j++)
                                s += a[i, j];
                        return s;
                    }
                }
                """) { Raw = true };

            yield return new CatalogEntry("SingleLoopNoNest", """
                [Parallelize]
                public static long {|LG0002:Sum|}(int[] a)
                {
                    long s = 0;
                    for (int i = 0; i < a.Length; i++)
                        s += a[i];
                    return s;
                }
                """);

            yield return new CatalogEntry("NestNotAtTopLevel", """
                [Parallelize]
                public static long {|LG0002:Sum|}(int[,] a, bool go)
                {
                    long s = 0;
                    if (go)
                    {
                        for (int i = 0; i < a.GetLength(0); i++)
                            for (int j = 0; j < a.GetLength(1); j++)
                                s += a[i, j];
                    }
                    return s;
                }
                """);
        }
    }
}
