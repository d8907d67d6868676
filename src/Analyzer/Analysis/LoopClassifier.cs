using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using LoopGen.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace LoopGen.Analysis
{
    /// <summary>
    /// The heart of LoopGen: one pure function from a method to its <see cref="MethodAnalysis"/>.
    /// The analyzer reports from the result; the generator emits from it. There is no second copy of
    /// the rules anywhere.
    /// </summary>
    internal static class LoopClassifier
    {
        /// <summary>The metadata name of the attribute, matched by string so the Roslyn assemblies need not reference it.</summary>
        public const string AttributeMetadataName = "LoopGen.ParallelizeAttribute";

        /// <summary>Per syntax tree: whether it declares a file-local type (<see cref="Yes"/> or <see cref="No"/>).</summary>
        private static readonly ConditionalWeakTable<SyntaxTree, object> FileLocalTypesByTree = new ConditionalWeakTable<SyntaxTree, object>();

        private static readonly object Yes = new object();

        private static readonly object No = new object();

        /// <summary>The suffix of generated method names.</summary>
        public const string ParallelSuffix = "Parallel";

        /// <summary>Gets the name of the parallel twin of a method; the analyzer, code fixes and emitter all use it.</summary>
        /// <param name="methodName">The method's name.</param>
        /// <returns>The twin's name.</returns>
        public static string GetParallelMethodName(string methodName) => methodName + ParallelSuffix;

        /// <summary>Classifies a method.</summary>
        /// <param name="syntax">The method declaration.</param>
        /// <param name="method">Its symbol.</param>
        /// <param name="model">The semantic model of its tree.</param>
        /// <param name="cancellationToken">The cancellation token.</param>
        /// <param name="stopAtFirstObjection">Whether to stop at the first rejection or trusted call (for LG0200, which only asks whether the method qualifies).</param>
        /// <returns>The classification.</returns>
        public static MethodAnalysis Classify(MethodDeclarationSyntax syntax, IMethodSymbol method, SemanticModel model, CancellationToken cancellationToken, bool stopAtFirstObjection = false)
        {
            var analysis = new MethodAnalysis(method, syntax) { Options = ReadOptions(method), StopAtFirstObjection = stopAtFirstObjection };

            // Half-typed code: stay silent rather than guess (and never crash). The check is cheap (no
            // SemanticModel.GetDiagnostics, which binds the body a second time and runs flow analysis):
            // syntax errors, error types and invalid operations in the bound body. Errors that only flow
            // analysis finds (an unassigned local, a missing return) no longer silence LoopGen.
            if (HasErrors(syntax, method, model, cancellationToken))
            {
                analysis.HasErrors = true;
                return analysis;
            }

            if (syntax.Body is null && syntax.ExpressionBody is null)
            {
                analysis.NoNestReason = "it has no body";
                return analysis;
            }

            if (syntax.Body is not { } body)
            {
                analysis.NoNestReason = "it has an expression body; LoopGen looks for a loop nest at the top level of a block body";
                return analysis;
            }

            var candidates = body.Statements.Where(s => IsLoop(s) && ContainsLoop(s)).ToList();
            if (candidates.Count == 0)
            {
                analysis.NoNestReason = body.DescendantNodes().OfType<StatementSyntax>().Any(s => IsLoop(s) && ContainsLoop(s))
                    ? "its nested loops are not at the top level of the method body"
                    : "it has no for or foreach loop that contains another loop";
                return analysis;
            }

            string? methodProblem = MethodProblem(syntax, method, model, cancellationToken);
            if (methodProblem is not null)
            {
                analysis.Rejections.Add(new Finding(DiagnosticDescriptors.UnsupportedMethod, syntax.Identifier.GetLocation(), method.Name, methodProblem));
                return analysis;
            }

            var calls = new CallInspector(model);
            foreach (StatementSyntax candidate in candidates)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (!LoopShapeReader.TryRead(candidate, model, out LoopShape? outer, out string reason))
                {
                    analysis.Rejections.Add(new Finding(DiagnosticDescriptors.LoopFormNotUnderstood, HeaderLocation(candidate), LoopShapeReader.Header(candidate), reason));
                    continue;
                }

                var nest = new NestAnalysis(outer!) { Inner = FindInner(outer!, model) };
                new NestWalker(model, analysis, nest, calls, cancellationToken).Run();
                ChooseStrategy(analysis, nest);
                analysis.Nests.Add(nest);
                if (analysis.Decided)
                {
                    break;
                }
            }

            // Last, since it reads every call of the body: only a method that could otherwise get a twin pays for it.
            if (analysis.Rejections.Count == 0 && CopiedCodeProblem(body, model, cancellationToken) is { } copied)
            {
                analysis.Rejections.Add(new Finding(DiagnosticDescriptors.UnsupportedMethod, syntax.Identifier.GetLocation(), method.Name, copied));
            }

            return analysis;
        }

        /// <summary>
        /// Tells whether a method has compile errors that LoopGen should not guess around: a syntax error in
        /// the declaration, an error type in its signature, or an invalid operation or error type in its
        /// bound body. A method without a body asks the semantic model (nothing to bind: cheap).
        /// </summary>
        /// <param name="syntax">The method declaration.</param>
        /// <param name="method">Its symbol.</param>
        /// <param name="model">The semantic model of its tree.</param>
        /// <param name="cancellationToken">The cancellation token.</param>
        /// <returns>Whether errors were found.</returns>
        internal static bool HasErrors(MethodDeclarationSyntax syntax, IMethodSymbol method, SemanticModel model, CancellationToken cancellationToken)
        {
            if (syntax.ContainsDiagnostics && syntax.GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error))
            {
                return true;
            }

            SyntaxNode? body = (SyntaxNode?)syntax.Body ?? syntax.ExpressionBody;
            if (body is null)
            {
                // CS0501 and the like; a partial or extern declaration without a body has no error. Real errors only:
                // a warning an .editorconfig raises to an error must not change the result, which is kept across
                // compilations without comparing per-file diagnostic options (ClassificationCache).
                return model.GetDiagnostics(syntax.Span, cancellationToken).Any(d => d.DefaultSeverity == DiagnosticSeverity.Error);
            }

            if (IsErrorType(method.ReturnType) || method.Parameters.Any(p => IsErrorType(p.Type)))
            {
                return true;
            }

            if (model.GetOperation(body, cancellationToken) is not { } root)
            {
                return true;
            }

            foreach (IOperation operation in root.DescendantsAndSelf())
            {
                switch (operation)
                {
                    case IInvalidOperation:
                    case IConversionOperation { Conversion.Exists: false }:
                    case IVariableDeclaratorOperation declarator when IsErrorType(declarator.Symbol.Type):
                        return true;
                }

                if (operation.Type is { } type && IsErrorType(type))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsErrorType(ITypeSymbol? type)
        {
            switch (type)
            {
                case null:
                    return false;
                case IErrorTypeSymbol:
                    return true;
                case IArrayTypeSymbol array:
                    return IsErrorType(array.ElementType);
                case IPointerTypeSymbol pointer:
                    return IsErrorType(pointer.PointedAtType);
                case INamedTypeSymbol { IsGenericType: true } named:
                    return named.TypeArguments.Any(IsErrorType);
                default:
                    return type.TypeKind == TypeKind.Error;
            }
        }

        /// <summary>Describes every nest of a method, for the LG0003 and LG0200 reports and the generated comment.</summary>
        /// <param name="analysis">The method's classification.</param>
        /// <returns>One sentence per nest, joined with "; then ".</returns>
        public static string Describe(MethodAnalysis analysis) => string.Join("; then ", analysis.Nests.Select(Describe));

        /// <summary>Describes a nest's strategy and result rebuilding for the LG0003 report.</summary>
        /// <param name="nest">The nest.</param>
        /// <returns>A sentence containing the word 'flattened' or 'row'.</returns>
        public static string Describe(NestAnalysis nest)
        {
            string loops = $"'{LoopShapeReader.Header(nest.Outer.Syntax)}'";
            string kind = nest.Class == NestClass.Independent ? "independent nest" : "outer-dependent nest";
            string how = nest.Strategy == NestStrategy.Flatten
                ? $"{kind} {loops} runs as a flattened task list over the (outer, inner) pairs, in chunks"
                : $"{kind} {loops} runs one task per outer row, balanced dynamically" + (nest.FlattenBlocker is { } why ? $" (not flattened: {why})" : string.Empty);
            var parts = new System.Collections.Generic.List<string>();
            if (nest.RowBuilder is { } rowBuilder)
            {
                parts.Add($"rows of '{rowBuilder.Result.Local.Name}' are created at their final length, filled in place (where the target framework has CollectionsMarshal) and appended in order");
            }
            else if (nest.Appends.Count > 0)
            {
                parts.Add(string.Join(", ", nest.Appends.Select(a => $"'{a.Local.Name}'")) + " rebuilt in sequential order");
            }

            if (nest.Reductions.Count > 0)
            {
                parts.Add("reductions " + string.Join(", ", nest.Reductions.Select(r => $"'{r.Local.Name}' ({r.Family})")) + " merged in chunk order");
            }

            if (nest.ArrayReductions.Count > 0)
            {
                parts.Add("array reductions " + string.Join(", ", nest.ArrayReductions.Select(r => $"'{r.Array.Name}' ({r.Family})")) + " accumulated in per-chunk copies merged in chunk order");
            }

            if (nest.AliasPairs.Count > 0 || nest.JaggedWritten.Count > 0)
            {
                parts.Add("arrays checked at run time to be distinct objects");
            }

            foreach ((ExpressionSyntax bound, ExpressionSyntax stride) in nest.StrideGuards)
            {
                parts.Add($"row width '{bound}' checked at run time not to pass the stride '{stride}' (else the original loop runs)");
            }

            return parts.Count == 0 ? how : how + "; " + string.Join("; ", parts);
        }

        private static void ChooseStrategy(MethodAnalysis analysis, NestAnalysis nest)
        {
            int requested = analysis.Options.Strategy;
            nest.Strategy = requested switch
            {
                2 => NestStrategy.RowPerTask,
                _ => nest.FlattenBlocker is null ? NestStrategy.Flatten : NestStrategy.RowPerTask,
            };

            if (requested == 1 && nest.FlattenBlocker is { } blocker)
            {
                analysis.StrategyWarnings.Add(new Finding(
                    DiagnosticDescriptors.StrategyNotApplicable,
                    HeaderLocation(nest.Outer.Syntax),
                    "Flatten",
                    blocker,
                    GetParallelMethodName(analysis.Method.Name)));
            }
        }

        private static LoopShape? FindInner(LoopShape outer, SemanticModel model)
        {
            var statements = outer.Body is BlockSyntax block ? block.Statements.ToList() : new System.Collections.Generic.List<StatementSyntax> { outer.Body };
            var loops = statements.Where(IsLoop).ToList();
            if (loops.Count != 1 || loops[0] is not (ForStatementSyntax or ForEachStatementSyntax))
            {
                return null;
            }

            if (!LoopShapeReader.TryRead(loops[0], model, out LoopShape? inner, out _))
            {
                return null;
            }

            // A bound the inner header caches and its body reads ('for (int j = 0, m = r.Length; j < m; j++) .. m ..'):
            // the chunks that run inner iterations on their own do not declare it. The inner loop then stays whole,
            // copied as written into each outer iteration's task.
            if (inner!.CachedBound is { } cached
                && inner.Body.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>().Any(n => n.Identifier.ValueText == cached.Name
                    && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(n).Symbol, cached)))
            {
                return null;
            }

            return inner;
        }

        private static string? MethodProblem(MethodDeclarationSyntax syntax, IMethodSymbol method, SemanticModel model, CancellationToken cancellationToken)
        {
            // The generated code uses tuples and 'is null' (C# 7.0) and writes nothing newer than the file's version allows.
            if (syntax.SyntaxTree.Options is CSharpParseOptions { LanguageVersion: < LanguageVersion.CSharp7 } parseOptions)
            {
                return $"the project's C# language version ({parseOptions.LanguageVersion.ToDisplayString()}) is older than 7.0, the oldest the generated code is written for";
            }

            if (method.IsAsync)
            {
                return "it is async";
            }

            if (model.LookupNamespacesAndTypes(syntax.Body!.SpanStart, name: "var").FirstOrDefault() is { } varType)
            {
                return $"a {(varType is INamespaceSymbol ? "namespace" : "type")} named 'var' is in scope, and the generated code declares its own locals with 'var'";
            }

            if (syntax.Body!.DescendantNodes().OfType<YieldStatementSyntax>().Any())
            {
                return "it is an iterator (yield)";
            }

            if (method.Parameters.Any(p => p.RefKind != RefKind.None))
            {
                return "it has ref, out or in parameters, which a parallel loop's lambdas cannot capture";
            }

            if (method.ReturnsByRef || method.ReturnsByRefReadonly)
            {
                return "it returns by reference";
            }

            if (!method.IsStatic && method.ContainingType.IsValueType)
            {
                return "it is an instance method of a struct, whose 'this' a parallel loop's lambdas cannot capture";
            }

            if (UsesUnsafeContext(syntax, model, cancellationToken) is { } unsafeCode)
            {
                return $"it uses '{NestWalker.Shorten(unsafeCode.ToString())}', which needs the unsafe context the twin does not have";
            }

            if (method.Parameters.Any(p => p.Type.IsRefLikeType))
            {
                return "it has a ref struct (Span) parameter, which a parallel loop's lambdas cannot capture";
            }


            if (method.ContainingType.GetMembers(GetParallelMethodName(method.Name)).FirstOrDefault(m => !m.IsImplicitlyDeclared
                && m.DeclaringSyntaxReferences.Any(r => !IsGenerated(r.SyntaxTree)) && ClashesWithTwin(m, method, model.Compilation)) is { } clash)
            {
                return clash is IMethodSymbol
                    ? $"the type already declares '{clash.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat)}', which has the twin's signature"
                    : $"the type already declares a member named '{GetParallelMethodName(method.Name)}'";
            }

            // An inherited member with the twin's signature would be hidden by it (CS0108, an error under
            // TreatWarningsAsErrors), and an interface's would be implemented by it, changing what callers run.
            if (InheritedClash(method, model.Compilation) is { } inherited)
            {
                string owner = inherited.ContainingType.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat);
                return inherited is IMethodSymbol
                    ? $"'{owner}' already declares '{inherited.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat)}', which has the twin's signature and would be hidden or implemented by it"
                    : $"'{owner}' already declares a member named '{GetParallelMethodName(method.Name)}', which the twin would hide";
            }

            return null;
        }

        /// <summary>
        /// Finds code that means something else once the twin copies it into a generated file and another method:
        /// a call that lets the compiler fill a caller-information parameter ([CallerMemberName],
        /// [CallerLineNumber], [CallerFilePath], [CallerArgumentExpression]: they would name the twin, its line and
        /// file), and a use of a file-local type (the generated file cannot see it).
        /// </summary>
        private static string? CopiedCodeProblem(BlockSyntax body, SemanticModel model, CancellationToken cancellationToken)
        {
            bool fileLocalTypesHere = DeclaresFileLocalTypes(body.SyntaxTree, cancellationToken);
            foreach (SyntaxNode node in body.DescendantNodes())
            {
                if (node is InvocationExpressionSyntax or BaseObjectCreationExpressionSyntax or ConstructorInitializerSyntax
                    && model.GetOperation(node, cancellationToken) is { } call)
                {
                    ImmutableArray<IArgumentOperation> arguments = call switch
                    {
                        IInvocationOperation invocation => invocation.Arguments,
                        IObjectCreationOperation creation => creation.Arguments,
                        _ => ImmutableArray<IArgumentOperation>.Empty,
                    };
                    if (arguments.Any(a => a.ArgumentKind == ArgumentKind.DefaultValue && a.Parameter is { } parameter
                        && parameter.GetAttributes().Any(attribute => attribute.AttributeClass?.Name is "CallerMemberNameAttribute" or "CallerLineNumberAttribute"
                            or "CallerFilePathAttribute" or "CallerArgumentExpressionAttribute")))
                    {
                        return $"'{NestWalker.Shorten(node.ToString())}' lets the compiler fill a caller-information parameter ([CallerMemberName], [CallerLineNumber], [CallerFilePath] or [CallerArgumentExpression]), which in the twin would describe the generated code; pass the value explicitly";
                    }
                }

                if (fileLocalTypesHere && node is SimpleNameSyntax name)
                {
                    ISymbol? symbol = model.GetSymbolInfo(name, cancellationToken).Symbol;
                    for (INamedTypeSymbol? type = symbol as INamedTypeSymbol ?? symbol?.ContainingType; type is not null; type = type.ContainingType)
                    {
                        if (type.IsFileLocal)
                        {
                            return $"it uses the file-local type '{type.Name}', which the generated file cannot see";
                        }
                    }
                }
            }

            return null;
        }

        /// <summary>
        /// Tells whether a file declares a type with the <c>file</c> modifier. The answer depends on the tree alone, so it
        /// is computed once per tree (every method of a file asks); a cancelled computation stores nothing.
        /// </summary>
        private static bool DeclaresFileLocalTypes(SyntaxTree tree, CancellationToken cancellationToken)
            => FileLocalTypesByTree.GetValue(tree, t => t.GetRoot(cancellationToken).DescendantNodes(n => n is not BlockSyntax)
                .OfType<BaseTypeDeclarationSyntax>().Any(type => type.Modifiers.Any(m => m.ValueText == "file")) ? Yes : No) == Yes;

        /// <summary>
        /// Finds code that compiles only in an unsafe context (a pointer or function pointer value or type,
        /// a fixed statement, sizeof of a type without a constant size): the twin copies the method's body
        /// into a part of the type that is not unsafe. <c>unsafe</c> alone, without such code, changes nothing.
        /// </summary>
        private static SyntaxNode? UsesUnsafeContext(MethodDeclarationSyntax syntax, SemanticModel model, CancellationToken cancellationToken)
        {
            bool inUnsafeContext = syntax.Modifiers.Any(SyntaxKind.UnsafeKeyword)
                || syntax.Ancestors().OfType<TypeDeclarationSyntax>().Any(t => t.Modifiers.Any(SyntaxKind.UnsafeKeyword));
            if (!inUnsafeContext || syntax.Body is not { } body)
            {
                // Outside an unsafe context, pointer code sits in 'unsafe' blocks, which the twin copies with it.
                return null;
            }

            foreach (ParameterSyntax parameter in syntax.ParameterList.Parameters)
            {
                if (parameter.Type is { } parameterType && IsPointer(model.GetTypeInfo(parameterType, cancellationToken).Type))
                {
                    return parameter;
                }
            }

            if (IsPointer(model.GetTypeInfo(syntax.ReturnType, cancellationToken).Type))
            {
                return syntax.ReturnType;
            }

            foreach (SyntaxNode node in body.DescendantNodesAndSelf())
            {
                switch (node)
                {
                    case UnsafeStatementSyntax:
                        continue;
                    case FixedStatementSyntax fixedStatement:
                        return fixedStatement.Declaration;
                    case SizeOfExpressionSyntax sizeOf when !model.GetConstantValue(sizeOf, cancellationToken).HasValue:
                        return sizeOf;
                    case ExpressionSyntax expression when !IsInUnsafeBlock(expression, body):
                        TypeInfo info = model.GetTypeInfo(expression, cancellationToken);
                        if (IsPointer(info.Type) || IsPointer(info.ConvertedType))
                        {
                            return expression;
                        }

                        break;
                }
            }

            return null;
        }

        private static bool IsInUnsafeBlock(SyntaxNode node, SyntaxNode body)
            => node.Ancestors().TakeWhile(a => a != body).Any(a => a is UnsafeStatementSyntax);

        private static bool IsPointer(ITypeSymbol? type) => type switch
        {
            IPointerTypeSymbol or IFunctionPointerTypeSymbol => true,
            IArrayTypeSymbol array => IsPointer(array.ElementType),
            INamedTypeSymbol { IsGenericType: true } generic => generic.TypeArguments.Any(IsPointer),
            _ => false,
        };

        /// <summary>Finds a member of a base type or an interface (other than a base type's private one) that one of the twins would hide or implement.</summary>
        private static ISymbol? InheritedClash(IMethodSymbol method, Compilation compilation)
        {
            string name = GetParallelMethodName(method.Name);
            var bases = new System.Collections.Generic.List<INamedTypeSymbol>();
            for (INamedTypeSymbol? type = method.ContainingType.BaseType; type is not null; type = type.BaseType)
            {
                bases.Add(type);
            }

            bases.AddRange(method.ContainingType.AllInterfaces);

            foreach (INamedTypeSymbol type in bases)
            {
                foreach (ISymbol member in type.GetMembers(name))
                {
                    if (!member.IsImplicitlyDeclared
                        && (type.TypeKind == TypeKind.Interface || member.DeclaredAccessibility != Accessibility.Private)
                        && ClashesWithTwin(member, method, compilation))
                    {
                        return member;
                    }
                }
            }

            return null;
        }

        /// <summary>
        /// Tells whether an existing member would clash with one of the two twins <c>MParallel(P..)</c> and
        /// <c>MParallel(P.., ParallelOptions)</c>: any member that is not a method, or a method with as many type
        /// parameters and the same parameter types (type parameters compared by position, as C# does).
        /// </summary>
        private static bool ClashesWithTwin(ISymbol member, IMethodSymbol method, Compilation compilation)
        {
            if (member is not IMethodSymbol other)
            {
                return true;
            }

            if (other.TypeParameters.Length != method.TypeParameters.Length)
            {
                return false;
            }

            INamedTypeSymbol? options = compilation.GetTypeByMetadataName("System.Threading.Tasks.ParallelOptions");
            foreach (bool withOptions in new[] { false, true })
            {
                int count = method.Parameters.Length + (withOptions ? 1 : 0);
                if (other.Parameters.Length != count)
                {
                    continue;
                }

                bool same = true;
                for (int p = 0; p < count && same; p++)
                {
                    ITypeSymbol mine = p < method.Parameters.Length ? method.Parameters[p].Type : options!;
                    same = mine is not null && SameType(mine, other.Parameters[p].Type);
                }

                if (same)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Compares two parameter types as C# signatures do: method type parameters by position, dynamic as object, tuples by their element types.</summary>
        private static bool SameType(ITypeSymbol a, ITypeSymbol b)
        {
            switch (a)
            {
                case ITypeParameterSymbol { TypeParameterKind: TypeParameterKind.Method } ta:
                    return b is ITypeParameterSymbol { TypeParameterKind: TypeParameterKind.Method } tb && ta.Ordinal == tb.Ordinal;
                case IArrayTypeSymbol aa:
                    return b is IArrayTypeSymbol ab && aa.Rank == ab.Rank && SameType(aa.ElementType, ab.ElementType);
                case IPointerTypeSymbol pa:
                    return b is IPointerTypeSymbol pb && SameType(pa.PointedAtType, pb.PointedAtType);
                case INamedTypeSymbol na when b is INamedTypeSymbol nb:
                    INamedTypeSymbol ua = na.TupleUnderlyingType ?? na;
                    INamedTypeSymbol ub = nb.TupleUnderlyingType ?? nb;
                    return SymbolEqualityComparer.Default.Equals(ua.OriginalDefinition, ub.OriginalDefinition)
                        && ua.TypeArguments.Length == ub.TypeArguments.Length
                        && ua.TypeArguments.Zip(ub.TypeArguments, SameType).All(x => x);
                default:
                    bool objectA = a.SpecialType == SpecialType.System_Object || a.TypeKind == TypeKind.Dynamic;
                    bool objectB = b.SpecialType == SpecialType.System_Object || b.TypeKind == TypeKind.Dynamic;
                    return (objectA && objectB) || SymbolEqualityComparer.Default.Equals(a, b);
            }
        }

        private static bool IsGenerated(SyntaxTree tree) => tree.FilePath.EndsWith(".g.cs", System.StringComparison.OrdinalIgnoreCase);

        private static ParallelizeOptions ReadOptions(IMethodSymbol method)
        {
            AttributeData? attribute = method.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == AttributeMetadataName);
            if (attribute is null)
            {
                return ParallelizeOptions.Default;
            }

            int strategy = 0;
            int degree = 0;
            long minWork = 0;
            foreach (var pair in attribute.NamedArguments)
            {
                object? value = pair.Value.Kind == TypedConstantKind.Error ? null : pair.Value.Value;
                switch (pair.Key)
                {
                    case "Strategy" when value is int s:
                        strategy = s;
                        break;
                    case "MaxDegreeOfParallelism" when value is int d:
                        degree = d;
                        break;
                    case "MinParallelWork" when value is long w:
                        minWork = w;
                        break;
                    case "MinParallelWork" when value is int w:
                        minWork = w;
                        break;
                }
            }

            return new ParallelizeOptions(strategy, degree, minWork);
        }

        /// <summary>
        /// A syntactic screen for LG0200: false when the classifier would surely reject the method, read
        /// from syntax alone (no block body, no top-level nest, a top-level nest that is not a for or foreach
        /// loop, async, ref/out/in parameters, an iterator). True means "classify it". A test checks
        /// on the catalog that it never screens out a method the classifier accepts.
        /// </summary>
        /// <param name="syntax">The method declaration.</param>
        /// <returns>Whether the method may qualify.</returns>
        public static bool MayQualify(MethodDeclarationSyntax syntax)
        {
            if (syntax.Body is not { } body
                || syntax.Modifiers.Any(SyntaxKind.AsyncKeyword)
                || syntax.ParameterList.Parameters.Any(p => p.Modifiers.Any(m => m.IsKind(SyntaxKind.RefKeyword) || m.IsKind(SyntaxKind.OutKeyword) || m.IsKind(SyntaxKind.InKeyword))))
            {
                return false;
            }

            bool any = false;
            foreach (StatementSyntax statement in body.Statements)
            {
                if (IsLoop(statement) && ContainsLoop(statement))
                {
                    // A while, do or deconstructing foreach at the top is always "loop form not understood".
                    if (statement is not (ForStatementSyntax or ForEachStatementSyntax))
                    {
                        return false;
                    }

                    any = true;
                }
            }

            return any && !body.DescendantNodes().OfType<YieldStatementSyntax>().Any();
        }

        /// <summary>Tells whether a statement is a loop.</summary>
        /// <param name="statement">The statement.</param>
        /// <returns>Whether it is a for, foreach, while or do loop.</returns>
        public static bool IsLoop(StatementSyntax statement)
            => statement is ForStatementSyntax or CommonForEachStatementSyntax or WhileStatementSyntax or DoStatementSyntax;

        /// <summary>Tells whether a loop contains another loop (outside lambdas and local functions).</summary>
        /// <param name="loop">The loop.</param>
        /// <returns>Whether it is a nest.</returns>
        public static bool ContainsLoop(StatementSyntax loop)
            => loop.DescendantNodes(n => n is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax))
                .OfType<StatementSyntax>()
                .Any(s => s != loop && IsLoop(s));

        /// <summary>Gets the location of a loop's header, for diagnostics about the loop as a whole.</summary>
        /// <param name="loop">The loop.</param>
        /// <returns>From the keyword to the closing parenthesis.</returns>
        public static Location HeaderLocation(StatementSyntax loop)
        {
            switch (loop)
            {
                case ForStatementSyntax f:
                    return Location.Create(loop.SyntaxTree, Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(f.ForKeyword.SpanStart, f.CloseParenToken.Span.End));
                case CommonForEachStatementSyntax fe:
                    return Location.Create(loop.SyntaxTree, Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(fe.ForEachKeyword.SpanStart, fe.CloseParenToken.Span.End));
                case WhileStatementSyntax w:
                    return Location.Create(loop.SyntaxTree, Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(w.WhileKeyword.SpanStart, w.CloseParenToken.Span.End));
                case DoStatementSyntax d:
                    return d.DoKeyword.GetLocation();
                default:
                    return loop.GetLocation();
            }
        }
    }
}
