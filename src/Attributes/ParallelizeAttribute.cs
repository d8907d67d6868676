using System;
using System.Diagnostics;

namespace LoopGen
{
    /// <summary>
    /// Asks LoopGen to generate a parallel twin of the marked method.
    /// </summary>
    /// <remarks>
    /// <para>
    /// For a method <c>R M(P1 p1, ...)</c> declared in a <see langword="partial"/> type (every
    /// containing type partial too), LoopGen generates in the same type
    /// <c>R MParallel(P1 p1, ...)</c> and
    /// <c>R MParallel(P1 p1, ..., System.Threading.Tasks.ParallelOptions options)</c>,
    /// with the same accessibility, <see langword="static"/>-ness and generic constraints as
    /// <c>M</c>. The generated method returns what <c>M</c> returns for a deterministic loop body,
    /// in the same order, and an exception from the body surfaces unwrapped, as the one <c>M</c>
    /// would have thrown first.
    /// </para>
    /// <para>
    /// When the loop nest cannot be parallelized without a data race, LoopGen generates nothing
    /// and the analyzer reports why (diagnostics LG0100 to LG0199).
    /// </para>
    /// <para>
    /// The attribute is only read at compile time: usages are not kept in the compiled assembly
    /// unless the symbol <c>LOOPGEN_KEEP_ATTRIBUTES</c> is defined.
    /// </para>
    /// </remarks>
    /// <example>
    /// <code>
    /// public static partial class Tables
    /// {
    ///     [Parallelize]
    ///     public static List&lt;List&lt;int&gt;&gt; Products(List&lt;int&gt; outer, List&lt;int&gt; inner)
    ///     {
    ///         var results = new List&lt;List&lt;int&gt;&gt;();
    ///         foreach (var i in outer)
    ///         {
    ///             var row = new List&lt;int&gt;();
    ///             foreach (var j in inner)
    ///                 row.Add(i * j);
    ///             results.Add(row);
    ///         }
    ///         return results;
    ///     }
    /// }
    ///
    /// // generated: Tables.ProductsParallel(outer, inner)
    /// </code>
    /// </example>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
    [Conditional("LOOPGEN_KEEP_ATTRIBUTES")]
    public sealed class ParallelizeAttribute : Attribute
    {
        /// <summary>
        /// How the loop nest is split into parallel work. The default, <see cref="ParallelStrategy.Auto"/>,
        /// lets LoopGen choose from the shape of the nest.
        /// </summary>
        public ParallelStrategy Strategy { get; set; } = ParallelStrategy.Auto;

        /// <summary>
        /// The largest number of workers the generated method uses. A value of zero or less (the
        /// default) means <see cref="Environment.ProcessorCount"/>. The
        /// <see cref="System.Threading.Tasks.ParallelOptions.MaxDegreeOfParallelism"/> passed to the
        /// overload taking <see cref="System.Threading.Tasks.ParallelOptions"/> takes precedence when
        /// it is positive.
        /// </summary>
        public int MaxDegreeOfParallelism { get; set; }

        /// <summary>
        /// The number of innermost iterations below which the generated method runs its sequential
        /// path, so that a small input is never made slower by the cost of starting parallel work.
        /// Zero (the default) means LoopGen's own threshold, chosen from measurements.
        /// </summary>
        public long MinParallelWork { get; set; }
    }
}
