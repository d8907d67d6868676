using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace LoopGen.Analysis
{
    /// <summary>The two loop statements LoopGen can distribute.</summary>
    internal enum LoopKind
    {
        /// <summary><c>for (T i = a; i &lt; b; i += k)</c> with an int or long counter.</summary>
        For,

        /// <summary><c>foreach (var x in source)</c> over an indexable source.</summary>
        ForEach,
    }

    /// <summary>What a <c>foreach</c> loop walks over, which decides how an iteration is addressed by its index.</summary>
    internal enum SourceKind
    {
        /// <summary>Not a foreach loop.</summary>
        None,

        /// <summary>A one-dimensional array: element <c>k</c> is <c>source[k]</c>, the count is <c>Length</c>.</summary>
        Array,

        /// <summary><c>List&lt;T&gt;</c>, <c>IList&lt;T&gt;</c> or <c>IReadOnlyList&lt;T&gt;</c>: <c>source[k]</c> and <c>Count</c>.</summary>
        List,

        /// <summary><c>Enumerable.Range(start, count)</c>: element <c>k</c> is <c>start + k</c>.</summary>
        Range,
    }

    /// <summary>
    /// A loop whose iterations LoopGen can number in advance: the counter's start, bound and constant
    /// step for a <c>for</c>, or the indexable source of a <c>foreach</c>.
    /// </summary>
    internal sealed class LoopShape
    {
        public LoopShape(StatementSyntax syntax, IOperation operation, ILocalSymbol variable, StatementSyntax body)
        {
            this.Syntax = syntax;
            this.Operation = operation;
            this.Variable = variable;
            this.Body = body;
        }

        /// <summary>Gets the loop statement.</summary>
        public StatementSyntax Syntax { get; }

        /// <summary>Gets the loop operation.</summary>
        public IOperation Operation { get; }

        /// <summary>Gets the counter of a for loop, or the iteration variable of a foreach loop.</summary>
        public ILocalSymbol Variable { get; }

        /// <summary>Gets the loop body.</summary>
        public StatementSyntax Body { get; }

        /// <summary>Gets or sets the kind of loop.</summary>
        public LoopKind Kind { get; set; }

        /// <summary>Gets or sets the start value of a for loop's counter.</summary>
        public ExpressionSyntax? Start { get; set; }

        /// <summary>
        /// Gets or sets the bound a for loop's counter is compared with: for a bound cached in the header
        /// (<c>for (int i = 0, n = a.Length; i &lt; n; i++)</c>), the cached value's initializer, <c>a.Length</c>.
        /// </summary>
        public ExpressionSyntax? Bound { get; set; }

        /// <summary>
        /// Gets or sets the local a for loop's header declares beside its counter to hold the bound (<c>n</c> in
        /// <c>for (int i = 0, n = a.Length; i &lt; n; i++)</c>), never written in the loop; null when there is none.
        /// </summary>
        public ILocalSymbol? CachedBound { get; set; }

        /// <summary>Gets or sets the comparison of a for loop, with the counter on the left.</summary>
        public BinaryOperatorKind Comparison { get; set; }

        /// <summary>
        /// Gets or sets a value indicating whether a for loop's condition is <c>!=</c> (read as <see cref="Comparison"/>,
        /// <c>&lt;</c> or <c>&gt;</c> by the step's sign): the generated code must check that the counter starts
        /// on that side of the bound, or the original loop would run past it.
        /// </summary>
        public bool NotEqual { get; set; }

        /// <summary>Gets or sets the constant step of a for loop (negative when counting down).</summary>
        public long Step { get; set; }

        /// <summary>Gets or sets what a foreach loop walks over.</summary>
        public SourceKind Source { get; set; }

        /// <summary>Gets or sets the source expression of a foreach loop (the first argument for a range).</summary>
        public ExpressionSyntax? Collection { get; set; }

        /// <summary>Gets or sets the count argument of <c>Enumerable.Range</c>.</summary>
        public ExpressionSyntax? RangeCount { get; set; }

        /// <summary>Gets or sets the type written in a foreach header (<c>var</c> or a type).</summary>
        public TypeSyntax? DeclaredType { get; set; }

        /// <summary>Gets the header expressions that decide how many iterations the loop makes.</summary>
        public System.Collections.Generic.IEnumerable<ExpressionSyntax> BoundExpressions
        {
            get
            {
                if (this.Start is not null)
                {
                    yield return this.Start;
                }

                if (this.Bound is not null)
                {
                    yield return this.Bound;
                }

                if (this.Collection is not null)
                {
                    yield return this.Collection;
                }

                if (this.RangeCount is not null)
                {
                    yield return this.RangeCount;
                }
            }
        }
    }
}
