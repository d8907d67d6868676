using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using LoopGen.Diagnostics.Analyzers;
using LoopGen.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace LoopGen.Tests
{
    /// <summary>
    /// Red-team tests of ClassificationCache: compilation A is run, then compilation B (freshly parsed, same paths,
    /// differing in the way probed) is run and its output is compared with a fresh run on a copy of B whose marked
    /// file has another leading guid comment (so it cannot hit the cache). A test marked FOUND exposed a stale reuse in
    /// round 20 (it failed on 5a1b558, on purpose); all were fixed in 9401fed and later, and now guard against a return.
    /// </summary>
    [Collection(KeptResultsCollection.Name)]
    public sealed class Test_ClassificationCache_RedTeam
    {
        // A nest that may run in parallel (reads the other array) and its racing variant (reads the row the previous
        // outer iteration wrote). Same length, same position; 'ä' and 'ö' are both '?' in ASCII.
        private const string ShiftSafe = """
            using LoopGen;

            public static partial class Grid
            {
                [Parallelize]
                public static void Shift(int[][] ä, int[][] ö)
                {
                    for (int i = 1; i < ä.Length; i++)
                        for (int j = 0; j < ä[i].Length; j++)
                            ä[i][j] = ö[i - 1][j] + 1;
                }
            }
            """;

        private static readonly string ShiftRacing = ShiftSafe.Replace("ä[i][j] = ö[i - 1][j] + 1;", "ä[i][j] = ä[i - 1][j] + 1;");

        private const string Other = """
            public static class Other
            {
                public static int Value()
                {
                    return 1;
                }
            }
            """;

        // ---------------------------------------------------------------- encoding: checksum of a lossy encoding

        // FOUND (round 20, fixed): the content key is the checksum of the text *encoded* with its encoding; in ASCII (or any code page) characters it cannot represent all become '?', so two different texts of M's file get the same key and B reuses A's twin for a nest that now races.
        [Fact]
        public void Found_LossyEncoding_BodyEditIsInvisibleToChecksum_StaleTwinForRacingNest()
        {
            string guid = Guid();
            string[] fresh = Generate(Compile(Encoding.ASCII, Guid() + ShiftRacing, Other));
            Assert.DoesNotContain(fresh, f => f.Contains("ShiftParallel"));
            Assert.Contains(Generate(Compile(Encoding.ASCII, Guid() + ShiftSafe, Other)), f => f.Contains("ShiftParallel"));

            _ = Generate(Compile(Encoding.ASCII, guid + ShiftSafe, Other));
            string[] reused = Generate(Compile(Encoding.ASCII, guid + ShiftRacing, Other));

            AssertSame(fresh, reused);
        }

        // FOUND (round 20, fixed): same as above for the analyzer: the racing nest's rejection is missing and LG0003 (twin available) is reported instead.
        [Fact]
        public async Task Found_LossyEncoding_Analyzer_MissingRejection()
        {
            string guid = Guid();
            string[] fresh = await AnalyzeAsync(Compile(Encoding.ASCII, Guid() + ShiftRacing, Other));
            _ = await AnalyzeAsync(Compile(Encoding.ASCII, guid + ShiftSafe, Other));
            string[] reused = await AnalyzeAsync(Compile(Encoding.ASCII, guid + ShiftRacing, Other));

            AssertSame(fresh, reused);
        }

        [Fact]
        public void Probe_Utf8Encoding_BodyEdit_Recomputed()
        {
            string guid = Guid();
            string[] fresh = Generate(Compile(Encoding.UTF8, Guid() + ShiftRacing, Other));
            _ = Generate(Compile(Encoding.UTF8, guid + ShiftSafe, Other));
            CSharpCompilation b = Compile(Encoding.UTF8, guid + ShiftRacing, Other);
            string[] reused = Generate(b);

            AssertSame(fresh, reused);
        }

        // FOUND (round 20, fixed): the same collision in a callee's file (a recorded read): 'return x + ä;' -> 'return x + ö;' where ö's getter writes a static; the read file keeps its key, so B reuses the twin of a nest that now races on 'calls'.
        [Fact]
        public void Found_LossyEncoding_CalleeFileEdit_StaleTwin()
        {
            string callee = "public static class Helpers\n{\n    public static int calls;\n    public static int ä = 1;\n    public static int ö => calls++;\n\n    public static int Score(int x)\n    {\n        return x + ä;\n    }\n}\n";
            string racing = callee.Replace("return x + ä;", "return x + ö;");
            string marked = UsesTemplate.Replace("INNER", "for (int j = 0; j < a[i].Length; j++) a[i][j] = Helpers.Score(j);");
            string guid = Guid();
            string[] freshA = Generate(Compile(Encoding.ASCII, Guid() + marked, callee));
            string[] fresh = Generate(Compile(Encoding.ASCII, Guid() + marked, racing));
            Assert.Contains(freshA, f => f.Contains("FillParallel"));
            Assert.DoesNotContain(fresh, f => f.Contains("FillParallel"));
            _ = Generate(Compile(Encoding.ASCII, guid + marked, callee));
            string[] reused = Generate(Compile(Encoding.ASCII, guid + marked, racing));

            AssertSame(fresh, reused);
        }

        // ---------------------------------------------------------------- encoding: lone surrogate, default encoding

        // FOUND (round 20, fixed): with no encoding (UTF-8 for the checksum) a raw lone surrogate and U+FFFD encode to the same bytes, so M's file keeps its key after the edit and the twin keeps the old string literal.
        [Fact]
        public void Found_LoneSurrogate_DefaultEncoding_LiteralEdit_StaleTwinText()
        {
            // A raw lone surrogate and U+FFFD encode to the same UTF-8 bytes (EF BF BD): the checksum cannot tell them apart.
            string safe = Guid().Length > 0 ? """
                using LoopGen;

                public static partial class Grid
                {
                    [Parallelize]
                    public static void Tag(int[][] a, int[][] b)
                    {
                        for (int i = 0; i < a.Length; i++)
                            for (int j = 0; j < a[i].Length; j++)
                                a[i][j] = b[i][j] + "X".Length;
                    }
                }
                """ : string.Empty;
            string before = safe.Replace("\"X\"", "\"\uD800\"");
            string after = safe.Replace("\"X\"", "\"\uFFFD\"");
            string guid = Guid();
            string[] fresh = Generate(Compile(null, Guid() + after, Other));
            Assert.Contains(fresh, f => f.Contains("\uFFFD"));
            _ = Generate(Compile(null, guid + before, Other));
            string[] reused = Generate(Compile(null, guid + after, Other));

            AssertSame(fresh, reused);
        }

        // ---------------------------------------------------------------- '{ get; }' and '{ get => ...; }' have the same declaration tokens

        private const string AutoCounter = """
            public static class Counter
            {
                public static int calls;

                public static int Next { get; }
            }
            """;

        private static readonly string WritingCounter = AutoCounter.Replace("{ get; }", "{ get => calls++; }");

        private const string ReadsProperty = """
            using LoopGen;

            public static partial class Grid
            {
                [Parallelize]
                public static void Fill(int[][] a)
                {
                    for (int i = 0; i < a.Length; i++)
                        for (int j = 0; j < a[i].Length; j++)
                            a[i][j] = Counter.Next + j;
                }
            }
            """;

        [Fact]
        public void Probe_AutoPropertyBecomesExpressionBodiedGetterThatWrites_Generator()
        {
            string guid = Guid();
            string[] freshA = Generate(Compile(Encoding.UTF8, Guid() + ReadsProperty, AutoCounter));
            string[] fresh = Generate(Compile(Encoding.UTF8, Guid() + ReadsProperty, WritingCounter));
            Assert.NotEqual(freshA, fresh);
            _ = Generate(Compile(Encoding.UTF8, guid + ReadsProperty, AutoCounter));
            string[] reused = Generate(Compile(Encoding.UTF8, guid + ReadsProperty, WritingCounter));

            AssertSame(fresh, reused);
        }

        [Fact]
        public async Task Probe_AutoPropertyBecomesExpressionBodiedGetterThatWrites_Analyzer()
        {
            string guid = Guid();
            string[] fresh = await AnalyzeAsync(Compile(Encoding.UTF8, Guid() + ReadsProperty, WritingCounter));
            _ = await AnalyzeAsync(Compile(Encoding.UTF8, guid + ReadsProperty, AutoCounter));
            string[] reused = await AnalyzeAsync(Compile(Encoding.UTF8, guid + ReadsProperty, WritingCounter));

            AssertSame(fresh, reused);
        }

        // ---------------------------------------------------------------- '#nullable' in another file is trivia, not a token

        private const string NamesAnnotated = """
            #nullable enable
            public static class Data
            {
                public static string?[] Names = new string?[4];
            }
            """;

        private static readonly string NamesOblivious = NamesAnnotated.Replace("#nullable enable", "#nullable disable");

        private const string ReadsNames = """
            using LoopGen;

            public static partial class Grid
            {
                [Parallelize]
                public static void Lengths(int[][] a)
                {
                    var names = Data.Names;
                    for (int i = 0; i < a.Length; i++)
                        for (int j = 0; j < a[i].Length; j++)
                            a[i][j] = (names[j % 4] ?? "").Length + j;
                }
            }
            """;

        [Fact]
        public void Probe_NullableDirectiveInAnotherFile_FieldTypeTheTwinNames()
        {
            string guid = Guid();
            string[] freshA = Generate(Compile(Encoding.UTF8, Guid() + ReadsNames, NamesAnnotated));
            string[] fresh = Generate(Compile(Encoding.UTF8, Guid() + ReadsNames, NamesOblivious));
            Assert.Contains(fresh, f => f.Contains("LengthsParallel"));

            // The twin names 'string?[]' either way: '?' written where annotations are disabled still annotates (CS8632),
            // and a non-annotated and an oblivious type display alike. So the directive, invisible to the digest, changes nothing here.
            Assert.Equal(freshA, fresh);
            _ = Generate(Compile(Encoding.UTF8, guid + ReadsNames, NamesAnnotated));
            string[] reused = Generate(Compile(Encoding.UTF8, guid + ReadsNames, NamesOblivious));

            AssertSame(fresh, reused);
        }

        // ---------------------------------------------------------------- options: SyntaxTreeOptionsProvider is dropped from the key

        private const string AnnotatedSignature = """
            using LoopGen;

            public static partial class Grid
            {
                [Parallelize]
                public static void Scale(int[][] a, string? tag)
                {
                    for (int i = 0; i < a.Length; i++)
                        for (int j = 0; j < a[i].Length; j++)
                            a[i][j] = a[i][j] * 2;
                }
            }
            """;

        // FOUND (round 20, fixed): Normalize drops SyntaxTreeOptionsProvider, but its IsGenerated ('generated_code = true' in .editorconfig) changes M's file's nullable context, so the twin keeps '#nullable enable annotations' where a fresh run writes 'disable'.
        [Fact]
        public void Found_FileMarkedGeneratedByEditorConfig_StaleNullableDirectiveInTwin()
        {
            // 'generated_code = true' in an .editorconfig reaches the compiler as SyntaxTreeOptionsProvider.IsGenerated:
            // a generated file's nullable context is disabled unless a directive enables it.
            var parse = new CSharpParseOptions(LanguageVersion.Latest);
            var plain = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable);
            CSharpCompilationOptions generated = plain.WithSyntaxTreeOptionsProvider(new GeneratedFileOptions("Test0.cs"));
            string guid = Guid();
            string[] freshA = Generate(Compile(parse, plain, Encoding.UTF8, Guid() + AnnotatedSignature, Other));
            string[] fresh = Generate(Compile(parse, generated, Encoding.UTF8, Guid() + AnnotatedSignature, Other));
            Assert.Contains(fresh, f => f.Contains("ScaleParallel"));
            Assert.NotEqual(freshA, fresh);
            _ = Generate(Compile(parse, plain, Encoding.UTF8, guid + AnnotatedSignature, Other));
            string[] reused = Generate(Compile(parse, generated, Encoding.UTF8, guid + AnnotatedSignature, Other));

            AssertSame(fresh, reused);
        }

        // ---------------------------------------------------------------- body-only edits in another file (invisible to the digest)

        private const string UsesTemplate = """
            using LoopGen;

            public static partial class Grid
            {
                [Parallelize]
                public static void Fill(int[][] a)
                {
                    for (int i = 0; i < a.Length; i++)
                        INNER
                }
            }
            """;

        private static readonly System.Collections.Generic.Dictionary<string, (string Inner, string Before, string From, string To, bool Meaningful)> BodyCases = new()
        {
            ["operator"] = (
                "for (int j = 0; j < a[i].Length; j++) a[i][j] = (new V(i) + new V(j)).X;",
                "public readonly struct V\n{\n    public static int calls;\n    public readonly int X;\n    public V(int x) { X = x; }\n    public static V operator +(V a, V b) { return new V(a.X + b.X); }\n}\n",
                "{ return new V(a.X + b.X); }",
                "{ calls++; return new V(a.X + b.X); }",
                true),
            ["indexer"] = (
                "for (int j = 0; j < a[i].Length; j++) a[i][j] = Table.Instance[j];",
                "public sealed class Table\n{\n    public static int calls;\n    public static readonly Table Instance = new Table();\n    public int this[int k] { get { return k * 2; } }\n}\n",
                "get { return k * 2; }",
                "get { calls++; return k * 2; }",
                true),
            ["constructor"] = (
                "for (int j = 0; j < a[i].Length; j++) a[i][j] = new Box(j).Value;",
                "public sealed class Box\n{\n    public static int calls;\n    public readonly int Value;\n    public Box(int v) { Value = v; }\n}\n",
                "{ Value = v; }",
                "{ calls++; Value = v; }",
                true),
            ["arrow-property"] = (
                "for (int j = 0; j < a[i].Length; j++) a[i][j] = Props.P + j;",
                "public static class Props\n{\n    public static int calls;\n    public static int P => 3;\n}\n",
                "=> 3;",
                "=> calls++;",
                true),
            ["local-function-in-callee"] = (
                "for (int j = 0; j < a[i].Length; j++) a[i][j] = Calc.Score(j);",
                "public static class Calc\n{\n    public static int calls;\n    public static int Score(int x)\n    {\n        return Local(x);\n        int Local(int y) { return y; }\n    }\n}\n",
                "int Local(int y) { return y; }",
                "int Local(int y) { calls++; return y; }",
                true),
            ["enumerator"] = (
                "foreach (int x in Bag.Instance) a[i][x] = x;",
                "public sealed class Bag\n{\n    public static int calls;\n    public static readonly Bag Instance = new Bag();\n    public Enumerator GetEnumerator() { return new Enumerator(); }\n    public struct Enumerator\n    {\n        private int k;\n        public int Current => k;\n        public bool MoveNext() { return ++k < 3; }\n    }\n}\n",
                "public bool MoveNext() { return ++k < 3; }",
                "public bool MoveNext() { calls++; return ++k < 3; }",
                false),
            ["static-constructor"] = (
                "for (int j = 0; j < a[i].Length; j++) a[i][j] = Holder.Value + j;",
                "public static class Holder\n{\n    public static int calls;\n    public static readonly int Value = 5;\n    static Holder() { }\n}\n",
                "static Holder() { }",
                "static Holder() { calls++; }",
                false),
            ["field-lambda"] = (
                "for (int j = 0; j < a[i].Length; j++) a[i][j] = Funcs.F(j);",
                "public static class Funcs\n{\n    public static int calls;\n    public static readonly System.Func<int, int> F = x => x + 1;\n}\n",
                "x => x + 1;",
                "x => calls++ + x;",
                false),
            ["init-accessor-body"] = (
                "for (int j = 0; j < a[i].Length; j++) a[i][j] = new Item { N = j }.N;",
                "public sealed class Item\n{\n    public static int calls;\n    private int n;\n    public int N { get { return n; } init { n = value; } }\n}\n",
                "init { n = value; }",
                "init { calls++; n = value; }",
                true),
        };

        public static TheoryData<string> BodyCaseNames => new(BodyCases.Keys);

        [Theory]
        [MemberData(nameof(BodyCaseNames))]
        public async Task Probe_BodyOnlyEditInAnotherFile(string name)
        {
            (string inner, string before, string from, string to, bool meaningful) = BodyCases[name];
            Assert.Contains(from, before);
            string after = before.Replace(from, to);
            string marked = UsesTemplate.Replace("INNER", inner);
            string guid = Guid();

            string[] freshA = Generate(Compile(Encoding.UTF8, Guid() + marked, before));
            string[] fresh = Generate(Compile(Encoding.UTF8, Guid() + marked, after));
            string[] freshDiagnostics = await AnalyzeAsync(Compile(Encoding.UTF8, Guid() + marked, after));
            if (meaningful)
            {
                Assert.NotEqual(freshA, fresh);
            }

            _ = Generate(Compile(Encoding.UTF8, guid + marked, before));
            _ = await AnalyzeAsync(Compile(Encoding.UTF8, guid + marked, before));
            string[] reused = Generate(Compile(Encoding.UTF8, guid + marked, after));
            string[] reusedDiagnostics = await AnalyzeAsync(Compile(Encoding.UTF8, guid + marked, after));

            AssertSame(fresh, reused);
            AssertSame(freshDiagnostics, reusedDiagnostics);
        }

        // ---------------------------------------------------------------- probes paired with the FOUND cases

        [Fact]
        public async Task Probe_Utf8Encoding_BodyEdit_Analyzer_Reclassified()
        {
            string guid = Guid();
            string[] fresh = await AnalyzeAsync(Compile(Encoding.UTF8, Guid() + ShiftRacing, Other));
            _ = await AnalyzeAsync(Compile(Encoding.UTF8, guid + ShiftSafe, Other));
            string[] reused = await AnalyzeAsync(Compile(Encoding.UTF8, guid + ShiftRacing, Other));

            Assert.Contains(fresh, d => d.StartsWith("LG0100", System.StringComparison.Ordinal));
            AssertSame(fresh, reused);
        }

        [Fact]
        public void Probe_AsciiEncoding_AsciiOnlyBodyEdit_Reclassified()
        {
            string safe = ShiftSafe.Replace("ä", "x").Replace("ö", "y");
            string racing = ShiftRacing.Replace("ä", "x").Replace("ö", "y");
            string guid = Guid();
            string[] fresh = Generate(Compile(Encoding.ASCII, Guid() + racing, Other));
            _ = Generate(Compile(Encoding.ASCII, guid + safe, Other));
            string[] reused = Generate(Compile(Encoding.ASCII, guid + racing, Other));

            Assert.DoesNotContain(fresh, f => f.Contains("ShiftParallel"));
            AssertSame(fresh, reused);
        }

        [Fact]
        public void Probe_DefaultEncoding_OrdinaryLiteralEdit_Reclassified()
        {
            string template = ShiftSafe.Replace("ö[i - 1][j] + 1;", "ö[i - 1][j] + \"X\".Length;");
            string guid = Guid();
            string[] fresh = Generate(Compile(null, Guid() + template.Replace("\"X\"", "\"Y\""), Other));
            _ = Generate(Compile(null, guid + template, Other));
            string[] reused = Generate(Compile(null, guid + template.Replace("\"X\"", "\"Y\""), Other));

            Assert.Contains(fresh, f => f.Contains("\"Y\".Length"));
            AssertSame(fresh, reused);
        }

        [Fact]
        public void Probe_SameEditorConfigResult_NewProviderObject_ReusedAndSame()
        {
            var parse = new CSharpParseOptions(LanguageVersion.Latest);
            var plain = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable);
            string guid = Guid();
            string[] fresh = Generate(Compile(parse, plain.WithSyntaxTreeOptionsProvider(new GeneratedFileOptions("Test0.cs")), Encoding.UTF8, Guid() + AnnotatedSignature, Other));
            _ = Generate(Compile(parse, plain.WithSyntaxTreeOptionsProvider(new GeneratedFileOptions("Test0.cs")), Encoding.UTF8, guid + AnnotatedSignature, Other));
            CSharpCompilation b = Compile(parse, plain.WithSyntaxTreeOptionsProvider(new GeneratedFileOptions("Test0.cs")), Encoding.UTF8, guid + AnnotatedSignature, Other);
            string[] reused = Generate(b);

            Assert.Equal((1, 0), LoopGen.Generator.ModelCache.CountsFor(b));
            AssertSame(fresh, reused);
        }

        // ---------------------------------------------------------------- other files: moves, directives, global usings, duplicates

        [Fact]
        public void Probe_PartialImplementationMovedToAnotherFile_WithRacingBody()
        {
            string declaration = """
                using LoopGen;

                public static partial class Grid
                {
                    [Parallelize]
                    public static partial void Shift(int[][] x, int[][] y);
                }
                """;
            string implementation = """
                public static partial class Grid
                {
                    public static partial void Shift(int[][] x, int[][] y)
                    {
                        for (int i = 1; i < x.Length; i++)
                            for (int j = 0; j < x[i].Length; j++)
                                x[i][j] = y[i - 1][j] + 1;
                    }
                }
                """;
            string racing = implementation.Replace("y[i - 1][j]", "x[i - 1][j]");
            string guid = Guid();
            string[] fresh = Generate(Compile(Encoding.UTF8, Guid() + declaration, Other, racing));
            Assert.Contains(Generate(Compile(Encoding.UTF8, Guid() + declaration, implementation, Other)), f => f.Contains("ShiftParallel"));
            Assert.DoesNotContain(fresh, f => f.Contains("ShiftParallel"));
            _ = Generate(Compile(Encoding.UTF8, guid + declaration, implementation, Other));
            string[] reused = Generate(Compile(Encoding.UTF8, guid + declaration, Other, racing));

            AssertSame(fresh, reused);
        }

        [Fact]
        public void Probe_DefineInCalleeFile_TurnsOnAStaticWriteInItsBody()
        {
            string callee = """
                public static class Helpers
                {
                    public static int calls;

                    public static int Score(int a)
                    {
                #if COUNT
                        calls++;
                #endif
                        return a * 2;
                    }
                }
                """;
            string marked = UsesTemplate.Replace("INNER", "for (int j = 0; j < a[i].Length; j++) a[i][j] = Helpers.Score(j);");
            string guid = Guid();
            string[] freshA = Generate(Compile(Encoding.UTF8, Guid() + marked, callee));
            string[] fresh = Generate(Compile(Encoding.UTF8, Guid() + marked, "#define COUNT\n" + callee));
            Assert.NotEqual(freshA, fresh);
            _ = Generate(Compile(Encoding.UTF8, guid + marked, callee));
            string[] reused = Generate(Compile(Encoding.UTF8, guid + marked, "#define COUNT\n" + callee));

            AssertSame(fresh, reused);
        }

        [Fact]
        public void Probe_GlobalUsingStaticInAnotherFile_RebindsACallInTheNest()
        {
            // 'Score(j)' binds through whichever 'global using static' another file declares: a declaration elsewhere.
            string marked = UsesTemplate.Replace("INNER", "for (int j = 0; j < a[i].Length; j++) a[i][j] = Score(j);");
            string helpers = "public static class Plain\n{\n    public static int Score(int a) { return a; }\n}\n\npublic static class Counting\n{\n    public static int calls;\n    public static int Score(int a) { calls++; return a; }\n}\n";
            string guid = Guid();
            string[] fresh = Generate(Compile(Encoding.UTF8, Guid() + marked, helpers, "global using static Counting;\n"));
            Assert.Contains(Generate(Compile(Encoding.UTF8, Guid() + marked, helpers, "global using static Plain;\n")), f => f.Contains("FillParallel"));
            Assert.DoesNotContain(fresh, f => f.Contains("FillParallel"));
            _ = Generate(Compile(Encoding.UTF8, guid + marked, helpers, "global using static Plain;\n"));
            string[] reused = Generate(Compile(Encoding.UTF8, guid + marked, helpers, "global using static Counting;\n"));

            AssertSame(fresh, reused);
        }

        [Fact]
        public async Task Probe_TwoFilesWithTheSamePath_FindingsResolvedInTheRightOne()
        {
            // The callee's file and an unrelated file share a path (the finding is at the call, in M's file; the callee's file is a recorded read).
            string callee = "public static class Helpers\n{\n    public static int calls;\n    public static int Score(int a) { calls++; return a; }\n}\n";
            string marked = UsesTemplate.Replace("INNER", "for (int j = 0; j < a[i].Length; j++) a[i][j] = Helpers.Score(j);");
            var parse = new CSharpParseOptions(LanguageVersion.Latest);
            var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable);
            CSharpCompilation Build(string guid, string unrelated) => CSharpCompilation.Create(
                "TestAssembly",
                new[]
                {
                    CSharpSyntaxTree.ParseText(SourceText.From(guid + marked, Encoding.UTF8), parse, path: "Test0.cs"),
                    CSharpSyntaxTree.ParseText(SourceText.From(unrelated, Encoding.UTF8), parse, path: "Same.cs"),
                    CSharpSyntaxTree.ParseText(SourceText.From(callee, Encoding.UTF8), parse, path: "Same.cs"),
                },
                TestReferences.Reloaded,
                options);
            string g = Guid();
            string[] fresh = await AnalyzeAsync(Build(Guid(), Other.Replace("return 1;", "return 2;")));
            Assert.Contains(fresh, d => d.Contains("calls"));
            _ = await AnalyzeAsync(Build(g, Other));
            CSharpCompilation b = Build(g, Other.Replace("return 1;", "return 2;"));
            System.Collections.Immutable.ImmutableArray<Diagnostic> diagnostics = await b.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new ParallelizeAnalyzer())).GetAnalyzerDiagnosticsAsync();

            Assert.All(diagnostics.Where(d => d.Location.SourceTree?.FilePath == "Same.cs"), d => Assert.Same(b.SyntaxTrees.ElementAt(2), d.Location.SourceTree));
            AssertSame(fresh, await AnalyzeAsync(b));
        }

        // ---------------------------------------------------------------- partial members whose body is in another file (C# 13/14)

        [Theory]
        [InlineData("property")]
        [InlineData("indexer")]
        [InlineData("constructor")]
        public void Probe_PartialMemberImplementationBodyInAnotherFile(string kind)
        {
            (string inner, string definition, string implementation, string from, string to) = kind switch
            {
                "property" => (
                    "for (int j = 0; j < a[i].Length; j++) a[i][j] = Counter.Next + j;",
                    "public static partial class Counter\n{\n    public static partial int Next { get; }\n}\n",
                    "public static partial class Counter\n{\n    public static int calls;\n    public static partial int Next { get => 3; }\n}\n",
                    "get => 3;",
                    "get => calls++;"),
                "indexer" => (
                    "for (int j = 0; j < a[i].Length; j++) a[i][j] = Table.Instance[j];",
                    "public sealed partial class Table\n{\n    public static readonly Table Instance = new Table();\n    public partial int this[int k] { get; }\n}\n",
                    "public sealed partial class Table\n{\n    public static int calls;\n    public partial int this[int k] { get { return k * 2; } }\n}\n",
                    "get { return k * 2; }",
                    "get { calls++; return k * 2; }"),
                _ => (
                    "for (int j = 0; j < a[i].Length; j++) a[i][j] = new Box(j).Value;",
                    "public sealed partial class Box\n{\n    public readonly int Value;\n    public partial Box(int v);\n}\n",
                    "public sealed partial class Box\n{\n    public static int calls;\n    public partial Box(int v) { Value = v; }\n}\n",
                    "{ Value = v; }",
                    "{ calls++; Value = v; }"),
            };
            var parse = new CSharpParseOptions(LanguageVersion.Preview);
            var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable);
            string marked = UsesTemplate.Replace("INNER", inner);
            string after = implementation.Replace(from, to);
            CSharpCompilation check = Compile(parse, options, Encoding.UTF8, marked, definition, after);
            Assert.Empty(check.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error && d.Id != "CS0103" && !d.GetMessage().Contains("Parallel")));
            string guid = Guid();
            string[] freshA = Generate(Compile(parse, options, Encoding.UTF8, Guid() + marked, definition, implementation));
            string[] fresh = Generate(Compile(parse, options, Encoding.UTF8, Guid() + marked, definition, after));
            _ = Generate(Compile(parse, options, Encoding.UTF8, guid + marked, definition, implementation));
            string[] reused = Generate(Compile(parse, options, Encoding.UTF8, guid + marked, definition, after));

            Assert.Contains(freshA, f => f.Contains("FillParallel"));
            Assert.DoesNotContain(fresh, f => f.Contains("FillParallel"));
            AssertSame(fresh, reused);
        }

        // ---------------------------------------------------------------- 'field' in an accessor body declares a field (C# 14)

        // FOUND (round 20, fixed): a 'field' keyword written in an accessor body adds a backing field (in GetMembers) that a record's generated Equals compares; the digest skips accessor bodies and Key's file is never read, so B reuses a twin for a nest whose List.Contains now runs Evil.Equals (a static write).
        [Fact]
        public void Found_FieldKeywordInAccessorBody_AddsAFieldThatARecordsEqualsCompares_StaleTwin()
        {
            // 'get => null; init => _ = value;' and 'get => field; init => field = value;' have the same tokens outside
            // bodies, but only the second declares a backing field, which the record's generated Equals compares with
            // Evil.Equals (a static write). The nest reads nothing in Key's file, so that file is not recorded.
            string marked = """
                using LoopGen;

                public static partial class Grid
                {
                    [Parallelize]
                    public static void Count(int[][] a, System.Collections.Generic.List<Key> keys, Key probe)
                    {
                        for (int i = 0; i < a.Length; i++)
                            for (int j = 0; j < a[i].Length; j++)
                                a[i][j] = keys.Contains(probe) ? 1 : 0;
                    }
                }
                """;
            string withoutField = "public sealed record Key\n{\n    public Evil? P { get => null; init => _ = value; }\n}\n";
            string withField = withoutField.Replace("get => null; init => _ = value;", "get => field; init => field = value;");
            string evil = "public sealed class Evil\n{\n    public static int calls;\n    public override bool Equals(object? o) { calls++; return false; }\n    public override int GetHashCode() => 0;\n}\n";
            var parse = new CSharpParseOptions(LanguageVersion.Preview);
            var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable);
            Assert.Empty(Compile(parse, options, Encoding.UTF8, withField, evil).GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
            string guid = Guid();
            string[] freshA = Generate(Compile(parse, options, Encoding.UTF8, Guid() + marked, withoutField, evil));
            string[] fresh = Generate(Compile(parse, options, Encoding.UTF8, Guid() + marked, withField, evil));
            Assert.Contains(freshA, f => f.Contains("CountParallel"));
            Assert.DoesNotContain(fresh, f => f.Contains("CountParallel"));
            _ = Generate(Compile(parse, options, Encoding.UTF8, guid + marked, withoutField, evil));
            string[] reused = Generate(Compile(parse, options, Encoding.UTF8, guid + marked, withField, evil));

            AssertSame(fresh, reused);
        }

        // ---------------------------------------------------------------- '{ get; }' and '{ get => null; }': same tokens, only one has a field

        private const string CountsKeys = """
            using LoopGen;

            public static partial class Grid
            {
                [Parallelize]
                public static void Count(int[][] a, System.Collections.Generic.List<Key> keys, Key probe)
                {
                    for (int i = 0; i < a.Length; i++)
                        for (int j = 0; j < a[i].Length; j++)
                            a[i][j] = keys.Contains(probe) ? 1 : 0;
                }
            }
            """;

        private const string EvilEquals = "public sealed class Evil\n{\n    public static int calls;\n    public override bool Equals(object? o) { calls++; return false; }\n    public override int GetHashCode() => 0;\n}\n";

        [Theory]
        [InlineData("public sealed record Key\n{\n    public Evil? P { get => null; }\n}\n", "get => null;", "get;")]
        [InlineData("public sealed record Key\n{\n    public Evil? P { get => null; init => _ = value; }\n}\n", "get => null; init => _ = value;", "get; init;")]
        [InlineData("public readonly struct Key\n{\n    public Evil? P { get => null; }\n}\n", "get => null;", "get;")]
        public void Found_ComputedPropertyBecomesAutoProperty_NewFieldComparedByEquals_StaleTwin(string computed, string from, string to)
        {
            // FOUND (round 20, fixed): '{ get => null; }' -> '{ get; }' keeps every token outside bodies, but adds the backing field that the record's (or struct's) Equals compares with Evil.Equals; Key's file is not read, so B reuses the twin of a nest that now writes Evil.calls from every iteration.
            string auto = computed.Replace(from, to);
            string guid = Guid();
            string[] freshA = Generate(Compile(Encoding.UTF8, Guid() + CountsKeys, computed, EvilEquals));
            string[] fresh = Generate(Compile(Encoding.UTF8, Guid() + CountsKeys, auto, EvilEquals));
            Assert.Contains(freshA, f => f.Contains("CountParallel"));
            Assert.DoesNotContain(fresh, f => f.Contains("CountParallel"));
            _ = Generate(Compile(Encoding.UTF8, guid + CountsKeys, computed, EvilEquals));
            string[] reused = Generate(Compile(Encoding.UTF8, guid + CountsKeys, auto, EvilEquals));

            AssertSame(fresh, reused);
        }

        // FOUND (round 20, fixed): same for the analyzer: the rejection (or trusted-call warning) of Evil.Equals is missing and LG0003 is reported.
        [Fact]
        public async Task Found_ComputedPropertyBecomesAutoProperty_Analyzer_MissingFinding()
        {
            string computed = "public sealed record Key\n{\n    public Evil? P { get => null; }\n}\n";
            string auto = computed.Replace("get => null;", "get;");
            string guid = Guid();
            string[] fresh = await AnalyzeAsync(Compile(Encoding.UTF8, Guid() + CountsKeys, auto, EvilEquals));
            _ = await AnalyzeAsync(Compile(Encoding.UTF8, guid + CountsKeys, computed, EvilEquals));
            string[] reused = await AnalyzeAsync(Compile(Encoding.UTF8, guid + CountsKeys, auto, EvilEquals));

            AssertSame(fresh, reused);
        }

        [Fact]
        public void Probe_ComputedPropertyBecomesAutoProperty_KeysFileRead_Reclassified()
        {
            // The same edit as the FOUND case, but the nest also calls a method of Key, so Key's file is a recorded read.
            string marked = CountsKeys.Replace("keys.Contains(probe) ? 1 : 0;", "keys.Contains(probe) && probe.Check() ? 1 : 0;");
            string computed = "public sealed record Key\n{\n    public Evil? P { get => null; }\n\n    public bool Check() { return true; }\n}\n";
            string auto = computed.Replace("get => null;", "get;");
            string guid = Guid();
            string[] freshA = Generate(Compile(Encoding.UTF8, Guid() + marked, computed, EvilEquals));
            string[] fresh = Generate(Compile(Encoding.UTF8, Guid() + marked, auto, EvilEquals));
            Assert.Contains(freshA, f => f.Contains("CountParallel"));
            Assert.DoesNotContain(fresh, f => f.Contains("CountParallel"));
            _ = Generate(Compile(Encoding.UTF8, guid + marked, computed, EvilEquals));
            string[] reused = Generate(Compile(Encoding.UTF8, guid + marked, auto, EvilEquals));

            AssertSame(fresh, reused);
        }

        // FOUND (round 20, conservative side, fixed): '{ get; }' -> '{ get => null; }' removes the field; B reuses the rejection and no twin is generated where a fresh run generates one (stale, but not unsound).
        [Fact]
        public void Found_AutoPropertyBecomesComputed_FieldRemoved_StaleRejection()
        {
            // The other way round (a field goes away): the verdict may only become more permissive.
            string auto = "public sealed record Key\n{\n    public Evil? P { get; }\n}\n";
            string computed = auto.Replace("get;", "get => null;");
            string guid = Guid();
            string[] fresh = Generate(Compile(Encoding.UTF8, Guid() + CountsKeys, computed, EvilEquals));
            _ = Generate(Compile(Encoding.UTF8, guid + CountsKeys, auto, EvilEquals));
            string[] reused = Generate(Compile(Encoding.UTF8, guid + CountsKeys, computed, EvilEquals));

            AssertSame(fresh, reused);
        }

        // FOUND (round 20, fixed): a member body that starts using a primary constructor parameter makes the compiler capture it in a field of the struct, which the struct's Equals compares (fresh run: rejected); the body is outside the digest and Key's file is not read, so B reuses the twin.
        [Fact]
        public void Found_PrimaryConstructorParameterCapturedByABody_StructEquals_StaleTwin()
        {
            // A body that uses a primary constructor parameter makes the compiler capture it in a field of the struct,
            // which ValueType.Equals compares.
            string uncaptured = "public readonly struct Key(Evil? e)\n{\n    public bool Has => false;\n}\n";
            string captured = uncaptured.Replace("=> false;", "=> e is null;");
            string guid = Guid();
            string[] freshA = Generate(Compile(Encoding.UTF8, Guid() + CountsKeys, uncaptured, EvilEquals));
            string[] fresh = Generate(Compile(Encoding.UTF8, Guid() + CountsKeys, captured, EvilEquals));
            Assert.Contains(freshA, f => f.Contains("CountParallel"));
            Assert.DoesNotContain(fresh, f => f.Contains("CountParallel"));
            _ = Generate(Compile(Encoding.UTF8, guid + CountsKeys, uncaptured, EvilEquals));
            string[] reused = Generate(Compile(Encoding.UTF8, guid + CountsKeys, captured, EvilEquals));

            AssertSame(fresh, reused);
        }

        // ---------------------------------------------------------------- references and options

        [Fact]
        public void Probe_SameReferencePathAndVersion_OtherAliases_Reclassified()
        {
            string marked = UsesTemplate.Replace("INNER", "for (int j = 0; j < a[i].Length; j++) a[i][j] = Lib.Twice(j);");
            CSharpCompilation library = CSharpCompilation.Create(
                "Lib",
                new[] { CSharpSyntaxTree.ParseText("public static class Lib { public static int Twice(int x) => 2 * x; }") },
                TestReferences.All,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, deterministic: true));
            using var stream = new System.IO.MemoryStream();
            Assert.True(library.Emit(stream).Success);
            byte[] image = stream.ToArray();
            MetadataReference Lib(params string[] aliases) => MetadataReference.CreateFromImage(image, new MetadataReferenceProperties(aliases: aliases.ToImmutableArray()), filePath: "/refs/Lib.dll");

            string guid = Guid();
            string[] fresh = Generate(Compile(Encoding.UTF8, Guid() + marked, Other).AddReferences(Lib("L")));
            string[] freshGlobal = Generate(Compile(Encoding.UTF8, Guid() + marked, Other).AddReferences(Lib()));
            Assert.Contains(freshGlobal, f => f.Contains("FillParallel"));
            Assert.DoesNotContain(fresh, f => f.Contains("FillParallel"));
            _ = Generate(Compile(Encoding.UTF8, guid + marked, Other).AddReferences(Lib()));
            string[] reused = Generate(Compile(Encoding.UTF8, guid + marked, Other).AddReferences(Lib("L")));

            AssertSame(fresh, reused);
        }

        [Theory]
        [InlineData("overflow")]
        [InlineData("unsafe")]
        [InlineData("nullable")]
        [InlineData("platform")]
        public void Probe_OptionThatSurvivesNormalization_Reclassified(string which)
        {
            var plain = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable);
            CSharpCompilationOptions changed = which switch
            {
                "overflow" => plain.WithOverflowChecks(true),
                "unsafe" => plain.WithAllowUnsafe(true),
                "nullable" => plain.WithNullableContextOptions(NullableContextOptions.Disable),
                _ => plain.WithPlatform(Platform.X86),
            };
            var parse = new CSharpParseOptions(LanguageVersion.Latest);
            string guid = Guid();
            string[] fresh = Generate(Compile(parse, changed, Encoding.UTF8, Guid() + AnnotatedSignature, Other));
            _ = Generate(Compile(parse, plain, Encoding.UTF8, guid + AnnotatedSignature, Other));
            CSharpCompilation b = Compile(parse, changed, Encoding.UTF8, guid + AnnotatedSignature, Other);
            string[] reused = Generate(b);

            Assert.Equal((0, 1), LoopGen.Generator.ModelCache.CountsFor(b));
            AssertSame(fresh, reused);
        }

        [Fact]
        public void OverloadsWithTheSameParameterCount_EachKeptInItsOwnSlot_BothReused()
        {
            // The slot names the parameter types as written: with only their count, each overload replaced the other's
            // value and neither was ever reused (found in round 20, 0 hits and 2 misses; a cost, never a stale result).
            string marked = """
                using LoopGen;

                public static partial class Grid
                {
                    [Parallelize]
                    public static void Fill(int[][] a)
                    {
                        for (int i = 0; i < a.Length; i++)
                            for (int j = 0; j < a[i].Length; j++)
                                a[i][j] = i + j;
                    }

                    [Parallelize]
                    public static void Fill(long[][] a)
                    {
                        for (int i = 0; i < a.Length; i++)
                            for (int j = 0; j < a[i].Length; j++)
                                a[i][j] = i - j;
                    }
                }
                """;
            string guid = Guid();
            string[] first = Generate(Compile(Encoding.UTF8, guid + marked, Other));
            CSharpCompilation b = Compile(Encoding.UTF8, guid + marked, Other);
            string[] second = Generate(b);

            AssertSame(first, second);
            Assert.Equal((2, 0), LoopGen.Generator.ModelCache.CountsFor(b));
        }

        // The converse of the editorconfig case (A: M's file marked generated, B: not). The reused twin is stale text (its
        // signature is written without annotations: 'string tag' where M says 'string? tag'), but it raises no warning in B:
        // the consequence is only that callers of the twin lose nullable warnings. Held as far as diagnostics go.
        [Fact]
        public void Probe_FileNoLongerMarkedGenerated_StaleTwinRaisesNoWarning()
        {
            var parse = new CSharpParseOptions(LanguageVersion.Latest);
            var plain = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable);
            CSharpCompilationOptions generated = plain.WithSyntaxTreeOptionsProvider(new GeneratedFileOptions("Test0.cs"));
            string guid = Guid();

            string[] WarningsInTwin(CSharpCompilation compilation)
            {
                GeneratorDriver driver = GeneratorRunner.CreateDriver(parse).RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out _);
                SyntaxTree twin = Assert.Single(driver.GetRunResult().GeneratedTrees);
                return output.GetDiagnostics().Where(d => d.Location.SourceTree == output.SyntaxTrees.Last() && d.Severity >= DiagnosticSeverity.Warning)
                    .Select(d => d.Id).OrderBy(x => x, System.StringComparer.Ordinal).ToArray();
            }

            string[] fresh = WarningsInTwin(Compile(parse, plain, Encoding.UTF8, Guid() + AnnotatedSignature, Other));
            _ = Generate(Compile(parse, generated, Encoding.UTF8, guid + AnnotatedSignature, Other));
            string[] reused = WarningsInTwin(Compile(parse, plain, Encoding.UTF8, guid + AnnotatedSignature, Other));

            Assert.Empty(fresh);
            AssertSame(fresh, reused);
        }

        // ---------------------------------------------------------------- robustness

        [Fact]
        public async Task Probe_UnreadableAndPathlessReferences_NoThrow_ReferenceObjectsCompared()
        {
            MetadataReference garbage = MetadataReference.CreateFromImage(new byte[] { 1, 2, 3, 4 }, filePath: "/refs/Broken.dll");
            string guid = Guid();
            // An unreadable reference makes every reference compare by object: same objects reuse, new objects do not.
            MetadataReference[] references = TestReferences.Reloaded.Append(garbage).ToArray();
            CSharpCompilation a = Compile(Encoding.UTF8, guid + ShiftSafe, Other).WithReferences(references);
            CSharpCompilation b = Compile(Encoding.UTF8, guid + ShiftSafe, Other).WithReferences(references);
            CSharpCompilation c = Compile(Encoding.UTF8, guid + ShiftSafe, Other).WithReferences(references.Take(references.Length - 1).Append(MetadataReference.CreateFromImage(new byte[] { 1, 2, 3, 4 }, filePath: "/refs/Broken.dll")));
            string[] ga = Generate(a);
            string[] gb = Generate(b);
            string[] gc = Generate(c);
            Assert.Equal(ga, gb);
            Assert.Equal(ga, gc);
            Assert.Equal((1, 0), LoopGen.Generator.ModelCache.CountsFor(b));
            Assert.Equal((0, 1), LoopGen.Generator.ModelCache.CountsFor(c));
            Assert.DoesNotContain(await AnalyzeAsync(c), d => d.StartsWith("AD", System.StringComparison.Ordinal) || d.StartsWith("LG9", System.StringComparison.Ordinal));
        }

        [Fact]
        public async Task Probe_HalfTypedCode_AfterCachedRun_NoThrow()
        {
            string guid = Guid();
            _ = Generate(Compile(Encoding.UTF8, guid + ShiftSafe, Other));
            _ = await AnalyzeAsync(Compile(Encoding.UTF8, guid + ShiftSafe, Other));
            foreach (string broken in new[]
            {
                ShiftSafe.Replace("+ 1;", "+ "),
                ShiftSafe.Replace("}\n}", string.Empty),
                ShiftSafe.Replace("int[][] ö)", "int[][] ö"),
                ShiftSafe.Replace("[Parallelize]", "[Parallelize(").Replace("public static void", "public static voi"),
            })
            {
                CSharpCompilation b = Compile(Encoding.UTF8, guid + broken, Other.Replace("return 1;", "return"));
                GeneratorDriver driver = GeneratorRunner.CreateDriver((CSharpParseOptions)b.SyntaxTrees.First().Options).RunGenerators(b);
                Assert.All(driver.GetRunResult().Results, r => Assert.Null(r.Exception));
                Assert.DoesNotContain(await AnalyzeAsync(b), d => d.StartsWith("AD", System.StringComparison.Ordinal));
            }
        }

        // Roslyn reads UTF-8 files with 'new UTF8Encoding(false, throwOnInvalidBytes: true)' and an edited text keeps that
        // encoding; its checksum encodes the text again. A lone surrogate in a literal (pasted in the IDE) then throws from
        // GetChecksum, which only the cache calls: the same method with a plain UTF-8 encoding is the expectation.
        private static readonly string SurrogateLiteral = ShiftSafe.Replace("ö[i - 1][j] + 1;", "ö[i - 1][j] + \"\uD800\".Length;");

        // FOUND (round 20, robustness, fixed): TreeContent.Compute calls GetChecksum, which throws EncoderFallbackException; the generator swallows it and the twin silently disappears (the analyzer still says it is generated).
        [Fact]
        public void Found_ThrowingEncoder_LoneSurrogate_Generator_TwinDropped()
        {
            string[] expected = Generate(Compile(new UTF8Encoding(false), Guid() + SurrogateLiteral, Other));
            Assert.Contains(expected, f => f.Contains("ShiftParallel"));

            string[] actual = Generate(Compile(new UTF8Encoding(false, throwOnInvalidBytes: true), Guid() + SurrogateLiteral, Other));

            AssertSame(expected, actual);
        }

        // FOUND (round 20, robustness, fixed): the analyzer reports LG0002 "internal error (EncoderFallbackException)" instead of LG0003.
        [Fact]
        public async Task Found_ThrowingEncoder_LoneSurrogate_Analyzer_InternalError()
        {
            string[] expected = await AnalyzeAsync(Compile(new UTF8Encoding(false), Guid() + SurrogateLiteral, Other));
            string[] actual = await AnalyzeAsync(Compile(new UTF8Encoding(false, throwOnInvalidBytes: true), Guid() + SurrogateLiteral, Other));

            AssertSame(expected, actual);
        }

        // FOUND (round 20, robustness, fixed): CompilationContent computes the key of every file, so one lone surrogate in any file of the project (here a file nothing reads) drops every twin.
        [Fact]
        public void Found_ThrowingEncoder_LoneSurrogateInAnUnrelatedFile_EveryTwinDropped()
        {
            string unrelated = Other.Replace("return 1;", "return \"\uD800\".Length;");
            string[] expected = Generate(Compile(new UTF8Encoding(false), Guid() + ShiftSafe, unrelated));
            Assert.Contains(expected, f => f.Contains("ShiftParallel"));

            string[] actual = Generate(Compile(new UTF8Encoding(false, throwOnInvalidBytes: true), Guid() + ShiftSafe, unrelated));

            AssertSame(expected, actual);
        }

        // ---------------------------------------------------------------- shared helpers

        /// <summary>Asserts that the output reused from the cache is the fresh output, naming the first line that differs.</summary>
        private static void AssertSame(string[] fresh, string[] reused)
        {
            string[] f = string.Join("\n====\n", fresh).Split('\n');
            string[] r = string.Join("\n====\n", reused).Split('\n');
            for (int i = 0; i < System.Math.Max(f.Length, r.Length); i++)
            {
                string fl = i < f.Length ? f[i] : "<end>";
                string rl = i < r.Length ? r[i] : "<end>";
                Assert.True(fl == rl, $"stale output, line {i}:\n fresh:  {fl}\n reused: {rl}");
            }
        }

        private static string Guid() => $"// {System.Guid.NewGuid():N}\n";

        private static CSharpCompilation Compile(Encoding? encoding, params string[] sources)
            => Compile(new CSharpParseOptions(LanguageVersion.Latest), new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable), encoding, sources);

        private static CSharpCompilation Compile(CSharpParseOptions parse, CSharpCompilationOptions options, Encoding? encoding, params string[] sources)
            => CSharpCompilation.Create(
                "TestAssembly",
                sources.Select((s, i) => CSharpSyntaxTree.ParseText(SourceText.From(s, encoding), parse, path: $"Test{i}.cs")),
                TestReferences.Reloaded,
                options);

        private static string[] Generate(CSharpCompilation compilation)
        {
            GeneratorDriver driver = GeneratorRunner.CreateDriver((CSharpParseOptions)compilation.SyntaxTrees.First().Options).RunGenerators(compilation);
            return driver.GetRunResult().GeneratedTrees.Select(t => t.FilePath + "\n" + t.GetText().ToString()).OrderBy(s => s, System.StringComparer.Ordinal).ToArray();
        }

        private static async Task<string[]> AnalyzeAsync(Compilation compilation)
            => (await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new ParallelizeAnalyzer())).GetAnalyzerDiagnosticsAsync())
                .Select(d => $"{d.Id} {d.Location.SourceTree?.FilePath} {d.Location.SourceSpan} {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}")
                .OrderBy(s => s, System.StringComparer.Ordinal).ToArray();
    }
}
