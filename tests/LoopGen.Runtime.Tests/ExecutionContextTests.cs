using System;
using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;
using LoopGen.Runtime;
using LoopGen.Runtime.Tests.Kernels;
using Xunit;

namespace LoopGen.Runtime.Tests
{
    /// <summary>
    /// The twin's workers see the caller's AsyncLocal values (and culture) because they start with its execution
    /// context; when the caller has suppressed that flow, the twin runs every chunk on the calling thread instead.
    /// </summary>
    public class ExecutionContextTests
    {
        [Fact]
        public void WorkersSeeTheCallersAsyncLocalValues()
        {
            Offset(7000);
            int[,] expected = AmbientKernels.Shifted(600, 500);
            Assert.Equal(7000 + 1, expected[0, 1]);
            foreach (int degree in new[] { 2, 4 })
            {
                Assert.Equal(expected, AmbientKernelsEager.ShiftedParallel(600, 500, new ParallelOptions { MaxDegreeOfParallelism = degree }));
            }
        }

        [Fact]
        public void SuppressedFlowRunsEveryChunkOnTheCallingThread()
        {
            // In both runs the calling thread, in the first chunk it runs, waits for a worker to run a chunk: with the
            // flow suppressed none may come (the wait times out after a second, in which a started worker would have
            // run), with the flow on one must. Waiting rather than sleeping makes the control independent of how
            // busy the pool is (other test classes run beside this one).
            LoopPlan plan = ParallelLoop.PlanRows(64, 4);
            var suppressed = new WorkerProbe(TimeSpan.FromSeconds(1));
            using (ExecutionContext.SuppressFlow())
            {
                ParallelLoop.Run(plan, null, suppressed, WorkerProbe.Chunk);
            }

            Assert.Equal(plan.ChunkCount, suppressed.Threads.Count);
            Assert.All(suppressed.Threads, thread => Assert.Equal(suppressed.Caller, thread));

            var flowing = new WorkerProbe(TimeSpan.FromSeconds(60));
            ParallelLoop.Run(plan, null, flowing, WorkerProbe.Chunk);
            Assert.Equal(plan.ChunkCount, flowing.Threads.Count);
            Assert.Contains(flowing.Threads, thread => thread != flowing.Caller);
        }

        [Fact]
        public void SuppressedFlowTwinStillMatchesTheOriginal()
        {
            Offset(-500);
            int[,] expected = AmbientKernels.Shifted(600, 500);
            using (ExecutionContext.SuppressFlow())
            {
                foreach (int degree in new[] { 2, 4 })
                {
                    Assert.Equal(expected, AmbientKernelsEager.ShiftedParallel(600, 500, new ParallelOptions { MaxDegreeOfParallelism = degree }));
                }
            }
        }

        /// <summary>Records the thread of every chunk; the calling thread waits, in its first chunk, for a worker's chunk.</summary>
        private sealed class WorkerProbe
        {
            private readonly TimeSpan patience;
            private readonly ManualResetEventSlim workerRan = new ManualResetEventSlim();
            private bool callerWaited;

            public WorkerProbe(TimeSpan patience)
            {
                this.patience = patience;
            }

            public int Caller { get; } = Environment.CurrentManagedThreadId;

            public ConcurrentBag<int> Threads { get; } = new ConcurrentBag<int>();

            public static void Chunk(WorkerProbe probe, int chunk, long start, long end)
            {
                int thread = Environment.CurrentManagedThreadId;
                probe.Threads.Add(thread);
                if (thread != probe.Caller)
                {
                    probe.workerRan.Set();
                }
                else if (!probe.callerWaited)
                {
                    // Only the calling thread reads and writes this flag.
                    probe.callerWaited = true;
                    probe.workerRan.Wait(probe.patience);
                }
            }
        }

        /// <summary>Sets the offset both kernels read (the eager copy has its own AsyncLocal).</summary>
        private static void Offset(int value)
        {
            AmbientKernels.Offset.Value = value;
            AmbientKernelsEager.Offset.Value = value;
        }
    }
}
