using System;
using System.ComponentModel;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;

namespace LoopGen.Runtime
{
    /// <summary>
    /// The small scheduler that LoopGen's generated <c>MParallel</c> methods call. Not meant to be
    /// called by hand: its shape may change with the generator that ships beside it.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Work is cut into chunks of consecutive iterations whose boundaries depend only on the number of
    /// iterations and the degree of parallelism, never on timing. Workers claim chunks in increasing
    /// order from a shared counter (dynamic balancing), and each chunk runs its iterations in
    /// sequential order. That gives the generated code three guarantees cheaply:
    /// </para>
    /// <list type="bullet">
    /// <item>per-chunk partial results (reductions, appended rows) merged in chunk order are
    /// deterministic for a given input and degree of parallelism;</item>
    /// <item>when several iterations throw, the exception of the lowest chunk wins, and within a chunk
    /// the first throwing iteration stops it: that is the exception the sequential loop throws first;</item>
    /// <item>after a failure, chunks above the failing one are no longer started.</item>
    /// </list>
    /// </remarks>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static class ParallelLoop
    {
        /// <summary>How many chunks each worker gets, on average, in row-per-task mode.</summary>
        private const int RowChunksPerWorker = 32;

        /// <summary>How many chunks each worker gets, on average, in flattened mode.</summary>
        private const int FlatChunksPerWorker = 32;

        /// <summary>
        /// Resolves the degree of parallelism: the options' <see cref="ParallelOptions.MaxDegreeOfParallelism"/>
        /// when positive, else the attribute's value when positive, else the processor count.
        /// </summary>
        /// <param name="options">The options passed to the generated method, or null for the defaults (the overload without options).</param>
        /// <param name="attributeDegree">The <c>MaxDegreeOfParallelism</c> named on <c>[Parallelize]</c>.</param>
        /// <returns>A degree of parallelism of at least 1.</returns>
        public static int ResolveDegree(ParallelOptions? options, int attributeDegree)
        {
            if (options is not null && options.MaxDegreeOfParallelism > 0)
            {
                return options.MaxDegreeOfParallelism;
            }

            return attributeDegree > 0 ? attributeDegree : Math.Max(1, Environment.ProcessorCount);
        }

        /// <summary>Plans one task per outer row, in small chunks of consecutive rows.</summary>
        /// <param name="rowCount">The number of outer iterations.</param>
        /// <param name="degree">The degree of parallelism.</param>
        /// <returns>The plan.</returns>
        public static LoopPlan PlanRows(long rowCount, int degree) => Plan(rowCount, degree, RowChunksPerWorker);

        /// <summary>Plans a flattened task list over all (outer, inner) pairs, in chunks of consecutive pairs.</summary>
        /// <param name="cellCount">The number of (outer, inner) pairs.</param>
        /// <param name="degree">The degree of parallelism.</param>
        /// <returns>The plan.</returns>
        public static LoopPlan PlanCells(long cellCount, int degree) => Plan(cellCount, degree, FlatChunksPerWorker);

        private static LoopPlan Plan(long count, int degree, int chunksPerWorker)
        {
            if (count <= 0)
            {
                return new LoopPlan(0, 1, 0, 1);
            }

            degree = Math.Max(1, degree);
            return Chunk(count, Math.Min(count, (long)degree * chunksPerWorker), degree);
        }

        /// <summary>Cuts <paramref name="count"/> iterations into about <paramref name="targetChunks"/> chunks of equal size (the last may be shorter).</summary>
        /// <param name="count">The number of iterations (positive).</param>
        /// <param name="targetChunks">The wanted number of chunks, between 1 and <paramref name="count"/>.</param>
        /// <param name="degree">The degree of parallelism (at least 1).</param>
        /// <returns>The plan, with no more workers than chunks.</returns>
        internal static LoopPlan Chunk(long count, long targetChunks, int degree)
        {
            long chunkSize = (count + targetChunks - 1) / targetChunks;
            long chunkCount = (count + chunkSize - 1) / chunkSize;
            return new LoopPlan(count, chunkSize, (int)chunkCount, (int)Math.Min(degree, chunkCount));
        }

        /// <summary>
        /// Runs <paramref name="body"/> once per chunk of <paramref name="plan"/>, on up to
        /// <see cref="LoopPlan.Degree"/> workers (the calling thread is one of them), and rethrows,
        /// unwrapped and with its stack trace, the exception of the lowest failing chunk.
        /// </summary>
        /// <param name="plan">The plan from <see cref="PlanRows"/> or <see cref="PlanCells"/>.</param>
        /// <param name="options">The scheduler and cancellation token to honour, or null for the defaults.</param>
        /// <param name="body">Called with (chunk index, first iteration, end iteration exclusive).</param>
        /// <exception cref="OperationCanceledException">The token was cancelled before all chunks ran.</exception>
        public static void Run(LoopPlan plan, ParallelOptions? options, Action<int, long, long> body)
        {
            if (body is null)
            {
                throw new ArgumentNullException(nameof(body));
            }

            Run(plan, options, body, static (b, chunk, start, end) => b(chunk, start, end));
        }

        /// <summary>
        /// Runs <paramref name="body"/> once per chunk of <paramref name="plan"/> with the given state, on up to
        /// <see cref="LoopPlan.Degree"/> workers (the calling thread is one of them), and rethrows,
        /// unwrapped and with its stack trace, the exception of the lowest failing chunk. Generated code passes
        /// the chunk's inputs as <paramref name="state"/> and a method as <paramref name="body"/>, so that the
        /// generated method itself creates no closure (and its sequential path allocates nothing).
        /// </summary>
        /// <typeparam name="TState">The type of the chunks' inputs (generated code uses a tuple).</typeparam>
        /// <param name="plan">The plan from <see cref="PlanRows"/> or <see cref="PlanCells"/>.</param>
        /// <param name="options">The scheduler and cancellation token to honour, or null for the defaults.</param>
        /// <param name="state">The inputs every chunk reads, passed to <paramref name="body"/>.</param>
        /// <param name="body">Called with (state, chunk index, first iteration, end iteration exclusive).</param>
        /// <exception cref="OperationCanceledException">The token was cancelled before all chunks ran.</exception>
        public static void Run<TState>(LoopPlan plan, ParallelOptions? options, TState state, Action<TState, int, long, long> body)
        {
            if (body is null)
            {
                throw new ArgumentNullException(nameof(body));
            }

            CancellationToken token = options?.CancellationToken ?? CancellationToken.None;
            token.ThrowIfCancellationRequested();
            if (plan.ChunkCount == 0)
            {
                return;
            }

            var run = new RunState<TState>(plan, state, body, token);

            // When the caller suppressed the flow of its execution context (ExecutionContext.SuppressFlow), worker
            // threads would start without it: no AsyncLocal values, culture or principal of the caller's. The
            // calling thread then runs every chunk itself, in order, as the original loop would.
            int helpers = ExecutionContext.IsFlowSuppressed() ? 0 : plan.Degree - 1;
            if (helpers <= 0)
            {
                run.Work();
            }
            else
            {
                TaskScheduler scheduler = options?.TaskScheduler ?? TaskScheduler.Default;
                var tasks = new Task[helpers];
                for (int w = 0; w < helpers; w++)
                {
                    tasks[w] = Task.Factory.StartNew(
                        static s => ((RunState<TState>)s!).Work(),
                        run,
                        CancellationToken.None,
                        TaskCreationOptions.DenyChildAttach,
                        scheduler);
                }

                // The calling thread works too, so the loop makes progress even when the pool is starved;
                // a helper that has not started yet finds no chunk left and ends at once.
                run.Work();
                Task.WaitAll(tasks);
            }

            run.ThrowIfFailed();
        }

        /// <summary>
        /// Tells whether the given arrays (rows of jagged arrays that a loop writes, and the other arrays it
        /// reads) are pairwise distinct objects. Null entries are ignored. Generated code takes the
        /// sequential path when this is false, since parallel writes would then race.
        /// </summary>
        /// <param name="jaggedArrays">Jagged arrays whose rows are checked.</param>
        /// <param name="arrays">Other arrays, checked as whole objects.</param>
        /// <returns><see langword="true"/> when no object appears twice.</returns>
        public static bool AreDistinct(Array?[]?[] jaggedArrays, object?[] arrays)
        {
            var seen = new System.Collections.Generic.HashSet<object>(ReferenceComparer.Instance);
            foreach (object? array in arrays)
            {
                if (array is not null && !seen.Add(array))
                {
                    return false;
                }
            }

            foreach (Array?[]? jagged in jaggedArrays)
            {
                if (jagged is null)
                {
                    continue;
                }

                foreach (Array? row in jagged)
                {
                    if (row is not null && !seen.Add(row))
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        /// <summary>
        /// Gets the capacity a <see cref="System.Collections.Generic.List{T}"/> of capacity <paramref name="capacity"/>
        /// has once single <c>Add</c>s have brought it to <paramref name="count"/> items: an <c>Add</c> on a full list
        /// grows it to 4 when empty and to twice its capacity otherwise, clamped to the largest array length, or to one
        /// more item when that is larger (the same on .NET Framework, .NET Core and .NET). Generated code creates and
        /// grows the lists the user sees with it, so that their <c>Capacity</c> is the one the original loop leaves.
        /// </summary>
        /// <param name="capacity">The list's capacity before the <c>Add</c>s.</param>
        /// <param name="count">The number of items after them.</param>
        /// <returns>The capacity after them.</returns>
        public static int CapacityAfterAdds(int capacity, int count)
        {
            long current = capacity;
            while (current < count)
            {
                long next = current == 0 ? 4 : 2 * current;
                if (next > 1L << 30 && next > MaxArrayLength.Value)
                {
                    next = MaxArrayLength.Value;
                }

                if (next <= current)
                {
                    // At the largest array length: the Add that needs more fails in the original loop too.
                    return count;
                }

                current = next;
            }

            return (int)current;
        }

        /// <summary>
        /// Gives a list, before items are appended to it with <c>AddRange</c>, the capacity that single <c>Add</c>s up
        /// to <paramref name="count"/> items would leave it with (<c>AddRange</c> of a collection grows a list only to
        /// what it needs when that is more than twice its capacity). A list that already has room is left alone.
        /// </summary>
        /// <typeparam name="T">The element type.</typeparam>
        /// <param name="list">The list.</param>
        /// <param name="count">The number of items it will hold.</param>
        public static void GrowAsAdds<T>(System.Collections.Generic.List<T> list, long count)
        {
            if (count > list.Capacity && count <= int.MaxValue)
            {
                list.Capacity = CapacityAfterAdds(list.Capacity, (int)count);
            }
        }

        /// <summary>
        /// Makes a list of the items of an array with the capacity a list created empty and filled by single
        /// <c>Add</c>s has (<c>new List&lt;T&gt;(array)</c> would have exactly the array's length).
        /// </summary>
        /// <typeparam name="T">The element type.</typeparam>
        /// <param name="items">The items, or null for none.</param>
        /// <returns>The list.</returns>
        public static System.Collections.Generic.List<T> ListAsAdds<T>(T[]? items)
        {
            var list = new System.Collections.Generic.List<T>(CapacityAfterAdds(0, items?.Length ?? 0));
            if (items is not null)
            {
                list.AddRange(items);
            }

            return list;
        }

        /// <summary>
        /// The largest length List&lt;T&gt; grows its array to: Array.MaxLength where the runtime has it (.NET 6 and
        /// later), else the 0x7FEFFFFF of .NET Framework and earlier .NET Core. Read only for lists of more than 2^30 items.
        /// </summary>
        private static readonly Lazy<long> MaxArrayLength = new Lazy<long>(() =>
            typeof(Array).GetProperty("MaxLength", System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)?.GetValue(null) is int length
                ? length
                : 0x7FEFFFFF);

        private sealed class ReferenceComparer : System.Collections.Generic.IEqualityComparer<object>
        {
            public static readonly ReferenceComparer Instance = new ReferenceComparer();

            public new bool Equals(object? x, object? y) => ReferenceEquals(x, y);

            public int GetHashCode(object obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
        }

        private sealed class RunState<TState>
        {
            private readonly LoopPlan plan;
            private readonly TState state;
            private readonly Action<TState, int, long, long> body;
            private readonly CancellationToken token;
            private readonly object gate = new object();
            private long nextChunk = -1;
            private long failedChunk = long.MaxValue;
            private ExceptionDispatchInfo? failure;
            private int canceled;

            public RunState(LoopPlan plan, TState state, Action<TState, int, long, long> body, CancellationToken token)
            {
                this.plan = plan;
                this.state = state;
                this.body = body;
                this.token = token;
            }

            public void Work()
            {
                while (true)
                {
                    if (this.token.IsCancellationRequested)
                    {
                        Volatile.Write(ref this.canceled, 1);
                        return;
                    }

                    long chunk = Interlocked.Increment(ref this.nextChunk);
                    if (chunk >= this.plan.ChunkCount || chunk > Volatile.Read(ref this.failedChunk))
                    {
                        // Either all work is claimed, or a lower chunk failed: nothing above it can change
                        // which exception the sequential loop would have thrown first.
                        return;
                    }

                    long start = chunk * this.plan.ChunkSize;
                    long end = Math.Min(this.plan.Count, start + this.plan.ChunkSize);
                    try
                    {
                        this.body(this.state, (int)chunk, start, end);
                    }
                    catch (Exception ex)
                    {
                        lock (this.gate)
                        {
                            if (chunk < this.failedChunk)
                            {
                                this.failure = ExceptionDispatchInfo.Capture(ex);
                                Volatile.Write(ref this.failedChunk, chunk);
                            }
                        }

                        return;
                    }
                }
            }

            public void ThrowIfFailed()
            {
                this.failure?.Throw();
                if (Volatile.Read(ref this.canceled) != 0)
                {
                    throw new OperationCanceledException(this.token);
                }
            }
        }
    }

    /// <summary>A chunking of <see cref="Count"/> iterations, made by <see cref="ParallelLoop"/>.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public readonly struct LoopPlan
    {
        /// <summary>Creates a plan.</summary>
        /// <param name="count">The number of iterations.</param>
        /// <param name="chunkSize">The iterations per chunk (the last chunk may be shorter).</param>
        /// <param name="chunkCount">The number of chunks.</param>
        /// <param name="degree">The number of workers.</param>
        public LoopPlan(long count, long chunkSize, int chunkCount, int degree)
        {
            this.Count = count;
            this.ChunkSize = chunkSize;
            this.ChunkCount = chunkCount;
            this.Degree = degree;
        }

        /// <summary>Gets the number of iterations.</summary>
        public long Count { get; }

        /// <summary>Gets the number of iterations in each chunk but the last.</summary>
        public long ChunkSize { get; }

        /// <summary>Gets the number of chunks; generated code sizes its per-chunk partial results with it.</summary>
        public int ChunkCount { get; }

        /// <summary>Gets the number of workers.</summary>
        public int Degree { get; }
    }
}
