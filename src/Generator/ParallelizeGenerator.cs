using LoopGen.Analysis;
using LoopGen.Generator.Models;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LoopGen.Generator
{
    /// <summary>
    /// Generates <c>MParallel</c> beside every <c>[Parallelize]</c> method whose loop nest the shared
    /// <see cref="LoopClassifier"/> accepts. It reports no diagnostics: the analyzer does, from the same
    /// classification; a rejected method simply gets no twin.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed partial class ParallelizeGenerator : IIncrementalGenerator
    {
        /// <inheritdoc/>
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            // Only [Parallelize] methods reach the transform; it classifies them and keeps strings only.
            IncrementalValuesProvider<ParallelMethodInfo> methods = context.SyntaxProvider
                .ForAttributeWithMetadataName(
                    LoopClassifier.AttributeMetadataName,
                    static (node, _) => node is MethodDeclarationSyntax method && (method.Body is not null || method.Modifiers.Any(SyntaxKind.PartialKeyword)),
                    static (context, token) => Parser.GetMethodInfo(context, token))
                .WithTrackingName(TrackingNames.Transform)
                .Where(static info => info is not null)
                .Select(static (info, _) => info!)
                .WithTrackingName(TrackingNames.Output);

            context.RegisterSourceOutput(methods, static (spc, info) => spc.AddSource(info.HintName, Emitter.WriteFile(info)));
        }
    }
}
