using System;
using System.Linq;
using System.Threading.Tasks;
using LoopGen.CodeFixes;
using LoopGen.Diagnostics.Analyzers;
using LoopGen.Tests.Verifiers;
using Microsoft.CodeAnalysis.CodeFixes;
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

        [Fact]
        public void EveryCodeFix_SupportsFixAllInDocumentProjectAndSolution()
        {
            // dotnet format applies fixes through Fix All in Solution: a fixer without it is skipped there.
            var fixers = typeof(AddParallelizeCodeFixer).Assembly.GetTypes()
                .Where(t => !t.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(t))
                .ToList();
            Assert.Equal(3, fixers.Count);
            Assert.All(fixers, type =>
            {
                FixAllProvider? provider = ((CodeFixProvider)Activator.CreateInstance(type)!).GetFixAllProvider();
                Assert.NotNull(provider);
                Assert.Contains(FixAllScope.Document, provider!.GetSupportedFixAllScopes());
                Assert.Contains(FixAllScope.Project, provider.GetSupportedFixAllScopes());
                Assert.Contains(FixAllScope.Solution, provider.GetSupportedFixAllScopes());
            });
        }

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

        [Fact]
        public async Task LG0001_FixAll_DocumentProjectSolution()
        {
            // Two methods in one type and a nested type in one file: each type becomes partial once.
            const string A = "using LoopGen;\n\npublic static class A\n{\n    [Parallelize]\n    public static int[,] {|LG0001:Grid|}(int n)\n" + Body + "\n\n    [Parallelize]\n    public static int[,] {|LG0001:Grid2|}(int n)\n" + Body + "\n\n    public class Nested\n    {\n        [Parallelize]\n        public int[,] {|LG0001:Grid|}(int n)\n" + Body + "\n    }\n}\n";
            const string FixedA = "using LoopGen;\n\npublic static partial class A\n{\n    [Parallelize]\n    public static int[,] {|LG0003:Grid|}(int n)\n" + Body + "\n\n    [Parallelize]\n    public static int[,] {|LG0003:Grid2|}(int n)\n" + Body + "\n\n    public partial class Nested\n    {\n        [Parallelize]\n        public int[,] {|LG0003:Grid|}(int n)\n" + Body + "\n    }\n}\n";
            const string B = "using LoopGen;\n\nstruct B\n{\n    [Parallelize]\n    public static int[,] {|LG0001:Grid|}(int n)\n" + Body + "\n}\n";
            const string FixedB = "using LoopGen;\n\npartial struct B\n{\n    [Parallelize]\n    public static int[,] {|LG0003:Grid|}(int n)\n" + Body + "\n}\n";
            const string Untouched = "using LoopGen;\n\npublic static partial class U\n{\n    [Parallelize]\n    public static int[,] {|LG0003:Grid|}(int n)\n" + Body + "\n}\n";
            const string C = "using LoopGen;\n\ninternal sealed class C\n{\n    [Parallelize]\n    internal int[,] {|LG0001:Grid|}(int n)\n" + Body + "\n}\n";
            const string FixedC = "using LoopGen;\n\ninternal sealed partial class C\n{\n    [Parallelize]\n    internal int[,] {|LG0003:Grid|}(int n)\n" + Body + "\n}\n";
            await CodeFixVerifier<ParallelizeAnalyzer, MakeTypesPartialCodeFixer>.VerifyFixAllAsync(
                new[] { ("/0/A.cs", A, FixedA), ("/0/B.cs", B, FixedB), ("/0/U.cs", Untouched, Untouched) },
                new[] { ("C.cs", C, FixedC) });
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

        [Fact]
        public async Task LG0200_FixAll_DocumentProjectSolution()
        {
            // Two methods of one type: both get [Parallelize], the type becomes partial once, the using is added once.
            const string A = "using System;\n\npublic static class A\n{\n    public static int[,] {|LG0200:Grid|}(int n)\n" + Body + "\n\n    public static int[,] {|LG0200:Grid2|}(int n)\n" + Body + "\n}\n";
            const string FixedA = "using System;\nusing LoopGen;\n\npublic static partial class A\n{\n    [Parallelize]\n    public static int[,] {|LG0003:Grid|}(int n)\n" + Body + "\n\n    [Parallelize]\n    public static int[,] {|LG0003:Grid2|}(int n)\n" + Body + "\n}\n";

            // A using inside the namespace already brings the attribute: none is added.
            const string B = "namespace N\n{\n    using LoopGen;\n\n    public class B\n    {\n        public int[,] {|LG0200:Grid|}(int n)\n" + Body + "\n    }\n}\n";
            const string FixedB = "namespace N\n{\n    using LoopGen;\n\n    public partial class B\n    {\n        [Parallelize]\n        public int[,] {|LG0003:Grid|}(int n)\n" + Body + "\n    }\n}\n";

            // In the second project a global using in another file brings it.
            const string Global = "global using LoopGen;\n";
            const string C = "public class C\n{\n    public int[,] {|LG0200:Grid|}(int n)\n" + Body + "\n}\n";
            const string FixedC = "public partial class C\n{\n    [Parallelize]\n    public int[,] {|LG0003:Grid|}(int n)\n" + Body + "\n}\n";
            await CodeFixVerifier<ParallelizeAnalyzer, AddParallelizeCodeFixer>.VerifyFixAllAsync(
                new[] { ("/0/A.cs", A, FixedA), ("/0/B.cs", B, FixedB) },
                new[] { ("G.cs", Global, Global), ("C.cs", C, FixedC) });
        }

        [Fact]
        public async Task LG0200_AnotherParallelizeAttributeInScope_NamesLoopGensInFull()
        {
            const string Other = "\n\nnamespace Other\n{\n    public sealed class ParallelizeAttribute : System.Attribute\n    {\n    }\n}\n";
            await CodeFixVerifier<ParallelizeAnalyzer, AddParallelizeCodeFixer>.VerifyAsync(
                "using Other;\n\npublic static class Tables\n{\n    public static int[,] {|LG0200:Grid|}(int n)\n" + Body + "\n}" + Other,
                "using Other;\n\npublic static partial class Tables\n{\n    [global::LoopGen.Parallelize]\n    public static int[,] {|LG0003:Grid|}(int n)\n" + Body + "\n}" + Other);
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

        [Fact]
        public async Task LG0201_NearerMethodWithTheTwinsName_NotReportedThere()
        {
            // Inside Inner, 'GridParallel(4)' would bind to Inner's own method, not to the twin: no suggestion there.
            const string Before = "using LoopGen;\n\npublic static partial class Tables\n{\n    [Parallelize]\n    public static int[,] Grid(int n)\n" + Body + "\n\n"
                + "    public static int Outer() => {|LG0201:Grid|}(4).Length;\n\n"
                + "    public static class Inner\n    {\n        public static int[,] GridParallel(int n) => new int[1, 1];\n\n        public static int Use() => Grid(4).Length;\n    }\n}\n";
            string after = Before.Replace("{|LG0201:Grid|}(4)", "GridParallel(4)");
            await CodeFixVerifier<UseParallelMethodAnalyzer, UseParallelMethodCodeFixer>.VerifyAsync(Before, after, withGenerator: true);
        }

        [Fact]
        public async Task LG0201_InAnExpressionTree_NotReported()
        {
            const string Twin = "using LoopGen;\n\npublic static partial class Tables\n{\n    [Parallelize]\n    public static int[,] Grid(int n)\n" + Body + "\n}\n\n";
            const string Before = Twin + "public static class Caller\n{\n    public static System.Linq.Expressions.Expression<System.Func<int, int>> Query() => n => Tables.Grid(n).Length;\n\n"
                + "    public static System.Linq.Expressions.LambdaExpression Untyped() => (int n) => Tables.Grid(n).Length;\n\n"
                + "    public static System.Func<int, int> Delegate() => n => Tables.{|LG0201:Grid|}(n).Length;\n}\n";
            string after = Before.Replace("Tables.{|LG0201:Grid|}(n)", "Tables.GridParallel(n)");
            await CodeFixVerifier<UseParallelMethodAnalyzer, UseParallelMethodCodeFixer>.VerifyAsync(Before, after, withGenerator: true);
        }

        [Fact]
        public async Task LG0201_InAQueryClauseOverIQueryable_NotReported()
        {
            const string Twin = "using LoopGen;\n\npublic static partial class Tables\n{\n    [Parallelize]\n    public static int[,] Grid(int n)\n" + Body + "\n}\n\n";
            const string Before = "using System.Linq;\n" + Twin + "public static class Caller\n{\n"
                + "    public static IQueryable<int> Query(IQueryable<int> sizes) => from n in sizes select Tables.Grid(n).Length;\n\n"
                + "    public static System.Collections.Generic.IEnumerable<int> InMemory(int[] sizes) => from n in sizes select Tables.{|LG0201:Grid|}(n).Length;\n}\n";
            string after = Before.Replace("Tables.{|LG0201:Grid|}(n)", "Tables.GridParallel(n)");
            await CodeFixVerifier<UseParallelMethodAnalyzer, UseParallelMethodCodeFixer>.VerifyAsync(Before, after, withGenerator: true);
        }

        [Fact]
        public async Task LG0201_NullForAnOptionalParameter_CallsTheTwinWithMsParameters()
        {
            // 'GridParallel(4, null)' binds to the twin's overload with M's parameters (the one taking ParallelOptions
            // also takes 'tag'), so both calls are redirected.
            const string Source = "using LoopGen;\n\npublic static partial class Tables\n{\n    [Parallelize]\n    public static int[,] Grid(int n, object tag = null)\n" + Body + "\n}\n\n"
                + "public static class Caller\n{\n    public static int Use() => Tables.{|LG0201:Grid|}(4, null).Length + Tables.{|LG0201:Grid|}(4, \"t\").Length;\n}\n";
            string after = Source.Replace("Tables.{|LG0201:Grid|}(", "Tables.GridParallel(");
            await CodeFixVerifier<UseParallelMethodAnalyzer, UseParallelMethodCodeFixer>.VerifyAsync(Source, after, withGenerator: true);
        }

        [Fact]
        public async Task LG0201_FixAll_DocumentProjectSolution()
        {
            const string Twin = "using LoopGen;\n\npublic static partial class Tables\n{\n    [Parallelize]\n    public static int[,] Grid(int n)\n" + Body + "\n}\n\n";
            const string Caller = "public static class Caller\n{\n    public static int Use() => Tables.{|LG0201:Grid|}(4).Length + Tables.{|LG0201:Grid|}(Tables.{|LG0201:Grid|}(2).Length).Length;\n}\n";
            const string FixedCaller = "public static class Caller\n{\n    public static int Use() => Tables.GridParallel(4).Length + Tables.GridParallel(Tables.GridParallel(2).Length).Length;\n}\n";
            const string Other = "public static class Other\n{\n    public static int[,] Use() => Tables.{|LG0201:Grid|}(3);\n}\n";
            const string FixedOther = "public static class Other\n{\n    public static int[,] Use() => Tables.GridParallel(3);\n}\n";
            await CodeFixVerifier<UseParallelMethodAnalyzer, UseParallelMethodCodeFixer>.VerifyFixAllAsync(
                new[] { ("/0/A.cs", Twin + Caller, Twin + FixedCaller), ("/0/B.cs", Other, FixedOther) },
                new[] { ("C.cs", Twin + Caller, Twin + FixedCaller) },
                withGenerator: true);
        }
    }
}
