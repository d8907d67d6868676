using System.Linq;
using LoopGen.Generator;
using LoopGen.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace LoopGen.Tests
{
    /// <summary>
    /// The generator's model cache (ModelCache): a [Parallelize] method's model is reused after an edit
    /// that cannot change it (a body in a file its classification did not read), and recomputed after one
    /// that can (a callee's body in another file, any declaration anywhere, the options).
    /// </summary>
    [Collection(KeptResultsCollection.Name)]
    public sealed class Test_ParallelizeGenerator_ModelCache
    {
        private const string Marked = """
            using LoopGen;

            public static partial class Tables
            {
                [Parallelize]
                public static long Pairs(int[] a)
                {
                    long total = 0;
                    for (int i = 0; i < a.Length; i++)
                        for (int j = 0; j < i; j++)
                            total += Helpers.Score(a[i], a[j]);
                    return total;
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
            """;

        private const string Callee = """
            public static class Helpers
            {
                public static long Score(int a, int b)
                {
                    return a > b ? a - b : b - a;
                }
            }
            """;

        private const string Unrelated = """
            public static class Unrelated
            {
                public static int Value()
                {
                    return 1;
                }
            }
            """;

        [Fact]
        public void BodyEditedInAFileNothingRead_ModelsReused()
        {
            (GeneratorDriver driver, CSharpCompilation compilation) = Run();
            Assert.Equal((0, 2), ModelCache.CountsFor(compilation));

            CSharpCompilation edited = Edit(compilation, 2, "return 1;", "return 2;");
            driver = driver.RunGenerators(edited);

            Assert.Equal((2, 0), ModelCache.CountsFor(edited));
            Assert.Equal(2, driver.GetRunResult().GeneratedTrees.Length);
        }

        [Fact]
        public void CalleeBodyEdited_ModelOfItsCallerRecomputed_OtherReused()
        {
            (GeneratorDriver driver, CSharpCompilation compilation) = Run();
            Assert.Contains(driver.GetRunResult().GeneratedTrees, t => t.FilePath.Contains("Pairs"));

            // The callee now writes a static: Pairs can no longer be parallelized, so its twin must go.
            CSharpCompilation edited = Edit(compilation, 1, "return a > b ? a - b : b - a;", "calls++; return a > b ? a - b : b - a;")
                .AddSyntaxTrees(CSharpSyntaxTree.ParseText("public static partial class Counter { }", (CSharpParseOptions)compilation.SyntaxTrees.First().Options, path: "Counter.cs"));
            edited = Edit(edited, 1, "public static class Helpers\n{", "public static class Helpers\n{\n    public static int calls;");
            driver = driver.RunGenerators(edited);

            Assert.DoesNotContain(driver.GetRunResult().GeneratedTrees, t => t.FilePath.Contains("Pairs"));
            Assert.Contains(driver.GetRunResult().GeneratedTrees, t => t.FilePath.Contains("Sum"));
        }

        [Fact]
        public void CalleeBodyOnlyEdited_CallerRecomputed_UnrelatedMethodReused()
        {
            (GeneratorDriver driver, CSharpCompilation compilation) = Run();

            // A body-only edit (no declaration changes): the digest is the same, so only the file record decides.
            CSharpCompilation edited = Edit(compilation, 1, "return a > b ? a - b : b - a;", "return a > b ? (a - b) : (b - a);");
            driver = driver.RunGenerators(edited);

            // Pairs read the callee's file and is recomputed; Sum read nothing outside its own file.
            Assert.Equal((1, 1), ModelCache.CountsFor(edited));
            Assert.Equal(2, driver.GetRunResult().GeneratedTrees.Length);
        }

        [Fact]
        public void CalleeBodyOnlyEditedToWriteAField_TwinRemoved()
        {
            string callee = Callee.Replace("public static class Helpers\n{", "public static class Helpers\n{\n    public static int calls;");
            (GeneratorDriver driver, CSharpCompilation compilation) = Run(callee);
            Assert.Contains(driver.GetRunResult().GeneratedTrees, t => t.FilePath.Contains("Pairs"));

            // Only the body changes (the field was already declared): the declaration digest cannot see it.
            driver = driver.RunGenerators(Edit(compilation, 1, "return a > b ? a - b : b - a;", "calls++; return a > b ? a - b : b - a;"));

            Assert.DoesNotContain(driver.GetRunResult().GeneratedTrees, t => t.FilePath.Contains("Pairs"));
            Assert.Contains(driver.GetRunResult().GeneratedTrees, t => t.FilePath.Contains("Sum"));
        }

        [Fact]
        public void DeclarationAddedInAFileNothingRead_ModelsRecomputed()
        {
            (GeneratorDriver driver, CSharpCompilation compilation) = Run();

            // A new member may change what names bind to anywhere: every model is recomputed.
            CSharpCompilation edited = Edit(compilation, 2, "public static int Value()", "public static int Other() => 0;\n\n    public static int Value()");
            driver = driver.RunGenerators(edited);

            Assert.Equal((0, 2), ModelCache.CountsFor(edited));
        }

        [Fact]
        public void OptionsChanged_ModelsRecomputed()
        {
            (GeneratorDriver driver, CSharpCompilation compilation) = Run();

            CSharpCompilation edited = compilation.WithOptions(compilation.Options.WithNullableContextOptions(NullableContextOptions.Disable));
            driver = driver.RunGenerators(edited);

            Assert.Equal((0, 2), ModelCache.CountsFor(edited));
        }

        [Fact]
        public void SameFilesParsedAgain_InANewCompilation_ModelsReused_SameOutput()
        {
            // A rebuild in the compiler server: every file parsed again, the references loaded again (new objects,
            // same files), new options with the same values. Nothing the models depend on changed.
            string marked = Unique(Marked);
            CSharpCompilation first = TestReferences.Compile(null, NullableContextOptions.Enable, marked, Callee, Unrelated);
            GeneratorDriver firstDriver = GeneratorRunner.CreateDriver((CSharpParseOptions)first.SyntaxTrees.First().Options).RunGenerators(first);
            Assert.Equal((0, 2), ModelCache.CountsFor(first));

            CSharpCompilation second = TestReferences.Compile(null, NullableContextOptions.Enable, marked, Callee, Unrelated)
                .WithReferences(TestReferences.Reloaded);
            GeneratorDriver secondDriver = GeneratorRunner.CreateDriver((CSharpParseOptions)second.SyntaxTrees.First().Options).RunGenerators(second);

            Assert.Equal((2, 0), ModelCache.CountsFor(second));
            Assert.Equal(
                firstDriver.GetRunResult().GeneratedTrees.Select(t => (t.FilePath, t.GetText().ToString())),
                secondDriver.GetRunResult().GeneratedTrees.Select(t => (t.FilePath, t.GetText().ToString())));
        }

        [Fact]
        public void SameFilesParsedAgain_CalleeBodyInOtherFileNowWritesAField_TwinRemoved()
        {
            string marked = Unique(Marked);
            string callee = Callee.Replace("public static class Helpers\n{", "public static class Helpers\n{\n    public static int calls;");
            CSharpCompilation first = TestReferences.Compile(null, NullableContextOptions.Enable, marked, callee, Unrelated);
            GeneratorDriver driver = GeneratorRunner.CreateDriver((CSharpParseOptions)first.SyntaxTrees.First().Options).RunGenerators(first);
            Assert.Contains(driver.GetRunResult().GeneratedTrees, t => t.FilePath.Contains("Pairs"));

            // The next build: only the callee's body differs, and the declarations are the same.
            CSharpCompilation second = TestReferences.Compile(null, NullableContextOptions.Enable, marked, callee.Replace("return a > b ? a - b : b - a;", "calls++; return a > b ? a - b : b - a;"), Unrelated);
            driver = GeneratorRunner.CreateDriver((CSharpParseOptions)second.SyntaxTrees.First().Options).RunGenerators(second);

            Assert.Equal((1, 1), ModelCache.CountsFor(second));
            Assert.DoesNotContain(driver.GetRunResult().GeneratedTrees, t => t.FilePath.Contains("Pairs"));
            Assert.Contains(driver.GetRunResult().GeneratedTrees, t => t.FilePath.Contains("Sum"));
        }

        [Fact]
        public void SameFilesParsedAgain_ReferencedAssemblyWithOtherContentAtTheSamePath_ModelsRecomputed()
        {
            string marked = Unique(Marked);
            MetadataReference version1 = Library("public static class Lib { public static int Value() => 1; }");
            MetadataReference version2 = Library("public static class Lib { public static int Value() => 2; }");
            CSharpCompilation first = TestReferences.Compile(null, NullableContextOptions.Enable, marked, Callee, Unrelated).AddReferences(version1);
            _ = GeneratorRunner.CreateDriver((CSharpParseOptions)first.SyntaxTrees.First().Options).RunGenerators(first);
            Assert.Equal((0, 2), ModelCache.CountsFor(first));

            // The same file loaded again: reused. A rebuilt library at the same path (another module version ID): recomputed.
            CSharpCompilation same = TestReferences.Compile(null, NullableContextOptions.Enable, marked, Callee, Unrelated).AddReferences(TestReferences.Reload(version1));
            _ = GeneratorRunner.CreateDriver((CSharpParseOptions)same.SyntaxTrees.First().Options).RunGenerators(same);
            CSharpCompilation rebuilt = TestReferences.Compile(null, NullableContextOptions.Enable, marked, Callee, Unrelated).AddReferences(version2);
            _ = GeneratorRunner.CreateDriver((CSharpParseOptions)rebuilt.SyntaxTrees.First().Options).RunGenerators(rebuilt);

            Assert.Equal((2, 0), ModelCache.CountsFor(same));
            Assert.Equal((0, 2), ModelCache.CountsFor(rebuilt));
        }

        [Fact]
        public void SameFilesParsedAgain_OptionValueChanged_ModelsRecomputed()
        {
            string marked = Unique(Marked);
            CSharpCompilation first = TestReferences.Compile(null, NullableContextOptions.Enable, marked, Callee, Unrelated);
            _ = GeneratorRunner.CreateDriver((CSharpParseOptions)first.SyntaxTrees.First().Options).RunGenerators(first);

            // 'checked' arithmetic everywhere changes what the loops may throw.
            CSharpCompilation second = TestReferences.Compile(null, NullableContextOptions.Enable, marked, Callee, Unrelated);
            second = second.WithOptions(second.Options.WithOverflowChecks(true));
            _ = GeneratorRunner.CreateDriver((CSharpParseOptions)second.SyntaxTrees.First().Options).RunGenerators(second);

            Assert.Equal((0, 2), ModelCache.CountsFor(second));
        }

        [Fact]
        public void SameTextUnderAnotherPreprocessorSymbol_ModelsRecomputed()
        {
            string marked = Unique(Marked.Replace("sum += a[i][j];", "#if FAST\n                            sum += a[i][j];\n#else\n                            sum += a[i][j] * 2;\n#endif"));
            CSharpCompilation first = TestReferences.Compile(null, NullableContextOptions.Enable, marked, Callee, Unrelated);
            GeneratorDriver driver = GeneratorRunner.CreateDriver((CSharpParseOptions)first.SyntaxTrees.First().Options).RunGenerators(first);
            Assert.Contains(driver.GetRunResult().GeneratedTrees, t => t.GetText().ToString().Contains("a[i][j] * 2"));

            // Another target framework of the same project: same files, other symbols.
            var fast = new CSharpParseOptions(LanguageVersion.Latest, preprocessorSymbols: new[] { "FAST" });
            CSharpCompilation second = TestReferences.Compile(fast, NullableContextOptions.Enable, marked, Callee, Unrelated);
            driver = GeneratorRunner.CreateDriver(fast).RunGenerators(second);

            Assert.Equal((0, 2), ModelCache.CountsFor(second));
            Assert.DoesNotContain(driver.GetRunResult().GeneratedTrees, t => t.GetText().ToString().Contains("a[i][j] * 2"));
        }

        [Fact]
        public void SameFilesParsedAgain_MarkedFileNowCountsAsGenerated_ModelsRecomputed()
        {
            // 'generated_code = true' in an .editorconfig reaches the compiler through the per-file options provider,
            // which the cache does not compare as a whole; a generated file's nullable context is disabled by default,
            // so the twin's signature must lose its annotations.
            string marked = Unique(Marked);
            CSharpCompilation first = TestReferences.Compile(null, NullableContextOptions.Enable, marked, Callee, Unrelated);
            GeneratorDriver driver = GeneratorRunner.CreateDriver((CSharpParseOptions)first.SyntaxTrees.First().Options).RunGenerators(first);
            Assert.All(driver.GetRunResult().GeneratedTrees, t => Assert.Contains("#nullable enable annotations", t.GetText().ToString()));

            CSharpCompilation second = TestReferences.Compile(null, NullableContextOptions.Enable, marked, Callee, Unrelated);
            second = second.WithOptions(second.Options.WithSyntaxTreeOptionsProvider(new GeneratedFileOptions("Test0.cs")));
            driver = GeneratorRunner.CreateDriver((CSharpParseOptions)second.SyntaxTrees.First().Options).RunGenerators(second);

            Assert.Equal((0, 2), ModelCache.CountsFor(second));
            Assert.All(driver.GetRunResult().GeneratedTrees, t => Assert.Contains("#nullable disable annotations", t.GetText().ToString()));
        }

        [Fact]
        public void ClassifierAndGenerator_ReadOtherSyntaxOnlyThroughSyntaxReads()
        {
            // A read that bypasses SyntaxReads is not recorded, and the cache would keep a stale model.
            var offenders = new System.Collections.Generic.List<string>();
            foreach (string folder in new[] { "src/Analyzer/Analysis", "src/Generator" })
            {
                foreach (string file in System.IO.Directory.GetFiles(System.IO.Path.Combine(TestReferences.RepoRoot, folder), "*.cs", System.IO.SearchOption.AllDirectories))
                {
                    if (System.IO.Path.GetFileName(file) == "SyntaxReads.cs")
                    {
                        continue;
                    }

                    string text = System.IO.File.ReadAllText(file);
                    foreach (string call in new[] { ".GetSyntax(", "GetSemanticModel(", ".GetSyntaxAsync(" })
                    {
                        if (text.Contains(call, System.StringComparison.Ordinal))
                        {
                            offenders.Add($"{folder}/{System.IO.Path.GetFileName(file)}: {call}");
                        }
                    }
                }
            }

            Assert.Empty(offenders);
        }

        [Fact]
        public void SyntaxReadsModel_SkipsNullableFlowAnalysis_WhereTheCompilerAllowsIt()
        {
            // The tests run on a Roslyn that has SemanticModelOptions (4.9+): the generator's models must use it,
            // since nullable flow analysis was most of the generator's binding time on a nullable-enabled consumer.
            CSharpCompilation compilation = TestReferences.Compile(null, NullableContextOptions.Enable, Marked, Callee, Unrelated);
            SyntaxTree tree = compilation.SyntaxTrees.First();
#pragma warning disable RSEXPERIMENTAL001 // Roslyn marks the option experimental (dotnet/roslyn#70609); SyntaxReads falls back without it.
            Assert.False(compilation.GetSemanticModel(tree).NullableAnalysisIsDisabled);
            Assert.True(LoopGen.Analysis.SyntaxReads.Model(compilation, tree).NullableAnalysisIsDisabled);
#pragma warning restore RSEXPERIMENTAL001
        }

        private static (GeneratorDriver Driver, CSharpCompilation Compilation) Run(string callee = Callee)
        {
            // Models are kept by content for the whole process: a comment of its own makes this test's marked file
            // new to the cache, whatever other tests compiled before.
            CSharpCompilation compilation = TestReferences.Compile(null, NullableContextOptions.Enable, Unique(Marked), callee, Unrelated);
            GeneratorDriver driver = GeneratorRunner.CreateDriver((CSharpParseOptions)compilation.SyntaxTrees.First().Options).RunGenerators(compilation);
            return (driver, compilation);
        }

        private static MetadataReference Library(string source)
        {
            CSharpCompilation library = CSharpCompilation.Create(
                "Lib",
                new[] { CSharpSyntaxTree.ParseText(source) },
                TestReferences.All,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, deterministic: true));
            using var stream = new System.IO.MemoryStream();
            Assert.True(library.Emit(stream).Success);
            return MetadataReference.CreateFromImage(stream.ToArray(), filePath: "/refs/Lib.dll");
        }

        private static string Unique(string source) => $"// {System.Guid.NewGuid():N}\n{source}";

        private static CSharpCompilation Edit(CSharpCompilation compilation, int file, string from, string to)
        {
            SyntaxTree tree = compilation.SyntaxTrees.ElementAt(file);
            string text = tree.GetText().ToString();
            Assert.Contains(from, text);
            return compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(text.Replace(from, to))));
        }
    }
}
