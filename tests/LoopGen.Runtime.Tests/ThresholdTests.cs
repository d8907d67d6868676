using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using LoopGen.Runtime.Tests.Harness;
using LoopGen.Runtime.Tests.Kernels;
using Xunit;

namespace LoopGen.Runtime.Tests
{
    /// <summary>
    /// Below MinParallelWork the twin runs the original loop on the calling thread: no task is queued,
    /// not even a cancelled or empty one. A counting scheduler passed through ParallelOptions sees every
    /// task the twin would start.
    /// </summary>
    public class ThresholdTests
    {
        [Fact]
        public void SmallInputsQueueNoTask()
        {
            var outer = new List<int> { 1, 2, 3 };
            var inner = new List<int> { 4, 5, 6 };
            foreach (int degree in new[] { -1, 1, 2, 4 })
            {
                var scheduler = new CountingScheduler();
                var options = new ParallelOptions { MaxDegreeOfParallelism = degree, TaskScheduler = scheduler };
                List<List<int>> table = ResultShapeKernels.ProductsParallel(outer, inner, options);
                Assert.Equal(new[] { 4, 5, 6, 8, 10, 12, 12, 15, 18 }, table.SelectMany(r => r).ToArray());
                Assert.Equal(0, scheduler.Queued);

                // And at the other end, with no work at all.
                Assert.Empty(ResultShapeKernels.ProductsParallel(new List<int>(), inner, options));
                Assert.Equal(0, scheduler.Queued);
            }
        }

        [Fact]
        public void LargeInputsQueueTasksUpToTheDegree()
        {
            var big = Enumerable.Range(-400, 800).ToList();
            foreach (int degree in new[] { 2, 3, 4 })
            {
                var scheduler = new CountingScheduler();
                var options = new ParallelOptions { MaxDegreeOfParallelism = degree, TaskScheduler = scheduler };
                List<List<int>> table = ResultShapeKernels.ProductsParallel(big, big, options);
                Assert.Equal(big.Count, table.Count);
                Assert.Equal(big[5] * big[7], table[5][7]);

                // The calling thread is one of the workers: at most degree - 1 helpers are queued.
                Assert.InRange(scheduler.Queued, 1, degree - 1);
            }
        }
    }
}

namespace LoopGen.Runtime.Tests
{
    /// <summary>The exception from the parallel path keeps the stack trace of the throw in the body.</summary>
    public static partial class StackTraceKernels
    {
        [Parallelize(MinParallelWork = 1)]
        public static long Checked(int[] values, int columns)
        {
            long total = 0;
            for (int i = 0; i < values.Length; i++)
            {
                for (int j = 0; j < columns; j++)
                {
                    total += Validate(values[i]) + j;
                }
            }

            return total;
        }

        private static int Validate(int value)
            => value >= 0 ? value : throw new System.ArgumentOutOfRangeException(nameof(value), value, "negative value");
    }

    public class StackTraceTests
    {
        [Fact]
        public void ParallelPathKeepsTheThrowSite()
        {
            int[] values = Enumerable.Range(0, 400).Select(v => v == 311 ? -7 : v).ToArray();
            var sequential = Assert.Throws<System.ArgumentOutOfRangeException>(() => StackTraceKernels.Checked(values, 300));
            var parallel = Assert.Throws<System.ArgumentOutOfRangeException>(() => StackTraceKernels.CheckedParallel(values, 300, new ParallelOptions { MaxDegreeOfParallelism = 4 }));
            Assert.Equal(sequential.Message, parallel.Message);
            Assert.Equal(-7, parallel.ActualValue);
            Assert.Contains(nameof(StackTraceKernels) + ".Validate", parallel.StackTrace);
            Assert.Contains(nameof(StackTraceKernels) + ".CheckedParallel", parallel.StackTrace);
        }
    }
}
