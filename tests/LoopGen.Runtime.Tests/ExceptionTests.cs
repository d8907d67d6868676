using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CsCheck;
using LoopGen.Runtime.Tests.Harness;
using LoopGen.Runtime.Tests.Kernels;
using Xunit;

namespace LoopGen.Runtime.Tests
{
    /// <summary>
    /// Kernels that throw at data-dependent positions: MParallel must throw M's exception (type and
    /// message, hence position), unwrapped. The harness compares the outcomes of every form.
    /// </summary>
    public class ExceptionTests
    {
        private static readonly Type K = typeof(ExceptionKernels);
        private static readonly Type E = typeof(ExceptionKernelsEager);

        /// <summary>Mostly positive values with a few negatives (or zeros) sprinkled in: several throwing positions.</summary>
        private static Gen<int[]> Sprinkled(int rare, int low, int high) =>
            Gens.Ints(low, high).SelectMany(a => Gen.Int[0, 99].Array[a.Length].Select(p => a.Select((v, i) => p[i] < 8 ? rare : v).ToArray()));

        [Fact]
        public void RejectNegative() => Gens.Differential(K, E, nameof(ExceptionKernels.RejectNegative), Gen.Select(Sprinkled(-1, 0, 30), Sprinkled(-2, 1, 30)), t => new object?[] { t.Item1, t.Item2 }, expectThrows: true);

        [Fact]
        public void Quotients() => Gens.Differential(K, E, nameof(ExceptionKernels.Quotients), Gen.Select(Gens.IntList(-100, 100), Sprinkled(0, 1, 9).Select(a => a.ToList())), t => new object?[] { t.Item1, t.Item2 }, expectThrows: true);

        [Fact]
        public void QuotientSum() => Gens.Differential(K, E, nameof(ExceptionKernels.QuotientSum), Gen.Select(Gens.Ints(0, 60), Gens.Ints(60, 120)).Select((a, b) => (a, b.Select((v, i) => i % 7 == 3 && a.Length > 0 ? a[(i * 5) % a.Length] : v).ToArray())), t => new object?[] { t.Item1, t.Item2 }, expectThrows: true);

        [Fact]
        public void TriangleChecked() => Gens.Differential(K, E, nameof(ExceptionKernels.TriangleChecked), Gens.Ints(0, 60), a => new object?[] { a }, expectThrows: true);

        [Fact]
        public void ValidatedGrid() => Gens.Differential(K, E, nameof(ExceptionKernels.ValidatedGrid), Gen.Select(Sprinkled(80, 0, 40), Sprinkled(30, 0, 40)), t => new object?[] { t.Item1, t.Item2 }, expectThrows: true);

        [Fact]
        public void OutOfRange() => Gens.Differential(K, E, nameof(ExceptionKernels.OutOfRange), Gen.Select(Gens.Ints(-1, 12), Gens.Ints(0, 9)), t => new object?[] { t.Item1, t.Item2 }, expectThrows: true);

        [Fact]
        public void FilledUntilOverflow()
        {
            var gen = Gen.Select(Sprinkled(int.MaxValue / 2, -1000, 1000), Sprinkled(5, -1000, 1000), Gen.Int[-1, 1]);
            Gens.Differential(K, E, nameof(ExceptionKernels.FilledUntilOverflow), gen, t => new object?[] { t.Item1, t.Item2, new long[Math.Max(0, t.Item1.Length + t.Item3)] }, expectThrows: true);
        }

        /// <summary>Large inputs with a few throwing cells far apart: the parallel path, and the first one in sequential order.</summary>
        [Fact]
        public void LargeInputsThrowTheFirstException()
        {
            var rnd = new Random(3);
            for (int round = 0; round < 6; round++)
            {
                int[] a = Enumerable.Range(0, 600).Select(_ => rnd.Next(1, 30)).ToArray();
                int[] b = Enumerable.Range(0, 600).Select(_ => rnd.Next(1, 30)).ToArray();
                for (int k = 0; k < 3; k++)
                {
                    a[rnd.Next(a.Length)] = -1;
                    b[rnd.Next(b.Length)] = 0;
                }

                var outcome = Twins.Check(K, nameof(ExceptionKernels.RejectNegative), new object?[] { a, b });
                Assert.True(outcome.SawParallel && outcome.Threw);
                outcome = Twins.Check(K, nameof(ExceptionKernels.Quotients), new object?[] { a.ToList(), b.ToList() });
                Assert.True(outcome.SawParallel && outcome.Threw);
                outcome = Twins.Check(K, nameof(ExceptionKernels.ValidatedGrid), new object?[] { a.Select(x => x + 40).ToArray(), b.Select(x => x + (x == 0 ? 60 : 10)).ToArray() });
                Assert.True(outcome.SawParallel && outcome.Threw);
                outcome = Twins.Check(K, nameof(ExceptionKernels.TriangleChecked), new object?[] { Enumerable.Range(0, 800).Select(i => i == 780 || i == 400 + round ? 7 : i * 3 + 1).ToArray() });
                Assert.True(outcome.SawParallel && outcome.Threw);
            }
        }

        [Fact]
        public void UnwrappedNotAggregate()
        {
            // Spelled out once without the harness: the exception itself, not an AggregateException.
            int[] a = { 1, 2, -3, 4 };
            int[] b = { 1, 2, 3 };
            var expected = Assert.Throws<InvalidOperationException>(() => ExceptionKernels.RejectNegative(a, b));
            Assert.Equal("negative product at (2, 0): -3", expected.Message); // worked out by hand
            foreach (int d in new[] { 1, 2, 4 })
            {
                var actual = Assert.Throws<InvalidOperationException>(() => ExceptionKernelsEager.RejectNegativeParallel(a, b, new ParallelOptions { MaxDegreeOfParallelism = d }));
                Assert.Equal(expected.Message, actual.Message);
            }
        }

        [Fact]
        public void PreCancelledTokenThrowsOperationCanceled()
        {
            using var cts = new CancellationTokenSource();
            cts.Cancel();
            var options = new ParallelOptions { CancellationToken = cts.Token };
            Assert.ThrowsAny<OperationCanceledException>(() => ExceptionKernels.SlowSumParallel(10, 10, options));
            Assert.ThrowsAny<OperationCanceledException>(() => ResultShapeKernels.ProductsParallel(new() { 1, 2 }, new() { 3 }, options));
            Assert.ThrowsAny<OperationCanceledException>(() => ResultShapeKernelsEager.ProductsParallel(new() { 1, 2 }, new() { 3 }, options));
            Assert.ThrowsAny<OperationCanceledException>(() => ReductionKernelsEager.SumOfProductsParallel(new[] { 1, 2 }, new[] { 3 }, options));
        }

        [Fact]
        public void TokenCancelledWhileTheBodyRunsThrowsOperationCanceled()
        {
            // A helper task cancels the token 15 ms after it is queued, while the calling thread is
            // already inside the (slow) body: the remaining chunks must not all run.
            for (int round = 0; round < 5; round++)
            {
                using var cts = new CancellationTokenSource();
                var scheduler = new CancellingScheduler(cts);
                var options = new ParallelOptions { CancellationToken = cts.Token, MaxDegreeOfParallelism = 2 + (round % 3), TaskScheduler = scheduler };
                var started = DateTime.UtcNow;
                var ex = Assert.ThrowsAny<OperationCanceledException>(() => ExceptionKernels.SlowSumParallel(300, 300, options));
                Assert.Equal(cts.Token, ex.CancellationToken);
                Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(5), "cancellation did not stop the loop early");
            }

            // And cancelled from another thread after a few milliseconds. A dedicated thread rather than
            // CancellationTokenSource's timer, which runs on the pool and can be late on a busy machine.
            using var timed = new CancellationTokenSource();
            var canceller = new Thread(() =>
            {
                Thread.Sleep(30);
                timed.Cancel();
            });
            canceller.Start();
            Assert.ThrowsAny<OperationCanceledException>(() => ExceptionKernels.SlowSumParallel(400, 400, new ParallelOptions { CancellationToken = timed.Token }));
            canceller.Join();
        }

        private sealed class CancellingScheduler : TaskScheduler
        {
            private readonly CancellationTokenSource cts;

            public CancellingScheduler(CancellationTokenSource cts) => this.cts = cts;

            protected override void QueueTask(Task task)
            {
                // A dedicated thread, not the pool: under a busy test run the pool may start the item only after
                // the loop has finished (and the test has disposed the source).
                var thread = new Thread(() =>
                {
                    Thread.Sleep(15);
                    try
                    {
                        this.cts.Cancel();
                    }
                    catch (ObjectDisposedException)
                    {
                        // The loop already ended; nothing left to cancel.
                    }

                    this.TryExecuteTask(task);
                })
                { IsBackground = true };
                thread.Start();
            }

            protected override bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued) => this.TryExecuteTask(task);

            protected override System.Collections.Generic.IEnumerable<Task> GetScheduledTasks() => Array.Empty<Task>();
        }
    }
}
