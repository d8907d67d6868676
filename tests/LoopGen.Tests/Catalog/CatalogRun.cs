using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using System.Threading;
using LoopGen.Diagnostics.Analyzers;
using LoopGen.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;

namespace LoopGen.Tests.Catalog
{
    /// <summary>
    /// Builds ONE compilation of every catalog entry (each in its own namespace, twice: as written, and
    /// with <c>MinParallelWork = 1</c> so that small inputs take the parallel path), runs the real
    /// analyzer and the real generator on it once, emits and loads the result. The tests then read
    /// their entry's part of it.
    /// </summary>
    internal sealed class CatalogRun
    {
        /// <summary>The namespace prefix of entries as written.</summary>
        public const string Plain = "Catalog";

        /// <summary>The namespace prefix of entries with <c>MinParallelWork = 1</c>.</summary>
        public const string Min = "CatalogMin";

        private const string Usings = "using System;\nusing System.Collections.Generic;\nusing System.Linq;\nusing System.Text;\nusing LoopGen;\n\n";

        private static readonly Lazy<CatalogRun> Instance = new Lazy<CatalogRun>(() => new CatalogRun(CatalogEntries.All.Concat(CatalogEntries.KnownBugs).ToList()), LazyThreadSafetyMode.ExecutionAndPublication);

        private readonly Dictionary<string, string> texts = new Dictionary<string, string>();

        private CatalogRun(IReadOnlyList<CatalogEntry> entries)
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var parse = new CSharpParseOptions(LanguageVersion.Latest);
            var trees = new List<SyntaxTree>();
            foreach (CatalogEntry entry in entries)
            {
                string markup = Wrap(entry, Plain, entry.Markup);
                TestFileMarkupParser.GetSpans(markup, out string text, out ImmutableDictionary<string, ImmutableArray<TextSpan>> spans);
                this.Expected[entry.Name] = spans.SelectMany(p => p.Value.Select(s => (p.Key, s))).OrderBy(x => x.s.Start).ThenBy(x => x.Key).ToList();
                this.texts[entry.Name] = text;
                trees.Add(CSharpSyntaxTree.ParseText(text, parse, path: entry.Name + ".cs", encoding: Encoding.UTF8));
                if (entry.Accepted)
                {
                    string min = Wrap(entry, Min, WithMinWork(StripMarkup(entry.Markup)));
                    trees.Add(CSharpSyntaxTree.ParseText(min, parse, path: entry.Name + ".min.cs", encoding: Encoding.UTF8));
                }
            }

            var references = Basic.Reference.Assemblies.Net80.References.All.Cast<MetadataReference>()
                .Append(MetadataReference.CreateFromFile(typeof(LoopGen.ParallelizeAttribute).Assembly.Location))
                .ToImmutableArray();
            CSharpCompilation compilation = CSharpCompilation.Create(
                "LoopGenCatalog",
                trees,
                references,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Disable, allowUnsafe: true, optimizationLevel: OptimizationLevel.Release));

            this.Timings.Add($"parse {clock.ElapsedMilliseconds} ms");

            // The analyzer, once over everything.
            Exception? crash = null;
            var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), (e, _, _) => crash ??= e, concurrentAnalysis: true, logAnalyzerExecutionTime: false);
            ImmutableArray<Diagnostic> analyzerDiagnostics = compilation
                .WithAnalyzers(Verifiers.AnalyzerVerifier.All, options)
                .GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();
            if (crash is not null)
            {
                throw new InvalidOperationException("the analyzer crashed: " + crash);
            }

            foreach (Diagnostic diagnostic in analyzerDiagnostics)
            {
                string? path = diagnostic.Location.SourceTree?.FilePath;
                if (path is null || path.EndsWith(".min.cs", StringComparison.Ordinal))
                {
                    continue;
                }

                string name = Path.GetFileNameWithoutExtension(path);
                if (!this.Diagnostics.TryGetValue(name, out List<Diagnostic>? list))
                {
                    this.Diagnostics[name] = list = new List<Diagnostic>();
                }

                list.Add(diagnostic);
            }

            this.Timings.Add($"analyzer {clock.ElapsedMilliseconds} ms");

            // The generator, once over everything.
            GeneratorDriver driver = CSharpGeneratorDriver.Create(new ParallelizeGenerator()).RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> generatorDiagnostics);
            foreach (Diagnostic d in generatorDiagnostics)
            {
                this.GlobalProblems.Add("generator diagnostic: " + d);
            }

            GeneratorRunResult result = driver.GetRunResult().Results.Single();
            if (result.Exception is not null)
            {
                this.GlobalProblems.Add("generator exception: " + result.Exception);
            }

            var generatedTrees = new Dictionary<SyntaxTree, (string Entry, string Prefix)>();
            foreach (GeneratedSourceResult source in result.GeneratedSources)
            {
                (string Entry, string Prefix)? owner = EntryOfHint(source.HintName, entries);
                if (owner is null)
                {
                    this.GlobalProblems.Add("generated file of no entry: " + source.HintName);
                    continue;
                }

                this.Generated.Add((owner.Value.Entry, owner.Value.Prefix, source.SourceText.ToString()));
                if (Environment.GetEnvironmentVariable("LOOPGEN_CATALOG_DUMP") is { Length: > 0 } dump)
                {
                    // For debugging: the generated files, written where the variable says.
                    Directory.CreateDirectory(dump);
                    File.WriteAllText(Path.Combine(dump, source.HintName), source.SourceText.ToString());
                }
                generatedTrees[source.SyntaxTree] = owner.Value;
            }

            this.Timings.Add($"generator {clock.ElapsedMilliseconds} ms");

            // Errors (in an entry's source or in its generated code): the entry fails, and its trees leave the
            // compilation so that the others still run.
            using var stream = new MemoryStream();
            Microsoft.CodeAnalysis.Emit.EmitResult emitted = output.Emit(stream);
            if (!emitted.Success)
            {
                var broken = new HashSet<string>();
                foreach (Diagnostic error in emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error))
                {
                    SyntaxTree? tree = error.Location.SourceTree;
                    bool generated = tree is not null && generatedTrees.ContainsKey(tree);
                    string? entry = generated ? generatedTrees[tree!].Entry : EntryOfPath(tree?.FilePath);
                    this.AddProblem(entry, (generated ? "generated code does not compile: " + error + "\n" + tree!.GetText() : "source does not compile: " + error));
                    if (entry is not null)
                    {
                        broken.Add(entry);
                    }
                }

                var drop = output.SyntaxTrees.Where(t => broken.Contains(EntryOfPath(t.FilePath) ?? string.Empty)
                    || (generatedTrees.TryGetValue(t, out var owner) && broken.Contains(owner.Entry))).ToList();
                output = output.RemoveSyntaxTrees(drop);
                stream.SetLength(0);
                emitted = output.Emit(stream);
                if (!emitted.Success)
                {
                    this.GlobalProblems.Add("emit failed: " + string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
                    return;
                }
            }

            this.Timings.Add($"emit {clock.ElapsedMilliseconds} ms");
            stream.Position = 0;
            var context = new AssemblyLoadContext("LoopGenCatalog", isCollectible: true);
            this.Assembly = context.LoadFromStream(stream);
        }

        /// <summary>Gets the run (built on first use).</summary>
        public static CatalogRun Current => Instance.Value;

        /// <summary>Gets the expected diagnostics of each entry, from its markup: ID and span in the wrapped source.</summary>
        public Dictionary<string, List<(string Id, TextSpan Span)>> Expected { get; } = new Dictionary<string, List<(string, TextSpan)>>();

        /// <summary>Gets the analyzer's diagnostics on each entry as written.</summary>
        public Dictionary<string, List<Diagnostic>> Diagnostics { get; } = new Dictionary<string, List<Diagnostic>>();

        /// <summary>Gets the generated files: entry, namespace prefix, text.</summary>
        public List<(string Entry, string Prefix, string Text)> Generated { get; } = new List<(string, string, string)>();

        /// <summary>Gets problems that belong to an entry (compile errors).</summary>
        public Dictionary<string, List<string>> Problems { get; } = new Dictionary<string, List<string>>();

        /// <summary>Gets problems that belong to no entry.</summary>
        public List<string> GlobalProblems { get; } = new List<string>();

        /// <summary>Gets how long each step took (cumulative).</summary>
        public List<string> Timings { get; } = new List<string>();

        /// <summary>Gets the loaded output assembly, or null when emitting failed.</summary>
        public Assembly? Assembly { get; }

        /// <summary>Gets the wrapped source of an entry as written (without markup).</summary>
        /// <param name="name">The entry name.</param>
        /// <returns>The source text.</returns>
        public string TextOf(string name) => this.texts[name];

        /// <summary>Removes markup.</summary>
        /// <param name="markup">The markup.</param>
        /// <returns>Plain source.</returns>
        public static string StripMarkup(string markup)
        {
            TestFileMarkupParser.GetSpans(markup, out string output, out ImmutableDictionary<string, ImmutableArray<TextSpan>> _);
            return output;
        }

        private static string Wrap(CatalogEntry entry, string prefix, string body)
            => Usings + $"namespace {prefix}.{entry.Name}\n{{\n"
                + (entry.Raw ? body : "public static partial class K\n{\n" + body + "\n}\n")
                + "}\n";

        private static string WithMinWork(string source)
        {
            if (source.Contains("[Parallelize]", StringComparison.Ordinal))
            {
                return source.Replace("[Parallelize]", "[Parallelize(MinParallelWork = 1)]", StringComparison.Ordinal);
            }

            return source.Replace("[Parallelize(", "[Parallelize(MinParallelWork = 1, ", StringComparison.Ordinal);
        }

        private static string? EntryOfPath(string? path)
        {
            if (string.IsNullOrEmpty(path))
            {
                return null;
            }

            string file = Path.GetFileName(path);
            int dot = file.IndexOf('.', StringComparison.Ordinal);
            return dot < 0 ? file : file.Substring(0, dot);
        }

        private static (string Entry, string Prefix)? EntryOfHint(string hint, IReadOnlyList<CatalogEntry> entries)
        {
            foreach (string prefix in new[] { Min, Plain })
            {
                foreach (CatalogEntry entry in entries)
                {
                    if (hint.StartsWith($"{prefix}.{entry.Name}.", StringComparison.Ordinal))
                    {
                        return (entry.Name, prefix);
                    }
                }
            }

            return null;
        }

        private void AddProblem(string? entry, string problem)
        {
            if (entry is null)
            {
                this.GlobalProblems.Add(problem);
                return;
            }

            if (!this.Problems.TryGetValue(entry, out List<string>? list))
            {
                this.Problems[entry] = list = new List<string>();
            }

            list.Add(problem);
        }
    }
}
