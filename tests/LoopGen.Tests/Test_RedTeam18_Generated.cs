using System;
using System.Collections.Generic;
using System.Linq;
using LoopGen.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace LoopGen.Tests
{
    /// <summary>
    /// Round 18 red team, the copy of M's text into the generated file: each source is generated, compiled in the
    /// consumer's settings (no error, no warning) and its twin compared with M. Found and fixed: a directive of an
    /// inactive '#if' branch inside the nest ('#error', '#warning') was copied (CS1029 in the generated file, P5); a
    /// '#pragma warning restore' inside the nest re-enabled, in the second copy of the body, a warning disabled before
    /// M (P3b); an inactive '#pragma warning restore' before M ended a disable that M's build keeps (P3c). Checked and
    /// held: raw interpolated strings with holes over several lines (LF and CRLF), the character U+0001 in multi-line
    /// verbatim and plain literals, pragmas disabled and restored inside the nest, '#line' and '#line hidden' in the
    /// nest, '#region' in the nest, a method in '#if' in a nested namespace with an alias using, a global using alias,
    /// a file-scoped namespace with an alias using after it, CR, LF and CRLF mixed inside one verbatim literal,
    /// directive-like lines inside verbatim and raw literals, a raw literal nested in an interpolated verbatim hole,
    /// a multi-line UTF-8 raw literal, M marked [Obsolete(.., true)], a [DisallowNull] int? parameter and a [DisallowNull] T
    /// parameter read without a check in the copy, a [MemberNotNull] M.
    /// </summary>
    public sealed class Test_RedTeam18_Generated
    {
        private const string Usings = "using System;\nusing System.Collections.Generic;\nusing LoopGen;\n\n";

        private static string Method(string nl, string body, string ret = "string[,]", string init = "var r = new string[n, n];")
            => (Usings + "namespace P\n{\n    public static partial class K\n    {\n        [Parallelize(MinParallelWork = 1)]\n        public static " + ret + " Run(int n)\n        {\n            " + init + "\n            for (int i = 0; i < n; i++)\n                for (int j = 0; j < n; j++)\n                {\n" + body + "\n                }\n            return r;\n        }\n    }\n}\n").Replace("\n", nl, StringComparison.Ordinal);

        private static void Same(string source, CSharpParseOptions? parse = null, params string[] more) => SameWith(source, true, false, parse, more);

        /// <summary>As <see cref="Same"/>, for a class K declared in the namespace P.Q.</summary>
        private static void SameInQ(string source, CSharpParseOptions? parse = null) => SameWith(source, true, false, parse, typeName: "P.Q.K");

        private static void SameWith(string source, bool callM, bool callsTwin, CSharpParseOptions? parse = null, string[]? more = null, string typeName = "P.K")
        {
            more ??= Array.Empty<string>();
            (Compilation output, _) = Generate(TestReferences.Compile(parse, NullableContextOptions.Enable, new[] { source }.Concat(more).ToArray()), callsTwin);
            if (!callM)
            {
                return;
            }

            object m = Invoke(output, typeName, "Run", 3)!;
            object twin = Invoke(output, typeName, "RunParallel", 3)!;
            Assert.Equal(m, twin);
        }

        [Theory]
        [InlineData("\n")]
        [InlineData("\r\n")]
        public void P1_RawInterpolatedHoleOverLines(string nl)
            => Same(Method(nl, "                    r[i, j] = $\"\"\"\n                        a{\n                    i +\n                    j\n                        }b\n                          c\n                        \"\"\";"));

        [Theory]
        [InlineData("\n")]
        [InlineData("\r\n")]
        public void P2_ControlCharInMultiLineVerbatim(string nl)
            => Same(Method(nl, "                    r[i, j] = @\"x\u0001y\n  \u0001z\" + i + \"\u0001\" + @\"\u0001\u0001\" + j;"));

        [Fact]
        public void P2b_ControlCharOnly() => Same(Method("\n", "                    r[i, j] = \"\u0001\" + i + '\u0001' + \"\\u0001\" + j;"));

        [Fact]
        public void P3_PragmaRestoreInsideNest()
            => Same(Method("\n", "#pragma warning disable CS0168\n                    int unused;\n#pragma warning restore CS0168\n                    r[i, j] = \"\" + i + j;"));

        [Fact]
        public void P3b_PragmaDisableBeforeMethodRestoreInsideNest()
            => Same(Method("\n", "                    int unused;\n#pragma warning restore CS0168\n                    r[i, j] = \"\" + i + j;").Replace("        [Parallelize", "#pragma warning disable CS0168\n        [Parallelize", StringComparison.Ordinal));

        [Fact]
        public void P4_LineDirectiveInsideNest()
            => Same(Method("\n", "#line 100 \"other.cs\"\n                    r[i, j] = \"\" + i + j;\n#line default"));

        [Fact]
        public void P4b_LineHiddenInsideNest()
            => Same(Method("\n", "#line hidden\n                    r[i, j] = \"\" + i + j;\n#line default"));

        [Fact]
        public void P5_ErrorInInactiveBranch()
            => Same(Method("\n", "#if NEVER_DEFINED\n#error never\n#warning never\n                    r[i, j] = \n#else\n                    r[i, j] = \"\" + i + j;\n#endif"));

        [Fact]
        public void P6_MethodInsideIfInNestedNamespace()
            => SameInQ(Usings + "namespace P\n{\n    using Txt = System.String;\n    namespace Q\n    {\n#if !NEVER_DEFINED\n        public static partial class K\n        {\n            [Parallelize(MinParallelWork = 1)]\n            public static string[,] Run(int n)\n            {\n                var r = new string[n, n];\n                for (int i = 0; i < n; i++)\n                    for (int j = 0; j < n; j++)\n                        r[i, j] = (Txt)(\"\" + i + j);\n                return r;\n            }\n        }\n#endif\n    }\n}\n", null);

        [Fact]
        public void P7_GlobalUsingAlias()
            => Same(Method("\n", "                    r[i, j] = new Cell { i, j }.Count.ToString();"), null, "global using Cell = System.Collections.Generic.List<int>;\n");

        [Fact]
        public void P8_FileScopedNamespaceWithAlias()
            => Same("using LoopGen;\nnamespace P;\nusing Txt = System.String;\n\npublic static partial class K\n{\n    [Parallelize(MinParallelWork = 1)]\n    public static Txt[,] Run(int n)\n    {\n        var r = new Txt[n, n];\n        for (int i = 0; i < n; i++)\n            for (int j = 0; j < n; j++)\n                r[i, j] = Txt.Concat(i.ToString(), j.ToString());\n        return r;\n    }\n}\n");

        [Fact]
        public void P9_MixedLineEndingsInsideVerbatim()
            => Same(Method("\n", "                    r[i, j] = @\"a\r\nb\nc\rd\" + i + j;"));

        [Fact]
        public void P11_DirectiveLikeLinesInsideStrings()
            => Same(Method("\n", "                    r[i, j] = @\"\n#if X\n#pragma warning disable CS0168\n#region r\n#endif\n\" + \"\"\"\n                        #line 5\n                          #endregion\n                        \"\"\" + i + j;"));

        [Fact]
        public void P12_RegionInsideNest()
            => Same(Method("\n", "                    #region a\n                    r[i, j] = \"\" + i + j;\n                    #endregion"));

        [Fact]
        public void P13_InterpolatedVerbatimWithNestedRawInHole()
            => Same(Method("\n", "                    r[i, j] = $@\"{(i > 0 ? $\"\"\"\n                        q{j}\n                        \"\"\" : @\"\n  w\")}\n  tail\";"));

        [Fact]
        public void P14_Utf8MultiLine()
            => Same(Method("\n", "                    r[i, j] = System.Text.Encoding.UTF8.GetString(\"\"\"\n                        é\u0001\n                        \"\"\"u8) + i + j;"));

        [Fact]
        public void P3c_InactiveRestoreBeforeMethod()
            => Same(Method("\n", "                    int unused;\n                    r[i, j] = \"\" + i + j;").Replace("        [Parallelize", "#pragma warning disable CS0168\n#if NEVER_DEFINED\n#pragma warning restore CS0168\n#endif\n        [Parallelize", StringComparison.Ordinal));

        [Fact]
        public void P6b_NestedNamespaceNoIf()
            => SameInQ(Usings + "namespace P\n{\n    using Txt = System.String;\n    namespace Q\n    {\n        public static partial class K\n        {\n            [Parallelize(MinParallelWork = 1)]\n            public static string[,] Run(int n)\n            {\n                var r = new string[n, n];\n                for (int i = 0; i < n; i++)\n                    for (int j = 0; j < n; j++)\n                        r[i, j] = (Txt)(\"\" + i + j);\n                return r;\n            }\n        }\n    }\n}\n");

        [Fact]
        public void P6c_IfAroundClass()
            => Same(Usings + "namespace P\n{\n#if !NEVER_DEFINED\n        public static partial class K\n        {\n            [Parallelize(MinParallelWork = 1)]\n            public static string[,] Run(int n)\n            {\n                var r = new string[n, n];\n                for (int i = 0; i < n; i++)\n                    for (int j = 0; j < n; j++)\n                        r[i, j] = \"\" + i + j;\n                return r;\n            }\n        }\n#endif\n}\n");

        [Fact]
        public void Q1_ObsoleteErrorOnM()
            => SameWith(Method("\n", "                    r[i, j] = \"\" + i + j;").Replace("        [Parallelize(MinParallelWork = 1)]", "        [Obsolete(\"old\", true)]\n        [Parallelize(MinParallelWork = 1)]", StringComparison.Ordinal), callM: false, callsTwin: false, parse: null);

        [Fact]
        public void Q2_DisallowNullParameter()
            => Same(Usings + "namespace P\n{\n    public static partial class K\n    {\n        [Parallelize(MinParallelWork = 1)]\n        public static string[,] Run([System.Diagnostics.CodeAnalysis.DisallowNull] int? n)\n        {\n            var r = new string[n.Value, n.Value];\n            for (int i = 0; i < n.Value; i++)\n                for (int j = 0; j < n.Value; j++)\n                    r[i, j] = \"\" + i + j;\n            return r;\n        }\n    }\n}\n");

        [Fact]
        public void Q3_DisallowNullGeneric()
            => SameWith(Usings + "namespace P\n{\n    public static partial class K\n    {\n        public static string[,] Run(int n) => Run2<string>(\"s\", n);\n        public static string[,] RunParallel(int n) => Run2Parallel<string>(\"s\", n);\n        [Parallelize(MinParallelWork = 1)]\n        public static string[,] Run2<T>([System.Diagnostics.CodeAnalysis.DisallowNull] T x, int n)\n        {\n            var r = new string[n, n];\n            for (int i = 0; i < n; i++)\n                for (int j = 0; j < n; j++)\n                    r[i, j] = x.ToString() + i + j;\n            return r;\n        }\n    }\n}\n", callM: true, callsTwin: true, parse: null);

        [Fact]
        public void Q4_NotNullOutOfMaybeNullField()
            => Same(Usings + "namespace P\n{\n    public static partial class K\n    {\n        private static string? cache;\n        [Parallelize(MinParallelWork = 1)]\n        [System.Diagnostics.CodeAnalysis.MemberNotNull(nameof(cache))]\n        public static string[,] Run(int n)\n        {\n            cache = \"c\";\n            var r = new string[n, n];\n            for (int i = 0; i < n; i++)\n                for (int j = 0; j < n; j++)\n                    r[i, j] = cache.Length + \"\" + i + j;\n            return r;\n        }\n    }\n}\n");

        private static (Compilation Output, string Generated) Generate(CSharpCompilation input, bool callsTwin = false)
            => GeneratorRunner.RunClean(input, callsTwin ? "CS0103" : null);

        private static object? Invoke(Compilation output, string typeName, string methodName, params object?[] arguments)
            => GeneratorRunner.Invoke(output, typeName, methodName, arguments);
    }
}
