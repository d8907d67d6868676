using System.Collections.Immutable;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using static LoopGen.Tests.Verifiers.AnalyzerVerifier;

namespace LoopGen.Tests
{
    /// <summary>Set-up and usage rules (LG0001, LG0002, LG0004, LG0005, LG0200), and silence on broken code.</summary>
    public sealed class Test_ParallelizeAnalyzer_Setup
    {
        private const string Nest = """
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
        public async Task TypeNotPartial_LG0001()
        {
            await VerifyAsync(Usings + "public static class Tables\n{\n    [Parallelize]\n    public static int[,] {|#0:Grid|}(int n)\n" + Nest + "\n}\n",
                Diagnostic("LG0001").WithLocation(0).WithArguments("Tables", "GridParallel"));
        }

        [Fact]
        public async Task ContainingTypeNotPartial_LG0001NamesIt()
        {
            await VerifyAsync(Usings + "public class Outer\n{\n    public static partial class Inner\n    {\n        [Parallelize]\n        public static int[,] {|#0:Grid|}(int n)\n" + Nest + "\n    }\n}\n",
                Diagnostic("LG0001").WithLocation(0).WithArguments("Outer", "GridParallel"));
        }

        [Fact]
        public async Task AllTypesPartial_NoLG0001()
        {
            await VerifyAsync(Usings + "public partial class Outer\n{\n    public static partial class Inner\n    {\n        [Parallelize]\n        public static int[,] {|LG0003:Grid|}(int n)\n" + Nest + "\n    }\n}\n");
        }

        [Fact]
        public async Task NotPartialAndRacy_LG0001AndTheReason()
        {
            await VerifyAsync(Usings + """
                public static class Tables
                {
                    static int total;

                    [Parallelize]
                    public static void {|LG0001:Sum|}(int n)
                    {
                        for (int i = 0; i < n; i++)
                            for (int j = 0; j < n; j++)
                                {|LG0102:total += j|};
                    }
                }
                """);
        }

        // ------------------------------------------------------------ LG0002

        [Fact]
        public async Task SingleLoop_LG0002()
        {
            await VerifyAsync(Wrap("""
                [Parallelize]
                public static int {|#0:Sum|}(int[] xs)
                {
                    int s = 0;
                    for (int i = 0; i < xs.Length; i++)
                        s += xs[i];
                    return s;
                }
                """), Diagnostic("LG0002").WithLocation(0).WithArguments("Sum", "it has no for or foreach loop that contains another loop"));
        }

        [Fact]
        public async Task NestNotAtTopLevel_LG0002()
        {
            await VerifyAsync(Wrap("""
                [Parallelize]
                public static int[,] {|#0:Grid|}(int n)
                {
                    var r = new int[n, n];
                    if (n > 0)
                    {
                        for (int i = 0; i < n; i++)
                            for (int j = 0; j < n; j++)
                                r[i, j] = i * j;
                    }
                    return r;
                }
                """), Diagnostic("LG0002").WithLocation(0).WithArguments("Grid", "its nested loops are not at the top level of the method body"));
        }

        [Fact]
        public async Task ExpressionBody_LG0002()
        {
            await VerifyAsync(Wrap("""
                [Parallelize]
                public static int {|#0:Two|}() => 2;
                """), Diagnostic("LG0002").WithLocation(0).WithArguments("Two", "it has an expression body; LoopGen looks for a loop nest at the top level of a block body"));
        }

        // ------------------------------------------------------------ LG0004

        [Fact]
        public async Task UnknownExternalCall_LG0004_StillGenerated()
        {
            await VerifyAsync(Wrap("""
                [Parallelize]
                public static int[,] {|LG0003:Swapped|}(int n)
                {
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|#0:System.Buffers.Binary.BinaryPrimitives.ReverseEndianness(i + j)|};
                    return r;
                }
                """), Diagnostic("LG0004").WithLocation(0).WithArguments("BinaryPrimitives.ReverseEndianness"));
        }

        [Fact]
        public async Task DelegateParameterInvoked_LG0004()
        {
            await VerifyAsync(Wrap("""
                [Parallelize]
                public static int[,] {|LG0003:Map|}(Func<int, int, int> f, int n)
                {
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|#0:f(i, j)|};
                    return r;
                }
                """), Diagnostic("LG0004").WithLocation(0).WithArguments("f"));
        }

        [Fact]
        public async Task InterfaceCallWithoutPure_LG0004()
        {
            await VerifyAsync(Usings + """
                public interface IScorer { int Score(int i, int j); }

                public static partial class C
                {
                    [Parallelize]
                    public static int[,] {|LG0003:Scores|}(IScorer scorer, int n)
                    {
                        var r = new int[n, n];
                        for (int i = 0; i < n; i++)
                            for (int j = 0; j < n; j++)
                                r[i, j] = {|#0:scorer.Score(i, j)|};
                        return r;
                    }
                }
                """, Diagnostic("LG0004").WithLocation(0).WithArguments("IScorer.Score"));
        }

        [Fact]
        public async Task PureOnCalleeType_NoLG0004()
        {
            // The close variant of InterfaceCallWithoutPure_LG0004: [Pure] on the (abstract) callee type vouches for all its members.
            await VerifyAsync(Usings + """
                [System.Diagnostics.Contracts.Pure]
                public abstract class IScorer { public abstract int Score(int i, int j); }

                public static partial class C
                {
                    [Parallelize]
                    public static int[,] {|LG0003:Scores|}(IScorer scorer, int n)
                    {
                        var r = new int[n, n];
                        for (int i = 0; i < n; i++)
                            for (int j = 0; j < n; j++)
                                r[i, j] = scorer.Score(i, j);
                        return r;
                    }
                }
                """);
        }

        // ------------------------------------------------------------ LG0005

        [Fact]
        public async Task FlattenOnTriangularNest_LG0005()
        {
            string message = await VerifyReportAsync(Wrap("""
                [Parallelize(Strategy = ParallelStrategy.Flatten)]
                public static List<List<int>> {|LG0003:Sums|}(List<int> values)
                {
                    var results = new List<List<int>>();
                    {|#0:foreach (var i in values)|}
                    {
                        var row = new List<int>();
                        for (int j = 0; j < i; j++)
                            row.Add(i + j);
                        results.Add(row);
                    }
                    return results;
                }
                """), Diagnostic("LG0005").WithLocation(0).WithArguments("Flatten", "the inner bounds depend on the outer iteration, so the pairs are not known up front", "SumsParallel"));
            Assert.Contains("row", message);
        }

        [Fact]
        public async Task FlattenOnIndependentNest_NoLG0005()
        {
            string message = await VerifyReportAsync(Wrap("""
                [Parallelize(Strategy = ParallelStrategy.Flatten)]
                public static int[,] {|LG0003:Grid|}(int n)
                """ + Nest));
            Assert.Contains("flattened", message);
        }

        [Fact]
        public async Task RowPerTaskRequested_IndependentNest_ReportsRow()
        {
            string message = await VerifyReportAsync(Wrap("""
                [Parallelize(Strategy = ParallelStrategy.RowPerTask)]
                public static int[,] {|LG0003:Grid|}(int n)
                """ + Nest));
            Assert.Contains("one task per outer row", message);
        }

        // ------------------------------------------------------------ LG0200

        [Fact]
        public async Task UnmarkedParallelizableNest_LG0200()
        {
            await VerifyAsync(Wrap("public static int[,] {|LG0200:Grid|}(int n)\n" + Nest));
        }

        [Fact]
        public async Task UnmarkedRacyNest_NoLG0200()
        {
            await VerifyAsync(Wrap("""
                static int total;
                public static void Sum(int n)
                {
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            total += j;
                }
                """));
        }

        [Fact]
        public async Task UnmarkedNestWithTrustedCall_NoLG0200()
        {
            await VerifyAsync(Wrap("""
                public static int[,] Map(Func<int, int, int> f, int n)
                {
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = f(i, j);
                    return r;
                }
                """));
        }

        [Fact]
        public async Task UnmarkedSingleLoop_NoLG0200()
        {
            await VerifyAsync(Wrap("""
                public static int Sum(int[] xs)
                {
                    int s = 0;
                    foreach (int x in xs) s += x;
                    return s;
                }
                """));
        }

        // ------------------------------------------------------------ broken and half-typed code

        [Fact]
        public async Task MissingSemicolon_NoLoopGenDiagnostics()
        {
            ImmutableArray<Diagnostic> diagnostics = await RunAsync(Wrap("""
                [Parallelize]
                public static int[,] Grid(int n)
                {
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = i * j
                    return r;
                }
                """));
            Assert.Empty(diagnostics);
        }

        [Fact]
        public async Task UnknownIdentifier_NoLoopGenDiagnostics()
        {
            ImmutableArray<Diagnostic> diagnostics = await RunAsync(Wrap("""
                [Parallelize]
                public static int[,] Grid(int n)
                {
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = i * unknownThing;
                    return r;
                }
                """));
            Assert.Empty(diagnostics);
        }

        [Fact]
        public async Task MethodWithoutBody_NoLoopGenDiagnosticsBeyondNoBody()
        {
            // A method without a body (CS0501) gets no LoopGen diagnostic and no crash.
            await VerifyAsync(Wrap("""
                [Parallelize]
                public static int[,] Grid(int n);
                """), CompilerDiagnostics.None);
            Assert.Empty(await RunAsync(Wrap("""
                [Parallelize]
                public static int[,] Grid(int n);
                """)));
        }

        [Theory]
        [InlineData("for (int i = 0; i < n; i++) for (int j = 0; j <")]
        [InlineData("for (int i = 0; i < n; i++) { for (int j = 0; j < n; j++) { r[i, j] = ; } }")]
        [InlineData("for (int i = 0; i < n; i++) { foreach (var x in ) { } }")]
        [InlineData("for (;;) { for (int j = 0; j < n; j++) r[0, j] = j; }")]
        [InlineData("for (int i = 0, k = 1; i < n; i++) for (int j = 0; j < n; j++) r[i, j] = k;")]
        [InlineData("for (var i = 0L; i < n; i++) for (int j = 0; j < n; j++) r[i, j] = j;")]
        [InlineData("foreach (var (a, b) in new (int, int)[0]) for (int j = 0; j < n; j++) r[a, j] = b;")]
        [InlineData("for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) r[i, j] = r[j, i];")]
        [InlineData("for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) { int* p = null; }")]
        [InlineData("for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) { dynamic d = i; r[i, j] = d; }")]
        [InlineData("for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) { ref int c = ref r[i, j]; c = 1; }")]
        [InlineData("for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) { Span<int> s = stackalloc int[2]; r[i, j] = s[0]; }")]
        [InlineData("for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) { r[i, j] = checked(i * j); }")]
        [InlineData("for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) { var t = (i, j); (r[i, j], _) = t; }")]
        [InlineData("for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) { r[i, j] = i switch { 0 => 1, _ => j }; }")]
        [InlineData("for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) { int L(int x) => x + i; r[i, j] = L(j); }")]
        public async Task OddOrBrokenNests_NeverCrash(string nest)
        {
            // Whatever the analysis concludes, it must not throw (RunAsync fails on AD0001 / analyzer exceptions).
            string source = Wrap("[Parallelize]\npublic static unsafe int[,] Grid(int n)\n{\n    var r = new int[n, n];\n    " + nest + "\n    return r;\n}\n");
            CSharpCompilation compilation = Verifiers.TestReferences.Compile(null, NullableContextOptions.Disable, source);
            _ = compilation;
            await RunAsync(source);
        }
    }
}
