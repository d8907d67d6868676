using System.Collections.Generic;
using System.Linq;
using Xunit;
using Xunit.Abstractions;

namespace LoopGen.Tests.Catalog
{
    /// <summary>
    /// The catalog of loop nests (<see cref="CatalogEntries"/>): the real analyzer must report exactly the
    /// expected LoopGen diagnostics on each, and every accepted nest's generated twin must behave as the
    /// original on random inputs, with aliased arguments too.
    /// </summary>
    public sealed class Test_Catalog
    {
        private readonly ITestOutputHelper output;

        public Test_Catalog(ITestOutputHelper output)
        {
            this.output = output;
        }

        /// <summary>Gets the names of all entries in the run list.</summary>
        public static TheoryData<string> AllNames => Data(CatalogEntries.All);

        /// <summary>Gets the names of the accepted entries in the run list (not those accepted only on the user's word for a call that races).</summary>
        public static TheoryData<string> AcceptedNames => Data(CatalogEntries.All.Where(e => e.Accepted && !e.Racy));

        [Fact]
        public void Catalog_HasAtLeastHundredEntries_WithUniqueNames()
        {
            var all = CatalogEntries.All.Concat(CatalogEntries.KnownBugs).ToList();
            Assert.True(all.Count >= 100, $"the catalog has {all.Count} entries");
            Assert.Equal(all.Count, all.Select(e => e.Name).Distinct().Count());
            Assert.Contains(all, e => e.Accepted);
            Assert.Contains(all, e => !e.Accepted);
        }

        [Fact]
        public void Catalog_CompilesAndLoads()
        {
            Assert.True(CatalogRun.Current.GlobalProblems.Count == 0, string.Join("\n", CatalogRun.Current.GlobalProblems));
            Assert.NotNull(CatalogRun.Current.Assembly);
            this.output.WriteLine(string.Join(", ", CatalogRun.Current.Timings));
        }

        [Theory]
        [MemberData(nameof(AllNames))]
        public void Catalog_Diagnostics(string name)
        {
            List<string> failures = CatalogChecks.CheckDiagnostics(Find(name));
            Assert.True(failures.Count == 0, name + ":\n" + string.Join("\n", failures));
        }

        [Theory]
        [MemberData(nameof(AcceptedNames))]
        public void Catalog_Differential(string name)
        {
            List<string> failures = CatalogChecks.CheckDifferential(Find(name));
            Assert.True(failures.Count == 0, name + ":\n" + string.Join("\n", failures));
        }

        /// <summary>
        /// Known product bugs, kept with their CORRECT expectation. This test passes while every bug is still
        /// there; when it fails, a bug is fixed: move its entry from <see cref="CatalogEntries.KnownBugs"/>
        /// to the run list.
        /// </summary>
        [Fact]
        public void Catalog_KnownBugs_StillReproduce()
        {
            var fixedOnes = new List<string>();
            foreach (CatalogEntry entry in CatalogEntries.KnownBugs)
            {
                var failures = CatalogChecks.CheckDiagnostics(entry);
                if (entry.Accepted && failures.Count == 0)
                {
                    failures = CatalogChecks.CheckDifferential(entry);
                }

                if (failures.Count == 0)
                {
                    fixedOnes.Add($"{entry.Name} ({entry.Bug})");
                }
            }

            Assert.True(fixedOnes.Count == 0, "now meet their expectation, move them to the run list: " + string.Join(", ", fixedOnes));

            // The list may be empty (no bug known): the checks it relies on must still tell an unmet expectation,
            // here an accepted nest expected to be rejected, from a met one.
            CatalogEntry accepted = CatalogEntries.All.First(e => e.Accepted && !e.Racy);
            Assert.Empty(CatalogChecks.CheckDiagnostics(accepted));
            Assert.Contains(CatalogChecks.CheckDiagnostics(accepted with { Report = null }), f => f.StartsWith("rejected entry got an LG0003 report", System.StringComparison.Ordinal));
        }

        private static CatalogEntry Find(string name)
            => CatalogEntries.All.Concat(CatalogEntries.KnownBugs).Single(e => e.Name == name);

        private static TheoryData<string> Data(IEnumerable<CatalogEntry> entries)
        {
            var data = new TheoryData<string>();
            foreach (CatalogEntry entry in entries)
            {
                data.Add(entry.Name);
            }

            return data;
        }
    }
}
