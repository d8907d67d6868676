using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using LoopGen.Diagnostics.Analyzers;
using LoopGen.Generator;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

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
