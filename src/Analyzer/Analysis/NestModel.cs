using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LoopGen.Analysis
{
    /// <summary>How the inner bounds of a nest relate to its outer loop.</summary>
    internal enum NestClass
    {
        /// <summary>The inner loop's bounds do not depend on the outer iteration: a rectangle of (i, j) pairs.</summary>
        Independent,

        /// <summary>The inner loop's bounds depend on the outer iteration, as in <c>for (j = 0; j &lt; i; j++)</c>.</summary>
        OuterDependent,
    }

    /// <summary>How the generated method distributes the nest.</summary>
    internal enum NestStrategy
    {
        /// <summary>A flattened task list over the (i, j) pairs, in chunks.</summary>
        Flatten,

        /// <summary>One task per outer row (in small chunks of rows), balanced dynamically.</summary>
        RowPerTask,
    }

    /// <summary>The kind of combining operator of a reduction.</summary>
    internal enum ReductionFamily
    {
        /// <summary><c>+=</c>, <c>-=</c>, <c>++</c>, <c>--</c>, <c>x = x + e</c>.</summary>
        Additive,

        /// <summary><c>*=</c>, <c>x = x * e</c>.</summary>
        Multiplicative,

        /// <summary><c>x = Math.Max(x, e)</c>.</summary>
        Max,

        /// <summary><c>x = Math.Min(x, e)</c>.</summary>
        Min,

        /// <summary><c>|=</c>.</summary>
        Or,

        /// <summary><c>&amp;=</c>.</summary>
        And,

        /// <summary><c>^=</c>.</summary>
        Xor,

        /// <summary><c>if (e &gt; x) x = e;</c> or <c>x = e &gt; x ? e : x;</c>: keeps the first largest value.</summary>
        SelectGreater,

        /// <summary><c>if (e &gt;= x) x = e;</c>: keeps the last largest value.</summary>
        SelectGreaterOrEqual,

        /// <summary><c>if (e &lt; x) x = e;</c>: keeps the first smallest value.</summary>
        SelectLess,

        /// <summary><c>if (e &lt;= x) x = e;</c>: keeps the last smallest value.</summary>
        SelectLessOrEqual,
    }

    /// <summary>A reason a nest cannot be parallelized (or a trusted call), with its location.</summary>
    internal sealed class Finding
    {
        public Finding(DiagnosticDescriptor descriptor, Location location, params object[] arguments)
        {
            this.Descriptor = descriptor;
            this.Location = location;
            this.Arguments = arguments;
        }

        /// <summary>Gets the rule.</summary>
        public DiagnosticDescriptor Descriptor { get; }

        /// <summary>Gets where it applies.</summary>
        public Location Location { get; }

        /// <summary>Gets the message arguments.</summary>
        public object[] Arguments { get; }

        /// <summary>Creates the diagnostic.</summary>
        /// <returns>The diagnostic.</returns>
        public Diagnostic ToDiagnostic() => Diagnostic.Create(this.Descriptor, this.Location, this.Arguments);
    }

    /// <summary>A local declared before the nest and combined by a reduction inside it.</summary>
    internal sealed class ReductionInfo
    {
        public ReductionInfo(ILocalSymbol local, ReductionFamily family)
        {
            this.Local = local;
            this.Family = family;
        }

        /// <summary>Gets the accumulator.</summary>
        public ILocalSymbol Local { get; }

        /// <summary>Gets the combining operator.</summary>
        public ReductionFamily Family { get; }
    }

    /// <summary>A <c>List&lt;T&gt;</c> local created before the nest that the nest only appends to, in order.</summary>
    internal sealed class AppendInfo
    {
        public AppendInfo(ILocalSymbol local, ITypeSymbol elementType)
        {
            this.Local = local;
            this.ElementType = elementType;
        }

        /// <summary>Gets the result list.</summary>
        public ILocalSymbol Local { get; }

        /// <summary>Gets the list's element type.</summary>
        public ITypeSymbol ElementType { get; }
    }

    /// <summary>
    /// The flattened form of the article's row-building shape: a row list created before the inner loop,
    /// appended to exactly once per inner iteration, then appended to a result list after it.
    /// </summary>
    internal sealed class RowBuilderInfo
    {
        public RowBuilderInfo(ILocalSymbol row, ITypeSymbol elementType, InvocationExpressionSyntax rowAdd, AppendInfo result, StatementSyntax declaration, StatementSyntax resultAdd)
        {
            this.Row = row;
            this.ElementType = elementType;
            this.RowAdd = rowAdd;
            this.Result = result;
            this.Declaration = declaration;
            this.ResultAdd = resultAdd;
        }

        /// <summary>Gets the row local.</summary>
        public ILocalSymbol Row { get; }

        /// <summary>Gets the row's element type.</summary>
        public ITypeSymbol ElementType { get; }

        /// <summary>Gets the single <c>row.Add(e)</c> call in the inner loop.</summary>
        public InvocationExpressionSyntax RowAdd { get; }

        /// <summary>Gets the result list the rows are appended to.</summary>
        public AppendInfo Result { get; }

        /// <summary>Gets the declaration of the row before the inner loop.</summary>
        public StatementSyntax Declaration { get; }

        /// <summary>Gets the <c>results.Add(row)</c> statement after the inner loop.</summary>
        public StatementSyntax ResultAdd { get; }

        /// <summary>
        /// Gets or sets a value indicating whether the twin's rows must have the <c>Capacity</c> M's <c>Add</c>s leave
        /// them with: M's own code may read it, because it names the result list anywhere but in the nest and in
        /// <c>return results;</c>. Otherwise rows are created at their exact length: the capacity is no part of
        /// the result (the contract compares structure, order, lengths and values), and a row a little over
        /// 8 KB (2,048 ints where 2,000 are used) takes the allocator's slow path, which made the 2000 × 2000
        /// products table twice as slow.
        /// </summary>
        public bool KeepCapacity { get; set; }
    }

    /// <summary>The classification of one top-level loop nest of a method.</summary>
    internal sealed class NestAnalysis
    {
        public NestAnalysis(LoopShape outer)
        {
            this.Outer = outer;
        }

        /// <summary>Gets the outer (parallel) loop.</summary>
        public LoopShape Outer { get; }

        /// <summary>Gets or sets the single inner loop directly in the outer body, when it is understood.</summary>
        public LoopShape? Inner { get; set; }

        /// <summary>Gets or sets the class of the nest.</summary>
        public NestClass Class { get; set; }

        /// <summary>Gets or sets the strategy chosen.</summary>
        public NestStrategy Strategy { get; set; }

        /// <summary>Gets or sets why the flattened strategy cannot be used, or null when it can.</summary>
        public string? FlattenBlocker { get; set; }

        /// <summary>Gets or sets the row-building shape that the flattened strategy rewrites, if any.</summary>
        public RowBuilderInfo? RowBuilder { get; set; }

        /// <summary>Gets the reductions.</summary>
        public List<ReductionInfo> Reductions { get; } = new List<ReductionInfo>();

        /// <summary>Gets the arrays the nest only updates with an associative operator (histograms, column sums).</summary>
        public List<ArrayReductionInfo> ArrayReductions { get; } = new List<ArrayReductionInfo>();

        /// <summary>Gets the result lists appended to in order.</summary>
        public List<AppendInfo> Appends { get; } = new List<AppendInfo>();

        /// <summary>Gets pairs of arrays that must be different objects for the parallel path (checked at run time).</summary>
        public List<(ISymbol Written, ISymbol Other)> AliasPairs { get; } = new List<(ISymbol, ISymbol)>();

        /// <summary>
        /// Gets products that must fit an <c>int</c> for the parallel path (checked at run time): for a flat array
        /// written at <c>j * S + i</c> in unchecked <c>int</c> arithmetic, the inner bound times the stride, so that no
        /// index wraps around onto another iteration's element.
        /// </summary>
        public List<(ExpressionSyntax Count, ExpressionSyntax Stride)> IndexRangeGuards { get; } = new List<(ExpressionSyntax, ExpressionSyntax)>();

        /// <summary>
        /// Gets inner bounds that must not pass a stride for the parallel path (checked at run time): for a flat array
        /// written at <c>i * S + k</c> with <c>k &lt; W</c> and <c>W</c> not the same value as <c>S</c> (a padded row),
        /// <c>W &lt;= S</c> keeps every row's elements inside its own block.
        /// </summary>
        public List<(ExpressionSyntax Bound, ExpressionSyntax Stride)> StrideGuards { get; } = new List<(ExpressionSyntax, ExpressionSyntax)>();

        /// <summary>
        /// Gets parameters and locals of a list interface type (<c>IReadOnlyList&lt;T&gt;</c>, <c>IList&lt;T&gt;</c>,
        /// <c>ICollection&lt;T&gt;</c>, <c>IEnumerable&lt;T&gt;</c>...) that the nest reads through the interface, with
        /// their element type: the parallel path runs only when each holds an array or a <c>List&lt;T&gt;</c> (checked
        /// at run time), whose members are the base library's own; another class's implementation is unknown code.
        /// </summary>
        public List<(ISymbol Variable, ITypeSymbol Element)> ListViews { get; } = new List<(ISymbol, ITypeSymbol)>();

        /// <summary>Gets jagged arrays whose rows are written, and the arrays read beside them, whose rows/objects must all be distinct.</summary>
        public List<ISymbol> JaggedWritten { get; } = new List<ISymbol>();

        /// <summary>Gets other arrays read by a nest that writes rows of a jagged array.</summary>
        public List<ISymbol> JaggedOthers { get; } = new List<ISymbol>();

        /// <summary>Gets or sets a rough cost of one innermost iteration, used for the default sequential threshold.</summary>
        public int BodyWeight { get; set; } = 1;

        /// <summary>Gets or sets a value indicating whether the inner trip count can be estimated from the outer variable alone.</summary>
        public bool InnerCountEstimable { get; set; }
    }

    /// <summary>The classification of a method: its nests, or the reasons it cannot be parallelized.</summary>
    internal sealed class MethodAnalysis
    {
        public MethodAnalysis(IMethodSymbol method, MethodDeclarationSyntax syntax)
        {
            this.Method = method;
            this.Syntax = syntax;
        }

        /// <summary>Gets the method.</summary>
        public IMethodSymbol Method { get; }

        /// <summary>Gets its declaration.</summary>
        public MethodDeclarationSyntax Syntax { get; }

        /// <summary>Gets or sets a value indicating whether the method has compile errors; nothing is reported or generated then.</summary>
        public bool HasErrors { get; set; }

        /// <summary>Gets or sets why there is no nest, when there is none.</summary>
        public string? NoNestReason { get; set; }

        /// <summary>
        /// Gets or sets a value indicating whether the classification may stop at the first rejection or
        /// trusted call (LG0200 asks only whether a method qualifies, not for every reason it does not).
        /// </summary>
        public bool StopAtFirstObjection { get; set; }

        /// <summary>Gets a value indicating whether <see cref="StopAtFirstObjection"/> is set and an objection is known.</summary>
        public bool Decided => this.StopAtFirstObjection && (this.Rejections.Count > 0 || this.TrustedCalls.Count > 0);

        /// <summary>Gets the nests found at the top level of the body, in order.</summary>
        public List<NestAnalysis> Nests { get; } = new List<NestAnalysis>();

        /// <summary>Gets the reasons the method cannot be parallelized (LG01xx).</summary>
        public List<Finding> Rejections { get; } = new List<Finding>();

        /// <summary>Gets the trusted calls (LG0004).</summary>
        public List<Finding> TrustedCalls { get; } = new List<Finding>();

        /// <summary>Gets strategy warnings (LG0005).</summary>
        public List<Finding> StrategyWarnings { get; } = new List<Finding>();

        /// <summary>Gets the attribute's options.</summary>
        public ParallelizeOptions Options { get; set; } = ParallelizeOptions.Default;

        /// <summary>Gets a value indicating whether a parallel twin can be generated.</summary>
        public bool CanGenerate => !this.HasErrors && this.NoNestReason is null && this.Nests.Count > 0 && this.Rejections.Count == 0;
    }

    /// <summary>The named arguments of <c>[Parallelize]</c>.</summary>
    internal sealed class ParallelizeOptions
    {
        /// <summary>The options of a bare <c>[Parallelize]</c>, or of a method without the attribute.</summary>
        public static readonly ParallelizeOptions Default = new ParallelizeOptions(0, 0, 0);

        public ParallelizeOptions(int strategy, int maxDegreeOfParallelism, long minParallelWork)
        {
            this.Strategy = strategy;
            this.MaxDegreeOfParallelism = maxDegreeOfParallelism;
            this.MinParallelWork = minParallelWork;
        }

        /// <summary>Gets the requested strategy: 0 auto, 1 flatten, 2 row per task.</summary>
        public int Strategy { get; }

        /// <summary>Gets the default degree of parallelism (0 or less: processor count).</summary>
        public int MaxDegreeOfParallelism { get; }

        /// <summary>Gets the sequential threshold in innermost iterations (0: LoopGen's default).</summary>
        public long MinParallelWork { get; }
    }
}
