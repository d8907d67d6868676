using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;

namespace LoopGen.Tests.Verifiers
{
    /// <summary>
    /// Offline references for in-memory compilations (FACTS.md): the .NET 8 reference assemblies from
    /// Basic.Reference.Assemblies.Net80 plus the LoopGen.Attributes assembly. Nothing is downloaded.
    /// </summary>
    internal static class TestReferences
    {
        /// <summary>Gets the reference assemblies setting that resolves nothing from the network.</summary>
        public static ReferenceAssemblies Offline { get; } = new ReferenceAssemblies("net8.0");

        /// <summary>Gets the LoopGen.Attributes assembly (attribute and runtime).</summary>
        public static MetadataReference Attributes { get; } = MetadataReference.CreateFromFile(typeof(LoopGen.ParallelizeAttribute).Assembly.Location);

        /// <summary>Gets every reference an in-memory compilation needs.</summary>
        public static ImmutableArray<MetadataReference> All { get; } =
            Basic.Reference.Assemblies.Net80.References.All.Cast<MetadataReference>().Append(Attributes).ToImmutableArray();

        /// <summary>Gets <see cref="All"/> loaded again, as a new build has them: new objects, the same files.</summary>
        public static ImmutableArray<MetadataReference> Reloaded => All.Select(Reload).ToImmutableArray();

        /// <summary>The same file as a new reference object, as a new build loads it (the metadata, hence the module version ID, is the same).</summary>
        /// <param name="reference">A reference to a file.</param>
        /// <returns>A new reference object to the same metadata.</returns>
        public static MetadataReference Reload(MetadataReference reference)
        {
            var file = (PortableExecutableReference)reference;
            var metadata = (AssemblyMetadata)file.GetMetadata();
            return metadata.GetReference(documentation: null, aliases: file.Properties.Aliases, embedInteropTypes: file.Properties.EmbedInteropTypes, filePath: file.FilePath, display: file.Display);
        }

        /// <summary>Adds the references to a test state (TestState or FixedState).</summary>
        /// <param name="state">The state.</param>
        public static void AddTo(SolutionState state)
        {
            state.AdditionalReferences.AddRange(Basic.Reference.Assemblies.Net80.References.All);
            state.AdditionalReferences.Add(Attributes);
        }

        /// <summary>Creates a compilation of the given sources.</summary>
        /// <param name="parseOptions">Parse options (C# latest when null).</param>
        /// <param name="nullable">The project-wide nullable context.</param>
        /// <param name="sources">The sources.</param>
        /// <returns>The compilation (a DLL).</returns>
        public static CSharpCompilation Compile(CSharpParseOptions? parseOptions, NullableContextOptions nullable, params string[] sources)
        {
            parseOptions ??= new CSharpParseOptions(LanguageVersion.Latest);
            var trees = sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, parseOptions, path: $"Test{i}.cs"));
            return CSharpCompilation.Create(
                "TestAssembly",
                trees,
                All,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: nullable));
        }

        /// <summary>Gets the test project's folder, recorded by the csproj as assembly metadata.</summary>
        public static string ProjectDir { get; } = typeof(TestReferences).Assembly
            .GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "ProjectDir").Value!;

        /// <summary>Gets the repository root (two levels above the test project).</summary>
        public static string RepoRoot { get; } = Path.GetFullPath(Path.Combine(ProjectDir, "..", ".."));
    }
}
