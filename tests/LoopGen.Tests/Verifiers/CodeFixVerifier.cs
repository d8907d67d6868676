using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LoopGen.Diagnostics.Analyzers;
using LoopGen.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace LoopGen.Tests.Verifiers
{
    /// <summary>Code-fix tests with offline references: the diagnostics, the fix, no fixable diagnostic left, and Fix All.</summary>
    /// <typeparam name="TAnalyzer">The analyzer.</typeparam>
    /// <typeparam name="TFixer">The code fix.</typeparam>
    internal static class CodeFixVerifier<TAnalyzer, TFixer>
        where TAnalyzer : DiagnosticAnalyzer, new()
        where TFixer : CodeFixProvider, new()
    {
        /// <summary>Verifies a fix. Markup in <paramref name="fixedSource"/> gives the diagnostics expected after it.</summary>
        /// <param name="source">The source with markup.</param>
        /// <param name="fixedSource">The fixed source with markup.</param>
        /// <param name="withGenerator">Whether the LoopGen generator runs too (so generated twins exist).</param>
        /// <param name="configure">Further settings.</param>
        /// <returns>The task.</returns>
        public static Task VerifyAsync(string source, string fixedSource, bool withGenerator = false, Action<CSharpCodeFixTest<TAnalyzer, TFixer, DefaultVerifier>>? configure = null)
        {
            CSharpCodeFixTest<TAnalyzer, TFixer, DefaultVerifier> test = withGenerator ? new WithGenerator() : new Test();
            test.TestCode = source;
            test.FixedCode = fixedSource;
            test.ReferenceAssemblies = TestReferences.Offline;
            TestReferences.AddTo(test.TestState);
            TestReferences.AddTo(test.FixedState);
            if (withGenerator)
            {
                test.TestBehaviors |= TestBehaviors.SkipGeneratedSourcesCheck;
            }

            configure?.Invoke(test);
            return test.RunAsync(CancellationToken.None);
        }

        /// <summary>
        /// Verifies Fix All in every scope on a solution of two projects, with exact iteration counts: Fix All in
        /// Document takes one pass per document with diagnostics, in Project one per project, in Solution one.
        /// Each file is (name, source with markup, fixed source with markup).
        /// </summary>
        /// <param name="first">The primary project's files.</param>
        /// <param name="second">The second project's files.</param>
        /// <param name="withGenerator">Whether the LoopGen generator runs too.</param>
        /// <returns>The task.</returns>
        public static Task VerifyFixAllAsync((string Name, string Source, string Fixed)[] first, (string Name, string Source, string Fixed)[] second, bool withGenerator = false)
        {
            // The testing library silently skips the Fix All checks when a fixer has no provider: require one first.
            FixAllProvider? provider = new TFixer().GetFixAllProvider();
            Assert.NotNull(provider);
            Assert.Equal(new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution }, provider!.GetSupportedFixAllScopes().Intersect(new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution }).OrderBy(s => s));

            CSharpCodeFixTest<TAnalyzer, TFixer, DefaultVerifier> test = withGenerator ? new WithGenerator() : new Test();
            test.ReferenceAssemblies = TestReferences.Offline;
            TestReferences.AddTo(test.TestState);
            TestReferences.AddTo(test.FixedState);
            var testSecond = new ProjectState("Second", LanguageNames.CSharp, "/Second/Test", "cs");
            var fixedSecond = new ProjectState("Second", LanguageNames.CSharp, "/Second/Test", "cs");
            foreach ((string name, string source, string fixedSource) in first)
            {
                test.TestState.Sources.Add((name, source));
                test.FixedState.Sources.Add((name, fixedSource));
            }

            foreach ((string name, string source, string fixedSource) in second)
            {
                testSecond.Sources.Add(("/Second/" + name, source));
                fixedSecond.Sources.Add(("/Second/" + name, fixedSource));
            }

            foreach (ProjectState project in new[] { testSecond, fixedSecond })
            {
                project.AdditionalReferences.AddRange(Basic.Reference.Assemblies.Net80.References.All);
                project.AdditionalReferences.Add(TestReferences.Attributes);
            }

            test.TestState.AdditionalProjects.Add("Second", testSecond);
            test.FixedState.AdditionalProjects.Add("Second", fixedSecond);
            if (withGenerator)
            {
                test.TestBehaviors |= TestBehaviors.SkipGeneratedSourcesCheck;
            }

            static bool Changed((string Name, string Source, string Fixed) f) => AnalyzerVerifier.StripMarkup(f.Source) != AnalyzerVerifier.StripMarkup(f.Fixed);
            int changedDocuments = first.Concat(second).Count(Changed);
            int changedProjects = (first.Any(Changed) ? 1 : 0) + (second.Any(Changed) ? 1 : 0);
            test.NumberOfFixAllInDocumentIterations = changedDocuments;
            test.NumberOfFixAllInProjectIterations = changedProjects;
            test.NumberOfFixAllIterations = 1;
            return test.RunAsync(CancellationToken.None);
        }

        /// <summary>
        /// Runs LoopGen's [Parallelize] analyzers together when the test names one of them (a fix for LG0200
        /// leads to an LG0003, and the other way round).
        /// </summary>
        private class Test : CSharpCodeFixTest<TAnalyzer, TFixer, DefaultVerifier>
        {
            protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers()
                => typeof(TAnalyzer) == typeof(ParallelizeAnalyzer) || typeof(TAnalyzer) == typeof(SuggestParallelizeAnalyzer)
                    ? AnalyzerVerifier.All
                    : base.GetDiagnosticAnalyzers();
        }

        private sealed class WithGenerator : Test
        {
            protected override IEnumerable<Type> GetSourceGenerators()
            {
                yield return typeof(ParallelizeGenerator);
            }
        }
    }
}
