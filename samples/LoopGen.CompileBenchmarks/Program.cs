using System;
using System.Collections.Generic;
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
    /// anything else goes to BenchmarkDotNet.
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

        private static double Median(List<double> values)
        {
            var sorted = values.OrderBy(x => x).ToList();
            return sorted[sorted.Count / 2];
        }
    }
}
