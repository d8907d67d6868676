using System.Threading.Tasks;
using LoopGen.CodeFixes;
using LoopGen.Diagnostics.Analyzers;
using LoopGen.Tests.Verifiers;
using Xunit;

namespace LoopGen.Tests
{
    /// <summary>The code fixes: LG0001 make types partial, LG0200 add [Parallelize], LG0201 call the twin.</summary>
    public sealed class Test_CodeFixes
    {
        private const string Body = """
                {
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = i * j;
                    return r;
                }
            """;

        // ------------------------------------------------------------ LG0001

        [Fact]
        public async Task LG0001_MakesTypePartial()
        {
            await CodeFixVerifier<ParallelizeAnalyzer, MakeTypesPartialCodeFixer>.VerifyAsync(
                "using LoopGen;\n\npublic static class Tables\n{\n    [Parallelize]\n    public static int[,] {|LG0001:Grid|}(int n)\n" + Body + "\n}\n",
                "using LoopGen;\n\npublic static partial class Tables\n{\n    [Parallelize]\n    public static int[,] {|LG0003:Grid|}(int n)\n" + Body + "\n}\n");
        }

        [Fact]
        public async Task LG0001_NestedTypes_AllContainingTypesMadePartial()
        {
            await CodeFixVerifier<ParallelizeAnalyzer, MakeTypesPartialCodeFixer>.VerifyAsync(
                "using LoopGen;\n\nnamespace N\n{\n    class Outer\n    {\n        internal static partial class Middle\n        {\n            public sealed class Inner\n            {\n                [Parallelize]\n                public static int[,] {|LG0001:Grid|}(int n)\n" + Body + "\n            }\n        }\n    }\n}\n",
                "using LoopGen;\n\nnamespace N\n{\n    partial class Outer\n    {\n        internal static partial class Middle\n        {\n            public sealed partial class Inner\n            {\n                [Parallelize]\n                public static int[,] {|LG0003:Grid|}(int n)\n" + Body + "\n            }\n        }\n    }\n}\n");
        }

        [Fact]
        public async Task LG0001_FixAll_TwoTypesAndTwoMethodsInOneType()
        {
            await CodeFixVerifier<ParallelizeAnalyzer, MakeTypesPartialCodeFixer>.VerifyAsync(
                "using LoopGen;\n\npublic static class A\n{\n    [Parallelize]\n    public static int[,] {|LG0001:Grid|}(int n)\n" + Body + "\n\n    [Parallelize]\n    public static int[,] {|LG0001:Grid2|}(int n)\n" + Body + "\n}\n\npublic class B\n{\n    [Parallelize]\n    public int[,] {|LG0001:Grid|}(int n)\n" + Body + "\n}\n",
                "using LoopGen;\n\npublic static partial class A\n{\n    [Parallelize]\n    public static int[,] {|LG0003:Grid|}(int n)\n" + Body + "\n\n    [Parallelize]\n    public static int[,] {|LG0003:Grid2|}(int n)\n" + Body + "\n}\n\npublic partial class B\n{\n    [Parallelize]\n    public int[,] {|LG0003:Grid|}(int n)\n" + Body + "\n}\n");
        }

        // ------------------------------------------------------------ LG0200

        [Fact]
        public async Task LG0200_AddsAttributeUsingAndPartial()
        {
            await CodeFixVerifier<ParallelizeAnalyzer, AddParallelizeCodeFixer>.VerifyAsync(
                "using System;\n\npublic static class Tables\n{\n    /// <summary>A grid.</summary>\n    public static int[,] {|LG0200:Grid|}(int n)\n" + Body + "\n}\n",
                "using System;\nusing LoopGen;\n\npublic static partial class Tables\n{\n    /// <summary>A grid.</summary>\n    [Parallelize]\n    public static int[,] {|LG0003:Grid|}(int n)\n" + Body + "\n}\n");
        }

        [Fact]
        public async Task LG0200_ExistingAttributeAndUsing_OnlyAddsParallelize()
        {
            await CodeFixVerifier<ParallelizeAnalyzer, AddParallelizeCodeFixer>.VerifyAsync(
                "using System;\nusing LoopGen;\n\npublic partial class Tables\n{\n    [Obsolete]\n    public int[,] {|LG0200:Grid|}(int n)\n" + Body + "\n}\n",
                "using System;\nusing LoopGen;\n\npublic partial class Tables\n{\n    [Obsolete]\n    [Parallelize]\n    public int[,] {|LG0003:Grid|}(int n)\n" + Body + "\n}\n");
        }

        [Fact]
        public async Task LG0200_NestedTypes_AllMadePartial()
        {
            await CodeFixVerifier<ParallelizeAnalyzer, AddParallelizeCodeFixer>.VerifyAsync(
                "namespace N\n{\n    public class Outer\n    {\n        internal static class Inner\n        {\n            public static int[,] {|LG0200:Grid|}(int n)\n" + Body + "\n        }\n    }\n}\n",
                // (No blank line between a using added to a file without usings and the namespace: cosmetic, reported.)
                "using LoopGen;\nnamespace N\n{\n    public partial class Outer\n    {\n        internal static partial class Inner\n        {\n            [Parallelize]\n            public static int[,] {|LG0003:Grid|}(int n)\n" + Body + "\n        }\n    }\n}\n");
        }

        // ------------------------------------------------------------ LG0201

        [Fact]
        public async Task LG0201_CallsTheTwin()
        {
            const string Twin = "using LoopGen;\n\npublic static partial class Tables\n{\n    [Parallelize]\n    public static int[,] Grid(int n)\n" + Body + "\n}\n\n";
            await CodeFixVerifier<UseParallelMethodAnalyzer, UseParallelMethodCodeFixer>.VerifyAsync(
                Twin + "public static class Caller\n{\n    public static int Use() => Tables.{|LG0201:Grid|}(4).Length + Tables.{|LG0201:Grid|}(5).Length;\n}\n",
                Twin + "public static class Caller\n{\n    public static int Use() => Tables.GridParallel(4).Length + Tables.GridParallel(5).Length;\n}\n",
                withGenerator: true);
        }

        [Fact]
        public async Task LG0201_RecursiveCallInsideTheMethod_NotReported()
        {
            const string Source = "using LoopGen;\n\npublic static partial class Tables\n{\n    [Parallelize]\n    public static int[,] Grid(int n)\n    {\n        var r = new int[n, n];\n        for (int i = 0; i < n; i++)\n            for (int j = 0; j < n; j++)\n                r[i, j] = i * j;\n        if (n > 100) return Grid(n - 1);\n        return r;\n    }\n}\n";
            await CodeFixVerifier<UseParallelMethodAnalyzer, UseParallelMethodCodeFixer>.VerifyAsync(Source, Source, withGenerator: true);
        }
    }
}
