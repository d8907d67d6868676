using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using LoopGen.Diagnostics.Analyzers;
using LoopGen.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LoopGen.CompileBenchmarks
{
    /// <summary>The consumer as an in-memory compilation, and LoopGen's analyzers and generator to run on it.</summary>
    public static class Consumer
    {
        /// <summary>Gets the parse options of the consumer (C# latest).</summary>
        public static CSharpParseOptions ParseOptions { get; } = new CSharpParseOptions(LanguageVersion.Latest);

        /// <summary>Gets LoopGen's analyzers, as the package ships them.</summary>
        public static ImmutableArray<DiagnosticAnalyzer> Analyzers { get; } = typeof(ParallelizeAnalyzer).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttributes(typeof(DiagnosticAnalyzerAttribute), false).Length > 0)
            .OrderBy(t => t.Name)
            .Select(t => (DiagnosticAnalyzer)System.Activator.CreateInstance(t)!)
            .ToImmutableArray();

        /// <summary>Creates the consumer's compilation, with the generated files when asked.</summary>
        /// <param name="suggestions">False to turn LG0200 off (severity none), as a CI build may.</param>
        /// <returns>The compilation (without generated sources).</returns>
        public static CSharpCompilation Create(bool suggestions = true)
        {
            var trees = ConsumerSource.Files().Select(f => CSharpSyntaxTree.ParseText(f.Value, ParseOptions, path: f.Key));
            var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable);
            if (!suggestions)
            {
                options = options.WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic> { ["LG0200"] = ReportDiagnostic.Suppress });
            }

            IEnumerable<MetadataReference> references = Basic.Reference.Assemblies.Net80.References.All
                .Append(MetadataReference.CreateFromFile(typeof(LoopGen.ParallelizeAttribute).Assembly.Location));
            return CSharpCompilation.Create("Consumer", trees, references, options);
        }

        /// <summary>Creates a generator driver for the consumer.</summary>
        /// <returns>The driver (not yet run).</returns>
        public static GeneratorDriver CreateDriver()
            => CSharpGeneratorDriver.Create(new[] { new ParallelizeGenerator().AsSourceGenerator() }, parseOptions: ParseOptions);

        /// <summary>Replaces a file of the compilation by new text.</summary>
        /// <param name="compilation">The compilation.</param>
        /// <param name="file">The file name.</param>
        /// <param name="text">The new text.</param>
        /// <returns>The edited compilation.</returns>
        public static CSharpCompilation Edit(CSharpCompilation compilation, string file, string text)
        {
            SyntaxTree old = compilation.SyntaxTrees.Single(t => t.FilePath == file);
            return compilation.ReplaceSyntaxTree(old, CSharpSyntaxTree.ParseText(text, ParseOptions, path: file));
        }

        /// <summary>Runs the generator and returns the compilation with the generated files.</summary>
        /// <param name="compilation">The compilation.</param>
        /// <returns>The output compilation.</returns>
        public static Compilation WithGenerated(CSharpCompilation compilation)
        {
            CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out _);
            return output;
        }
    }
}
