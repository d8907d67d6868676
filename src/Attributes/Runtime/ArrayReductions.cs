using System;
using System.ComponentModel;

namespace LoopGen.Runtime
{
    /// <summary>
    /// Helpers for the array reductions of LoopGen's generated <c>MParallel</c> methods (a histogram
    /// <c>hist[key]++</c>, column sums <c>acc[j] += e</c>): every chunk accumulates into a private copy of the
    /// array that starts at the operator's identity, and the copies are merged into the array in chunk order.
    /// Not meant to be called by hand: its shape may change with the generator that ships beside it.
    /// </summary>
    /// <remarks>
    /// The chunk states the generated code records (0: not started, 1: started, 2: done) tell which copies to
    /// merge: every chunk before the first one that did not finish, and that one too when it started (it
    /// threw: its copy holds the updates of the iterations before the throwing one, and those the throwing
    /// iteration made before it threw). After a failure the array then holds what the sequential loop leaves
    /// in it when it throws (for exact element types), and after a success, every chunk's updates.
    /// </remarks>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static class ArrayReductions
    {
        /// <summary>Chunk state: not started.</summary>
        public const byte NotStarted = 0;

        /// <summary>Chunk state: started, not finished (yet, or because it threw).</summary>
        public const byte Started = 1;

        /// <summary>Chunk state: ran to its end.</summary>
        public const byte Done = 2;

        /// <summary>
        /// The most array elements all chunks' private copies may hold together: beyond it, the plan is cut into
        /// fewer, larger chunks (but never fewer than one per worker).
        /// </summary>
        public const long CopyBudget = 1L << 21;

        /// <summary>
        /// Re-plans a loop so that its chunks' private copies of the reduced arrays stay cheap: with
        /// <paramref name="copyElements"/> elements per chunk, the copies of all chunks together hold at most
        /// <see cref="CopyBudget"/> elements and at most a quarter of <paramref name="work"/> (zeroing and merging
        /// them then costs well under the loop itself), with at least one chunk per worker. The chunk boundaries
        /// still depend only on the iteration count, the degree of parallelism, the arrays' lengths and the work
        /// estimate, never on timing, so merges in chunk order stay deterministic.
        /// </summary>
        /// <param name="plan">The plan from <see cref="ParallelLoop.PlanRows"/> or <see cref="ParallelLoop.PlanCells"/>.</param>
        /// <param name="copyElements">The elements of one chunk's copies (the sum of the reduced arrays' lengths).</param>
        /// <param name="work">The estimated number of innermost iterations.</param>
        /// <returns>The plan, or one with fewer, larger chunks.</returns>
        public static LoopPlan Limit(LoopPlan plan, long copyElements, long work)
        {
            if (plan.ChunkCount <= plan.Degree || copyElements <= 0)
            {
                return plan;
            }

            long affordable = Math.Min(CopyBudget, Math.Max(0, work) / 4) / copyElements;
            if (plan.ChunkCount <= affordable)
            {
                return plan;
            }

            return ParallelLoop.Chunk(plan.Count, Math.Max(plan.Degree, affordable), plan.Degree);
        }

        /// <summary>
        /// Tells whether an array is null: the generated code then runs the original loop, which throws where it
        /// should (a method, not a null test, so that the compiler's nullable analysis of the caller is unchanged).
        /// </summary>
        /// <param name="array">The reduced array.</param>
        /// <returns>Whether it is null.</returns>
        public static bool IsNull(object? array) => array is null;

        /// <summary>Tells how many chunk copies, from chunk 0, to merge into the arrays after the loop.</summary>
        /// <param name="states">The chunk states (<see cref="NotStarted"/>, <see cref="Started"/>, <see cref="Done"/>).</param>
        /// <returns>All chunks before the first unfinished one, plus that one when it started.</returns>
        public static int MergeCount(byte[] states)
        {
            if (states is null)
            {
                throw new ArgumentNullException(nameof(states));
            }

            for (int chunk = 0; chunk < states.Length; chunk++)
            {
                if (System.Threading.Volatile.Read(ref states[chunk]) != Done)
                {
                    return states[chunk] == Started ? chunk + 1 : chunk;
                }
            }

            return states.Length;
        }

        /// <summary>
        /// Creates a zeroed array of the same shape as <paramref name="shape"/>: the same lengths and the same
        /// lower bounds in every dimension, so that an index out of range of the original is out of range of the
        /// copy too, with the same exception.
        /// </summary>
        /// <typeparam name="T">The element type.</typeparam>
        /// <param name="shape">The array (of any rank) whose shape to copy.</param>
        /// <returns>The new array.</returns>
        public static Array NewLike<T>(Array shape)
        {
            if (shape is null)
            {
                throw new ArgumentNullException(nameof(shape));
            }

            int rank = shape.Rank;
            int[] lengths = new int[rank];
            int[] lowerBounds = new int[rank];
            for (int d = 0; d < rank; d++)
            {
                lengths[d] = shape.GetLength(d);
                lowerBounds[d] = shape.GetLowerBound(d);
            }

            return Array.CreateInstance(typeof(T), lengths, lowerBounds);
        }
    }
}
