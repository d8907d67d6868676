using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using LoopGen.Analysis;
using LoopGen.Diagnostics.Analyzers;
using LoopGen.Generator.Models;
using LoopGen.Models;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LoopGen.Generator
{
    /// <content>The transform: from a <c>[Parallelize]</c> method to its string-only model.</content>
    public sealed partial class ParallelizeGenerator
    {
        /// <summary>Builds the models.</summary>
        internal static class Parser
        {
            private static readonly string Version = typeof(ParallelizeGenerator).Assembly.GetName().Version?.ToString() ?? "0.0.0.0";

            private static int swallowed;

            /// <summary>Gets how many unexpected exceptions the transform has swallowed in this process (tests assert none).</summary>
            internal static int SwallowedExceptions => System.Threading.Volatile.Read(ref swallowed);

            /// <summary>Classifies the method and, when it can be parallelized, writes its twin as text.</summary>
            /// <param name="context">The attribute context.</param>
            /// <param name="cancellationToken">The cancellation token.</param>
            /// <returns>The model, or null when nothing is generated.</returns>
            public static ParallelMethodInfo? GetMethodInfo(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
            {
                if (context.TargetNode is not MethodDeclarationSyntax syntax || context.TargetSymbol is not IMethodSymbol method)
                {
                    return null;
                }

                try
                {
                    // Reused across compilations while nothing it was computed from changed (see ModelCache). A partial
                    // method's body is in its implementing part, maybe in another file (the attribute may be on either
                    // part): the lookup runs inside the recording, so that file is part of what the model was computed from.
                    Compilation compilation = context.SemanticModel.Compilation;
                    return ModelCache.GetOrBuild(syntax, compilation, () =>
                    {
                        if (PartialMethods.ImplementingPart(method, syntax, cancellationToken) is not { } part)
                        {
                            return null;
                        }

                        // A model of our own, even for the attribute's file: it skips nullable flow analysis, which
                        // the classifier does not read (see SyntaxReads.Model).
                        SemanticModel model = SyntaxReads.Model(compilation, part.Syntax.SyntaxTree);
                        return Build(part.Syntax, part.Method, model, cancellationToken);
                    }, cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    throw;
                }
                catch (Exception)
                {
                    // Half-typed code must never crash the build: the analyzer reports the problem, if any.
                    Interlocked.Increment(ref swallowed);
                    return null;
                }
            }

            private static ParallelMethodInfo? Build(MethodDeclarationSyntax syntax, IMethodSymbol method, SemanticModel model, CancellationToken cancellationToken)
            {
                // The twin can only be added to partial types (LG0001 says so).
                if (ParallelizeAnalyzer.FirstNonPartialType(method.ContainingType, cancellationToken) is not null)
                {
                    return null;
                }

                MethodAnalysis analysis = LoopClassifier.Classify(syntax, method, model, cancellationToken);
                if (!analysis.CanGenerate)
                {
                    return null;
                }

                var parseOptions = (CSharpParseOptions)syntax.SyntaxTree.Options;
                bool modern = parseOptions.LanguageVersion >= LanguageVersion.CSharp8;
                NullableContext nullable = model.GetNullableContext(syntax.Body!.SpanStart);
                bool annotations = modern && nullable.AnnotationsEnabled();
                // Annotations as in the user's file, so the twin's signature says what M's says. Warnings off: every
                // statement here is M's own or LoopGen's, and M's were checked where the user wrote them; with warnings
                // off in the whole file the compiler skips its nullable flow analysis, a good part of compiling it.
                string directives = modern
                    ? $"#nullable {(nullable.AnnotationsEnabled() ? "enable" : "disable")} annotations\n#nullable disable warnings"
                    : string.Empty;

                bool hasCollectionsMarshal = parseOptions.LanguageVersion >= LanguageVersion.CSharp7_2
                    && model.Compilation.GetTypeByMetadataName("System.Runtime.InteropServices.CollectionsMarshal") is { } marshal
                    && marshal.GetMembers("SetCount").Length > 0
                    && marshal.GetMembers("AsSpan").Length > 0;

                string methodText = new ParallelMethodEmitter(analysis, model, hasCollectionsMarshal, annotations, cancellationToken).Emit(Version);

                var root = (CompilationUnitSyntax)syntax.SyntaxTree.GetRoot(cancellationToken);
                var usings = root.Usings.Where(u => u.GlobalKeyword == default).Select(u => u.ToString()).ToList();
                var namespaceUsings = syntax.Ancestors().OfType<BaseNamespaceDeclarationSyntax>().Reverse()
                    .SelectMany(n => n.Usings).Select(u => u.ToString()).ToList();
                string ns = method.ContainingNamespace is { IsGlobalNamespace: false } n2
                    ? n2.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat.WithGlobalNamespaceStyle(SymbolDisplayGlobalNamespaceStyle.Omitted))
                    : string.Empty;

                var headers = new List<string>();
                for (INamedTypeSymbol? type = method.ContainingType; type is not null; type = type.ContainingType)
                {
                    headers.Insert(0, Header(type));
                }

                return new ParallelMethodInfo(
                    HintName(method),
                    directives,
                    usings.ToEquatableArray(),
                    ns,
                    namespaceUsings.ToEquatableArray(),
                    headers.ToEquatableArray(),
                    methodText);
            }

            private static string Header(INamedTypeSymbol type)
            {
                string keyword = type switch
                {
                    { IsRecord: true, TypeKind: TypeKind.Struct } => "record struct",
                    { IsRecord: true } => "record",
                    { TypeKind: TypeKind.Struct } => "struct",
                    { TypeKind: TypeKind.Interface } => "interface",
                    _ => "class",
                };
                string modifiers = type.IsStatic ? "static partial" : "partial";
                string typeParameters = type.TypeParameters.Length == 0 ? string.Empty : "<" + string.Join(", ", type.TypeParameters.Select(t => ParallelMethodEmitter.Escape(t.Name))) + ">";
                return $"{modifiers} {keyword} {ParallelMethodEmitter.Escape(type.Name)}{typeParameters}";
            }

            private static string HintName(IMethodSymbol method)
            {
                string type = method.ContainingType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat.WithGlobalNamespaceStyle(SymbolDisplayGlobalNamespaceStyle.Omitted));
                string raw = $"{type}.{method.Name}{ParallelMethodEmitter.OverloadSuffix(method)}";
                char[] chars = raw.Select(c => char.IsLetterOrDigit(c) || c == '.' || c == '_' ? c : '_').ToArray();
                return new string(chars) + ".g.cs";
            }
        }
    }
}
