using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace LoopGen.Analysis
{
    /// <summary>What LoopGen concluded about a call made from a parallel iteration.</summary>
    internal enum CallVerdictKind
    {
        /// <summary>The callee writes nothing shared.</summary>
        Safe,

        /// <summary>The callee cannot be seen into; it is trusted (LG0004).</summary>
        Trusted,

        /// <summary>The callee writes shared state.</summary>
        Unsafe,
    }

    /// <summary>The verdict on a call, with what it names: the unseen callee, or the shared state written.</summary>
    internal readonly struct CallVerdict
    {
        public CallVerdict(CallVerdictKind kind, string what, bool threadBound = false)
        {
            this.Kind = kind;
            this.What = what;
            this.ThreadBound = threadBound;
        }

        /// <summary>Gets the verdict.</summary>
        public CallVerdictKind Kind { get; }

        /// <summary>Gets the callee (trusted) or the state written (unsafe).</summary>
        public string What { get; }

        /// <summary>Gets a value indicating whether the callee is unsafe because it reads per-thread state (then <see cref="What"/> names it).</summary>
        public bool ThreadBound { get; }

        /// <summary>Gets the worse of two verdicts (unsafe over trusted over safe; the first of equals).</summary>
        /// <param name="other">The other verdict.</param>
        /// <returns>The worse verdict.</returns>
        public CallVerdict Worst(CallVerdict other) => other.Kind > this.Kind ? other : this;

        /// <summary>Gets the verdict for a safe call.</summary>
        public static CallVerdict Safe => new CallVerdict(CallVerdictKind.Safe, string.Empty);
    }

    /// <summary>
    /// Looks into methods of the same compilation called from a loop nest, transitively up to a depth
    /// limit, and tells whether they write state that parallel iterations share: fields and statics
    /// (except those of an object the iteration created), elements of arrays they did not create,
    /// and calls with shared side effects.
    /// </summary>
    internal sealed class CallInspector
    {
        private const int MaxDepth = 4;

        private readonly Compilation compilation;
        private readonly Dictionary<(IMethodSymbol, bool), CallVerdict> cache = new Dictionary<(IMethodSymbol, bool), CallVerdict>();

        /// <summary>The methods being inspected, outermost first, with their position on that stack.</summary>
        private readonly Dictionary<(IMethodSymbol, bool), int> inProgress = new Dictionary<(IMethodSymbol, bool), int>();

        /// <summary>The lowest position in <see cref="inProgress"/> whose provisional verdict the current inspection used.</summary>
        private int dependsOn = int.MaxValue;
        private readonly Dictionary<IMethodSymbol, HashSet<IFieldSymbol>> fieldsCache = new Dictionary<IMethodSymbol, HashSet<IFieldSymbol>>(SymbolEqualityComparer.Default);
        private readonly Dictionary<SyntaxTree, SemanticModel> models = new Dictionary<SyntaxTree, SemanticModel>();

        /// <summary>Initializes a new instance of the <see cref="CallInspector"/> class.</summary>
        /// <param name="model">The semantic model of the classified method's file, reused for callees in that file.</param>
        public CallInspector(SemanticModel model)
        {
            this.compilation = model.Compilation;
            this.models.Add(model.SyntaxTree, model);
        }

        /// <summary>Inspects a method.</summary>
        /// <param name="method">The callee.</param>
        /// <param name="thisIsPrivate">Whether the receiver is an object private to the iteration.</param>
        /// <param name="cancellationToken">The cancellation token.</param>
        /// <returns>The verdict.</returns>
        public CallVerdict Inspect(IMethodSymbol method, bool thisIsPrivate, CancellationToken cancellationToken)
            => this.Inspect(method, thisIsPrivate, 0, cancellationToken);

        /// <summary>Inspects a constructor: the object under construction is private.</summary>
        /// <param name="constructor">The constructor.</param>
        /// <param name="cancellationToken">The cancellation token.</param>
        /// <returns>The verdict.</returns>
        public CallVerdict InspectConstructor(IMethodSymbol constructor, CancellationToken cancellationToken)
            => this.InspectConstructor(constructor, 0, cancellationToken);

        /// <summary>
        /// What running an instance constructor on a new object does: its body, the constructors it chains to
        /// (base(...), this(...), or the implicit base()), and the instance field and property initializers of each
        /// class of the chain. The arguments at the call site are the caller's to judge.
        /// </summary>
        private CallVerdict InspectConstructor(IMethodSymbol constructor, int depth, CancellationToken cancellationToken)
        {
            if (constructor.ContainingType is null || constructor.ContainingType.DeclaringSyntaxReferences.Length == 0)
            {
                // Base-library constructors initialize their own object.
                return CallVerdict.Safe;
            }

            if (constructor.IsImplicitlyDeclared || constructor.DeclaringSyntaxReferences.Length == 0)
            {
                // Written by the compiler: the class's initializers and the base class's parameterless constructor.
                return this.ConstructorChain(constructor, depth, cancellationToken);
            }

            return this.Inspect(constructor, thisIsPrivate: true, depth, cancellationToken);
        }

        private CallVerdict Inspect(IMethodSymbol method, bool thisIsPrivate, int depth, CancellationToken cancellationToken)
        {
            method = method.PartialImplementationPart ?? method;
            if (KnownMembers.HasPureAttribute(method) || KnownMembers.IsPure(method))
            {
                return CallVerdict.Safe;
            }

            if (depth > MaxDepth)
            {
                return new CallVerdict(CallVerdictKind.Trusted, Name(method));
            }

            (IMethodSymbol, bool) key = (method, thisIsPrivate);
            if (this.inProgress.TryGetValue(key, out int position))
            {
                // Recursion: the method is being inspected further up. Answer Safe for now, so that the walk
                // terminates; its own verdict will include whatever its body does. The methods between here and
                // there depend on that provisional answer, so their verdicts are not cached (see below).
                this.dependsOn = System.Math.Min(this.dependsOn, position);
                return CallVerdict.Safe;
            }

            if (this.cache.TryGetValue(key, out CallVerdict cached))
            {
                return cached;
            }

            int own = this.inProgress.Count;
            int outer = this.dependsOn;
            this.inProgress.Add(key, own);
            this.dependsOn = int.MaxValue;
            CallVerdict verdict;
            try
            {
                verdict = this.InspectBody(method, thisIsPrivate, depth, cancellationToken);
            }
            finally
            {
                this.inProgress.Remove(key);
            }

            // A method in a cycle (A calls B calls A) saw a provisional Safe for the method that heads the cycle:
            // its verdict is right as a part of the head's, which is the worst over the whole cycle, but not on its
            // own (B alone would miss what A does). Only the head's verdict is cached; the others are inspected
            // again when they are called on their own, and then find the head's final verdict.
            bool provisional = this.dependsOn < own;
            if (!provisional)
            {
                this.cache[key] = verdict;
            }

            this.dependsOn = System.Math.Min(outer, provisional ? this.dependsOn : int.MaxValue);
            return verdict;
        }

        private CallVerdict InspectBody(IMethodSymbol method, bool thisIsPrivate, int depth, CancellationToken cancellationToken)
        {
            CallVerdict body = this.InspectBodyCore(method, thisIsPrivate, depth, cancellationToken);
            if (body.Kind == CallVerdictKind.Unsafe || method.MethodKind != MethodKind.Constructor || method.IsStatic)
            {
                return body;
            }

            return body.Worst(this.ConstructorChain(method, depth, cancellationToken));
        }

        /// <summary>
        /// What a constructor runs besides its body: the constructor it chains to, with that call's arguments, and,
        /// unless it chains to this(...), the initializers of its class's instance fields and properties.
        /// </summary>
        private CallVerdict ConstructorChain(IMethodSymbol constructor, int depth, CancellationToken cancellationToken)
        {
            INamedTypeSymbol type = constructor.ContainingType;
            SyntaxNode? declaration = constructor.DeclaringSyntaxReferences.Length > 0 ? SyntaxReads.Of(constructor.DeclaringSyntaxReferences[0], cancellationToken) : null;
            SyntaxNode? chainSyntax = declaration switch
            {
                ConstructorDeclarationSyntax { Initializer: { } initializer } => initializer,
                TypeDeclarationSyntax { BaseList: { } bases } => bases.Types.OfType<PrimaryConstructorBaseTypeSyntax>().FirstOrDefault(),
                _ => null,
            };

            CallVerdict chained;
            if (chainSyntax is null)
            {
                // The implicit base(): the base class's constructor that takes no arguments.
                IMethodSymbol? baseConstructor = ImplicitBaseConstructor(type);
                chained = type.TypeKind != TypeKind.Class || type.BaseType is null
                    ? CallVerdict.Safe
                    : baseConstructor is null
                    ? new CallVerdict(CallVerdictKind.Trusted, "the constructor of '" + type.BaseType.Name + "'")
                    : this.InspectConstructor(baseConstructor, depth + 1, cancellationToken);
            }
            else
            {
                // base(...) or this(...): the arguments, and the constructor called (the walk sends it back here).
                IOperation? chain = this.ModelOf(chainSyntax.SyntaxTree).GetOperation(chainSyntax, cancellationToken);
                chained = chain is null
                    ? new CallVerdict(CallVerdictKind.Trusted, "the constructor that '" + Name(constructor) + "' calls")
                    : this.WalkCode(declaration!, chain, thisIsPrivate: true, depth, cancellationToken);
            }

            if (chained.Kind == CallVerdictKind.Unsafe || chainSyntax is ConstructorInitializerSyntax { ThisOrBaseKeyword.ValueText: "this" })
            {
                // this(...) runs the initializers itself.
                return chained;
            }

            return chained.Worst(this.InspectInitializers(type, depth, cancellationToken));
        }

        /// <summary>What the instance field and property initializers of a type do: writes to shared state, and the calls they make.</summary>
        private CallVerdict InspectInitializers(INamedTypeSymbol type, int depth, CancellationToken cancellationToken)
        {
            CallVerdict verdict = CallVerdict.Safe;
            foreach (IOperation initializer in this.InstanceInitializers(type, cancellationToken))
            {
                // The same walk as a constructor's body: 'this' is the object under construction, private to the iteration.
                SyntaxNode declaration = initializer.Syntax.Parent!;
                verdict = verdict.Worst(this.WalkCode(declaration, initializer, thisIsPrivate: true, depth, cancellationToken));
                if (verdict.Kind == CallVerdictKind.Unsafe)
                {
                    return verdict;
                }
            }

            return verdict;
        }

        /// <summary>
        /// The Dispose a using calls on a value of this type: its IDisposable.Dispose, or the Dispose() a ref
        /// struct's using calls by pattern. Null when there is none.
        /// </summary>
        internal static IMethodSymbol? DisposeMethod(ITypeSymbol type, Compilation compilation)
        {
            ISymbol? disposeMember = compilation.GetSpecialType(SpecialType.System_IDisposable)?.GetMembers("Dispose").FirstOrDefault();
            return (disposeMember is null ? null : type.FindImplementationForInterfaceMember(disposeMember) as IMethodSymbol)
                ?? (type.IsRefLikeType ? type.GetMembers("Dispose").OfType<IMethodSymbol>().FirstOrDefault(m => m.Parameters.Length == 0 && !m.IsStatic) : null);
        }

        /// <summary>
        /// The builder method a collection expression calls ([CollectionBuilder]). ICollectionExpressionOperation is
        /// newer than the Roslyn LoopGen builds against: it is read where the compiler has it, else null.
        /// </summary>
        internal static IMethodSymbol? ConstructMethodOf(IOperation collection)
            => collection.GetType().GetProperty("ConstructMethod", typeof(IMethodSymbol))?.GetValue(collection) as IMethodSymbol;

        /// <summary>
        /// The user operators and conversions a tuple comparison (<c>(a, b) == (c, d)</c>) may call on its elements, which
        /// Roslyn's operation does not name: every equality, truth and conversion operator the element types of the
        /// compilation (and their base types) declare. More than the one the compiler picks, so the judgment errs safe.
        /// </summary>
        internal static IEnumerable<IMethodSymbol> TupleElementOperators(ITupleBinaryOperation comparison)
        {
            var types = new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default);
            CollectElementTypes(comparison.LeftOperand, types);
            CollectElementTypes(comparison.RightOperand, types);
            return types
                .SelectMany(type => BaseTypesAndSelf(type))
                .Where(type => type.DeclaringSyntaxReferences.Length > 0)
                .SelectMany(type => type.GetMembers().OfType<IMethodSymbol>())
                .Where(method => method.Name is "op_Equality" or "op_Inequality" or "op_True" or "op_False" or "op_Implicit" or "op_Explicit")
                .Distinct<IMethodSymbol>(SymbolEqualityComparer.Default);

            static void CollectElementTypes(IOperation operand, HashSet<ITypeSymbol> into)
            {
                operand = LoopShapeReader.Strip(operand);
                if (operand is ITupleOperation tuple)
                {
                    foreach (IOperation element in tuple.Elements)
                    {
                        CollectElementTypes(element, into);
                    }
                }

                if (operand.Type is { } type)
                {
                    CollectTypes(type, into);
                }
            }

            static void CollectTypes(ITypeSymbol type, HashSet<ITypeSymbol> into)
            {
                if (type is INamedTypeSymbol { IsTupleType: true } tupleType)
                {
                    foreach (IFieldSymbol element in tupleType.TupleElements)
                    {
                        CollectTypes(element.Type, into);
                    }

                    return;
                }

                if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
                {
                    CollectTypes(nullable.TypeArguments[0], into);
                    return;
                }

                into.Add(type);
            }

            static IEnumerable<ITypeSymbol> BaseTypesAndSelf(ITypeSymbol type)
            {
                for (ITypeSymbol? t = type; t is not null; t = t.BaseType)
                {
                    yield return t;
                }
            }
        }

        /// <summary>The operator true and false that a user && or || also calls, declared beside its operator &amp; or |.</summary>
        internal static IEnumerable<IMethodSymbol> TruthOperators(IMethodSymbol conditionalOperator)
            => conditionalOperator.ContainingType.GetMembers().OfType<IMethodSymbol>().Where(m => m.Name is "op_True" or "op_False");

        /// <summary>
        /// Tells whether the code a value's virtual members run is unknown here: an <c>object</c>, an interface, a type
        /// parameter, dynamic, or a class of the compilation that a derived class may override.
        /// </summary>
        internal static bool IsOpenType(ITypeSymbol type)
            => type is ITypeParameterSymbol || type.TypeKind is TypeKind.Interface or TypeKind.Dynamic || type.SpecialType == SpecialType.System_Object
            || (type.DeclaringSyntaxReferences.Length > 0 && type.TypeKind == TypeKind.Class && !type.IsSealed);

        /// <summary>The copy constructor a record's 'with' calls: declared by the user, or generated (then null).</summary>
        internal static IMethodSymbol? CopyConstructor(ITypeSymbol type)
            => type.GetMembers(".ctor").OfType<IMethodSymbol>().FirstOrDefault(c => c.Parameters.Length == 1 && SymbolEqualityComparer.Default.Equals(c.Parameters[0].Type, type) && !c.IsImplicitlyDeclared);

        /// <summary>
        /// Tells whether a created object may wrap an object it is given (new Collection&lt;T&gt;(list), new
        /// StringWriter(builder)), so that calls on it reach shared state: a base-library constructor given a
        /// reference other than a string, unless its type is known to copy what it is given (the collections).
        /// </summary>
        private static bool WrapsArgument(IOperation creation)
        {
            if (creation is not IObjectCreationOperation { Constructor: { DeclaringSyntaxReferences.Length: 0 } constructor } created)
            {
                return false;
            }

            string type = constructor.ContainingType.OriginalDefinition.ToDisplayString();
            if (type is "System.Collections.Generic.List<T>" or "System.Collections.Generic.HashSet<T>" or "System.Collections.Generic.Dictionary<TKey, TValue>"
                or "System.Collections.Generic.SortedSet<T>" or "System.Collections.Generic.SortedDictionary<TKey, TValue>" or "System.Collections.Generic.Queue<T>"
                or "System.Collections.Generic.Stack<T>" or "System.Collections.Generic.LinkedList<T>" or "System.Text.StringBuilder" or "System.Random")
            {
                return false;
            }

            return created.Arguments.Any(a => a.Value.Type is { } argumentType && !IsSelfContained(argumentType) && argumentType.SpecialType != SpecialType.System_String);
        }

        private static bool IsSelfContained(ITypeSymbol type) => NestWalker.IsSelfContained(type);

        private CallVerdict InspectBodyCore(IMethodSymbol method, bool thisIsPrivate, int depth, CancellationToken cancellationToken)
        {
            if (method.DeclaringSyntaxReferences.Length == 0)
            {
                return new CallVerdict(CallVerdictKind.Trusted, Name(method));
            }

            SyntaxNode declaration = SyntaxReads.Of(method.DeclaringSyntaxReferences[0], cancellationToken);
            SyntaxNode? body = declaration switch
            {
                BaseMethodDeclarationSyntax m => (SyntaxNode?)m.Body ?? m.ExpressionBody,
                LocalFunctionStatementSyntax f => (SyntaxNode?)f.Body ?? f.ExpressionBody,
                AccessorDeclarationSyntax a => (SyntaxNode?)a.Body ?? a.ExpressionBody,
                ArrowExpressionClauseSyntax arrow => arrow,
                AnonymousFunctionExpressionSyntax lambda => lambda.Body,
                _ => null,
            };

            if (body is null)
            {
                // Auto-property accessors, the properties of a record's positional parameters (declared by the
                // parameter), and record/primary constructors: nothing but their own storage.
                return declaration is AccessorDeclarationSyntax or ParameterListSyntax or RecordDeclarationSyntax or TypeDeclarationSyntax
                    || (declaration is ParameterSyntax && method.AssociatedSymbol is IPropertySymbol)
                    ? (thisIsPrivate || method.MethodKind == MethodKind.PropertyGet ? CallVerdict.Safe : new CallVerdict(CallVerdictKind.Unsafe, Name(method)))
                    : new CallVerdict(CallVerdictKind.Trusted, Name(method));
            }

            SemanticModel model = this.ModelOf(body.SyntaxTree);
            IOperation? root = model.GetOperation(body, cancellationToken);
            if (root is null)
            {
                return new CallVerdict(CallVerdictKind.Trusted, Name(method));
            }

            return this.WalkCode(declaration, root, thisIsPrivate, depth, cancellationToken);
        }

        /// <summary>
        /// The walk over code the nest runs outside its own text: a callee's body, or an initializer of an instance
        /// field or property (which a constructor runs). It finds writes to state that is not the code's own, the
        /// calls that may make them, and what library members it calls may run.
        /// </summary>
        /// <param name="declaration">The declaration the code belongs to: its locals and parameters are the code's own.</param>
        /// <param name="root">The code's operation tree.</param>
        /// <param name="thisIsPrivate">Whether <c>this</c> is an object private to the iteration.</param>
        /// <param name="depth">The call depth.</param>
        /// <param name="cancellationToken">The cancellation token.</param>
        /// <returns>The verdict.</returns>
        private CallVerdict WalkCode(SyntaxNode declaration, IOperation root, bool thisIsPrivate, int depth, CancellationToken cancellationToken)
        {
            var owned = new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default);
            foreach (IVariableDeclaratorOperation declarator in root.DescendantsAndSelf().OfType<IVariableDeclaratorOperation>())
            {
                IOperation? value = declarator.Initializer?.Value;
                if (value is not null && LoopShapeReader.Strip(value) is IArrayCreationOperation or IObjectCreationOperation && !WrapsArgument(LoopShapeReader.Strip(value)))
                {
                    owned.Add(declarator.Symbol);
                }
            }

            // A local assigned anything else later (also by a deconstruction, or as a ref or out argument) is no
            // longer known to be owned.
            foreach (IOperation operation in root.DescendantsAndSelf())
            {
                IEnumerable<IOperation> replaced = operation switch
                {
                    ISimpleAssignmentOperation assignment when LoopShapeReader.Strip(assignment.Value) is not (IObjectCreationOperation or IArrayCreationOperation) => new[] { assignment.Target },
                    IDeconstructionAssignmentOperation deconstruction => LoopShapeReader.Leaves(deconstruction.Target),
                    IArgumentOperation { Parameter.RefKind: RefKind.Ref or RefKind.Out } argument => new[] { argument.Value },
                    _ => System.Array.Empty<IOperation>(),
                };
                foreach (IOperation target in replaced)
                {
                    if (LoopShapeReader.Strip(target) is ILocalReferenceOperation local)
                    {
                        owned.Remove(local.Local);
                    }
                }
            }

            bool IsPrivate(IOperation? receiver)
            {
                receiver = receiver is null ? null : LoopShapeReader.Strip(receiver);
                return receiver switch
                {
                    IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver } implicitReceiver => NestWalker.IsCreatedObject(implicitReceiver),
                    IInstanceReferenceOperation => thisIsPrivate,
                    // A value of the method's own (a struct that holds no reference: a Span<T> or an ArraySegment<T> over a
                    // shared array is not), or an object it created; not a variable a lambda or local function captures.
                    ILocalReferenceOperation local => IsDeclaredWithin(local.Local, declaration) && (IsSelfContained(local.Local.Type) || owned.Contains(local.Local)),
                    IParameterReferenceOperation parameter => IsDeclaredWithin(parameter.Parameter, declaration) && IsSelfContained(parameter.Parameter.Type) && parameter.Parameter.RefKind == RefKind.None,
                    IFieldReferenceOperation { Field.IsStatic: false, Field.Type.IsValueType: true } field => IsPrivate(field.Instance),
                    _ => false,
                };
            }

            CallVerdict result = CallVerdict.Safe;
            foreach (IOperation operation in root.DescendantsAndSelf())
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (operation is IVariableDeclaratorOperation { Symbol.IsRef: true } refLocal)
                {
                    // A ref local may name anything (a static field, an element of a shared array): writes through it
                    // would look like a local's.
                    return new CallVerdict(CallVerdictKind.Unsafe, "the ref local '" + refLocal.Symbol.Name + "'");
                }

                if (operation is ISimpleAssignmentOperation { IsRef: true } refAssignment)
                {
                    // 'c.V = ref x' re-points a ref field (or a ref local): the same.
                    return new CallVerdict(CallVerdictKind.Unsafe, "the ref assignment '" + NestWalker.Shorten(refAssignment.Syntax.ToString()) + "'");
                }

                CallVerdict implicitCall = this.InspectImplicitCalls(operation, IsPrivate, depth, cancellationToken)
                    .Worst(this.InspectNamedMembers(operation, declaration, depth, cancellationToken));
                if (implicitCall.Kind == CallVerdictKind.Unsafe)
                {
                    return implicitCall;
                }

                result = result.Worst(implicitCall);
                IEnumerable<IOperation>? targets = operation switch
                {
                    ISimpleAssignmentOperation a => new[] { a.Target },
                    ICompoundAssignmentOperation c => new[] { c.Target },
                    ICoalesceAssignmentOperation c => new[] { c.Target },
                    IIncrementOrDecrementOperation i => new[] { i.Target },
                    IDeconstructionAssignmentOperation d => LoopShapeReader.Leaves(d.Target),
                    _ => null,
                };

                if (targets is not null)
                {
                    foreach (IOperation written in targets)
                    {
                        IOperation target = LoopShapeReader.Strip(written);
                        bool ok = target switch
                        {
                            // A local function or lambda writing a variable it captures from the enclosing method writes shared state.
                            ILocalReferenceOperation local => IsDeclaredWithin(local.Local, declaration),
                            IParameterReferenceOperation parameter => IsDeclaredWithin(parameter.Parameter, declaration),
                            IDiscardOperation => true,
                            IFieldReferenceOperation { Field.IsStatic: false } field => IsPrivate(field.Instance),
                            // A ref-returning indexer or property names storage anywhere, not the object's own.
                            IPropertyReferenceOperation { Property.ReturnsByRef: true } => false,
                            IPropertyReferenceOperation { Property.IsStatic: false } property => IsPrivate(property.Instance),
                            IArrayElementReferenceOperation element => IsPrivate(element.ArrayReference)
                                || (LoopShapeReader.Strip(element.ArrayReference) is ILocalReferenceOperation l && owned.Contains(l.Local)),
                            _ => false,
                        };

                        if (!ok)
                        {
                            return new CallVerdict(CallVerdictKind.Unsafe, Describe(target));
                        }
                    }

                    continue;
                }

                if (operation is IMemberReferenceOperation { Member: var member } && KnownMembers.IsThreadBound(member))
                {
                    return ThreadBoundVerdict(member);
                }

                switch (operation)
                {
                    case IPropertyReferenceOperation { Property.GetMethod: { DeclaringSyntaxReferences.Length: 0 } libraryGetter } libraryProperty
                        when !(libraryProperty.Instance is { } propertyInstance && IsPrivate(propertyInstance)):
                        // A base-library getter: free of side effects, unless it runs code of its type arguments or of an
                        // interface's unknown implementation.
                        result = result.Worst(this.InspectLibraryCallbacks(libraryGetter, libraryProperty.Instance, libraryProperty.Arguments, depth, null, cancellationToken));
                        if (result.Kind == CallVerdictKind.Unsafe)
                        {
                            return result;
                        }

                        break;
                    case IInvocationOperation { TargetMethod: { MethodKind: MethodKind.Constructor, ContainingType.DeclaringSyntaxReferences.Length: > 0 } chained }:
                        // base(...) or this(...) of a constructor: the object under construction is private.
                        result = result.Worst(this.InspectConstructor(chained, depth + 1, cancellationToken));
                        if (result.Kind == CallVerdictKind.Unsafe)
                        {
                            return result;
                        }

                        break;
                    case IInvocationOperation invocation:
                        IMethodSymbol callee = invocation.TargetMethod;
                        bool receiverPrivate = invocation.Instance is not null && IsPrivate(invocation.Instance);
                        if (KnownMembers.IsPure(callee))
                        {
                            if (callee.DeclaringSyntaxReferences.Length > 0)
                            {
                                break;
                            }

                            // BitConverter.TryWriteBytes(shared, v), s.CopyTo(0, shared, 0, n): pure, but they write their destination.
                            if (invocation.Arguments.FirstOrDefault(a => KnownMembers.PureMayWriteThrough(a)
                                    && !(IsPrivate(a.Value) || (LoopShapeReader.Strip(a.Value) is ILocalReferenceOperation l && owned.Contains(l.Local)))) is { } destination)
                            {
                                return new CallVerdict(CallVerdictKind.Unsafe, Describe(destination.Value));
                            }

                            if (!receiverPrivate)
                            {
                                result = result.Worst(this.InspectLibraryCallbacks(callee, invocation.Instance, invocation.Arguments, depth, null, cancellationToken));
                                if (result.Kind == CallVerdictKind.Unsafe)
                                {
                                    return result;
                                }
                            }

                            break;
                        }

                        if (KnownMembers.HasSharedSideEffect(callee))
                        {
                            return new CallVerdict(CallVerdictKind.Unsafe, callee.ContainingType.Name + "." + callee.Name);
                        }

                        if (callee.DeclaringSyntaxReferences.Length > 0 && !IsVirtual(callee))
                        {
                            CallVerdict inner = this.Inspect(callee, receiverPrivate || (invocation.Instance is null && thisIsPrivate && !callee.IsStatic), depth + 1, cancellationToken);
                            if (inner.Kind == CallVerdictKind.Unsafe)
                            {
                                return inner;
                            }

                            if (inner.Kind == CallVerdictKind.Trusted && result.Kind == CallVerdictKind.Safe)
                            {
                                result = inner;
                            }

                            break;
                        }

                        // A library method (pure ones were let through above) that may write into an array or span
                        // it is given (Array.Reverse(x), x.AsSpan().Fill(..)): unsafe unless the helper created that array.
                        if (invocation.Arguments.FirstOrDefault(a => KnownMembers.MayWriteThrough(a)
                                && !(IsPrivate(a.Value) || (LoopShapeReader.Strip(a.Value) is ILocalReferenceOperation l && owned.Contains(l.Local)))) is { } written)
                        {
                            return new CallVerdict(CallVerdictKind.Unsafe, Describe(written.Value));
                        }

                        if (receiverPrivate)
                        {
                            if (IsVirtual(callee) && !KnownMembers.HasPureAttribute(callee) && !KnownMembers.IsPure(callee))
                            {
                                // t.Bump() on a T : struct, s.GetHashCode() on a struct that does not override it: whichever
                                // implementation runs is not known here.
                                if (result.Kind == CallVerdictKind.Safe)
                                {
                                    result = new CallVerdict(CallVerdictKind.Trusted, Name(callee));
                                }

                                break;
                            }

                            // set.Add(key), list.Sort(comparer) on the helper's own collection: they may run code of what they are given.
                            if (callee.DeclaringSyntaxReferences.Length == 0)
                            {
                                result = result.Worst(this.InspectLibraryCallbacks(callee, null, invocation.Arguments, depth, null, cancellationToken));
                                if (result.Kind == CallVerdictKind.Unsafe)
                                {
                                    return result;
                                }
                            }

                            break;
                        }

                        if (invocation.Instance is { Type: { } viewType } && viewType.OriginalDefinition.ToDisplayString() == "System.Span<T>" && callee.Name is "Fill" or "Clear")
                        {
                            return new CallVerdict(CallVerdictKind.Unsafe, "the memory of '" + NestWalker.Shorten(invocation.Instance.Syntax.ToString()) + "'");
                        }

                        if (invocation.Instance is { } instance && KnownMembers.IsMutableType(instance.Type))
                        {
                            return new CallVerdict(CallVerdictKind.Unsafe, "a shared " + instance.Type!.Name + " through " + callee.Name);
                        }

                        if (result.Kind == CallVerdictKind.Safe)
                        {
                            result = new CallVerdict(CallVerdictKind.Trusted, Name(callee));
                        }

                        break;
                    case IArgumentOperation { Parameter.RefKind: RefKind.Ref or RefKind.Out } argument
                        when LoopShapeReader.Strip(argument.Value) is not (ILocalReferenceOperation or IDiscardOperation or IDeclarationExpressionOperation):
                        return new CallVerdict(CallVerdictKind.Unsafe, Describe(argument.Value));
                    case IEventAssignmentOperation eventAssignment:
                        return new CallVerdict(CallVerdictKind.Unsafe, Describe(eventAssignment.EventReference));
                }
            }

            return result;
        }

        /// <summary>
        /// Tells whether a collection of the given type made outside the method's view (a parameter, a field, a helper's
        /// result) may hold a comparer whose code LoopGen has not read: a type implementing IEqualityComparer or IComparer
        /// (generic or not) declared in this compilation or in a referenced assembly that is not Microsoft's (the base
        /// library's comparers compare without side effects), which converts to a comparer parameter of one of the
        /// collection's constructors, or one the compilation's code makes with <c>Comparer&lt;T&gt;.Create</c> or
        /// <c>EqualityComparer&lt;T&gt;.Create</c>. A generic comparer type may be made for any type argument, so it always may.
        /// </summary>
        /// <param name="compilation">The compilation.</param>
        /// <param name="collection">The collection's type.</param>
        /// <returns>Whether such a comparer exists.</returns>
        public static bool MayHoldUnreadComparer(Compilation compilation, INamedTypeSymbol collection)
        {
            // The answer depends on every file (a Comparer<T>.Create in any of them): a result kept across builds is
            // then reused only while no file changes.
            foreach (SyntaxTree tree in compilation.SyntaxTrees)
            {
                SyntaxReads.Note(tree);
            }

            ImmutableArray<INamedTypeSymbol> comparers = ComparersOf(compilation);
            if (comparers.IsEmpty)
            {
                return false;
            }

            foreach (IMethodSymbol constructor in collection.Constructors)
            {
                foreach (IParameterSymbol parameter in constructor.Parameters)
                {
                    if (!KnownMembers.IsCallbackInterface(parameter.Type))
                    {
                        continue;
                    }

                    foreach (INamedTypeSymbol comparer in comparers)
                    {
                        if (NamesTypeParameter(comparer) || compilation.ClassifyConversion(comparer, parameter.Type).IsImplicit)
                        {
                            return true;
                        }
                    }
                }
            }

            return false;
        }

        private static readonly ConditionalWeakTable<Compilation, UnreadTypes> Unread = new ConditionalWeakTable<Compilation, UnreadTypes>();

        private static readonly ConditionalWeakTable<Compilation, StrongBox<ImmutableArray<INamedTypeSymbol>>> Created = new ConditionalWeakTable<Compilation, StrongBox<ImmutableArray<INamedTypeSymbol>>>();

        /// <summary>
        /// The comparer types of a compilation and of its referenced assemblies that are not Microsoft's nor LoopGen's
        /// runtime, and the comparers its code makes with Comparer&lt;T&gt;.Create, found once per compilation.
        /// </summary>
        private static ImmutableArray<INamedTypeSymbol> ComparersOf(Compilation compilation)
            => UnreadTypesOf(compilation).Comparers.AddRange(Created.GetValue(compilation, static c => new StrongBox<ImmutableArray<INamedTypeSymbol>>(CreatedComparers(c))).Value);

        /// <summary>
        /// Tells whether a value of the LINQ grouping interface <c>IGrouping&lt;TKey, TElement&gt;</c> can only be the base
        /// library's own (what GroupBy and ToLookup make, whose Key and enumerator only read): no type of the compilation
        /// or of a referenced library that is not Microsoft's implements it. Not <c>ILookup</c>: its lookups run the
        /// comparer ToLookup was given.
        /// </summary>
        /// <param name="compilation">The compilation.</param>
        /// <param name="type">The value's type.</param>
        /// <returns>Whether the implementation is known to be the library's.</returns>
        public static bool IsLibraryGrouping(Compilation compilation, ITypeSymbol type)
            => type is INamedTypeSymbol { TypeKind: TypeKind.Interface } named
            && named.OriginalDefinition.ToDisplayString() == "System.Linq.IGrouping<TKey, TElement>"
            && !UnreadTypesOf(compilation).ImplementsGrouping;

        private static UnreadTypes UnreadTypesOf(Compilation compilation)
            => Unread.GetValue(compilation, static c =>
            {
                var found = ImmutableArray.CreateBuilder<INamedTypeSymbol>();
                bool grouping = false;
                CollectUnreadTypes(c.Assembly.GlobalNamespace, found, ref grouping);
                foreach (IAssemblySymbol assembly in c.SourceModule.ReferencedAssemblySymbols)
                {
                    if (!IsMicrosoftOrLoopGen(assembly.Identity))
                    {
                        CollectUnreadTypes(assembly.GlobalNamespace, found, ref grouping);
                    }
                }

                return new UnreadTypes(found.ToImmutable(), grouping);
            });

        /// <summary>What the types of a compilation and of its non-Microsoft references may make library code run: comparers, and whether any implements IGrouping.</summary>
        private sealed class UnreadTypes
        {
            public UnreadTypes(ImmutableArray<INamedTypeSymbol> comparers, bool implementsGrouping)
            {
                this.Comparers = comparers;
                this.ImplementsGrouping = implementsGrouping;
            }

            public ImmutableArray<INamedTypeSymbol> Comparers { get; }

            public bool ImplementsGrouping { get; }
        }

        /// <summary>
        /// The comparers the compilation's code makes from delegates, <c>Comparer&lt;T&gt;.Create(..)</c> and
        /// <c>EqualityComparer&lt;T&gt;.Create(..)</c>, anywhere in its files (a field's initializer, a helper): a collection
        /// made with one runs the delegate at each lookup. Only calls named <c>Create</c> with an argument that may be a
        /// delegate are bound.
        /// </summary>
        private static ImmutableArray<INamedTypeSymbol> CreatedComparers(Compilation compilation)
        {
            var found = ImmutableArray.CreateBuilder<INamedTypeSymbol>();
            foreach (SyntaxTree tree in compilation.SyntaxTrees)
            {
                SemanticModel? model = null;
                foreach (InvocationExpressionSyntax call in tree.GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>())
                {
                    string? name = call.Expression switch
                    {
                        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
                        SimpleNameSyntax simple => simple.Identifier.ValueText,
                        _ => null,
                    };
                    if (name != "Create" || !call.ArgumentList.Arguments.Any(a => a.Expression is AnonymousFunctionExpressionSyntax or IdentifierNameSyntax or MemberAccessExpressionSyntax))
                    {
                        continue;
                    }

                    model ??= SyntaxReads.Model(compilation, tree);
                    if (model.GetSymbolInfo(call).Symbol is IMethodSymbol { ReturnType: INamedTypeSymbol made } method
                        && method.ContainingType.OriginalDefinition.ToDisplayString() is "System.Collections.Generic.Comparer<T>" or "System.Collections.Generic.EqualityComparer<T>")
                    {
                        found.Add(made);
                    }
                }
            }

            return found.ToImmutable();
        }

        /// <summary>
        /// Microsoft's assemblies (the base library and its packages, told by their public key tokens) and LoopGen's own
        /// runtime, whose comparers are known to compare without side effects.
        /// </summary>
        private static bool IsMicrosoftOrLoopGen(AssemblyIdentity identity)
        {
            if (identity.Name == "LoopGen.Attributes")
            {
                return true;
            }

            ImmutableArray<byte> token = identity.PublicKeyToken;
            if (token.IsDefaultOrEmpty)
            {
                return false;
            }

            string hex = string.Concat(token.Select(b => b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture)));
            return hex is "b77a5c561934e089" or "b03f5f7f11d50a3a" or "31bf3856ad364e35" or "cc7b13ffcd2ddd51" or "7cec85d7bea7798e" or "adb9793829ddae60";
        }

        private static void CollectUnreadTypes(INamespaceOrTypeSymbol container, ImmutableArray<INamedTypeSymbol>.Builder found, ref bool grouping)
        {
            foreach (ISymbol member in container.GetMembers())
            {
                if (member is INamespaceSymbol inner)
                {
                    CollectUnreadTypes(inner, found, ref grouping);
                }
                else if (member is INamedTypeSymbol type)
                {
                    bool comparer = false;
                    foreach (INamedTypeSymbol contract in type.AllInterfaces)
                    {
                        string? space = contract.ContainingNamespace?.ToDisplayString();
                        comparer |= contract.Name is "IEqualityComparer" or "IComparer" && space is "System.Collections" or "System.Collections.Generic";
                        grouping |= contract.Name == "IGrouping" && space == "System.Linq";
                    }

                    if (comparer)
                    {
                        found.Add(type);
                    }

                    CollectUnreadTypes(type, found, ref grouping);
                }
            }
        }

        /// <summary>Tells whether a type names a type parameter (an open generic comparer, or one made inside a generic method): it may stand for any type.</summary>
        private static bool NamesTypeParameter(ITypeSymbol type)
            => type switch
            {
                ITypeParameterSymbol => true,
                IArrayTypeSymbol array => NamesTypeParameter(array.ElementType),
                INamedTypeSymbol named => named.TypeArguments.Any(NamesTypeParameter) || (named.ContainingType is { } outer && NamesTypeParameter(outer)),
                _ => false,
            };

        /// <summary>What hashing or comparing values of the given types runs (<c>HashCode.Combine(a, b)</c>): their Equals, GetHashCode and CompareTo.</summary>
        /// <param name="types">The types of the values.</param>
        /// <param name="cancellationToken">The cancellation token.</param>
        /// <returns>The verdict.</returns>
        public CallVerdict InspectHashedTypes(IEnumerable<ITypeSymbol> types, CancellationToken cancellationToken)
        {
            var visited = new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default);
            CallVerdict verdict = CallVerdict.Safe;
            foreach (ITypeSymbol type in types)
            {
                verdict = verdict.Worst(this.InspectEquality(type, visited, 0, cancellationToken));
            }

            return verdict;
        }

        /// <summary>
        /// The code a base-library member that LoopGen takes as free of side effects may still run: the
        /// implementation behind an interface member (any class may implement <c>IList&lt;T&gt;</c>), the
        /// Equals, GetHashCode or CompareTo of the types it compares (<c>list.Contains(key)</c>,
        /// <c>dictionary[key]</c>, <c>Array.BinarySearch</c>), and the enumerator of a sequence that
        /// <c>Enumerable</c> walks. Methods of the compilation are looked into; what cannot be seen is trusted (LG0004).
        /// </summary>
        /// <param name="member">The library method or getter.</param>
        /// <param name="instance">The receiver, if any.</param>
        /// <param name="arguments">The arguments.</param>
        /// <param name="isLibraryList">Tells whether a value is known to hold an array or a <c>List&lt;T&gt;</c> when the nest runs in parallel (checked at run time).</param>
        /// <param name="cancellationToken">The cancellation token.</param>
        /// <returns>The verdict.</returns>
        public CallVerdict InspectLibraryCallbacks(IMethodSymbol member, IOperation? instance, IEnumerable<IArgumentOperation> arguments, System.Func<IOperation, bool> isLibraryList, CancellationToken cancellationToken)
            => this.InspectLibraryCallbacks(member, instance, arguments, 0, isLibraryList, cancellationToken);

        private CallVerdict InspectLibraryCallbacks(IMethodSymbol member, IOperation? instance, IEnumerable<IArgumentOperation> arguments, int depth, System.Func<IOperation, bool>? isLibraryList, CancellationToken cancellationToken)
        {
            ISymbol named = member.AssociatedSymbol ?? member;
            if (member.ContainingType?.TypeKind == TypeKind.Interface && instance is not null && isLibraryList?.Invoke(instance) != true
                && !IsLibraryGrouping(this.compilation, member.ContainingType))
            {
                // Whichever class implements the interface runs; LoopGen does not know which.
                string shown = named is IPropertySymbol property ? (property.IsIndexer ? "this[]" : property.Name) : member.Name;
                return new CallVerdict(CallVerdictKind.Trusted, member.ContainingType.Name + "." + shown);
            }

            if (KnownMembers.IsTrustedOnly(member))
            {
                // Lazy<T>.Value runs its factory, once, on whichever thread asks first.
                return new CallVerdict(CallVerdictKind.Trusted, Name(member));
            }

            CallVerdict verdict = CallVerdict.Safe;
            if (member.Name is "Equals" or "GetHashCode" or "ToString" or "CompareTo" && member.ContainingType is { IsGenericType: true } generic)
            {
                // s.GetHashCode() on an S?, t.Equals(u) on a Tuple<Key>, pair.ToString(): the type arguments' own members run.
                foreach (ITypeSymbol argument in generic.TypeArguments)
                {
                    verdict = verdict.Worst(this.InspectObjectMembers(argument, argument.Name, ObjectMembers, depth, cancellationToken));
                }
            }

            // string.Join(",", items), builder.AppendJoin: a formatting member formats each element of a sequence.
            bool formats = member.ContainingType is { } formatter
                && (formatter.SpecialType == SpecialType.System_String || formatter.Name is "StringBuilder" or "TextWriter" or "Console");

            if (KnownMembers.ComparesElements(named))
            {
                var visited = new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default);
                foreach (ITypeSymbol type in ComparedTypes(member))
                {
                    verdict = verdict.Worst(this.InspectEquality(type, visited, depth, cancellationToken));
                }
            }

            // What the member is given to call back: a sequence it enumerates, a comparer or format provider it
            // asks, an object it may format, compare or hash.
            bool mayFormat = !(member.Name == "ReferenceEquals" && member.ContainingType?.SpecialType == SpecialType.System_Object);
            foreach (IArgumentOperation argument in arguments)
            {
                ITypeSymbol? parameterType = argument.Parameter?.Type;
                if (parameterType is null)
                {
                    continue;
                }

                if (parameterType.TypeKind == TypeKind.Delegate && LoopShapeReader.Strip(argument.Value) is not (IDelegateCreationOperation or IAnonymousFunctionOperation) && !argument.Value.ConstantValue.HasValue)
                {
                    // A delegate held in a variable (Comparison<T> cmp = ..., list.Sort(cmp)): the library calls code
                    // that is not written here, so not looked into. Lambdas and method groups written in the call are.
                    verdict = verdict.Worst(new CallVerdict(CallVerdictKind.Trusted, "the delegate '" + NestWalker.Shorten(argument.Value.Syntax.ToString()) + "'"));
                }
                else if (parameterType.OriginalDefinition.SpecialType is SpecialType.System_Collections_Generic_IEnumerable_T or SpecialType.System_Collections_IEnumerable)
                {
                    verdict = verdict.Worst(isLibraryList?.Invoke(argument.Value) == true ? CallVerdict.Safe : this.InspectEnumeration(argument.Value, depth, cancellationToken));
                    if (formats)
                    {
                        ITypeSymbol element = parameterType is INamedTypeSymbol { TypeArguments.Length: 1 } sequence ? sequence.TypeArguments[0] : this.compilation.GetSpecialType(SpecialType.System_Object);
                        verdict = verdict.Worst(this.InspectObjectMembers(element, argument.Value.Syntax.ToString(), ToStringMembers, depth, cancellationToken));
                    }
                }
                else if (KnownMembers.IsCallbackInterface(parameterType))
                {
                    verdict = verdict.Worst(this.InspectPassedObject(argument.Value, null, depth, cancellationToken));
                }
                else if (mayFormat && (parameterType.SpecialType == SpecialType.System_Object || parameterType is IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_Object }))
                {
                    IOperation value = LoopShapeReader.Strip(argument.Value);
                    IEnumerable<IOperation> values = argument.ArgumentKind == ArgumentKind.ParamArray && value is IArrayCreationOperation { Initializer: { } elements }
                        ? elements.ElementValues
                        : new[] { value };
                    foreach (IOperation element in values)
                    {
                        // An object[] passed whole (string.Join(",", items)): its elements, whatever they hold, are formatted.
                        verdict = verdict.Worst(element.Type is IArrayTypeSymbol array && parameterType is IArrayTypeSymbol
                            ? this.InspectObjectMembers(array.ElementType, element.Syntax.ToString(), ObjectMembers, depth, cancellationToken)
                            : this.InspectPassedObject(element, ObjectMembers, depth, cancellationToken));
                    }
                }

                if (verdict.Kind == CallVerdictKind.Unsafe)
                {
                    return verdict;
                }
            }

            return verdict;
        }

        /// <summary>
        /// In a helper, the calls the code does not spell as invocations: getters and setters of the compilation,
        /// constructors (the object under construction is private; a library constructor may hash, compare or
        /// enumerate what it is given), and the ToString that interpolation and concatenation call.
        /// </summary>
        private CallVerdict InspectImplicitCalls(IOperation operation, System.Func<IOperation?, bool> isPrivate, int depth, CancellationToken cancellationToken)
        {
            switch (operation)
            {
                case IPropertyReferenceOperation { Property: var property } reference:
                    // A write to a shared object's property is judged as a write (the assignment's target); here, what the
                    // accessors themselves do: 'p.X = v' runs the setter, 'p.X += v' and 'p.X++' the getter and the setter.
                    bool onlyWritten = NestWalker.IsOnlyWritten(reference);
                    bool written = NestWalker.IsWrittenTo(reference);
                    bool accessorThisPrivate = isPrivate(reference.Instance) || reference.Instance is null;
                    CallVerdict accessors = this.InspectMember(written ? property.SetMethod : null, accessorThisPrivate, depth, cancellationToken);
                    return onlyWritten ? accessors : accessors.Worst(this.InspectMember(property.GetMethod, accessorThisPrivate, depth, cancellationToken));
                case ITypeParameterObjectCreationOperation typeParameterCreation:
                    // new T(): the type argument's constructor runs, which is not known here.
                    return new CallVerdict(CallVerdictKind.Trusted, "new " + typeParameterCreation.Type?.Name + "()");
                case IObjectCreationOperation { Constructor: { } constructor } creation:
                    return constructor.ContainingType.DeclaringSyntaxReferences.Length > 0
                        ? this.InspectConstructor(constructor, depth + 1, cancellationToken)
                        : this.InspectLibraryCallbacks(constructor, null, creation.Arguments, depth, null, cancellationToken);
                case IListPatternOperation listPattern:
                    return this.InspectMember(Getter(listPattern.LengthSymbol), false, depth, cancellationToken)
                        .Worst(this.InspectMember(Getter(listPattern.IndexerSymbol), false, depth, cancellationToken));
                case IImplicitIndexerReferenceOperation implicitIndexer:
                    return this.InspectMember(Getter(implicitIndexer.LengthSymbol), false, depth, cancellationToken)
                        .Worst(this.InspectMember(Getter(implicitIndexer.IndexerSymbol), false, depth, cancellationToken));
                case { Syntax: CollectionExpressionSyntax } collection when collection.Type is { } collectionType:
                    CallVerdict built = this.InspectMember(ConstructMethodOf(collection), false, depth, cancellationToken);
                    foreach (IMethodSymbol add in collectionType.GetMembers("Add").OfType<IMethodSymbol>())
                    {
                        built = built.Worst(this.InspectMember(add, true, depth, cancellationToken));
                    }

                    return built;
                case IForEachLoopOperation loop when loop.Syntax is CommonForEachStatementSyntax forEach:
                    // The enumerator calls foreach makes, and a user conversion of each element.
                    ForEachStatementInfo info = this.ModelOf(forEach.SyntaxTree).GetForEachStatementInfo(forEach);
                    bool collectionPrivate = isPrivate(loop.Collection);
                    // A struct enumerator is the loop's own copy (a ref struct's ref fields are re-pointed only by ref
                    // assignments, which are rejected): its MoveNext may advance its own fields.
                    bool enumeratorPrivate = collectionPrivate || info.GetEnumeratorMethod?.ReturnType is { IsValueType: true, IsRefLikeType: false };
                    return this.InspectMember(info.GetEnumeratorMethod, collectionPrivate, depth, cancellationToken)
                        .Worst(this.InspectMember(info.MoveNextMethod, enumeratorPrivate, depth, cancellationToken))
                        .Worst(this.InspectMember(info.CurrentProperty?.GetMethod, enumeratorPrivate, depth, cancellationToken))
                        .Worst(this.InspectMember(info.DisposeMethod, enumeratorPrivate, depth, cancellationToken))
                        .Worst(this.InspectMember(info.ElementConversion.IsUserDefined ? info.ElementConversion.MethodSymbol : null, false, depth, cancellationToken));
                case IDeconstructionAssignmentOperation { Syntax: AssignmentExpressionSyntax deconstructing }:
                    return this.InspectDeconstruct(this.ModelOf(deconstructing.SyntaxTree).GetDeconstructionInfo(deconstructing), depth, cancellationToken);
                case IRecursivePatternOperation { DeconstructSymbol: IMethodSymbol deconstruct }:
                    return this.InspectMember(deconstruct, false, depth, cancellationToken);
                case IUsingOperation { Resources: IVariableDeclarationGroupOperation resources }:
                    return this.InspectDisposes(resources, depth, cancellationToken);
                case IUsingOperation { Resources: { Type: { } resourceType } resource }:
                    // using (new Scope()) { }: the expression's object is disposed.
                    return this.InspectMember(DisposeMethod(resourceType, this.compilation), LoopShapeReader.Strip(resource) is IObjectCreationOperation || isPrivate(resource), depth, cancellationToken);
                case IUsingDeclarationOperation { DeclarationGroup: var declarations }:
                    return this.InspectDisposes(declarations, depth, cancellationToken);
                case var userOperation when NestWalker.OperatorMethodOf(userOperation) is { } userOperator:
                    // A user operator or conversion, and for && and || the operator true or false it also calls.
                    CallVerdict operators = this.InspectMember(userOperator, false, depth, cancellationToken);
                    if (userOperation is IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd or BinaryOperatorKind.ConditionalOr })
                    {
                        foreach (IMethodSymbol truth in TruthOperators(userOperator))
                        {
                            operators = operators.Worst(this.InspectMember(truth, false, depth, cancellationToken));
                        }
                    }

                    return operators;
                case IWithOperation { Operand.Type: { } recordType } with:
                    // 'r with { .. }' clones through the copy constructor, which the record may declare; a record class that
                    // is not sealed may hold a derived record, whose own copy constructor runs.
                    return this.InspectMember(CopyConstructor(recordType), true, depth, cancellationToken)
                        .Worst(NestWalker.DerivedCloneVerdict(with.Operand));
                case ITupleBinaryOperation tupleComparison:
                    CallVerdict compared = CallVerdict.Safe;
                    foreach (IMethodSymbol elementOperator in TupleElementOperators(tupleComparison))
                    {
                        compared = compared.Worst(this.InspectMember(elementOperator, false, depth, cancellationToken));
                    }

                    return compared;
                case ISlicePatternOperation slicePattern:
                    return this.InspectMember(Getter(slicePattern.SliceSymbol), false, depth, cancellationToken);
                case IInterpolationOperation interpolation:
                    return this.InspectPassedObject(interpolation.Expression, ToStringMembers, depth, cancellationToken);
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add, OperatorMethod: null, Type.SpecialType: SpecialType.System_String } concatenation:
                    return this.InspectPassedObject(concatenation.LeftOperand, ToStringMembers, depth, cancellationToken)
                        .Worst(this.InspectPassedObject(concatenation.RightOperand, ToStringMembers, depth, cancellationToken));
                default:
                    return CallVerdict.Safe;
            }
        }

        /// <summary>
        /// The structural backstop of a helper's walk: every method of the compilation the operation names (read by
        /// reflection, <see cref="OperationMembers"/>: a compound assignment's user conversions, a spread element's, a
        /// method group...) is looked into, with no receiver taken as private. Accessors of a property reference and a
        /// created object's constructor are left to the walk, which knows whose object they run on; so are lambdas and
        /// local functions declared in the code being walked, which are part of it. Members the walk already judged
        /// come from the cache.
        /// </summary>
        private CallVerdict InspectNamedMembers(IOperation operation, SyntaxNode declaration, int depth, CancellationToken cancellationToken)
        {
            if (operation is IPropertyReferenceOperation or IObjectCreationOperation or IWithOperation)
            {
                return CallVerdict.Safe;
            }

            CallVerdict verdict = CallVerdict.Safe;
            foreach (IMethodSymbol member in OperationMembers.Of(operation))
            {
                if (member.DeclaringSyntaxReferences.Length == 0
                    || (member.MethodKind is MethodKind.AnonymousFunction or MethodKind.LocalFunction
                        && declaration.Span.Contains(member.DeclaringSyntaxReferences[0].Span) && declaration.SyntaxTree == member.DeclaringSyntaxReferences[0].SyntaxTree))
                {
                    continue;
                }

                verdict = verdict.Worst(this.InspectMember(member, false, depth, cancellationToken));
                if (verdict.Kind == CallVerdictKind.Unsafe)
                {
                    return verdict;
                }
            }

            return verdict;
        }

        /// <summary>A member of the compilation that the code calls without spelling it: looked into, or trusted when a derived type may override it.</summary>
        private CallVerdict InspectMember(IMethodSymbol? method, bool thisIsPrivate, int depth, CancellationToken cancellationToken)
        {
            if (method is not { DeclaringSyntaxReferences.Length: > 0 })
            {
                return CallVerdict.Safe;
            }

            if (IsVirtual(method))
            {
                return KnownMembers.HasPureAttribute(method) ? CallVerdict.Safe : new CallVerdict(CallVerdictKind.Trusted, Name(method));
            }

            return this.Inspect(method, thisIsPrivate, depth + 1, cancellationToken);
        }

        private CallVerdict InspectDeconstruct(DeconstructionInfo info, int depth, CancellationToken cancellationToken)
        {
            CallVerdict verdict = CallVerdict.Safe;
            foreach (IMethodSymbol? method in DeconstructMethods(info))
            {
                verdict = verdict.Worst(this.InspectMember(method, false, depth, cancellationToken));
            }

            return verdict;
        }

        /// <summary>The Dispose that a using in a helper calls at the end of its scope.</summary>
        private CallVerdict InspectDisposes(IVariableDeclarationGroupOperation resources, int depth, CancellationToken cancellationToken)
        {
            CallVerdict verdict = CallVerdict.Safe;
            foreach (IVariableDeclaratorOperation declarator in resources.Declarations.SelectMany(d => d.Declarators))
            {
                IMethodSymbol? dispose = DisposeMethod(declarator.Symbol.Type, this.compilation);
                bool created = declarator.GetVariableInitializer()?.Value is { } value && LoopShapeReader.Strip(value) is IObjectCreationOperation;
                verdict = verdict.Worst(this.InspectMember(dispose, created, depth, cancellationToken));
            }

            return verdict;
        }

        private static IMethodSymbol? Getter(ISymbol? symbol) => symbol switch
        {
            IMethodSymbol method => method,
            IPropertySymbol property => property.GetMethod,
            _ => null,
        };

        private static bool IsVirtual(IMethodSymbol method) => NestWalker.IsVirtualDispatch(method);

        /// <summary>The ToString overloads interpolation and concatenation call.</summary>
        private static readonly string[] ToStringMembers = { "ToString", "TryFormat" };

        /// <summary>The members a library method may call on an object it is given as <c>object</c>.</summary>
        private static readonly string[] ObjectMembers = { "ToString", "TryFormat", "Equals", "GetHashCode", "CompareTo", "GetTypeCode" };

        /// <summary>
        /// Whether a method of the compilation is one that a library method given the object may call: one of
        /// <paramref name="names"/> (all of them when null), or an IConvertible conversion (Convert.ToInt32(object)
        /// calls ToInt32) when the names are <see cref="ObjectMembers"/>.
        /// </summary>
        private static bool MayBeCalledBack(string name, string[]? names)
            => names is null || System.Array.IndexOf(names, name) >= 0
            || (names == ObjectMembers && name.StartsWith("To", System.StringComparison.Ordinal));

        /// <summary>
        /// What a library method may run on an object it is given (a comparer, a format provider, an object to
        /// format): the object's methods of the compilation, with those names when given, looked into; unknown
        /// code (an <c>object</c>, an interface, a class a derived type may override) trusted.
        /// </summary>
        private CallVerdict InspectPassedObject(IOperation passed, string[]? names, int depth, CancellationToken cancellationToken)
        {
            IOperation value = LoopShapeReader.Strip(passed);
            if (value.ConstantValue.HasValue || value.Type is null)
            {
                return CallVerdict.Safe;
            }

            if (value.Type is { TypeKind: TypeKind.Class, IsSealed: false, DeclaringSyntaxReferences.Length: 0, SpecialType: SpecialType.None }
                && value is not (IObjectCreationOperation or IMemberReferenceOperation { Member.IsStatic: true }))
            {
                // A base-library class a derived type may extend (Comparer<T>.Create(lambda), an EqualityComparer
                // subclass) held in a variable: whichever implementation it is runs. The library's own instances
                // (Comparer<T>.Default, StringComparer.Ordinal) and objects created here are known.
                return new CallVerdict(CallVerdictKind.Trusted, "the methods of '" + NestWalker.Shorten(value.Syntax.ToString()) + "'");
            }

            return this.InspectObjectMembers(value.Type, value.Syntax.ToString(), names, depth, cancellationToken);
        }

        /// <summary>
        /// The ToString the compiler writes for a record or an anonymous type: it formats the public fields and properties
        /// (through a PrintMembers the record may declare), so their ToString runs.
        /// </summary>
        /// <param name="type">The record or anonymous type.</param>
        /// <param name="cancellationToken">The cancellation token.</param>
        /// <returns>The verdict; Safe for other types and for a record that declares its own ToString.</returns>
        public CallVerdict InspectCompilerWrittenToString(ITypeSymbol type, CancellationToken cancellationToken)
            => this.InspectCompilerWrittenToString(type, 0, cancellationToken);

        private CallVerdict InspectCompilerWrittenToString(ITypeSymbol type, int depth, CancellationToken cancellationToken)
        {
            if (!(type.IsRecord || type.IsAnonymousType) || type.GetMembers("ToString").Any(m => !m.IsImplicitlyDeclared))
            {
                return CallVerdict.Safe;
            }

            CallVerdict verdict = CallVerdict.Safe;
            for (ITypeSymbol? t = type; t is not null && (t.IsRecord || t.IsAnonymousType) && t.DeclaringSyntaxReferences.Length > 0; t = t.BaseType)
            {
                foreach (ISymbol member in t.GetMembers())
                {
                    ITypeSymbol? printed = member switch
                    {
                        IPropertySymbol { IsStatic: false, DeclaredAccessibility: Accessibility.Public, IsIndexer: false, Name: not "EqualityContract" } property => property.Type,
                        IFieldSymbol { IsStatic: false, DeclaredAccessibility: Accessibility.Public } field => field.Type,
                        _ => null,
                    };
                    if (printed is not null)
                    {
                        verdict = verdict.Worst(this.InspectObjectMembers(printed, member.Name, ToStringMembers, depth + 1, cancellationToken));
                    }
                    else if (member is IMethodSymbol { Name: "PrintMembers", IsImplicitlyDeclared: false } printMembers)
                    {
                        verdict = verdict.Worst(this.Inspect(printMembers, thisIsPrivate: false, depth + 1, cancellationToken));
                    }
                }
            }

            return verdict;
        }

        /// <summary>What a library method may run on a value of a type: see <see cref="InspectPassedObject"/>.</summary>
        private CallVerdict InspectObjectMembers(ITypeSymbol type, string shown, string[]? names, int depth, CancellationToken cancellationToken)
        {
            if ((type.SpecialType != SpecialType.None && type.SpecialType != SpecialType.System_Object)
                || type.TypeKind is TypeKind.Enum or TypeKind.Array or TypeKind.Delegate)
            {
                return CallVerdict.Safe;
            }

            if (IsOpenType(type) || depth > MaxDepth)
            {
                return new CallVerdict(CallVerdictKind.Trusted, "the methods of '" + NestWalker.Shorten(shown) + "'");
            }

            CallVerdict written = names is null || System.Array.IndexOf(names, "ToString") >= 0
                ? this.InspectCompilerWrittenToString(type, depth, cancellationToken)
                : CallVerdict.Safe;

            CallVerdict verdict = written;
            for (ITypeSymbol? t = type; t is not null && t.DeclaringSyntaxReferences.Length > 0; t = t.BaseType)
            {
                foreach (IMethodSymbol method in t.GetMembers().OfType<IMethodSymbol>())
                {
                    string name = method.Name.Substring(method.Name.LastIndexOf('.') + 1);
                    if (method.IsStatic || method.IsImplicitlyDeclared || method.DeclaringSyntaxReferences.Length == 0
                        || method.MethodKind is MethodKind.Constructor or MethodKind.StaticConstructor or MethodKind.Destructor
                        || !MayBeCalledBack(name, names))
                    {
                        continue;
                    }

                    verdict = verdict.Worst(this.Inspect(method, thisIsPrivate: false, depth + 1, cancellationToken));
                }
            }

            return verdict;
        }

        /// <summary>
        /// The types whose values a comparing member compares: a dictionary's keys (its values for ContainsValue),
        /// the keys of Enumerable's key-selector operators (OrderBy, GroupBy, DistinctBy...), the selected values
        /// of Min and Max with a selector, and otherwise the elements (a list's T, Enumerable's TSource).
        /// </summary>
        private static IEnumerable<ITypeSymbol> ComparedTypes(IMethodSymbol member)
        {
            INamedTypeSymbol? container = member.ContainingType;
            if (container is { IsGenericType: true })
            {
                int key = container.TypeParameters.IndexOf(container.TypeParameters.FirstOrDefault(t => t.Name == "TKey")!);
                int value = container.TypeParameters.IndexOf(container.TypeParameters.FirstOrDefault(t => t.Name == "TValue")!);
                if (key >= 0)
                {
                    // ContainsValue, IndexOfValue compare values; the other members, keys.
                    return new[] { container.TypeArguments[member.Name.EndsWith("Value", System.StringComparison.Ordinal) && member.Name != "TryGetValue" && member.Name != "GetValueOrDefault" && value >= 0 ? value : key] };
                }

                return container.TypeArguments;
            }

            if (member.TypeParameters.FirstOrDefault(t => t.Name == "TKey") is { } keyParameter)
            {
                return new[] { member.TypeArguments[member.TypeParameters.IndexOf(keyParameter)] };
            }

            if (member.Name is "Min" or "Max" && member.Parameters.Length == 2 && member.Parameters[1].Type.Name == "Func")
            {
                return new[] { member.ReturnType };
            }

            return member.TypeArguments;
        }

        /// <summary>What comparing, hashing or ordering values of a type runs: its Equals, GetHashCode and CompareTo.</summary>
        private CallVerdict InspectEquality(ITypeSymbol type, HashSet<ITypeSymbol> visited, int depth, CancellationToken cancellationToken)
        {
            // object and ValueType hold any boxed value, whose Equals may be a user override: they fall through to
            // the "trusted" answer below. Every other special type (int, string, Enum...) compares itself.
            if (!visited.Add(type)
                || (type.SpecialType is not (SpecialType.None or SpecialType.System_Object or SpecialType.System_ValueType))
                || type.TypeKind == TypeKind.Enum)
            {
                return CallVerdict.Safe;
            }

            if (type is ITypeParameterSymbol || type.TypeKind is TypeKind.Interface or TypeKind.Dynamic || type.SpecialType is SpecialType.System_Object or SpecialType.System_ValueType)
            {
                return new CallVerdict(CallVerdictKind.Trusted, "Equals, GetHashCode or CompareTo of '" + type.ToDisplayString() + "'");
            }

            if (type.IsAnonymousType)
            {
                // An anonymous type compares and hashes its properties.
                CallVerdict properties = CallVerdict.Safe;
                foreach (IPropertySymbol property in type.GetMembers().OfType<IPropertySymbol>())
                {
                    properties = properties.Worst(this.InspectEquality(property.Type, visited, depth, cancellationToken));
                }

                return properties;
            }

            if (type.DeclaringSyntaxReferences.Length == 0)
            {
                // A base-library type (its equality is its own), or a tuple, KeyValuePair or Nullable of other types, or a
                // System.Tuple, whose Equals and GetHashCode call its items'.
                CallVerdict inner = CallVerdict.Safe;
                if (type is INamedTypeSymbol generic && (generic.IsValueType
                    || (generic.Name == "Tuple" && generic.ContainingNamespace is { Name: "System", ContainingNamespace.IsGlobalNamespace: true })))
                {
                    foreach (ITypeSymbol argument in generic.IsTupleType ? generic.TupleElements.Select(e => e.Type) : generic.TypeArguments)
                    {
                        inner = inner.Worst(this.InspectEquality(argument, visited, depth, cancellationToken));
                    }
                }

                return inner;
            }

            if (type.TypeKind == TypeKind.Class && !type.IsSealed)
            {
                // A derived class may override Equals.
                return new CallVerdict(CallVerdictKind.Trusted, "Equals, GetHashCode or CompareTo of '" + type.ToDisplayString() + "'");
            }

            CallVerdict verdict = CallVerdict.Safe;
            bool memberwise = type.IsValueType;
            for (ITypeSymbol? t = type; t is not null && t.DeclaringSyntaxReferences.Length > 0; t = t.BaseType)
            {
                foreach (IMethodSymbol method in t.GetMembers().OfType<IMethodSymbol>())
                {
                    string name = method.Name.Substring(method.Name.LastIndexOf('.') + 1);
                    if (method.IsStatic || name is not ("Equals" or "GetHashCode" or "CompareTo"))
                    {
                        continue;
                    }

                    if (method.IsImplicitlyDeclared)
                    {
                        // A record's generated Equals and GetHashCode compare its fields.
                        memberwise = true;
                        continue;
                    }

                    verdict = verdict.Worst(this.Inspect(method, thisIsPrivate: false, depth + 1, cancellationToken));
                }
            }

            if (memberwise)
            {
                // A struct's default Equals, and a record's generated one, compare the fields with their own Equals.
                foreach (IFieldSymbol field in type.GetMembers().OfType<IFieldSymbol>().Where(f => !f.IsStatic))
                {
                    verdict = verdict.Worst(this.InspectEquality(field.Type, visited, depth, cancellationToken));
                }
            }

            return verdict;
        }

        /// <summary>What enumerating a sequence runs (a foreach over it): its enumerator, and the collection members library code reads.</summary>
        /// <param name="sequence">The sequence.</param>
        /// <param name="cancellationToken">The cancellation token.</param>
        /// <returns>The verdict.</returns>
        public CallVerdict InspectSequence(IOperation sequence, CancellationToken cancellationToken) => this.InspectEnumeration(sequence, 0, cancellationToken);

        /// <summary>What enumerating a sequence that Enumerable is given runs: its enumerator.</summary>
        private CallVerdict InspectEnumeration(IOperation sequence, int depth, CancellationToken cancellationToken)
        {
            IOperation value = LoopShapeReader.Strip(sequence);
            while (value is ITranslatedQueryOperation translated)
            {
                // A query in query syntax is the method calls it stands for ('from x in xs where p select f' is
                // xs.Where(p).Select(f)), which are checked where they are, as the same chain in method syntax.
                value = LoopShapeReader.Strip(translated.Operation);
            }

            if (value is IInvocationOperation { TargetMethod: { DeclaringSyntaxReferences.Length: 0 } query } && KnownMembers.IsPure(query))
            {
                // The result of another library query, whose own sequences are checked where it is called.
                return CallVerdict.Safe;
            }

            ITypeSymbol? type = value.Type;
            if (type is null || type is IArrayTypeSymbol || type.SpecialType == SpecialType.System_String)
            {
                return CallVerdict.Safe;
            }

            if (IsLibraryGrouping(this.compilation, type))
            {
                // A group GroupBy or ToLookup made: the library's, which walks its elements.
                return CallVerdict.Safe;
            }

            if (IsOpenType(type))
            {
                return new CallVerdict(CallVerdictKind.Trusted, "the enumerator of '" + NestWalker.Shorten(value.Syntax.ToString()) + "'");
            }

            // Library methods given a sequence enumerate it, and may first ask a collection for its Count, copy it
            // with CopyTo, or call its own Contains or indexer: the implementations of those interface members.
            CallVerdict verdict = CallVerdict.Safe;
            var read = new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default);
            foreach (INamedTypeSymbol contract in type.AllInterfaces)
            {
                foreach (IMethodSymbol member in contract.GetMembers().OfType<IMethodSymbol>().Where(m => !m.IsStatic && CollectionReadMembers.Contains(m.Name)))
                {
                    if (type.FindImplementationForInterfaceMember(member) is IMethodSymbol { DeclaringSyntaxReferences.Length: > 0 } implementation && read.Add(implementation))
                    {
                        verdict = verdict.Worst(IsVirtual(implementation) && type.TypeKind == TypeKind.Class && !type.IsSealed
                            ? new CallVerdict(CallVerdictKind.Trusted, Name(implementation))
                            : this.Inspect(implementation, thisIsPrivate: false, depth + 1, cancellationToken));
                    }
                }
            }

            for (ITypeSymbol? t = type; t is not null && t.DeclaringSyntaxReferences.Length > 0; t = t.BaseType)
            {
                foreach (IMethodSymbol method in t.GetMembers().OfType<IMethodSymbol>().Where(m => m.Name.EndsWith("GetEnumerator", System.StringComparison.Ordinal) && !read.Contains(m)))
                {
                    verdict = verdict.Worst(this.Inspect(method, thisIsPrivate: false, depth + 1, cancellationToken));
                }
            }

            return verdict;
        }

        /// <summary>The members of the collection interfaces that library methods call to read a sequence they are given.</summary>
        private static readonly HashSet<string> CollectionReadMembers = new HashSet<string>
        {
            "GetEnumerator", "get_Count", "CopyTo", "Contains", "IndexOf", "get_Item", "get_IsReadOnly", "TryGetValue", "ContainsKey", "get_Keys", "get_Values",
        };

        private static CallVerdict ThreadBoundVerdict(ISymbol member)
            => new CallVerdict(CallVerdictKind.Unsafe, $"it reads '{(member.ContainingType?.Name is { } type ? type + "." : string.Empty)}{member.Name}', which each worker thread has its own copy of", threadBound: true);

        private static bool IsDeclaredWithin(ISymbol symbol, SyntaxNode declaration)
            => symbol.DeclaringSyntaxReferences.Length == 0
            || symbol.DeclaringSyntaxReferences.Any(r => r.SyntaxTree == declaration.SyntaxTree && declaration.Span.Contains(r.Span));

        /// <summary>
        /// Collects the fields a method of the same compilation reads or writes, with those of the source
        /// methods it calls (up to the depth limit), so that a nest writing a field-held array can tell whether
        /// a callee reads other iterations' elements of it.
        /// </summary>
        /// <param name="method">The callee.</param>
        /// <param name="cancellationToken">The cancellation token.</param>
        /// <returns>The fields referenced.</returns>
        public HashSet<IFieldSymbol> ReferencedFields(IMethodSymbol method, CancellationToken cancellationToken)
        {
            // Asked once per call site; the same helper is often called from several.
            if (!this.fieldsCache.TryGetValue(method, out HashSet<IFieldSymbol>? fields))
            {
                fields = new HashSet<IFieldSymbol>(SymbolEqualityComparer.Default);
                this.CollectFields(method, fields, new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default), 0, cancellationToken);
                this.fieldsCache.Add(method, fields);
            }

            return fields;
        }

        /// <summary>
        /// Gets the value a <c>static readonly</c> field of the compilation always holds: its initializer, when no static
        /// constructor of its type names it (a readonly field is written nowhere else). Null otherwise.
        /// </summary>
        /// <remarks>The operation is the field's initializer (an <see cref="IFieldInitializerOperation"/>), whose Value is the value.</remarks>
        /// <param name="field">The field.</param>
        /// <param name="cancellationToken">The cancellation token.</param>
        /// <returns>The field initializer's operation, or null.</returns>
        public IOperation? StaticReadonlyValue(IFieldSymbol field, CancellationToken cancellationToken)
        {
            if (!field.IsStatic || !field.IsReadOnly || field.DeclaringSyntaxReferences.Length != 1
                || SyntaxReads.Of(field.DeclaringSyntaxReferences[0], cancellationToken) is not VariableDeclaratorSyntax { Initializer: { } initializer })
            {
                return null;
            }

            foreach (IMethodSymbol constructor in field.ContainingType.StaticConstructors)
            {
                if (constructor.IsImplicitlyDeclared)
                {
                    // The one the compiler writes for the initializers (its syntax is the type's declaration).
                    continue;
                }

                foreach (SyntaxReference reference in constructor.DeclaringSyntaxReferences)
                {
                    if (SyntaxReads.Of(reference, cancellationToken).DescendantNodes().OfType<IdentifierNameSyntax>().Any(name => name.Identifier.ValueText == field.Name))
                    {
                        return null;
                    }
                }
            }

            return this.ModelOf(initializer.SyntaxTree).GetOperation(initializer, cancellationToken);
        }

        /// <summary>Gets the semantic model of a tree of the compilation, once per tree.</summary>
        private SemanticModel ModelOf(SyntaxTree tree)
        {
            if (!this.models.TryGetValue(tree, out SemanticModel? model))
            {
                model = SyntaxReads.Model(this.compilation, tree);
                this.models.Add(tree, model);
            }

            return model;
        }

        private void CollectFields(IMethodSymbol method, HashSet<IFieldSymbol> fields, HashSet<IMethodSymbol> visited, int depth, CancellationToken cancellationToken)
        {
            method = method.PartialImplementationPart ?? method;
            if (depth > MaxDepth || !visited.Add(method) || KnownMembers.HasPureAttribute(method))
            {
                // [Pure] is the user's word that the callee neither writes shared state nor reads what the caller writes.
                return;
            }

            if (BackingField(method) is { } backingField)
            {
                // An auto-property's accessor ('get;', 'set;', 'init;') has no operation: it reads or writes the field the compiler declares.
                fields.Add(backingField.OriginalDefinition);
            }

            SyntaxNode? declaration = method.DeclaringSyntaxReferences.Length > 0 ? SyntaxReads.Of(method.DeclaringSyntaxReferences[0], cancellationToken) : null;
            if (method is { MethodKind: MethodKind.Constructor, IsStatic: false, ContainingType: { DeclaringSyntaxReferences.Length: > 0 } type })
            {
                // A constructor also runs the instance initializers of its class, and the base class's constructor:
                // base(...) is in its operation tree below, the implicit base() and a record's base arguments are not.
                foreach (IOperation initializer in this.InstanceInitializers(type, cancellationToken))
                {
                    this.CollectFieldsIn(initializer, fields, visited, depth, cancellationToken);
                }

                if (declaration is TypeDeclarationSyntax { BaseList: { } bases } && bases.Types.OfType<PrimaryConstructorBaseTypeSyntax>().FirstOrDefault() is { } baseCall
                    && this.ModelOf(baseCall.SyntaxTree).GetOperation(baseCall, cancellationToken) is { } baseOperation)
                {
                    this.CollectFieldsIn(baseOperation, fields, visited, depth, cancellationToken);
                }
                else if (declaration is not ConstructorDeclarationSyntax { Initializer: not null } && ImplicitBaseConstructor(type) is { } baseConstructor)
                {
                    this.CollectFields(baseConstructor, fields, visited, depth + 1, cancellationToken);
                }
            }

            if (declaration is null or TypeDeclarationSyntax || this.ModelOf(declaration.SyntaxTree).GetOperation(declaration, cancellationToken) is not { } root)
            {
                return;
            }

            this.CollectFieldsIn(root, fields, visited, depth, cancellationToken);
        }

        /// <summary>The fields an operation tree references, with those of the methods of the compilation it calls, explicitly or not.</summary>
        private void CollectFieldsIn(IOperation root, HashSet<IFieldSymbol> fields, HashSet<IMethodSymbol> visited, int depth, CancellationToken cancellationToken)
        {
            foreach (IOperation operation in root.DescendantsAndSelf())
            {
                IEnumerable<IMethodSymbol?> called = operation switch
                {
                    IInvocationOperation invocation => new[] { invocation.TargetMethod },
                    IPropertyReferenceOperation property => new[] { property.Property.GetMethod, property.Property.SetMethod },
                    IObjectCreationOperation creation => new[] { creation.Constructor },
                    IWithOperation { Operand.Type: { } recordType } => new[] { CopyConstructor(recordType) },
                    IRecursivePatternOperation pattern => new[] { pattern.DeconstructSymbol as IMethodSymbol },
                    IForEachLoopOperation { Syntax: CommonForEachStatementSyntax forEach } => ForEachMethods(this.ModelOf(forEach.SyntaxTree).GetForEachStatementInfo(forEach)),
                    IDeconstructionAssignmentOperation { Syntax: AssignmentExpressionSyntax deconstructing } => DeconstructMethods(this.ModelOf(deconstructing.SyntaxTree).GetDeconstructionInfo(deconstructing)),
                    _ => new[] { NestWalker.OperatorMethodOf(operation) },
                };

                if (operation is IFieldReferenceOperation field)
                {
                    fields.Add(field.Field.OriginalDefinition);
                }

                foreach (IMethodSymbol? method in called)
                {
                    // Constructors of the compilation's types run their initializers even when the compiler wrote them.
                    if (method is not null && (method.DeclaringSyntaxReferences.Length > 0 || method.ContainingType?.DeclaringSyntaxReferences.Length > 0))
                    {
                        this.CollectFields(method, fields, visited, depth + 1, cancellationToken);
                    }
                }
            }
        }

        /// <summary>The field behind an accessor of an auto-property of the compilation (IFieldSymbol.AssociatedSymbol), or null.</summary>
        private static IFieldSymbol? BackingField(IMethodSymbol accessor)
            => accessor is { MethodKind: MethodKind.PropertyGet or MethodKind.PropertySet, AssociatedSymbol: IPropertySymbol property, ContainingType: { } type }
                && accessor.DeclaringSyntaxReferences.Length > 0
                ? type.GetMembers().OfType<IFieldSymbol>().FirstOrDefault(f => SymbolEqualityComparer.Default.Equals(f.AssociatedSymbol, property))
                : null;

        private static IEnumerable<IMethodSymbol?> ForEachMethods(ForEachStatementInfo info)
            => new[] { info.GetEnumeratorMethod, info.MoveNextMethod, info.CurrentProperty?.GetMethod, info.DisposeMethod, info.ElementConversion.IsUserDefined ? info.ElementConversion.MethodSymbol : null };

        private static IEnumerable<IMethodSymbol?> DeconstructMethods(DeconstructionInfo info)
            => new[] { info.Method, info.Conversion is { IsUserDefined: true } conversion ? conversion.MethodSymbol : null }.Concat(info.Nested.SelectMany(DeconstructMethods));

        /// <summary>The instance field and property initializers of a type of the compilation, as operations.</summary>
        private IEnumerable<IOperation> InstanceInitializers(INamedTypeSymbol type, CancellationToken cancellationToken)
        {
            foreach (ISymbol member in type.GetMembers())
            {
                if (member.IsStatic || member is not (IFieldSymbol or IPropertySymbol) || member.DeclaringSyntaxReferences.Length == 0)
                {
                    continue;
                }

                EqualsValueClauseSyntax? initializer = SyntaxReads.Of(member.DeclaringSyntaxReferences[0], cancellationToken) switch
                {
                    VariableDeclaratorSyntax { Initializer: { } clause } => clause,
                    PropertyDeclarationSyntax { Initializer: { } clause } => clause,
                    _ => null,
                };
                if (initializer is not null && this.ModelOf(initializer.SyntaxTree).GetOperation(initializer, cancellationToken) is { } root)
                {
                    yield return root;
                }
            }
        }

        /// <summary>The base class's constructor that an implicit base() calls: the one that takes no arguments.</summary>
        private static IMethodSymbol? ImplicitBaseConstructor(INamedTypeSymbol type)
            => type.TypeKind != TypeKind.Class
                ? null
                : type.BaseType?.InstanceConstructors
                    .Where(c => c.Parameters.All(p => p.IsOptional || p.IsParams))
                    .OrderBy(c => c.Parameters.Length)
                    .FirstOrDefault();

        private static string Describe(IOperation target) => target switch
        {
            IMemberReferenceOperation member => (member.Member.ContainingType?.Name is { } type ? type + "." : string.Empty) + member.Member.Name,
            IArrayElementReferenceOperation element => "an element of '" + NestWalker.Shorten(element.ArrayReference.Syntax.ToString()) + "'",
            _ => NestWalker.Shorten(target.Syntax.ToString()),
        };

        private static string Name(IMethodSymbol method)
            => (method.ContainingType?.Name is { } type ? type + "." : string.Empty) + method.Name;
    }
}
