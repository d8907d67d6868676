namespace LoopGen
{
    /// <summary>
    /// How the method generated for a <see cref="ParallelizeAttribute"/> method splits its loop nest
    /// into parallel work.
    /// </summary>
    public enum ParallelStrategy
    {
        /// <summary>
        /// LoopGen chooses: <see cref="Flatten"/> when the inner loop bounds do not depend on the outer
        /// loop variable (an independent, rectangular nest), <see cref="RowPerTask"/> when they do
        /// (for example a triangular nest such as <c>for (j = 0; j &lt; i; j++)</c>) or when only the
        /// outer loop can run in parallel.
        /// </summary>
        Auto = 0,

        /// <summary>
        /// The (outer, inner) iteration pairs are flattened into one index space that is split into
        /// chunks run in parallel. Only valid when every inner iteration is independent of the others;
        /// LoopGen falls back to <see cref="RowPerTask"/> (and says so in its LG0003 report) when
        /// the nest does not allow it.
        /// </summary>
        Flatten = 1,

        /// <summary>
        /// Each iteration of the outer loop (a "row") is one unit of work, and the inner loop runs
        /// sequentially inside it. Rows are balanced across the workers, so nests whose rows differ in
        /// cost (triangular nests) keep every core busy.
        /// </summary>
        RowPerTask = 2,
    }
}
