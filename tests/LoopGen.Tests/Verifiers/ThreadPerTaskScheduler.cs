using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace LoopGen.Tests.Verifiers
{
    /// <summary>
    /// Runs every task on a thread of its own, started at once. The twins' helper workers are tasks: on the default
    /// scheduler they wait for a free thread-pool thread, which the test host often keeps busy with other tests, and
    /// the calling thread may finish every chunk before a helper starts, in order, like the original loop. Comparisons
    /// meant to catch a race need the workers side by side.
    /// </summary>
    internal sealed class ThreadPerTaskScheduler : TaskScheduler
    {
        /// <summary>Gets the one instance (it holds no state).</summary>
        public static ThreadPerTaskScheduler Instance { get; } = new ThreadPerTaskScheduler();

        /// <inheritdoc/>
        protected override void QueueTask(Task task) => new Thread(() => this.TryExecuteTask(task)) { IsBackground = true }.Start();

        /// <inheritdoc/>
        protected override bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued) => false;

        /// <inheritdoc/>
        protected override IEnumerable<Task> GetScheduledTasks() => Array.Empty<Task>();
    }
}
