using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LoopGen.Analysis
{
    /// <summary>
    /// An array declared before the nest (a local or a parameter) that the nest only updates, element by
    /// element, with one associative operator: <c>hist[key]++</c>, <c>acc[j] += e</c>, <c>mask[k] |= bit</c>.
    /// The parallel path gives each chunk a private copy that starts at the operator's identity, runs the
    /// updates on it, and merges the copies into the array in chunk order (OpenMP's array reductions).
    /// </summary>
    internal sealed class ArrayReductionInfo
    {
        public ArrayReductionInfo(ISymbol array, IArrayTypeSymbol type, ReductionFamily family)
        {
            this.Array = array;
            this.Type = type;
            this.Family = family;
        }

        /// <summary>Gets the array variable: a local declared before the nest, or a parameter.</summary>
        public ISymbol Array { get; }

        /// <summary>Gets the array's type (any rank; the element type is a reducible primitive).</summary>
        public IArrayTypeSymbol Type { get; }

        /// <summary>Gets the combining operator (additive, multiplicative, or, and, xor).</summary>
        public ReductionFamily Family { get; }
    }

    /// <summary>The classifier side of array reductions: which written arrays are only ever reduced into.</summary>
    internal sealed partial class NestWalker
    {
        /// <summary>
        /// Accepts a written array as an array reduction when every element access of it in the nest is the
        /// target of an update statement <c>a[idx] op= e;</c>, <c>a[idx]++;</c> or <c>a[idx]--;</c> with one
        /// operator family that the scalar reductions accept for the element type (the same exactness rules),
        /// where neither <c>idx</c> nor <c>e</c> mention the array, outside lambdas and local functions; and the
        /// array variable is a local declared before the nest or a parameter. Any read of the array, any other
        /// write, a whole use (checked before), or a jagged access keeps the usual rules, which reject it.
        /// Aliasing with the other arrays of the nest is left to the checks that follow for every written
        /// array (run-time <c>ReferenceEquals</c> and distinct-row checks, or a rejection).
        /// </summary>
        /// <param name="root">A written array variable.</param>
        /// <param name="accesses">Its element accesses in the nest.</param>
        /// <param name="typeHint">When the updates have the shape of a reduction but the element type does not reduce exactly, why.</param>
        /// <returns>Whether it is an array reduction (recorded in the nest).</returns>
        private bool TryArrayReduction(ISymbol root, List<ArrayAccess> accesses, out string? typeHint)
        {
            typeHint = null;
            bool declaredBefore = root switch
            {
                IParameterSymbol => true,

                // Not a loop variable or a local of the nest: the copies are made before any iteration runs.
                ILocalSymbol { IsRef: false } local => !this.IsInside(Declaration(local), this.Outer.Syntax),
                _ => false,
            };
            if (!declaredBefore || TypeOfVariable(root) is not IArrayTypeSymbol type)
            {
                return false;
            }

            ReductionFamily? family = null;
            foreach (ArrayAccess access in accesses)
            {
                if (access.Depth != 1 || !access.IsWrite || access.Operation is not IArrayElementReferenceOperation element || !this.TryMatchArrayUpdate(element, root, out ReductionFamily found)
                    || (family is { } previous && previous != found))
                {
                    return false;
                }

                family = found;
            }

            if (family is not { } accepted)
            {
                return false;
            }

            if (!IsReducibleType(type.ElementType, accepted))
            {
                typeHint = ReducibleTypeHint(type.ElementType, accepted);
                return false;
            }

            this.nest.ArrayReductions.Add(new ArrayReductionInfo(root, type, accepted));
            return true;
        }

        /// <summary>Recognizes one update statement of an array reduction on the element <paramref name="element"/>.</summary>
        private bool TryMatchArrayUpdate(IArrayElementReferenceOperation element, ISymbol root, out ReductionFamily family)
        {
            family = default;
            if (this.InNestedFunction(element) || element.Indices.Any(index => Mentions(index, root)))
            {
                return false;
            }

            // The update is a statement of its own: its value (the element after the update) is not used.
            switch (element.Parent)
            {
                case ICompoundAssignmentOperation compound when compound.Target == element
                    && compound.OperatorMethod is null && !compound.IsChecked
                    && compound.Parent is IExpressionStatementOperation
                    && !Mentions(compound.Value, root):
                    return TryFamily(compound.OperatorKind, leftIsSelf: true, out family);
                case IIncrementOrDecrementOperation increment when increment.Target == element
                    && increment.OperatorMethod is null && !increment.IsChecked
                    && increment.Parent is IExpressionStatementOperation:
                    family = ReductionFamily.Additive;
                    return true;
                default:
                    return false;
            }
        }

        /// <summary>Tells whether an operation mentions a local or parameter, other than to measure it (<c>a.Length</c>, <c>a.GetLength(0)</c>).</summary>
        private static bool Mentions(IOperation operation, ISymbol variable)
            => operation.DescendantsAndSelf().Any(op => op switch
            {
                ILocalReferenceOperation local => SymbolEqualityComparer.Default.Equals(local.Local, variable) && !IsMeasured(op),
                IParameterReferenceOperation parameter => SymbolEqualityComparer.Default.Equals(parameter.Parameter, variable) && !IsMeasured(op),
                _ => false,
            });

        /// <summary>Tells whether an array reference only measures the array; a private copy has the same shape.</summary>
        private static bool IsMeasured(IOperation reference) => reference.Parent switch
        {
            IPropertyReferenceOperation { Property.Name: "Length" or "LongLength" or "Rank" } property => property.Instance == reference,
            IInvocationOperation { TargetMethod.Name: "GetLength" or "GetLongLength" or "GetUpperBound" or "GetLowerBound" } invocation => invocation.Instance == reference,
            _ => false,
        };
    }
}
