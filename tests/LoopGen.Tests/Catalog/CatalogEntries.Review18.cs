using System;
using System.Collections.Generic;

namespace LoopGen.Tests.Catalog
{
    /// <summary>
    /// Stop 16's review of the day's changes: values given to a helper beside a written array. A list interface given
    /// to a helper is compared with the written arrays by reference, which is enough only for an array or a List&lt;T&gt;:
    /// another class (ReadOnlyCollection) wraps the array without being it, so the twin must check the object's class
    /// before the nest and run the original loop otherwise. A field holding a view of the array is not compared at all:
    /// rejected.
    /// </summary>
    internal static partial class CatalogEntries
    {
        private static IEnumerable<CatalogEntry> Review18()
        {
            // A ReadOnlyCollection over the written array, given to a helper through an IReadOnlyList<int> parameter: each
            // cell reads the next row's cell, which M has not written yet (the last row reads the first, already written).
            yield return new CatalogEntry("Rv18ReadOnlyCollectionOfTheWrittenArrayGivenToHelper", """
                private static int Peek(IReadOnlyList<int> v, int k) => v[k];

                [Parallelize]
                public static int[] Run(int[] h, IReadOnlyList<int> view, int n)
                {
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            h[i * n + j] = {|LG0004:Peek(view, ((i + 1) % n) * n + j)|} + 1;
                    return h;
                }
                """)
            {
                Report = "flattened",
                Large = 800,
                Inputs = (rng, size) =>
                {
                    var h = new int[size * size];
                    for (int k = 0; k < h.Length; k++) h[k] = rng.Next(100);
                    return new object?[] { h, Array.AsReadOnly(h), size };
                },
            };

            // A static field holding an ArraySegment of the written array, given to a helper: rejected.
            yield return new CatalogEntry("Rv18FieldHoldingASegmentGivenToHelper", """
                private static ArraySegment<int> Seg;
                private static int First(ArraySegment<int> s) => s.Array![s.Offset];

                [Parallelize]
                public static int[] Run(int[] h, int n)
                {
                    Seg = new ArraySegment<int>(h);
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            h[i * n + j] = {|LG0100:First(Seg)|} + 1;
                    return h;
                }
                """);
        }
    }
}
