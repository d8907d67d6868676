using System.Collections.Generic;
using LoopGen.Runtime;
using Xunit;

namespace LoopGen.Tests
{
    /// <summary>
    /// The runtime's capacity helpers against the base library's own List&lt;T&gt;: the twin's lists must report the
    /// Capacity that M's, grown by single Adds, report (round 16).
    /// </summary>
    public sealed class Test_ListCapacity
    {
        [Fact]
        public void CapacityAfterAdds_IsWhatAddsLeave()
        {
            for (int initial = 0; initial <= 9; initial++)
            {
                var list = new List<int>(initial);
                for (int count = 0; count <= 300; count++)
                {
                    Assert.Equal(list.Capacity, ParallelLoop.CapacityAfterAdds(initial, count));
                    list.Add(count);
                }
            }
        }

        [Fact]
        public void GrowAsAdds_ThenAddRange_LeavesWhatAddsLeave()
        {
            for (int before = 0; before <= 20; before++)
            {
                for (int added = 0; added <= 40; added++)
                {
                    var byAdd = new List<int>();
                    var byRange = new List<int>();
                    for (int k = 0; k < before; k++)
                    {
                        byAdd.Add(k);
                        byRange.Add(k);
                    }

                    var chunk = new List<int>();
                    for (int k = 0; k < added; k++)
                    {
                        byAdd.Add(k);
                        chunk.Add(k);
                    }

                    ParallelLoop.GrowAsAdds(byRange, byRange.Count + (long)chunk.Count);
                    byRange.AddRange(chunk);
                    Assert.Equal(byAdd, byRange);
                    Assert.Equal(byAdd.Capacity, byRange.Capacity);
                }
            }
        }

        [Fact]
        public void ListAsAdds_HasTheCapacityOfAListFilledByAdds()
        {
            for (int length = 0; length <= 40; length++)
            {
                var items = new int[length];
                var byAdd = new List<int>();
                for (int k = 0; k < length; k++)
                {
                    items[k] = k;
                    byAdd.Add(k);
                }

                List<int> made = ParallelLoop.ListAsAdds(items);
                Assert.Equal(byAdd, made);
                Assert.Equal(byAdd.Capacity, made.Capacity);
            }

            Assert.Equal(0, ParallelLoop.ListAsAdds<int>(null).Capacity);
        }
    }
}
