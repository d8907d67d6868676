using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LoopGen.CompileBenchmarks
{
    /// <summary>
    /// A keystroke in the IDE: the generator's incremental run after an edit in an unrelated file (no
    /// model is recomputed) and after an edit in the body of a callee that 50 of the 200 marked methods
    /// call (those 50 are recomputed). Each invocation edits the file again, so every run sees a new
    /// compilation, as the IDE does.
    /// </summary>
    [MemoryDiagnoser]
    public class GeneratorKeystroke
    {
        private CSharpCompilation compilation = null!;
        private GeneratorDriver driver = null!;
        private int edits;

        /// <summary>Builds the consumer and runs the generator once.</summary>
        [GlobalSetup]
        public void Setup()
        {
            this.compilation = Consumer.Create();
            this.driver = Consumer.CreateDriver().RunGenerators(this.compilation);
            int files = this.driver.GetRunResult().GeneratedTrees.Length;
            if (files != ConsumerSource.MarkedMethods)
            {
                throw new System.InvalidOperationException($"expected {ConsumerSource.MarkedMethods} generated files, got {files}");
            }
        }

        /// <summary>An edit in a file no classification reads.</summary>
        /// <returns>The number of generated files.</returns>
        [Benchmark(Baseline = true)]
        public int EditUnrelatedFile()
        {
            this.compilation = Consumer.Edit(this.compilation, ConsumerSource.UnrelatedFile, ConsumerSource.Unrelated(++this.edits));
            this.driver = this.driver.RunGenerators(this.compilation);
            return this.driver.GetRunResult().GeneratedTrees.Length;
        }

        /// <summary>An edit in the body of a callee read by 50 marked methods.</summary>
        /// <returns>The number of generated files.</returns>
        [Benchmark]
        public int EditCalleeBody()
        {
            this.compilation = Consumer.Edit(this.compilation, ConsumerSource.HelpersFile, ConsumerSource.Helpers(++this.edits));
            this.driver = this.driver.RunGenerators(this.compilation);
            return this.driver.GetRunResult().GeneratedTrees.Length;
        }
    }

    /// <summary>
    /// A full build's share: the compiler's own diagnostics pass (binding and flow analysis of every
    /// method: the reference), then LoopGen's analyzers on the same compilation, with LG0200 on and off,
    /// and the generator's first run. Each invocation starts from a fresh compilation so nothing is
    /// cached between runs; the analyzer benchmarks include the compiler's pass they ride on, so
    /// LoopGen's analyzers cost the difference to <see cref="CompilerDiagnostics"/>.
    /// </summary>
    [MemoryDiagnoser]
    public class FullCompilation
    {
        private CSharpCompilation source = null!;
        private Compilation withSuggestions = null!;
        private Compilation withoutSuggestions = null!;

        /// <summary>Builds the consumer with its generated files.</summary>
        [GlobalSetup]
        public void Setup()
        {
            this.source = Consumer.Create(suggestions: true);
            this.withSuggestions = Consumer.WithGenerated(this.source);
            this.withoutSuggestions = Consumer.WithGenerated(Consumer.Create(suggestions: false));
        }

        /// <summary>The compiler alone: declaration and method-body diagnostics of every file.</summary>
        /// <returns>The number of diagnostics.</returns>
        [Benchmark(Baseline = true)]
        public int CompilerDiagnostics() => this.withSuggestions.Clone().GetDiagnostics().Length;

        /// <summary>The compiler plus LoopGen's analyzers, LG0200 at its default severity.</summary>
        /// <returns>The number of diagnostics.</returns>
        [Benchmark]
        public int CompilerAndAnalyzers() => Analyze(this.withSuggestions);

        /// <summary>The compiler plus LoopGen's analyzers, LG0200 at severity none.</summary>
        /// <returns>The number of diagnostics.</returns>
        [Benchmark]
        public int CompilerAndAnalyzers_LG0200Off() => Analyze(this.withoutSuggestions);

        /// <summary>The generator's first run on a fresh compilation (what a command-line build pays).</summary>
        /// <returns>The number of generated files.</returns>
        [Benchmark]
        public int GeneratorFirstRun()
            => Consumer.CreateDriver().RunGenerators(this.source.Clone()).GetRunResult().GeneratedTrees.Length;

        private static int Analyze(Compilation compilation)
        {
            var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: false, logAnalyzerExecutionTime: false);
            return compilation.Clone().WithAnalyzers(Consumer.Analyzers, options).GetAllDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult().Length;
        }
    }
}
