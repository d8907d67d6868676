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
                // Annotations as in the user's file, so the twin's signature says what M's says: enabled when they are
                // where M's declaration starts, at its constraints or where its body starts (a '#nullable' directive may
                // sit between them; code written without annotations means the same with them, the other way round
                // 'class?' or 'string?' would be warned about). Warnings off: every statement here is M's own or
                // LoopGen's, and M's were checked where the user wrote them; with warnings off in the whole file the
                // compiler skips its nullable flow analysis, a good part of compiling it.
                bool annotationsEnabled = new[] { syntax.SpanStart, syntax.ConstraintClauses.FirstOrDefault()?.SpanStart ?? syntax.SpanStart, syntax.Body!.SpanStart }
                    .Any(position => model.GetNullableContext(position).AnnotationsEnabled());
                bool annotations = modern && annotationsEnabled;
                string directives = modern
                    ? $"#nullable {(annotationsEnabled ? "enable" : "disable")} annotations\n#nullable disable warnings"
                    : string.Empty;

                bool hasCollectionsMarshal = parseOptions.LanguageVersion >= LanguageVersion.CSharp7_2
                    && model.Compilation.GetTypeByMetadataName("System.Runtime.InteropServices.CollectionsMarshal") is { } marshal
                    && marshal.GetMembers("SetCount").Length > 0
                    && marshal.GetMembers("AsSpan").Length > 0;

                string methodText = new ParallelMethodEmitter(analysis, model, hasCollectionsMarshal, annotations, cancellationToken).Emit(Version);

                var root = (CompilationUnitSyntax)syntax.SyntaxTree.GetRoot(cancellationToken);

                // The file's extern aliases and usings, and its namespace blocks each with its own (an outer block's
                // usings bind in the outer namespace, and an inner block may declare an alias of the same name again).
                var usings = root.Externs.Select(e => e.ToString())
                    .Concat(root.Usings.Where(u => u.GlobalKeyword == default).Select(u => u.ToString())).ToList();
                var namespaces = syntax.Ancestors().OfType<BaseNamespaceDeclarationSyntax>().Reverse().ToList();
                var namespaceNames = namespaces.Select(n => n.Name.ToString()).ToList();
                var namespaceUsings = namespaces
                    .Select(n => string.Join("\n", n.Externs.Select(e => e.ToString()).Concat(n.Usings.Select(u => u.ToString()))))
                    .ToList();

                var headers = new List<string>();
                for (INamedTypeSymbol? type = method.ContainingType; type is not null; type = type.ContainingType)
                {
                    headers.Insert(0, Header(type));
                }

                return new ParallelMethodInfo(
                    HintName(method),
                    directives,
                    WarningDirectives(root, syntax.Body!),
                    usings.ToEquatableArray(),
                    namespaceNames.ToEquatableArray(),
                    namespaceUsings.ToEquatableArray(),
                    headers.ToEquatableArray(),
                    methodText);
            }

            /// <summary>
            /// The <c>#pragma warning disable</c> the generated file needs so that M's statements raise no warning
            /// there that the user silenced where M is written (the use of an [Obsolete] member under
            /// <c>#pragma warning disable CS0618</c>, of an [Experimental] one under its ID, which is an error otherwise):
            /// every warning disabled where M's body starts or by a directive inside it. The file's directives are
            /// read in order; <c>restore</c> ends a <c>disable</c>, and a directive without IDs means every warning.
            /// </summary>
            private static string WarningDirectives(CompilationUnitSyntax root, BlockSyntax body)
            {
                var disabled = new List<string>();
                bool all = false;
                for (DirectiveTriviaSyntax? directive = root.GetFirstDirective(d => d is PragmaWarningDirectiveTriviaSyntax);
                    directive is not null && directive.SpanStart < body.Span.End;
                    directive = directive.GetNextDirective(d => d is PragmaWarningDirectiveTriviaSyntax))
                {
                    var pragma = (PragmaWarningDirectiveTriviaSyntax)directive;
                    if (!pragma.IsActive)
                    {
                        // In a branch M's build does not compile.
                        continue;
                    }

                    bool disable = pragma.DisableOrRestoreKeyword.IsKind(SyntaxKind.DisableKeyword);
                    bool inside = pragma.SpanStart >= body.SpanStart;
                    if (!disable && inside)
                    {
                        // Inside the body: a restore does not undo what the body disabled before it (both parts are copied).
                        continue;
                    }

                    if (pragma.ErrorCodes.Count == 0)
                    {
                        all = disable;
                        disabled.Clear();
                        continue;
                    }

                    foreach (string code in pragma.ErrorCodes.Where(c => !c.IsMissing).Select(WarningId).Where(c => c.Length > 0))
                    {
                        disabled.Remove(code);
                        if (disable)
                        {
                            disabled.Add(code);
                        }
                    }
                }

                return all ? "#pragma warning disable"
                    : disabled.Count > 0 ? "#pragma warning disable " + string.Join(", ", disabled)
                    : string.Empty;
            }

            /// <summary>
            /// The ID a <c>#pragma warning</c> code names, as the compiler reads it: a number is a C# compiler warning
            /// (<c>618</c> and <c>0618</c> are <c>CS0618</c>), anything else is taken as written.
            /// </summary>
            private static string WarningId(ExpressionSyntax code)
                => code is LiteralExpressionSyntax { Token.Value: int number }
                    ? "CS" + number.ToString("0000", System.Globalization.CultureInfo.InvariantCulture)
                    : code.ToString().Trim();

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
