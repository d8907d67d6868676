using System.Collections.Generic;
using System.Linq;

namespace LoopGen.Tests.Catalog
{
    /// <summary>
    /// The catalog: at least 100 loop nests, accepted and rejected. <see cref="All"/> is the run list;
    /// <see cref="KnownBugs"/> holds entries whose CORRECT expectation the product does not meet yet.
    /// </summary>
    internal static partial class CatalogEntries
    {
        /// <summary>Gets the run list.</summary>
        public static IReadOnlyList<CatalogEntry> All { get; } = Everything().Where(e => e.Bug is null).ToList();

        /// <summary>Gets the known bugs, with their correct expectation (see the test that checks they still reproduce).</summary>
        public static IReadOnlyList<CatalogEntry> KnownBugs { get; } = Everything().Where(e => e.Bug is not null).ToList();

        /// <summary>Gets every entry, in the order of the files.</summary>
        private static IEnumerable<CatalogEntry> Everything()
            => Accepted().Concat(Rejected()).Concat(Hunted()).Concat(Issue8()).Concat(ArrayReductions())
                .Concat(RedTeam()).Concat(RedTeam2()).Concat(RedTeam3()).Concat(RedTeam4()).Concat(RedTeam5())
                .Concat(RedTeam6()).Concat(RedTeam7()).Concat(RedTeam8()).Concat(RedTeam9()).Concat(RedTeam10())
                .Concat(RedTeam11()).Concat(RedTeam12()).Concat(RedTeam13()).Concat(RedTeam14()).Concat(OuterBounds()).Concat(Review15()).Concat(RedTeam15()).Concat(RedTeam16()).Concat(RedTeam17()).Concat(Reductions18()).Concat(Review18()).Concat(RedTeam18()).Concat(StoredDelegates()).Concat(RowCapacity()).Concat(Prefill()).Concat(RedTeam19()).Concat(RedTeam21()).Concat(DelegateLocals()).Concat(Review21()).Concat(RedTeam22()).Concat(RedTeam23()).Concat(Review23()).Concat(Review24()).Concat(RedTeam24());
    }
}
