using System.Collections.Generic;

namespace LoopGen.Tests.Catalog
{
    /// <summary>Red-team candidates for false acceptances, each with its CORRECT expectation.</summary>
    internal static partial class CatalogEntries
    {
        private static IEnumerable<CatalogEntry> RedTeam()
        {
            // The stride key "4" of the int literal equals the key of the char literal '4' (52): rows overlap.
            yield return new CatalogEntry("RtStridedCharLiteralBound", """
                [Parallelize]
                public static int[] Fill(int n)
                {
                    var r = new int[n * 4 + 64];
                    for (int i = 0; i < n; i++)
                        for (int k = 0; k < '4'; k++)
                            {|LG0106:r[i * 4 + k]|} = r[i * 4 + k] * 3 + i + 1;
                    return r;
                }
                """);

            // Two static readonly fields of different classes with the same name: A.S = 2, B.S = 8.
            yield return new CatalogEntry("RtStridedSameNamedFields", """
                private static class A { public static readonly int S = 2; }
                private static class B { public static readonly int S = 8; }

                [Parallelize]
                public static int[] Fill(int n)
                {
                    var r = new int[n * 2 + 8];
                    for (int i = 0; i < n; i++)
                        for (int k = 0; k < B.S; k++)
                            {|LG0106:r[i * A.S + k]|} = r[i * A.S + k] * 3 + i + 1;
                    return r;
                }
                """);

            // Columnar: outer bound B.S = 8, stride A.S = 2.
            yield return new CatalogEntry("RtColumnarSameNamedFields", """
                private static class A { public static readonly int S = 2; }
                private static class B { public static readonly int S = 8; }

                [Parallelize]
                public static long[] Fill(int n)
                {
                    var r = new long[(long)n * 2 + 8];
                    for (int i = 0; i < B.S; i++)
                        for (int j = 0; j < n; j++)
                            {|LG0106:r[(long)j * A.S + i]|} = r[(long)j * A.S + i] * 3 + i + 1;
                    return r;
                }
                """);

            // The inner bound reads the previous row's element, which the previous iteration writes.
            yield return new CatalogEntry("RtInnerBoundReadsPreviousRow", """
                [Parallelize]
                public static void Run(int[] r)
                {
                    for (int i = 1; i < r.Length; i++)
                        for (int j = 0; j < ({|LG0100:r[i - 1]|} & 7); j++)
                            r[i] += 1;
                }
                """);

            // The inner bound reads a reduction accumulator.
            yield return new CatalogEntry("RtInnerBoundReadsReduction", """
                [Parallelize]
                public static int Run(int[] a)
                {
                    int sum = 0;
                    for (int i = 0; i < a.Length; i++)
                        for (int j = 0; j < ({|LG0100:sum|} & 3) + 1; j++)
                            sum += a[i] & 5;
                    return sum;
                }
                """);

            // A selection's guard reads the accumulator: M stops growing max at 20.
            yield return new CatalogEntry("RtSelectionGuardReadsAccumulator", """
                [Parallelize]
                public static int Max(int[,] a)
                {
                    int max = 0;
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            if ({|LG0100:max|} < 20 && a[i, j] > max) max = a[i, j];
                    return max;
                }
                """);

            // A selection that stores another value than the one it compares.
            yield return new CatalogEntry("RtSelectionAssignsOtherValue", """
                [Parallelize]
                public static int Max(int[,] a)
                {
                    int max = 0;
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            if (a[i, j] > {|LG0100:max|}) max = a[i, j] + 1;
                    return max;
                }
                """);

            // Arg-max: the index is a shared local written under the selection.
            yield return new CatalogEntry("RtArgMaxCarriesIndex", """
                [Parallelize]
                public static int ArgMax(int[,] a)
                {
                    int max = int.MinValue;
                    int at = -1;
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            if (a[i, j] > {|LG0100:max|}) { max = a[i, j]; {|LG0101:at = i * 100000 + j|}; }
                    return at;
                }
                """);

            // A BCL method of a private array writes into a shared array argument.
            yield return new CatalogEntry("RtPrivateArrayCopyToShared", """
                [Parallelize]
                public static void Run(int[] r, int n)
                {
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                        {
                            var tmp = new int[] { i, j };
                            {|LG0102:tmp.CopyTo(r, (i + j) % (r.Length - 1))|};
                        }
                }
                """);

            // A Random created per iteration fills a shared buffer.
            yield return new CatalogEntry("RtPrivateRandomNextBytesShared", """
                [Parallelize]
                public static long Run(int n)
                {
                    var buf = new byte[8];
                    long s = 0;
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                        {
                            var rng = new Random(i * 1000 + j);
                            {|LG0102:rng.NextBytes(buf)|};
                            s += buf[j & 7];
                        }
                    return s;
                }
                """);

            // A ref-returning helper hands out an element of a static array; the nest writes through it.
            yield return new CatalogEntry("RtRefReturnHelperWritesStatic", """
                private static int[] buf = new int[4];

                private static ref int Slot(int k) => ref buf[k];

                [Parallelize]
                public static int[] Run(int[,] a)
                {
                    buf = new int[4];
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            {|LG0107:Slot(j & 3) = a[i, j] + Slot((j + 1) & 3)|};
                    return (int[])buf.Clone();
                }
                """);

            // A helper writes a static through a ref local.
            yield return new CatalogEntry("RtHelperRefLocalWritesStatic", """
                private static int hits;

                private static void Bump() { ref int h = ref hits; h++; }

                [Parallelize]
                public static int Count(int[,] a)
                {
                    hits = 0;
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            if (a[i, j] > 0)
                                {|LG0102:Bump()|};
                    return hits;
                }
                """);

            // A helper writes a static through a deconstruction.
            yield return new CatalogEntry("RtHelperDeconstructionWritesStatic", """
                private static int hits;

                private static void Bump(int v) { (hits, _) = (hits + v, 0); }

                [Parallelize]
                public static int Count(int[,] a)
                {
                    hits = 0;
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            {|LG0102:Bump(a[i, j] & 1)|};
                    return hits;
                }
                """);

            // A helper's owned array local is replaced by a static array through a deconstruction.
            yield return new CatalogEntry("RtHelperOwnedLocalReplacedByDeconstruction", """
                private static int[] store = new int[1];

                private static void Put(int v) { var a = new int[1]; (a, _) = (store, 0); a[0] += v; }

                [Parallelize]
                public static int Count(int[,] a)
                {
                    store = new int[1];
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            {|LG0102:Put(a[i, j] & 1)|};
                    return store[0];
                }
                """);

            // A lambda written in the nest, passed to a helper that runs it, writes a static.
            yield return new CatalogEntry("RtLambdaPassedToHelperWritesStatic", """
                private static int hits;

                private static void Apply(Action f) => f();

                [Parallelize]
                public static int Count(int[,] a)
                {
                    hits = 0;
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            {|LG0004:Apply(() => {|LG0102:hits++|})|};
                    return hits;
                }
                """);

            // A Span over a parameter array, declared in the body, written at a shared element.
            yield return new CatalogEntry("RtSpanLocalOverParameterWritten", """
                [Parallelize]
                public static void Run(int[] r, int n)
                {
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                        {
                            Span<int> s = r;
                            {|LG0102:s[(i + j) % s.Length] = s[(i + j + 1) % s.Length] + 1|};
                        }
                }
                """);

            // A List<int> parameter written through its indexer.
            yield return new CatalogEntry("RtListParameterIndexerSet", """
                [Parallelize]
                public static void Run(List<int> xs, int n)
                {
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            {|LG0102:xs[(i + j) % xs.Count] = i|};
                }
                """);

            // Flattened, (i, j) would read a[i, k, j], which iteration (i, k) writes: the slabs of i are independent,
            // the pairs (i, j) are not. Accepted one task per row (it was flattened, with wrong results).
            yield return new CatalogEntry("RtRank3TransposedInSlab", """
                [Parallelize]
                public static int[,,] Run(int n)
                {
                    var a = new int[n, n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            for (int k = 0; k < n; k++)
                                a[i, j, k] = a[i, k, j] + j + k + 1;
                    return a;
                }
                """) { Report = "row", Large = 40 };

            // A ref local declared before the nest aliases an element of the written array and accumulates.
            yield return new CatalogEntry("RtRefLocalAccumulatorAliasesWrittenArray", """
                [Parallelize]
                public static int[] Run(int n)
                {
                    var r = new int[n];
                    ref int total = ref r[0];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                        {
                            {|LG0107:total|} += 1;
                            r[i] = j;
                        }
                    return r;
                }
                """);

            // Two names for one accumulator, with different reduction families (the ref taken to it also makes 's' no
            // reduction: LG0101, since stop 15).
            yield return new CatalogEntry("RtRefLocalAliasOfReduction", """
                [Parallelize]
                public static int Run(int[,] a)
                {
                    int s = 0;
                    ref int t = ref s;
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                        {
                            {|LG0101:s = Math.Max(s, a[i, j])|};
                            {|LG0107:t|} += 1;
                        }
                    return s;
                }
                """);
        }
    }
}
