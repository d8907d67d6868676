using System.Collections.Generic;
using System.Linq;
using LoopGen.Generator;
using LoopGen.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace LoopGen.Tests
{
    /// <summary>
    /// The pipeline caches: a second run, or an edit outside the [Parallelize] method, leaves the
    /// Transform and Output steps Cached/Unchanged; an edit to the loop body gives Modified. No step
    /// output holds symbols, syntax, semantic models or compilations.
    /// </summary>
    public sealed class Test_ParallelizeGenerator_Incrementality
    {
        private const string Method = """
            using System.Collections.Generic;
            using LoopGen;

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
            """;

        private const string Other = """
            public static class Other
            {
                public static int Twice(int x) => 2 * x;
            }
            """;

        private static readonly string[] TrackedSteps = { TrackingNames.Transform, TrackingNames.Output };

        [Fact]
        public void SecondRunOnSameCompilation_AllCached()
        {
            CSharpCompilation compilation = TestReferences.Compile(null, NullableContextOptions.Enable, Method, Other);
            GeneratorDriver driver = GeneratorRunner.CreateDriver((CSharpParseOptions)compilation.SyntaxTrees.First().Options).RunGenerators(compilation);
            driver = driver.RunGenerators(compilation.Clone());

            GeneratorRunResult result = driver.GetRunResult().Results.Single();
            AssertReasons(result, IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
            Assert.All(result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        }

        [Fact]
        public void CommentAddedInAnotherFile_TransformUnchangedOutputCached()
        {
            CSharpCompilation compilation = TestReferences.Compile(null, NullableContextOptions.Enable, Method, Other);
            GeneratorDriver driver = GeneratorRunner.CreateDriver((CSharpParseOptions)compilation.SyntaxTrees.First().Options).RunGenerators(compilation);

            SyntaxTree other = compilation.SyntaxTrees.ElementAt(1);
            CSharpCompilation edited = compilation.ReplaceSyntaxTree(other, other.WithChangedText(other.GetText().Replace(0, 0, "// a comment\n")));
            driver = driver.RunGenerators(edited);

            GeneratorRunResult result = driver.GetRunResult().Results.Single();
            AssertReasons(result, IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
            Assert.Equal(2, result.GeneratedSources.Length);
        }

        [Fact]
        public void CommentAddedAboveTheTypeInSameFile_TransformUnchangedOutputCached()
        {
            CSharpCompilation compilation = TestReferences.Compile(null, NullableContextOptions.Enable, Method, Other);
            GeneratorDriver driver = GeneratorRunner.CreateDriver((CSharpParseOptions)compilation.SyntaxTrees.First().Options).RunGenerators(compilation);

            SyntaxTree tree = compilation.SyntaxTrees.First();
            int at = tree.GetText().ToString().IndexOf("public static partial class", System.StringComparison.Ordinal);
            CSharpCompilation edited = compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(tree.GetText().Replace(at, 0, "// The products table.\n")));
            driver = driver.RunGenerators(edited);

            AssertReasons(driver.GetRunResult().Results.Single(), IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
        }

        [Fact]
        public void LoopBodyEdited_Modified()
        {
            CSharpCompilation compilation = TestReferences.Compile(null, NullableContextOptions.Enable, Method, Other);
            GeneratorDriver driver = GeneratorRunner.CreateDriver((CSharpParseOptions)compilation.SyntaxTrees.First().Options).RunGenerators(compilation);

            SyntaxTree tree = compilation.SyntaxTrees.First();
            string text = tree.GetText().ToString();
            int at = text.IndexOf("row.Add(i * j)", System.StringComparison.Ordinal);
            CSharpCompilation edited = compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(tree.GetText().Replace(at, "row.Add(i * j)".Length, "row.Add(i + j)")));
            driver = driver.RunGenerators(edited);

            GeneratorRunResult result = driver.GetRunResult().Results.Single();
            var transform = result.TrackedSteps[TrackingNames.Transform].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
            var output = result.TrackedSteps[TrackingNames.Output].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
            Assert.Contains(IncrementalStepRunReason.Modified, transform);
            Assert.Contains(IncrementalStepRunReason.Modified, output);

            // The other method (Sum) is not touched by the edit.
            Assert.Contains(IncrementalStepRunReason.Unchanged, transform);
            Assert.Contains("i + j", result.GeneratedSources.Single(s => s.HintName.Contains("Products")).SourceText.ToString());
        }

        [Fact]
        public void StepOutputs_HoldNoCompilationData()
        {
            CSharpCompilation compilation = TestReferences.Compile(null, NullableContextOptions.Enable, Method, Other);
            GeneratorDriver driver = GeneratorRunner.CreateDriver((CSharpParseOptions)compilation.SyntaxTrees.First().Options).RunGenerators(compilation);
            GeneratorRunResult result = driver.GetRunResult().Results.Single();

            int walked = 0;
            foreach (string name in TrackedSteps)
            {
                foreach (IncrementalGeneratorRunStep step in result.TrackedSteps[name])
                {
                    foreach ((object value, IncrementalStepRunReason _) in step.Outputs)
                    {
                        GeneratorRunner.AssertNoCompilationData(value, name);
                        walked++;
                    }
                }
            }

            Assert.True(walked >= 4, "expected outputs of both steps for both methods");
        }

        private static void AssertReasons(GeneratorRunResult result, params IncrementalStepRunReason[] allowed)
        {
            foreach (string name in TrackedSteps)
            {
                Assert.True(result.TrackedSteps.ContainsKey(name), $"step {name} is not tracked");
                IEnumerable<IncrementalStepRunReason> reasons = result.TrackedSteps[name].SelectMany(s => s.Outputs).Select(o => o.Reason);
                Assert.All(reasons, r => Assert.Contains(r, allowed));
            }
        }
    }
}
