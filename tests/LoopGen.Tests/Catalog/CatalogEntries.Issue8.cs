using System.Collections.Generic;
using System.Linq;

namespace LoopGen.Tests.Catalog
{
    /// <summary>
    /// Issue 8.4: legal nests that were rejected, each with the close variant that must stay rejected
    /// (and with which diagnostic).
    /// </summary>
    internal static partial class CatalogEntries
    {
        private static IEnumerable<CatalogEntry> Issue8()
        {
            // ------------------------------------------------------------ 6. unsafe without pointers

            // 'unsafe' alone changes nothing the twin copies: no pointer, no fixed, no sizeof of a struct.
            yield return new CatalogEntry("UnsafeMethodWithoutPointers", """
                [Parallelize]
                public static unsafe long Sum(int[,] a)
                {
                    long s = 0;
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            s += a[i, j];
                    return s;
                }
                """) { Report = "flattened", Large = 300 };

            yield return new CatalogEntry("UnsafeClassWithoutPointers", """
                public static unsafe partial class K
                {
                    [Parallelize]
                    public static int[,] Table(int n)
                    {
                        var r = new int[n, n];
                        for (int i = 0; i < n; i++)
                            for (int j = 0; j < n; j++)
                                r[i, j] = (i * 31) ^ j;
                        return r;
                    }
                }
                """) { Report = "flattened", Raw = true, Large = 300 };

            // A pointer anywhere in the method needs the unsafe context the twin does not have.
            yield return new CatalogEntry("UnsafeMethodWithPointerBeforeNest", """
                [Parallelize]
                public static unsafe long {|LG0109:Sum|}(int[,] a)
                {
                    long s = 0;
                    long* p = &s;
                    *p = 1;
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            s += a[i, j];
                    return s;
                }
                """);

            yield return new CatalogEntry("UnsafeClassSizeOfStruct", """
                public struct Pair { public int A; public int B; }

                public static unsafe partial class K
                {
                    [Parallelize]
                    public static long {|LG0109:Sum|}(int[,] a)
                    {
                        long s = sizeof(Pair);
                        for (int i = 0; i < a.GetLength(0); i++)
                            for (int j = 0; j < a.GetLength(1); j++)
                                s += a[i, j];
                        return s;
                    }
                }
                """) { Raw = true };

            // ------------------------------------------------------------ 7. an overload named like the twin

            yield return new CatalogEntry("UnrelatedOverloadNamedLikeTwin", """
                public static long SumParallel(int x) => x;

                [Parallelize]
                public static long Sum(int[,] a)
                {
                    long s = 0;
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            s += a[i, j];
                    return s;
                }
                """) { Report = "flattened", Large = 300 };

            // The options overload is a real clash too.
            yield return new CatalogEntry("TwinOptionsOverloadTaken", """
                public static long SumParallel(int[,] a, System.Threading.Tasks.ParallelOptions options) => 0;

                [Parallelize]
                public static long {|LG0109:Sum|}(int[,] a)
                {
                    long s = 0;
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            s += a[i, j];
                    return s;
                }
                """);

            // Same signature up to the names of the method's type parameters: a clash.
            yield return new CatalogEntry("GenericTwinTaken", """
                public static T[] FillParallel<U, T>(T[] xs, int n) => xs;

                [Parallelize]
                public static T[] {|LG0109:Fill|}<A, T>(T[] xs, int n)
                {
                    for (int i = 0; i < xs.Length; i++)
                        for (int j = 0; j < n; j++)
                            xs[i] = xs[i];
                    return xs;
                }
                """);

            // A property named like the twin: any member of that name clashes with a method.
            yield return new CatalogEntry("TwinNameTakenByProperty", """
                public static int SumParallel => 0;

                [Parallelize]
                public static long {|LG0109:Sum|}(int[,] a)
                {
                    long s = 0;
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            s += a[i, j];
                    return s;
                }
                """);
        }
    }
}
