using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace LoopGen.Analysis
{
    /// <summary>
    /// Whether a value of a given type may give access to the elements of an array: by being that array, by
    /// holding it (an array of arrays, a <c>List&lt;int[]&gt;</c>, a <c>Tuple&lt;int[]&gt;</c>, <c>object</c>, an
    /// interface, a type parameter), by viewing its elements without copying them (<c>Span&lt;T&gt;</c>,
    /// <c>Memory&lt;T&gt;</c>, <c>ArraySegment&lt;T&gt;</c>, <c>ImmutableArray&lt;T&gt;</c>, <c>ReadOnlyCollection&lt;T&gt;</c>)
    /// or by pointing at them (a pointer, <c>IntPtr</c>, a <c>GCHandle</c> whose <c>Target</c> is the array). One
    /// conservative rule, asked by the outer-bound check (a bound must not read what the body writes), by the
    /// check of the fields a callee reads, and by the check of the values a callee is given.
    /// </summary>
    /// <remarks>
    /// A type of the compilation does not reach an array by itself: a callee reading the array through it reads
    /// one of its fields, and the fields a callee reads are checked one by one (their types through this rule).
    /// Delegates are not counted: code LoopGen cannot see is trusted with LG0004, as the contract says.
    /// </remarks>
    internal static class ArrayReach
    {
        /// <summary>How deep the rule looks into type arguments and members before it answers yes.</summary>
        private const int MaxDepth = 6;

        /// <summary>Base-library types that view the elements of an array of their type argument without copying them.</summary>
        private static readonly HashSet<string> Views = new HashSet<string>
        {
            "System.ArraySegment<T>", "System.Memory<T>", "System.ReadOnlyMemory<T>",
            "System.Collections.Immutable.ImmutableArray<T>", "System.Buffers.ReadOnlySequence<T>",
            "System.Collections.ObjectModel.ReadOnlyCollection<T>", "System.Collections.ObjectModel.Collection<T>",
        };

        /// <summary>The views whose length is not their own: they ask the list they wrap, which may be any class.</summary>
        private static readonly HashSet<string> ForwardingViews = new HashSet<string>
        {
            "System.Collections.ObjectModel.ReadOnlyCollection<T>", "System.Collections.ObjectModel.Collection<T>",
        };

        /// <summary>
        /// Tells whether a type is a base-library view of an array's elements (<see cref="Views"/>): ArraySegment,
        /// Memory, ReadOnlyMemory, ImmutableArray, ReadOnlySequence, ReadOnlyCollection or Collection.
        /// </summary>
        /// <param name="type">The type.</param>
        /// <returns>Whether it may wrap an array of its type argument.</returns>
        public static bool IsView(ITypeSymbol type)
            => type is INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } named && Views.Contains(named.OriginalDefinition.ToDisplayString());

        /// <summary>Tells whether a view's Count asks the list it wraps (ReadOnlyCollection, Collection).</summary>
        /// <param name="type">The type.</param>
        /// <returns>Whether its length is not its own.</returns>
        public static bool ForwardsLength(ITypeSymbol type)
            => type is INamedTypeSymbol { IsGenericType: true } named && ForwardingViews.Contains(named.OriginalDefinition.ToDisplayString());

        /// <summary>
        /// Tells whether a value of <paramref name="type"/> may give access to the elements of an array of type
        /// <paramref name="target"/> (of any array when it is null).
        /// </summary>
        /// <param name="type">The static type of the value.</param>
        /// <param name="target">The array type, or null for any array.</param>
        /// <param name="compilation">The compilation, for conversions.</param>
        /// <returns>Whether it may: false only when the type cannot lead to such an array.</returns>
        public static bool MayReach(ITypeSymbol? type, IArrayTypeSymbol? target, Compilation compilation)
            => type is not null && Reach(type, target, (CSharpCompilation)compilation, 0, new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default));

        /// <param name="onPath">The types being looked into on the way here: a type met again (Type's Type[] members) adds no
        /// way to reach an array that the first visit does not already answer.</param>
        private static bool Reach(ITypeSymbol type, IArrayTypeSymbol? target, CSharpCompilation compilation, int depth, HashSet<ITypeSymbol> onPath)
        {
            if (depth > MaxDepth)
            {
                return true;
            }

            if (!onPath.Add(type))
            {
                return false;
            }

            try
            {
                return ReachOnce(type, target, compilation, depth, onPath);
            }
            finally
            {
                onPath.Remove(type);
            }
        }

        private static bool ReachOnce(ITypeSymbol type, IArrayTypeSymbol? target, CSharpCompilation compilation, int depth, HashSet<ITypeSymbol> onPath)
        {

            switch (type)
            {
                case IArrayTypeSymbol array:
                    return target is null || SameObject(compilation, target, array) || Reach(array.ElementType, target, compilation, depth + 1, onPath);
                case IPointerTypeSymbol or IFunctionPointerTypeSymbol or IDynamicTypeSymbol or ITypeParameterSymbol or IErrorTypeSymbol:
                    return true;
            }

            if (type.SpecialType is SpecialType.System_Object or SpecialType.System_Array or SpecialType.System_ValueType
                or SpecialType.System_IntPtr or SpecialType.System_UIntPtr
                || type.TypeKind == TypeKind.Interface || type.IsRefLikeType)
            {
                // An object, an interface or a boxed value may be anything; a span views elements; an address points at them.
                return true;
            }

            if (type.TypeKind is TypeKind.Enum or TypeKind.Delegate || IsScalar(type.SpecialType) || type is not INamedTypeSymbol named)
            {
                return false;
            }

            if (named.TypeArguments.Any(argument => Reach(argument, target, compilation, depth + 1, onPath)))
            {
                // List<int[]>, Tuple<int[]>, Lazy<int[]>, Dictionary<string, int[]>, StrongBox<int[]>...
                return true;
            }

            if (IsView(named))
            {
                ITypeSymbol element = named.TypeArguments[0];
                return target is null || element is ITypeParameterSymbol || SameObject(compilation, target.ElementType, element);
            }

            if (named.DeclaringSyntaxReferences.Length > 0)
            {
                // The compilation's own type: reading the array through it reads one of its fields, checked where read.
                // A base class of the base library may hold it, though (class Rows : List<int[]>).
                // A struct's base type is ValueType, which says nothing about the struct's own fields.
                return named.BaseType is { SpecialType: not SpecialType.System_Object and not SpecialType.System_ValueType } baseType
                    && Reach(baseType, target, compilation, depth + 1, onPath);
            }

            // A base-library type: what its instance members hand out (a GCHandle's or a WeakReference's Target, a
            // Task's AsyncState: object). Members typed as other library classes or interfaces are not followed
            // (a dictionary's comparer), as they do not give access to a user's array.
            for (INamedTypeSymbol? current = named; current is { SpecialType: not SpecialType.System_Object and not SpecialType.System_ValueType }; current = current.BaseType)
            {
                foreach (ISymbol member in current.GetMembers())
                {
                    if (member.IsStatic || member.DeclaredAccessibility != Accessibility.Public)
                    {
                        continue;
                    }

                    ITypeSymbol? memberType = member switch
                    {
                        IFieldSymbol field => field.Type,
                        IPropertySymbol property => property.Type,
                        _ => null,
                    };
                    if (memberType is not null && !SymbolEqualityComparer.Default.Equals(memberType, named)
                        && (memberType.SpecialType is SpecialType.System_Object or SpecialType.System_Array or SpecialType.System_IntPtr or SpecialType.System_UIntPtr
                            || memberType is IPointerTypeSymbol or IFunctionPointerTypeSymbol
                            || (memberType is IArrayTypeSymbol memberArray && Reach(memberArray, target, compilation, depth + 1, onPath))))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>Tells whether a value of type <paramref name="from"/> may be the very object held by a variable of type <paramref name="to"/>.</summary>
        /// <param name="compilation">The compilation, for conversions.</param>
        /// <param name="from">The value's type.</param>
        /// <param name="to">The variable's type.</param>
        /// <returns>Whether an implicit identity or reference conversion exists.</returns>
        public static bool SameObject(Compilation compilation, ITypeSymbol from, ITypeSymbol to)
        {
            Microsoft.CodeAnalysis.CSharp.Conversion conversion = ((CSharpCompilation)compilation).ClassifyConversion(from, to);
            return conversion.IsImplicit && (conversion.IsIdentity || conversion.IsReference);
        }

        private static bool IsScalar(SpecialType type) => type is SpecialType.System_Boolean or SpecialType.System_Char
            or SpecialType.System_SByte or SpecialType.System_Byte or SpecialType.System_Int16 or SpecialType.System_UInt16
            or SpecialType.System_Int32 or SpecialType.System_UInt32 or SpecialType.System_Int64 or SpecialType.System_UInt64
            or SpecialType.System_Decimal or SpecialType.System_Single or SpecialType.System_Double or SpecialType.System_String
            or SpecialType.System_DateTime or SpecialType.System_Void or SpecialType.System_Enum or SpecialType.System_Delegate
            or SpecialType.System_MulticastDelegate;
    }
}
