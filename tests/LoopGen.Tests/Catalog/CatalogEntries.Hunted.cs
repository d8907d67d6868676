using System.Collections.Generic;

namespace LoopGen.Tests.Catalog
{
    /// <summary>
    /// Entries written to hunt false acceptances: aliasing the analysis cannot see from the syntax, and
    /// state reached through calls. Each has its CORRECT expectation; one the product misses is marked
    /// with <see cref="CatalogEntry.Bug"/> and moves to the known-bug list.
    /// </summary>
    internal static partial class CatalogEntries
    {
        private static IEnumerable<CatalogEntry> Hunted()
        {
            // A one-dimensional array parameter may be a row of a jagged parameter: M(a, a[k]).
            yield return new CatalogEntry("JaggedRowPassedAsVector", """
                [Parallelize]
                public static void RowSums(double[][] a, double[] r)
                {
                    for (int i = 0; i < a.Length; i++)
                    {
                        double s = 0;
                        for (int j = 0; j < a[i].Length; j++)
                            s += a[i][j];
                        r[i] = s;
                    }
                }
                """) { Report = "row", Large = 1500 };

            // An interface parameter may be the very array the nest writes: M(r, r).
            yield return new CatalogEntry("ReadOnlyListAliasOfWrittenArray", """
                [Parallelize]
                public static void Spread(int[] r, IReadOnlyList<int> xs)
                {
                    int n = r.Length;
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i] += xs[(i + j + 1) % n] & 7;
                }
                """) { Report = "row", Large = 1500 };

            // The same through IList<T>, written by a flattened nest.
            yield return new CatalogEntry("ListInterfaceAliasOfWrittenGrid", """
                [Parallelize]
                public static void Copy(int[] r, IList<int> xs)
                {
                    int n = r.Length;
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i] = xs[(i + j + 1) % n] + j;
                }
                """) { Report = "row", Large = 1500 };

            // A local function declared before the nest writes a captured local.
            yield return new CatalogEntry("LocalFunctionWritesCapturedLocal", """
                [Parallelize]
                public static int Count(int[,] a)
                {
                    int count = 0;
                    void Bump() => count++;
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            if (a[i, j] > 0)
                                {|LG0102:Bump()|};
                    return count;
                }
                """);

            // A local function declared before the nest reads the array the nest writes.
            yield return new CatalogEntry("LocalFunctionReadsWrittenArray", """
                [Parallelize]
                public static int[,] Table(int n)
                {
                    var r = new int[n, n];
                    int Peek(int j) => r[0, j];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = i + {|LG0100:Peek(j)|};
                    return r;
                }
                """);

            // A local function declared before the nest reads the accumulator of a reduction.
            yield return new CatalogEntry("LocalFunctionReadsReduction", """
                [Parallelize]
                public static long Sum(int[,] a)
                {
                    long sum = 0;
                    long Peek() => sum;
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            sum += a[i, j] + ({|LG0100:Peek()|} & 1);
                    return sum;
                }
                """);

            // A helper reads the static array the nest writes, at another row.
            yield return new CatalogEntry("HelperReadsWrittenStaticArray", """
                private static int[] buffer = new int[0];

                private static int Peek(int j) => buffer[j];

                [Parallelize]
                public static int[] Run(int n)
                {
                    buffer = new int[n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            buffer[i] += {|LG0100:Peek((i + 1) % n)|} + j;
                    return (int[])buffer.Clone();
                }
                """);
        }
    }
}
