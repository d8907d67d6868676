using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using LoopGen.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace LoopGen.Tests
{
    /// <summary>
    /// How the generated file carries over M's code and its surroundings (round 16): loop headers and string literals
    /// written over several lines, conditional-compilation directives around the nest, caller-information parameters,
    /// warnings the user disabled where M is, extern aliases, namespace blocks with usings of their own, nullable
    /// contexts that change inside the method, and language versions. Each test compiles the generated code in the
    /// consumer's settings (no error, no warning) and, where the twin runs, compares it with M and with a value
    /// worked out by hand from the source.
    /// </summary>
    public sealed class Test_ParallelizeGenerator_CopiedCode
    {
        private const string Usings = "using System;\nusing System.Collections.Generic;\nusing LoopGen;\n\n";

        // ------------------------------------------------------------ loop headers over several lines

        [Theory]
        [InlineData("\n")]
        [InlineData("\r\n")]
        public void MultiLineHeaders_CompileAndMatch(string newline)
        {
            string source = Lines(newline,
                Usings + "namespace Headers",
                "{",
                "    /// <summary>Holds the method.</summary>",
                "    public static partial class K",
                "    {",
                "        /// <summary>The products.</summary>",
                "        /// <param name=\"a\">The outer values.</param>",
                "        /// <param name=\"b\">The inner values.</param>",
                "        /// <returns>The list.</returns>",
                "        [Parallelize(MinParallelWork = 1)]",
                "        public static List<int> Run(int[] a,",
                "                                    int[] b)",
                "        {",
                "            var res = new List<int>();",
                "            for (int i = 0; // from the first <row> & on",
                "                 i < a.Length;",
                "                 i++)",
                "                foreach (var x in",
                "                         b)",
                "                    res.Add(a[i] * x);",
                "            return res;",
                "        }",
                "    }",
                "}");
            var parse = new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Diagnose);
            (Compilation output, string generated) = Generate(source, parse);
            Assert.Contains("nest 'for (int i = 0; // from the first <row> & on i < a.Length; i++)'", generated, StringComparison.Ordinal);

            int[] a = { 1, 2, 3 };
            int[] b = { 5, 7 };
            var expected = new List<int> { 5, 7, 10, 14, 15, 21 };
            Assert.Equal(expected, (List<int>)Invoke(output, "Headers.K", "Run", a, b)!);
            Assert.Equal(expected, (List<int>)Invoke(output, "Headers.K", "RunParallel", a, b)!);
        }

        // ------------------------------------------------------------ multi-line string literals

        [Theory]
        [InlineData("\n")]
        [InlineData("\r\n")]
        public void MultiLineStringLiterals_KeptByteForByte(string newline)
        {
            // A verbatim string with trailing spaces on its first line, a raw string whose closing quotes are less
            // indented than the statement, and an interpolated verbatim string: their continuation lines are part of
            // their values, so the twin must not re-indent, trim or normalize them.
            string source = Lines(newline,
                Usings + "namespace Strings",
                "{",
                "    public static partial class K",
                "    {",
                "        [Parallelize(MinParallelWork = 1)]",
                "        public static string[,] Run(int n)",
                "        {",
                "            var r = new string[n, n];",
                "            for (int i = 0; i < n; i++)",
                "                for (int j = 0; j < n; j++)",
                "                    r[i, j] = @\"x  ",
                "        y\" + \"\"\"",
                "      ab",
                "    \"\"\" + $@\"{j}",
                "   z\";",
                "            return r;",
                "        }",
                "    }",
                "}");
            (Compilation output, _) = Generate(source);

            // Worked out from the lines above: the raw string's content is indented 2 more than its closing quotes.
            string expected01 = "x  " + newline + "        y" + "  ab" + "1" + newline + "   z";
            var m = (string[,])Invoke(output, "Strings.K", "Run", 3)!;
            var twin = (string[,])Invoke(output, "Strings.K", "RunParallel", 3)!;
            Assert.Equal(expected01, m[0, 1]);
            Assert.Equal(m, twin);
        }

        // ------------------------------------------------------------ conditional-compilation directives around the nest

        [Theory]
        [InlineData(true, 1)]
        [InlineData(false, -1)]
        public void ConditionalRegionEndingAfterNest_CopiesActiveCode(bool defined, int expected01)
        {
            string source = Lines("\n",
                Usings + "namespace Directives",
                "{",
                "    public static partial class K",
                "    {",
                "        [Parallelize(MinParallelWork = 1)]",
                "        public static int[,] Run(int n)",
                "        {",
                "            var r = new int[n, n];",
                "            for (int i = 0; i < n; i++)",
                "                for (int j = 0; j < n; j++)",
                "                {",
                "                    #region cells",
                "#if LOOPGEN_PLUS",
                "                    r[i, j] = i + j;",
                "                }",
                "#else",
                "                    r[i, j] = i - j;",
                "                }",
                "#endif",
                "            #endregion",
                "            return r;",
                "        }",
                "    }",
                "}");
            var parse = new CSharpParseOptions(LanguageVersion.Latest, preprocessorSymbols: defined ? new[] { "LOOPGEN_PLUS" } : null);
            (Compilation output, _) = Generate(source, parse);
            var m = (int[,])Invoke(output, "Directives.K", "Run", 3)!;
            var twin = (int[,])Invoke(output, "Directives.K", "RunParallel", 3)!;
            Assert.Equal(expected01, m[0, 1]);
            Assert.Equal(m, twin);
        }

        // ------------------------------------------------------------ caller information

        [Fact]
        public void CallerInformationParameters_FilledForTheTwinsCaller()
        {
            string source = Lines("\n",
                "using System.Collections.Generic;",
                "using System.Runtime.CompilerServices;",
                "using LoopGen;",
                "",
                "namespace Callers",
                "{",
                "    public static partial class K",
                "    {",
                "        [Parallelize(MinParallelWork = 1)]",
                "        public static List<string> Tag(int[] a, int m, [CallerMemberName] string caller = \"\", [CallerLineNumber] int line = 0, [CallerArgumentExpression(\"a\")] string what = \"\")",
                "        {",
                "            var res = new List<string>();",
                "            for (int i = 0; i < a.Length; i++)",
                "                for (int j = 0; j < m; j++)",
                "                    res.Add(caller + \"/\" + line + \"/\" + what + \"/\" + (a[i] + j));",
                "            return res;",
                "        }",
                "    }",
                "",
                "    public static class Use",
                "    {",
                "        public static List<string> First(int[] values) => K.Tag(values, 2);",
                "        public static List<string> Second(int[] input) => K.TagParallel(input, 2);",
                "    }",
                "}");
            (Compilation output, string generated) = Generate(TestReferences.Compile(null, NullableContextOptions.Enable, source), callsTwin: true);
            Assert.Contains("[global::System.Runtime.CompilerServices.CallerMemberNameAttribute] string caller = \"\"", generated, StringComparison.Ordinal);

            // Lines 22 and 23 of the source; the argument expressions as written.
            int[] a = { 10, 20 };
            Assert.Equal(new[] { "First/22/values/10", "First/22/values/11", "First/22/values/20", "First/22/values/21" }, (List<string>)Invoke(output, "Callers.Use", "First", a)!);
            Assert.Equal(new[] { "Second/23/input/10", "Second/23/input/11", "Second/23/input/20", "Second/23/input/21" }, (List<string>)Invoke(output, "Callers.Use", "Second", a)!);
        }

        // ------------------------------------------------------------ language versions

        [Fact]
        public async Task CSharp6_RejectedWithReason_NothingGenerated()
        {
            string source = Usings + "public static partial class K\n{\n    [Parallelize]\n    public static int[,] Run(int n)\n    {\n        var r = new int[n, n];\n        for (int i = 0; i < n; i++)\n            for (int j = 0; j < n; j++)\n                r[i, j] = i + j;\n        return r;\n    }\n}\n";
            var parse = new CSharpParseOptions(LanguageVersion.CSharp6);
            var diagnostics = await AnalyzerVerifier.RunAsync(source, parse);
            Diagnostic diagnostic = Assert.Single(diagnostics);
            Assert.Equal("LG0109", diagnostic.Id);
            Assert.Equal("Method 'Run' cannot be parallelized: the project's C# language version (6) is older than 7.0, the oldest the generated code is written for", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));

            CSharpCompilation input = TestReferences.Compile(parse, NullableContextOptions.Disable, source);
            (_, GeneratorRunResult result) = GeneratorRunner.Run(input);
            Assert.Empty(result.GeneratedSources);
        }

        [Fact]
        public void CSharp7_GeneratedCodeCompiles()
        {
            string source = Usings + "namespace Seven\n{\n    public static partial class K\n    {\n        [Parallelize(MinParallelWork = 1)]\n        public static List<List<int>> Run(int[] a, int m)\n        {\n            var results = new List<List<int>>();\n            for (int i = 0; i < a.Length; i++)\n            {\n                var row = new List<int>();\n                for (int j = 0; j < m; j++)\n                    row.Add(a[i] * j);\n                results.Add(row);\n            }\n            return results;\n        }\n    }\n}\n";
            (Compilation output, _) = Generate(source, new CSharpParseOptions(LanguageVersion.CSharp7), NullableContextOptions.Disable);
            var twin = (List<List<int>>)Invoke(output, "Seven.K", "RunParallel", new[] { 1, 2 }, 3)!;
            Assert.Equal(new[] { new[] { 0, 1, 2 }, new[] { 0, 2, 4 } }, twin.Select(r => r.ToArray()).ToArray());
        }

        // ------------------------------------------------------------ warnings disabled where M is

        [Fact]
        public void ObsoleteAndExperimentalUnderPragma_NoWarningInGeneratedCode()
        {
            string source = Lines("\n",
                "using System;",
                "using System.Diagnostics.CodeAnalysis;",
                "using LoopGen;",
                "",
                "namespace Legacy",
                "{",
                "    public static class Old",
                "    {",
                "        [Obsolete(\"use New\")] public static int Plus(int x) => x + 1;",
                "        [Obsolete] public static int Twice(int x) => 2 * x;",
                "        [Experimental(\"LGX001\")] public static int Three(int x) => 3 * x;",
                "    }",
                "",
                "    public static partial class K",
                "    {",
                "#pragma warning disable CS0618, CS0612 // the old helpers, on purpose",
                "#pragma warning disable LGX001",
                "        [Parallelize(MinParallelWork = 1)]",
                "        public static int[,] Run(int n)",
                "        {",
                "            var r = new int[n, n];",
                "            for (int i = 0; i < n; i++)",
                "                for (int j = 0; j < n; j++)",
                "                    r[i, j] = Old.Plus(i) + Old.Twice(j) + Old.Three(1);",
                "            return r;",
                "        }",
                "#pragma warning restore CS0618, CS0612, LGX001",
                "    }",
                "}");
            (Compilation output, string generated) = Generate(source);
            Assert.Contains("#pragma warning disable CS0618, CS0612, LGX001", generated, StringComparison.Ordinal);
            var twin = (int[,])Invoke(output, "Legacy.K", "RunParallel", 2)!;
            Assert.Equal(1 + 2 + 3, twin[0, 1]);
        }

        [Fact]
        public void NumericPragmaCodesAndATrailingComma_AreReadAsTheCompilerReadsThem()
        {
            // '618' is CS0618 to the compiler: a later 'restore CS0618' ends it, and a trailing comma names nothing.
            string source = Lines("\n",
                "using System;",
                "using LoopGen;",
                "",
                "namespace Legacy",
                "{",
                "    public static class Old",
                "    {",
                "        [Obsolete(\"use New\")] public static int Plus(int x) => x + 1;",
                "        [Obsolete] public static int Twice(int x) => 2 * x;",
                "    }",
                "",
                "    public static partial class K",
                "    {",
                "#pragma warning disable 612",
                "#pragma warning restore CS0612",
                "#pragma warning disable 0618, CS0612,",
                "        [Parallelize(MinParallelWork = 1)]",
                "        public static int[,] Run(int n)",
                "        {",
                "            var r = new int[n, n];",
                "            for (int i = 0; i < n; i++)",
                "                for (int j = 0; j < n; j++)",
                "                    r[i, j] = Old.Plus(i) + Old.Twice(j);",
                "            return r;",
                "        }",
                "#pragma warning restore 618, 612",
                "    }",
                "}");
            (Compilation output, string generated) = Generate(source);
            Assert.Contains("#pragma warning disable CS0618, CS0612\n", generated.Replace("\r\n", "\n"), StringComparison.Ordinal);
            var twin = (int[,])Invoke(output, "Legacy.K", "RunParallel", 2)!;
            Assert.Equal(1 + 2, twin[0, 1]);
        }

        [Fact]
        public void ObsoleteMethodUsingObsoleteMembers_TwinIsObsoleteToo()
        {
            string source = Lines("\n",
                "using System;",
                "using LoopGen;",
                "",
                "namespace Legacy",
                "{",
                "    public static class Old",
                "    {",
                "        [Obsolete(\"use New\")] public static int Plus(int x) => x + 1;",
                "    }",
                "",
                "    public static partial class K",
                "    {",
                "        [Obsolete(\"use K.Fresh\", DiagnosticId = \"LGX002\")]",
                "        [Parallelize(MinParallelWork = 1)]",
                "        public static int[,] Run(int n)",
                "        {",
                "            var r = new int[n, n];",
                "            for (int i = 0; i < n; i++)",
                "                for (int j = 0; j < n; j++)",
                "                    r[i, j] = Old.Plus(i) + j;",
                "            return r;",
                "        }",
                "    }",
                "}");
            (Compilation output, string generated) = Generate(source);
            Assert.Contains("[global::System.ObsoleteAttribute(\"use K.Fresh\", DiagnosticId = \"LGX002\")]", generated, StringComparison.Ordinal);
            var twin = (int[,])Invoke(output, "Legacy.K", "RunParallel", 2)!;
            Assert.Equal(1 + 1, twin[0, 1]);
        }

        // ------------------------------------------------------------ the file's extern aliases and namespace blocks

        [Fact]
        public void ExternAliasAndNestedNamespaceUsings_BindAsInTheUsersFile()
        {
            // The outer block's alias 'S' names an enum of LoopGen through the extern alias; the inner block declares
            // an alias 'S' again, which hides it there (in one flat block the two would clash, CS1537).
            string source = Lines("\n",
                "extern alias lg;",
                "using LoopGen;",
                "",
                "namespace Outer",
                "{",
                "    using S = lg::LoopGen.ParallelStrategy;",
                "",
                "    namespace Inner",
                "    {",
                "        using S = System.Math;",
                "",
                "        public static partial class K",
                "        {",
                "            [Parallelize(MinParallelWork = 1)]",
                "            public static int[,] Run(int n)",
                "            {",
                "                var r = new int[n, n];",
                "                for (int i = 0; i < n; i++)",
                "                    for (int j = 0; j < n; j++)",
                "                        r[i, j] = S.Max(i, j) + (int)lg::LoopGen.ParallelStrategy.RowPerTask;",
                "                return r;",
                "            }",
                "        }",
                "    }",
                "}");
            MetadataReference aliased = TestReferences.Attributes.WithAliases(new[] { "global", "lg" });
            CSharpCompilation input = TestReferences.Compile(null, NullableContextOptions.Enable, source);
            input = input.RemoveReferences(TestReferences.Attributes).AddReferences(aliased);
            (Compilation output, _) = Generate(input);
            var twin = (int[,])Invoke(output, "Outer.Inner.K", "RunParallel", 3)!;
            Assert.Equal(2 + (int)ParallelStrategy.RowPerTask, twin[2, 1]);
        }

        // ------------------------------------------------------------ a type named 'var'

        [Fact]
        public async Task TypeNamedVarInScope_RejectedWithReason()
        {
            string source = Usings + "public class @var { }\n\npublic static partial class K\n{\n    [Parallelize]\n    public static int[,] Run(int n)\n    {\n        int[,] r = new int[n, n];\n        for (int i = 0; i < n; i++)\n            for (int j = 0; j < n; j++)\n                r[i, j] = i + j;\n        return r;\n    }\n}\n";
            var diagnostics = await AnalyzerVerifier.RunAsync(source);
            Diagnostic diagnostic = Assert.Single(diagnostics);
            Assert.Equal("LG0109", diagnostic.Id);
            Assert.Equal("Method 'Run' cannot be parallelized: a type named 'var' is in scope, and the generated code declares its own locals with 'var'", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        }

        // ------------------------------------------------------------ nullable contexts inside the method

        [Fact]
        public void NullableConstraintWithBodyInDisabledRegion_Compiles()
        {
            string source = Lines("\n",
                "#nullable enable",
                Usings + "namespace Nulls",
                "{",
                "    public static partial class K",
                "    {",
                "        [Parallelize(MinParallelWork = 1)]",
                "        public static List<T?> Run<T>(T?[] a, int m) where T : class?",
                "#nullable disable",
                "        {",
                "            var res = new List<T>();",
                "            for (int i = 0; i < a.Length; i++)",
                "                for (int j = 0; j < m; j++)",
                "                    res.Add(a[i]);",
                "            return res;",
                "        }",
                "    }",
                "}");
            (Compilation output, string generated) = Generate(source, nullable: NullableContextOptions.Disable);
            Assert.Contains("#nullable enable annotations", generated, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData(NullableContextOptions.Enable)]
        [InlineData(NullableContextOptions.Disable)]
        public void NullableDirectivesInsideTheNest_CompileWarningFree(NullableContextOptions project)
        {
            // The directives inside the nest are copied with it; what follows them in the generated file is
            // LoopGen's code, which must not fall under the project's nullable warnings.
            string source = Lines("\n",
                Usings + "namespace Nulls",
                "{",
                "    public static partial class K",
                "    {",
                "        [Parallelize(MinParallelWork = 1)]",
                "        public static List<List<string>> Run(string[] a, int m)",
                "        {",
                "            var results = new List<List<string>>();",
                "            for (int i = 0; i < a.Length; i++)",
                "            {",
                "                var row = new List<string>();",
                "                for (int j = 0; j < m; j++)",
                "                {",
                "#nullable enable",
                "                    string? s = j == 0 ? null : a[i];",
                "#nullable restore",
                "                    row.Add(s ?? \"-\");",
                "                }",
                "                results.Add(row);",
                "            }",
                "            return results;",
                "        }",
                "    }",
                "}");
            (Compilation output, _) = Generate(source, nullable: project);
            var twin = (List<List<string>>)Invoke(output, "Nulls.K", "RunParallel", new[] { "x", "y" }, 2)!;
            Assert.Equal(new[] { "-", "x", "-", "y" }, twin.SelectMany(r => r).ToArray());
        }

        [Theory]
        [InlineData("\n")]
        [InlineData("\r\n")]
        public void InterpolatedTextThatIsALineBreakAlone_Kept(string newline)
        {
            // Between the two holes the string's text is the line break alone (the second hole starts its line).
            string source = Lines(newline,
                Usings + "namespace Holes",
                "{",
                "    public static partial class K",
                "    {",
                "        [Parallelize(MinParallelWork = 1)]",
                "        public static string[,] Run(int n)",
                "        {",
                "            var r = new string[n, n];",
                "            for (int i = 0; i < n; i++)",
                "                for (int j = 0; j < n; j++)",
                "                    r[i, j] = $@\"{i}",
                "{j}\";",
                "            return r;",
                "        }",
                "    }",
                "}");
            (Compilation output, _) = Generate(source);
            var m = (string[,])Invoke(output, "Holes.K", "Run", 3)!;
            var twin = (string[,])Invoke(output, "Holes.K", "RunParallel", 3)!;
            Assert.Equal("1" + newline + "2", m[1, 2]);
            Assert.Equal(m, twin);
        }

        [Fact]
        public void NullableEnableInsideTheNest_DoesNotTurnWarningsOnForTheCodeAfterIt()
        {
            // The project has nullable off; the nest turns it on half way. The chunk's copy of the statement before the
            // directive comes after the sequential copy of the directive in the generated file: it must not be warned
            // about ('string s = null' in an enabled context is CS8600).
            string source = Lines("\n",
                Usings + "namespace Nulls2",
                "{",
                "    public static partial class K",
                "    {",
                "        [Parallelize(MinParallelWork = 1)]",
                "        public static string[,] Run(string[] a, int m)",
                "        {",
                "            var r = new string[a.Length, m];",
                "            for (int i = 0; i < a.Length; i++)",
                "                for (int j = 0; j < m; j++)",
                "                {",
                "                    string s = j == 0 ? null : a[i];",
                "#nullable enable",
                "                    string? t = s;",
                "                    r[i, j] = t ?? \"-\";",
                "                }",
                "            return r;",
                "        }",
                "    }",
                "}");
            (Compilation output, _) = Generate(source, nullable: NullableContextOptions.Disable);
            var twin = (string[,])Invoke(output, "Nulls2.K", "RunParallel", new[] { "x", "y" }, 2)!;
            Assert.Equal(new[,] { { "-", "x" }, { "-", "y" } }, twin);
        }

        [Fact]
        public void PragmaRestoreInsideTheNest_DoesNotActOnTheCodeAfterIt()
        {
            // CS0618 is disabled before M and restored inside the nest after the last use of the obsolete member: in the
            // generated file the chunk's copy of that use comes after the sequential copy of the restore.
            string source = Lines("\n",
                Usings + "namespace Pragmas",
                "{",
                "    public static partial class K",
                "    {",
                "        [Obsolete(\"old\")]",
                "        public static int Old(int x) => x + 1;",
                "",
                "#pragma warning disable CS0618",
                "        [Parallelize(MinParallelWork = 1)]",
                "        public static int[,] Run(int n)",
                "        {",
                "            var r = new int[n, n];",
                "            for (int i = 0; i < n; i++)",
                "                for (int j = 0; j < n; j++)",
                "                {",
                "                    r[i, j] = Old(i * j);",
                "#pragma warning restore CS0618",
                "                }",
                "            return r;",
                "        }",
                "    }",
                "}");
            (Compilation output, _) = Generate(source);
            var twin = (int[,])Invoke(output, "Pragmas.K", "RunParallel", 3)!;
            Assert.Equal(2 * 2 + 1, twin[2, 2]);
        }

        // ------------------------------------------------------------ helpers

        private static string Lines(string newline, params string[] lines) => string.Join(newline, lines.Select(l => l.Replace("\n", newline, StringComparison.Ordinal))) + newline;

        /// <summary>Runs the generator on one source, checks that input and output have no error or warning, and returns the output and the generated text.</summary>
        private static (Compilation Output, string Generated) Generate(string source, CSharpParseOptions? parseOptions = null, NullableContextOptions nullable = NullableContextOptions.Enable)
            => Generate(TestReferences.Compile(parseOptions, nullable, source));

        private static (Compilation Output, string Generated) Generate(CSharpCompilation input, bool callsTwin = false)
            => GeneratorRunner.RunClean(input, callsTwin ? "CS0117" : null);

        private static object? Invoke(Compilation output, string typeName, string methodName, params object?[] arguments)
            => GeneratorRunner.Invoke(output, typeName, methodName, arguments);
    }
}
