using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using LoopGen.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace LoopGen.Analysis
{
    /// <summary>
    /// The dependence analysis of one loop nest. It walks every operation of the outer loop's body once,
    /// sorts every variable, element and object the body touches into "private to an iteration",
    /// "read-only", "reduction", "ordered result" or "shared and written", and decides which loop levels
    /// may run in parallel. Anything it cannot place is a rejection: soundness before coverage.
    /// </summary>
    internal sealed partial class NestWalker
    {
        private readonly SemanticModel model;
        private readonly MethodAnalysis method;
        private readonly NestAnalysis nest;
        private readonly CallInspector calls;
        private readonly CancellationToken cancellationToken;
        private readonly IOperation body;

        /// <summary>References to locals declared before the nest, by local.</summary>
        private readonly Dictionary<ILocalSymbol, List<ILocalReferenceOperation>> outerLocalRefs = new Dictionary<ILocalSymbol, List<ILocalReferenceOperation>>(SymbolEqualityComparer.Default);

        /// <summary><c>list.Add(x)</c> calls on lists declared before the nest, by list.</summary>
        private readonly Dictionary<ILocalSymbol, List<IInvocationOperation>> appendCalls = new Dictionary<ILocalSymbol, List<IInvocationOperation>>(SymbolEqualityComparer.Default);

        /// <summary>Element accesses of arrays reachable from outside the iteration, by array variable.</summary>
        private readonly Dictionary<ISymbol, List<ArrayAccess>> arrayAccesses = new Dictionary<ISymbol, List<ArrayAccess>>(SymbolEqualityComparer.Default);

        /// <summary>Every reference to a variable that holds an array, by variable, to find arrays used as a whole.</summary>
        private readonly Dictionary<ISymbol, List<IOperation>> arrayVariableRefs = new Dictionary<ISymbol, List<IOperation>>(SymbolEqualityComparer.Default);

        /// <summary>Element reads whose array LoopGen cannot name (it may be any array).</summary>
        private readonly List<IOperation> anonymousArrayReads = new List<IOperation>();

        /// <summary>Whether locals declared in the iteration hold only objects created in the iteration.</summary>
        private readonly Dictionary<ILocalSymbol, bool> ownedCache = new Dictionary<ILocalSymbol, bool>(SymbolEqualityComparer.Default);

        /// <summary>Calls to local functions declared outside the nest: what they read is checked once all writes are known.</summary>
        private readonly List<(IOperation Site, IMethodSymbol Function)> outerLocalFunctionCalls = new List<(IOperation, IMethodSymbol)>();

        /// <summary>What each delegate-typed local may hold, and how often it is written, or null when not followed (<see cref="DelegateValuesOf"/>).</summary>
        private readonly Dictionary<ILocalSymbol, (List<IOperation> Values, int Writes)?> delegateValues = new Dictionary<ILocalSymbol, (List<IOperation> Values, int Writes)?>(SymbolEqualityComparer.Default);

        /// <summary>What each local function or lambda captures (<see cref="CapturedBy"/>).</summary>
        private readonly Dictionary<IMethodSymbol, HashSet<ISymbol>> capturedByFunction = new Dictionary<IMethodSymbol, HashSet<ISymbol>>(SymbolEqualityComparer.Default);

        /// <summary>Variables from outside the iteration whose type (an interface, object, Array) may hold an array the nest writes.</summary>
        private readonly List<ISymbol> possibleArrayViews = new List<ISymbol>();

        /// <summary>Variables of ArraySegment/Memory types, which may wrap a written array, with their first use.</summary>
        private readonly Dictionary<ISymbol, IOperation> arrayWrappers = new Dictionary<ISymbol, IOperation>(SymbolEqualityComparer.Default);

        /// <summary>Parameters typed by a type parameter, which may be any array (M&lt;int[]&gt;(r, r)), with their first use.</summary>
        private readonly Dictionary<ISymbol, IOperation> typeParameterViews = new Dictionary<ISymbol, IOperation>(SymbolEqualityComparer.Default);

        private bool innerHasContinue;

        /// <summary>Whether a delegate that may outlive its iteration captures the inner 'for' counter (one variable for the whole inner loop).</summary>
        private bool innerCounterCaptured;

        /// <summary>Locals that name one row of an array declared outside the iteration (<c>var row = a[i];</c>), by local.</summary>
        private readonly Dictionary<ILocalSymbol, ISymbol> rowAliases = new Dictionary<ILocalSymbol, ISymbol>(SymbolEqualityComparer.Default);

        // The foreach variable's rows given whole to base-library calls that write them (TryRecordOwnRowWrite): judged
        // as writes of that row, not as uses of the whole array of arrays.
        private readonly HashSet<IOperation> ownRowWrites = new HashSet<IOperation>();

        /// <summary>What <see cref="DataFlowOf"/> found for each statement (the nest, a cell, a row) it was asked about.</summary>
        private readonly Dictionary<StatementSyntax, DataFlowAnalysis?> dataFlows = new Dictionary<StatementSyntax, DataFlowAnalysis?>();

        /// <summary>What <see cref="RowAliasOf"/> found for each local it was asked about.</summary>
        private readonly Dictionary<ILocalSymbol, IArrayElementReferenceOperation?> rowAliasCache = new Dictionary<ILocalSymbol, IArrayElementReferenceOperation?>(SymbolEqualityComparer.Default);

        /// <summary>Calls into methods of the same compilation, which may read state the nest writes.</summary>
        private readonly List<(IOperation Site, IMethodSymbol Method)> sourceCalls = new List<(IOperation, IMethodSymbol)>();

        // Every method of the compilation the walk looked into or trusted: the structural backstop checks the body's implicit calls against it.
        private readonly HashSet<IMethodSymbol> judged = new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default);

        /// <summary>Whether a break ends the inner loop early, or its counter is written: its iterations are then not numbered in advance.</summary>
        private bool innerIrregular;

        /// <summary>Whether a symbol is declared in the outer loop's body (<see cref="IsDeclaredInBody"/>).</summary>
        private readonly Dictionary<ISymbol, bool> declaredInBody = new Dictionary<ISymbol, bool>(SymbolEqualityComparer.Default);

        public NestWalker(SemanticModel model, MethodAnalysis method, NestAnalysis nest, CallInspector calls, CancellationToken cancellationToken)
        {
            this.model = model;
            this.method = method;
            this.nest = nest;
            this.calls = calls;
            this.cancellationToken = cancellationToken;
            this.body = model.GetOperation(nest.Outer.Body, cancellationToken) ?? throw new System.InvalidOperationException("no operation for the loop body");
        }

        private LoopShape Outer => this.nest.Outer;

        private LoopShape? Inner => this.nest.Inner;

        /// <summary>Runs the analysis, filling the nest and the method's findings.</summary>
        public void Run()
        {
            foreach (IOperation operation in this.body.DescendantsAndSelf())
            {
                this.cancellationToken.ThrowIfCancellationRequested();
                if (InNameOf(operation))
                {
                    // 'nameof(x)' is a constant: it neither reads nor writes x.
                    continue;
                }

                this.Visit(operation);
                if (this.method.Decided)
                {
                    return;
                }
            }

            this.RecordOuterCollection();
            this.CheckOuterBounds();
            this.ValidateAppends();
            this.ValidateOuterLocals();
            this.RecordStoredDelegates();
            this.ValidateArrays();
            this.ValidateCapturedReads();
            this.CheckEveryMemberJudged();
            if (this.method.Decided)
            {
                return;
            }

            this.ClassifyInner();
        }

        /// <summary>
        /// The collection an outer foreach walks is read as the loop runs: in M, element by element between
        /// iterations, so it sees what earlier iterations wrote. It is a use of that array as a whole, like an
        /// argument: an array the nest writes (an array reduction's deferred updates) is then rejected, and another
        /// array or list view that may be it is compared with the written arrays at run time.
        /// </summary>
        private void RecordOuterCollection()
        {
            if (this.Outer.Operation is not IForEachLoopOperation { Collection: { } collection })
            {
                return;
            }

            IOperation source = LoopShapeReader.Strip(collection);
            if (NameableVariable(source) is not { } variable || TypeOfVariable(variable) is not { } type)
            {
                return;
            }

            if (type is IArrayTypeSymbol)
            {
                Remember(this.arrayVariableRefs, variable, source);
            }
            else if (CouldHoldArray(type))
            {
                this.RememberView(variable);
            }
        }

        private static bool InNameOf(IOperation operation)
        {
            for (IOperation? parent = operation.Parent; parent is not null; parent = parent.Parent)
            {
                if (parent is INameOfOperation)
                {
                    return true;
                }
            }

            return false;
        }

        private void Visit(IOperation operation)
        {
            // User-defined operators and conversions are calls: 'a + b' may run code that writes shared state.
            if (OperatorMethodOf(operation) is { DeclaringSyntaxReferences.Length: > 0 } userOperator)
            {
                this.ReportCallVerdict(operation, this.Judge(userOperator, thisIsPrivate: false, this.cancellationToken));
                this.sourceCalls.Add((operation, userOperator));
            }

            this.CheckImplicitCalls(operation);
            this.CheckCounterCapture(operation);
            if (operation is IMemberReferenceOperation { Member: var referenced } && KnownMembers.IsThreadBound(referenced))
            {
                this.Reject(DiagnosticDescriptors.UnsupportedConstruct, operation.Syntax, Shorten(operation.Syntax.ToString()), "a [ThreadStatic] field or a ThreadLocal<T>, which each worker thread has its own copy of");
                return;
            }

            switch (operation)
            {
                case ISimpleAssignmentOperation { IsRef: true } refAssignment:
                    // 'c.V = ref x' re-points a ref field (or a ref local): writes through it may reach anything.
                    this.Reject(DiagnosticDescriptors.UnsupportedConstruct, refAssignment.Syntax, refAssignment.Syntax.ToString(), "a ref assignment");
                    break;
                case ISimpleAssignmentOperation assignment:
                    this.CheckWrite(assignment.Target, assignment);
                    break;
                case ICompoundAssignmentOperation compound:
                    this.CheckWrite(compound.Target, compound);
                    break;
                case ICoalesceAssignmentOperation coalesce:
                    this.CheckWrite(coalesce.Target, coalesce);
                    break;
                case IIncrementOrDecrementOperation increment:
                    this.CheckWrite(increment.Target, increment);
                    break;
                case IDeconstructionAssignmentOperation deconstruction:
                    foreach (IOperation leaf in LoopShapeReader.Leaves(deconstruction.Target))
                    {
                        this.CheckWrite(leaf, deconstruction);
                    }

                    break;
                case IArgumentOperation { Parameter: { RefKind: RefKind.Ref or RefKind.Out } } argument:
                    this.CheckWrite(argument.Value, argument);
                    break;
                case IVariableDeclaratorOperation declarator when declarator.Symbol.IsRef:
                    this.Reject(DiagnosticDescriptors.UnsupportedConstruct, declarator.Syntax, declarator.Syntax.ToString(), "a ref local");
                    break;
                case IInvocationOperation invocation:
                    this.CheckCall(invocation);
                    break;
                case IObjectCreationOperation creation when creation.Constructor is { } constructor:
                    this.ReportCallVerdict(creation, this.JudgeConstructor(constructor, this.cancellationToken));
                    this.sourceCalls.Add((creation, constructor));
                    if (constructor.DeclaringSyntaxReferences.Length == 0)
                    {
                        // new HashSet<Key>(keys), new List<T>(sequence), new SortedSet<T>(items, comparer): they hash,
                        // enumerate or compare what they are given.
                        this.ReportCallVerdict(creation, this.calls.InspectLibraryCallbacks(constructor, null, creation.Arguments, this.GuardListView, this.cancellationToken));
                    }

                    break;
                case IPropertyReferenceOperation property when !IsOnlyWritten(property):
                    // Read, or read and written ('p.X += 1', 'p.X++', 'p.X ??= v'): the getter runs.
                    this.CheckGetter(property);
                    break;
                case ITypeParameterObjectCreationOperation typeParameterCreation:
                    // new T(): the type argument's constructor runs, which is not known here.
                    this.Trust(typeParameterCreation, "new " + typeParameterCreation.Type?.Name + "()");
                    break;
                case IDelegateCreationOperation { Target: IMethodReferenceOperation methodGroup }:
                    this.CheckMethodGroup(methodGroup);
                    break;
                case IBranchOperation branch:
                    this.CheckBranch(branch);
                    break;
                case IReturnOperation { Kind: OperationKind.YieldReturn or OperationKind.YieldBreak } yield:
                    this.Reject(DiagnosticDescriptors.UnsupportedConstruct, yield.Syntax, yield.Syntax.ToString(), "yield");
                    break;
                case IReturnOperation ret when !this.InNestedFunction(ret):
                    this.Reject(DiagnosticDescriptors.ControlFlowLeavesLoop, ret.Syntax, ret.Syntax.ToString());
                    break;
                case IAwaitOperation awaitOperation:
                    this.Reject(DiagnosticDescriptors.UnsupportedConstruct, awaitOperation.Syntax, awaitOperation.Syntax.ToString(), "await");
                    break;
                case IUsingOperation usingOperation when usingOperation.Resources is not IVariableDeclarationGroupOperation && !this.IsPrivateObject(usingOperation.Resources):
                    this.Reject(DiagnosticDescriptors.SharedObjectCall, usingOperation.Resources.Syntax, Shorten(usingOperation.Resources.Syntax.ToString()), "Dispose");
                    break;
                case ILockOperation lockOperation:
                    this.Reject(DiagnosticDescriptors.UnsupportedConstruct, LockHeader(lockOperation.Syntax), "lock", "a lock");
                    break;
                case ILabeledOperation labeled:
                    this.Reject(DiagnosticDescriptors.UnsupportedConstruct, labeled.Syntax, labeled.Label.Name, "a label");
                    break;
                case IAddressOfOperation address:
                    this.Reject(DiagnosticDescriptors.UnsupportedConstruct, address.Syntax, address.Syntax.ToString(), "a pointer");
                    break;
                case IDynamicInvocationOperation or IDynamicMemberReferenceOperation or IDynamicObjectCreationOperation or IDynamicIndexerAccessOperation:
                    this.Reject(DiagnosticDescriptors.UnsupportedConstruct, operation.Syntax, operation.Syntax.ToString(), "dynamic code");
                    break;
                case IEventAssignmentOperation eventAssignment:
                    this.Reject(DiagnosticDescriptors.SharedStateWrite, eventAssignment.Syntax, eventAssignment.Syntax.ToString(), eventAssignment.EventReference is IMemberReferenceOperation member ? Describe(member) : eventAssignment.EventReference.Syntax.ToString());
                    break;
                case IInvalidOperation:
                    this.Reject(DiagnosticDescriptors.UnsupportedConstruct, operation.Syntax, operation.Syntax.ToString(), "code LoopGen does not understand");
                    break;
                case ILocalReferenceOperation local:
                    this.RecordLocal(local);
                    this.RecordDelegateValue(local);
                    break;
                case IParameterReferenceOperation parameter:
                    this.RecordParameter(parameter);
                    break;
                case IFieldReferenceOperation field when field.Type is IArrayTypeSymbol && IsNameableField(field):
                    Remember(this.arrayVariableRefs, field.Field, field);
                    break;
                case IFieldReferenceOperation field when IsNameableField(field) && CouldHoldArray(field.Field.Type):
                    this.RememberView(field.Field);
                    break;
                case IArrayElementReferenceOperation element when !(element.Parent is IArrayElementReferenceOperation parent && parent.ArrayReference == element):
                    this.RecordArrayAccess(element, isWrite: false);
                    break;
                default:
                    if (operation.Kind == OperationKind.None && !operation.IsImplicit && !this.IsStackAllocSpan(operation))
                    {
                        this.Reject(DiagnosticDescriptors.UnsupportedConstruct, operation.Syntax, Shorten(operation.Syntax.ToString()), "code LoopGen does not understand");
                    }

                    break;
            }
        }

        // ---------------------------------------------------------------- calls the code does not spell out

        /// <summary>
        /// Calls the compiler makes for the user: ToString in string interpolation and concatenation,
        /// Deconstruct in a deconstruction, GetEnumerator/MoveNext/Current in a foreach. Those of the
        /// compilation are looked into like any call.
        /// </summary>
        private void CheckImplicitCalls(IOperation operation)
        {
            switch (operation)
            {
                case IInterpolationOperation interpolation when interpolation.Parent is { } interpolated:
                    this.CheckToString(interpolation.Expression, interpolated);
                    break;
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add, OperatorMethod: null, Type.SpecialType: SpecialType.System_String } concatenation:
                    this.CheckToString(concatenation.LeftOperand, concatenation);
                    this.CheckToString(concatenation.RightOperand, concatenation);
                    break;
                case IDeconstructionAssignmentOperation deconstruction when deconstruction.Syntax is AssignmentExpressionSyntax assignmentSyntax:
                    this.CheckDeconstruct(this.model.GetDeconstructionInfo(assignmentSyntax), deconstruction);
                    break;
                case IUsingDeclarationOperation usingDeclaration:
                    this.CheckDispose(usingDeclaration.DeclarationGroup, usingDeclaration);
                    break;
                case IUsingOperation { Resources: IVariableDeclarationGroupOperation resources } usingStatement:
                    this.CheckDispose(resources, usingStatement);
                    break;
                case IForEachLoopOperation loop when loop != this.Outer.Operation && loop.Syntax is CommonForEachStatementSyntax forEachSyntax:
                    ForEachStatementInfo info = this.model.GetForEachStatementInfo(forEachSyntax);
                    IOperation site = loop.Collection;
                    if (forEachSyntax is ForEachVariableStatementSyntax deconstructing)
                    {
                        // foreach (var (x, y) in pairs) calls Deconstruct on every element.
                        this.CheckDeconstruct(this.model.GetDeconstructionInfo(deconstructing), loop.LoopControlVariable);
                    }

                    bool enumeratorPrivate = info.GetEnumeratorMethod is { } getEnumerator
                        && (getEnumerator.ReturnType.IsValueType || getEnumerator.DeclaringSyntaxReferences.Length == 0 || ReturnsNewObject(getEnumerator, this.cancellationToken));
                    foreach ((IMethodSymbol? member, bool isPrivate) in new[]
                    {
                        (info.GetEnumeratorMethod, this.IsPrivateObject(loop.Collection)),
                        (info.MoveNextMethod, enumeratorPrivate),
                        (info.CurrentProperty?.GetMethod, enumeratorPrivate),
                        (info.DisposeMethod, enumeratorPrivate),
                    })
                    {
                        if (member is { DeclaringSyntaxReferences.Length: > 0 } && IsVirtualDispatch(member) && !KnownMembers.HasPureAttribute(member))
                        {
                            // The collection's class may be derived and override it.
                            this.Trust(site, member.ContainingType.Name + "." + member.Name);
                        }
                        else if (member is { DeclaringSyntaxReferences.Length: > 0 })
                        {
                            this.ReportCallVerdict(site, this.Judge(member, isPrivate, this.cancellationToken));
                            this.sourceCalls.Add((site, member));
                        }
                    }

                    // A sequence of an interface type (IEnumerable<T> g, foreach (var v in g)): whichever class it holds
                    // enumerates it, as for g.Sum(): a parameter or local of the method is checked at run time to hold an
                    // array or a List<T> (the twin runs sequentially otherwise), anything else is looked into or trusted.
                    if (info.GetEnumeratorMethod is { DeclaringSyntaxReferences.Length: 0 } && LoopShapeReader.Strip(loop.Collection) is { Type.TypeKind: TypeKind.Interface } sequence)
                    {
                        this.CheckEnumerated(sequence, site);
                    }

                    // foreach (Wrapper w in ints) converts each element with the user's operator.
                    if (info.ElementConversion.IsUserDefined)
                    {
                        this.CheckImplicitMember(info.ElementConversion.MethodSymbol, loop.Collection);
                    }

                    break;
                case IRecursivePatternOperation recursive:
                    this.CheckImplicitMember(recursive.DeconstructSymbol, recursive);
                    break;
                case IWithOperation { Operand.Type: { } recordType } with:
                    // 'r with { .. }' clones through the copy constructor the record declares; the clone is private. A
                    // record class that is not sealed may hold a derived record, whose own copy constructor runs.
                    CallVerdict cloned = CallVerdict.Safe;
                    if (with.CloneMethod is { } clone)
                    {
                        // The compiler-written <Clone>$ only calls the copy constructor, looked into below.
                        this.judged.Add(clone.OriginalDefinition);
                    }

                    if (CallInspector.CopyConstructor(recordType) is { } copy)
                    {
                        cloned = this.Judge(copy, thisIsPrivate: true, this.cancellationToken);
                        this.sourceCalls.Add((with, copy));
                    }

                    this.ReportCallVerdict(with, cloned.Worst(DerivedCloneVerdict(with.Operand)));
                    break;
                case IListPatternOperation listPattern:
                    this.CheckImplicitMember(listPattern.LengthSymbol, listPattern);
                    this.CheckImplicitMember(listPattern.IndexerSymbol, listPattern);
                    break;
                case ITupleBinaryOperation tupleComparison:
                    // (a, b) == (c, d) compares element by element, with the elements' user operators and conversions,
                    // which the operation does not name.
                    foreach (IMethodSymbol elementOperator in CallInspector.TupleElementOperators(tupleComparison))
                    {
                        this.CheckImplicitMember(elementOperator, tupleComparison);
                    }

                    break;
                case ISlicePatternOperation slicePattern:
                    // [_, .. var rest] slices the value with the type's Slice (or its Range indexer).
                    this.CheckImplicitMember(slicePattern.SliceSymbol, slicePattern);
                    break;
                case IImplicitIndexerReferenceOperation implicitIndexer:
                    this.CheckImplicitMember(implicitIndexer.LengthSymbol, implicitIndexer);
                    this.CheckImplicitMember(implicitIndexer.IndexerSymbol, implicitIndexer);
                    break;
                case { Syntax: CollectionExpressionSyntax collectionSyntax } collection when collection.Type is { } collectionType:
                    // Each spread enumerates its sequence, as a foreach over it does: a parameter or local of an interface
                    // type must hold an array or a List<T> (checked at run time), anything else is looked into or trusted.
                    foreach (SpreadElementSyntax spread in collectionSyntax.Elements.OfType<SpreadElementSyntax>())
                    {
                        if (this.model.GetOperation(spread.Expression, this.cancellationToken) is { } spreadValue)
                        {
                            IOperation spreadSequence = LoopShapeReader.Strip(spreadValue);
                            this.CheckEnumerated(spreadSequence, spreadSequence);
                        }
                    }

                    // The builder method ([CollectionBuilder]), and the target type's Add methods.
                    this.CheckImplicitMember(CallInspector.ConstructMethodOf(collection), collection);
                    if (collectionType.DeclaringSyntaxReferences.Length > 0)
                    {
                        foreach (IMethodSymbol add in collectionType.GetMembers("Add").OfType<IMethodSymbol>())
                        {
                            this.CheckImplicitMember(add, collection);
                        }
                    }
                    else
                    {
                        // A library collection: its Add (a set's hashes, a sorted set's orders) or its builder method
                        // (ImmutableHashSet.Create) runs on the elements, as in a collection initializer.
                        IEnumerable<IMethodSymbol> library = collectionType.GetMembers("Add").OfType<IMethodSymbol>()
                            .Concat(CallInspector.ConstructMethodOf(collection) is IMethodSymbol { DeclaringSyntaxReferences.Length: 0 } builder ? new[] { builder } : System.Array.Empty<IMethodSymbol>());
                        foreach (IMethodSymbol member in library)
                        {
                            this.ReportCallVerdict(collection, this.calls.InspectLibraryCallbacks(member, null, System.Array.Empty<IArgumentOperation>(), this.GuardListView, this.cancellationToken));
                        }
                    }

                    break;
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd or BinaryOperatorKind.ConditionalOr, OperatorMethod: { } userAndOr } conditional:
                    // A user && or || also calls the type's operator false or true on the left operand.
                    foreach (IMethodSymbol truth in CallInspector.TruthOperators(userAndOr))
                    {
                        this.CheckImplicitMember(truth, conditional);
                    }

                    break;
            }
        }

        /// <summary>The Dispose that a using declaration or statement calls at the end of its scope, looked into like any call.</summary>
        private void CheckDispose(IVariableDeclarationGroupOperation resources, IOperation site)
        {
            foreach (IVariableDeclaratorOperation declarator in resources.Declarations.SelectMany(d => d.Declarators))
            {
                ITypeSymbol type = declarator.Symbol.Type;
                IMethodSymbol? found = CallInspector.DisposeMethod(type, this.model.Compilation);
                if (found is { DeclaringSyntaxReferences.Length: > 0 } virtualDispose && IsVirtualDispatch(virtualDispose) && !KnownMembers.HasPureAttribute(virtualDispose)
                    && !(declarator.GetVariableInitializer()?.Value is { } initial && LoopShapeReader.Strip(initial) is IObjectCreationOperation { Type: var createdType } && SymbolEqualityComparer.Default.Equals(createdType, type)))
                {
                    // The variable's class may be derived and override Dispose.
                    this.Trust(site, virtualDispose.ContainingType.Name + ".Dispose");
                }
                else if (found is { DeclaringSyntaxReferences.Length: > 0 } dispose)
                {
                    bool created = declarator.GetVariableInitializer()?.Value is { } value && LoopShapeReader.Strip(value) is IObjectCreationOperation;
                    this.ReportCallVerdict(site, this.Judge(dispose, thisIsPrivate: created, this.cancellationToken));
                    this.sourceCalls.Add((site, dispose));
                }
            }
        }

        /// <summary>
        /// The ToString that interpolation or concatenation calls on a value (the IFormattable one too, which
        /// interpolation prefers): of the compilation, looked into; of a value typed <c>object</c>, an interface, a
        /// type parameter or a class a derived type may override, unknown, so trusted (LG0004).
        /// </summary>
        private void CheckToString(IOperation value, IOperation site)
        {
            value = LoopShapeReader.Strip(value);
            ITypeSymbol? type = value.Type;
            if (type is null || value.ConstantValue.HasValue || (type.SpecialType != SpecialType.None && type.SpecialType != SpecialType.System_Object)
                || type.TypeKind is TypeKind.Enum or TypeKind.Array)
            {
                return;
            }

            if (CallInspector.IsOpenType(type))
            {
                this.Trust(site, "ToString of '" + Shorten(value.Syntax.ToString()) + "'");
                return;
            }

            // A record's or an anonymous type's compiler-written ToString formats its public members.
            this.ReportCallVerdict(site, this.calls.InspectCompilerWrittenToString(type, this.cancellationToken));
            bool isPrivate = this.IsPrivateObject(value);
            for (ITypeSymbol? t = type; t is not null && t.SpecialType == SpecialType.None; t = t.BaseType)
            {
                foreach (IMethodSymbol toString in t.GetMembers().OfType<IMethodSymbol>()
                    .Where(m => !m.IsStatic && m.DeclaringSyntaxReferences.Length > 0 && m.Name.Substring(m.Name.LastIndexOf('.') + 1) is "ToString" or "TryFormat"))
                {
                    this.ReportCallVerdict(site, this.Judge(toString, isPrivate, this.cancellationToken));
                    this.sourceCalls.Add((site, toString));
                }
            }
        }

        /// <summary>
        /// A member the compiler calls for the user (a pattern's Deconstruct, Length or indexer; an implicit Index or
        /// Range indexer's Count and Slice; a collection expression's builder or Add; a user conversion of a
        /// foreach element; the operator true or false of a && or ||): of the compilation, looked into like a
        /// call; a virtual one a derived type may override, trusted (LG0004).
        /// </summary>
        private void CheckImplicitMember(ISymbol? symbol, IOperation site)
        {
            IMethodSymbol? method = symbol switch
            {
                IMethodSymbol m => m,
                IPropertySymbol p => p.GetMethod,
                _ => null,
            };
            if (method is null || method.DeclaringSyntaxReferences.Length == 0)
            {
                return;
            }

            if (IsVirtualDispatch(method) && !KnownMembers.HasPureAttribute(method))
            {
                this.judged.Add(method.OriginalDefinition);
                this.Trust(site, method.ContainingType.Name + "." + method.Name);
                return;
            }

            this.ReportCallVerdict(site, this.Judge(method, thisIsPrivate: false, this.cancellationToken));
            this.sourceCalls.Add((site, method));
        }

        private void CheckDeconstruct(DeconstructionInfo info, IOperation site)
        {
            if (info.Conversion is { IsUserDefined: true, MethodSymbol: { } conversion })
            {
                // (Meters m, int k) = t: the element's user conversion.
                this.CheckImplicitMember(conversion, site);
            }

            // A virtual Deconstruct may run an override LoopGen does not look into: trusted, like any implicit call.
            this.CheckImplicitMember(info.Method, site);

            foreach (DeconstructionInfo nested in info.Nested)
            {
                this.CheckDeconstruct(nested, site);
            }
        }

        /// <summary>Tells whether a method of the compilation only ever returns a newly created object.</summary>
        private static bool ReturnsNewObject(IMethodSymbol method, CancellationToken cancellationToken)
        {
            SyntaxNode declaration = SyntaxReads.Of(method.DeclaringSyntaxReferences[0], cancellationToken);
            IEnumerable<ExpressionSyntax?> returned = declaration switch
            {
                MethodDeclarationSyntax { ExpressionBody: { } arrow } => new[] { arrow.Expression },
                MethodDeclarationSyntax { Body: { } body } => body.DescendantNodes().OfType<ReturnStatementSyntax>().Select(r => r.Expression),
                _ => new ExpressionSyntax?[] { null },
            };
            return returned.All(e => e is BaseObjectCreationExpressionSyntax);
        }

        // ---------------------------------------------------------------- writes

        private void CheckWrite(IOperation target, IOperation write)
        {
            target = LoopShapeReader.Strip(target);
            switch (target)
            {
                case ILocalReferenceOperation local:
                    this.CheckLocalWrite(local.Local, write);
                    break;
                case IParameterReferenceOperation parameter:
                    if (!this.IsDeclaredInBody(parameter.Parameter))
                    {
                        this.Reject(DiagnosticDescriptors.SharedVariableWrite, write.Syntax, parameter.Parameter.Name, string.Empty);
                    }

                    break;
                case IArrayElementReferenceOperation element:
                    this.RecordArrayAccess(element, isWrite: true);
                    break;
                case IFieldReferenceOperation field when StructElementOf(field) is { } structElement:
                    // A field of a struct array element (data[i, j].Re, r[i].A.V) is part of the element's own storage:
                    // a write of that element, judged like 'data[i, j] = ..'.
                    this.RecordArrayAccess(structElement, isWrite: true);
                    break;
                case IFieldReferenceOperation field:
                    // A field of a struct local of the iteration is part of the local's own storage, whatever the struct holds.
                    bool structLocal = field.Instance is { } instance && LoopShapeReader.Strip(instance) is ILocalReferenceOperation { Local: { Type.IsValueType: true } owner } && this.IsDeclaredInBody(owner);
                    if (field.Field.IsStatic || !(structLocal || this.IsPrivateObject(field.Instance)))
                    {
                        this.Reject(DiagnosticDescriptors.SharedStateWrite, write.Syntax, Shorten(write.Syntax.ToString()), Describe(field));
                    }

                    break;
                case IPropertyReferenceOperation property:
                    if (property.Property.IsStatic || !this.IsPrivateObject(property.Instance))
                    {
                        this.Reject(DiagnosticDescriptors.SharedStateWrite, write.Syntax, Shorten(write.Syntax.ToString()), Describe(property));
                    }
                    else if (property.Property.SetMethod is { DeclaringSyntaxReferences.Length: > 0 } setter)
                    {
                        // The object is private, but a setter of the same compilation may also write shared state.
                        if (IsVirtualDispatch(setter))
                        {
                            this.Trust(property, setter.ContainingType.Name + "." + property.Property.Name);
                        }
                        else
                        {
                            this.ReportCallVerdict(write, this.Judge(setter, thisIsPrivate: true, this.cancellationToken));
                            this.sourceCalls.Add((write, setter));
                        }
                    }
                    else if (property.Property.SetMethod is { } librarySetter)
                    {
                        // A library setter on a private object: a dictionary's indexer hashes the key, a sorted list's orders it.
                        this.ReportCallVerdict(write, this.calls.InspectLibraryCallbacks(librarySetter, property.Instance, property.Arguments, this.GuardListView, this.cancellationToken));
                    }

                    break;
                case IDiscardOperation or IDeclarationExpressionOperation:
                    break;
                case ITupleOperation tuple:
                    foreach (IOperation element in tuple.Elements)
                    {
                        this.CheckWrite(element, write);
                    }

                    break;
                default:
                    this.Reject(DiagnosticDescriptors.UnsupportedConstruct, write.Syntax, Shorten(write.Syntax.ToString()), "a write LoopGen cannot follow");
                    break;
            }
        }

        /// <summary>
        /// Gets the array element whose storage an instance field belongs to: the field's instance, through
        /// fields of struct type, is an element of an array of structs. Null otherwise (a class element is a
        /// reference to a shared object, not storage of the array).
        /// </summary>
        private static IArrayElementReferenceOperation? StructElementOf(IFieldReferenceOperation field)
        {
            IOperation? instance = field.Field.IsStatic || field.Instance is null ? null : LoopShapeReader.Strip(field.Instance);
            while (instance is IFieldReferenceOperation { Field.IsStatic: false, Instance: { } next } inner && inner.Type is { IsValueType: true })
            {
                instance = LoopShapeReader.Strip(next);
            }

            return instance is IArrayElementReferenceOperation { Type.IsValueType: true } element ? element : null;
        }

        private void CheckLocalWrite(ILocalSymbol local, IOperation write)
        {
            if (SymbolEqualityComparer.Default.Equals(local, this.Outer.Variable))
            {
                this.Reject(DiagnosticDescriptors.CounterWritten, write.Syntax, local.Name);
                return;
            }

            if (!this.IsDeclaredInBody(local))
            {
                // A local declared before the nest: a reduction, or a rejection; decided once all references are known.
                return;
            }

            if (this.Inner is { } inner && this.IsInside(write.Syntax, inner.Body))
            {
                if (SymbolEqualityComparer.Default.Equals(local, inner.Variable))
                {
                    this.innerIrregular = true;
                    this.BlockFlatten($"the inner counter '{local.Name}' is written in the inner loop");
                }
                else if (!this.IsInside(Declaration(local), inner.Syntax))
                {
                    this.BlockFlatten($"'{local.Name}' is declared in the outer loop and written in the inner loop");
                }
            }
        }

        // ---------------------------------------------------------------- references

        private void RecordLocal(ILocalReferenceOperation reference)
        {
            ILocalSymbol local = reference.Local;
            this.RememberWrapper(local, local.Type, reference);
            if (local.Type is IArrayTypeSymbol)
            {
                Remember(this.arrayVariableRefs, local, reference);
            }

            if (this.IsDeclaredInBody(local) || SymbolEqualityComparer.Default.Equals(local, this.Outer.Variable))
            {
                return;
            }

            if (CouldHoldArray(local.Type))
            {
                this.RememberView(local);
            }

            if (local.Type.IsRefLikeType)
            {
                this.Reject(DiagnosticDescriptors.UnsupportedConstruct, reference.Syntax, local.Name, "a ref struct declared outside the loop");
            }

            if (local.IsRef)
            {
                // It names storage LoopGen cannot follow (an element the loop writes, another accumulator...), as a
                // ref local declared in the loop does.
                this.Reject(DiagnosticDescriptors.UnsupportedConstruct, reference.Syntax, local.Name, "a ref local declared outside the loop");
            }

            Remember(this.outerLocalRefs, local, reference);
        }

        private void RecordParameter(IParameterReferenceOperation reference)
        {
            IParameterSymbol parameter = reference.Parameter;
            this.RememberWrapper(parameter, parameter.Type, reference);
            if (parameter.Type is IArrayTypeSymbol)
            {
                Remember(this.arrayVariableRefs, parameter, reference);
            }

            bool outside = !this.IsDeclaredInBody(parameter);
            if (outside && parameter.Type.IsRefLikeType)
            {
                this.Reject(DiagnosticDescriptors.UnsupportedConstruct, reference.Syntax, parameter.Name, "a ref struct parameter");
            }

            if (outside && CouldHoldArray(parameter.Type))
            {
                this.RememberView(parameter);
            }

            if (outside && parameter.Type is ITypeParameterSymbol { HasValueTypeConstraint: false } && !this.typeParameterViews.ContainsKey(parameter))
            {
                this.typeParameterViews.Add(parameter, reference);
            }
        }

        /// <summary>
        /// Tells whether a variable of this type may refer to an array without being typed as one: an
        /// interface arrays implement (IReadOnlyList&lt;T&gt;, IList&lt;T&gt;, IEnumerable...), object or Array.
        /// </summary>
        private static bool CouldHoldArray(ITypeSymbol type)
            => type is not IArrayTypeSymbol
            && (type.SpecialType is SpecialType.System_Object or SpecialType.System_Array || type.TypeKind == TypeKind.Interface);

        /// <summary>
        /// Remembers a variable of a base-library type that views an array without copying it (ArraySegment, Memory,
        /// ImmutableArray, ReadOnlyCollection...: <see cref="ArrayReach.IsView"/>).
        /// </summary>
        private void RememberWrapper(ISymbol symbol, ITypeSymbol type, IOperation reference)
        {
            if (ArrayReach.IsView(type) && !this.arrayWrappers.ContainsKey(symbol))
            {
                this.arrayWrappers.Add(symbol, reference);
            }
        }

        private void RememberView(ISymbol symbol)
        {
            if (!this.possibleArrayViews.Contains(symbol, SymbolEqualityComparer.Default))
            {
                this.possibleArrayViews.Add(symbol);
            }
        }

        /// <summary>Gets the variable an operation reads: a local, a parameter, or a static or this-field; null otherwise.</summary>
        private static ISymbol? NameableVariable(IOperation reference) => reference switch
        {
            ILocalReferenceOperation local => local.Local,
            IParameterReferenceOperation parameter => parameter.Parameter,
            IFieldReferenceOperation field when IsNameableField(field) => field.Field,
            _ => null,
        };

        /// <summary>Gets the type of a local, parameter or field.</summary>
        /// <param name="symbol">The variable.</param>
        /// <returns>Its type, or null for another kind of symbol.</returns>
        internal static ITypeSymbol? TypeOfVariable(ISymbol? symbol) => symbol switch
        {
            ILocalSymbol local => local.Type,
            IParameterSymbol parameter => parameter.Type,
            IFieldSymbol field => field.Type,
            _ => null,
        };

        /// <summary>Tells whether a value of type <paramref name="from"/> may be the very object held by a variable of type <paramref name="to"/>.</summary>
        private bool MayBeSameObject(ITypeSymbol? from, ITypeSymbol? to)
        {
            return from is not null && to is not null && ArrayReach.SameObject(this.model.Compilation, from, to);
        }

        // ---------------------------------------------------------------- arrays

        /// <summary>One element access of an array reachable from outside the iteration.</summary>
        private sealed class ArrayAccess
        {
            public ArrayAccess(IOperation operation, ImmutableIndices first, ImmutableIndices? second, int depth, bool isWrite)
            {
                this.Operation = operation;
                this.First = first;
                this.Second = second;
                this.Depth = depth;
                this.IsWrite = isWrite;
            }

            /// <summary>Gets the element access, or the whole row given to a call that writes it (<see cref="TryRecordOwnRowWrite"/>).</summary>
            public IOperation Operation { get; }

            public ImmutableIndices First { get; }

            public ImmutableIndices? Second { get; }

            public int Depth { get; }

            public bool IsWrite { get; set; }
        }

        /// <summary>The index operations of one level of an element access.</summary>
        private sealed class ImmutableIndices
        {
            public ImmutableIndices(IReadOnlyList<IOperation> indices) => this.Indices = indices;

            public IReadOnlyList<IOperation> Indices { get; }
        }

        private void RecordArrayAccess(IArrayElementReferenceOperation element, bool isWrite)
        {
            // Walk down a jagged access a[i][j] to its root variable 'a' and its first-level indices [i].
            var levels = new List<IArrayElementReferenceOperation> { element };
            IOperation reference = LoopShapeReader.Strip(element.ArrayReference);
            while (reference is IArrayElementReferenceOperation inner)
            {
                levels.Add(inner);
                reference = LoopShapeReader.Strip(inner.ArrayReference);
            }

            levels.Reverse();
            ISymbol? root = NameableVariable(reference);

            // 'var row = a[i];' then 'row[j]': an access of a's row i, as if written a[i][j].
            if (root is ILocalSymbol aliasLocal && this.IsDeclaredInBody(aliasLocal) && !this.IsOwned(aliasLocal)
                && this.RowAliasOf(aliasLocal) is { } aliasInitializer)
            {
                levels.Insert(0, aliasInitializer);
                reference = LoopShapeReader.Strip(aliasInitializer.ArrayReference);
                root = NameableVariable(reference);
                if (root is not null && !this.rowAliases.ContainsKey(aliasLocal))
                {
                    this.rowAliases.Add(aliasLocal, root);
                }
            }

            // 'foreach (var row in rows)' over an array of arrays: 'row[j]' is rows[k][j] for this iteration's own k. The
            // loop operation stands for k (CounterFunctionKey reads it as the counter itself).
            if (this.WalkedRowsThrough(root) is { } walkedRows)
            {
                this.AddAccess(walkedRows, new ArrayAccess(
                    element,
                    new ImmutableIndices(new[] { this.Outer.Operation }),
                    new ImmutableIndices(levels[0].Indices.ToList()),
                    levels.Count + 1,
                    isWrite));
                return;
            }

            if (root is ILocalSymbol rootLocal && this.IsDeclaredInBody(rootLocal))
            {
                if (this.IsOwned(rootLocal))
                {
                    // An array created by this iteration: private. Filling it from the inner loop ties the inner iterations to one row.
                    if (isWrite && this.Inner is { } inner && this.IsInside(element.Syntax, inner.Body) && !this.IsInside(Declaration(rootLocal), inner.Syntax))
                    {
                        this.BlockFlatten($"the row array '{rootLocal.Name}' is filled by the inner loop");
                    }

                    return;
                }

                if (isWrite)
                {
                    this.Reject(DiagnosticDescriptors.SharedStateWrite, element.Syntax, Shorten(element.Syntax.ToString()), $"the array '{rootLocal.Name}' refers to, which may be shared");
                }
                else
                {
                    // Which array this local holds is not known: it may be one the nest writes.
                    this.anonymousArrayReads.Add(element);
                }

                return;
            }

            if (root is null)
            {
                if (isWrite)
                {
                    this.Reject(DiagnosticDescriptors.CollidingArrayWrite, element.Syntax, Shorten(element.Syntax.ToString()), Shorten(reference.Syntax.ToString()), ": LoopGen cannot tell which array this is");
                }
                else
                {
                    this.anonymousArrayReads.Add(element);
                }

                return;
            }

            this.AddAccess(root, new ArrayAccess(
                element,
                new ImmutableIndices(levels[0].Indices.ToList()),
                levels.Count > 1 ? new ImmutableIndices(levels[1].Indices.ToList()) : null,
                levels.Count,
                isWrite));
        }

        /// <summary>Adds an element access of a root, or marks the one already recorded for the same element as a write.</summary>
        private void AddAccess(ISymbol root, ArrayAccess access)
        {
            List<ArrayAccess> list = ListOf(this.arrayAccesses, root);

            // The walk meets a written element twice: as a write target and as an element reference.
            ArrayAccess? same = list.FirstOrDefault(a => a.Operation == access.Operation);
            if (same is null)
            {
                list.Add(access);
            }
            else
            {
                same.IsWrite |= access.IsWrite;
            }
        }

        /// <summary>
        /// Records a base-library call that writes a whole array given to it (<c>Array.Sort(rows[i])</c>,
        /// <c>Array.Fill(rows[i], 0)</c>) as a write of every element of that row when the array is the iteration's own
        /// row of an array of arrays declared outside the nest: <c>rows[f(i)]</c>, one index, an injective function
        /// of the outer counter. It is then judged with the other accesses of <c>rows</c>, as <c>rows[i][k] = ..</c>
        /// would be (the same row in every access, rows checked distinct at run time, the nest not flattened).
        /// </summary>
        /// <returns>Whether the write was recorded (otherwise the caller rejects it).</returns>
        private bool TryRecordOwnRowWrite(IOperation value)
        {
            // 'foreach (var row in rows) Array.Sort(row);': the row of the foreach's own position.
            if (value is ILocalReferenceOperation { Local: var walked } && this.WalkedRowsThrough(walked) is { } walkedRows)
            {
                // A row use LoopGen has judged: not a use of the whole array of arrays.
                this.ownRowWrites.Add(value);
                ListOf(this.arrayAccesses, walkedRows).Add(new ArrayAccess(value, new ImmutableIndices(new[] { this.Outer.Operation }), null, 2, isWrite: true));
                return true;
            }

            if (value is not IArrayElementReferenceOperation { Indices.Length: 1 } element
                || !IsCounting(this.Outer)
                || NameableVariable(LoopShapeReader.Strip(element.ArrayReference)) is not { } root
                || root is ILocalSymbol { IsRef: true }
                || this.IsDeclaredInBody(root)
                || TypeOfVariable(root) is not IArrayTypeSymbol { Rank: 1, ElementType: IArrayTypeSymbol }
                || this.CounterFunctionKey(element.Indices[0], this.Outer) is null)
            {
                return false;
            }

            // Its own entry (Depth 2, no index of the row's elements), beside the read of rows[i] the walk records.
            ListOf(this.arrayAccesses, root).Add(new ArrayAccess(element, new ImmutableIndices(element.Indices.ToList()), null, 2, isWrite: true));
            return true;
        }

        /// <summary>
        /// The array of arrays an outer <c>foreach</c> walks, when its elements (the loop variable) are rows whose
        /// elements the nest may write as if indexed by the iteration's own position: a one-dimensional array of arrays
        /// held by a local or parameter of the method, or a field, named directly as the loop's collection; else null.
        /// </summary>
        private ISymbol? WalkedRows()
        {
            if (this.Outer.Operation is not IForEachLoopOperation { Collection: { } collection } || this.Outer.Source != SourceKind.Array
                || NameableVariable(LoopShapeReader.Strip(collection)) is not { } walked
                || walked is ILocalSymbol { IsRef: true } or IParameterSymbol { RefKind: not RefKind.None }
                || this.IsDeclaredInBody(walked)
                || TypeOfVariable(walked) is not IArrayTypeSymbol { Rank: 1, ElementType: IArrayTypeSymbol })
            {
                return null;
            }

            return walked;
        }

        /// <summary>
        /// The array types an array holds that the run-time checks do not compare: for a one-dimensional array of arrays,
        /// the arrays inside its rows (and deeper); for a multi-dimensional array, every array it holds (and deeper).
        /// </summary>
        private static IEnumerable<IArrayTypeSymbol> UncheckedInnerArrays(IArrayTypeSymbol type)
        {
            ITypeSymbol? start = type.Rank > 1 ? type.ElementType : type.ElementType is IArrayTypeSymbol rows ? rows.ElementType : null;
            for (ITypeSymbol? level = start; level is IArrayTypeSymbol array; level = array.ElementType)
            {
                yield return array;
            }
        }

        /// <summary>
        /// The array of arrays whose row <paramref name="variable"/> names when it is the outer foreach's variable over
        /// <see cref="WalkedRows"/> (recorded as a row alias of it, for its uses as a whole); else null.
        /// </summary>
        private ISymbol? WalkedRowsThrough(ISymbol? variable)
        {
            if (variable is not ILocalSymbol walked || !SymbolEqualityComparer.Default.Equals(walked, this.Outer.Variable) || this.WalkedRows() is not { } walkedRows)
            {
                return null;
            }

            if (!this.rowAliases.ContainsKey(walked))
            {
                this.rowAliases.Add(walked, walkedRows);
            }

            return walkedRows;
        }

        /// <summary>Tells whether an access names a row through the outer foreach's variable (<see cref="WalkedRows"/>).</summary>
        private bool IsWalkedRowAccess(ArrayAccess access)
            => access.First.Indices.Count == 1 && access.First.Indices[0] == this.Outer.Operation;

        /// <summary>Tells whether a loop's variable takes a different integer value in every iteration.</summary>
        private static bool IsCounting(LoopShape loop) => loop.Kind == LoopKind.For || loop.Source == SourceKind.Range;

        /// <summary>
        /// Recognizes a local that names one row of an array declared outside the iteration: declared with
        /// <c>a[index]</c> (a one-index element of an array of arrays) and never assigned again.
        /// </summary>
        private IArrayElementReferenceOperation? RowAliasOf(ILocalSymbol local)
        {
            // Asked once per element access; the answer needs a walk of the whole body.
            if (!this.rowAliasCache.TryGetValue(local, out IArrayElementReferenceOperation? alias))
            {
                alias = this.FindRowAlias(local);
                this.rowAliasCache.Add(local, alias);
            }

            return alias;
        }

        private IArrayElementReferenceOperation? FindRowAlias(ILocalSymbol local)
        {
            if (local.Type is not IArrayTypeSymbol)
            {
                return null;
            }

            var values = this.AssignedValues(local).ToList();
            if (values.Count != 1 || LoopShapeReader.Strip(values[0]) is not IArrayElementReferenceOperation { Indices.Length: 1 } element
                || LoopShapeReader.Strip(element.ArrayReference) is IArrayElementReferenceOperation)
            {
                return null;
            }

            ISymbol? root = NameableVariable(LoopShapeReader.Strip(element.ArrayReference));

            return root is not null && !this.IsDeclaredInBody(root) ? element : null;
        }

        private void ValidateArrays()
        {
            var written = this.arrayAccesses.Where(p => p.Value.Any(a => a.IsWrite)).Select(p => p.Key).ToList();
            if (written.Count == 0)
            {
                return;
            }

            // A local function or lambda declared before the nest reads what it captures when the body calls it: a
            // captured array (or list interface) is compared with the written arrays at run time like one the body
            // names; a captured container of arrays cannot be, and is checked below. A written array itself is
            // ValidateCapturedReads' (LG0100).
            var capturedContainers = new List<(IOperation Site, IMethodSymbol Function, ISymbol Captured)>();
            foreach ((IOperation site, IMethodSymbol function) in this.outerLocalFunctionCalls)
            {
                foreach (ISymbol symbol in this.CapturedBy(function))
                {
                    if (written.Contains(symbol, SymbolEqualityComparer.Default) || TypeOfVariable(symbol) is not { } type
                        || !ArrayReach.MayReach(type, null, this.model.Compilation))
                    {
                        continue;
                    }

                    if (Declaration(symbol) is { } declared && declared.SyntaxTree == this.Outer.Syntax.SyntaxTree && declared.SpanStart >= this.Outer.Syntax.Span.End
                        && SymbolEqualityComparer.Default.Equals(symbol.ContainingSymbol, this.method.Method))
                    {
                        // M's local declared after the nest holds nothing while it runs (whatever reads it is called
                        // after it is assigned), and cannot be named where the nest is.
                        continue;
                    }

                    if (!this.model.LookupSymbols(this.Outer.Syntax.SpanStart, name: symbol.Name).Contains(symbol, SymbolEqualityComparer.Default))
                    {
                        // A stored delegate's variable that cannot be named where the nest is (a parameter or local of
                        // a local function or lambda, a local of a block before the nest): it cannot be compared with
                        // the written arrays there.
                        capturedContainers.Add((site, function, symbol));
                        continue;
                    }

                    if (!this.IsComparedByType(type))
                    {
                        capturedContainers.Add((site, function, symbol));
                    }
                    else if (type is IArrayTypeSymbol)
                    {
                        Remember(this.arrayVariableRefs, symbol, site);
                    }
                    else if (CouldHoldArray(type))
                    {
                        this.RememberView(symbol);
                    }
                    else if (type is ITypeParameterSymbol { HasValueTypeConstraint: false } && !this.typeParameterViews.ContainsKey(symbol))
                    {
                        this.typeParameterViews.Add(symbol, site);
                    }
                    else
                    {
                        this.RememberWrapper(symbol, type, site);
                    }
                }
            }

            foreach (ISymbol root in written)
            {
                List<ArrayAccess> accesses = this.arrayAccesses[root];
                ArrayAccess firstWrite = accesses.First(a => a.IsWrite);
                string rootName = root.Name;

                // The array variable must only be indexed: passed as a whole it may be read or written anywhere.
                // So must the locals that name one of its rows.
                var allUses = new List<IOperation>(this.arrayVariableRefs.TryGetValue(root, out List<IOperation>? uses) ? uses : new List<IOperation>());
                foreach (KeyValuePair<ILocalSymbol, ISymbol> alias in this.rowAliases)
                {
                    if (SymbolEqualityComparer.Default.Equals(alias.Value, root) && this.arrayVariableRefs.TryGetValue(alias.Key, out List<IOperation>? aliasUses))
                    {
                        allUses.AddRange(aliasUses);
                    }
                }

                // The collection an outer foreach walks, when every access of it is through the loop's variable: M
                // reads its slots one by one, which nothing in the nest writes (it writes elements of the rows).
                bool walkedOnly = SymbolEqualityComparer.Default.Equals(this.WalkedRows(), root) && accesses.All(this.IsWalkedRowAccess);
                foreach (IOperation use in allUses)
                {
                    if ((walkedOnly && use == LoopShapeReader.Strip(((IForEachLoopOperation)this.Outer.Operation).Collection)) || this.ownRowWrites.Contains(use))
                    {
                        continue;
                    }

                    if (!IsIndexedOrMeasured(use) && !this.IsOwnRowReadByHelper(use))
                    {
                        string whole = WholeUse(use) is IForEachLoopOperation { Syntax: StatementSyntax loop } ? LoopShapeReader.Header(loop) : Shorten(WholeUse(use)?.Syntax.ToString() ?? rootName);
                        this.Reject(DiagnosticDescriptors.CollidingArrayWrite, firstWrite.Operation.Syntax, Shorten(firstWrite.Operation.Syntax.ToString()), rootName, $", and '{whole}' uses the whole array");
                        goto NextRoot;
                    }
                }

                // A for counter, or the variable of a foreach over Enumerable.Range (start + k): distinct per iteration;
                // or the rows an outer foreach walks, named only through its variable.
                if (!IsCounting(this.Outer) && !walkedOnly)
                {
                    // Unless the nest only updates it with one associative operator (ArrayReductions.cs).
                    if (this.TryArrayReduction(root, accesses, out string? typeHint))
                    {
                        continue;
                    }

                    this.Reject(DiagnosticDescriptors.CollidingArrayWrite, firstWrite.Operation.Syntax, Shorten(firstWrite.Operation.Syntax.ToString()), rootName, typeHint is null ? "; index it by the counter of a for loop (or a foreach over Enumerable.Range) so that LoopGen can prove each iteration writes its own elements" : "; " + typeHint);
                    continue;
                }

                // Find the dimension indexed by the parallel counter in every access: the counter itself, or one
                // injective function of it (h - 1 - i, i + 1, i / 2 with a step of 2), the same in every access.
                int dimension = -1;
                for (int d = 0; d < firstWrite.First.Indices.Count; d++)
                {
                    if (this.SameCounterFunction(accesses.Select(a => a.First.Indices.Count > d ? a.First.Indices[d] : null), this.Outer))
                    {
                        dimension = d;
                        break;
                    }
                }

                // A flat array laid out in rows: every access is r[i * S + k] with k a counter running over [0, S),
                // so iteration i only touches the block [i * S, i * S + S).
                var strides = new List<(string Key, ILocalSymbol Offset)>();
                bool strided = dimension < 0
                    && accesses.All(a => a.Depth == 1 && a.First.Indices.Count == 1 && this.TryStrided(a.First.Indices[0], strides))
                    && strides.Select(x => x.Key).Distinct().Count() == 1;

                // A flat array laid out in columns: every access is r[X * S + i] with i the parallel counter running over
                // [c >= 0, S): distinct iterations touch distinct elements whatever X is, as long as X * S + i is
                // computed without wrapping (in long from int operands, or checked).
                var columns = new List<(string Key, IOperation Multiplier)>();
                bool mayWrap = false;
                bool columnar = dimension < 0 && !strided
                    && accesses.All(a => a.Depth == 1 && a.First.Indices.Count == 1 && this.TryColumnar(a.First.Indices[0], columns, ref mayWrap))
                    && columns.Select(x => x.Key).Distinct().Count() == 1;

                // Rows of a jagged array written at the counter's position, t[j][i] (a transpose into rows made before
                // the nest): iteration i writes only element i of any row. The rows are checked distinct at run time
                // below (flattened cells (i, j) and (i, k) would otherwise meet when t[j] is t[k]).
                bool inRows = dimension < 0 && !strided && !columnar && accesses.All(a => a.Depth > 1)
                    && this.SameCounterFunction(accesses.Select(a => a.Second is { Indices.Count: > 0 } second ? second.Indices[0] : null), this.Outer);

                if (dimension < 0 && !strided && !columnar && !inRows)
                {
                    // Not written in place by rows: an array the nest only updates with one associative operator
                    // (a histogram, column sums) is accumulated per chunk and merged in chunk order (ArrayReductions.cs).
                    if (this.TryArrayReduction(root, accesses, out string? reductionHint))
                    {
                        continue;
                    }

                    // Every access names the counter at one position, but not all in the same way ('a[y + 1, x]' and
                    // 'a[y, x]'): the first access that differs from the first write is the culprit.
                    ArrayAccess? differs = null;
                    for (int d = 0; d < firstWrite.First.Indices.Count && differs is null; d++)
                    {
                        var keys = accesses.Select(a => a.First.Indices.Count > d ? this.CounterFunctionKey(a.First.Indices[d], this.Outer) : null).ToList();
                        string? writeKey = this.CounterFunctionKey(firstWrite.First.Indices[d], this.Outer);
                        if (writeKey is not null && keys.All(k => k is not null))
                        {
                            differs = accesses.Where((a, k) => keys[k] != writeKey).FirstOrDefault();
                        }
                    }

                    ArrayAccess culprit = differs ?? accesses.FirstOrDefault(a => !a.First.Indices.Any(i => LoopShapeReader.IsLocal(i, this.Outer.Variable))) ?? firstWrite;
                    string hint = mayWrap
                        ? $"; '{Shorten(culprit.Operation.Syntax.ToString())}' is distinct per iteration only if its index cannot wrap around: compute it in long ('(long)x * stride + {this.Outer.Variable.Name}') or in a checked context"
                        : reductionHint is not null
                        ? "; " + reductionHint
                        : differs is not null && differs.IsWrite
                        ? $"; '{Shorten(firstWrite.Operation.Syntax.ToString())}' and '{Shorten(differs.Operation.Syntax.ToString())}' reach the row of '{this.Outer.Variable.Name}' in different ways, so one iteration may write another's row"
                        : culprit == firstWrite || culprit.IsWrite
                        ? $"; each iteration of '{this.Outer.Variable.Name}' must write only elements indexed by '{this.Outer.Variable.Name}' (swap the loops or accumulate per row)"
                        : $"; '{Shorten(culprit.Operation.Syntax.ToString())}' reads an element another iteration writes";
                    if (culprit.IsWrite)
                    {
                        this.Reject(DiagnosticDescriptors.CollidingArrayWrite, culprit.Operation.Syntax, Shorten(culprit.Operation.Syntax.ToString()), rootName, hint);
                    }
                    else
                    {
                        this.Reject(DiagnosticDescriptors.CarriedValue, culprit.Operation.Syntax, Shorten(culprit.Operation.Syntax.ToString()), $": '{Shorten(firstWrite.Operation.Syntax.ToString())}' is written by another iteration");
                    }

                    continue;
                }

                // Rows of a jagged array written in place must be distinct objects: checked at run time.
                if (accesses.Any(a => a.IsWrite && a.Depth > 1))
                {
                    // The run-time check compares the rows of a one-dimensional array of arrays: not the rows of those
                    // rows (c[i][j][k], where c[0][0] may be c[1][0]), nor the rows of a multi-dimensional array.
                    ArrayAccess deep = accesses.First(a => a.IsWrite && a.Depth > 1);
                    if (accesses.Any(a => a.IsWrite && a.Depth > 2) || TypeOfVariable(root) is not IArrayTypeSymbol { Rank: 1, ElementType: IArrayTypeSymbol })
                    {
                        ArrayAccess culprit = accesses.FirstOrDefault(a => a.IsWrite && a.Depth > 2) ?? deep;
                        this.Reject(DiagnosticDescriptors.CollidingArrayWrite, culprit.Operation.Syntax, Shorten(culprit.Operation.Syntax.ToString()), rootName, "; the arrays it holds may be shared between iterations, and LoopGen checks that only for the rows of a one-dimensional array of arrays");
                        continue;
                    }

                    foreach (ArrayAccess rowWrite in accesses.Where(a => a.IsWrite && a.Depth == 1))
                    {
                        if (rowWrite.Operation.Parent is ISimpleAssignmentOperation assign && !this.IsFreshValue(assign.Value))
                        {
                            this.Reject(DiagnosticDescriptors.CollidingArrayWrite, assign.Syntax, Shorten(assign.Syntax.ToString()), rootName, "; a row stored there may be shared with other rows, so writes into it may collide");
                        }
                    }

                    this.nest.JaggedWritten.Add(root);
                }

                // Flattening also runs the inner iterations in parallel: every access must pin the inner counter too.
                if (this.Inner is { } inner && IsCounting(inner))
                {
                    bool pinned = strided
                        ? strides.All(x => SymbolEqualityComparer.Default.Equals(x.Offset, inner.Variable))
                        : columnar
                        ? columns.All(x => LoopShapeReader.IsLocal(Widened(x.Multiplier), inner.Variable))
                        // The same position in every access (a[i, j, k] and a[i, k, j] both name j, at different
                        // places: iteration (i, j) would read what (i, k) writes): one dimension of the array, or the
                        // first index of its rows.
                        : Enumerable.Range(0, firstWrite.First.Indices.Count).Any(d2 => d2 != dimension
                            && this.SameCounterFunction(accesses.Select(a => a.First.Indices.Count > d2 ? a.First.Indices[d2] : null), inner))
                        || this.SameCounterFunction(accesses.Select(a => a.Second is { Indices.Count: > 0 } second ? second.Indices[0] : null), inner);
                    if (!pinned)
                    {
                        this.BlockFlatten($"'{rootName}' is accessed at elements other than those indexed by '{inner.Variable.Name}'");
                    }
                }
                else
                {
                    // No inner loop LoopGen numbers up front (none, a while loop, a foreach over a collection, a counter
                    // declared before the nest, or a header whose cached bound its body reads): it runs whole in each task.
                    this.BlockFlatten(this.Inner is null
                        ? $"'{rootName}' is written, and the inner loop is not one whose iterations LoopGen numbers up front"
                        : $"'{rootName}' is written, and the inner loop has no counter to index it by");
                }

            NextRoot:;
            }

            // A written one-dimensional array may be a row of a jagged array read beside it (M(a, a[k])): the
            // generated code then checks the rows of that jagged array against the written arrays at run time.
            // The outer foreach's variable is in scope only inside the loop: not compared itself; its collection is
            // (RecordOuterCollection), and checked below when that cannot cover it.
            bool IsOuterVariable(ISymbol other) => SymbolEqualityComparer.Default.Equals(other, this.Outer.Variable);
            foreach (ISymbol other in this.arrayVariableRefs.Keys)
            {
                if (!written.Contains(other, SymbolEqualityComparer.Default) && !this.IsDeclaredInBody(other) && !IsOuterVariable(other)
                    && TypeOfVariable(other) is IArrayTypeSymbol { Rank: 1, ElementType: IArrayTypeSymbol rowType }
                    && written.Any(w => !this.nest.JaggedWritten.Contains(w, SymbolEqualityComparer.Default) && this.MayBeSameObject(TypeOfVariable(w), rowType))
                    && !this.nest.JaggedWritten.Contains(other, SymbolEqualityComparer.Default))
                {
                    this.nest.JaggedWritten.Add(other);
                }
            }

            // Arrays held two levels down in an array read beside a written one (c[0][0] of a long[][][], c[0, 0] of a
            // long[,][]) may be a written array or one of its rows: the run-time checks compare whole arrays and the rows
            // of one-dimensional arrays of arrays only, so such a read is rejected.
            // (A result array the method created just before the nest and has shown no one cannot be among them; the rows
            // of a written array of arrays can.)
            var targets = written.Where(w => !this.IsFreshResultArray(w)).Select(TypeOfVariable)
                .Concat(this.nest.JaggedWritten.Select(TypeOfVariable).OfType<IArrayTypeSymbol>().Select(jagged => jagged.ElementType))
                .ToList();
            foreach (KeyValuePair<ISymbol, List<IOperation>> other in this.arrayVariableRefs)
            {
                if (written.Contains(other.Key, SymbolEqualityComparer.Default) || this.IsDeclaredInBody(other.Key) || IsOuterVariable(other.Key)
                    || TypeOfVariable(other.Key) is not IArrayTypeSymbol otherType)
                {
                    continue;
                }

                if (UncheckedInnerArrays(otherType).FirstOrDefault(inner => targets.Any(target => this.MayBeSameObject(target, inner))) is { } uncovered)
                {
                    IOperation site = other.Value[0];
                    IOperation shown = site.Parent is IArrayElementReferenceOperation ? site.Parent : site;
                    while (shown.Parent is IArrayElementReferenceOperation outerElement && outerElement.ArrayReference == shown)
                    {
                        shown = outerElement;
                    }

                    this.Reject(DiagnosticDescriptors.CarriedValue, shown.Syntax, Shorten(shown.Syntax.ToString()), $": '{other.Key.Name}' holds arrays of type {uncovered.ToDisplayString()} below its rows, which may be arrays the nest writes, and LoopGen compares at run time only whole arrays and the rows of an array of arrays");
                    return;
                }
            }

            // Other arrays read beside a written one may be the same object: the generated code checks at run time.
            foreach (ISymbol other in this.arrayVariableRefs.Keys)
            {
                if (written.Contains(other, SymbolEqualityComparer.Default) || this.IsDeclaredInBody(other) || IsOuterVariable(other))
                {
                    continue;
                }

                foreach (ISymbol root in written)
                {
                    this.nest.AliasPairs.Add((root, other));
                }

                if (this.nest.JaggedWritten.Count > 0)
                {
                    this.nest.JaggedOthers.Add(other);
                }
            }

            for (int a = 0; a < written.Count; a++)
            {
                for (int b = a + 1; b < written.Count; b++)
                {
                    this.nest.AliasPairs.Add((written[a], written[b]));
                }
            }

            foreach (ISymbol root in written.Where(r => !this.nest.JaggedWritten.Contains(r, SymbolEqualityComparer.Default)))
            {
                if (this.nest.JaggedWritten.Count > 0)
                {
                    this.nest.JaggedOthers.Add(root);
                }
            }

            // A result array the method created just before the nest, and has not shown anyone, cannot be held by
            // any other variable: the checks below, which ask whether another variable may be a written array, skip it.
            var shareable = written.Where(w => !this.IsFreshResultArray(w)).ToList();

            // An outer foreach's array variable may be a written array: the run-time checks compare the rows of a
            // one-dimensional array of arrays it walks with the written arrays (above); the elements of another
            // collection (a List of int[], an array of int[,]) cannot be compared.
            if (this.Outer.Operation is IForEachLoopOperation { Collection: var walked } && this.arrayVariableRefs.ContainsKey(this.Outer.Variable)
                && !(NameableVariable(LoopShapeReader.Strip(walked)) is { } collection && this.nest.JaggedWritten.Contains(collection, SymbolEqualityComparer.Default))
                && shareable.FirstOrDefault(w => this.MayBeSameObject(TypeOfVariable(w), this.Outer.Variable.Type)) is { } walkedRoot)
            {
                ArrayAccess write = this.arrayAccesses[walkedRoot].First(a => a.IsWrite);
                this.Reject(DiagnosticDescriptors.CollidingArrayWrite, write.Operation.Syntax, Shorten(write.Operation.Syntax.ToString()), walkedRoot.Name, $": '{LoopShapeReader.Header(this.Outer.Syntax)}' walks arrays LoopGen cannot compare with it");
            }

            // A variable typed as an interface, object or Array may hold a written array (M(r, r) with an
            // IReadOnlyList<int> parameter), or a row of a written jagged array: checked at run time too.
            foreach (ISymbol view in this.possibleArrayViews)
            {
                ITypeSymbol? viewType = TypeOfVariable(view);
                foreach (ISymbol root in shareable)
                {
                    ITypeSymbol? rootType = TypeOfVariable(root);
                    if (this.MayBeSameObject(rootType, viewType))
                    {
                        this.nest.AliasPairs.Add((root, view));
                    }

                    if (this.nest.JaggedWritten.Contains(root, SymbolEqualityComparer.Default)
                        && rootType is IArrayTypeSymbol { ElementType: var rowType } && this.MayBeSameObject(rowType, viewType)
                        && !this.nest.JaggedOthers.Contains(view, SymbolEqualityComparer.Default))
                    {
                        this.nest.JaggedOthers.Add(view);
                    }
                }
            }

            // An ArraySegment, Memory, ImmutableArray or ReadOnlyCollection may wrap a written array: reading through it
            // reads other iterations' elements.
            foreach (KeyValuePair<ISymbol, IOperation> wrapper in this.arrayWrappers)
            {
                ITypeSymbol element = ((INamedTypeSymbol)TypeOfVariable(wrapper.Key)!).TypeArguments[0];
                if (shareable.FirstOrDefault(w => TypeOfVariable(w) is IArrayTypeSymbol array && (this.MayBeSameObject(array.ElementType, element) || this.MayBeSameObject(element, array.ElementType))) is { } root)
                {
                    IOperation use = WholeUse(wrapper.Value) ?? wrapper.Value;
                    this.Reject(DiagnosticDescriptors.CollidingArrayWrite, use.Syntax, Shorten(use.Syntax.ToString()), root.Name, $": '{wrapper.Key.Name}' may wrap that array");
                }
            }

            // An array whose elements may be the written array (IReadOnlyList<int>[] holding it): no run-time check covers its elements.
            foreach (KeyValuePair<ISymbol, List<ArrayAccess>> other in this.arrayAccesses)
            {
                if (written.Contains(other.Key, SymbolEqualityComparer.Default) || TypeOfVariable(other.Key) is not IArrayTypeSymbol { ElementType: var elementType }
                    || elementType is IArrayTypeSymbol)
                {
                    continue;
                }

                if ((CouldHoldArray(elementType) || elementType is ITypeParameterSymbol { HasValueTypeConstraint: false })
                    && shareable.FirstOrDefault(w => this.MayBeSameObject(TypeOfVariable(w), elementType) || elementType.SpecialType == SpecialType.System_Object || elementType is ITypeParameterSymbol) is { } root)
                {
                    IOperation access = other.Value[0].Operation;
                    IOperation use = access.Parent is IPropertyReferenceOperation or IInvocationOperation ? access.Parent : access;
                    this.Reject(DiagnosticDescriptors.CollidingArrayWrite, use.Syntax, Shorten(use.Syntax.ToString()), root.Name, $": an element of '{other.Key.Name}' may be that array");
                }
            }

            // A parameter typed by a type parameter may be the written array itself (M<int[]>(r, r)): LoopGen cannot
            // check a T against an array at run time in every case, so it rejects.
            foreach (KeyValuePair<ISymbol, IOperation> view in this.typeParameterViews)
            {
                if (shareable.Count > 0)
                {
                    IOperation use = WholeUse(view.Value) ?? view.Value;
                    this.Reject(DiagnosticDescriptors.CollidingArrayWrite, use.Syntax, Shorten(use.Syntax.ToString()), string.Join("', '", shareable.Select(w => w.Name)), $": '{view.Key.Name}' is a type parameter and may be that array");
                }
            }

            // A method of the same compilation that reads a field-held array the nest writes sees other
            // iterations' elements: a value carried between iterations. So may one that reads any field that
            // could hold a written array (a static alias set before the nest, a wrapper's array): it cannot be
            // checked at run time, so the nest is rejected; [Pure] on the callee vouches for it.
            // Whether a type may reach a written array (ArrayReach): be it, hold it (int[][], List<int[]>, object), view
            // its elements (Span, ImmutableArray, ReadOnlyCollection) or point at them (IntPtr, GCHandle).
            ISymbol? ReachedRoot(ITypeSymbol? type)
                => shareable.FirstOrDefault(w => TypeOfVariable(w) is IArrayTypeSymbol array && ArrayReach.MayReach(type, array, this.model.Compilation));

            foreach ((IOperation site, IMethodSymbol function, ISymbol captured) in capturedContainers)
            {
                if (ReachedRoot(TypeOfVariable(captured)) is { } root)
                {
                    string what = OuterFunction(site, function);
                    this.Reject(DiagnosticDescriptors.CarriedValue, site.Syntax, captured.Name, $" ({what}, declared outside the loop, reads it, and it may hold the array '{root.Name}' that other iterations write)");
                }
            }

            var writtenFields = new HashSet<IFieldSymbol>(written.OfType<IFieldSymbol>().Select(f => f.OriginalDefinition), SymbolEqualityComparer.Default);
            foreach ((IOperation site, IMethodSymbol callee) in this.sourceCalls)
            {
                bool rejected = false;
                foreach (IFieldSymbol field in this.calls.ReferencedFields(callee, this.cancellationToken))
                {
                    // An auto-property's backing field is named after the property.
                    string fieldName = (field.AssociatedSymbol ?? field).Name;
                    if (writtenFields.Contains(field))
                    {
                        this.Reject(DiagnosticDescriptors.CarriedValue, site.Syntax, fieldName, $" ('{Shorten(site.Syntax.ToString())}' reads it while other iterations write it)");
                        rejected = true;
                        break;
                    }

                    if (ReachedRoot(field.Type) is { } root)
                    {
                        this.Reject(DiagnosticDescriptors.CarriedValue, site.Syntax, fieldName, $" ('{Shorten(site.Syntax.ToString())}' reads it, and it may hold the array '{root.Name}' that other iterations write; mark the callee [Pure] if it never does)");
                        rejected = true;
                        break;
                    }
                }

                // So may the callee read what it is given: a value that holds a written array, views or points at its
                // elements, other than the variables the checks above compare with the written arrays at run time.
                if (!rejected && !KnownMembers.HasPureAttribute(callee))
                {
                    foreach (IOperation input in CallInputs(site))
                    {
                        if (!this.IsComparedAtRunTime(input) && ReachedRoot(LoopShapeReader.Strip(input).Type) is { } root)
                        {
                            this.Reject(DiagnosticDescriptors.CarriedValue, site.Syntax, Shorten(LoopShapeReader.Strip(input).Syntax.ToString()), $" ('{Shorten(site.Syntax.ToString())}' is given it, and it may hold or view the array '{root.Name}' that other iterations write; mark the callee [Pure] if it never reads that array)");
                            break;
                        }
                    }
                }
            }

            foreach (IOperation read in shareable.Count > 0 ? this.anonymousArrayReads : new List<IOperation>())
            {
                this.Reject(DiagnosticDescriptors.CollidingArrayWrite, read.Syntax, Shorten(read.Syntax.ToString()), string.Join("', '", shareable.Select(w => w.Name)), $": LoopGen cannot tell whether '{Shorten(((IArrayElementReferenceOperation)read).ArrayReference.Syntax.ToString())}' is a different array");
            }
        }

        /// <summary>The values a call site hands to the code it runs: the receiver and the arguments, or an operator's operands.</summary>
        private static IEnumerable<IOperation> CallInputs(IOperation site)
        {
            IEnumerable<IOperation?> inputs = site switch
            {
                IInvocationOperation call => new[] { call.Instance }.Concat(call.Arguments.Select(a => a.Value)),
                IPropertyReferenceOperation property => new[] { property.Instance }.Concat(property.Arguments.Select(a => a.Value)),
                IObjectCreationOperation creation => creation.Arguments.Select(a => a.Value),
                IBinaryOperation binary => new[] { binary.LeftOperand, binary.RightOperand },
                IUnaryOperation unary => new[] { unary.Operand },
                IConversionOperation conversion => new[] { conversion.Operand },
                IIncrementOrDecrementOperation increment => new[] { increment.Target },
                ICompoundAssignmentOperation compound => new[] { compound.Target, compound.Value },
                _ => Enumerable.Empty<IOperation?>(),
            };
            return inputs.Where(input => input is not null)!;
        }

        /// <summary>
        /// Tells whether a variable of this type, given whole, reaches a written array only in ways the run-time
        /// comparisons (or the rejections) of <see cref="ValidateArrays"/> cover: an array whose elements cannot hold
        /// arrays, a one-dimensional array of such arrays (its rows are compared), a generic list interface or a view
        /// of values that cannot hold arrays, or a type parameter.
        /// </summary>
        private bool IsComparedByType(ITypeSymbol? type)
        {
            Compilation compilation = this.model.Compilation;
            return type switch
            {
                // The rows of a one-dimensional array of arrays are compared with the written arrays at run time.
                IArrayTypeSymbol { Rank: 1, ElementType: IArrayTypeSymbol row } => !ArrayReach.MayReach(row.ElementType, null, compilation),
                IArrayTypeSymbol array => !ArrayReach.MayReach(array.ElementType, null, compilation),

                // A list interface of values that cannot hold arrays is compared at run time; object, Array or IEnumerable
                // given to a helper may be any container (a List<int[]> holding the array), which no comparison covers.
                INamedTypeSymbol named when CouldHoldArray(named) || ArrayReach.IsView(named) => named.IsGenericType && !named.TypeArguments.Any(t => ArrayReach.MayReach(t, null, compilation)),
                ITypeParameterSymbol => true,
                _ => false,
            };
        }

        /// <summary>
        /// Tells whether a value given to a call reaches a written array only in ways the checks of
        /// <see cref="ValidateArrays"/> cover: by being a named array (compared with the written arrays at run time,
        /// or rejected when it is one of them), a row of a named jagged array (distinct rows, checked at run time), a
        /// variable typed as a generic interface of values that cannot hold arrays (compared at run time: not object,
        /// Array or IEnumerable, which may be any container), a view or a type parameter (rejected), a fresh array of
        /// such values, or what a base-library call or conversion makes of such values
        /// (<c>a.AsSpan()</c>, <c>xs.Select(..)</c>). A value whose type cannot reach an array at all is covered too.
        /// </summary>
        private bool IsComparedAtRunTime(IOperation input)
        {
            IOperation value = LoopShapeReader.Strip(input);
            Compilation compilation = this.model.Compilation;
            if (value.ConstantValue.HasValue || !ArrayReach.MayReach(value.Type, null, compilation))
            {
                return true;
            }

            if (NameableVariable(value) is { } variable)
            {
                ITypeSymbol? type = TypeOfVariable(variable);

                // Views and type parameters are covered by rejections that look at parameters and locals only
                // (arrayWrappers, typeParameterViews): a field holding one is not.
                if (variable is IFieldSymbol && (type is ITypeParameterSymbol || (type is INamedTypeSymbol view && ArrayReach.IsView(view))))
                {
                    return false;
                }

                // A list interface is compared with the written arrays by reference, which is enough only when it holds
                // an array or a List<T> (checked before the nest): another class (ReadOnlyCollection, a LINQ iterator)
                // may wrap the array without being it.
                if (type is INamedTypeSymbol { TypeKind: TypeKind.Interface, IsGenericType: true } && !this.GuardListView(value))
                {
                    return false;
                }

                return this.IsComparedByType(type);
            }

            return value switch
            {
                IArrayElementReferenceOperation element => NameableVariable(LoopShapeReader.Strip(element.ArrayReference)) is { } jagged
                    && TypeOfVariable(jagged) is IArrayTypeSymbol { Rank: 1, ElementType: IArrayTypeSymbol } jaggedType && this.IsComparedByType(jaggedType),
                IArrayCreationOperation creation => creation.Initializer is null || creation.Initializer.ElementValues.All(this.IsComparedAtRunTime),
                IInvocationOperation { TargetMethod.DeclaringSyntaxReferences.Length: 0 } call
                    => (call.Instance is null || this.IsComparedAtRunTime(call.Instance)) && call.Arguments.All(a => this.IsComparedAtRunTime(a.Value)),
                IPropertyReferenceOperation { Property.DeclaringSyntaxReferences.Length: 0 } property
                    => (property.Instance is null || this.IsComparedAtRunTime(property.Instance)) && property.Arguments.All(a => this.IsComparedAtRunTime(a.Value)),
                IConversionOperation { OperatorMethod: null } conversion => this.IsComparedAtRunTime(conversion.Operand),
                _ => false,
            };
        }

        /// <summary>
        /// Recognizes the row of this iteration (a local <c>row = a[i]</c>, with <c>i</c> the parallel counter)
        /// passed whole to a method of the compilation that writes nothing shared, so neither the row (an
        /// enumeration of it through <c>IEnumerable&lt;T&gt;</c> is a read): it reads only elements this iteration
        /// owns. The inner iterations may write the row meanwhile, so the nest is not flattened.
        /// </summary>
        private bool IsOwnRowReadByHelper(IOperation use)
        {
            if (use is not ILocalReferenceOperation { Local: var local } || !this.rowAliases.ContainsKey(local)
                || !IsCounting(this.Outer) || this.RowAliasOf(local) is not { } row || !LoopShapeReader.IsLocal(row.Indices[0], this.Outer.Variable))
            {
                return false;
            }

            IOperation? parent = use.Parent;
            while (parent is IConversionOperation { IsImplicit: true, Conversion.IsUserDefined: false })
            {
                parent = parent.Parent;
            }

            if (parent is not IArgumentOperation { Parameter.RefKind: RefKind.None, Parent: IInvocationOperation { TargetMethod: var callee } call }
                || callee.DeclaringSyntaxReferences.Length == 0 || IsVirtualDispatch(callee) || this.InNestedFunction(call)
                || this.Judge(callee, thisIsPrivate: false, this.cancellationToken).Kind != CallVerdictKind.Safe)
            {
                return false;
            }

            this.BlockFlatten($"the row '{local.Name}' is read whole by '{callee.Name}' while the inner loop writes it");
            return true;
        }

        /// <summary>Gets the operation that uses an array as a whole, for messages: the call, not the bare argument.</summary>
        private static IOperation? WholeUse(IOperation use)
        {
            IOperation? parent = use.Parent;
            while (parent is IConversionOperation { IsImplicit: true } or IArgumentOperation)
            {
                parent = parent.Parent;
            }

            return parent;
        }

        /// <summary>
        /// The value a flat index (or a part of one) names when it is a local of the iteration written only by its
        /// declaration: <c>int idx = i * cols + j; r[idx] = ..</c>, <c>int offset = y * width; .. r[offset + x]</c>. What
        /// the recognizers below accept in the initializer cannot change before the use: the outer counter and the
        /// inner loop's counter are not written in the body, and the stride is invariant. Otherwise the index itself.
        /// </summary>
        private IOperation ThroughIndexLocal(IOperation index)
        {
            if (LoopShapeReader.Strip(index) is ILocalReferenceOperation { Local: { IsRef: false } local }
                && Declaration(local) is VariableDeclaratorSyntax { Initializer.Value: { } initializer } declarator
                && this.IsInside(declarator, this.Outer.Body)
                && this.LocalWritesOf(local) is { Count: 1 } writes
                && writes[0] is IVariableDeclaratorOperation
                && this.model.GetOperation(initializer, this.cancellationToken) is { } value)
            {
                return value;
            }

            return index;
        }

        /// <summary>
        /// Recognizes an index <c>i * S + k</c> (in any operand order) where <c>i</c> is the parallel counter,
        /// <c>S</c> is invariant, and <c>k</c> is the counter of a loop in the nest that runs from a
        /// non-negative constant up to <c>S</c> (exclusive) by a positive step and is not written in its body.
        /// </summary>
        private bool TryStrided(IOperation index, List<(string Key, ILocalSymbol Offset)> found)
        {
            if (LoopShapeReader.Strip(this.ThroughIndexLocal(index)) is not IBinaryOperation { OperatorKind: BinaryOperatorKind.Add, OperatorMethod: null } add)
            {
                return false;
            }

            foreach ((IOperation product, IOperation offset) in new[] { (add.LeftOperand, add.RightOperand), (add.RightOperand, add.LeftOperand) })
            {
                if (LoopShapeReader.Strip(this.ThroughIndexLocal(product)) is not IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply, OperatorMethod: null } multiply
                    || LoopShapeReader.Strip(offset) is not ILocalReferenceOperation { Local: var counter })
                {
                    continue;
                }

                IOperation? stride = LoopShapeReader.IsLocal(multiply.LeftOperand, this.Outer.Variable) ? multiply.RightOperand
                    : LoopShapeReader.IsLocal(multiply.RightOperand, this.Outer.Variable) ? multiply.LeftOperand
                    : null;
                if (stride is null || this.InvariantKey(stride) is not { } key)
                {
                    continue;
                }

                // The offset's loop: for (k = c >= 0; k < S; k += positive), declared in the nest.
                if (Declaration(counter)?.Parent?.Parent is not ForStatementSyntax loop
                    || !this.IsInside(loop, this.Outer.Body)
                    || !LoopShapeReader.TryRead(loop, this.model, out LoopShape? shape, out _)
                    || shape is null
                    || shape.NotEqual
                    || !this.CountsUpFromNonNegative(shape)
                    || this.model.GetOperation(shape.Bound!, this.cancellationToken) is not { } bound
                    || this.InvariantKey(bound) is not { } boundKey
                    || this.IsWrittenInBody(counter, loop))
                {
                    continue;
                }

                // A padded row, k < W with W another value than S: rows stay in their blocks when W <= S, which the
                // generated code checks before it runs the nest in parallel (else the original loop runs). Both are
                // read there, so both must be values that cannot throw: literals, locals and parameters.
                ExpressionSyntax extent = shape.Bound!;
                if (boundKey != key)
                {
                    if (!CannotThrowKey(boundKey) || !CannotThrowKey(key) || stride.Syntax is not ExpressionSyntax strideSyntax
                        || !IsIntOrSmaller(Widened(stride).Type) || !IsIntOrSmaller(Widened(bound).Type)
                        || (this.model.GetConstantValue(shape.Bound!, this.cancellationToken) is { HasValue: true } boundValue
                            && this.model.GetConstantValue(strideSyntax, this.cancellationToken) is { HasValue: true } strideValue
                            && System.Convert.ToInt64(boundValue.Value, System.Globalization.CultureInfo.InvariantCulture) > System.Convert.ToInt64(strideValue.Value, System.Globalization.CultureInfo.InvariantCulture)))
                    {
                        // (Two constants that overlap rows, 'k < 8' with a stride of 4, are reported, not checked in vain.)
                        continue;
                    }

                    AddOnce(this.nest.StrideGuards, shape.Bound!, strideSyntax);

                    extent = strideSyntax;
                }

                // In unchecked int arithmetic i * S + k could wrap onto another row's block: when the outer counter runs
                // up from a constant >= 0 to B, every index lies in [0, B * S), which the generated code checks to fit
                // an int before it runs in parallel (else the original loop runs).
                if (add.Type?.SpecialType == SpecialType.System_Int32 && !(add.IsChecked && multiply.IsChecked))
                {
                    if (!this.CountsUpFromNonNegative(this.Outer))
                    {
                        continue;
                    }

                    this.AddIndexRangeGuard(this.Outer.Bound!, extent);
                }

                found.Add((key, counter));
                return true;
            }

            return false;
        }

        /// <summary>
        /// Recognizes an index <c>X * S + i</c> (in any operand order) where <c>i</c> is the parallel counter of a
        /// <c>for (i = c; i &lt; S; i += k)</c> with a constant <c>c &gt;= 0</c>, and <c>S</c> is invariant: then
        /// <c>0 &lt;= i &lt; S</c>, so <c>X * S + i</c> (as an integer) tells <c>i</c> back, and two iterations
        /// never meet. That holds only when the arithmetic does not wrap: the index must be computed in long from
        /// int operands, or be checked (an overflow then throws, in both M and the twin), or, in unchecked int
        /// arithmetic, X must be the inner counter running up from a constant >= 0 to B, and the twin checks at run
        /// time that B * S fits an int (an index range guard). Sets <paramref name="mayWrap"/> when the form matches
        /// but the arithmetic may wrap.
        /// </summary>
        private bool TryColumnar(IOperation index, List<(string Key, IOperation Multiplier)> found, ref bool mayWrap)
        {
            LoopShape outer = this.Outer;
            if (!this.CountsUpFromNonNegative(outer)
                || this.model.GetOperation(outer.Bound!, this.cancellationToken) is not { } bound
                || this.InvariantKey(bound) is not { } boundKey
                || LoopShapeReader.Strip(this.ThroughIndexLocal(index)) is not IBinaryOperation { OperatorKind: BinaryOperatorKind.Add, OperatorMethod: null } add)
            {
                return false;
            }

            foreach ((IOperation product, IOperation offset) in new[] { (add.LeftOperand, add.RightOperand), (add.RightOperand, add.LeftOperand) })
            {
                if (!LoopShapeReader.IsLocal(Widened(offset), outer.Variable)
                    || LoopShapeReader.Strip(this.ThroughIndexLocal(product)) is not IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply, OperatorMethod: null } multiply)
                {
                    continue;
                }

                foreach ((IOperation multiplier, IOperation stride) in new[] { (multiply.LeftOperand, multiply.RightOperand), (multiply.RightOperand, multiply.LeftOperand) })
                {
                    if (this.InvariantKey(Widened(stride)) != boundKey)
                    {
                        continue;
                    }

                    // In long from int operands, |X * S| < 2^62 and i < S: no wrap. Checked: a wrap throws.
                    bool inLong = add.Type?.SpecialType == SpecialType.System_Int64 && multiply.Type?.SpecialType == SpecialType.System_Int64
                        && IsIntOrSmaller(Widened(multiplier).Type) && IsIntOrSmaller(Widened(stride).Type);
                    if (!inLong && !(add.IsChecked && multiply.IsChecked))
                    {
                        // In unchecked int arithmetic the index may wrap. When X is the inner counter running up from
                        // a constant >= 0 to an invariant bound B, every index lies in [0, B * S) and the generated code
                        // checks B * S <= 2^31 before it runs the nest in parallel (else the original loop runs).
                        if (this.Inner is { } inner
                            && this.CountsUpFromNonNegative(inner)
                            && add.Type?.SpecialType == SpecialType.System_Int32 && multiply.Type?.SpecialType == SpecialType.System_Int32
                            && LoopShapeReader.IsLocal(Widened(multiplier), inner.Variable)
                            && IsIntOrSmaller(Widened(stride).Type)
                            && this.model.GetOperation(inner.Bound!, this.cancellationToken) is { } innerBoundOperation
                            && IsIntOrSmaller(Widened(innerBoundOperation).Type)
                            && this.InvariantKey(innerBoundOperation) is not null)
                        {
                            this.AddIndexRangeGuard(inner.Bound!, outer.Bound!);

                            found.Add((boundKey, multiplier));
                            return true;
                        }

                        mayWrap = true;
                        return false;
                    }

                    found.Add((boundKey, multiplier));
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Tells whether every index is the same injective function of a loop's counter, so that distinct
        /// iterations of that loop reach distinct positions through it: the counter itself, the counter plus or minus
        /// an invariant (<c>i + 1</c>, <c>i - k</c>), an invariant minus the counter (<c>h - 1 - i</c>), or the
        /// counter divided by a positive constant no larger than its step (<c>i / 2</c> with <c>i += 2</c> from 0).
        /// An addition or subtraction is a bijection even when it wraps around, so the indexes stay distinct.
        /// </summary>
        /// <param name="indexes">The index of each access at one position; null where an access has none there.</param>
        /// <param name="loop">The loop whose counter must be named.</param>
        private bool SameCounterFunction(IEnumerable<IOperation?> indexes, LoopShape loop)
        {
            string? first = null;
            foreach (IOperation? index in indexes)
            {
                if (index is null || this.CounterFunctionKey(index, loop) is not { } key || (first is not null && key != first))
                {
                    return false;
                }

                first = key;
            }

            return first is not null;
        }

        /// <summary>A canonical text for an injective function of a loop's counter (see <see cref="SameCounterFunction"/>), or null.</summary>
        private string? CounterFunctionKey(IOperation index, LoopShape loop)
        {
            IOperation operation = Widened(index);
            if ((operation is ILocalReferenceOperation { Local: var local } && SymbolEqualityComparer.Default.Equals(local, loop.Variable))
                || index == loop.Operation)
            {
                // The counter, or the position of a foreach's element (RecordArrayAccess: foreach (var row in rows)).
                return "v";
            }

            if (operation is not IBinaryOperation { OperatorMethod: null } binary
                || binary.Type?.SpecialType is not (SpecialType.System_Int32 or SpecialType.System_Int64 or SpecialType.System_UInt32 or SpecialType.System_UInt64))
            {
                return null;
            }

            switch (binary.OperatorKind)
            {
                case BinaryOperatorKind.Add:
                    return this.CounterFunctionKey(binary.LeftOperand, loop) is { } left && this.OffsetKey(binary.RightOperand) is { } right ? "(" + left + "+" + right + ":" + binary.Type.SpecialType + ")"
                        : this.OffsetKey(binary.LeftOperand) is { } left2 && this.CounterFunctionKey(binary.RightOperand, loop) is { } right2 ? "(" + right2 + "+" + left2 + ":" + binary.Type.SpecialType + ")"
                        : null;
                case BinaryOperatorKind.Subtract:
                    return this.CounterFunctionKey(binary.LeftOperand, loop) is { } minuend && this.OffsetKey(binary.RightOperand) is { } subtrahend ? "(" + minuend + "-" + subtrahend + ":" + binary.Type.SpecialType + ")"
                        : this.OffsetKey(binary.LeftOperand) is { } invariant && this.CounterFunctionKey(binary.RightOperand, loop) is { } counter ? "(" + invariant + "-" + counter + ":" + binary.Type.SpecialType + ")"
                        : null;
                case BinaryOperatorKind.Divide:
                    // i / d for i = c >= 0, c + s, c + 2s, .. with s >= d: consecutive values differ by at least d, so
                    // their quotients differ (the counter itself, not a sum that could be negative).
                    return this.CounterFunctionKey(binary.LeftOperand, loop) == "v"
                        && this.model.GetConstantValue(binary.RightOperand.Syntax, this.cancellationToken) is { HasValue: true, Value: int or long } divisor
                        && System.Convert.ToInt64(divisor.Value, System.Globalization.CultureInfo.InvariantCulture) is > 0 and var d
                        && this.CountsUpFromNonNegative(loop) && loop.Step >= d
                        ? "(v/" + d.ToString(System.Globalization.CultureInfo.InvariantCulture) + ":" + binary.Type.SpecialType + ")"
                        : null;
                default:
                    return null;
            }
        }

        /// <summary>A canonical text for an integer that stays the same throughout the nest: <see cref="InvariantKey"/>, or sums, differences and products of such.</summary>
        private string? OffsetKey(IOperation operation)
        {
            operation = Widened(operation);
            if (this.InvariantKey(operation) is { } key)
            {
                return key;
            }

            return operation is IBinaryOperation { OperatorMethod: null, OperatorKind: BinaryOperatorKind.Add or BinaryOperatorKind.Subtract or BinaryOperatorKind.Multiply } binary
                && binary.Type?.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int64
                && this.OffsetKey(binary.LeftOperand) is { } left && this.OffsetKey(binary.RightOperand) is { } right
                ? "(" + left + " " + binary.OperatorKind + " " + right + ":" + binary.Type.SpecialType + ")"
                : null;
        }

        /// <summary>Tells whether an <see cref="InvariantKey"/> names a literal, a local or a parameter, which can be read anywhere without throwing.</summary>
        private static bool CannotThrowKey(string key)
            => (key.StartsWith("K:", System.StringComparison.Ordinal) || key.StartsWith("L:", System.StringComparison.Ordinal) || key.StartsWith("P:", System.StringComparison.Ordinal))
            && key.IndexOf('.') < 0; // not a measure ('P:0:a.Length'), which reads through a variable that may be null

        /// <summary>Tells whether a loop is a <c>for</c> whose counter runs up (<c>&lt;</c>, positive step) from a constant &gt;= 0.</summary>
        private bool CountsUpFromNonNegative(LoopShape loop)
            => loop is { Kind: LoopKind.For, Comparison: BinaryOperatorKind.LessThan, Step: > 0, Start: { } start, Bound: not null }
                && this.model.GetConstantValue(start, this.cancellationToken) is { HasValue: true, Value: int or long } from
                && System.Convert.ToInt64(from.Value, System.Globalization.CultureInfo.InvariantCulture) >= 0;

        /// <summary>Records, once, that <paramref name="count"/> times <paramref name="stride"/> must fit an int for the parallel path.</summary>
        private void AddIndexRangeGuard(ExpressionSyntax count, ExpressionSyntax stride) => AddOnce(this.nest.IndexRangeGuards, count, stride);

        /// <summary>Adds a run-time check on two expressions of the nest to a list, unless it is there already.</summary>
        private static void AddOnce(List<(ExpressionSyntax, ExpressionSyntax)> guards, ExpressionSyntax first, ExpressionSyntax second)
        {
            if (!guards.Any(g => g.Item1 == first && g.Item2 == second))
            {
                guards.Add((first, second));
            }
        }

        /// <summary>Removes the widening integer conversions (implicit or written) around an operation.</summary>
        private static IOperation Widened(IOperation operation)
        {
            while (operation is IConversionOperation { OperatorMethod: null, Conversion.IsNumeric: true } conversion
                && IsIntOrSmaller(conversion.Operand.Type) && conversion.Type?.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int64)
            {
                operation = conversion.Operand;
            }

            return LoopShapeReader.Strip(operation);
        }

        private static bool IsIntOrSmaller(ITypeSymbol? type)
            => type?.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int16 or SpecialType.System_UInt16 or SpecialType.System_Byte or SpecialType.System_SByte or SpecialType.System_Char;

        /// <summary>
        /// A canonical text for an expression that stays the same throughout the nest: literals, and
        /// locals, parameters, fields and the known Length/Count of variables that the nest does not write.
        /// </summary>
        private string? InvariantKey(IOperation operation)
        {
            operation = LoopShapeReader.Strip(operation);
            switch (operation)
            {
                // Keys name values, not spellings: a literal by its integer value ('4' is 52, not 4), a variable by
                // the symbol itself (two fields S of different classes, two locals S of sibling scopes, differ).
                case ILiteralOperation { ConstantValue: { HasValue: true, Value: sbyte or byte or short or ushort or int or uint or long or ulong or char } constant }:
                    return "K:" + System.Convert.ToDecimal(constant.Value is char c ? (int)c : constant.Value, System.Globalization.CultureInfo.InvariantCulture).ToString(System.Globalization.CultureInfo.InvariantCulture);
                case ILocalReferenceOperation local when !local.Local.IsRef && !this.IsDeclaredInBody(local.Local) && !SymbolEqualityComparer.Default.Equals(local.Local, this.Outer.Variable)
                    && !(this.outerLocalRefs.TryGetValue(local.Local, out List<ILocalReferenceOperation>? refs) && refs.Any(IsWriteTarget)):
                    return "L:" + local.Local.Name + "@" + (local.Local.Locations.FirstOrDefault()?.SourceSpan.Start ?? -1);
                case IParameterReferenceOperation { Parameter.RefKind: RefKind.None } parameter when !this.IsDeclaredInBody(parameter.Parameter):
                    return "P:" + parameter.Parameter.Ordinal + ":" + parameter.Parameter.Name;
                case IFieldReferenceOperation { Field.IsReadOnly: true } field when field.Field.IsStatic || field.Instance is IInstanceReferenceOperation:
                    return "F:" + field.Field.ContainingType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) + "." + field.Field.Name;
                // Only a measure that reads the same every time (an array's or string's Length, a List's Count), not
                // any property that happens to have the name.
                case IPropertyReferenceOperation { Property.Name: "Length" or "Count" } property
                    when property.Instance is { } instance && KnownMembers.IsStableMeasure(property.Property) && this.InvariantKey(instance) is { } baseKey:
                    return baseKey + "." + property.Property.Name;
                default:
                    return null;
            }
        }

        private bool IsWrittenInBody(ILocalSymbol local, ForStatementSyntax loop)
        {
            foreach (IdentifierNameSyntax name in loop.Statement.DescendantNodes().OfType<IdentifierNameSyntax>())
            {
                if (name.Identifier.ValueText == local.Name
                    && this.model.GetOperation(name, this.cancellationToken) is ILocalReferenceOperation reference
                    && SymbolEqualityComparer.Default.Equals(reference.Local, local)
                    && IsWriteTarget(reference))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsIndexedOrMeasured(IOperation use)
        {
            IOperation? parent = use.Parent;
            while (parent is IConversionOperation { IsImplicit: true })
            {
                parent = parent.Parent;
            }

            return parent switch
            {
                IArrayElementReferenceOperation element => LoopShapeReader.Strip(element.ArrayReference) == use || element.ArrayReference == use,
                IPropertyReferenceOperation { Property.Name: "Length" or "LongLength" or "Rank" } => true,
                IInvocationOperation { TargetMethod.Name: "GetLength" or "GetLongLength" or "GetUpperBound" or "GetLowerBound" } invocation => invocation.Instance == use,
                ISimpleAssignmentOperation assignment => assignment.Target == use,
                _ => false,
            };
        }

        // ---------------------------------------------------------------- local functions declared outside the nest

        /// <summary>
        /// A local function declared before the nest sees the method's variables as they are: the parallel path
        /// renames reductions and result lists per chunk, and other iterations write arrays meanwhile. A call
        /// to one that reads a variable the nest writes is a value carried between iterations.
        /// </summary>
        private void ValidateCapturedReads()
        {
            var writtenSymbols = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
            foreach (KeyValuePair<ISymbol, List<ArrayAccess>> pair in this.arrayAccesses)
            {
                if (pair.Value.Any(a => a.IsWrite))
                {
                    writtenSymbols.Add(pair.Key);
                }
            }

            foreach (KeyValuePair<ILocalSymbol, List<ILocalReferenceOperation>> pair in this.outerLocalRefs)
            {
                if (pair.Value.Any(IsWriteTarget))
                {
                    writtenSymbols.Add(pair.Key);
                }
            }

            foreach (ILocalSymbol list in this.appendCalls.Keys)
            {
                writtenSymbols.Add(list);
            }

            foreach ((IOperation site, IMethodSymbol function) in this.outerLocalFunctionCalls)
            {
                ISymbol? carried = this.CapturedBy(function).FirstOrDefault(writtenSymbols.Contains);
                if (carried is not null)
                {
                    string what = OuterFunction(site, function);
                    this.Reject(DiagnosticDescriptors.CarriedValue, site.Syntax, carried.Name, $" ({what}, declared outside the loop, reads it while the loop writes it)");
                }

                if (site is not IInvocationOperation && this.Judge(function, thisIsPrivate: false, this.cancellationToken) is { Kind: CallVerdictKind.Unsafe } verdict)
                {
                    // Handed on rather than called here: whoever is given it may call it from every iteration at
                    // once, so what it writes is judged as for a call. What it trusts is trusted where the nest
                    // calls what it was given (that call gets its own LG0004).
                    this.ReportCallVerdict(site, verdict);
                }
            }
        }

        /// <summary>
        /// A lambda or local function of M made a delegate before the nest and kept anywhere but a local the nest
        /// names (a field of an object a helper is given, a collection, another delegate's closure, an object whose
        /// Dispose calls it) may be called by any code the nest runs, where LoopGen cannot follow the call. Each is
        /// recorded as if the nest called it (<see cref="outerLocalFunctionCalls"/>): what it captures is then
        /// compared with what the nest writes (ValidateArrays, ValidateCapturedReads: LG0100 where it is made a
        /// delegate, or where the local holding it is handed on) and what it writes is judged. Delegates made in the
        /// nest are part of the walk; those made after it cannot run during it, unless they are in a local function
        /// used before the nest ends (MayRunBeforeNestEnds) or a label (a jump back) makes them so.
        /// </summary>
        private void RecordStoredDelegates()
        {
            if (this.method.Syntax.Body is not { } methodBody
                || this.model.GetOperation(methodBody, this.cancellationToken) is not { } root)
            {
                return;
            }

            SyntaxNode nestStatement = this.Outer.Syntax;
            bool jumpsBack = methodBody.DescendantNodes().Any(node => node is LabeledStatementSyntax);
            HashSet<IMethodSymbol> runBefore = this.LocalFunctionsRunBeforeNestEnds(root);
            foreach (IOperation operation in root.Descendants())
            {
                this.cancellationToken.ThrowIfCancellationRequested();
                IMethodSymbol? function = operation switch
                {
                    IAnonymousFunctionOperation anonymous when !this.IsSoleValueOfLocal(anonymous) => anonymous.Symbol,
                    IMethodReferenceOperation { Method: { MethodKind: MethodKind.LocalFunction } local } methodGroup when !this.IsSoleValueOfLocal(methodGroup) => local,
                    // A method of the compilation made a delegate ('xs.Select(Record)' kept in a query): it runs where the
                    // delegate is called, maybe in the nest.
                    IMethodReferenceOperation { Method: { DeclaringSyntaxReferences.Length: > 0 } method, Parent: IDelegateCreationOperation } methodGroup when !this.IsSoleValueOfLocal(methodGroup) => method,
                    ILocalReferenceOperation { Local.Type.TypeKind: TypeKind.Delegate } reference when !IsWriteTarget(reference) => this.FunctionHeldBy(reference.Local),
                    _ => null,
                };
                if (function is not null && !this.IsInside(operation.Syntax, nestStatement)
                    && (jumpsBack || this.MayRunBeforeNestEnds(operation, runBefore))
                    && !IsOnlyCalledHere(operation))
                {
                    // What it captures, and the fields it reads (those of a callee the nest calls: ValidateArrays).
                    this.outerLocalFunctionCalls.Add((operation, function));
                    this.sourceCalls.Add((operation, function));
                }
            }
        }

        /// <summary>Tells whether a lambda is the one value of a delegate-typed local (<see cref="LambdaHeldBy"/>), whose uses are then checked instead.</summary>
        private bool IsSoleValueOfLocal(IOperation function)
        {
            IOperation node = DelegateValue(function);

            ILocalSymbol? local = node.Parent switch
            {
                IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } => declarator.Symbol,
                ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } assignment when assignment.Value == node => target.Local,
                _ => null,
            };
            return local is not null && this.DelegateHeldBy(local) is { } held && held.Syntax == function.Syntax;
        }

        /// <summary>
        /// Tells whether a delegate is only called where it is written: invoked at once, or given to a library method
        /// that runs it during the call only (<c>Array.Sort(keys, (a, b) =&gt; ..)</c>). A method reference is the target
        /// of a direct call to the local function (not a delegate) when its parent is no delegate creation.
        /// </summary>
        private static bool IsOnlyCalledHere(IOperation operation)
        {
            if (operation is IMethodReferenceOperation && operation.Parent is not IDelegateCreationOperation)
            {
                return true;
            }

            IOperation node = DelegateValue(operation);
            return node.Parent is IInvocationOperation { TargetMethod.MethodKind: MethodKind.DelegateInvoke } invocation
                ? invocation.Instance == node
                : IsRunByTheCallItIsGiven(node);
        }

        /// <summary>
        /// Gets the operation that stands for a lambda, method group or delegate as a value: the lambda or reference
        /// itself, or the delegate creation and implicit conversions and parentheses around it.
        /// </summary>
        private static IOperation DelegateValue(IOperation function)
        {
            IOperation node = function;
            while (node.Parent is IDelegateCreationOperation or IConversionOperation { IsImplicit: true } or IParenthesizedOperation)
            {
                node = node.Parent;
            }

            return node;
        }

        /// <summary>
        /// Tells whether a delegate value (<see cref="DelegateValue"/>) is a delegate-typed argument of a call that
        /// runs it before the call's value is used (<c>Array.Sort(keys, (a, b) =&gt; ..)</c>, <c>xs.Where(..).ToList()</c>).
        /// </summary>
        private static bool IsRunByTheCallItIsGiven(IOperation value)
            => value.Parent is IArgumentOperation { Parent: IInvocationOperation call } argument
                && KnownMembers.RunsDelegateArgument(argument) && KnownMembers.RunsDelegatesBeforeItsValueIsUsed(call);

        /// <summary>
        /// Tells whether code may run before the nest has ended: it is written before the nest's end outside any local
        /// function, or it is in a local function that may (a local function runs where it is used, not where it is
        /// written: <see cref="LocalFunctionsRunBeforeNestEnds"/>).
        /// </summary>
        private bool MayRunBeforeNestEnds(IOperation operation, HashSet<IMethodSymbol> runBefore)
            => EnclosingLocalFunction(operation) is { } container
                ? runBefore.Contains(container)
                : operation.Syntax.SpanStart < this.Outer.Syntax.Span.End;

        /// <summary>
        /// The local functions of M that may run before the nest has ended: those called or made a delegate before
        /// the nest's end outside any local function, or anywhere in one of these, to a fixed point.
        /// </summary>
        private HashSet<IMethodSymbol> LocalFunctionsRunBeforeNestEnds(IOperation root)
        {
            var uses = new List<(IMethodSymbol Used, IMethodSymbol? Container, int Position)>();
            foreach (IOperation operation in root.Descendants())
            {
                IMethodSymbol? used = operation switch
                {
                    IInvocationOperation { TargetMethod.MethodKind: MethodKind.LocalFunction } invocation => invocation.TargetMethod,
                    IMethodReferenceOperation { Method.MethodKind: MethodKind.LocalFunction } reference => reference.Method,
                    _ => null,
                };
                if (used is not null)
                {
                    uses.Add((used.OriginalDefinition, EnclosingLocalFunction(operation), operation.Syntax.SpanStart));
                }
            }

            var runBefore = new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default);
            for (bool changed = true; changed;)
            {
                changed = false;
                foreach ((IMethodSymbol used, IMethodSymbol? container, int position) in uses)
                {
                    if (!runBefore.Contains(used)
                        && (container is null ? position < this.Outer.Syntax.Span.End : runBefore.Contains(container)))
                    {
                        runBefore.Add(used);
                        changed = true;
                    }
                }
            }

            return runBefore;
        }

        /// <summary>Gets the innermost local function whose body holds an operation, or null.</summary>
        private static IMethodSymbol? EnclosingLocalFunction(IOperation operation)
        {
            for (IOperation? node = operation.Parent; node is not null; node = node.Parent)
            {
                if (node is ILocalFunctionOperation localFunction)
                {
                    return localFunction.Symbol.OriginalDefinition;
                }
            }

            return null;
        }

        /// <summary>
        /// A <c>for</c> counter is one variable for the whole loop: a delegate that captures it and outlives its
        /// iteration sees the counter's later values in M (after the loop, its final one), but its own
        /// iteration's value in the twin, whose iterations each declare their own. A lambda (or a local
        /// function made a delegate) that captures the counter of a loop that runs in parallel is therefore
        /// rejected for the outer loop, and keeps a row's inner loop whole, unless the delegate cannot outlive
        /// its iteration: it is given to a library method that runs it during the call only (Any, Sum,
        /// Array.Find...), or held by a local of the iteration that is only invoked.
        /// </summary>
        private void CheckCounterCapture(IOperation operation)
        {
            IMethodSymbol? function = operation switch
            {
                IAnonymousFunctionOperation anonymous => anonymous.Symbol,
                IDelegateCreationOperation { Target: IMethodReferenceOperation { Method: { MethodKind: MethodKind.LocalFunction } local } } => local,
                _ => null,
            };
            if (function is null)
            {
                return;
            }

            bool outer = this.Outer.Syntax is ForStatementSyntax;
            bool inner = this.Inner is { Syntax: ForStatementSyntax };
            if (!outer && !inner)
            {
                return;
            }

            HashSet<ISymbol> captured = this.CapturedBy(function);
            bool outerCaptured = outer && captured.Contains(this.Outer.Variable);
            bool innerCaptured = inner && captured.Contains(this.Inner!.Variable);
            if ((!outerCaptured && !innerCaptured) || this.DelegateStaysInIteration(operation))
            {
                return;
            }

            const string Why = "a 'for' counter is one variable for the whole loop, so a delegate kept after its iteration sees later values";
            string who = operation is IAnonymousFunctionOperation ? "a lambda" : $"the local function '{function.Name}', made a delegate,";
            if (outerCaptured)
            {
                this.Reject(
                    DiagnosticDescriptors.CarriedValue,
                    operation.Syntax,
                    this.Outer.Variable.Name,
                    $": {who} captures it, and {Why}; copy it into a local declared in the loop body ('var current = {this.Outer.Variable.Name};') and capture that");
            }
            else
            {
                this.innerCounterCaptured = true;
                this.BlockFlatten($"{who} captures the inner counter '{this.Inner!.Variable.Name}', and {Why}");
            }
        }

        /// <summary>
        /// Tells whether the delegate made of a lambda or local function cannot outlive the iteration: it is an
        /// argument of a library method that runs it during the call only, or the initial value of a local
        /// declared in the iteration that is only ever invoked.
        /// </summary>
        private bool DelegateStaysInIteration(IOperation function)
        {
            IOperation node = DelegateValue(function);
            if (IsRunByTheCallItIsGiven(node))
            {
                return true;
            }

            if (node.Parent is not IVariableInitializerOperation { Parent: IVariableDeclaratorOperation { Symbol: { IsRef: false } local } }
                || !this.IsInside(Declaration(local), this.Outer.Body))
            {
                return false;
            }

            foreach (SyntaxNode candidate in this.Outer.Body.DescendantNodes())
            {
                if (candidate is IdentifierNameSyntax name && name.Identifier.ValueText == local.Name
                    && this.model.GetOperation(name, this.cancellationToken) is ILocalReferenceOperation reference
                    && SymbolEqualityComparer.Default.Equals(reference.Local, local)
                    && reference.Parent is not IInvocationOperation { TargetMethod.MethodKind: MethodKind.DelegateInvoke })
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Names, for a message, a local function or lambda declared outside the loop that the nest calls or passes on.</summary>
        private static string OuterFunction(IOperation site, IMethodSymbol function)
            => function.MethodKind == MethodKind.LocalFunction ? $"the local function '{function.Name}'"
                : site is IInvocationOperation ? "the lambda it calls"
                : site is IAnonymousFunctionOperation ? "this lambda, stored where code the loop runs may call it"
                : $"the lambda '{Shorten(site.Syntax.ToString())}' holds, which whoever is given it may call";

        /// <summary>
        /// A delegate-typed local declared outside the iteration that holds a lambda, used in the nest as a value (given
        /// to a helper, stored) rather than invoked: whoever receives it may call it, so what the lambda reads of the
        /// method's variables is checked as for a call (ValidateCapturedReads). Invocations are CheckCall's.
        /// </summary>
        private void RecordDelegateValue(ILocalReferenceOperation reference)
        {
            if (reference.Local.Type.TypeKind != TypeKind.Delegate || this.IsDeclaredInBody(reference.Local) || IsWriteTarget(reference)
                || (reference.Parent is IInvocationOperation { TargetMethod.MethodKind: MethodKind.DelegateInvoke } invocation && invocation.Instance == reference)
                || IsInvokedConditionally(reference))
            {
                return;
            }

            if (this.LambdaHeldBy(reference.Local) is { } lambda)
            {
                this.outerLocalFunctionCalls.Add((reference, lambda));
                this.sourceCalls.Add((reference, lambda));
            }
            else if (this.DelegateHeldBy(reference.Local) is IMethodReferenceOperation methodGroup)
            {
                // A method group made a delegate before the nest and handed on in it: judged as if made here.
                this.CheckMethodGroup(methodGroup, reference);
            }
            else if (this.DelegateValuesOf(reference.Local)?.Values.FirstOrDefault(IsStoredDelegate) is { } shared)
            {
                // A copy of an event or a delegate field handed on: whoever subscribed runs where it is called, as for 'f(x)'.
                this.Reject(DiagnosticDescriptors.SharedObjectCall, reference.Syntax, Shorten(reference.Syntax.ToString()), Shorten(shared.Syntax.ToString()) + ".Invoke");
            }
        }

        /// <summary>
        /// Gets the lambda a delegate-typed local always holds: the local is assigned exactly once in the
        /// method, with a lambda or anonymous method, and never passed by reference. Null otherwise.
        /// </summary>
        private IMethodSymbol? LambdaHeldBy(ILocalSymbol local)
            => this.DelegateHeldBy(local) is IAnonymousFunctionOperation anonymous ? anonymous.Symbol : null;

        /// <summary>Gets the lambda, or the method of the compilation made a delegate, that a delegate-typed local always holds (see <see cref="DelegateHeldBy"/>).</summary>
        private IMethodSymbol? FunctionHeldBy(ILocalSymbol local) => this.DelegateHeldBy(local) switch
        {
            IAnonymousFunctionOperation anonymous => anonymous.Symbol,
            IMethodReferenceOperation { Method: { DeclaringSyntaxReferences.Length: > 0 } function } => function,
            _ => null,
        };

        /// <summary>
        /// Gets what a delegate-typed local always holds, when it is assigned exactly once in the method and never
        /// passed by reference: the lambda (<see cref="IAnonymousFunctionOperation"/>), the method group
        /// (<see cref="IMethodReferenceOperation"/>, <c>f = Record</c>, <c>add = bag.Add</c>) or the value it copies
        /// (<c>handler = Tick</c>), without implicit conversions. Null otherwise.
        /// </summary>
        private IOperation? DelegateHeldBy(ILocalSymbol local)
            => this.DelegateValuesOf(local) is { Writes: 1, Values: { Count: 1 } values } ? values[0] : null;

        /// <summary>
        /// Gets every write of a local of the method, lambdas and local functions included: its declarator when it has an
        /// initializer, and each assignment, compound or coalescing assignment, increment or by-reference argument that
        /// targets it. Null when the local is not declared by a declarator ('out var', a pattern, a deconstruction, a
        /// foreach), is a ref local, or is aliased by one ('ref var r = ref x'), whose writes are not followed.
        /// </summary>
        private List<IOperation>? LocalWritesOf(ILocalSymbol local)
        {
            if (this.method.Syntax.Body is not { } methodBody || local.IsRef
                || local.DeclaringSyntaxReferences.Length != 1 || SyntaxReads.Of(local.DeclaringSyntaxReferences[0], this.cancellationToken) is not VariableDeclaratorSyntax)
            {
                return null;
            }

            var writes = new List<IOperation>();
            foreach (SyntaxNode node in methodBody.DescendantNodes())
            {
                switch (node)
                {
                    case VariableDeclaratorSyntax { Initializer: not null } declarator when declarator.Identifier.ValueText == local.Name
                        && this.model.GetOperation(declarator, this.cancellationToken) is IVariableDeclaratorOperation declared
                        && SymbolEqualityComparer.Default.Equals(declared.Symbol, local):
                        writes.Add(declared);
                        break;
                    case IdentifierNameSyntax name when name.Identifier.ValueText == local.Name
                        && this.model.GetOperation(name, this.cancellationToken) is ILocalReferenceOperation reference
                        && SymbolEqualityComparer.Default.Equals(reference.Local, local):
                        if (name.Parent is RefExpressionSyntax)
                        {
                            // 'ref var r = ref x': written through the alias, which is not followed.
                            return null;
                        }

                        if (IsWriteTarget(reference))
                        {
                            writes.Add(reference.Parent!);
                        }

                        break;
                }
            }

            return writes;
        }

        /// <summary>
        /// Gets every value a delegate-typed local is given in the method (its initializer, assignments, the delegates
        /// '+=' adds and '??=' may store; '-=' adds none, and a null literal is no delegate), without implicit conversions,
        /// delegate creations and parentheses, and how many times it is written. Null when a write is not understood
        /// (passed by reference, deconstructed), or the local is not delegate-typed.
        /// </summary>
        private (List<IOperation> Values, int Writes)? DelegateValuesOf(ILocalSymbol local)
        {
            if (!this.delegateValues.TryGetValue(local, out (List<IOperation> Values, int Writes)? found))
            {
                found = this.FindDelegateValues(local);
                this.delegateValues.Add(local, found);
            }

            return found;
        }

        private (List<IOperation> Values, int Writes)? FindDelegateValues(ILocalSymbol local)
        {
            // Only a delegate-typed local's uses are followed (RecordStoredDelegates, CollectCaptured): a lambda
            // kept in a Delegate, object or Expression<...> local is checked where it is made.
            if (local.Type.TypeKind != TypeKind.Delegate || this.LocalWritesOf(local) is not { } localWrites)
            {
                return null;
            }

            var values = new List<IOperation?>();
            int writes = localWrites.Count;
            foreach (IOperation write in localWrites)
            {
                switch (write)
                {
                    case IVariableDeclaratorOperation declarator:
                        values.Add(declarator.GetVariableInitializer()?.Value);
                        break;
                    case ISimpleAssignmentOperation assignment:
                        values.Add(assignment.Value);
                        break;
                    case ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Add } combine:
                        values.Add(combine.Value);
                        break;
                    case ICompoundAssignmentOperation { OperatorKind: BinaryOperatorKind.Subtract }:
                        // Removes a delegate: what is left was added before.
                        break;
                    case ICoalesceAssignmentOperation coalesce:
                        values.Add(coalesce.Value);
                        break;
                    default:
                        return null;
                }
            }

            if (writes == 0)
            {
                // Declared elsewhere than by a declarator (a foreach variable, a pattern, 'out var'): not known.
                return null;
            }

            var result = new List<IOperation>();
            foreach (IOperation? value in values)
            {
                IOperation? operation = value;
                while (operation is not null && LoopShapeReader.Strip(operation) is var stripped && (stripped != operation || stripped is IDelegateCreationOperation or IParenthesizedOperation))
                {
                    operation = stripped switch
                    {
                        IDelegateCreationOperation creation => creation.Target,
                        IParenthesizedOperation parenthesized => parenthesized.Operand,
                        _ => stripped,
                    };
                }

                if (operation is null)
                {
                    return null;
                }

                if (operation.ConstantValue is { HasValue: true, Value: null } || operation is IDefaultValueOperation)
                {
                    // A null delegate: no code to run.
                    continue;
                }

                result.Add(operation);
            }

            return (result, writes);
        }

        /// <summary>
        /// Gets the variables of the enclosing method that a local function or lambda (and the outer local functions it
        /// calls) captures, once per function: the nest may call or pass on the same one from several places, and
        /// both ValidateArrays and ValidateCapturedReads ask.
        /// </summary>
        private HashSet<ISymbol> CapturedBy(IMethodSymbol function)
        {
            if (!this.capturedByFunction.TryGetValue(function, out HashSet<ISymbol>? captured))
            {
                captured = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
                this.CollectCaptured(function, captured, new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default));
                this.capturedByFunction.Add(function, captured);
            }

            return captured;
        }

        /// <summary>Collects the variables of the enclosing method that a local function (and the outer local functions it calls) captures.</summary>
        private void CollectCaptured(IMethodSymbol function, HashSet<ISymbol> captured, HashSet<IMethodSymbol> visited)
        {
            if (!visited.Add(function) || function.DeclaringSyntaxReferences.Length == 0)
            {
                return;
            }

            SyntaxNode declaration = SyntaxReads.Of(function.DeclaringSyntaxReferences[0], this.cancellationToken);
            if (declaration.SyntaxTree != this.model.SyntaxTree || this.model.GetOperation(declaration, this.cancellationToken) is not { } operation)
            {
                return;
            }

            foreach (IOperation op in operation.DescendantsAndSelf())
            {
                ISymbol? symbol = op switch
                {
                    ILocalReferenceOperation local => local.Local,
                    IParameterReferenceOperation parameter => parameter.Parameter,
                    _ => null,
                };
                if (symbol is not null && !this.IsInside(Declaration(symbol), declaration))
                {
                    captured.Add(symbol);
                }

                IMethodSymbol? reached = op switch
                {
                    // A local function it calls or hands on, a lambda it calls or hands on through a local.
                    IInvocationOperation { TargetMethod: { MethodKind: MethodKind.LocalFunction } callee } => callee,
                    IMethodReferenceOperation { Method: { MethodKind: MethodKind.LocalFunction } referenced } => referenced,
                    ILocalReferenceOperation { Local: { Type.TypeKind: TypeKind.Delegate } held } => this.FunctionHeldBy(held),
                    _ => null,
                };
                if (reached is not null)
                {
                    this.CollectCaptured(reached, captured, visited);
                }
            }
        }

        // ---------------------------------------------------------------- calls

        private void CheckCall(IInvocationOperation invocation)
        {
            IMethodSymbol target = invocation.TargetMethod;
            if (IsViewOnlySearched(invocation))
            {
                // 'shared.AsSpan().IndexOf(x)': the view goes straight into a search that only reads it; the search
                // itself is judged (the elements' Equals or CompareTo it runs) as its own call.
                return;
            }

            if (target.MethodKind == MethodKind.LocalFunction && target.DeclaringSyntaxReferences.Length > 0
                && this.IsInside(SyntaxReads.Of(target.DeclaringSyntaxReferences[0], this.cancellationToken), this.Outer.Body))
            {
                // Declared in the iteration: its body is part of this walk.
                return;
            }

            if (target.MethodKind == MethodKind.LocalFunction && !target.IsStatic && target.DeclaringSyntaxReferences.Length > 0)
            {
                // Declared outside the iteration: what it reads of the method's variables is checked once all
                // writes are known (ValidateCapturedReads); what it writes, CallInspector judges below.
                this.outerLocalFunctionCalls.Add((invocation, target));
            }

            if (target.MethodKind == MethodKind.DelegateInvoke)
            {
                IOperation? callee = invocation.Instance is { } instance0 ? LoopShapeReader.Strip(instance0) : null;
                if (callee is IConditionalAccessInstanceOperation)
                {
                    // 'Tick?.Invoke(v)': the delegate is what the conditional access tests.
                    callee = ConditionalAccessOf(invocation) is { } access ? LoopShapeReader.Strip(access.Operation) : null;
                }

                if (callee is not null && IsStoredDelegate(callee))
                {
                    // An event or a delegate stored in shared state: whoever subscribed runs in parallel.
                    this.Reject(DiagnosticDescriptors.SharedObjectCall, invocation.Syntax, Shorten(invocation.Syntax.ToString()), Shorten(callee.Syntax.ToString()) + ".Invoke");
                    return;
                }

                if (callee is ILocalReferenceOperation { Local: var local } && this.DelegateValuesOf(local) is { Values: var values })
                {
                    // What the local may hold, each judged as the call it makes (a delegate combined with '+=' runs them all).
                    this.CheckDelegateValues(invocation, callee, values);
                    return;
                }

                this.Trust(invocation, invocation.Instance?.Syntax.ToString() ?? target.Name);
                return;
            }

            if (invocation.Instance is { } instance && !target.IsStatic)
            {
                IOperation receiver = LoopShapeReader.Strip(instance);
                if (this.IsPrivateObject(receiver))
                {
                    // An object this iteration created: its own methods may mutate it freely. Source methods are
                    // still looked into, since they may also write statics or other shared objects: the one that runs,
                    // which a derived class may override unless the object's type is known exactly.
                    if (target.DeclaringSyntaxReferences.Length > 0)
                    {
                        if (RunTimeTarget(target, instance) is not { } runs)
                        {
                            if (!KnownMembers.HasPureAttribute(target))
                            {
                                this.Trust(invocation, target.ContainingType.Name + "." + target.Name);
                            }

                            return;
                        }

                        if (runs.DeclaringSyntaxReferences.Length > 0)
                        {
                            this.ReportCallVerdict(invocation, this.Judge(runs, thisIsPrivate: true, this.cancellationToken));
                            this.sourceCalls.Add((invocation, runs));
                        }
                    }
                    else if (!this.RejectWriteThroughArgument(invocation))
                    {
                        // tmp.CopyTo(r, k), rng.NextBytes(buffer): the object is private, the array it is given may not be.
                        // set.Add(key), tmp.Sort(comparer), sb.Append(obj): it may run code of what it is given.
                        this.ReportCallVerdict(invocation, this.calls.InspectLibraryCallbacks(target, null, invocation.Arguments, this.GuardListView, this.cancellationToken));
                    }

                    return;
                }

                if (receiver is ILocalReferenceOperation list
                    && !this.IsDeclaredInBody(list.Local)
                    && target.Name == "Add"
                    && list.Local.Type is INamedTypeSymbol listType
                    && listType.OriginalDefinition.ToDisplayString() == "System.Collections.Generic.List<T>"
                    && invocation.Parent is IExpressionStatementOperation
                    && !this.InNestedFunction(invocation))
                {
                    Remember(this.appendCalls, list.Local, invocation);
                    return;
                }

                if (KnownMembers.IsPure(target))
                {
                    this.CheckPureLibraryCall(invocation);
                    return;
                }

                if (target.DeclaringSyntaxReferences.Length > 0 && !IsVirtualDispatch(target))
                {
                    this.ReportCallVerdict(invocation, this.Judge(target, thisIsPrivate: false, this.cancellationToken));
                    this.sourceCalls.Add((invocation, target));
                    return;
                }

                if (KnownMembers.IsMutableType(receiver.Type) || KnownMembers.HasSharedSideEffect(target))
                {
                    this.Reject(DiagnosticDescriptors.SharedObjectCall, invocation.Syntax, Shorten(invocation.Syntax.ToString()), target.ContainingType.Name + "." + target.Name);
                    return;
                }

                // Encoding.UTF8.GetBytes(s, 0, n, bytes, 0), and the like.
                if (!this.RejectWriteThroughArgument(invocation))
                {
                    this.Trust(invocation, target.ContainingType.Name + "." + target.Name);
                }

                return;
            }

            if (KnownMembers.IsPure(target))
            {
                this.CheckPureLibraryCall(invocation);
                return;
            }

            // Array.Fill, Array.Sort, Array.Copy's destination, Buffer.BlockCopy's dst...: known writes into their arrays.
            if (KnownMembers.WritesArrayArguments(target))
            {
                foreach (IArgumentOperation argument in invocation.Arguments)
                {
                    IOperation value = LoopShapeReader.Strip(argument.Value);
                    bool isSource = argument.Parameter is { Name: var parameterName } && (parameterName == "src" || parameterName.StartsWith("source", System.StringComparison.Ordinal));
                    if (!isSource && value.Type is IArrayTypeSymbol && !this.IsPrivateObject(value) && !this.TryRecordOwnRowWrite(value))
                    {
                        this.Reject(DiagnosticDescriptors.SharedStateWrite, invocation.Syntax, Shorten(invocation.Syntax.ToString()), $"the array '{Shorten(value.Syntax.ToString())}'");
                        return;
                    }
                }

                // Array.Sort(tmp, comparer) runs the comparer, and the elements' CompareTo.
                this.ReportCallVerdict(invocation, this.calls.InspectLibraryCallbacks(target, null, invocation.Arguments, this.GuardListView, this.cancellationToken));
                return;
            }

            if (KnownMembers.HasSharedSideEffect(target))
            {
                this.Reject(DiagnosticDescriptors.SharedObjectCall, invocation.Syntax, Shorten(invocation.Syntax.ToString()), target.ContainingType.Name + "." + target.Name);
                return;
            }

            // MemoryExtensions.AsSpan(shared) makes a writable view of the array: rejected, not trusted.
            if (target.DeclaringSyntaxReferences.Length == 0 && this.RejectWriteThroughArgument(invocation))
            {
                return;
            }

            // CollectionExtensions.GetValueOrDefault(dictionary, key) calls IReadOnlyDictionary's TryGetValue, which for an
            // object known to be a base-library Dictionary is the library's own: a comparing read, judged as TryGetValue is.
            if (target is { Name: "GetValueOrDefault", ContainingType.Name: "CollectionExtensions", DeclaringSyntaxReferences.Length: 0 }
                && invocation.Arguments.Length > 1
                && this.IsExactLibraryDictionary(invocation.Arguments[0].Value))
            {
                this.ReportCallVerdict(invocation, this.calls.InspectLibraryCallbacks(target, null, invocation.Arguments, this.GuardListView, this.cancellationToken));
                this.CheckCollectionComparer(invocation, target, invocation.Arguments[0].Value);
                return;
            }

            // An extension method on a shared mutable object mutates it as much as an instance method does, when it takes
            // the object as a type that can be changed (CollectionExtensions.AddRange(this List<T>), TryAdd(this IDictionary<,>)).
            // One that takes it as a read-only view (IEnumerable<T>, IReadOnlyDictionary<,>) or as a type parameter is trusted.
            if (target.IsExtensionMethod && invocation.Arguments.Length > 0
                && KnownMembers.IsMutableType(LoopShapeReader.Strip(invocation.Arguments[0].Value).Type)
                && !this.IsPrivateObject(LoopShapeReader.Strip(invocation.Arguments[0].Value))
                && target.DeclaringSyntaxReferences.Length == 0)
            {
                ITypeSymbol? extended = target.Parameters.Length > 0 ? target.Parameters[0].Type : null;
                if (extended is not null && extended is not ITypeParameterSymbol && !KnownMembers.IsReadOnlyView(extended) && KnownMembers.IsMutableType(extended))
                {
                    this.Reject(DiagnosticDescriptors.SharedObjectCall, invocation.Syntax, Shorten(invocation.Syntax.ToString()), target.ContainingType.Name + "." + target.Name);
                }
                else
                {
                    this.Trust(invocation, target.ContainingType.Name + "." + target.Name);
                    this.CheckCollectionComparer(invocation, target, invocation.Arguments[0].Value);
                }

                return;
            }

            if (target.IsStatic && (target.IsVirtual || target.IsAbstract) && !KnownMembers.HasPureAttribute(target))
            {
                // T.Apply(x) on a static virtual or abstract interface member: the type argument's implementation runs.
                this.Trust(invocation, target.ContainingType.Name + "." + target.Name);
                return;
            }

            if (target.DeclaringSyntaxReferences.Length > 0)
            {
                this.ReportCallVerdict(invocation, this.Judge(target, thisIsPrivate: false, this.cancellationToken));
                this.sourceCalls.Add((invocation, target));
                this.CheckEnumeratedArguments(invocation);
                return;
            }

            if (target.Name == "Combine" && target.ContainingType is { Name: "HashCode", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } })
            {
                // HashCode.Combine(a, b) hashes each value with its own GetHashCode: looked into, as a set's Add is.
                this.ReportCallVerdict(invocation, this.calls.InspectHashedTypes(target.TypeArguments, this.cancellationToken));
                return;
            }

            this.Trust(invocation, target.ContainingType.Name + "." + target.Name);
        }

        /// <summary>
        /// Tells whether a value is known to be exactly a base-library <c>Dictionary&lt;TKey, TValue&gt;</c> or
        /// <c>SortedDictionary&lt;TKey, TValue&gt;</c>, not a class derived from it that may implement the read-only
        /// interface its own way: one created here, or a local of the method every write of which is such a creation or
        /// <c>Enumerable.ToDictionary</c>'s result.
        /// </summary>
        private bool IsExactLibraryDictionary(IOperation value)
        {
            static bool IsDictionary(ITypeSymbol? type)
                => type?.OriginalDefinition.ToDisplayString() is "System.Collections.Generic.Dictionary<TKey, TValue>" or "System.Collections.Generic.SortedDictionary<TKey, TValue>";

            static bool Made(IOperation? made)
                => made is not null && LoopShapeReader.Strip(made) switch
                {
                    IObjectCreationOperation creation => IsDictionary(creation.Type),
                    IInvocationOperation { TargetMethod: { Name: "ToDictionary", ContainingType.Name: "Enumerable", DeclaringSyntaxReferences.Length: 0 } } call => IsDictionary(call.Type),
                    _ => false,
                };

            IOperation stripped = LoopShapeReader.Strip(value);
            if (Made(stripped))
            {
                return true;
            }

            return stripped is ILocalReferenceOperation { Local: var local }
                && this.LocalWritesOf(local) is { Count: > 0 } writes
                && writes.All(write => Made(WrittenValue(write)));
        }

        /// <summary>The value a write of <see cref="LocalWritesOf"/> (or a field's initializer) stores, or null for a write that does not store one value (+=, ++, a ref argument).</summary>
        private static IOperation? WrittenValue(IOperation write) => write switch
        {
            IVariableDeclaratorOperation declarator => declarator.GetVariableInitializer()?.Value,
            ISimpleAssignmentOperation assignment => assignment.Value,
            IFieldInitializerOperation initializer => initializer.Value,
            _ => null,
        };

        /// <summary>
        /// The method a call runs: the one named, unless a derived type may override it. Then the override in the
        /// receiver's type when that type is known exactly (a sealed class, a struct, or the object 'new' just
        /// created), else null: whichever implementation runs is not known here.
        /// </summary>
        internal static IMethodSymbol? RunTimeTarget(IMethodSymbol target, IOperation? receiver)
        {
            if (!IsVirtualDispatch(target))
            {
                return target;
            }

            IOperation? stripped = receiver is null ? null : LoopShapeReader.Strip(receiver);
            ITypeSymbol? type = stripped is IObjectCreationOperation created ? created.Type : receiver?.Type;
            if (type is null or ITypeParameterSymbol || !(type.IsSealed || type.IsValueType || stripped is IObjectCreationOperation))
            {
                return null;
            }

            if (target.ContainingType.TypeKind == TypeKind.Interface)
            {
                return type.FindImplementationForInterfaceMember(target) as IMethodSymbol;
            }

            for (ITypeSymbol? t = type; t is not null; t = t.BaseType)
            {
                foreach (IMethodSymbol candidate in t.GetMembers(target.Name).OfType<IMethodSymbol>())
                {
                    for (IMethodSymbol? m = candidate; m is not null; m = m.OverriddenMethod)
                    {
                        if (SymbolEqualityComparer.Default.Equals(m.OriginalDefinition, target.OriginalDefinition))
                        {
                            return candidate;
                        }
                    }
                }
            }

            return null;
        }

        /// <summary>
        /// What 'r with { .. }' may run besides the copy constructor of the operand's type: a record class that is not
        /// sealed may hold a derived record, whose virtual clone runs its own (trusted); otherwise nothing (Safe).
        /// </summary>
        internal static CallVerdict DerivedCloneVerdict(IOperation operand)
            => operand.Type is { TypeKind: TypeKind.Class, IsSealed: false } recordType && LoopShapeReader.Strip(operand) is not IObjectCreationOperation
                ? new CallVerdict(CallVerdictKind.Trusted, recordType.Name + " with { }, which may clone a derived record")
                : CallVerdict.Safe;

        /// <summary>
        /// A method of the compilation that enumerates an argument through <c>IEnumerable&lt;T&gt;</c> runs the
        /// argument's enumerator, which the look into the callee does not see (it only sees the interface): it is
        /// judged here, with the argument's real type. Arrays and base-library collections enumerate without side
        /// effects; a type of the compilation has its GetEnumerator, MoveNext and Current looked into.
        /// </summary>
        private void CheckEnumeratedArguments(IInvocationOperation invocation)
        {
            INamedTypeSymbol? enumerable = this.model.Compilation.GetSpecialType(SpecialType.System_Collections_IEnumerable);
            INamedTypeSymbol? enumerator = this.model.Compilation.GetSpecialType(SpecialType.System_Collections_IEnumerator);
            foreach (IArgumentOperation argument in invocation.Arguments)
            {
                IOperation value = LoopShapeReader.Strip(argument.Value);
                if (argument.Parameter?.Type is not { TypeKind: TypeKind.Interface } || value.Type is not INamedTypeSymbol { DeclaringSyntaxReferences.Length: > 0 } type
                    || !type.AllInterfaces.Contains(enumerable, SymbolEqualityComparer.Default))
                {
                    continue;
                }

                var getEnumerators = type.AllInterfaces
                    .Where(i => i.Name == "IEnumerable")
                    .SelectMany(i => i.GetMembers("GetEnumerator").OfType<IMethodSymbol>())
                    .Select(m => type.FindImplementationForInterfaceMember(m) as IMethodSymbol)
                    .Where(m => m is not null)
                    .Select(m => m!)
                    .ToList();
                foreach (IMethodSymbol getEnumerator in getEnumerators.Where(m => m.DeclaringSyntaxReferences.Length > 0))
                {
                    this.ReportCallVerdict(argument, this.Judge(getEnumerator, this.IsPrivateObject(value), this.cancellationToken));
                    this.sourceCalls.Add((argument, getEnumerator));
                    if (getEnumerator.ReturnType is not INamedTypeSymbol { DeclaringSyntaxReferences.Length: > 0 } enumeratorType)
                    {
                        continue;
                    }

                    bool enumeratorPrivate = enumeratorType.IsValueType || ReturnsNewObject(getEnumerator, this.cancellationToken);
                    foreach (INamedTypeSymbol face in enumeratorType.AllInterfaces.Where(i => i.Name == "IEnumerator" || SymbolEqualityComparer.Default.Equals(i, enumerator)))
                    {
                        foreach (ISymbol member in face.GetMembers())
                        {
                            ISymbol? implementation = enumeratorType.FindImplementationForInterfaceMember(member);
                            IMethodSymbol? method = implementation as IMethodSymbol ?? (implementation as IPropertySymbol)?.GetMethod;
                            if (method is { DeclaringSyntaxReferences.Length: > 0 })
                            {
                                this.ReportCallVerdict(argument, this.Judge(method, enumeratorPrivate, this.cancellationToken));
                                this.sourceCalls.Add((argument, method));
                            }
                        }
                    }
                }
            }
        }

        /// <summary>Gets the user-defined operator or conversion an operation calls, if any.</summary>
        internal static IMethodSymbol? OperatorMethodOf(IOperation operation) => operation switch
        {
            IBinaryOperation binary => binary.OperatorMethod,
            IUnaryOperation unary => unary.OperatorMethod,
            IConversionOperation conversion => conversion.OperatorMethod,
            ICompoundAssignmentOperation compound => compound.OperatorMethod,
            IIncrementOrDecrementOperation increment => increment.OperatorMethod,
            _ => null,
        };

        /// <summary>
        /// A method group turned into a delegate (<c>xs.Select(Tag)</c>) runs wherever the delegate is called, often
        /// inside a known-pure method such as LINQ's: it is judged as a call made here.
        /// </summary>
        private void CheckMethodGroup(IMethodReferenceOperation methodGroup)
            => this.CheckMethodGroup(methodGroup, methodGroup);

        /// <summary>
        /// Judges a method group as a call made at <paramref name="site"/>: where it is made a delegate in the nest, or
        /// where the nest calls a delegate local that holds it (<c>f = Record</c> before the nest, <c>f(x)</c> in it).
        /// </summary>
        private void CheckMethodGroup(IMethodReferenceOperation methodGroup, IOperation site)
        {
            IMethodSymbol target = methodGroup.Method;
            IOperation? receiver = methodGroup.Instance is { } instance ? LoopShapeReader.Strip(instance) : null;
            bool privateReceiver = receiver is null || this.IsPrivateObject(receiver);
            if (target.DeclaringSyntaxReferences.Length > 0 && target.MethodKind == MethodKind.LocalFunction
                && this.IsInside(SyntaxReads.Of(target.DeclaringSyntaxReferences[0], this.cancellationToken), this.Outer.Body))
            {
                // Declared in the iteration: its body is part of this walk.
                return;
            }

            if (target.MethodKind == MethodKind.LocalFunction && !target.IsStatic && target.DeclaringSyntaxReferences.Length > 0)
            {
                // A delegate made of a local function declared outside the iteration: whoever it is given to may call
                // it, and what it reads of the method's variables is checked as for a call (ValidateCapturedReads).
                this.outerLocalFunctionCalls.Add((site, target));
            }

            if (KnownMembers.IsPure(target))
            {
                return;
            }

            if (target.DeclaringSyntaxReferences.Length > 0 && !IsVirtualDispatch(target))
            {
                this.ReportCallVerdict(site, this.Judge(target, thisIsPrivate: receiver is not null && privateReceiver, this.cancellationToken));
                this.sourceCalls.Add((site, target));
                return;
            }

            if (KnownMembers.HasSharedSideEffect(target) || (!privateReceiver && KnownMembers.IsMutableType(receiver!.Type)))
            {
                this.Reject(DiagnosticDescriptors.SharedObjectCall, site.Syntax, Shorten(site.Syntax.ToString()), target.ContainingType.Name + "." + target.Name);
                return;
            }

            this.Trust(site, target.ContainingType.Name + "." + target.Name);
        }

        /// <summary>
        /// Judges a call of a delegate local by what the local may hold: a lambda or a method group made in the iteration
        /// is part of the walk; one made before the nest runs here as a call would (its writes judged like a callee's, its
        /// reads of the method's variables like a local function's, the receiver of a method group like a call's); an
        /// event or a delegate read from a field or property runs whoever subscribed; anything else is trusted (LG0004).
        /// </summary>
        private void CheckDelegateValues(IInvocationOperation invocation, IOperation callee, List<IOperation> values)
        {
            bool trusted = false;
            bool shared = false;
            foreach (IOperation value in values)
            {
                bool madeInIteration = this.IsInside(value.Syntax, this.Outer.Body);
                switch (value)
                {
                    case IAnonymousFunctionOperation { Symbol: var lambda }:
                        if (!madeInIteration)
                        {
                            this.outerLocalFunctionCalls.Add((invocation, lambda));
                            this.ReportCallVerdict(invocation, this.Judge(lambda, thisIsPrivate: false, this.cancellationToken));
                        }

                        break;
                    case IMethodReferenceOperation methodGroup:
                        if (!madeInIteration)
                        {
                            this.CheckMethodGroup(methodGroup, invocation);
                        }

                        break;
                    case var stored when IsStoredDelegate(stored):
                        if (!shared)
                        {
                            shared = true;
                            this.Reject(DiagnosticDescriptors.SharedObjectCall, invocation.Syntax, Shorten(invocation.Syntax.ToString()), Shorten(stored.Syntax.ToString()) + ".Invoke");
                        }

                        break;
                    default:
                        if (!trusted)
                        {
                            trusted = true;
                            this.Trust(invocation, callee.Syntax.ToString());
                        }

                        break;
                }
            }
        }

        /// <summary>
        /// Judges a sequence the nest enumerates (a foreach over it, a spread of it): an object of the iteration or an
        /// iterator call (judged as the call) needs nothing more; a parameter or local of an interface type must hold an array
        /// or a List&lt;T&gt;, checked at run time (GuardListView); anything else is looked into or trusted.
        /// </summary>
        private void CheckEnumerated(IOperation sequence, IOperation site)
        {
            if (!this.IsPrivateObject(sequence) && !this.IsIteratorCall(sequence)
                && !(sequence.Type?.TypeKind == TypeKind.Interface && this.GuardListView(sequence)))
            {
                this.ReportCallVerdict(site, this.calls.InspectSequence(sequence, this.cancellationToken));
            }
        }

        /// <summary>Tells whether an operation calls an iterator of the compilation ('Gen(n)'), whose body, judged as the call's, is what enumerating it runs.</summary>
        private bool IsIteratorCall(IOperation operation)
            => operation is IInvocationOperation { TargetMethod: { DeclaringSyntaxReferences.Length: > 0 } target }
                && target.DeclaringSyntaxReferences.Select(r => SyntaxReads.Of(r, this.cancellationToken)).Any(declaration => declaration is BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax
                    && declaration.DescendantNodes(n => n == declaration || n is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)).OfType<YieldStatementSyntax>().Any());

        /// <summary>Tells whether a delegate is read from shared state (an event, a field or a property), so that whoever subscribed runs where it is called.</summary>
        private static bool IsStoredDelegate(IOperation value)
            => value is IFieldReferenceOperation or IEventReferenceOperation or IPropertyReferenceOperation;

        /// <summary>Tells whether a delegate is called through a conditional access (<c>f?.Invoke(x)</c>): CheckCall judges that call.</summary>
        private static bool IsInvokedConditionally(IOperation reference)
            => reference.Parent is IConditionalAccessOperation access && access.Operation == reference
                && access.WhenNotNull is IInvocationOperation { TargetMethod.MethodKind: MethodKind.DelegateInvoke, Instance: IConditionalAccessInstanceOperation };

        /// <summary>Gets the conditional access whose tested value an operation in its <c>WhenNotNull</c> part refers to (<c>a?.M()</c>).</summary>
        private static IConditionalAccessOperation? ConditionalAccessOf(IOperation operation)
        {
            IOperation child = operation;
            for (IOperation? parent = operation.Parent; parent is not null; child = parent, parent = parent.Parent)
            {
                if (parent is IConditionalAccessOperation access && access.WhenNotNull == child)
                {
                    return access;
                }
            }

            return null;
        }

        private void CheckGetter(IPropertyReferenceOperation property)
        {
            IMethodSymbol? getter = property.Property.GetMethod;
            if (getter is null)
            {
                return;
            }

            if (getter.DeclaringSyntaxReferences.Length == 0)
            {
                // Base-library getters are taken as free of side effects, as .NET's design guidelines require of properties,
                // but an interface's getter runs whichever class implements it, and a dictionary's indexer hashes the key.
                if (KnownMembers.IsTrustedOnly(getter))
                {
                    // An exception's StackTrace, Lazy<T>.Value: whoever owns the object.
                    this.Trust(property, getter.ContainingType.Name + "." + property.Property.Name);
                }
                else if (!(property.Instance is { } instance && this.IsPrivateObject(instance)))
                {
                    this.ReportCallVerdict(property, this.calls.InspectLibraryCallbacks(getter, property.Instance, property.Arguments, this.GuardListView, this.cancellationToken));
                    this.CheckCollectionComparer(property, getter, property.Instance);
                }

                return;
            }

            if (IsVirtualDispatch(getter))
            {
                // An interface or virtual getter of the same compilation: whichever implementation runs is not known here.
                if (!KnownMembers.HasPureAttribute(getter))
                {
                    this.Trust(property, getter.ContainingType.Name + "." + property.Property.Name);
                }

                return;
            }

            this.ReportCallVerdict(property, this.Judge(getter, thisIsPrivate: this.IsPrivateObject(property.Instance), this.cancellationToken));
            this.sourceCalls.Add((property, getter));
        }

        /// <summary>
        /// A base-library call LoopGen takes as free of side effects may still write into a destination it is
        /// given (<c>BitConverter.TryWriteBytes(shared, v)</c>, <c>s.CopyTo(0, shared, 0, n)</c>), or run code of
        /// the compilation or unknown code (an Equals override, an interface's implementation, an enumerator).
        /// </summary>
        private void CheckPureLibraryCall(IInvocationOperation invocation)
        {
            if (invocation.TargetMethod.DeclaringSyntaxReferences.Length > 0)
            {
                return;
            }

            if (invocation.Arguments.FirstOrDefault(a => KnownMembers.PureMayWriteThrough(a) && !this.IsPrivateObject(a.Value)) is { } destination)
            {
                this.Reject(DiagnosticDescriptors.SharedStateWrite, invocation.Syntax, Shorten(invocation.Syntax.ToString()), $"the array '{Shorten(LoopShapeReader.Strip(destination.Value).Syntax.ToString())}'");
                return;
            }

            IOperation? receiver = invocation.Instance is { } instance && this.IsPrivateObject(instance) ? null : invocation.Instance;
            this.ReportCallVerdict(invocation, this.calls.InspectLibraryCallbacks(invocation.TargetMethod, receiver, invocation.Arguments, this.GuardListView, this.cancellationToken));
            this.CheckCollectionComparer(invocation, invocation.TargetMethod, receiver);
        }

        /// <summary>
        /// The comparer a collection was made with runs in its comparing members (a dictionary's indexer and TryGetValue, a
        /// set's Contains): for a collection that a local of the method holds, the comparers it was created with
        /// (<c>new Dictionary&lt;K, V&gt;(comparer)</c>) are looked into as if given to the call.
        /// </summary>
        private void CheckCollectionComparer(IOperation site, IMethodSymbol member, IOperation? instance)
        {
            if (instance is null || member.DeclaringSyntaxReferences.Length > 0 || !KnownMembers.ComparesElements(member.AssociatedSymbol ?? member)
                || LoopShapeReader.Strip(instance) is not { Type: INamedTypeSymbol collectionType } receiver
                || !collectionType.Constructors.Any(c => c.Parameters.Any(p => KnownMembers.IsCallbackInterface(p.Type))))
            {
                // Not a collection that can be given a comparer.
                return;
            }

            // A local of the method is traced to what it is made with, everywhere in the method: only creations of a
            // library collection tell the comparer; a helper's result, a copy of another variable or a write by reference do not.
            var creations = new List<IObjectCreationOperation>();
            List<IOperation>? writes = receiver switch
            {
                ILocalReferenceOperation { Local: var held } => this.LocalWritesOf(held),

                // A static readonly field holds what its initializer made: 'static readonly HashSet<string> StopWords = new(StringComparer.OrdinalIgnoreCase)'.
                IFieldReferenceOperation { Field: { IsStatic: true, IsReadOnly: true } field } when this.calls.StaticReadonlyValue(field, this.cancellationToken) is { } initial
                    => new List<IOperation> { initial },
                _ => null,
            };
            bool traced = writes is { Count: > 0 };
            foreach (IOperation write in writes ?? new List<IOperation>())
            {
                IOperation? value = WrittenValue(write);
                if (value is not null && LoopShapeReader.Strip(value) is IObjectCreationOperation { Constructor.DeclaringSyntaxReferences.Length: 0 } creation)
                {
                    creations.Add(creation);
                }
                else
                {
                    traced = false;
                }
            }

            if (!traced)
            {
                // A parameter, a field, a call's result: whichever comparer it was made with runs here. Trusted when the
                // compilation or a library it references declares a comparer this collection could be given (LoopGen
                // cannot tell which one the collection holds).
                if (CallInspector.MayHoldUnreadComparer(this.model.Compilation, collectionType))
                {
                    this.Trust(site, "the comparer of '" + Shorten(receiver.Syntax.ToString()) + "'");
                }

                return;
            }

            foreach (IObjectCreationOperation creation in creations)
            {
                if (creation.Constructor is { } constructor && constructor.Parameters.Any(p => KnownMembers.IsCallbackInterface(p.Type)))
                {
                    // Only the comparer runs at each lookup; what the constructor copied (its items) was read when it ran.
                    this.ReportCallVerdict(site, this.calls.InspectLibraryCallbacks(constructor, null, creation.Arguments.Where(a => a.Parameter is { } p && KnownMembers.IsCallbackInterface(p.Type)), this.GuardListView, this.cancellationToken));
                }
            }
        }

        /// <summary>
        /// Tells whether a value read through a list interface can be checked, before the nest runs, to hold an
        /// array or a <c>List&lt;T&gt;</c> (a parameter of the method, or a local declared before the nest, of type
        /// <c>IList&lt;T&gt;</c>, <c>IReadOnlyList&lt;T&gt;</c>, <c>ICollection&lt;T&gt;</c>,
        /// <c>IReadOnlyCollection&lt;T&gt;</c> or <c>IEnumerable&lt;T&gt;</c>), and records the check.
        /// </summary>
        private bool GuardListView(IOperation value)
        {
            ISymbol? variable = LoopShapeReader.Strip(value) switch
            {
                IParameterReferenceOperation { Parameter: { RefKind: RefKind.None } parameter } when SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol, this.method.Method) => parameter,
                ILocalReferenceOperation { Local: { IsRef: false } local } when !this.IsInside(Declaration(local), this.Outer.Syntax) => local,
                _ => null,
            };
            if (variable is null || NestWalker.TypeOfVariable(variable) is not INamedTypeSymbol { TypeKind: TypeKind.Interface, TypeArguments.Length: 1 } type
                || type.OriginalDefinition.ToDisplayString() is not ("System.Collections.Generic.IList<T>" or "System.Collections.Generic.IReadOnlyList<T>"
                    or "System.Collections.Generic.ICollection<T>" or "System.Collections.Generic.IReadOnlyCollection<T>" or "System.Collections.Generic.IEnumerable<T>"))
            {
                return false;
            }

            if (!this.nest.ListViews.Any(v => SymbolEqualityComparer.Default.Equals(v.Variable, variable)))
            {
                this.nest.ListViews.Add((variable, type.TypeArguments[0]));
            }

            return true;
        }

        private void ReportCallVerdict(IOperation site, CallVerdict verdict)
        {
            switch (verdict.Kind)
            {
                case CallVerdictKind.Unsafe when verdict.ThreadBound:
                    this.Reject(DiagnosticDescriptors.UnsupportedConstruct, site.Syntax, Shorten(site.Syntax.ToString()), verdict.What);
                    break;
                case CallVerdictKind.Unsafe:
                    this.Reject(DiagnosticDescriptors.SharedStateWrite, site.Syntax, Shorten(site.Syntax.ToString()), verdict.What);
                    break;
                case CallVerdictKind.Trusted:
                    this.Trust(site, verdict.What);
                    break;
            }
        }

        /// <summary>Looks into a method of the compilation (CallInspector.Inspect), and remembers it was.</summary>
        private CallVerdict Judge(IMethodSymbol method, bool thisIsPrivate, CancellationToken cancellationToken)
        {
            this.judged.Add(method.OriginalDefinition);
            return this.calls.Inspect(method, thisIsPrivate, cancellationToken);
        }

        /// <summary>Looks into a constructor with its chain (CallInspector.InspectConstructor), and remembers it was.</summary>
        private CallVerdict JudgeConstructor(IMethodSymbol constructor, CancellationToken cancellationToken)
        {
            this.judged.Add(constructor.OriginalDefinition);
            return this.calls.InspectConstructor(constructor, cancellationToken);
        }

        /// <summary>
        /// The structural backstop: every method of the compilation that an operation of the body names (an
        /// operator, a conversion, an accessor, a constructor, a pattern's or a collection's member; read by
        /// reflection, <see cref="OperationMembers"/>) must have been looked into or trusted by the walk. One the
        /// walk did not handle (a compound assignment's user conversions, a spread element's) is looked into
        /// here like any implicit call, or trusted (LG0004) when virtual: never accepted unseen.
        /// </summary>
        private void CheckEveryMemberJudged()
        {
            if (this.method.Rejections.Count > 0)
            {
                // Rejected already (a setter of a shared object's property is not looked into, but reported).
                return;
            }

            foreach ((IOperation _, IMethodSymbol called) in this.sourceCalls)
            {
                this.judged.Add(called.OriginalDefinition);
            }

            foreach (IOperation operation in this.body.DescendantsAndSelf())
            {
                if (operation is IInvocationOperation || InNameOf(operation))
                {
                    continue;
                }

                foreach (IMethodSymbol member in OperationMembers.Of(operation))
                {
                    if (member.DeclaringSyntaxReferences.Length == 0 || this.judged.Contains(member.OriginalDefinition)
                        || this.IsInside(SyntaxReads.Of(member.DeclaringSyntaxReferences[0], this.cancellationToken), this.Outer.Body))
                    {
                        continue;
                    }

                    // Looked into like any member the compiler calls for the user (trusted when virtual).
                    this.CheckImplicitMember(member, operation);
                }
            }
        }

        private void Trust(IOperation site, string what)
        {
            if (!this.method.TrustedCalls.Any(f => f.Location.SourceSpan == site.Syntax.Span))
            {
                this.method.TrustedCalls.Add(new Finding(DiagnosticDescriptors.TrustedCall, site.Syntax.GetLocation(), what));
            }
        }

        internal static bool IsVirtualDispatch(IMethodSymbol method)
            => method.ContainingType?.TypeKind == TypeKind.Interface
            || ((method.IsVirtual || method.IsAbstract || method.IsOverride) && !method.IsSealed && method.ContainingType?.IsSealed != true);

        // ---------------------------------------------------------------- control flow

        private void CheckBranch(IBranchOperation branch)
        {
            if (branch.BranchKind == BranchKind.GoTo)
            {
                this.Reject(DiagnosticDescriptors.UnsupportedConstruct, branch.Syntax, branch.Syntax.ToString(), "goto");
                return;
            }

            if (branch.BranchKind is not (BranchKind.Break or BranchKind.Continue))
            {
                return;
            }

            SyntaxNode? target = this.BranchTarget(branch.Syntax, branch.BranchKind == BranchKind.Break);
            if (target is null)
            {
                return;
            }

            if (target == this.Outer.Syntax)
            {
                if (branch.BranchKind == BranchKind.Break)
                {
                    this.Reject(DiagnosticDescriptors.ControlFlowLeavesLoop, branch.Syntax, branch.Syntax.ToString());
                }
            }
            else if (this.Inner is { } inner && target == inner.Syntax)
            {
                if (branch.BranchKind == BranchKind.Break)
                {
                    this.innerIrregular = true;
                    this.BlockFlatten("'break' ends the inner loop early, so its iterations depend on each other");
                }
                else
                {
                    this.innerHasContinue = true;
                }
            }
        }

        private SyntaxNode? BranchTarget(SyntaxNode branch, bool isBreak)
        {
            for (SyntaxNode? node = branch.Parent; node is not null; node = node.Parent)
            {
                switch (node)
                {
                    case AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax:
                        return null;
                    case ForStatementSyntax or CommonForEachStatementSyntax or WhileStatementSyntax or DoStatementSyntax:
                        return node;
                    case SwitchStatementSyntax when isBreak:
                        return null;
                }

                if (node == this.Outer.Syntax)
                {
                    return node;
                }
            }

            return null;
        }

        // ---------------------------------------------------------------- outer locals: reductions and results

        private void ValidateOuterLocals()
        {
            foreach (KeyValuePair<ILocalSymbol, List<ILocalReferenceOperation>> pair in this.outerLocalRefs)
            {
                ILocalSymbol local = pair.Key;
                if (this.nest.Appends.Any(a => SymbolEqualityComparer.Default.Equals(a.Local, local)))
                {
                    continue;
                }

                List<ILocalReferenceOperation> references = pair.Value;
                if (!references.Any(IsWriteTarget))
                {
                    continue;
                }

                ReductionFamily? family = null;
                ILocalReferenceOperation? culprit = null;
                foreach (ILocalReferenceOperation reference in references)
                {
                    if (this.TryMatchReduction(reference, local, out ReductionFamily f) && (family is null || Compatible(family.Value, f)))
                    {
                        family ??= f;
                        continue;
                    }

                    culprit = reference;
                    break;
                }

                string? reachable = null;
                if (culprit is null && family is { } found && IsReducibleType(local.Type, found))
                {
                    reachable = this.ReachableOutsideTheNest(local);
                    if (reachable is null)
                    {
                        this.nest.Reductions.Add(new ReductionInfo(local, found));
                        continue;
                    }
                }

                culprit ??= references.First(IsWriteTarget);
                if (!IsWriteTarget(culprit) && references.Any(IsWriteTarget))
                {
                    this.Reject(DiagnosticDescriptors.CarriedValue, culprit.Syntax, local.Name, ": it is written by one iteration and read by the next");
                }
                else
                {
                    IOperation write = culprit.Parent ?? culprit;
                    string hint = reachable is not null ? $" ({reachable})"
                        : family is { } && !IsReducibleType(local.Type, family.Value)
                        ? $" ({ReducibleTypeHint(local.Type, family.Value)})"
                        : this.InNestedFunction(culprit) ? " (it is written inside a lambda or local function)"
                        // Not a reduction (whose updates read it, so it is never a temporary): the contract rejects the write
                        // all the same, but when it is only a temporary of each iteration, the fix is to declare it there.
                        : this.IsIterationTemporary(local, references) ? "; every iteration assigns it before reading it and nothing after the nest reads it: declare it inside the loop body, where each iteration has its own"
                        : string.Empty;
                    this.Reject(DiagnosticDescriptors.SharedVariableWrite, write.Syntax, local.Name, hint);
                }
            }
        }

        /// <summary>
        /// Tells whether a local of the method, declared before the nest and written in it, is only a temporary of
        /// each iteration (C-style, 'double sum;' at the top of the method, then 'sum = 0; .. sum += ..; c[i, j] = sum;'
        /// in the cell): every read in an iteration sees a value the same iteration assigned (it does not flow into
        /// the cell, or the outer body, from outside it; Roslyn's data flow analysis) and nothing after the nest reads
        /// the value the nest leaves. Such a write is still rejected (the contract accepts only results and reductions
        /// among writes to variables declared outside the nest); LG0101 then says to declare the variable in the loop.
        /// Only values that cannot hold or reach an array, never captured by a lambda or local function or taken by ref,
        /// and not named in the loops' headers.
        /// </summary>
        private bool IsIterationTemporary(ILocalSymbol local, List<ILocalReferenceOperation> references)
        {
            ITypeSymbol type = local.Type;
            if (local.IsConst || local.IsRef || type.IsRefLikeType
                || !(type.IsValueType || type.SpecialType == SpecialType.System_String)
                || ArrayReach.MayReach(type, null, this.model.Compilation)
                || !SymbolEqualityComparer.Default.Equals(local.ContainingSymbol, this.method.Method)
                || Declaration(local) is not { } declared || declared.SyntaxTree != this.Outer.Syntax.SyntaxTree || declared.SpanStart >= this.Outer.Syntax.SpanStart
                || references.Any(this.InNestedFunction)
                || this.ReachableOutsideTheNest(local) is not null
                || this.Outer.BoundExpressions.Concat(this.Inner?.BoundExpressions ?? Enumerable.Empty<ExpressionSyntax>())
                    .Any(bound => references.Any(r => this.IsInside(r.Syntax, bound))))
            {
                return false;
            }

            // Nothing after the nest reads what the nest leaves in it.
            if (this.DataFlowOf(this.Outer.Syntax) is not { Succeeded: true } nestFlow || nestFlow.DataFlowsOut.Contains(local, SymbolEqualityComparer.Default))
            {
                return false;
            }

            // Assigned before every read of an iteration: of each cell when every use is in the inner loop's body, else of
            // each outer iteration.
            bool inCells = this.Inner is { } inner && references.All(r => this.IsInside(r.Syntax, inner.Body));
            StatementSyntax region = inCells ? this.Inner!.Body : this.Outer.Body;
            return this.DataFlowOf(region) is { Succeeded: true } flow && !flow.DataFlowsIn.Contains(local, SymbolEqualityComparer.Default);
        }

        /// <summary>Roslyn's data flow analysis of a statement of the nest, made once for all the temporaries asked about.</summary>
        private DataFlowAnalysis? DataFlowOf(StatementSyntax statement)
        {
            if (!this.dataFlows.TryGetValue(statement, out DataFlowAnalysis? flow))
            {
                flow = this.model.AnalyzeDataFlow(statement);
                this.dataFlows.Add(statement, flow);
            }

            return flow;
        }

        /// <summary>
        /// Tells how code other than the nest's own statements could reach an accumulator, or null when it cannot.
        /// The twin's chunks reduce into copies that are merged into the variable only when the nest completes;
        /// a lambda or local function capturing the variable, or a ref to it (a ref local, a ref or in argument, an
        /// address), could read it while the nest runs or after the nest throws (from a 'using' Dispose, a finally,
        /// a catch), and would see the unmerged value where M's code sees the running one.
        /// </summary>
        private string? ReachableOutsideTheNest(ILocalSymbol local)
        {
            if (this.model.GetOperation(this.method.Syntax, this.cancellationToken) is not { } root)
            {
                return "LoopGen could not read the method around it";
            }

            foreach (IOperation operation in root.Descendants())
            {
                if (operation is not ILocalReferenceOperation reference || !SymbolEqualityComparer.Default.Equals(reference.Local, local))
                {
                    continue;
                }

                for (IOperation? node = reference.Parent; node is not null; node = node.Parent)
                {
                    if (node is IAnonymousFunctionOperation or ILocalFunctionOperation && !this.OnlyRunsAfterTheNest(node, root))
                    {
                        return "a lambda or local function captures it, and would see the value before the chunks' partial results are merged";
                    }
                }

                if (TakesRef(reference))
                {
                    return "a ref to it is taken, through which other code would see the value before the chunks' partial results are merged";
                }
            }

            return null;
        }

        /// <summary>
        /// Tells whether a lambda or local function can only run once the nest has completed: the method has no
        /// loop around the nest and no goto, and the lambda is written after the nest, or every use of the local
        /// function (a call or a delegate made from it) is written after the nest and outside other functions.
        /// </summary>
        private bool OnlyRunsAfterTheNest(IOperation function, IOperation root)
        {
            int end = this.Outer.Syntax.Span.End;
            if (this.Outer.Syntax.Ancestors().Any(a => a is ForStatementSyntax or ForEachStatementSyntax or WhileStatementSyntax or DoStatementSyntax
                    or AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)
                || this.method.Syntax.DescendantNodes().Any(n => n is GotoStatementSyntax))
            {
                return false;
            }

            if (function is IAnonymousFunctionOperation)
            {
                return function.Syntax.SpanStart >= end;
            }

            IMethodSymbol local = ((ILocalFunctionOperation)function).Symbol;
            foreach (IOperation use in root.Descendants())
            {
                IMethodSymbol? target = use switch
                {
                    IInvocationOperation call => call.TargetMethod,
                    IMethodReferenceOperation reference => reference.Method,
                    _ => null,
                };
                if (target is not null && SymbolEqualityComparer.Default.Equals(target.OriginalDefinition, local)
                    && (use.Syntax.SpanStart < end || InAnyFunction(use)))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool InAnyFunction(IOperation operation)
        {
            for (IOperation? node = operation.Parent; node is not null; node = node.Parent)
            {
                if (node is IAnonymousFunctionOperation or ILocalFunctionOperation)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Tells whether a variable reference is taken by reference: a ref, out or in argument, an address, a ref local or ref assignment.</summary>
        private static bool TakesRef(IOperation reference)
        {
            IOperation node = reference;
            while (node.Parent is IConditionalOperation { IsRef: true } or IParenthesizedOperation)
            {
                node = node.Parent;
            }

            return node.Parent switch
            {
                IArgumentOperation argument => argument.Parameter is not { RefKind: RefKind.None },
                IAddressOfOperation => true,
                IVariableInitializerOperation { Parent: IVariableDeclaratorOperation { Symbol.IsRef: true } } => true,
                ISimpleAssignmentOperation { IsRef: true } assignment => assignment.Value == node,
                _ => false,
            };
        }

        private bool TryMatchReduction(ILocalReferenceOperation reference, ILocalSymbol local, out ReductionFamily family)
        {
            family = default;
            if (this.InNestedFunction(reference))
            {
                return false;
            }

            if (TryMatchSelection(reference, local, out family))
            {
                return true;
            }

            IOperation? statement = reference.Parent;
            while (statement is not null and not IExpressionStatementOperation)
            {
                if (statement is IBlockOperation or IAnonymousFunctionOperation)
                {
                    return false;
                }

                statement = statement.Parent;
            }

            if (statement is not IExpressionStatementOperation { Operation: var expression })
            {
                return false;
            }

            switch (expression)
            {
                case ICompoundAssignmentOperation compound when IsSelf(compound.Target, reference)
                    && compound.OperatorMethod is null && !compound.IsChecked
                    && !References(compound.Value, local):
                    return TryFamily(compound.OperatorKind, leftIsSelf: true, out family);
                case IIncrementOrDecrementOperation increment when IsSelf(increment.Target, reference)
                    && increment.OperatorMethod is null && !increment.IsChecked:
                    family = ReductionFamily.Additive;
                    return true;
                case IDeconstructionAssignmentOperation { Target: ITupleOperation targets } deconstruction
                    when LoopShapeReader.Strip(deconstruction.Value) is ITupleOperation values && values.Elements.Length == targets.Elements.Length:
                    // '(min, max) = (Math.Min(min, v), Math.Max(max, v))': each target that is the local takes its own
                    // element, evaluated from the values before the assignment, as 'min = Math.Min(min, v)' would.
                    for (int k = 0; k < targets.Elements.Length; k++)
                    {
                        if (LoopShapeReader.IsLocal(targets.Elements[k], local)
                            && targets.Elements.Count(e => LoopShapeReader.IsLocal(e, local)) == 1)
                        {
                            return TryMatchMathSelection(LoopShapeReader.Strip(values.Elements[k]), targets.Elements[k], reference, local, out family);
                        }
                    }

                    return false;
                case ISimpleAssignmentOperation assignment when LoopShapeReader.IsLocal(assignment.Target, local):
                    IOperation value = LoopShapeReader.Strip(assignment.Value);
                    if (local.Type.SpecialType == SpecialType.System_Boolean && value.ConstantValue is { HasValue: true, Value: bool constant }
                        && IsSelf(assignment.Target, reference))
                    {
                        // 'found = true' is 'found |= true', and 'ok = false' is 'ok &= false': the flag ends set (cleared) when
                        // any iteration sets (clears) it, whichever ran last.
                        family = constant ? ReductionFamily.Or : ReductionFamily.And;
                        return true;
                    }

                    if (value is IBinaryOperation { OperatorMethod: null, IsChecked: false } binary)
                    {
                        bool left = LoopShapeReader.IsLocal(binary.LeftOperand, local) && !References(binary.RightOperand, local);
                        bool right = LoopShapeReader.IsLocal(binary.RightOperand, local) && !References(binary.LeftOperand, local);
                        if ((left || right) && (IsSelf(assignment.Target, reference) || IsSelf(binary.LeftOperand, reference) || IsSelf(binary.RightOperand, reference)))
                        {
                            return TryFamily(binary.OperatorKind, left, out family);
                        }

                        return false;
                    }

                    return TryMatchMathSelection(value, assignment.Target, reference, local, out family);
                default:
                    return false;
            }
        }

        /// <summary>
        /// Recognizes <c>x = Math.Max(x, e)</c> or <c>Math.Min</c> (<c>MathF</c> too, either argument order) assigned to
        /// <paramref name="target"/>, <c>e</c> not naming <c>x</c>, with <paramref name="reference"/> one of its <c>x</c>s.
        /// </summary>
        private static bool TryMatchMathSelection(IOperation value, IOperation target, ILocalReferenceOperation reference, ILocalSymbol local, out ReductionFamily family)
        {
            family = default;
            if (value is not IInvocationOperation { TargetMethod: { Name: "Max" or "Min", ContainingType: var math }, Arguments.Length: 2 } call
                || math.ToDisplayString() is not ("System.Math" or "System.MathF"))
            {
                return false;
            }

            IOperation a = call.Arguments[0].Value;
            IOperation b = call.Arguments[1].Value;
            bool ok = (LoopShapeReader.IsLocal(a, local) && !References(b, local)) || (LoopShapeReader.IsLocal(b, local) && !References(a, local));
            if (!ok || !(IsSelf(target, reference) || IsSelf(a, reference) || IsSelf(b, reference)))
            {
                return false;
            }

            family = call.TargetMethod.Name == "Max" ? ReductionFamily.Max : ReductionFamily.Min;
            return true;
        }

        /// <summary>
        /// Recognizes a selection that keeps the largest or smallest value: <c>if (e OP x) x = e;</c> (no else)
        /// or <c>x = e OP x ? e : x;</c>, with OP one of &gt;, &gt;=, &lt;, &lt;= (the mirrored comparison
        /// <c>x &lt; e</c> too). It is not reassociated: chunks scan their cells with it from x's value before
        /// the nest, and the merge scans the chunks' results with it in order, which selects the same value as
        /// the sequential scan (NaN is never selected by such a comparison, and ties keep the same one).
        /// </summary>
        private bool TryMatchSelection(ILocalReferenceOperation reference, ILocalSymbol local, out ReductionFamily family)
        {
            family = default;

            // Find the candidate statement: the if whose condition or body holds the reference, or the assignment.
            IOperation? node = reference.Parent;
            while (node is not null and not IConditionalOperation { WhenFalse: null, Type: null } and not IExpressionStatementOperation)
            {
                node = node.Parent;
            }

            IOperation? condition;
            IOperation? selected;
            if (node is IExpressionStatementOperation { Operation: ISimpleAssignmentOperation ternaryAssign }
                && LoopShapeReader.IsLocal(ternaryAssign.Target, local)
                && LoopShapeReader.Strip(ternaryAssign.Value) is IConditionalOperation { WhenFalse: { } otherwise } ternary
                && LoopShapeReader.IsLocal(otherwise, local))
            {
                condition = ternary.Condition;
                selected = ternary.WhenTrue;
                if (!(IsSelf(ternaryAssign.Target, reference) || IsSelf(otherwise, reference) || Contains(condition, reference)))
                {
                    return false;
                }
            }
            else
            {
                // x = e inside the if: step up to the if.
                if (node is IExpressionStatementOperation inner)
                {
                    node = inner.Parent is IBlockOperation { Operations.Length: 1 } block ? block.Parent : inner.Parent;
                }

                if (node is not IConditionalOperation { WhenFalse: null, Type: null, WhenTrue: var whenTrue } statement)
                {
                    return false;
                }

                IOperation? body = whenTrue is IBlockOperation { Operations.Length: 1 } only ? only.Operations[0] : whenTrue;
                if (body is not IExpressionStatementOperation { Operation: ISimpleAssignmentOperation assign } || !LoopShapeReader.IsLocal(assign.Target, local))
                {
                    return false;
                }

                condition = statement.Condition;
                selected = assign.Value;
                if (!(IsSelf(assign.Target, reference) || Contains(condition, reference)))
                {
                    return false;
                }
            }

            // A guard evaluated first, that does not involve x, filters the candidates: 'if (ok && e > x) x = e;'.
            // (Not 'e > x && ok': whether 'ok' is evaluated, and may throw, would then depend on x.)
            condition = LoopShapeReader.Strip(condition);
            if (condition is IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd } guarded)
            {
                if (References(guarded.LeftOperand, local) || !this.IsPlainRead(guarded.LeftOperand))
                {
                    return false;
                }

                condition = LoopShapeReader.Strip(guarded.RightOperand);
            }

            if (condition is not IBinaryOperation { OperatorMethod: null } comparison
                || comparison.OperatorKind is not (BinaryOperatorKind.GreaterThan or BinaryOperatorKind.GreaterThanOrEqual or BinaryOperatorKind.LessThan or BinaryOperatorKind.LessThanOrEqual))
            {
                return false;
            }

            bool selfRight = LoopShapeReader.IsLocal(comparison.RightOperand, local);
            bool selfLeft = LoopShapeReader.IsLocal(comparison.LeftOperand, local);
            IOperation candidate = selfRight ? comparison.LeftOperand : comparison.RightOperand;
            if (selfRight == selfLeft || References(candidate, local) || References(selected, local)
                || !LoopShapeReader.Strip(candidate).Syntax.IsEquivalentTo(LoopShapeReader.Strip(selected).Syntax, topLevel: false)
                || !this.IsPlainRead(candidate))
            {
                return false;
            }

            // Normalize to 'e OP x'.
            BinaryOperatorKind op = selfRight ? comparison.OperatorKind : comparison.OperatorKind switch
            {
                BinaryOperatorKind.GreaterThan => BinaryOperatorKind.LessThan,
                BinaryOperatorKind.GreaterThanOrEqual => BinaryOperatorKind.LessThanOrEqual,
                BinaryOperatorKind.LessThan => BinaryOperatorKind.GreaterThan,
                _ => BinaryOperatorKind.GreaterThanOrEqual,
            };
            family = op switch
            {
                BinaryOperatorKind.GreaterThan => ReductionFamily.SelectGreater,
                BinaryOperatorKind.GreaterThanOrEqual => ReductionFamily.SelectGreaterOrEqual,
                BinaryOperatorKind.LessThan => ReductionFamily.SelectLess,
                _ => ReductionFamily.SelectLessOrEqual,
            };
            return true;
        }

        private static bool Contains(IOperation container, IOperation operation)
            => container.DescendantsAndSelf().Contains(operation);

        /// <summary>
        /// An expression that can be evaluated twice with the same result: reads, arithmetic, pure calls, getters
        /// of the same compilation that write nothing (a getter that bumps a counter, even of a private object,
        /// makes the compared and the selected value differ).
        /// </summary>
        private bool IsPlainRead(IOperation expression)
            => expression.DescendantsAndSelf().All(op => op switch
            {
                IInvocationOperation call => KnownMembers.IsPure(call.TargetMethod),
                IPropertyReferenceOperation { Property.GetMethod: { DeclaringSyntaxReferences.Length: > 0 } getter } => !IsVirtualDispatch(getter)
                    && this.Judge(getter, thisIsPrivate: false, this.cancellationToken).Kind == CallVerdictKind.Safe,
                _ when OperatorMethodOf(op) is { } userOperator => KnownMembers.IsPure(userOperator)
                    || (userOperator.DeclaringSyntaxReferences.Length > 0 && this.Judge(userOperator, thisIsPrivate: false, this.cancellationToken).Kind == CallVerdictKind.Safe),
                ISimpleAssignmentOperation or ICompoundAssignmentOperation or IIncrementOrDecrementOperation or ICoalesceAssignmentOperation
                    or IObjectCreationOperation or IArrayCreationOperation or IAnonymousFunctionOperation => false,
                _ => true,
            });

        private static bool TryFamily(BinaryOperatorKind kind, bool leftIsSelf, out ReductionFamily family)
        {
            switch (kind)
            {
                case BinaryOperatorKind.Add:
                    family = ReductionFamily.Additive;
                    return true;
                case BinaryOperatorKind.Subtract:
                    family = ReductionFamily.Additive;
                    return leftIsSelf;
                case BinaryOperatorKind.Multiply:
                    family = ReductionFamily.Multiplicative;
                    return true;
                case BinaryOperatorKind.Or:
                    family = ReductionFamily.Or;
                    return true;
                case BinaryOperatorKind.And:
                    family = ReductionFamily.And;
                    return true;
                case BinaryOperatorKind.ExclusiveOr:
                    family = ReductionFamily.Xor;
                    return true;
                default:
                    family = default;
                    return false;
            }
        }

        private static bool Compatible(ReductionFamily a, ReductionFamily b) => a == b;

        private static bool IsReducibleType(ITypeSymbol type, ReductionFamily family)
        {
            SpecialType special = type.SpecialType;
            bool integral = special is SpecialType.System_Byte or SpecialType.System_SByte or SpecialType.System_Int16 or SpecialType.System_UInt16
                or SpecialType.System_Int32 or SpecialType.System_UInt32 or SpecialType.System_Int64 or SpecialType.System_UInt64;
            bool binary = integral || special is SpecialType.System_Single or SpecialType.System_Double;
            bool numeric = binary || special == SpecialType.System_Decimal;

            // decimal sums and products regrouped by chunks round differently once they need more than 28-29
            // digits, and overflow (decimal always throws) in one grouping only: M's result and exception could change.
            // Math.Max/Min on decimal keep one operand of a tie (1.0m, 1.00m) by its position, which the merge changes.
            return family switch
            {
                ReductionFamily.Additive or ReductionFamily.Multiplicative => binary,
                ReductionFamily.Max or ReductionFamily.Min => binary,
                ReductionFamily.SelectGreater or ReductionFamily.SelectGreaterOrEqual or ReductionFamily.SelectLess or ReductionFamily.SelectLessOrEqual => numeric || special == SpecialType.System_Char,
                _ => integral || special == SpecialType.System_Boolean,
            };
        }

        /// <summary>Says why an accumulator of this type is not reduced with this operator.</summary>
        private static string ReducibleTypeHint(ITypeSymbol type, ReductionFamily family)
        {
            if (type.SpecialType != SpecialType.System_Decimal)
            {
                return $"a reduction needs a numeric accumulator, not '{type.ToDisplayString()}'";
            }

            return family is ReductionFamily.Max or ReductionFamily.Min
                ? "Math.Max and Math.Min on decimal keep one of two equal values such as 1.0m and 1.00m by position, which merging chunks changes; write the selection as 'if (x > best) best = x'"
                : "a decimal sum or product split into chunks can round or overflow differently from the sequential one; accumulate in an integer unit such as cents, or keep this loop sequential";
        }

        private static bool IsSelf(IOperation operation, ILocalReferenceOperation reference) => LoopShapeReader.Strip(operation) == reference;

        private static bool References(IOperation operation, ILocalSymbol local)
            => operation.DescendantsAndSelf().OfType<ILocalReferenceOperation>().Any(r => SymbolEqualityComparer.Default.Equals(r.Local, local));

        private void ValidateAppends()
        {
            foreach (KeyValuePair<ILocalSymbol, List<IInvocationOperation>> pair in this.appendCalls)
            {
                ILocalSymbol list = pair.Key;
                int references = this.outerLocalRefs.TryGetValue(list, out List<ILocalReferenceOperation>? refs) ? refs.Count : 0;
                bool onlyAppends = references == pair.Value.Count;
                if (onlyAppends && this.IsFreshResultList(list))
                {
                    ITypeSymbol element = ((INamedTypeSymbol)list.Type).TypeArguments[0];
                    this.nest.Appends.Add(new AppendInfo(list, element));
                    continue;
                }

                if (!onlyAppends && refs is not null && this.IsFreshResultList(list)
                    && refs.FirstOrDefault(r => !pair.Value.Any(call => call.Instance is { } instance && LoopShapeReader.Strip(instance) == r)) is { Parent: IPropertyReferenceOperation { Syntax: var read } property }
                    && !IsWriteTarget(property))
                {
                    // A result list the nest also reads ('rows[i - 1]', 'rows.Count'): what an earlier iteration appended is the reason.
                    this.Reject(DiagnosticDescriptors.CarriedValue, read, list.Name, $": '{Shorten(read.ToString())}' reads what an earlier iteration appended to '{list.Name}'");
                    continue;
                }

                foreach (IInvocationOperation call in pair.Value)
                {
                    this.Reject(DiagnosticDescriptors.SharedObjectCall, call.Syntax, Shorten(call.Syntax.ToString()), "List.Add");
                }
            }
        }

        /// <summary>
        /// A result array: a local declared at the top level of the method with <c>new T[..]</c>, not mentioned
        /// between its declaration and the nest, nor in any lambda or local function of the method. No other
        /// variable, field or element can then hold it while the nest runs (whatever its element type: a
        /// <c>T[,]</c> or <c>string[]</c> as well as an <c>int[]</c>); the nest itself may only index it.
        /// </summary>
        private bool IsFreshResultArray(ISymbol root)
        {
            if (root is not ILocalSymbol { Type: IArrayTypeSymbol, IsRef: false } local
                || Declaration(local) is not VariableDeclaratorSyntax { Initializer.Value: var initializer } declarator
                || declarator.Parent?.Parent is not LocalDeclarationStatementSyntax declaration
                || declaration.Parent != this.method.Syntax.Body
                || this.model.GetOperation(initializer, this.cancellationToken) is not { } value
                || LoopShapeReader.Strip(value) is not IArrayCreationOperation)
            {
                return false;
            }

            BlockSyntax block = this.method.Syntax.Body!;
            int from = block.Statements.IndexOf(declaration);
            int to = block.Statements.IndexOf(this.Outer.Syntax);
            if (from < 0 || to < 0 || from > to)
            {
                return false;
            }

            foreach (IdentifierNameSyntax name in block.DescendantNodes().OfType<IdentifierNameSyntax>())
            {
                if (name.Identifier.ValueText != local.Name
                    || !SymbolEqualityComparer.Default.Equals(this.model.GetSymbolInfo(name, this.cancellationToken).Symbol, local))
                {
                    continue;
                }

                bool between = name.SpanStart < this.Outer.Syntax.SpanStart;
                bool captured = name.Ancestors().TakeWhile(a => a != block).Any(a => a is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax);
                if (between || captured)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// A result list is recognized when it is declared at the top level of the method with
        /// <c>new List&lt;T&gt;(..)</c> and not touched between its declaration and the nest: then
        /// no one else can see it while the nest runs, and appending per chunk then merging in order
        /// gives the sequential order.
        /// </summary>
        private bool IsFreshResultList(ILocalSymbol list)
        {
            if (Declaration(list) is not VariableDeclaratorSyntax { Initializer.Value: var initializer } declarator
                || declarator.Parent?.Parent is not LocalDeclarationStatementSyntax declaration
                || declaration.Parent != this.method.Syntax.Body
                || this.model.GetOperation(initializer, this.cancellationToken) is not { } created
                || LoopShapeReader.Strip(created) is not (IObjectCreationOperation or { Syntax: CollectionExpressionSyntax, Type.TypeKind: TypeKind.Class }))
            {
                return false;
            }

            BlockSyntax block = this.method.Syntax.Body!;
            int from = block.Statements.IndexOf(declaration);
            int to = block.Statements.IndexOf(this.Outer.Syntax);
            if (from < 0 || to < 0 || from > to)
            {
                return false;
            }

            for (int s = from + 1; s < to; s++)
            {
                if (!this.OnlyFills(block.Statements[s], list))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// Tells whether a statement between a result list's declaration and the nest leaves it alone or only fills or
        /// sizes it: every mention of the list in it (there may be none) is the receiver of <c>list.Add(e)</c> or <c>list.EnsureCapacity(e)</c> of
        /// <c>List&lt;T&gt;</c> itself, <c>e</c> not naming the list, outside any lambda or local function. Such a
        /// statement (a single call, or an earlier loop or nest that appends rows) runs before the nest in M and in the
        /// twin alike and lets no other variable hold the list; the twin's merge appends after the items already
        /// there and grows the capacity from where it is.
        /// </summary>
        private bool OnlyFills(StatementSyntax statement, ILocalSymbol list)
        {
            foreach (IdentifierNameSyntax name in statement.DescendantNodes().OfType<IdentifierNameSyntax>())
            {
                if (name.Identifier.ValueText != list.Name
                    || !SymbolEqualityComparer.Default.Equals(this.model.GetSymbolInfo(name, this.cancellationToken).Symbol, list))
                {
                    continue;
                }

                if (!this.IsFillCall(name, list)
                    || name.Ancestors().TakeWhile(a => a != statement.Parent).Any(a => a is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Tells whether a mention of a result list is the receiver of its own <c>List&lt;T&gt;.Add</c> or <c>EnsureCapacity</c> call, as a statement, whose arguments do not name the list.</summary>
        private bool IsFillCall(IdentifierNameSyntax receiver, ILocalSymbol list)
            => receiver.Parent is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Add" or "EnsureCapacity" } access
                && access.Expression == receiver
                && access.Parent is InvocationExpressionSyntax call
                && call.Expression == access
                && call.Parent is ExpressionStatementSyntax
                && this.model.GetOperation(call, this.cancellationToken) is IInvocationOperation { Instance: ILocalReferenceOperation { Local: var local } } invocation
                && SymbolEqualityComparer.Default.Equals(local, list)
                && invocation.TargetMethod.ContainingType.OriginalDefinition.ToDisplayString() == "System.Collections.Generic.List<T>"
                && !call.ArgumentList.DescendantNodes().OfType<IdentifierNameSyntax>().Any(name => name.Identifier.ValueText == list.Name);

        // ---------------------------------------------------------------- bounds and the inner level

        private bool IsSideEffectFree(IMethodSymbol method)
            => KnownMembers.IsPure(method)
            || (method.DeclaringSyntaxReferences.Length > 0 && !IsVirtualDispatch(method)
                && this.Judge(method, thisIsPrivate: false, this.cancellationToken).Kind == CallVerdictKind.Safe);

        private void CheckOuterBounds()
        {
            // The names of the body's changed locals: an identifier with another name cannot be one of them, and
            // needs no symbol lookup (GetSymbolInfo on a method name enumerates its candidates, extensions included).
            var changedLocalNames = new HashSet<string>(this.outerLocalRefs
                .Where(pair => pair.Value.Any(IsWriteTarget) || this.appendCalls.ContainsKey(pair.Key))
                .Select(pair => pair.Key.Name));
            foreach (ExpressionSyntax bound in this.Outer.BoundExpressions)
            {
                // The parallel path evaluates the bounds once, and the sequential path evaluates them again:
                // they must be free of side effects.
                if (this.model.GetOperation(bound, this.cancellationToken) is { } boundOperation)
                {
                    // The implicit conversion applied to the bound ('i < w' converting w) sits above its operation.
                    while (boundOperation.Parent is IConversionOperation { IsImplicit: true } converted && converted.Syntax == bound)
                    {
                        boundOperation = converted;
                    }

                    foreach (IOperation part in boundOperation.DescendantsAndSelf())
                    {
                        string? effect = part switch
                        {
                            IInvocationOperation call when !this.IsSideEffectFree(call.TargetMethod) => call.TargetMethod.ContainingType?.Name + "." + call.TargetMethod.Name,
                            IPropertyReferenceOperation { Property.GetMethod: { } getter } when getter.DeclaringSyntaxReferences.Length > 0 && !this.IsSideEffectFree(getter) => part.Syntax.ToString(),
                            IObjectCreationOperation { Constructor: { } constructor } when constructor.DeclaringSyntaxReferences.Length > 0 && this.JudgeConstructor(constructor, this.cancellationToken).Kind != CallVerdictKind.Safe => part.Syntax.ToString(),
                            ISimpleAssignmentOperation or ICompoundAssignmentOperation or IIncrementOrDecrementOperation or ICoalesceAssignmentOperation => part.Syntax.ToString(),
                            // A user conversion or operator ('i < w' with an implicit conversion, 'n + w') is a call too.
                            _ when OperatorMethodOf(part) is { DeclaringSyntaxReferences.Length: > 0 } userOperator && !this.IsSideEffectFree(userOperator) => part.Syntax.ToString(),
                            _ => null,
                        };
                        if (effect is not null)
                        {
                            this.Reject(DiagnosticDescriptors.LoopFormNotUnderstood, bound, LoopShapeReader.Header(this.Outer.Syntax), $"its bound calls '{Shorten(effect)}', which may have side effects; compute it into a local before the loop");
                            break;
                        }
                    }
                }

                foreach (IdentifierNameSyntax name in bound.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>())
                {
                    if (changedLocalNames.Contains(name.Identifier.ValueText)
                        && this.model.GetSymbolInfo(name, this.cancellationToken).Symbol is ILocalSymbol local
                        && this.outerLocalRefs.TryGetValue(local, out List<ILocalReferenceOperation>? refs)
                        && (refs.Any(IsWriteTarget) || this.appendCalls.ContainsKey(local)))
                    {
                        this.Reject(DiagnosticDescriptors.LoopFormNotUnderstood, bound, LoopShapeReader.Header(this.Outer.Syntax), $"its bound uses '{local.Name}', which the loop body changes");
                    }
                }

                // The original loop evaluates its condition again after every iteration, the parallel path once: a bound
                // that reads an element the body writes would end the original loop elsewhere. Arrays it reads are
                // checked like those the body reads, and methods it calls like those the body calls.
                if (bound == this.Outer.Bound && this.model.GetOperation(bound, this.cancellationToken) is { } condition)
                {
                    bool anyWritten = this.arrayAccesses.Values.Any(list => list.Any(a => a.IsWrite));
                    if (anyWritten && this.BoundReadThroughAlias(condition) is { } alias)
                    {
                        this.Reject(DiagnosticDescriptors.LoopFormNotUnderstood, bound, LoopShapeReader.Header(this.Outer.Syntax), $"its bound reads {alias}, which may see the elements the loop body writes; compute it into a local before the loop");
                        continue;
                    }

                    foreach (IOperation part in condition.DescendantsAndSelf())
                    {
                        switch (part)
                        {
                            case IArrayElementReferenceOperation element:
                                IOperation array = LoopShapeReader.Strip(element.ArrayReference);
                                while (array is IArrayElementReferenceOperation outerElement)
                                {
                                    array = LoopShapeReader.Strip(outerElement.ArrayReference);
                                }

                                ISymbol? root = NameableVariable(array);
                                if (root is null ? anyWritten : this.arrayAccesses.TryGetValue(root, out List<ArrayAccess>? accesses) && accesses.Any(a => a.IsWrite))
                                {
                                    this.Reject(DiagnosticDescriptors.LoopFormNotUnderstood, bound, LoopShapeReader.Header(this.Outer.Syntax), $"its bound reads '{Shorten(element.Syntax.ToString())}', which the loop body may write");
                                }
                                else if (root is not null)
                                {
                                    Remember(this.arrayVariableRefs, root, array);
                                }

                                break;
                            case IInvocationOperation { TargetMethod: { DeclaringSyntaxReferences.Length: > 0 } callee }:
                                this.sourceCalls.Add((part, callee));
                                break;
                            case IPropertyReferenceOperation { Property.GetMethod: { DeclaringSyntaxReferences.Length: > 0 } getter }:
                                this.sourceCalls.Add((part, getter));
                                break;
                        }
                    }
                }
            }
        }

        /// <summary>
        /// Finds, in an outer bound of a nest that writes array elements, a read that may reach those elements
        /// other than by indexing an array directly (which the caller checks against the written arrays): a ref
        /// local or ref parameter, a value that may reach an array (<see cref="ArrayReach"/>: an array, a container
        /// of arrays such as a List&lt;int[]&gt; or a Tuple&lt;int[]&gt;, a span or view, object, an interface, a
        /// pointer, an IntPtr or a GCHandle) passed on or read through a member other than its length, or a local
        /// function, which may capture any of them. The original loop evaluates its
        /// bound again after every iteration and would see what the body wrote; the parallel path reads it once.
        /// </summary>
        /// <returns>A description of the read for the message, or null when there is none.</returns>
        private string? BoundReadThroughAlias(IOperation condition)
        {
            foreach (IOperation part in condition.DescendantsAndSelf())
            {
                switch (part)
                {
                    case ILocalReferenceOperation { Local.IsRef: true } local:
                        return $"'{local.Local.Name}', a reference";
                    case IParameterReferenceOperation { Parameter.RefKind: not RefKind.None } parameter:
                        return $"'{parameter.Parameter.Name}', a reference";
                    case IInvocationOperation { TargetMethod.MethodKind: MethodKind.LocalFunction } call:
                        return $"'{Shorten(call.Syntax.ToString())}', a local function";
                    case IInvocationOperation { TargetMethod.ReturnsByRef: true } or IInvocationOperation { TargetMethod.ReturnsByRefReadonly: true }:
                    case IPropertyReferenceOperation { Property.ReturnsByRef: true } or IPropertyReferenceOperation { Property.ReturnsByRefReadonly: true }:
                        return $"'{Shorten(part.Syntax.ToString())}', a reference";
                    case { Type: { } type } when part is not IConversionOperation && ArrayReach.MayReach(type, null, this.model.Compilation) && !this.IsIndexedOrMeasuredInBound(part):
                        return $"'{Shorten(part.Syntax.ToString())}' through '{Shorten(WholeUse(part)?.Syntax.ToString() ?? part.Syntax.ToString())}'";
                }
            }

            return null;
        }

        /// <summary>
        /// Tells whether a value of the outer bound that may reach an array (<see cref="ArrayReach"/>) is only indexed
        /// (an array element, which <see cref="CheckOuterBounds"/> checks against the written arrays), measured (the
        /// length of an array, span, string or base-library collection, which writing elements does not change; a
        /// list interface's Count when the generated code checks that the variable holds an array or a List&lt;T&gt;),
        /// or handed on by a base-library member to a value that is checked in its turn (<c>rows[k].Length</c>).
        /// </summary>
        private bool IsIndexedOrMeasuredInBound(IOperation use)
        {
            IOperation? parent = use.Parent;
            while (parent is IConversionOperation { IsImplicit: true, Conversion.IsUserDefined: false })
            {
                parent = parent.Parent;
            }

            bool IsInstance(IOperation? instance) => instance is not null && LoopShapeReader.Strip(instance) == use;
            switch (parent)
            {
                case IArrayElementReferenceOperation element:
                    return LoopShapeReader.Strip(element.ArrayReference) == use || element.ArrayReference == use;
                case IPropertyReferenceOperation { Property: { Name: "Length" or "LongLength" or "Rank" or "Count" or "IsEmpty", Parameters.Length: 0 } property } measure
                    when IsInstance(measure.Instance) && property.DeclaringSyntaxReferences.Length == 0:
                    // A user's getter named Length may read anything (it is not a measure); an interface's Count runs
                    // whichever class implements it, unless the variable is checked to hold an array or a List<T>; a
                    // ReadOnlyCollection's Count asks the list it wraps.
                    return property.ContainingType.TypeKind == TypeKind.Interface
                        ? this.GuardListView(measure.Instance!)
                        : !property.IsVirtual && !property.IsAbstract && !property.IsOverride && !ArrayReach.ForwardsLength(property.ContainingType);
                case IInvocationOperation { TargetMethod: { Name: "GetLength" or "GetLongLength" or "GetUpperBound" or "GetLowerBound", ContainingType.SpecialType: SpecialType.System_Array } } invocation
                    when IsInstance(invocation.Instance):
                    return true;
                case IPropertyReferenceOperation { Property: { DeclaringSyntaxReferences.Length: 0, IsVirtual: false, IsAbstract: false, IsOverride: false } property } handedOn
                    when IsInstance(handedOn.Instance) && property.ContainingType.TypeKind != TypeKind.Interface && !ArrayReach.ForwardsLength(property.ContainingType)
                        && ArrayReach.MayReach(handedOn.Type, null, this.model.Compilation):
                    // rows[k], a List<int[]>'s row: the row is a value of the bound, checked in its turn.
                    return true;
                default:
                    return false;
            }
        }

        private void ClassifyInner()
        {
            // The class: does any inner loop's trip count depend on the outer iteration?
            bool dependent = false;
            var innerLoops = this.Outer.Body.DescendantNodesAndSelf(n => n is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax))
                .OfType<StatementSyntax>()
                .Where(s => s is ForStatementSyntax or CommonForEachStatementSyntax or WhileStatementSyntax or DoStatementSyntax)
                .ToList();
            // First-level inner loops: those not nested in another inner loop.
            foreach (StatementSyntax loop in innerLoops)
            {
                bool firstLevel = !innerLoops.Any(other => other != loop && other.Span.Contains(loop.Span) && LoopClassifier.IsLoop(other));
                if (firstLevel && this.HeaderDependsOnIteration(loop))
                {
                    dependent = true;
                    break;
                }
            }

            this.nest.Class = dependent ? NestClass.OuterDependent : NestClass.Independent;

            if (this.Inner is null)
            {
                this.BlockFlatten("the outer body has no single inner for or foreach loop LoopGen can number");
            }
            else if (dependent)
            {
                // The more fundamental reason comes first, then any found while walking the body.
                const string reason = "the inner bounds depend on the outer iteration, so the pairs are not known up front";
                this.nest.FlattenBlocker = this.nest.FlattenBlocker is { } other ? reason + "; also " + other : reason;
            }

            this.nest.InnerCountEstimable = this.Inner is not null && !this.HeaderUsesBodyLocals(this.Inner.Syntax);

            // The article's row-building shape: rows can be created at their final length and written in
            // place, one task per row or flattened, when the inner loop makes a known number of iterations.
            if (this.Inner is { } inner)
            {
                IReadOnlyList<StatementSyntax> statements = this.Outer.Body is BlockSyntax block ? block.Statements : new[] { this.Outer.Body };
                bool rowBuilder = this.nest.InnerCountEstimable && !this.innerIrregular && this.TryRowBuilder(statements, inner);

                // The flattened shape: the outer body is the inner loop alone, or the row-building shape.
                if (!rowBuilder && !(statements.Count == 1 && statements[0] == inner.Syntax))
                {
                    this.BlockFlatten("the outer body has statements around the inner loop");
                }
            }

            this.nest.BodyWeight = Weight(this.model.GetOperation((this.Inner?.Body ?? this.Outer.Body), this.cancellationToken));
        }

        private bool TryRowBuilder(IReadOnlyList<StatementSyntax> statements, LoopShape inner)
        {
            // Rows are created at the length the inner bound has before the row runs; the original loop evaluates its
            // condition after every iteration. A bound that reads array elements or calls code of the compilation may
            // see what the body writes (j < lens[i] with lens[i]-- in the body): the rows then grow by Add.
            if (inner.Bound is { } innerBound && this.model.GetOperation(innerBound, this.cancellationToken) is { } innerCondition)
            {
                bool readsElements = innerCondition.DescendantsAndSelf().Any(op => op is IArrayElementReferenceOperation);
                bool callsSource = innerCondition.DescendantsAndSelf().Any(op => op is IInvocationOperation { TargetMethod.DeclaringSyntaxReferences.Length: > 0 }
                    or IPropertyReferenceOperation { Property.DeclaringSyntaxReferences.Length: > 0 });
                if (callsSource || (readsElements && this.arrayAccesses.Values.Any(list => list.Any(a => a.IsWrite))))
                {
                    return false;
                }
            }

            // The row-building shape numbers the inner iterations with a counter of its own and declares the inner
            // variable in each one: a delegate capturing M's single inner 'for' counter would see another variable.
            if (statements.Count != 3 || statements[1] != inner.Syntax || this.innerHasContinue || this.innerCounterCaptured
                || statements[0] is not LocalDeclarationStatementSyntax { Declaration.Variables: { Count: 1 } variables } declaration
                || this.model.GetDeclaredSymbol(variables[0], this.cancellationToken) is not ILocalSymbol row
                || row.Type is not INamedTypeSymbol rowType
                || rowType.OriginalDefinition.ToDisplayString() != "System.Collections.Generic.List<T>"
                || variables[0].Initializer is not { } initializer
                || this.model.GetOperation(initializer.Value, this.cancellationToken) is not { } created
                || LoopShapeReader.Strip(created) is not (IObjectCreationOperation { Arguments.Length: 0, Initializer: null } or { Syntax: CollectionExpressionSyntax { Elements.Count: 0 } }))
            {
                // 'new List<T>()' or '[]', which makes the same empty list.
                return false;
            }

            // After the inner loop: results.Add(row), where results is a recognized result list.
            if (statements[2] is not ExpressionStatementSyntax after
                || this.model.GetOperation(after.Expression, this.cancellationToken) is not IInvocationOperation { TargetMethod.Name: "Add", Instance: { } resultReceiver, Arguments.Length: 1 } resultAdd
                || !LoopShapeReader.IsLocal(resultAdd.Arguments[0].Value, row)
                || LoopShapeReader.Strip(resultReceiver) is not ILocalReferenceOperation { Local: var resultList }
                || this.nest.Appends.FirstOrDefault(a => SymbolEqualityComparer.Default.Equals(a.Local, resultList)) is not { } result
                || this.appendCalls[resultList].Count != 1)
            {
                return false;
            }

            // In the inner loop: exactly one row.Add(e), a statement of its own at the top of the inner body.
            var rowUses = this.Outer.Body.DescendantNodes().OfType<IdentifierNameSyntax>()
                .Where(n => n.Identifier.ValueText == row.Name && SymbolEqualityComparer.Default.Equals(this.model.GetSymbolInfo(n, this.cancellationToken).Symbol, row))
                .ToList();
            IReadOnlyList<StatementSyntax> innerStatements = inner.Body is BlockSyntax innerBlock ? innerBlock.Statements : new[] { inner.Body };
            var adds = innerStatements.OfType<ExpressionStatementSyntax>()
                .Select(s => s.Expression)
                .OfType<InvocationExpressionSyntax>()
                .Where(call => call.Expression is MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax receiver, Name.Identifier.ValueText: "Add" }
                    && rowUses.Contains(receiver))
                .ToList();
            if (rowUses.Count != 2 || adds.Count != 1 || adds[0].ArgumentList.Arguments.Count != 1
                || adds[0].ArgumentList.Arguments[0].Expression.DescendantNodesAndSelf().Any(n => rowUses.Contains(n)))
            {
                return false;
            }

            this.nest.RowBuilder = new RowBuilderInfo(row, rowType.TypeArguments[0], adds[0], result, statements[0], statements[2])
            {
                KeepCapacity = this.MayReadRowCapacity(result.Local),
            };
            return true;
        }

        /// <summary>
        /// Tells whether M's own code may read the Capacity of the rows it appends to <paramref name="result"/>: it
        /// names the list anywhere but in this nest and in a <c>return result;</c> of the method itself (an alias, a
        /// lambda, another nest, a statement after this one, a helper it is given).
        /// </summary>
        private bool MayReadRowCapacity(ILocalSymbol result)
        {
            if (this.method.Syntax.Body is not { } methodBody)
            {
                return true;
            }

            foreach (IdentifierNameSyntax name in methodBody.DescendantNodes().OfType<IdentifierNameSyntax>())
            {
                if (name.Identifier.ValueText != result.Name || this.IsInside(name, this.Outer.Syntax)
                    || !SymbolEqualityComparer.Default.Equals(this.model.GetSymbolInfo(name, this.cancellationToken).Symbol, result))
                {
                    continue;
                }

                bool returnedByM = name.Parent is ReturnStatementSyntax
                    && !name.Ancestors().Any(a => a is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax);
                if (!returnedByM)
                {
                    return true;
                }
            }

            return false;
        }

        private bool HeaderDependsOnIteration(StatementSyntax loop)
        {
            IEnumerable<SyntaxNode> header = loop switch
            {
                ForStatementSyntax f => new SyntaxNode?[] { f.Declaration, f.Condition }.Concat(f.Initializers).Concat(f.Incrementors).Where(n => n is not null).Select(n => n!),
                CommonForEachStatementSyntax fe => new[] { fe.Expression },
                WhileStatementSyntax w => new[] { w.Condition },
                DoStatementSyntax d => new[] { d.Condition },
                _ => System.Array.Empty<SyntaxNode>(),
            };

            foreach (SyntaxNode part in header)
            {
                foreach (IdentifierNameSyntax name in part!.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>())
                {
                    if (IsMemberName(name))
                    {
                        continue;
                    }

                    ISymbol? symbol = this.model.GetSymbolInfo(name, this.cancellationToken).Symbol;
                    if (symbol is ILocalSymbol local
                        && (SymbolEqualityComparer.Default.Equals(local, this.Outer.Variable)
                            || (this.IsDeclaredInBody(local) && !this.IsInside(Declaration(local), loop))))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private bool HeaderUsesBodyLocals(StatementSyntax loop)
        {
            foreach (IdentifierNameSyntax name in loop.ChildNodes().Where(n => n is not StatementSyntax).SelectMany(n => n.DescendantNodesAndSelf()).OfType<IdentifierNameSyntax>())
            {
                if (!IsMemberName(name)
                    && this.model.GetSymbolInfo(name, this.cancellationToken).Symbol is ILocalSymbol local
                    && this.IsDeclaredInBody(local) && !this.IsInside(Declaration(local), loop))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Tells whether a name is the member part of <c>x.Name</c> or <c>x?.Name</c>: it names a member of x, never a
        /// local, so a search for locals need not ask the semantic model about it (which, for a method name, is costly).
        /// </summary>
        internal static bool IsMemberName(IdentifierNameSyntax name)
            => (name.Parent is MemberAccessExpressionSyntax access && access.Name == name)
            || name.Parent is MemberBindingExpressionSyntax;

        private static int Weight(IOperation? operation)
        {
            if (operation is null)
            {
                return 1;
            }

            int weight = 0;
            foreach (IOperation op in operation.DescendantsAndSelf())
            {
                weight += op switch
                {
                    IInvocationOperation or IObjectCreationOperation or IArrayCreationOperation => 8,
                    ILoopOperation => 64,
                    _ when op.IsImplicit => 0,
                    _ => 1,
                };
            }

            return System.Math.Max(1, weight);
        }

        // ---------------------------------------------------------------- helpers

        private void BlockFlatten(string reason) => this.nest.FlattenBlocker ??= reason;

        private void Reject(DiagnosticDescriptor descriptor, SyntaxNode node, params object[] arguments)
        {
            Location location = node.GetLocation();
            if (!this.method.Rejections.Any(f => f.Descriptor.Id == descriptor.Id && f.Location.SourceSpan == location.SourceSpan))
            {
                this.method.Rejections.Add(new Finding(descriptor, location, arguments));
            }
        }

        private bool IsDeclaredInBody(ISymbol symbol)
        {
            // The method's own parameters are declared in its parameter list (their syntax references are built anew on
            // every read). Asked for every reference to a local or parameter: answered once per symbol.
            if (symbol is IParameterSymbol { ContainingSymbol: var owner } && SymbolEqualityComparer.Default.Equals(owner, this.method.Method))
            {
                return false;
            }

            if (!this.declaredInBody.TryGetValue(symbol, out bool inBody))
            {
                SyntaxNode? declaration = Declaration(symbol);
                inBody = declaration is not null && declaration.SyntaxTree == this.Outer.Body.SyntaxTree && this.Outer.Body.Span.Contains(declaration.Span);
                this.declaredInBody.Add(symbol, inBody);
            }

            return inBody;
        }

        private bool IsInside(SyntaxNode? node, SyntaxNode container)
            => node is not null && node.SyntaxTree == container.SyntaxTree && container.Span.Contains(node.Span);

        private static SyntaxNode? Declaration(ISymbol symbol)
        {
            // Read once: a parameter's or local's references are computed anew on every read.
            ImmutableArray<SyntaxReference> references = symbol.DeclaringSyntaxReferences;
            return references.Length > 0 ? SyntaxReads.Of(references[0]) : null;
        }

        private bool InNestedFunction(IOperation operation)
        {
            for (IOperation? node = operation.Parent; node is not null && node != this.body; node = node.Parent)
            {
                if (node is IAnonymousFunctionOperation or ILocalFunctionOperation)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Tells whether a call is <c>MemoryExtensions.AsSpan</c> or <c>AsMemory</c> of an array whose result is, at once and
        /// only, the span a MemoryExtensions search reads (<c>keys.AsSpan().IndexOf(x)</c>,
        /// <c>keys.AsSpan(1, 4).Contains(x)</c>): no one can write through that view.
        /// </summary>
        private static bool IsViewOnlySearched(IInvocationOperation invocation)
        {
            if (invocation.TargetMethod is not { Name: "AsSpan" } || !KnownMembers.IsMemoryExtensions(invocation.TargetMethod)
                || invocation.Arguments.Length == 0
                || LoopShapeReader.Strip(invocation.Arguments[0].Value).Type is not IArrayTypeSymbol)
            {
                return false;
            }

            IOperation? parent = invocation.Parent;
            while (parent is IConversionOperation { IsImplicit: true })
            {
                parent = parent.Parent;
            }

            return parent is IArgumentOperation { Parent: IInvocationOperation search } argument
                && KnownMembers.IsMemorySearch(search.TargetMethod)
                && search.Arguments.Length > 0
                && search.Arguments[0] == argument;
        }

        /// <summary>
        /// Rejects a call to a library method, whose code LoopGen does not see, that is given an array or span of
        /// the method where it may write (KnownMembers.MayWriteThrough): shared unless this iteration created it.
        /// </summary>
        /// <returns>Whether the call was rejected.</returns>
        private bool RejectWriteThroughArgument(IInvocationOperation invocation)
        {
            if (invocation.Arguments.FirstOrDefault(a => KnownMembers.MayWriteThrough(a) && !this.IsPrivateObject(a.Value)) is not { } written)
            {
                return false;
            }

            this.Reject(DiagnosticDescriptors.SharedStateWrite, invocation.Syntax, Shorten(invocation.Syntax.ToString()), $"the array '{Shorten(LoopShapeReader.Strip(written.Value).Syntax.ToString())}'");
            return true;
        }

        /// <summary>
        /// Tells whether an object is private to the iteration: a local declared in the body that only
        /// ever holds objects created there (or a value type), or the object an initializer is building.
        /// </summary>
        private bool IsPrivateObject(IOperation? receiver)
        {
            receiver = receiver is null ? null : LoopShapeReader.Strip(receiver);
            switch (receiver)
            {
                case IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver } implicitReceiver:
                    return IsCreatedObject(implicitReceiver);
                case ILocalReferenceOperation local:
                    // A struct that holds references (Span<T>, ArraySegment<T>, a wrapper) reaches shared memory through its
                    // indexers and methods: only unmanaged structs are private storage without being owned.
                    return this.IsDeclaredInBody(local.Local) && (IsSelfContained(local.Local.Type) || this.IsOwned(local.Local));
                case IFieldReferenceOperation { Field.IsStatic: false, Field.Type.IsValueType: true } field:
                    return this.IsPrivateObject(field.Instance);
                case IObjectCreationOperation creation:
                    // 'new Random(seed).NextDouble()': an object made where it is used, as private as a local holding it.
                    return this.IsFreshValue(creation);
                case IArrayElementReferenceOperation element:
                    // 'adj[i] = new List<int>();' then 'adj[i].Add(j)': the row this iteration has just made.
                    return this.IsFreshRowElement(element);
                case IInvocationOperation { Instance: { } instance } fluent when KnownMembers.ReturnsReceiver(fluent.TargetMethod):
                    // sb.Append(x).Append(y): StringBuilder's fluent methods return the builder itself.
                    return this.IsPrivateObject(instance);
                case IInvocationOperation { TargetMethod: { Name: "AsSpan" or "AsMemory" } view, Arguments: { Length: > 0 } viewed }
                    when KnownMembers.IsMemoryExtensions(view) && LoopShapeReader.Strip(viewed[0].Value).Type is IArrayTypeSymbol:
                    // p.AsSpan(), p.AsMemory(1): a view of the array, as private as the array.
                    return this.IsPrivateObject(viewed[0].Value);
                default:
                    return false;
            }
        }

        /// <summary>
        /// Tells whether an element <c>a[i]</c> (<c>i</c> the outer counter, <c>a</c> a local or parameter) holds an object
        /// this iteration made: an earlier statement of the outer loop's body, run on every iteration before the one that
        /// uses it, is <c>a[i] = fresh;</c>, no other statement of the nest writes an element of <c>a</c> or <c>a</c> itself,
        /// and the body has no label a jump could land on. Other iterations write only their own elements <c>a[k]</c>.
        /// </summary>
        private bool IsFreshRowElement(IArrayElementReferenceOperation element)
        {
            ISymbol? array = LoopShapeReader.Strip(element.ArrayReference) switch
            {
                ILocalReferenceOperation { Local: { IsRef: false } local } => local,
                IParameterReferenceOperation { Parameter: { RefKind: RefKind.None } parameter } => parameter,
                _ => null,
            };
            if (array is null || element.Indices.Length != 1 || !LoopShapeReader.IsLocal(element.Indices[0], this.Outer.Variable)
                || this.Outer.Body is not BlockSyntax block
                || block.DescendantNodes().Any(n => n is LabeledStatementSyntax or GotoStatementSyntax))
            {
                return false;
            }

            StatementSyntax? use = block.Statements.FirstOrDefault(st => st.Span.Contains(element.Syntax.Span));
            if (use is null)
            {
                return false;
            }

            bool fresh = false;
            foreach (IOperation operation in this.body.DescendantsAndSelf())
            {
                bool names = operation switch
                {
                    ILocalReferenceOperation local => SymbolEqualityComparer.Default.Equals(local.Local, array),
                    IParameterReferenceOperation parameter => SymbolEqualityComparer.Default.Equals(parameter.Parameter, array),
                    _ => false,
                };
                if (!names)
                {
                    continue;
                }

                if (operation.Parent is not IArrayElementReferenceOperation indexed || indexed.ArrayReference != operation)
                {
                    // Written, passed on, aliased: the nest may change which object an element holds.
                    return false;
                }

                if (IsWriteTarget(indexed) || indexed.Parent is IArgumentOperation { Parameter.RefKind: not RefKind.None } || indexed.Parent?.Syntax is RefExpressionSyntax)
                {
                    // The one write of an element: 'a[i] = fresh;', a statement of its own before the use.
                    bool isTheRowsCreation = indexed.Parent is ISimpleAssignmentOperation { Parent: IExpressionStatementOperation { Syntax: StatementSyntax statement } } assignment
                        && assignment.Target == indexed
                        && indexed.Indices.Length == 1 && LoopShapeReader.IsLocal(indexed.Indices[0], this.Outer.Variable)
                        && statement.Parent == block && block.Statements.IndexOf(statement) < block.Statements.IndexOf(use)
                        && this.IsFreshValue(assignment.Value);
                    if (!isTheRowsCreation || fresh)
                    {
                        return false;
                    }

                    fresh = true;
                }
            }

            return fresh;
        }

        /// <summary>
        /// Tells whether a local declared in the iteration only ever holds objects created in the
        /// iteration (or other such locals), so that writes through it touch nothing shared.
        /// </summary>
        private bool IsOwned(ILocalSymbol local)
        {
            if (this.ownedCache.TryGetValue(local, out bool owned))
            {
                return owned;
            }

            // The locals of the body that hand objects to one another ('var tmp = prev; prev = curr; curr = tmp;',
            // '(prev, curr) = (curr, prev)') are decided together: each is owned when every value assigned to it is fresh
            // or another local of the group that is owned (the largest such set: a swap keeps arrays of the iteration).
            var group = new List<ILocalSymbol> { local };
            var edges = new Dictionary<ILocalSymbol, List<ILocalSymbol>>(SymbolEqualityComparer.Default);
            var failed = new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default);
            for (int k = 0; k < group.Count; k++)
            {
                // Guard against reentry (IsFreshValue of a value may ask about a member of the group): not owned meanwhile.
                ILocalSymbol member = group[k];
                this.ownedCache[member] = false;
                var from = new List<ILocalSymbol>();
                edges[member] = from;
                var values = this.AssignedValues(member).SelectMany(v => ExpandSwap(v, member)).ToList();
                if (!this.IsDeclaredInBody(member) || values.Count == 0)
                {
                    failed.Add(member);
                    continue;
                }

                foreach (IOperation value in values)
                {
                    if (LoopShapeReader.Strip(value) is ILocalReferenceOperation { Local: { IsRef: false } other } && this.IsDeclaredInBody(other))
                    {
                        // Another local of the body: owned only if it is (decided with this one).
                        from.Add(other);
                        if (!group.Contains(other, SymbolEqualityComparer.Default))
                        {
                            group.Add(other);
                        }
                    }
                    else if (!this.IsFreshValue(value))
                    {
                        failed.Add(member);
                        break;
                    }
                }
            }

            // Remove, until nothing changes, every member that takes a value from a member already out.
            bool changed = true;
            while (changed)
            {
                changed = false;
                foreach (ILocalSymbol member in group)
                {
                    if (!failed.Contains(member) && edges[member].Any(failed.Contains))
                    {
                        failed.Add(member);
                        changed = true;
                    }
                }
            }

            foreach (ILocalSymbol member in group)
            {
                this.ownedCache[member] = !failed.Contains(member);
            }

            return this.ownedCache[local];
        }

        /// <summary>
        /// The value a deconstruction of tuples assigns to one of its leaves ('(prev, curr) = (curr, prev)' gives prev the
        /// value curr had), or the operation itself (not fresh) for any other deconstruction or value.
        /// </summary>
        private static IEnumerable<IOperation> ExpandSwap(IOperation value, ILocalSymbol local)
        {
            if (value is IDeconstructionAssignmentOperation { Target: ITupleOperation target } deconstruction
                && LoopShapeReader.Strip(deconstruction.Value) is ITupleOperation tuple
                && tuple.Elements.Length == target.Elements.Length
                && target.Elements.Count(e => LoopShapeReader.IsLocal(e, local)) == 1)
            {
                int k = target.Elements.IndexOf(target.Elements.First(e => LoopShapeReader.IsLocal(e, local)));
                yield return tuple.Elements[k];
                yield break;
            }

            yield return value;
        }

        private IEnumerable<IOperation> AssignedValues(ILocalSymbol local)
        {
            foreach (IOperation operation in this.body.DescendantsAndSelf())
            {
                switch (operation)
                {
                    case IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, local):
                        IOperation? value = declarator.Initializer?.Value ?? (declarator.Parent as IVariableDeclarationOperation)?.Initializer?.Value;
                        yield return value ?? declarator;
                        break;
                    case ISimpleAssignmentOperation assignment when LoopShapeReader.IsLocal(assignment.Target, local):
                        yield return assignment.Value;
                        break;
                    case ICompoundAssignmentOperation compound when LoopShapeReader.IsLocal(compound.Target, local):
                        yield return compound;
                        break;
                    case ICoalesceAssignmentOperation coalesce when LoopShapeReader.IsLocal(coalesce.Target, local):
                        yield return coalesce.Value;
                        break;
                    case IArgumentOperation { Parameter.RefKind: RefKind.Ref or RefKind.Out } argument when LoopShapeReader.IsLocal(argument.Value, local):
                        yield return argument;
                        break;
                    case IDeclarationExpressionOperation declaration when declaration.DescendantsAndSelf().OfType<ILocalReferenceOperation>().Any(r => SymbolEqualityComparer.Default.Equals(r.Local, local)):
                        yield return declaration;
                        break;
                    case IDeconstructionAssignmentOperation deconstruction when LoopShapeReader.Leaves(deconstruction.Target).Any(l => LoopShapeReader.IsLocal(l, local)):
                        yield return deconstruction;
                        break;
                    case IForEachLoopOperation loop when loop.Locals.Contains(local, SymbolEqualityComparer.Default):
                        yield return loop;
                        break;
                    case IDeclarationPatternOperation pattern when SymbolEqualityComparer.Default.Equals(pattern.DeclaredSymbol, local):
                        yield return pattern;
                        break;
                }
            }
        }

        /// <summary>
        /// Tells whether a collection expression's elements are harmless: each element as a value, each spread by what it
        /// copies (values of a self-contained type or strings, whatever sequence holds them).
        /// </summary>
        private bool HasHarmlessElements(CollectionExpressionSyntax collection)
        {
            foreach (CollectionElementSyntax element in collection.Elements)
            {
                IOperation? value = element switch
                {
                    ExpressionElementSyntax item => this.model.GetOperation(item.Expression, this.cancellationToken),
                    SpreadElementSyntax spread => this.model.GetOperation(spread.Expression, this.cancellationToken),
                    _ => null,
                };
                if (value is null)
                {
                    return false;
                }

                bool harmless = element is SpreadElementSyntax
                    ? CopiesOnlyValues(value.Type) || this.IsHarmless(value)
                    : this.IsHarmless(value);
                if (!harmless)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// Tells whether a base-library collection's constructor copies the values of a sequence it is given
        /// (<c>new List&lt;int&gt;(prefix)</c>, <c>new HashSet&lt;string&gt;(names)</c>): the new collection then holds
        /// copies of values that give access to nothing shared, not the sequence.
        /// </summary>
        private static bool IsCopiedSequence(IObjectCreationOperation creation, IArgumentOperation argument)
            => creation.Constructor is { DeclaringSyntaxReferences.Length: 0 } constructor
                && constructor.ContainingType.ContainingNamespace?.ToDisplayString() == "System.Collections.Generic"
                && argument.Parameter?.Type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Collections_Generic_IEnumerable_T }
                && CopiesOnlyValues(LoopShapeReader.Strip(argument.Value).Type);

        /// <summary>Tells whether spreading a sequence of this type copies only values that give access to nothing shared.</summary>
        private static bool CopiesOnlyValues(ITypeSymbol? sequence)
        {
            ITypeSymbol? element = sequence switch
            {
                IArrayTypeSymbol array => array.ElementType,
                INamedTypeSymbol named => named.AllInterfaces.Concat(named.TypeKind == TypeKind.Interface ? new[] { named } : System.Array.Empty<INamedTypeSymbol>())
                    .FirstOrDefault(i => i.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T)?.TypeArguments[0],
                _ => null,
            };
            return element is not null && (element.SpecialType == SpecialType.System_String || IsSelfContained(element));
        }

        /// <summary>Tells whether a value gives no access to shared mutable state: a constant, a string, an unmanaged value, a lambda, or an object of the iteration.</summary>
        private bool IsHarmless(IOperation value)
        {
            value = LoopShapeReader.Strip(value);
            if (value.ConstantValue.HasValue || value.Type?.SpecialType == SpecialType.System_String || (value.Type is { } type && IsSelfContained(type)))
            {
                return true;
            }

            return value is IAnonymousFunctionOperation or IDelegateCreationOperation { Target: IAnonymousFunctionOperation }
                || this.IsFreshValue(value)
                || this.IsPrivateObject(value);
        }

        /// <summary>Tells whether a type is a struct whose storage holds no references, so that writing through it touches only itself.</summary>
        internal static bool IsSelfContained(ITypeSymbol type) => type.IsValueType && type.IsUnmanagedType && !type.IsRefLikeType;

        private bool IsFreshValue(IOperation value)
        {
            value = LoopShapeReader.Strip(value);
            return value switch
            {
                // An object built around a shared object (new StreamWriter(stream), new ArraySegment<int>(output), new[] { row })
                // gives access to it: fresh only when every argument and element is harmless.
                IObjectCreationOperation creation => creation.Arguments.All(a => this.IsHarmless(a.Value) || IsCopiedSequence(creation, a))
                    && (creation.Initializer is null || creation.Initializer.Initializers.All(i => i is not IAssignmentOperation assignment || this.IsHarmless(assignment.Value))),
                IArrayCreationOperation array => array.Initializer is null || array.Initializer.DescendantsAndSelf().OfType<IArrayInitializerOperation>().SelectMany(i => i.ElementValues).All(e => e is IArrayInitializerOperation || this.IsHarmless(e)),
                IAnonymousObjectCreationOperation or IDefaultValueOperation => true,
                // 'Span<int> counts = stackalloc int[16];': new memory of this iteration's stack frame.
                { Kind: OperationKind.None } stackAlloc when this.IsStackAllocSpan(stackAlloc) => true,
                // 'List<int> row = []', '[x, .. prefix]': a new list, array or set of the target type (not an interface,
                // for which the compiler may hand out a shared empty array), holding harmless elements.
                { Syntax: CollectionExpressionSyntax collection, Type: { TypeKind: TypeKind.Class or TypeKind.Array } } => this.HasHarmlessElements(collection),
                ILiteralOperation literal => literal.ConstantValue.HasValue && literal.ConstantValue.Value is null,
                ILocalReferenceOperation local => this.IsDeclaredInBody(local.Local) && this.IsOwned(local.Local),

                // 'rows[i].ToArray()', 'xs.ToList()', '(double[])row.Clone()': a new array or list (an empty one may be the
                // library's shared empty array, into which nothing can be written) of values that give access to nothing
                // shared, as 'new List<int>(xs)' is (IsCopiedSequence): a copy of objects still holds the shared objects.
                IInvocationOperation call => KnownMembers.ReturnsNewCollection(call.TargetMethod) && CopiesOnlyValues(call.Type),
                IConversionOperation { Operand: IInvocationOperation { TargetMethod: { Name: "Clone", ContainingType.SpecialType: SpecialType.System_Array } }, Type: IArrayTypeSymbol clone } => CopiesOnlyValues(clone),
                _ => false,
            };
        }

        /// <summary>
        /// Tells whether an operation is a <c>stackalloc</c> made into a <c>Span&lt;T&gt;</c> or <c>ReadOnlySpan&lt;T&gt;</c>
        /// (the operation tree has no node of its own for it): new memory of the running frame, which the iteration
        /// that makes it owns. A pointer made by stackalloc is not one.
        /// </summary>
        private bool IsStackAllocSpan(IOperation operation)
            => operation.Syntax is StackAllocArrayCreationExpressionSyntax or ImplicitStackAllocArrayCreationExpressionSyntax
            && this.model.GetTypeInfo(operation.Syntax, this.cancellationToken).ConvertedType is INamedTypeSymbol { IsGenericType: true } converted
            && converted.OriginalDefinition.ToDisplayString() is "System.Span<T>" or "System.ReadOnlySpan<T>";

        private static bool IsWriteTarget(IOperation reference)
        {
            IOperation? parent = reference.Parent;
            return parent switch
            {
                ISimpleAssignmentOperation a => a.Target == reference,
                ICompoundAssignmentOperation c => c.Target == reference,
                ICoalesceAssignmentOperation c => c.Target == reference,
                IIncrementOrDecrementOperation i => i.Target == reference,
                IArgumentOperation { Parameter.RefKind: RefKind.Ref or RefKind.Out } => true,
                ITupleOperation t => t.Parent is IDeconstructionAssignmentOperation d && d.Target == t,
                _ => false,
            };
        }

        /// <summary>
        /// Tells whether the implicit receiver of an object or collection initializer is the object just created (or
        /// cloned by 'with'). In a nested initializer ('Inner = { N = 1 }', 'Items = { x }') it is whatever the member's
        /// getter returns, which may be shared.
        /// </summary>
        internal static bool IsCreatedObject(IInstanceReferenceOperation implicitReceiver)
        {
            for (IOperation? parent = implicitReceiver.Parent; parent is not null; parent = parent.Parent)
            {
                if (parent is IObjectOrCollectionInitializerOperation initializer)
                {
                    return initializer.Parent is not IMemberInitializerOperation;
                }
            }

            return true;
        }

        /// <summary>Tells whether a reference is only written, not read: the target of '=' or a leaf of a deconstruction.</summary>
        internal static bool IsOnlyWritten(IOperation reference)
        {
            if (reference.Parent is ISimpleAssignmentOperation assignment)
            {
                return assignment.Target == reference;
            }

            IOperation current = reference;
            while (current.Parent is ITupleOperation tuple)
            {
                if (tuple.Parent is IDeconstructionAssignmentOperation deconstruction && deconstruction.Target == tuple)
                {
                    return true;
                }

                current = tuple;
            }

            return false;
        }

        /// <summary>Tells whether a reference is written, alone ('p.X = v', a deconstruction's target) or read as well ('p.X += v', 'p.X++', 'p.X ??= v').</summary>
        internal static bool IsWrittenTo(IOperation reference)
            => IsOnlyWritten(reference)
            || (reference.Parent is IAssignmentOperation assignment && assignment.Target == reference)
            || (reference.Parent is IIncrementOrDecrementOperation { Target: var incremented } && incremented == reference);

        private static bool IsNameableField(IFieldReferenceOperation field)
            => field.Field.IsStatic || field.Instance is IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ContainingTypeInstance };

        private static void Remember<TKey, TValue>(Dictionary<TKey, List<TValue>> map, TKey key, TValue value)
            where TKey : notnull
            => ListOf(map, key).Add(value);

        private static List<TValue> ListOf<TKey, TValue>(Dictionary<TKey, List<TValue>> map, TKey key)
            where TKey : notnull
        {
            if (!map.TryGetValue(key, out List<TValue>? list))
            {
                list = new List<TValue>();
                map.Add(key, list);
            }

            return list;
        }

        private static string Describe(IMemberReferenceOperation member)
            => member.Member.ContainingType is { } type ? type.Name + "." + member.Member.Name : member.Member.Name;

        private static SyntaxNode LockHeader(SyntaxNode node) => node is LockStatementSyntax lockStatement ? (SyntaxNode)lockStatement.Expression : node;

        /// <summary>Shortens code quoted in a message to one line of reasonable length.</summary>
        /// <param name="text">The code.</param>
        /// <returns>The code on one line, cut at 60 characters.</returns>
        public static string Shorten(string text)
        {
            string oneLine = string.Join(" ", text.Split(new[] { '\r', '\n' }, System.StringSplitOptions.RemoveEmptyEntries).Select(l => l.Trim()));
            return oneLine.Length <= 60 ? oneLine : oneLine.Substring(0, 57) + "...";
        }
    }
}
