using System.Collections.Generic;

namespace LoopGen.Tests.Catalog
{
    /// <summary>
    /// Red team, round 21: ref/out/in arguments and ref returns, structs holding arrays, instance state and fields,
    /// delegates held in variables and events, rows built with a prefill, generic methods, and the library code that
    /// runs user code (comparers, Equals, GetHashCode, CompareTo, iterators). Each entry carries its CORRECT expectation.
    /// Found, silent (accepted with no diagnostic at all, and the twin races): a library indexer's setter on a
    /// dictionary of the iteration ('d[key] = v', also '{ [key] = v }'); a shared SortedList's (or KeyedCollection's)
    /// indexer; a PriorityQueue of the iteration; a library set made by a collection expression; a shared Dictionary or
    /// HashSet built with a comparer of the compilation; a shared set of Tuple&lt;T&gt; keys; an iterator of the compilation made before the nest and
    /// enumerated in it; a deferred query over a method group made before the nest; a foreach over an IEnumerable&lt;T&gt;
    /// parameter inside the iteration (no run-time array/List check, which the README promises).
    /// Found, only trusted (LG0004) where the code is known or the object is a shared mutable one, and the twin races: a
    /// method group of an ordinary method held by a delegate local (a lambda or local function there is looked into); an
    /// event raised with '?.Invoke' or through a local copy ('Tick(x)' is LG0105); a List's Add bound to a delegate before
    /// the nest; an Add on a shared ImmutableList builder (the probe died of a stack overflow); a library extension that
    /// grows a shared List (CollectionExtensions.AddRange); HashCode.Combine running a sealed type's GetHashCode (also
    /// object.Equals(a, b), ValueTuple's Equals).
    /// Found, false rejections: a row made by 'new List&lt;int&gt;(prefix)' or by a collection expression (LG0105); a span over
    /// an array of the iteration searched with IndexOf (LG0102); two nests appending rows to the same results (LG0105; fixed in stop 20, see Review23).
    /// Checked and handled (kept as guards): ref returns used as targets (LG0107), ref/in/out arguments to helpers and
    /// library methods (Interlocked, CollectionsMarshal), structs holding arrays (indexers, readonly struct methods,
    /// 'with' copies, Memory fields, arrays of structs, inline arrays), a ref struct reader made before the nest,
    /// instance methods writing fields directly or through a helper given 'this', a primary constructor parameter, a
    /// static field that may hold the written array (run-time check), rows prefilled, added twice or before they are
    /// filled, inserted at the front, shared between outer iterations, or taken from a parameter, generic INumber sums
    /// and histograms (not reductions), calls through type parameters (LG0004, Racy), a set of the iteration running a
    /// sealed type's GetHashCode (LG0102). Also checked, not kept: Volatile/MemoryMarshal/Unsafe refs, spans over shared
    /// arrays given to library methods, virtual and base calls on 'this' (LG0004, LG0102), format providers, function
    /// pointers, Console/File/Environment calls, the 'field' keyword (C# 14, beyond the catalog's language version;
    /// LG0102 with the preview version), and variants with the same cause as an entry kept.
    /// Fixed after the round (the entries carry no Bug any more): every silent acceptance and every LG0004-only race
    /// above, and the collection-expression rows (now flattened). The iterator made before the nest
    /// and enumerated with 'g.Sum()' is accepted: the twin checks at run time that 'g' holds an array or a List&lt;T&gt;
    /// and runs sequentially otherwise (its expectation was changed to that); the foreach over a sequence parameter now
    /// gets the same check. The copied-list row ('new List<int>(prefix)' of ints) is accepted too, and the searched span of a private array (both calls
    /// trusted, LG0004). Still known bug: two nests on the
    /// same results.
    /// </summary>
    internal static partial class CatalogEntries
    {
        /// <summary>A key whose Equals and GetHashCode count their calls in a static: what a collection runs of it races.</summary>
        private const string NoisyKey = """
            private sealed class Noisy
            {
                public static int Calls;
                public readonly int V;
                public Noisy(int v) { this.V = v; }
                public override bool Equals(object o) { Calls++; return o is Noisy n && n.V == this.V; }
                public override int GetHashCode() { Calls++; return this.V; }
            }

            """;

        /// <summary>The same key, ordered too: its CompareTo counts as well.</summary>
        private const string NoisyComparableKey = """
            private sealed class Noisy : IComparable<Noisy>
            {
                public static int Calls;
                public readonly int V;
                public Noisy(int v) { this.V = v; }
                public int CompareTo(Noisy o) { Calls++; return this.V.CompareTo(o.V); }
                public override bool Equals(object o) { Calls++; return o is Noisy n && n.V == this.V; }
                public override int GetHashCode() { Calls++; return this.V; }
            }

            """;

        private static IEnumerable<CatalogEntry> RedTeam21()
        {
            // ------------------------------------------------------------ ref, in, out
            // A ref-returning helper used as the target of a compound assignment: one slot of the histogram for all.
            yield return new CatalogEntry("Rt21RefReturnHelperAsTarget", """
                private static ref int Slot(int[] a, int k) => ref a[k];

                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    var hist = new int[8];
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                            {|LG0107:Slot(hist, 0) += xs[i] + j|};
                    return hist;
                }
                """);

            // A ref return of a static field, incremented in the nest.
            yield return new CatalogEntry("Rt21RefReturnOfStaticIncremented", """
                private static int counter;
                private static ref int Counter() => ref counter;

                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    var res = new int[xs.Length];
                    counter = 0;
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                            res[i] += {|LG0107:Counter()++|};
                    return res;
                }
                """);

            // A struct holding an array, given by 'in' to a helper that writes one element of it.
            yield return new CatalogEntry("Rt21InStructArrayWrittenByHelper", """
                private struct Box { public int[] A; }
                private static void Put(in Box b, int v) { b.A[0] += v; }

                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    var box = new Box { A = new int[8] };
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                            {|LG0102:Put(in box, xs[i] + j)|};
                    return box.A;
                }
                """);

            // An 'out' argument naming a local of the method: the last write wins in M.
            yield return new CatalogEntry("Rt21OutArgumentToMethodLocal", """
                private static void Get(int v, out int r) => r = v;

                [Parallelize]
                public static int Run(int[] xs, int m)
                {
                    int last = 0;
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                            Get(xs[i] + j, {|LG0101:out last|});
                    return last;
                }
                """);

            // Interlocked.Exchange on a local of the method: atomic, but the last value is the last iteration's in M only.
            yield return new CatalogEntry("Rt21InterlockedExchangeLastValue", """
                [Parallelize]
                public static int Run(int[] xs, int m)
                {
                    int last = 0;
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                            {|LG0004:System.Threading.Interlocked.Exchange({|LG0101:ref last|}, xs[i] + j)|};
                    return last;
                }
                """);

            // CollectionsMarshal.GetValueRefOrAddDefault on a dictionary of the method: a ref into shared storage.
            yield return new CatalogEntry("Rt21ValueRefOfSharedDictionary", """
                [Parallelize]
                public static int Run(int[] xs, int m)
                {
                    var d = new Dictionary<int, int>();
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                            {|LG0107:{|LG0004:System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(d, (xs[i] + j) & 7, out _)|}++|};
                    return d.Count;
                }
                """);

            // ------------------------------------------------------------ structs holding arrays
            // A struct's indexer that writes the array it holds, at the inner counter.
            yield return new CatalogEntry("Rt21StructIndexerWritesItsArray", """
                private struct Grid
                {
                    public int[] A;
                    public int this[int k] { get => this.A[k]; set => this.A[k] = value; }
                }

                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    var g = new Grid { A = new int[m] };
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                            {|LG0102:g[j] = xs[i]|};
                    return g.A;
                }
                """);

            // A readonly struct's method writes the array its readonly field holds.
            yield return new CatalogEntry("Rt21ReadonlyStructMethodWritesArray", """
                private readonly struct Wrap
                {
                    public readonly int[] A;
                    public Wrap(int[] a) { this.A = a; }
                    public void Bump(int k) => this.A[k]++;
                }

                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    var w = new Wrap(new int[8]);
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                            {|LG0102:w.Bump((xs[i] + j) & 7)|};
                    return w.A;
                }
                """);

            // A copy of the struct made by 'with' in the iteration still holds the same array.
            yield return new CatalogEntry("Rt21StructWithCopySharesArray", """
                private struct Box { public int[] A; public int N; }

                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    var box = new Box { A = new int[8] };
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                        {
                            var copy = box with { N = j };
                            {|LG0106:copy.A[(xs[i] + j) & 7]|}++;
                        }
                    return box.A;
                }
                """);

            // A Memory<int> field of a struct: its Span writes the array behind it.
            yield return new CatalogEntry("Rt21MemoryFieldSpanWrite", """
                private struct Seg { public Memory<int> M; }

                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    var seg = new Seg { M = new int[8] };
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                            {|LG0102:seg.M.Span[(xs[i] + j) & 7]++|};
                    return seg.M.ToArray();
                }
                """);

            // An array of structs whose array fields may be the same array for two rows (no run-time check reaches them).
            yield return new CatalogEntry("Rt21StructRowsMayShareArray", """
                public struct Row { public int[] A; }

                [Parallelize]
                public static Row[] Run(Row[] rows, int m)
                {
                    for (int i = 0; i < rows.Length; i++)
                        for (int j = 1; j < m; j++)
                            {|LG0106:rows[i].A[j]|} = rows[i].A[j - 1] + i;
                    return rows;
                }
                """);

            // A ref struct holding a span over the input, made before the nest: the twin's tasks cannot take it along.
            yield return new CatalogEntry("Rt21RefStructReaderBeforeNest", """
                private ref struct Reader
                {
                    public ReadOnlySpan<int> S;
                    public int At(int k) => this.S[k];
                }

                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    var r = new Reader { S = xs };
                    var res = new int[xs.Length];
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                            res[i] += {|LG0107:r|}.At(j % xs.Length);
                    return res;
                }
                """);

            // A span over an array of the iteration, searched: nothing shared is read or written (filling it is accepted).
            yield return new CatalogEntry("Rt21PrivateArraySpanSearched", """
                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    var res = new int[xs.Length];
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                        {
                            var p = new int[8];
                            p[j & 7] = xs[i];
                            res[i] += p.AsSpan().IndexOf(3);
                        }
                    return res;
                }
                """) { Report = "row" };

            // An inline array (a struct whose storage is the array) declared before the nest, counted into.
            yield return new CatalogEntry("Rt21InlineArrayCountedInto", """
                [System.Runtime.CompilerServices.InlineArray(8)]
                public struct Buf { private int e; }

                [Parallelize]
                public static int Run(int[] xs, int m)
                {
                    var buf = new Buf();
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                            {|LG0107:buf[(xs[i] + j) & 7]++|};
                    int t = 0;
                    foreach (var v in buf) t = (t * 31) + v;
                    return t;
                }
                """);

            // ------------------------------------------------------------ this and fields
            // An instance method of the class writes a field of 'this'.
            yield return new CatalogEntry("Rt21InstanceMethodWritesField", """
                public partial class Meter
                {
                    private int calls;

                    public int Calls => this.calls;

                    private void Touch() => this.calls++;

                    [Parallelize]
                    public int[] Run(int[] xs, int m)
                    {
                        var res = new int[xs.Length];
                        for (int i = 0; i < xs.Length; i++)
                            for (int j = 0; j < m; j++)
                            {
                                {|LG0102:this.Touch()|};
                                res[i] += xs[i] * j;
                            }
                        return res;
                    }
                }
                """) { Raw = true };

            // 'this' given to a static helper that writes one of its fields.
            yield return new CatalogEntry("Rt21ThisGivenToWritingHelper", """
                public static class Helper
                {
                    public static void Touch(Meter meter) => meter.Calls++;
                }

                public partial class Meter
                {
                    public int Calls;

                    [Parallelize]
                    public int[] Run(int[] xs, int m)
                    {
                        var res = new int[xs.Length];
                        for (int i = 0; i < xs.Length; i++)
                            for (int j = 0; j < m; j++)
                            {
                                {|LG0102:Helper.Touch(this)|};
                                res[i] += xs[i] * j;
                            }
                        return res;
                    }
                }
                """) { Raw = true };

            // A primary constructor parameter is a field of the object: a sum into it is no reduction.
            yield return new CatalogEntry("Rt21PrimaryConstructorParameterSummed", """
                public partial class Meter(int total)
                {
                    public int Total => total;

                    [Parallelize]
                    public int Run(int[] xs, int m)
                    {
                        for (int i = 0; i < xs.Length; i++)
                            for (int j = 0; j < m; j++)
                                {|LG0101:total += xs[i] + j|};
                        return total;
                    }
                }
                """) { Raw = true };

            // A static field set to the input before the nest, read in it while the output is written: the twin's
            // run-time check must see that the field holds the output (the differential passes the same array twice).
            yield return new CatalogEntry("Rt21StaticFieldHoldsInputReadInNest", """
                private static int[] table;

                [Parallelize]
                public static int[] Run(int[] input, int[] output, int m)
                {
                    table = input;
                    int n = Math.Min(input.Length, output.Length);
                    for (int i = 1; i < n; i++)
                        for (int j = 0; j < m; j++)
                            output[i] = table[i - 1] + j;
                    return output;
                }
                """) { Report = "row" };

            // ------------------------------------------------------------ method groups, delegates and events
            // A method group of the compilation, made a delegate before the nest: its target counts in a static.
            // A lambda in its place is looked into (LG0102 at the call), and so is a local function (LG0102 where it is
            // made a delegate) or the same method group made a delegate in the nest.
            yield return new CatalogEntry("Rt21MethodGroupLocalWritesStatic", """
                private static int seen;
                private static int Record(int v) { seen++; return v + seen; }

                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    seen = 0;
                    Func<int, int> f = Record;
                    var res = new int[xs.Length];
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                            res[i] += {|LG0102:f(xs[i] + j)|};
                    return res;
                }
                """);

            // The same method group kept by a deferred query made before the nest, which the nest enumerates: no
            // diagnostic at all (the same query with a lambda is LG0102 where the lambda is written).
            yield return new CatalogEntry("Rt21DeferredQueryOverMethodGroup", """
                private static int seen;
                private static int Record(int v) { seen++; return v; }

                [Parallelize]
                public static int Run(int[] xs, int m)
                {
                    seen = 0;
                    var res = new int[xs.Length];
                    var q = xs.Take(8).Select({|LG0102:Record|});
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                            res[i] += q.Sum();
                    return seen + res.Length;
                }
                """);

            // The lambda held by a local is looked into (the guard for the entry above).
            yield return new CatalogEntry("Rt21LambdaLocalWritesStatic", """
                private static int seen;

                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    seen = 0;
                    Func<int, int> f = v => { seen++; return v + seen; };
                    var res = new int[xs.Length];
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                            res[i] += {|LG0102:f(xs[i] + j)|};
                    return res;
                }
                """);

            // The usual way to raise an event, '?.Invoke': whoever subscribed runs in parallel, as with 'Tick(x)' (LG0105,
            // Rt3EventRaised).
            yield return new CatalogEntry("Rt21EventRaisedWithNullConditional", """
                private static int total;
                public static event Action<int> Tick = v => total += v;

                [Parallelize]
                public static int Run(int[] xs, int m)
                {
                    total = 0;
                    var res = new int[xs.Length];
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                        {
                            res[i] += xs[i] + j;
                            Tick?{|LG0105:.Invoke(1)|};
                        }
                    return total + res.Length;
                }
                """) { Large = 1000 };

            // The thread-safe way to raise an event, a copy in a local of the iteration: the same subscriber runs.
            yield return new CatalogEntry("Rt21EventCopiedToLocalAndRaised", """
                private static int total;
                public static event Action<int> Tick = v => total += v;

                [Parallelize]
                public static int Run(int[] xs, int m)
                {
                    total = 0;
                    var res = new int[xs.Length];
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                        {
                            res[i] += xs[i] + j;
                            var handler = Tick;
                            if (handler != null) {|LG0105:handler(1)|};
                        }
                    return total + res.Length;
                }
                """) { Large = 1000 };

            // A library method bound to a list of the method, made a delegate before the nest: 'bag.Add' in the nest is
            // LG0105, and so is the same method group made a delegate in the nest.
            yield return new CatalogEntry("Rt21SharedListAddBoundBeforeNest", """
                [Parallelize]
                public static int Run(int[] xs, int m)
                {
                    var bag = new List<int>();
                    Action<int> add = bag.Add;
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                            {|LG0105:add(xs[i] + j)|};
                    return bag.Count;
                }
                """) { Large = 1000 };

            // A builder of an immutable list made before the nest and added to in it: a mutable list shared by the
            // iterations, as 'sharedList.Add(x)' (LG0105). Never to be run as an accepted entry: the twin's concurrent Adds
            // corrupt the builder's tree, and a probe died of a stack overflow in ImmutableList<int>.Node.Add.
            yield return new CatalogEntry("Rt21SharedImmutableListBuilderAdd", """
                [Parallelize]
                public static int Run(int[] xs, int m)
                {
                    var b = System.Collections.Immutable.ImmutableList.CreateBuilder<int>();
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                            {|LG0105:b.Add(xs[i] * j)|};
                    return b.Count;
                }
                """);

            // An extension method that grows a list of the method (CollectionExtensions.AddRange over a span, .NET 8):
            // the same mutation of a shared list as 'list.Add(x)' (LG0105).
            yield return new CatalogEntry("Rt21SharedListAddRangeExtension", """
                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    var q = new List<int>();
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                            {|LG0105:q.AddRange((ReadOnlySpan<int>)new[] { xs[i], j })|};
                    return q.ToArray();
                }
                """);

            // A lazy sequence of an iterator of the compilation, made before the nest and enumerated in it: every
            // enumeration runs the iterator's body, which counts in a static (made in the nest, 'Gen(m)' is LG0102).
            // Accepted: the twin checks at run time that 'g' holds an array or a List<T>, and runs sequentially otherwise.
            yield return new CatalogEntry("Rt21IteratorMadeBeforeNestEnumerated", """
                private static int seen;

                private static IEnumerable<int> Gen(int n)
                {
                    for (int k = 0; k < n; k++)
                    {
                        seen++;
                        yield return k;
                    }
                }

                [Parallelize]
                public static int Run(int[] xs, int m)
                {
                    seen = 0;
                    var res = new int[xs.Length];
                    var g = Gen(8);
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                            res[i] += g.Sum();
                    return seen + res.Length;
                }
                """) { Report = "row" };

            // A sequence parameter enumerated by a loop inside the iteration: the README says a parameter read through a
            // list interface must hold an array or a List<T> for the twin to run in parallel (checked before the nest),
            // since another class's enumerator may not be thread-safe. The input here is a sequence whose enumerator
            // yields the id of the thread that runs it: M's rows all hold the caller's, the twin's chunks on other threads
            // show theirs.
            yield return new CatalogEntry("Rt21SequenceParameterEnumeratedInIteration", """
                [Parallelize]
                public static int[] Run(int[] xs, int m, IEnumerable<int> g)
                {
                    var res = new int[xs.Length];
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                            foreach (var v in g) res[i] = v;
                    return res;
                }
                """)
            {
                Report = "row",
                Large = 600,
                Inputs = (rng, size) => new object?[] { new int[size], size, new ThreadTaggedSequence() }
            };

            // A delegate parameter invoked in the nest: trusted on the user's word (LG0004); a counting delegate races.
            yield return new CatalogEntry("Rt21DelegateParameterTrusted", """
                [Parallelize]
                public static int[] Run(int[] xs, int m, Func<int, int> f)
                {
                    var res = new int[xs.Length];
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                            res[i] += {|LG0004:f(xs[i] + j)|};
                    return res;
                }
                """) { Report = "row", Racy = true };

            // A method group given to a helper of the compilation that runs it: the method group is looked into.
            yield return new CatalogEntry("Rt21MethodGroupGivenToHelper", """
                private static int seen;
                private static int Record(int v) { seen++; return v + seen; }
                private static int Apply(Func<int, int> g, int v) => g(v);

                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    var res = new int[xs.Length];
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                            res[i] += {|LG0004:Apply({|LG0102:Record|}, xs[i] + j)|};
                    return res;
                }
                """);

            // ------------------------------------------------------------ rows with a prefill
            // A row that starts with the outer counter (a collection initializer).
            yield return new CatalogEntry("Rt21RowStartsWithInitializer", """
                [Parallelize]
                public static List<List<int>> Run(int[] xs, int m)
                {
                    var results = new List<List<int>>();
                    for (int i = 0; i < xs.Length; i++)
                    {
                        var row = new List<int> { i, -i };
                        for (int j = 0; j < m; j++) row.Add(xs[i] * j);
                        results.Add(row);
                    }
                    return results;
                }
                """) { Report = "row" };

            // A row filled by AddRange before the inner loop.
            yield return new CatalogEntry("Rt21RowPrefilledByAddRange", """
                [Parallelize]
                public static List<List<int>> Run(int[] xs, List<int> prefix, int m)
                {
                    var results = new List<List<int>>();
                    for (int i = 0; i < xs.Length; i++)
                    {
                        var row = new List<int>();
                        row.AddRange(prefix);
                        for (int j = 0; j < m; j++) row.Add(xs[i] * j);
                        results.Add(row);
                    }
                    return results;
                }
                """) { Report = "row" };

            // The same row started as a copy of the prefix: a fresh list of the iteration all the same.
            yield return new CatalogEntry("Rt21RowStartedAsCopyOfList", """
                [Parallelize]
                public static List<List<int>> Run(int[] xs, List<int> prefix, int m)
                {
                    var results = new List<List<int>>();
                    for (int i = 0; i < xs.Length; i++)
                    {
                        var row = new List<int>(prefix);
                        for (int j = 0; j < m; j++) row.Add(xs[i] * j);
                        results.Add(row);
                    }
                    return results;
                }
                """) { Report = "row" };

            // Rows and results made by collection expressions ('[]'), the C# 12 way to write 'new List<int>()'.
            yield return new CatalogEntry("Rt21RowsFromCollectionExpressions", """
                [Parallelize]
                public static List<List<int>> Run(int[] xs, int m)
                {
                    List<List<int>> results = [];
                    for (int i = 0; i < xs.Length; i++)
                    {
                        List<int> row = [];
                        for (int j = 0; j < m; j++) row.Add(xs[i] * j);
                        results.Add(row);
                    }
                    return results;
                }
                """) { Report = "flattened" };

            // A row added to the results before it is filled, and one added twice (the same object twice, in order).
            yield return new CatalogEntry("Rt21RowAddedFirstAndTwice", """
                [Parallelize]
                public static List<List<int>> Run(int[] xs, int m)
                {
                    var results = new List<List<int>>();
                    for (int i = 0; i < xs.Length; i++)
                    {
                        var row = new List<int>();
                        results.Add(row);
                        for (int j = 0; j < m; j++) row.Insert(0, xs[i] * j);
                        results.Add(row);
                    }
                    return results;
                }
                """) { Report = "row" };

            // Rows inserted at the front of the results.
            yield return new CatalogEntry("Rt21RowsInsertedAtFront", """
                [Parallelize]
                public static List<List<int>> Run(int[] xs, int m)
                {
                    var results = new List<List<int>>();
                    for (int i = 0; i < xs.Length; i++)
                    {
                        var row = new List<int>();
                        for (int j = 0; j < m; j++) row.Add(xs[i] * j);
                        {|LG0105:results.Insert(0, row)|};
                    }
                    return results;
                }
                """);

            // One row declared before the nest, grown by every outer iteration and added each time.
            yield return new CatalogEntry("Rt21RowSharedByOuterIterations", """
                [Parallelize]
                public static List<List<int>> Run(int[] xs, int m)
                {
                    var results = new List<List<int>>();
                    var row = new List<int>();
                    for (int i = 0; i < xs.Length; i++)
                    {
                        for (int j = 0; j < m; j++) {|LG0105:row.Add(xs[i] * j)|};
                        results.Add(row);
                    }
                    return results;
                }
                """);

            // The rows of a parameter grown in place: two outer iterations may hold the same list.
            yield return new CatalogEntry("Rt21ParameterRowsGrownInPlace", """
                [Parallelize]
                public static void Run(List<List<int>> rows, int m)
                {
                    for (int i = 0; i < rows.Count; i++)
                    {
                        var row = rows[i];
                        for (int j = 0; j < m; j++) {|LG0105:row.Add(i * j)|};
                    }
                }
                """);

            // A row added only sometimes, then read with the results' Count.
            yield return new CatalogEntry("Rt21RowAddedConditionallyCountRead", """
                [Parallelize]
                public static List<List<int>> Run(int[] xs, int m)
                {
                    var results = new List<List<int>>();
                    for (int i = 0; i < xs.Length; i++)
                    {
                        var row = new List<int>();
                        for (int j = 0; j < m; j++) row.Add(xs[i] * j);
                        if (xs[i] % 3 == 0) results.Add(row);
                        row.Add({|LG0100:results.Count|});
                    }
                    return results;
                }
                """);

            // Two nests append rows to the same results, one after the other: each nest's rows in order, the first
            // nest's before the second's.
            yield return new CatalogEntry("Rt21TwoNestsAppendToSameResults", """
                [Parallelize]
                public static List<List<int>> Run(int[] xs, int m)
                {
                    var results = new List<List<int>>();
                    for (int i = 0; i < xs.Length; i++)
                    {
                        var row = new List<int>();
                        for (int j = 0; j < m; j++) row.Add(xs[i] * j);
                        results.Add(row);
                    }
                    for (int i = 0; i < xs.Length; i++)
                    {
                        var row = new List<int>();
                        for (int j = 0; j < m; j++) row.Add(xs[i] + j);
                        results.Add(row);
                    }
                    return results;
                }
                """) { Report = "flattened" };

            // ------------------------------------------------------------ generic methods
            // A static abstract interface member called through the type parameter: trusted (LG0004); a counting one races.
            yield return new CatalogEntry("Rt21StaticAbstractAddTrusted", """
                public interface IAdder<T> { static abstract T Add(T a, T b); }

                [Parallelize]
                public static T[] Run<T>(T[] xs, int m) where T : struct, IAdder<T>
                {
                    var res = new T[xs.Length];
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                            res[i] = {|LG0004:T.Add(res[i], xs[i])|};
                    return res;
                }
                """) { Report = "row", Racy = true };

            // A sum of a generic number is no reduction (T may be decimal, or a type whose + is not associative).
            yield return new CatalogEntry("Rt21GenericNumberSumNotReduction", """
                [Parallelize]
                public static T Run<T>(T[] xs, int m) where T : System.Numerics.INumber<T>
                {
                    T acc = T.Zero;
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                            {|LG0101:acc += xs[i]|};
                    return acc;
                }
                """);

            // An array reduction over a generic number: not one either.
            yield return new CatalogEntry("Rt21GenericNumberHistogramNotReduction", """
                [Parallelize]
                public static T[] Run<T>(T[] xs, int m) where T : System.Numerics.INumber<T>
                {
                    var hist = new T[8];
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                            {|LG0106:hist[(i + j) & 7]|} += xs[i];
                    return hist;
                }
                """);

            // A set of the iteration runs the GetHashCode and Equals of a sealed type of the compilation, which count in a
            // static: looked into (LG0102 where the set calls them).
            yield return new CatalogEntry("Rt21SetRunsUserGetHashCode", NoisyKey + """
                [Parallelize]
                public static int[] Run(int[] xs, int m)
                {
                    var res = new int[xs.Length];
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                        {
                            var set = new HashSet<Noisy> { {|LG0102:new Noisy(xs[i])|} };
                            res[i] += {|LG0102:set.Contains(new Noisy(j))|} ? 1 : 0;
                        }
                    return res;
                }
                """);

            // A dictionary of the iteration given a key through its indexer's setter runs the key's GetHashCode and
            // Equals as its Add does (LG0102 on 'd.Add(k, 1)'): silently accepted, not even trusted with LG0004.
            yield return new CatalogEntry("Rt21PrivateDictionaryIndexerSetRunsUserHash", NoisyKey + """
                [Parallelize]
                public static int Run(int[] xs, int m)
                {
                    Noisy.Calls = 0;
                    var res = new int[xs.Length];
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                        {
                            var d = new Dictionary<Noisy, int>();
                            {|LG0102:d[new Noisy(xs[i])] = j|};
                            res[i] += d.Count;
                        }
                    return Noisy.Calls + res.Length;
                }
                """) { Large = 400 };

            // A sorted list read through its indexer in the nest runs the key's CompareTo, as a dictionary's indexer
            // runs its GetHashCode (LG0102 on 'lookup[k]' for a Dictionary, a Hashtable or a ConcurrentDictionary).
            yield return new CatalogEntry("Rt21SharedSortedListIndexerRunsUserCompareTo", NoisyComparableKey + """
                [Parallelize]
                public static int Run(int[] xs, int m)
                {
                    var lookup = new SortedList<Noisy, int>();
                    for (int k = 0; k < 64; k++) lookup[new Noisy(k)] = k;
                    Noisy.Calls = 0;
                    var res = new int[xs.Length];
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                            res[i] += {|LG0102:lookup[new Noisy((xs[i] + j) & 63)]|};
                    return Noisy.Calls + res.Length;
                }
                """) { Large = 1000 };

            // A priority queue of the iteration orders its priorities with their CompareTo.
            yield return new CatalogEntry("Rt21PrivatePriorityQueueRunsUserCompareTo", NoisyComparableKey + """
                [Parallelize]
                public static int Run(int[] xs, int m)
                {
                    Noisy.Calls = 0;
                    var res = new int[xs.Length];
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                        {
                            var q = new PriorityQueue<int, Noisy>();
                            {|LG0102:q.Enqueue(1, new Noisy(xs[i]))|};
                            {|LG0102:q.Enqueue(2, new Noisy(j))|};
                            res[i] += q.Peek();
                        }
                    return Noisy.Calls + res.Length;
                }
                """) { Large = 400 };

            // A set made by a collection expression adds its elements, hashing them, as 'new HashSet<Noisy> { a, b }' does
            // (LG0102 on each element).
            yield return new CatalogEntry("Rt21CollectionExpressionSetRunsUserHash", NoisyComparableKey + """
                [Parallelize]
                public static int Run(int[] xs, int m)
                {
                    Noisy.Calls = 0;
                    var res = new int[xs.Length];
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                        {
                            HashSet<Noisy> set = {|LG0102:[new Noisy(xs[i]), new Noisy(j)]|};
                            res[i] += set.Count;
                        }
                    return Noisy.Calls + res.Length;
                }
                """) { Large = 400 };

            // A dictionary built before the nest with a comparer of the compilation: every lookup in the nest runs the
            // comparer, which counts in a static (the same comparer given to a set of the iteration is LG0102).
            yield return new CatalogEntry("Rt21SharedDictionaryWithUserComparer", """
                private sealed class CountingComparer : IEqualityComparer<int>
                {
                    public static int Calls;
                    public bool Equals(int a, int b) { Calls++; return a == b; }
                    public int GetHashCode(int a) { Calls++; return a; }
                }

                [Parallelize]
                public static int Run(int[] xs, int m)
                {
                    var lookup = new Dictionary<int, int>(new CountingComparer());
                    for (int k = 0; k < 64; k++) lookup[k] = k;
                    CountingComparer.Calls = 0;
                    var res = new int[xs.Length];
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                            res[i] += {|LG0102:lookup[(xs[i] + j) & 63]|};
                    return CountingComparer.Calls + res.Length;
                }
                """) { Large = 1000 };

            // A shared set of Tuple<Noisy> keys: Tuple's GetHashCode and Equals run the element's (a ValueTuple key, a
            // record struct or a struct key is LG0102).
            yield return new CatalogEntry("Rt21SharedSetOfTupleKeysRunsUserHash", NoisyKey + """
                [Parallelize]
                public static int Run(int[] xs, int m)
                {
                    var keys = new HashSet<Tuple<Noisy>>();
                    for (int k = 0; k < 64; k++) keys.Add(Tuple.Create(new Noisy(k)));
                    Noisy.Calls = 0;
                    var res = new int[xs.Length];
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                            res[i] += {|LG0102:keys.Contains(Tuple.Create(new Noisy((xs[i] + j) & 63)))|} ? 1 : 0;
                    return Noisy.Calls + res.Length;
                }
                """);

            // HashCode.Combine runs the same GetHashCode: it should be looked into as the set's calls are.
            yield return new CatalogEntry("Rt21HashCodeCombineRunsUserGetHashCode", NoisyKey + """
                [Parallelize]
                public static int Run(int[] xs, int m)
                {
                    Noisy.Calls = 0;
                    var res = new int[xs.Length];
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                            res[i] += {|LG0102:HashCode.Combine(new Noisy(xs[i]), new Noisy(j))|} & 1;
                    return Noisy.Calls + res.Length;
                }
                """) { Large = 400 };

            // A comparison through IComparable<T> on the type parameter: trusted (LG0004); a counting CompareTo races.
            yield return new CatalogEntry("Rt21GenericCompareToTrusted", """
                [Parallelize]
                public static int[] Run<T>(T[] xs, int m) where T : IComparable<T>
                {
                    var res = new int[xs.Length];
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < m; j++)
                            res[i] += {|LG0004:xs[i].CompareTo(xs[j % xs.Length])|};
                    return res;
                }
                """) { Report = "row", Racy = true };
        }

        /// <summary>A sequence whose enumerator yields the id of the thread that enumerates it (an input of Rt21SequenceParameterEnumeratedInIteration).</summary>
        private sealed class ThreadTaggedSequence : IEnumerable<int>
        {
            public IEnumerator<int> GetEnumerator()
            {
                int id = System.Environment.CurrentManagedThreadId;
                for (int k = 0; k < 4; k++)
                {
                    yield return id;
                }
            }

            System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => this.GetEnumerator();
        }
    }
}
