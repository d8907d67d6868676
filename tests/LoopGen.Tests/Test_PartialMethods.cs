using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LoopGen.Diagnostics.Analyzers;
using LoopGen.Generator;
using LoopGen.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using static LoopGen.Tests.Verifiers.AnalyzerVerifier;

namespace LoopGen.Tests
{
    /// <summary>
    /// Partial methods: <c>[Parallelize]</c> on the declaring or the implementing part, in one file or two. The
    /// implementing part's body is analyzed once, reports go to the attribute's part, and the twin is generated once.
    /// </summary>
    public sealed class Test_PartialMethods
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

        private const string Racy = """
                {
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            {|LG0102:total += j|};
                }
            """;

        // ------------------------------------------------------------ analyzer

        [Fact]
        public async Task AttributeOnDeclaringPart_OneReport_OnTheDeclaringPart()
        {
            await VerifyAsync(Wrap("""
                [Parallelize]
                public static partial int[,] {|LG0003:Grid|}(int n);

                public static partial int[,] Grid(int n)
                """ + "\n" + Nest));
        }

        [Fact]
        public async Task AttributeOnImplementingPart_OneReport_OnTheImplementingPart()
        {
            await VerifyAsync(Wrap("""
                public static partial int[,] Grid(int n);

                [Parallelize]
                public static partial int[,] {|LG0003:Grid|}(int n)
                """ + "\n" + Nest));
        }

        [Fact]
        public async Task AttributeOnDeclaringPart_RejectedBody_ReasonInTheBodyOnly()
        {
            await VerifyAsync(Wrap("""
                static int total;

                [Parallelize]
                public static partial void Sum(int n);

                public static partial void Sum(int n)
                """ + "\n" + Racy));
        }

        [Fact]
        public async Task AttributeOnDeclaringPart_MethodProblem_OnTheDeclaringPart()
        {
            // LG0109 is about the method, so it moves with the other reports to the attribute's part.
            await VerifyAsync(Usings + """
                public partial struct S
                {
                    [Parallelize]
                    public partial int[,] {|#0:Grid|}(int n);

                    public partial int[,] Grid(int n)
                """ + "\n" + Nest + "\n}\n",
                Diagnostic("LG0109").WithLocation(0).WithArguments("Grid", "it is an instance method of a struct, whose 'this' a parallel loop's lambdas cannot capture"));
        }

        [Fact]
        public async Task AttributeOnDeclaringPart_InAnotherFile_ReportedThere()
        {
            var test = new CSharpAnalyzerTest<ParallelizeAnalyzer, DefaultVerifier>
            {
                ReferenceAssemblies = TestReferences.Offline,
            };
            TestReferences.AddTo(test.TestState);
            test.TestState.Sources.Add(("/0/Declaring.cs", Usings + "public static partial class C\n{\n    [Parallelize]\n    public static partial int[,] {|LG0003:Grid|}(int n);\n}\n"));
            test.TestState.Sources.Add(("/0/Implementing.cs", "public static partial class C\n{\n    public static partial int[,] Grid(int n)\n" + Nest + "\n}\n"));
            await test.RunAsync(CancellationToken.None);
        }

        [Fact]
        public async Task UnmarkedPartialMethod_LG0200_OnTheImplementingPartOnly()
        {
            await VerifyAsync(Wrap("""
                public static partial int[,] Grid(int n);

                public static partial int[,] {|LG0200:Grid|}(int n)
                """ + "\n" + Nest));
        }

        [Fact]
        public async Task CallsInsideThePartialMethod_NotLG0201_CallsOutside_LG0201()
        {
            var test = new UseParallelWithGenerator
            {
                TestCode = Wrap("""
                    [Parallelize]
                    public static partial int[,] Grid(int n);

                    public static partial int[,] Grid(int n)
                    {
                        var r = new int[n, n];
                        for (int i = 0; i < n; i++)
                            for (int j = 0; j < n; j++)
                                r[i, j] = i * j;
                        if (n > 100) return Grid(n - 1);
                        return r;
                    }

                    public static int Use() => {|LG0201:Grid|}(3).Length;
                    """),
                ReferenceAssemblies = TestReferences.Offline,
            };
            TestReferences.AddTo(test.TestState);
            test.TestBehaviors |= TestBehaviors.SkipGeneratedSourcesCheck;
            await test.RunAsync(CancellationToken.None);
        }

        // ------------------------------------------------------------ generator

        [Theory]
        [InlineData(true, false)]
        [InlineData(false, false)]
        [InlineData(true, true)]
        [InlineData(false, true)]
        public void Generator_OneTwin_FromTheImplementingPart(bool onDeclaringPart, bool twoFiles)
        {
            string declaring = (onDeclaringPart ? "    [Parallelize]\n" : string.Empty) + "    public static partial int[,] Grid(int n);\n";
            string implementing = (onDeclaringPart ? string.Empty : "    [Parallelize]\n") + "    public static partial int[,] Grid(int n)\n" + Nest + "\n";
            string[] sources = twoFiles
                ? new[] { "using LoopGen;\n\npublic static partial class C\n{\n" + declaring + "}\n", "using LoopGen;\n\npublic static partial class C\n{\n" + implementing + "}\n" }
                : new[] { "using LoopGen;\n\npublic static partial class C\n{\n" + declaring + "\n" + implementing + "}\n" };
            CSharpCompilation input = TestReferences.Compile(null, NullableContextOptions.Enable, sources);
            Assert.Empty(input.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));

            (Compilation output, GeneratorRunResult result) = GeneratorRunner.Run(input);
            GeneratedSourceResult generated = Assert.Single(result.GeneratedSources);
            Assert.Contains("public static int[,] GridParallel(int n)", generated.SourceText.ToString());
            Assert.DoesNotContain("partial int[,] GridParallel", generated.SourceText.ToString());
            Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
            INamedTypeSymbol type = output.GetTypeByMetadataName("C")!;
            Assert.Equal(2, type.GetMembers("GridParallel").Length);
        }

        [Fact]
        public void Generator_OverloadedPartialMethod_CompilesWithoutWarnings()
        {
            // The private members' names carry the overload's index, which must be found for the implementing part too.
            string source = "using LoopGen;\n\npublic static partial class C\n{\n"
                + "    public static int Grid() => 0;\n"
                + "    [Parallelize]\n    public static partial int[,] Grid(int n);\n"
                + "    public static partial int[,] Grid(int n)\n" + Nest + "\n}\n";
            CSharpCompilation input = TestReferences.Compile(null, NullableContextOptions.Enable, source);
            Assert.Empty(input.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));

            (Compilation output, GeneratorRunResult result) = GeneratorRunner.Run(input);
            Assert.Single(result.GeneratedSources);
            Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
            Assert.Equal(2, output.GetTypeByMetadataName("C")!.GetMembers("GridParallel").Length);
        }

        [Theory]
        [InlineData(false)]
        [InlineData(true)]
        public void Generator_DefaultValuesOfTheDeclaringPart_AreTheTwins(bool twoFiles)
        {
            // C# takes a partial method's defaults from its declaring part; in another file its usings may differ
            // (Shapes is imported there only), so the twin writes the constants, not the text.
            const string Shapes = "namespace Shapes\n{\n    public enum Mode { Plain, Scaled = 3 }\n}\n";
            const string Declaring = "    [Parallelize]\n    public static partial int[,] Grid(int n = 4, Mode mode = Mode.Scaled, double scale = 0.5, string? label = \"a\\tb\", long big = -9223372036854775808, Mode? maybe = null, float f = float.NaN, decimal m = -1.25m, char c = '\\n', ulong u = ulong.MaxValue, short sh = -3, double d = 1e-300, int? boxed = 7);\n";
            const string Implementing = """
                    public static partial int[,] Grid(int n, global::Shapes.Mode mode, double scale, string? label, long big, global::Shapes.Mode? maybe, float f, decimal m, char c, ulong u, short sh, double d, int? boxed)
                    {
                        var r = new int[n, n];
                        for (int i = 0; i < n; i++)
                            for (int j = 0; j < n; j++)
                                r[i, j] = (i * j * (int)mode) + (int)scale + (label is null ? 0 : label.Length) + (int)(big & 1) + (maybe is null ? 0 : 1) + (float.IsNaN(f) ? 0 : 1) + (int)m + c + (int)(u & 1) + sh + (int)d + (boxed ?? 0);
                        return r;
                    }

                """;
            const string Caller = "public static class Caller\n{\n    public static int[,] Use() => C.GridParallel();\n}\n";
            string[] sources = twoFiles
                ? new[] { Shapes, "using LoopGen;\nusing Shapes;\n\npublic static partial class C\n{\n" + Declaring + "}\n", "using LoopGen;\n\npublic static partial class C\n{\n" + Implementing + "}\n", Caller }
                : new[] { Shapes, "using LoopGen;\nusing Shapes;\n\npublic static partial class C\n{\n" + Declaring + "\n" + Implementing + "}\n", Caller };
            CSharpCompilation input = TestReferences.Compile(null, NullableContextOptions.Enable, sources);
            Assert.Empty(input.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error && d.Id != "CS0117"));

            (Compilation output, GeneratorRunResult result) = GeneratorRunner.Run(input);
            Assert.Single(result.GeneratedSources);
            Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));

            INamedTypeSymbol type = output.GetTypeByMetadataName("C")!;
            IMethodSymbol grid = type.GetMembers("Grid").OfType<IMethodSymbol>().Single();
            IMethodSymbol twin = type.GetMembers("GridParallel").OfType<IMethodSymbol>().Single(m => m.Parameters.Length == grid.Parameters.Length);
            for (int i = 0; i < grid.Parameters.Length; i++)
            {
                Assert.True(twin.Parameters[i].HasExplicitDefaultValue, grid.Parameters[i].Name);
                Assert.Equal(grid.Parameters[i].ExplicitDefaultValue, twin.Parameters[i].ExplicitDefaultValue);
            }

            Assert.Equal(new object?[] { 4, 3, 0.5, "a\tb", long.MinValue, null, float.NaN, -1.25m, '\n', ulong.MaxValue, (short)-3, 1e-300, 7 }, twin.Parameters.Select(p => p.ExplicitDefaultValue));
        }

        [Theory]
        [InlineData(false, "Grid<T>(int n, T o = default)", "Grid<U>(int n, U o)")]
        [InlineData(true, "Grid<T>(int n, T o = default)", "Grid<U>(int n, U o)")]
        [InlineData(true, "Grid<T>(int n, T[]? o = null)", "Grid<U>(int n, U[]? o)")]
        [InlineData(false, "Grid<T>(int n, T o = default(T))", "Grid<U>(int n, U o)")]
        [InlineData(true, "Grid<T>(int n, E o = (E)(-1))", "Grid<T>(int n, E o)")]
        [InlineData(true, "Grid<T>(int n, EL o = (EL)(-9223372036854775808))", "Grid<T>(int n, EL o)")]
        [InlineData(true, "Grid<T>(int n, E? o = E.B)", "Grid<T>(int n, E? o)")]
        [InlineData(true, "Grid<T>(int n, double o = -0.0)", "Grid<T>(int n, double o)")]
        [InlineData(true, "Grid<T>(int n, double o = 0.84551240822557006)", "Grid<T>(int n, double o)")]
        [InlineData(true, "Grid<T>(int n, char o = '\\uD800')", "Grid<T>(int n, char o)")]
        [InlineData(true, "Grid<T>(int n, string o = \"\\u2028x\\0\")", "Grid<T>(int n, string o)")]
        [InlineData(true, "Grid<T>(int n, nint o = -5)", "Grid<T>(int n, nint o)")]
        [InlineData(true, "Grid<T>(int n, [System.Runtime.InteropServices.Optional, System.Runtime.InteropServices.DefaultParameterValue(5)] int o, int tail)", "Grid<T>(int n, int o, int tail)")]
        [InlineData(true, "Grid<T>(int n, [System.Runtime.InteropServices.Optional, System.Runtime.CompilerServices.DateTimeConstant(630822816000000000)] System.DateTime o)", "Grid<T>(int n, System.DateTime o)")]
        public void Generator_DeclaringPartDefaults_CompileInTheTwin_WithMsValues(bool twoFiles, string declared, string implemented)
        {
            // The declaring part may name its type parameters differently, and make a default with attributes; in
            // another file, the text is not copied. Either way the twin compiles, and a written default has M's value.
            const string Enums = "public enum E { A, B = 7 }\npublic enum EL : long { A }\n";
            string declaring = "    [Parallelize]\n    public static partial int[,] " + declared + ";\n";
            string implementing = "    public static partial int[,] " + implemented + "\n" + Nest + "\n";
            string[] sources = twoFiles
                ? new[] { Enums, "using LoopGen;\n\npublic static partial class C\n{\n" + declaring + "}\n", "public static partial class C\n{\n" + implementing + "}\n" }
                : new[] { Enums, "using LoopGen;\n\npublic static partial class C\n{\n" + declaring + implementing + "}\n" };
            CSharpCompilation input = TestReferences.Compile(null, NullableContextOptions.Enable, sources);
            Assert.Empty(input.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

            (Compilation output, GeneratorRunResult result) = GeneratorRunner.Run(input);
            Assert.Single(result.GeneratedSources);
            Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

            INamedTypeSymbol type = output.GetTypeByMetadataName("C")!;
            IMethodSymbol grid = type.GetMembers("Grid").OfType<IMethodSymbol>().Single();
            IMethodSymbol twin = type.GetMembers("GridParallel").OfType<IMethodSymbol>().Single(m => m.Parameters.Length == grid.Parameters.Length);
            bool written = declared.Contains(" = ", StringComparison.Ordinal);
            Assert.Equal(written, twin.Parameters[1].HasExplicitDefaultValue);
            if (written)
            {
                object? expected = grid.Parameters[1].ExplicitDefaultValue;
                object? actual = twin.Parameters[1].ExplicitDefaultValue;
                Assert.Equal(expected, actual);
                Assert.Equal(expected is double d ? BitConverter.DoubleToInt64Bits(d) : 0L, actual is double a ? BitConverter.DoubleToInt64Bits(a) : 0L);
            }
        }

        [Fact]
        public void Generator_DeclaringPartInAnotherNamespaceBlock_DefaultWrittenAsConstant()
        {
            // The generated file repeats the usings of the implementing part's namespace block, not the declaring part's.
            string source = "using LoopGen;\n\nnamespace N\n{\n    using Big = System.Int32;\n\n    public static partial class C\n    {\n"
                + "        [Parallelize]\n        public static partial int[,] Grid(int n, int o = Big.MaxValue);\n    }\n}\n\n"
                + "namespace N\n{\n    public static partial class C\n    {\n        public static partial int[,] Grid(int n, int o)\n" + Nest + "\n    }\n}\n";
            CSharpCompilation input = TestReferences.Compile(null, NullableContextOptions.Enable, source);
            Assert.Empty(input.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

            (Compilation output, GeneratorRunResult result) = GeneratorRunner.Run(input);
            Assert.Contains("GridParallel(int n, int o = 2147483647)", Assert.Single(result.GeneratedSources).SourceText.ToString());
            Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        }

        [Fact]
        public void Generator_PartsNameParametersDifferently_TwinTakesTheDeclaringPartsNames()
        {
            // Callers name arguments as the declaring part does; the twin's body still reads the implementing part's names.
            string declaring = "    [Parallelize]\n    public static partial int[,] Grid(int size, int scale = 3);\n";
            string implementing = "    public static partial int[,] Grid(int n, int factor)\n" + Nest.Replace("i * j", "i * j * factor", StringComparison.Ordinal) + "\n";
            const string Caller = "public static class Caller\n{\n"
                + "    public static int[,] Use() => C.GridParallel(size: 4);\n"
                + "    public static int[,] UseOptions() => C.GridParallel(scale: 2, size: 4, parallelOptions: new System.Threading.Tasks.ParallelOptions());\n}\n";
            CSharpCompilation input = TestReferences.Compile(null, NullableContextOptions.Enable, "using LoopGen;\n\npublic static partial class C\n{\n" + declaring + implementing + "}\n", Caller);
            Assert.Empty(input.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error && d.Id != "CS0117"));

            (Compilation output, GeneratorRunResult result) = GeneratorRunner.Run(input);
            Assert.Contains("GridParallel(int size, int scale = 3)", Assert.Single(result.GeneratedSources).SourceText.ToString());
            Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning && d.Id != "CS8826"));
        }

        [Theory]
        [InlineData("0.5D", 0.5, 'D', "0.5D")]
        [InlineData("1.5F", 1.5, 'F', "1.5F")]
        [InlineData("0.1D", 0.30000000000000004, 'D', "0.30000000000000004D")]
        [InlineData("0.1F", 0.30000001192092896, 'F', "0.300000012F")]
        public void Literal_FloatingPointText_ThatDoesNotReadBack_IsRewrittenWithAllDigits(string text, double value, char suffix, string expected)
        {
            // The compiler's "R" text is kept when it reads back as the value; on .NET Framework hosts it may not.
            Assert.Equal(expected, ParallelMethodEmitter.RoundTrip(text, value, suffix));
        }

        private sealed class UseParallelWithGenerator : CSharpAnalyzerTest<UseParallelMethodAnalyzer, DefaultVerifier>
        {
            protected override IEnumerable<Type> GetSourceGenerators()
            {
                yield return typeof(ParallelizeGenerator);
            }
        }
    }
}
