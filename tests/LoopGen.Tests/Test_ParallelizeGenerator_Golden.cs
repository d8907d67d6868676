using System.Linq;
using LoopGen.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace LoopGen.Tests
{
    /// <summary>
    /// Golden files of the generated code (Golden/*.cs.txt, the GeneratedCode version scrubbed), and a
    /// check that the output compilation has no errors and no warnings. Set LOOPGEN_UPDATE_GOLDEN=1 to
    /// rewrite the files, then review the diff.
    /// </summary>
    public sealed class Test_ParallelizeGenerator_Golden
    {
        [Fact]
        public void ColumnMajorFlatIndexWithRangeGuard() => Verify("ColumnMajorFlatIndexWithRangeGuard", """
            using LoopGen;

            namespace Samples
            {
                public static partial class Matrices
                {
                    // A column-major matrix in a flat array, indexed in int arithmetic: the twin checks that
                    // colDim * rowDim fits an int before it runs in parallel.
                    [Parallelize]
                    public static void Scale(double[] data, int rowDim, int colDim, double factor)
                    {
                        for (int i = 0; i < rowDim; i++)
                            for (int j = 0; j < colDim; j++)
                                data[j * rowDim + i] *= factor;
                    }
                }
            }
            """);

        [Fact]
        public void ReadOnlyListParametersReadInBody() => Verify("ReadOnlyListParametersReadInBody", """
            using System.Collections.Generic;
            using LoopGen;

            namespace Samples
            {
                public static partial class Signals
                {
                    // Inputs read through list interfaces: the twin runs in parallel only when each holds an array or
                    // a List<T>, whose indexer and Count are the base library's; another class's may not be thread-safe.
                    [Parallelize]
                    public static double[,] Correlate(IReadOnlyList<double> xs, IList<double> ys)
                    {
                        var r = new double[xs.Count, ys.Count];
                        for (int i = 0; i < r.GetLength(0); i++)
                            for (int j = 0; j < r.GetLength(1); j++)
                                r[i, j] = xs[i] * ys[j];
                        return r;
                    }
                }
            }
            """);

        [Fact]
        public void ArticleProducts() => Verify("ArticleProducts", """
            using System.Collections.Generic;
            using LoopGen;

            namespace Samples
            {
                public static partial class Tables
                {
                    [Parallelize]
                    public static List<List<int>> Products(List<int> outer, List<int> inner)
                    {
                        var results = new List<List<int>>();
                        foreach (var i in outer)
                        {
                            var row = new List<int>();
                            foreach (var j in inner)
                                row.Add(i * j);
                            results.Add(row);
                        }
                        return results;
                    }
                }
            }
            """);

        [Fact]
        public void ArticleTriangular() => Verify("ArticleTriangular", """
            using System.Collections.Generic;
            using LoopGen;

            namespace Samples
            {
                public static partial class Tables
                {
                    [Parallelize]
                    public static List<List<int>> Sums(List<int> values)
                    {
                        var results = new List<List<int>>();
                        foreach (var i in values)
                        {
                            var row = new List<int>();
                            for (int j = 0; j < i; j++)
                                row.Add(i + j);
                            results.Add(row);
                        }
                        return results;
                    }
                }
            }
            """);

        [Fact]
        public void RectangularFlattenedWithReduction() => Verify("RectangularFlattenedWithReduction", """
            using LoopGen;

            public static partial class Physics
            {
                [Parallelize(MaxDegreeOfParallelism = 4, MinParallelWork = 10000)]
                public static double Energy(double[,] grid, double[,] output)
                {
                    double total = 0;
                    for (int i = 0; i < grid.GetLength(0); i++)
                        for (int j = 0; j < grid.GetLength(1); j++)
                        {
                            double v = grid[i, j] * grid[i, j];
                            output[i, j] = v;
                            total += v;
                        }
                    return total;
                }
            }
            """);

        [Fact]
        public void JaggedRowPerTaskWithAliasCheck() => Verify("JaggedRowPerTaskWithAliasCheck", """
            using LoopGen;

            internal static partial class Filters
            {
                [Parallelize]
                internal static void Smooth(double[][] input, double[][] output)
                {
                    for (int i = 0; i < output.Length; i++)
                        for (int j = 1; j < output[i].Length - 1; j++)
                            output[i][j] = (input[i][j - 1] + input[i][j] + input[i][j + 1]) / 3;
                }
            }
            """);

        [Fact]
        public void GenericMethodInNestedNamespaceAndType() => Verify("GenericMethodInNestedNamespaceAndType", """
            using System;
            using System.Collections.Generic;

            namespace Outer.Inner
            {
                using LoopGen;
                using Pair = System.ValueTuple<int, int>;

                public partial class Host<TKey> where TKey : notnull
                {
                    internal static partial class Ops
                    {
                        [Parallelize]
                        public static List<T> Repeat<T>(IReadOnlyList<T> xs, int n) where T : struct, IComparable<T>
                        {
                            var result = new List<T>();
                            foreach (var x in xs)
                                for (int j = 0; j < n; j++)
                                {
                                    Pair p = (j, n);
                                    if (p.Item1 >= 0) result.Add(x);
                                }
                            return result;
                        }
                    }
                }
            }
            """);

        [Fact]
        public void CSharp73Consumer() => Verify("CSharp73Consumer", """
            using System.Collections.Generic;
            using LoopGen;

            namespace Legacy
            {
                public static partial class Tables
                {
                    [Parallelize]
                    public static List<List<int>> Products(List<int> outer, List<int> inner)
                    {
                        var results = new List<List<int>>();
                        foreach (var i in outer)
                        {
                            var row = new List<int>();
                            foreach (var j in inner)
                                row.Add(i * j);
                            results.Add(row);
                        }
                        return results;
                    }

                    [Parallelize]
                    public static long Sum(int[][] a, int m)
                    {
                        long sum = 0;
                        for (int i = 0; i < a.Length; i++)
                            for (int j = 0; j < m; j++)
                                sum += a[i][j];
                        return sum;
                    }
                }
            }
            """, new CSharpParseOptions(LanguageVersion.CSharp7_3), NullableContextOptions.Disable, expectedFiles: 2);

        [Fact]
        public void KeywordAndPrefixNames() => Verify("KeywordAndPrefixNames", """
            using System.Collections.Generic;
            using LoopGen;

            namespace @namespace.@object
            {
                public static partial class @class
                {
                    private static int __lg_helper(int x) => x + 1;

                    private static int __lg_ProductsParallel_Chunk0 = 4;

                    [Parallelize(MinParallelWork = 1)]
                    public static long @event<@in>(@in[] @params, int[] __lg_n, int @int) where @in : struct
                    {
                        long @checked = 0;
                        int __lg_src = 2;
                        const int @const = 3;
                        for (int @for = 0; @for < __lg_n.Length; @for++)
                            for (int @do = 0; @do < @int; @do++)
                                @checked += (__lg_n[@for] * @do) + __lg_helper(__lg_src) + @params.Length + @const + __lg_ProductsParallel_Chunk0;
                        return @checked;
                    }

                    [Parallelize]
                    public static List<List<int>> Products(List<int> @in, List<int> __lg_options, List<int> parallelOptions)
                    {
                        var @return = new List<List<int>>();
                        foreach (var @foreach in @in)
                        {
                            var @base = new List<int>();
                            foreach (var __lg_j in __lg_options)
                                @base.Add(@foreach * __lg_j + parallelOptions.Count);
                            @return.Add(@base);
                        }
                        return @return;
                    }
                }

                public partial class @struct<@in> where @in : class
                {
                    private readonly int @this = 1;

                    [Parallelize]
                    public List<@in> @default(@in[] @new, int @sizeof)
                    {
                        var @out = new List<@in>();
                        foreach (@in @ref in @new)
                            for (int @while = 0; @while < @sizeof + @this; @while++)
                                @out.Add(@ref);
                        return @out;
                    }
                }
            }
            """, new CSharpParseOptions(LanguageVersion.CSharp7_3), NullableContextOptions.Disable, expectedFiles: 3);

        [Fact]
        public void NullableDisabledFile() => Verify("NullableDisabledFile", """
            #nullable disable
            using System.Collections.Generic;
            using LoopGen;

            public partial class Names
            {
                [Parallelize]
                public List<string> Join(string[] first, List<string> last)
                {
                    var result = new List<string>();
                    foreach (string f in first)
                        foreach (string l in last)
                            result.Add(f == null ? l : f + " " + l);
                    return result;
                }
            }
            """);

        [Fact]
        public void ArrayReductionHistogramAndColumnSums() => Verify("ArrayReductionHistogramAndColumnSums", """
            using LoopGen;

            public static partial class Stats
            {
                [Parallelize]
                public static double[] Tally(int[][] rows, int[] hist)
                {
                    var cols = new double[8];
                    for (int i = 0; i < rows.Length; i++)
                        for (int j = 0; j < rows[i].Length; j++)
                        {
                            hist[rows[i][j]]++;
                            cols[j & 7] += rows[i][j] * 0.5;
                        }
                    return cols;
                }
            }
            """);

        [Fact]
        public void ArrayReductionCSharp73() => Verify("ArrayReductionCSharp73", """
            using LoopGen;

            namespace Legacy
            {
                public static partial class Masks
                {
                    [Parallelize(MinParallelWork = 4096)]
                    public static uint[,] Common(uint[] a, uint[] b)
                    {
                        var common = new uint[2, 4];
                        for (int r = 0; r < 2; r++)
                            for (int c = 0; c < 4; c++)
                                common[r, c] = uint.MaxValue;
                        for (int i = 0; i < a.Length; i++)
                            for (int j = 0; j < b.Length; j++)
                                common[i & 1, j & 3] &= a[i] | b[j];
                        return common;
                    }
                }
            }
            """, new CSharpParseOptions(LanguageVersion.CSharp7_3), NullableContextOptions.Disable);

        private static void Verify(string name, string source, CSharpParseOptions? parseOptions = null, NullableContextOptions nullable = NullableContextOptions.Enable, int expectedFiles = 1)
        {
            CSharpCompilation input = TestReferences.Compile(parseOptions, nullable, source);
            Assert.Empty(input.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));

            (Compilation output, GeneratorRunResult result) = GeneratorRunner.Run(input);
            Assert.Equal(expectedFiles, result.GeneratedSources.Length);

            // The output compilation: no errors and no warnings, in the consumer's own settings.
            var problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
            Assert.True(problems.Count == 0, string.Join("\n", problems.Select(d => d.ToString())));

            string text = string.Join("\n// ----- next file -----\n", result.GeneratedSources.OrderBy(s => s.HintName, System.StringComparer.Ordinal).Select(s => "// " + s.HintName + "\n" + s.SourceText.ToString()));
            GeneratorRunner.AssertGolden(name, text);
        }
    }
}
