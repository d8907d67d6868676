using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using BenchmarkDotNet.Running;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LoopGen.CompileBenchmarks
{
    /// <summary>
    /// Entry point. <c>write-consumer DIR</c> writes the consumer's files (for tests/CompileCost/run.sh);
    /// <c>measure</c> prints a quick Stopwatch reading of every scenario with the analyzers' own times;
    /// <c>profile-analyzers N</c> and <c>profile-loopgen N</c> repeat work for a profiler; anything else goes to BenchmarkDotNet.
    /// </summary>
    public static class Program
    {
        /// <summary>Runs.</summary>
        /// <param name="args">The arguments.</param>
        public static void Main(string[] args)
        {
            if (args.Length == 2 && args[0] == "write-consumer")
            {
                Directory.CreateDirectory(args[1]);
                foreach (var file in ConsumerSource.Files())
                {
                    File.WriteAllText(Path.Combine(args[1], file.Key), file.Value);
                }

                return;
            }

            if (args.Length >= 1 && args[0] == "measure")
            {
                Measure();
                return;
            }

            if (args.Length >= 1 && args[0] == "measure-cpu")
            {
                MeasureCpu();
                return;
            }

            if (args.Length == 2 && args[0] == "profile-analyzers")
            {
                // A loop for a profiler (dotnet-trace collect -- dotnet <this dll> profile-analyzers 5).
                for (int i = 0; i < int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture); i++)
                {
                    Compilation full = Consumer.WithGenerated(Consumer.Create());
                    _ = full.GetDiagnostics();
                    var withAnalyzers = new CompilationWithAnalyzers(full, Consumer.Analyzers, new CompilationWithAnalyzersOptions(new AnalyzerOptions(default), null, concurrentAnalysis: false, logAnalyzerExecutionTime: true));
                    var watch = Stopwatch.StartNew();
                    _ = withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();
                    Console.WriteLine($"analyzers {watch.ElapsedMilliseconds} ms");
                }

                return;
            }

            if (args.Length == 2 && args[0] == "profile-loopgen")
            {
                // LoopGen's own work, for a profiler: the generator's first run on a new compilation, and the two
                // classifying analyzers on one bound compilation (each run on fresh semantic models).
                CSharpCompilation consumer = Consumer.Create();
                consumer = consumer.WithOptions(consumer.Options.WithConcurrentBuild(false));
                Compilation full = Consumer.WithGenerated(consumer);
                _ = full.GetDiagnostics();
                var classifying = Consumer.Analyzers.Where(a => a.GetType().Name is "ParallelizeAnalyzer" or "SuggestParallelizeAnalyzer").ToImmutableArray();
                for (int i = 0; i < int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture); i++)
                {
                    // A new compilation (new trees), so that the generator's model cache does not answer.
                    CSharpCompilation fresh = Consumer.Create();
                    fresh = fresh.WithOptions(fresh.Options.WithConcurrentBuild(false));
                    _ = fresh.GetDeclarationDiagnostics();
                    var watch = Stopwatch.StartNew();
                    Consumer.CreateDriver().RunGenerators(fresh);
                    double generator = watch.Elapsed.TotalMilliseconds;
                    var withAnalyzers = full.WithAnalyzers(classifying, new CompilationWithAnalyzersOptions(new AnalyzerOptions(default), null, concurrentAnalysis: false, logAnalyzerExecutionTime: false));
                    watch.Restart();
                    _ = withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();
                    Console.WriteLine($"generator {generator:F0} ms, analyzers {watch.Elapsed.TotalMilliseconds:F0} ms");
                }

                return;
            }

            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        }

        private static void Measure()
        {
            Console.WriteLine($"consumer: {ConsumerSource.MarkedMethods} [Parallelize] methods, {ConsumerSource.OrdinaryMethods} ordinary nested-loop methods");

            // Keystrokes: the generator after an edit in an unrelated file, and in the file of a callee.
            CSharpCompilation compilation = Consumer.Create();
            GeneratorDriver driver = Consumer.CreateDriver();
            var watch = Stopwatch.StartNew();
            driver = driver.RunGenerators(compilation);
            Console.WriteLine($"generator, first run: {watch.ElapsedMilliseconds} ms, {driver.GetRunResult().GeneratedTrees.Length} files");
            foreach (bool callee in new[] { false, true })
            {
                var times = new List<double>();
                for (int i = 1; i <= 10; i++)
                {
                    compilation = callee
                        ? Consumer.Edit(compilation, ConsumerSource.HelpersFile, ConsumerSource.Helpers(i))
                        : Consumer.Edit(compilation, ConsumerSource.UnrelatedFile, ConsumerSource.Unrelated(i));
                    watch.Restart();
                    driver = driver.RunGenerators(compilation);
                    times.Add(watch.Elapsed.TotalMilliseconds);
                }

                Console.WriteLine($"generator, edit in {(callee ? "the callees' file (50 of 200 methods read it)" : "an unrelated file")}: median {Median(times):F1} ms (runs: {string.Join(", ", times.Select(x => x.ToString("F1")))}), {driver.GetRunResult().GeneratedTrees.Length} files");
            }

            // Analyzers on the full compilation, with and without LG0200, against the compiler's own diagnostics pass.
            foreach (bool suggestions in new[] { true, false })
            {
                for (int run = 0; run < 3; run++)
                {
                    Compilation full = Consumer.WithGenerated(Consumer.Create(suggestions));
                    watch.Restart();
                    TimeSpan cpu = Process.GetCurrentProcess().TotalProcessorTime;
                    int errors = full.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
                    double compile = watch.Elapsed.TotalMilliseconds;
                    double compileCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;

                    var withAnalyzers = new CompilationWithAnalyzers(full, Consumer.Analyzers, new CompilationWithAnalyzersOptions(new AnalyzerOptions(default), null, concurrentAnalysis: false, logAnalyzerExecutionTime: true));
                    watch.Restart();
                    cpu = Process.GetCurrentProcess().TotalProcessorTime;
                    var diagnostics = withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();
                    double analyzers = watch.Elapsed.TotalMilliseconds;
                    double analyzersCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
                    var times = Consumer.Analyzers.Select(a => $"{a.GetType().Name} {withAnalyzers.GetAnalyzerTelemetryInfoAsync(a, CancellationToken.None).GetAwaiter().GetResult().ExecutionTime.TotalMilliseconds:F0} ms");
                    var counts = diagnostics.GroupBy(d => d.Id).OrderBy(g => g.Key).Select(g => $"{g.Key} x{g.Count()}");
                    Console.WriteLine($"LG0200 {(suggestions ? "on " : "off")}: compiler diagnostics {compile:F0} ms wall, {compileCpu:F0} ms CPU ({errors} errors); then analyzers {analyzers:F0} ms wall, {analyzersCpu:F0} ms CPU (own time: {string.Join("; ", times)}); {string.Join(", ", counts)}");
                }
            }
        }

        /// <summary>
        /// CPU time (process, single-threaded compilation) of each part of a full build, after the
        /// compilation's declarations are complete: what the compiler spends binding and emitting the
        /// consumer, what LoopGen's generator and analyzers add, and what compiling the generated code adds.
        /// </summary>
        private static void MeasureCpu()
        {
            static double Cpu(Action action)
            {
                GC.Collect();
                TimeSpan before = Process.GetCurrentProcess().TotalProcessorTime;
                action();
                return (Process.GetCurrentProcess().TotalProcessorTime - before).TotalMilliseconds;
            }

            static CSharpCompilation Fresh(bool suggestions = true)
            {
                CSharpCompilation c = Consumer.Create(suggestions);
                c = c.WithOptions(c.Options.WithConcurrentBuild(false));
                _ = c.GetDeclarationDiagnostics();
                return c;
            }

            var rows = new Dictionary<string, List<double>>();
            void Add(string name, double ms)
            {
                if (!rows.TryGetValue(name, out List<double>? list))
                {
                    rows[name] = list = new List<double>();
                }

                list.Add(ms);
            }

            for (int round = 0; round < 5; round++)
            {
                CSharpCompilation plain = Fresh();
                Add("compiler: diagnostics (bind + flow) of the consumer", Cpu(() => plain.GetDiagnostics()));
                Add("compiler: emit of the consumer", Cpu(() => plain.Emit(new MemoryStream())));

                // A first build: nothing kept from an earlier compilation. Then a rebuild of the same files in the same
                // process (the compiler server after an edit elsewhere): new trees, new compilation, same content.
                LoopGen.Analysis.ClassificationCaches.ClearAll();
                CSharpCompilation forGenerator = Fresh();
                Compilation generated = forGenerator;
                Add("LoopGen generator, first run", Cpu(() => Consumer.CreateDriver().RunGeneratorsAndUpdateCompilation(forGenerator, out generated, out _)));
                CSharpCompilation again = Fresh();
                Add("LoopGen generator, rebuild of the same files (models kept)", Cpu(() => Consumer.CreateDriver().RunGenerators(again)));
                if (round == 0)
                {
                    Console.WriteLine($"generator models on the rebuild: {LoopGen.Generator.ModelCache.CountsFor(again)} (hits, computed)");
                }

                _ = generated.GetDeclarationDiagnostics();
                Add("compiler: diagnostics of consumer + generated code", Cpu(() => generated.GetDiagnostics()));
                Add("compiler: emit of consumer + generated code", Cpu(() => generated.Emit(new MemoryStream())));

                // Each analyzer's own time, as the analyzer driver measures it around the analyzer's callbacks
                // (single-threaded here, so close to its CPU time). Subtracting the time of a do-nothing analyzer
                // from a whole driver run, as an earlier version did, left differences below the noise.
                foreach ((bool suggestions, bool kept) in new[] { (true, false), (false, false), (false, true) })
                {
                    if (!kept)
                    {
                        LoopGen.Analysis.ClassificationCaches.ClearAll();
                    }

                    Compilation full = Consumer.WithGenerated(Fresh(suggestions));
                    _ = full.GetDiagnostics();
                    var withAnalyzers = full.WithAnalyzers(Consumer.Analyzers, new CompilationWithAnalyzersOptions(new AnalyzerOptions(default), null, concurrentAnalysis: false, logAnalyzerExecutionTime: true));
                    _ = withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();
                    double total = 0;
                    string when = kept ? ", rebuild of the same files (reports kept)" : string.Empty;
                    foreach (DiagnosticAnalyzer analyzer in Consumer.Analyzers)
                    {
                        double ms = withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).GetAwaiter().GetResult().ExecutionTime.TotalMilliseconds;
                        total += ms;
                        if (suggestions || (kept && analyzer is LoopGen.Diagnostics.Analyzers.ParallelizeAnalyzer))
                        {
                            Add($"  {analyzer.GetType().Name} (driver's telemetry){when}", ms);
                        }
                    }

                    if (kept && round == 0)
                    {
                        Console.WriteLine($"analyzer reports on the rebuild: {LoopGen.Diagnostics.Analyzers.ParallelizeAnalyzer.CountsFor(full.SyntaxTrees.First())} for the first file (hits, computed)");
                    }

                    Add($"LoopGen analyzers, LG0200 {(suggestions ? "on" : "off")} (driver's telemetry){when}", total);
                }
            }

            Console.WriteLine($"CPU ms, median of {rows.First().Value.Count} rounds, single-threaded compilation ({Environment.ProcessorCount} cores, load {File.ReadAllText("/proc/loadavg").Trim()}):");
            foreach (var row in rows)
            {
                Console.WriteLine($"  {Median(row.Value),8:F0}  {row.Key}   (runs: {string.Join(", ", row.Value.Select(v => v.ToString("F0")))})");
            }
        }

        private static double Median(List<double> values)
        {
            var sorted = values.OrderBy(x => x).ToList();
            return sorted[sorted.Count / 2];
        }
    }
}
