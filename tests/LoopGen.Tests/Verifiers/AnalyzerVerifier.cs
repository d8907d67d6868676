using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LoopGen.Diagnostics.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace LoopGen.Tests.Verifiers
{
    /// <summary>
    /// Short helpers around <see cref="CSharpAnalyzerTest{TAnalyzer, TVerifier}"/> for <see cref="ParallelizeAnalyzer"/>:
    /// markup (<c>{|LG0103:break;|}</c>, <c>{|#0:...|}</c>) for exact spans, offline references, and a direct
    /// run for assertions on message text.
    /// </summary>
    internal static class AnalyzerVerifier
    {
        /// <summary>Gets LoopGen's analyzers that report on [Parallelize] methods and suggest it (LG0200).</summary>
        public static ImmutableArray<DiagnosticAnalyzer> All => ImmutableArray.Create<DiagnosticAnalyzer>(new ParallelizeAnalyzer(), new SuggestParallelizeAnalyzer());

        /// <summary>The usings most test sources need, prepended by <see cref="Wrap"/>.</summary>
        public const string Usings = "using System;\nusing System.Collections.Generic;\nusing System.Linq;\nusing LoopGen;\n\n";

        /// <summary>Creates an expected diagnostic of a LoopGen rule (severity from its descriptor).</summary>
        /// <param name="id">The rule ID.</param>
        /// <returns>The expected diagnostic.</returns>
        public static DiagnosticResult Diagnostic(string id) => CSharpAnalyzerVerifier<ParallelizeAnalyzer, DefaultVerifier>.Diagnostic(id);

        /// <summary>Wraps members in <c>public static partial class C { ... }</c> after the usings.</summary>
        /// <param name="members">The class members.</param>
        /// <returns>A compilation unit.</returns>
        public static string Wrap(string members) => Usings + "public static partial class C\n{\n" + members + "\n}\n";

        /// <summary>Verifies that the markup's diagnostics, plus the expected ones, are exactly those reported.</summary>
        /// <param name="source">The source with markup.</param>
        /// <param name="expected">Further expected diagnostics (e.g. with <c>WithLocation(0)</c> and arguments).</param>
        /// <returns>The task.</returns>
        public static Task VerifyAsync(string source, params DiagnosticResult[] expected)
            => VerifyAsync(source, CompilerDiagnostics.Errors, expected);

        /// <summary>Verifies diagnostics, with a chosen level of compiler diagnostics checked.</summary>
        /// <param name="source">The source with markup.</param>
        /// <param name="compilerDiagnostics">Which compiler diagnostics are compared.</param>
        /// <param name="expected">Further expected diagnostics.</param>
        /// <returns>The task.</returns>
        public static Task VerifyAsync(string source, CompilerDiagnostics compilerDiagnostics, params DiagnosticResult[] expected)
        {
            var test = new AllAnalyzersTest
            {
                TestCode = source,
                ReferenceAssemblies = TestReferences.Offline,
                CompilerDiagnostics = compilerDiagnostics,
            };
            TestReferences.AddTo(test.TestState);
            test.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync(CancellationToken.None);
        }

        /// <summary>Runs the analyzer on plain source (no markup) and returns its diagnostics, failing on analyzer exceptions.</summary>
        /// <param name="source">The source.</param>
        /// <param name="parseOptions">Parse options, C# latest by default.</param>
        /// <returns>LoopGen's diagnostics, in source order.</returns>
        public static Task<ImmutableArray<Diagnostic>> RunAsync(string source, CSharpParseOptions? parseOptions = null)
            => RunAsync(TestReferences.Compile(parseOptions, NullableContextOptions.Disable, source));

        /// <summary>Runs the analyzers on a compilation and returns their diagnostics, failing on analyzer exceptions.</summary>
        /// <param name="compilation">The compilation (its own references: another library, say).</param>
        /// <returns>LoopGen's diagnostics, in source order.</returns>
        public static async Task<ImmutableArray<Diagnostic>> RunAsync(Compilation compilation)
        {
            Exception? failure = null;
            var options = new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
                (exception, _, _) => failure ??= exception,
                concurrentAnalysis: false,
                logAnalyzerExecutionTime: false);
            var withAnalyzers = compilation.WithAnalyzers(All, options);
            ImmutableArray<Diagnostic> diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None);
            Assert.Null(failure);
            Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
            return diagnostics.Where(d => d.Id.StartsWith("LG", StringComparison.Ordinal)).OrderBy(d => d.Location.SourceSpan.Start).ToImmutableArray();
        }

        /// <summary>An analyzer test that runs <see cref="SuggestParallelizeAnalyzer"/> beside <see cref="ParallelizeAnalyzer"/>.</summary>
        internal sealed class AllAnalyzersTest : CSharpAnalyzerTest<ParallelizeAnalyzer, DefaultVerifier>
        {
            /// <inheritdoc/>
            protected override System.Collections.Generic.IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => All;
        }

        /// <summary>Removes test markup (<c>{|ID:..|}</c>, <c>{|#0:..|}</c>, <c>[|..|]</c>) from a source.</summary>
        /// <param name="markup">The source with markup.</param>
        /// <returns>The plain source.</returns>
        public static string StripMarkup(string markup)
        {
            TestFileMarkupParser.GetSpans(markup, out string output, out ImmutableDictionary<string, ImmutableArray<Microsoft.CodeAnalysis.Text.TextSpan>> _);
            return output;
        }

        /// <summary>Verifies the markup (which must mark exactly one LG0003) and returns the LG0003 message.</summary>
        /// <param name="markup">The source with markup.</param>
        /// <param name="expected">Further expected diagnostics.</param>
        /// <returns>The message of the parallelization report.</returns>
        public static async Task<string> VerifyReportAsync(string markup, params DiagnosticResult[] expected)
        {
            await VerifyAsync(markup, expected);
            return await SingleMessageAsync(StripMarkup(markup), "LG0003");
        }

        /// <summary>Runs the analyzer and returns the message of the single diagnostic with the given ID.</summary>
        /// <param name="source">The source.</param>
        /// <param name="id">The rule ID.</param>
        /// <returns>The message.</returns>
        public static async Task<string> SingleMessageAsync(string source, string id)
        {
            ImmutableArray<Diagnostic> diagnostics = await RunAsync(source);
            Diagnostic diagnostic = Assert.Single(diagnostics, d => d.Id == id);
            return diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}
