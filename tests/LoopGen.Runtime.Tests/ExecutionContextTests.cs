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
            // Each chunk sleeps, and the pool is given threads to spare (the test runner keeps some busy), so that with
            // the flow on the workers do take some of the 64 chunks: the control below checks it.
            ThreadPool.GetMinThreads(out int workers, out int ports);
            ThreadPool.SetMinThreads(Math.Max(workers, 8), ports);
            try
            {
                LoopPlan plan = ParallelLoop.PlanRows(64, 4);
                int caller = Environment.CurrentManagedThreadId;
                var suppressed = new ConcurrentBag<int>();
                using (ExecutionContext.SuppressFlow())
                {
                    ParallelLoop.Run(plan, null, suppressed, RecordThread);
                }

                Assert.Equal(plan.ChunkCount, suppressed.Count);
                Assert.All(suppressed, thread => Assert.Equal(caller, thread));

                var flowing = new ConcurrentBag<int>();
                ParallelLoop.Run(plan, null, flowing, RecordThread);
                Assert.Equal(plan.ChunkCount, flowing.Count);
                Assert.Contains(flowing, thread => thread != caller);
            }
            finally
            {
                ThreadPool.SetMinThreads(workers, ports);
            }
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

        private static void RecordThread(ConcurrentBag<int> seen, int chunk, long start, long end)
        {
            seen.Add(Environment.CurrentManagedThreadId);
            Thread.Sleep(2);
        }

        /// <summary>Sets the offset both kernels read (the eager copy has its own AsyncLocal).</summary>
        private static void Offset(int value)
        {
            AmbientKernels.Offset.Value = value;
            AmbientKernelsEager.Offset.Value = value;
        }
    }
}
