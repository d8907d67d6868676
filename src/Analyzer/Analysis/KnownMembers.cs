using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LoopGen.Analysis
{
    /// <summary>
    /// What LoopGen knows about base-library members without seeing their code: which are free of side
    /// effects, which types are mutable objects that parallel iterations must not share, and which calls
    /// touch process-wide state.
    /// </summary>
    internal static class KnownMembers
    {
        /// <summary>
        /// Names types as the tables below spell them: "System.Int32", not the keyword "int" that the
        /// default display format uses for special types.
        /// </summary>
        private static readonly SymbolDisplayFormat NameFormat = new SymbolDisplayFormat(
            globalNamespaceStyle: SymbolDisplayGlobalNamespaceStyle.Omitted,
            typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces,
            genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters,
            miscellaneousOptions: SymbolDisplayMiscellaneousOptions.ExpandNullable | SymbolDisplayMiscellaneousOptions.ExpandValueTuple);

        /// <summary>Types all of whose members are free of observable side effects.</summary>
        private static readonly HashSet<string> PureTypes = new HashSet<string>
        {
            "System.Math", "System.MathF", "System.String", "System.Char", "System.Boolean",
            "System.Byte", "System.SByte", "System.Int16", "System.UInt16", "System.Int32", "System.UInt32",
            "System.Int64", "System.UInt64", "System.Single", "System.Double", "System.Decimal",
            "System.IntPtr", "System.UIntPtr", "System.Half", "System.Int128", "System.UInt128",
            "System.Convert", "System.BitConverter", "System.TimeSpan", "System.DateTime", "System.DateTimeOffset",
            "System.Guid", "System.Nullable<T>", "System.Tuple", "System.Index", "System.Range",
            "System.Numerics.BitOperations", "System.Numerics.Complex", "System.Numerics.BigInteger",
            "System.Numerics.Vector2", "System.Numerics.Vector3", "System.Numerics.Vector4",
            "System.Numerics.Matrix3x2", "System.Numerics.Matrix4x4", "System.Numerics.Quaternion", "System.Numerics.Plane",
            "System.Linq.Enumerable", "System.StringComparer", "System.Globalization.CultureInfo",
        };

        /// <summary>Read-only members of mutable types (by containing type and name).</summary>
        private static readonly HashSet<string> ReadMembers = new HashSet<string>
        {
            "System.Collections.Generic.List<T>.Contains", "System.Collections.Generic.List<T>.IndexOf",
            "System.Collections.Generic.List<T>.LastIndexOf", "System.Collections.Generic.List<T>.BinarySearch",
            "System.Collections.Generic.List<T>.Find", "System.Collections.Generic.List<T>.FindIndex",
            "System.Collections.Generic.List<T>.FindLast", "System.Collections.Generic.List<T>.FindLastIndex",
            "System.Collections.Generic.List<T>.Exists", "System.Collections.Generic.List<T>.TrueForAll",
            "System.Collections.Generic.List<T>.ToArray", "System.Collections.Generic.List<T>.GetRange",
            "System.Collections.Generic.List<T>.ConvertAll", "System.Collections.Generic.List<T>.this[]",
            "System.Collections.Generic.List<T>.Count", "System.Collections.Generic.List<T>.Capacity",
            "System.Collections.Generic.IList<T>.this[]", "System.Collections.Generic.IList<T>.IndexOf",
            "System.Collections.Generic.IReadOnlyList<T>.this[]", "System.Collections.Generic.ICollection<T>.Count",
            "System.Collections.Generic.ICollection<T>.Contains", "System.Collections.Generic.IReadOnlyCollection<T>.Count",
            "System.Collections.Generic.Dictionary<TKey, TValue>.ContainsKey", "System.Collections.Generic.Dictionary<TKey, TValue>.ContainsValue",
            "System.Collections.Generic.Dictionary<TKey, TValue>.TryGetValue", "System.Collections.Generic.Dictionary<TKey, TValue>.this[]",
            "System.Collections.Generic.Dictionary<TKey, TValue>.Count",
            "System.Collections.Generic.IDictionary<TKey, TValue>.ContainsKey", "System.Collections.Generic.IDictionary<TKey, TValue>.TryGetValue",
            "System.Collections.Generic.IDictionary<TKey, TValue>.this[]",
            "System.Collections.Generic.IReadOnlyDictionary<TKey, TValue>.ContainsKey", "System.Collections.Generic.IReadOnlyDictionary<TKey, TValue>.TryGetValue",
            "System.Collections.Generic.IReadOnlyDictionary<TKey, TValue>.this[]",
            "System.Collections.Generic.HashSet<T>.Contains", "System.Collections.Generic.HashSet<T>.Count",
            "System.Collections.Generic.ISet<T>.Contains", "System.Collections.Generic.IReadOnlySet<T>.Contains",
            "System.Array.Length", "System.Array.LongLength", "System.Array.Rank", "System.Array.GetLength",
            "System.Array.GetLongLength", "System.Array.GetUpperBound", "System.Array.GetLowerBound",
            "System.Array.IndexOf", "System.Array.LastIndexOf", "System.Array.BinarySearch", "System.Array.Exists",
            "System.Array.TrueForAll", "System.Array.Find", "System.Array.FindIndex", "System.Array.Clone",
            // Not System.Object's ToString, Equals, GetHashCode: virtual, they may run any user override.
            "System.Object.GetType", "System.Object.ReferenceEquals",
            "System.Text.StringBuilder.Length", "System.Text.StringBuilder.ToString",
            "System.Random.Shared",
            // A token is read-only and thread-safe: the usual check of a long loop.
            "System.Threading.CancellationToken.IsCancellationRequested", "System.Threading.CancellationToken.CanBeCanceled",
            "System.Threading.CancellationToken.ThrowIfCancellationRequested",
            // [Conditional("DEBUG")] checks of the program's own invariants.
            "System.Diagnostics.Debug.Assert",
        };

        /// <summary>Types whose calls touch process-wide state, so they race or reorder output.</summary>
        private static readonly HashSet<string> SideEffectTypes = new HashSet<string>
        {
            "System.Console", "System.IO.File", "System.IO.Directory", "System.Environment",
            "System.Diagnostics.Process", "System.GC", "System.Threading.Thread",
        };

        /// <summary>Mutable base-library types that must not be shared by parallel iterations.</summary>
        private static readonly HashSet<string> MutableTypes = new HashSet<string>
        {
            "System.Random", "System.Text.StringBuilder", "System.IO.Stream", "System.IO.TextWriter", "System.IO.TextReader",
            "System.Security.Cryptography.HashAlgorithm", "System.Diagnostics.Stopwatch",
        };

        /// <summary>
        /// Library methods that run the delegates they are given before they return and keep no reference to
        /// them (Enumerable's eager operators; the Find/Exists family of Array and List&lt;T&gt;; Parallel's loops). Not the
        /// deferred ones (Where, Select, OrderBy...), whose result holds the delegate.
        /// </summary>
        private static readonly HashSet<string> EagerDelegateConsumers = new HashSet<string>
        {
            "System.Linq.Enumerable.All", "System.Linq.Enumerable.Any", "System.Linq.Enumerable.Count",
            "System.Linq.Enumerable.LongCount", "System.Linq.Enumerable.Sum", "System.Linq.Enumerable.Min",
            "System.Linq.Enumerable.Max", "System.Linq.Enumerable.MinBy", "System.Linq.Enumerable.MaxBy",
            "System.Linq.Enumerable.Average", "System.Linq.Enumerable.First", "System.Linq.Enumerable.FirstOrDefault",
            "System.Linq.Enumerable.Last", "System.Linq.Enumerable.LastOrDefault", "System.Linq.Enumerable.Single",
            "System.Linq.Enumerable.SingleOrDefault", "System.Linq.Enumerable.Aggregate",
            "System.Array.Exists", "System.Array.Find", "System.Array.FindAll", "System.Array.FindIndex",
            "System.Array.FindLast", "System.Array.FindLastIndex", "System.Array.TrueForAll", "System.Array.ConvertAll",
            "System.Array.ForEach", "System.Array.Sort",
            "System.Collections.Generic.List<T>.Exists", "System.Collections.Generic.List<T>.Find",
            "System.Collections.Generic.List<T>.FindAll", "System.Collections.Generic.List<T>.FindIndex",
            "System.Collections.Generic.List<T>.FindLast", "System.Collections.Generic.List<T>.FindLastIndex",
            "System.Collections.Generic.List<T>.TrueForAll", "System.Collections.Generic.List<T>.ConvertAll",
            "System.Collections.Generic.List<T>.ForEach", "System.Collections.Generic.List<T>.Sort",
            "System.Threading.Tasks.Parallel.For", "System.Threading.Tasks.Parallel.ForEach", "System.Threading.Tasks.Parallel.Invoke",
        };

        /// <summary>
        /// Members of base-library collections, <c>Array</c> and <c>Enumerable</c> that compare, hash or order the
        /// values of their type arguments, so they run those types' Equals, GetHashCode or CompareTo
        /// (<c>this[]</c> only for dictionaries, which hash the key).
        /// </summary>
        private static readonly HashSet<string> ComparingMembers = new HashSet<string>
        {
            "Contains", "IndexOf", "LastIndexOf", "BinarySearch", "ContainsKey", "ContainsValue", "TryGetValue",
            "GetValueOrDefault", "Distinct", "DistinctBy", "Except", "ExceptBy", "Intersect", "IntersectBy", "Union",
            "UnionBy", "GroupBy", "GroupJoin", "Join", "ToDictionary", "ToLookup", "ToHashSet", "SequenceEqual",
            "OrderBy", "OrderByDescending", "ThenBy", "ThenByDescending", "Order", "OrderDescending", "Min", "Max",
            "MinBy", "MaxBy", "CountBy", "AggregateBy", "IsSubsetOf", "IsSupersetOf", "Overlaps", "SetEquals", "Replace",
            "StartsWith", "EndsWith", "IndexOfAny", "LastIndexOfAny", "ContainsAny", "SequenceCompareTo", "CommonPrefixLength",
            "IndexOfKey", "IndexOfValue",
        };

        /// <summary>Members of a collection that never compare its elements: its size, its comparer, emptying or walking it.</summary>
        private static readonly HashSet<string> NonComparingMembers = new HashSet<string>
        {
            "Count", "Capacity", "Comparer", "EqualityComparer", "KeyComparer", "ValueComparer", "IsEmpty", "IsReadOnly",
            "Clear", "GetEnumerator", "EnsureCapacity", "TrimExcess", "Keys", "Values", "UnorderedItems", "Peek", "TryPeek",
        };

        /// <summary>Generic collections of the base library that keep their elements by position and compare them only in the <see cref="ComparingMembers"/>.</summary>
        private static readonly HashSet<string> PositionalCollections = new HashSet<string>
        {
            "List", "Queue", "Stack", "LinkedList", "LinkedListNode", "Collection", "ReadOnlyCollection", "ObservableCollection",
            "ReadOnlyObservableCollection", "ConcurrentQueue", "ConcurrentStack", "ConcurrentBag", "BlockingCollection",
            "ImmutableArray", "ImmutableList", "ImmutableQueue", "ImmutableStack", "Enumerator", "KeyValuePair",
            "IEnumerable", "IEnumerator", "ICollection", "IList", "IReadOnlyCollection", "IReadOnlyList", "IAsyncEnumerable", "IAsyncEnumerator",
            "IProducerConsumerCollection",
        };

        /// <summary>
        /// Members of hashed and sorted collections (sets, dictionaries, lookups) that hash or order what they are
        /// given; on lists and arrays, <c>Remove</c> and <c>Sort</c> compare too.
        /// </summary>
        private static readonly HashSet<string> CollectionComparingMembers = new HashSet<string>
        {
            ".ctor", "Add", "TryAdd", "AddRange", "Remove", "RemoveRange", "SetItem", "SetItems", "UnionWith",
            "IntersectWith", "ExceptWith", "SymmetricExceptWith", "TryGetValue", "GetOrAdd", "Sort", "Create", "CreateRange",
        };

        /// <summary>Tells whether a base-library member compares, hashes or orders values of its type arguments.</summary>
        /// <param name="member">The method or property.</param>
        /// <returns>Whether it may run Equals, GetHashCode or CompareTo of those types.</returns>
        public static bool ComparesElements(ISymbol member)
        {
            string container = member.ContainingType?.Name ?? string.Empty;
            if ((member as IPropertySymbol ?? (member as IMethodSymbol)?.AssociatedSymbol as IPropertySymbol) is { IsIndexer: true } indexer)
            {
                // A position (int, long, Index, Range) reads a slot; any other key is hashed or ordered (a dictionary's,
                // a sorted list's, a lookup's).
                // The declared parameter types: SortedList<int, V>'s indexer takes a key (TKey), not a position.
                return container.Contains("Dictionary") || indexer.OriginalDefinition.Parameters.Any(p => !IsPosition(p.Type));
            }

            bool named = container.Contains("Set") || container.Contains("Dictionary") || container.Contains("Sorted") || container.Contains("Lookup") || container.Contains("Hash");
            bool unlisted = IsUnlistedGenericCollection(member.ContainingType);
            bool hashedOrSorted = named || unlisted;
            if (member is IMethodSymbol { MethodKind: MethodKind.Constructor } constructor)
            {
                // Only a constructor given elements (a sequence, a dictionary) hashes or orders them.
                return hashedOrSorted && constructor.Parameters.Any(p => p.Type.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T
                    || p.Type.AllInterfaces.Any(i => i.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T));
            }

            return ComparingMembers.Contains(member.Name)
                || (unlisted && !NonComparingMembers.Contains(member.Name))
                || (container == "LinkedList" && member.Name is "Find" or "FindLast")
                || (CollectionComparingMembers.Contains(member.Name) && (hashedOrSorted || member.Name is "Remove" or "Sort"));
        }

        /// <summary>Tells whether an indexer's parameter is a position rather than a key: an integer, an Index or a Range.</summary>
        private static bool IsPosition(ITypeSymbol type)
            => type.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int64 or SpecialType.System_UInt32 or SpecialType.System_UInt64
                or SpecialType.System_Int16 or SpecialType.System_UInt16 or SpecialType.System_Byte or SpecialType.System_SByte
                || (type.Name is "Index" or "Range" && type.ContainingNamespace?.ToDisplayString() == "System");

        /// <summary>
        /// Tells whether a type is a generic collection of the base library (System.Collections.*) other than those known
        /// to keep their elements by position only (lists, queues, stacks, bags, arrays, their builders and enumerators):
        /// any of its members may hash or order its type arguments (a priority queue's Enqueue, a sorted list's lookup),
        /// so all of them are taken as comparing.
        /// </summary>
        private static bool IsUnlistedGenericCollection(INamedTypeSymbol? type)
        {
            if (type is not { IsGenericType: true } && type?.ContainingType is not { IsGenericType: true })
            {
                return false;
            }

            // A nested type (ImmutableList<T>.Builder, List<T>.Enumerator) is judged by the collection it belongs to,
            // except enumerators, which only walk it.
            INamedTypeSymbol collection = type!.Name == "Enumerator" ? type : type.ContainingType ?? type;
            string ns = collection.ContainingNamespace?.ToDisplayString() ?? string.Empty;
            return (ns == "System.Collections" || ns.StartsWith("System.Collections.", System.StringComparison.Ordinal))
                && !PositionalCollections.Contains(collection.Name);
        }

        /// <summary>Tells whether a parameter type is an interface the library calls back: a comparer, a format provider or formatter.</summary>
        /// <param name="type">The parameter's type.</param>
        /// <returns>Whether the object passed for it runs code the library asks it to.</returns>
        public static bool IsCallbackInterface(ITypeSymbol type)
            => type.TypeKind == TypeKind.Interface
            && type.OriginalDefinition.ToDisplayString(NameFormat) is "System.Collections.Generic.IEqualityComparer<T>" or "System.Collections.Generic.IComparer<T>"
                or "System.Collections.IEqualityComparer" or "System.Collections.IComparer" or "System.IFormatProvider" or "System.ICustomFormatter"
                or "System.IFormattable" or "System.IComparable" or "System.IComparable<T>" or "System.IEquatable<T>";

        /// <summary>
        /// Tells whether a base-library member is only trusted (LG0004), not known to be free of side effects:
        /// <c>Lazy&lt;T&gt;.Value</c> runs the factory it was given; an exception's StackTrace and TargetSite
        /// describe the method that threw, and a delegate's Method the method a lambda was compiled to, which in
        /// the twin's copy of the code are other methods.
        /// </summary>
        /// <param name="member">The method or accessor.</param>
        /// <returns>Whether the member is trusted rather than known to be free of side effects.</returns>
        public static bool IsTrustedOnly(ISymbol member)
            => member.ContainingType?.Name switch
            {
                // The names first: this runs for every base-library call and getter, and the display string allocates.
                "Lazy" => member.ContainingType.OriginalDefinition.ToDisplayString(NameFormat) is "System.Lazy<T>" or "System.Lazy<T, TMetadata>",
                "Exception" or "Environment" => ((member as IMethodSymbol)?.AssociatedSymbol ?? member).Name is "StackTrace" or "TargetSite"
                    && member.ContainingType.ToDisplayString(NameFormat) is "System.Exception" or "System.Environment",
                // new StackTrace() captures the call stack, which the twin's own methods and worker threads change (what
                // it captured is then read freely).
                // A delegate's Method names the method the compiler made for a lambda or local function, after the
                // method that declares it: in the twin, the generated chunk method.
                "Delegate" => ((member as IMethodSymbol)?.AssociatedSymbol ?? member).Name == "Method"
                    && member.ContainingType.ToDisplayString(NameFormat) == "System.Delegate",
                "RuntimeReflectionExtensions" => member.Name == "GetMethodInfo"
                    && member.ContainingType.ToDisplayString(NameFormat) == "System.Reflection.RuntimeReflectionExtensions",
                "StackTrace" or "StackFrame" => member is IMethodSymbol { MethodKind: MethodKind.Constructor }
                    && member.ContainingType.ToDisplayString(NameFormat) is "System.Diagnostics.StackTrace" or "System.Diagnostics.StackFrame",
                _ => false,
            };

        /// <summary>
        /// Tells whether a member reads state that each thread has its own copy of: a <c>[ThreadStatic]</c> field,
        /// a <c>ThreadLocal&lt;T&gt;</c>, or the current task's id. Parallel iterations run on worker threads, which do not see the
        /// value the calling thread set.
        /// </summary>
        /// <param name="member">The field, property or method.</param>
        /// <returns>Whether its value depends on the thread.</returns>
        public static bool IsThreadBound(ISymbol member)
        {
            if (member is IFieldSymbol { IsStatic: true } field)
            {
                return field.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == "System.ThreadStaticAttribute");
            }

            // The names first: this runs for every member the nest and its callees reference, and the display string allocates.
            return member.ContainingType?.Name switch
            {
                "ThreadLocal" => member.ContainingType.OriginalDefinition.ToDisplayString(NameFormat) == "System.Threading.ThreadLocal<T>",
                "Task" => member.Name == "CurrentId" && member.ContainingType.ToDisplayString(NameFormat) == "System.Threading.Tasks.Task",
                "Environment" => member.Name == "CurrentManagedThreadId" && member.ContainingType.ToDisplayString(NameFormat) == "System.Environment",
                "Thread" => member.Name == "CurrentThread" && member.ContainingType.ToDisplayString(NameFormat) == "System.Threading.Thread",
                "SynchronizationContext" => member.Name == "Current" && member.ContainingType.ToDisplayString(NameFormat) == "System.Threading.SynchronizationContext",
                // Ambient state kept per thread: a TransactionScope's transaction, an EventSource activity id, the
                // scheduler a task runs on.
                "Transaction" => member.Name == "Current" && member.ContainingType.ToDisplayString(NameFormat) == "System.Transactions.Transaction",
                "EventSource" => member.Name == "CurrentThreadActivityId" && member.ContainingType.ToDisplayString(NameFormat) == "System.Diagnostics.Tracing.EventSource",
                "TaskScheduler" => member.Name == "Current" && member.ContainingType.ToDisplayString(NameFormat) == "System.Threading.Tasks.TaskScheduler",
                _ => false,
            };
        }

        /// <summary>
        /// Tells whether a base-library member known to be free of side effects still writes into an argument:
        /// a writable view (<c>Span&lt;T&gt;</c>, <c>Memory&lt;T&gt;</c>, <c>ArraySegment&lt;T&gt;</c>, which an
        /// array converts to: <c>BitConverter.TryWriteBytes(bytes, v)</c>), or an array it copies into
        /// (<c>s.CopyTo(0, chars, 0, n)</c>, <c>Convert.ToBase64CharArray</c>). Arrays it only reads
        /// (<c>Array.IndexOf</c>, <c>string.Join</c>) are not.
        /// </summary>
        /// <param name="argument">An argument of a call to a pure member.</param>
        /// <returns>Whether the member may write through it.</returns>
        public static bool PureMayWriteThrough(IArgumentOperation argument)
        {
            if (argument.Parameter is not { RefKind: not RefKind.In } parameter || IsMemorySearch(parameter.ContainingSymbol))
            {
                return false;
            }

            string name = parameter.Type.OriginalDefinition.ToDisplayString();
            if (name is "System.Span<T>" or "System.Memory<T>" or "System.ArraySegment<T>")
            {
                return true;
            }

            return parameter.Type is IArrayTypeSymbol
                && (parameter.ContainingSymbol.Name is "CopyTo" or "TryCopyTo" or "ToBase64CharArray"
                    || parameter.Name is "destination" or "outArray" or "buffer");
        }

        /// <summary>
        /// Enumerable's deferred operators: their result holds the delegates they are given (and the source sequence)
        /// until it is enumerated. Those without a delegate (Take, Distinct...) are links of a chain as well.
        /// </summary>
        private static readonly HashSet<string> DeferredSequenceOperators = new HashSet<string>
        {
            "Where", "Select", "SelectMany", "TakeWhile", "SkipWhile", "OrderBy", "OrderByDescending", "ThenBy",
            "ThenByDescending", "GroupBy", "DistinctBy", "Take", "Skip", "TakeLast", "SkipLast", "Distinct", "Reverse",
            "Cast", "OfType", "Order", "OrderDescending", "Append", "Prepend", "DefaultIfEmpty",
        };

        /// <summary>Enumerable's operators that enumerate their source at once into a new collection.</summary>
        private static readonly HashSet<string> SequenceMaterializers = new HashSet<string>
        {
            "ToList", "ToArray", "ToHashSet", "ToDictionary", "ToLookup", "Contains", "ElementAt", "ElementAtOrDefault", "SequenceEqual",
        };

        /// <summary>
        /// Tells whether the delegates a call is given have all run when the call's value is ready: the method runs
        /// them during the call only (<see cref="RunsDelegatesDuringCallOnly"/>), or it is a deferred Enumerable
        /// operator whose sequence is the source of such a call or of a materializer (ToList, ToArray...), link by
        /// link: <c>xs.Where(x =&gt; x &gt; t).Select(x =&gt; x * k).ToList()</c>.
        /// </summary>
        /// <param name="call">The call a delegate is given to.</param>
        /// <returns>Whether no delegate it is given can run later.</returns>
        public static bool RunsDelegatesBeforeItsValueIsUsed(IInvocationOperation call)
        {
            for (IInvocationOperation current = call; ;)
            {
                IMethodSymbol method = current.TargetMethod;
                if (RunsDelegatesDuringCallOnly(method))
                {
                    return true;
                }

                string typeName = method.ContainingType?.OriginalDefinition.ToDisplayString(NameFormat) ?? string.Empty;
                if (typeName != "System.Linq.Enumerable")
                {
                    return false;
                }

                if (SequenceMaterializers.Contains(method.Name))
                {
                    return true;
                }

                if (!DeferredSequenceOperators.Contains(method.Name))
                {
                    return false;
                }

                IOperation node = current;
                while (node.Parent is IConversionOperation { IsImplicit: true } or IParenthesizedOperation or ITranslatedQueryOperation)
                {
                    node = node.Parent;
                }

                if (node.Parent is not IArgumentOperation { Parent: IInvocationOperation next } argument
                    || next.Instance is not null || next.Arguments.Length == 0 || next.Arguments[0] != argument)
                {
                    return false;
                }

                current = next;
            }
        }

        /// <summary>
        /// Tells whether an argument is one a library method may run rather than keep or return: its parameter is
        /// delegate-typed in the method's definition (Where's predicate). A delegate given as an element or a value
        /// (Append's element, FirstOrDefault's defaultValue, Aggregate's seed: a type parameter) is kept or returned.
        /// </summary>
        /// <param name="argument">The argument a delegate is given as.</param>
        /// <returns>Whether its parameter is a delegate type.</returns>
        public static bool RunsDelegateArgument(IArgumentOperation argument)
            => argument.Parameter?.OriginalDefinition.Type.TypeKind == TypeKind.Delegate;

        /// <summary>Tells whether a library method runs the delegates it is given during the call only.</summary>
        /// <param name="method">The method called.</param>
        /// <returns>Whether a delegate passed to it cannot outlive the call.</returns>
        public static bool RunsDelegatesDuringCallOnly(IMethodSymbol method)
        {
            string typeName = method.ContainingType?.OriginalDefinition.ToDisplayString(NameFormat) ?? string.Empty;
            return EagerDelegateConsumers.Contains(typeName + "." + method.Name);
        }

        /// <summary>Tells whether a member is known to be free of side effects.</summary>
        /// <param name="member">The method or property.</param>
        /// <returns>Whether calling it from parallel iterations is safe.</returns>
        public static bool IsPure(ISymbol member)
        {
            INamedTypeSymbol? type = member.ContainingType;
            if (type is null)
            {
                return false;
            }

            string typeName = type.OriginalDefinition.ToDisplayString(NameFormat);
            if (typeName.StartsWith("System.Collections.Immutable.", System.StringComparison.Ordinal) && typeName.Contains("Builder"))
            {
                // Builders are the mutable side of the immutable collections.
                return false;
            }

            if (PureTypes.Contains(typeName) || typeName.StartsWith("System.ValueTuple", System.StringComparison.Ordinal)
                || typeName.StartsWith("System.Tuple", System.StringComparison.Ordinal)
                || typeName.StartsWith("System.Collections.Immutable.", System.StringComparison.Ordinal))
            {
                return true;
            }

            string name = member is IPropertySymbol { IsIndexer: true } ? "this[]" : member.Name;
            if (member is IMethodSymbol { AssociatedSymbol: IPropertySymbol property })
            {
                name = property.IsIndexer ? "this[]" : property.Name;
                if (((IMethodSymbol)member).MethodKind == MethodKind.PropertySet)
                {
                    return false;
                }
            }

            return ReadMembers.Contains(typeName + "." + name) || IsMemorySearch(member) || HasPureAttribute(member);
        }

        /// <summary>
        /// Tells whether a property reads the same value every time while its object is not changed: an array's
        /// or a string's length, a <c>List&lt;T&gt;</c>'s count, an immutable array's length. Not an interface's
        /// member (any class may implement it), and not a member marked [Pure]: pure means free of side effects,
        /// not the same value twice.
        /// </summary>
        /// <param name="property">The property.</param>
        /// <returns>Whether two reads agree.</returns>
        public static bool IsStableMeasure(IPropertySymbol property)
        {
            string type = property.ContainingType?.OriginalDefinition.ToDisplayString(NameFormat) ?? string.Empty;
            return (type, property.Name) switch
            {
                ("System.Array", "Length" or "LongLength") => true,
                ("System.String", "Length") => true,
                ("System.Collections.Generic.List<T>", "Count") => true,
                ("System.Collections.Immutable.ImmutableArray<T>", "Length") => true,
                _ => false,
            };
        }

        /// <summary>
        /// Tells whether a library method may write through an argument: one passed to an array, <c>Span&lt;T&gt;</c>,
        /// <c>Memory&lt;T&gt;</c> or <c>ArraySegment&lt;T&gt;</c> parameter, or an array passed as anything but a read-only
        /// view (<c>Array</c>, <c>IList</c>, <c>object</c>...: Array.CopyTo's destination is an <c>Array</c>).
        /// </summary>
        /// <param name="argument">The argument.</param>
        /// <returns>Whether the callee may write into what it is given.</returns>
        public static bool MayWriteThrough(IArgumentOperation argument)
        {
            ITypeSymbol? type = argument.Parameter?.Type;
            if (argument.Parameter is { RefKind: RefKind.In } || type is null)
            {
                return false;
            }

            string name = type.OriginalDefinition.ToDisplayString();
            if (type is IArrayTypeSymbol || name is "System.Span<T>" or "System.Memory<T>" or "System.ArraySegment<T>")
            {
                return true;
            }

            return LoopShapeReader.Strip(argument.Value).Type is IArrayTypeSymbol
                && name is not ("System.Collections.Generic.IEnumerable<T>" or "System.Collections.IEnumerable" or "System.Collections.Generic.IReadOnlyList<T>"
                    or "System.Collections.Generic.IReadOnlyCollection<T>" or "System.ReadOnlySpan<T>" or "System.ReadOnlyMemory<T>");
        }

        /// <summary>
        /// Tells whether a base-library method returns a new array or list that no one else holds: Enumerable's ToArray
        /// and ToList, List&lt;T&gt;'s ToArray, GetRange and ConvertAll, string's ToCharArray and Split, Array.ConvertAll.
        /// </summary>
        /// <param name="method">The method.</param>
        /// <returns>Whether its result is a new collection.</returns>
        public static bool ReturnsNewCollection(IMethodSymbol method)
            => method.DeclaringSyntaxReferences.Length == 0
            && (method.ContainingType?.OriginalDefinition.ToDisplayString(NameFormat), method.Name) switch
            {
                ("System.Linq.Enumerable", "ToArray" or "ToList") => true,
                ("System.Collections.Generic.List<T>", "ToArray" or "GetRange" or "ConvertAll") => true,
                ("System.String", "ToCharArray" or "Split") => true,
                ("System.Array", "ConvertAll") => true,
                _ => false,
            };

        /// <summary>
        /// Tells whether a method is one of MemoryExtensions' searches and comparisons, which take a <c>Span&lt;T&gt;</c>
        /// (<c>shared.AsSpan().IndexOf(x)</c>) only to read it. What they compare runs the elements' Equals or CompareTo,
        /// which is looked into where the call is.
        /// </summary>
        /// <param name="method">The method.</param>
        /// <returns>Whether it only reads the spans it is given.</returns>
        public static bool IsMemorySearch(ISymbol? method)
            => method is IMethodSymbol search && IsMemoryExtensions(search)
            && search.Name is "IndexOf" or "LastIndexOf" or "IndexOfAny" or "LastIndexOfAny" or "IndexOfAnyExcept" or "LastIndexOfAnyExcept"
                or "IndexOfAnyInRange" or "LastIndexOfAnyInRange" or "IndexOfAnyExceptInRange" or "LastIndexOfAnyExceptInRange"
                or "Contains" or "ContainsAny" or "ContainsAnyExcept" or "ContainsAnyInRange" or "ContainsAnyExceptInRange"
                or "SequenceEqual" or "SequenceCompareTo" or "StartsWith" or "EndsWith" or "BinarySearch" or "Count"
                or "CommonPrefixLength" or "Overlaps";

        /// <summary>Tells whether a method is a member of System.MemoryExtensions (AsSpan, IndexOf, ...).</summary>
        /// <param name="method">The method.</param>
        /// <returns>Whether it is one.</returns>
        public static bool IsMemoryExtensions(IMethodSymbol method)
            => method.ContainingType is { Name: "MemoryExtensions", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } };

        /// <summary>Tells whether a static base-library method writes into the arrays passed to it (Array.Fill, Array.Sort, Array.Copy...).</summary>
        /// <param name="method">The method.</param>
        /// <returns>Whether its array arguments, other than the source ones, are written.</returns>
        public static bool WritesArrayArguments(IMethodSymbol method)
        {
            if (!method.IsStatic || method.ContainingType is null)
            {
                return false;
            }

            string type = method.ContainingType.ToDisplayString(NameFormat);
            return (type == "System.Array" && method.Name is "Fill" or "Clear" or "Copy" or "ConstrainedCopy" or "Sort" or "Reverse" or "Resize" or "Initialize")
                || (type == "System.Buffer" && method.Name is "BlockCopy" or "MemoryCopy");
        }

        /// <summary>Tells whether a method is known to return its own receiver (StringBuilder's fluent methods).</summary>
        /// <param name="method">The method.</param>
        /// <returns>Whether the call's result is the object it was called on.</returns>
        public static bool ReturnsReceiver(IMethodSymbol method)
            => !method.IsStatic
            && method.ContainingType?.ToDisplayString(NameFormat) == "System.Text.StringBuilder"
            && SymbolEqualityComparer.Default.Equals(method.ReturnType, method.ContainingType)
            && method.Name is "Append" or "AppendLine" or "AppendFormat" or "AppendJoin" or "Insert" or "Replace" or "Remove" or "Clear";

        /// <summary>Tells whether a call has a process-wide side effect (console, files, environment).</summary>
        /// <param name="member">The method.</param>
        /// <returns>Whether it must not run in parallel iterations.</returns>
        public static bool HasSharedSideEffect(ISymbol member)
            => member.ContainingType is { } type && SideEffectTypes.Contains(type.OriginalDefinition.ToDisplayString());

        /// <summary>Tells whether a type only lets its holder read a collection: IEnumerable, the IReadOnly interfaces, read-only spans, immutable and frozen collections.</summary>
        /// <param name="type">The type.</param>
        /// <returns>Whether it is a read-only view.</returns>
        public static bool IsReadOnlyView(ITypeSymbol type)
            => type is INamedTypeSymbol { TypeKind: TypeKind.Interface } iface
                ? iface.Name is "IEnumerable" or "IAsyncEnumerable" || iface.Name.StartsWith("IReadOnly", System.StringComparison.Ordinal)
                : type.Name is "ReadOnlySpan" or "ReadOnlyMemory" || type.Name.StartsWith("Immutable", System.StringComparison.Ordinal) || type.Name.StartsWith("Frozen", System.StringComparison.Ordinal);

        /// <summary>Tells whether a type is a mutable base-library type: collections, Random, StringBuilder, streams.</summary>
        /// <param name="type">The type.</param>
        /// <returns>Whether calls on a shared instance of it race.</returns>
        public static bool IsMutableType(ITypeSymbol? type)
        {
            for (ITypeSymbol? t = type; t is not null; t = t.BaseType)
            {
                string name = t.OriginalDefinition.ToDisplayString();
                if (MutableTypes.Contains(name))
                {
                    return true;
                }

                string ns = t.ContainingNamespace?.ToDisplayString() ?? string.Empty;
                if ((ns == "System.Collections" || ns == "System.Collections.Generic" || ns == "System.Collections.Concurrent"
                    || ns == "System.Collections.ObjectModel" || ns == "System.Collections.Specialized")
                    && t.TypeKind != TypeKind.Interface)
                {
                    return true;
                }

                if (ns == "System.Collections.Immutable" && t.Name == "Builder" && t.ContainingType is not null)
                {
                    // ImmutableList<T>.Builder, ImmutableDictionary<TKey, TValue>.Builder...: the mutable side of the immutable collections.
                    return true;
                }
            }

            if (type is INamedTypeSymbol { TypeKind: TypeKind.Interface } iface)
            {
                string ns = iface.ContainingNamespace?.ToDisplayString() ?? string.Empty;
                return ns.StartsWith("System.Collections", System.StringComparison.Ordinal);
            }

            return type is IArrayTypeSymbol;
        }

        /// <summary>Tells whether a member or its type carries <c>[Pure]</c>.</summary>
        /// <param name="member">The member.</param>
        /// <returns>Whether the user vouched for it.</returns>
        public static bool HasPureAttribute(ISymbol member)
            => CarriesPure(member.GetAttributes())
            || (member is IMethodSymbol { AssociatedSymbol: { } associated } && HasPureAttribute(associated))
            || (member.ContainingType is { } type && CarriesPure(type.GetAttributes()));

        private static bool CarriesPure(System.Collections.Immutable.ImmutableArray<AttributeData> attributes)
            => attributes.Any(a => a.AttributeClass?.ToDisplayString() == "System.Diagnostics.Contracts.PureAttribute");
    }
}
