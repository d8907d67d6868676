using LoopGen.Analysis;
using Xunit;

namespace LoopGen.Tests
{
    /// <summary>
    /// The tests that count what the process-wide results caches (ClassificationCache) reused and computed. They run
    /// alone, after the others, and start from empty caches: a cache empties itself when it holds MaxSlots methods,
    /// and the catalog alone fills thousands of slots, so a concurrent test, or one that had nearly filled it, could
    /// empty it between a test's two compilations.
    /// </summary>
    [CollectionDefinition(Name, DisableParallelization = true)]
    public sealed class KeptResultsCollection : ICollectionFixture<KeptResultsCollection.EmptyCaches>
    {
        /// <summary>The collection's name.</summary>
        public const string Name = "Results kept across builds";

        /// <summary>Empties every results cache once, before the collection's first test.</summary>
        public sealed class EmptyCaches
        {
            /// <summary>Initializes a new instance of the <see cref="EmptyCaches"/> class, emptying the caches.</summary>
            public EmptyCaches() => ClassificationCaches.ClearAll();
        }
    }
}
