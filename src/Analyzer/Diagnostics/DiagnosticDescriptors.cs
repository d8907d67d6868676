using Microsoft.CodeAnalysis;

namespace LoopGen.Diagnostics
{
    /// <summary>
    /// Every diagnostic LoopGen reports, in one place. IDs are stable once shipped
    /// (see AnalyzerReleases.Shipped.md); each rule has a page under docs/rules/.
    /// </summary>
    internal static class DiagnosticDescriptors
    {
        /// <summary>The category of set-up and report rules (LG0001-LG0099).</summary>
        public const string UsageCategory = "LoopGen.Usage";

        /// <summary>The category of the reasons a nest cannot be parallelized (LG0100-LG0199).</summary>
        public const string SafetyCategory = "LoopGen.Safety";

        /// <summary>The category of suggestions with code fixes (LG0200-LG0299).</summary>
        public const string SuggestionCategory = "LoopGen.Suggestion";

        /// <summary>The address of the rule pages; a rule's help link is this plus <c>{id}.md</c>.</summary>
        public const string HelpLinkBase = "https://github.com/loopgen/loopgen/blob/main/docs/rules/";

        /// <summary>ID of <see cref="TypeNotPartial"/>.</summary>
        public const string TypeNotPartialId = "LG0001";

        /// <summary>ID of <see cref="NoLoopNest"/>.</summary>
        public const string NoLoopNestId = "LG0002";

        /// <summary>ID of <see cref="ParallelizationReport"/>.</summary>
        public const string ParallelizationReportId = "LG0003";

        /// <summary>ID of <see cref="TrustedCall"/>.</summary>
        public const string TrustedCallId = "LG0004";

        /// <summary>ID of <see cref="StrategyNotApplicable"/>.</summary>
        public const string StrategyNotApplicableId = "LG0005";

        /// <summary>ID of <see cref="UnsupportedTarget"/>.</summary>
        public const string UnsupportedTargetId = "LG0006";

        /// <summary>ID of <see cref="CarriedValue"/>.</summary>
        public const string CarriedValueId = "LG0100";

        /// <summary>ID of <see cref="SharedVariableWrite"/>.</summary>
        public const string SharedVariableWriteId = "LG0101";

        /// <summary>ID of <see cref="SharedStateWrite"/>.</summary>
        public const string SharedStateWriteId = "LG0102";

        /// <summary>ID of <see cref="ControlFlowLeavesLoop"/>.</summary>
        public const string ControlFlowLeavesLoopId = "LG0103";

        /// <summary>ID of <see cref="CounterWritten"/>.</summary>
        public const string CounterWrittenId = "LG0104";

        /// <summary>ID of <see cref="SharedObjectCall"/>.</summary>
        public const string SharedObjectCallId = "LG0105";

        /// <summary>ID of <see cref="CollidingArrayWrite"/>.</summary>
        public const string CollidingArrayWriteId = "LG0106";

        /// <summary>ID of <see cref="UnsupportedConstruct"/>.</summary>
        public const string UnsupportedConstructId = "LG0107";

        /// <summary>ID of <see cref="LoopFormNotUnderstood"/>.</summary>
        public const string LoopFormNotUnderstoodId = "LG0108";

        /// <summary>ID of <see cref="UnsupportedMethod"/>.</summary>
        public const string UnsupportedMethodId = "LG0109";

        /// <summary>ID of <see cref="CanParallelize"/>.</summary>
        public const string CanParallelizeId = "LG0200";

        /// <summary>ID of <see cref="UseParallelMethod"/>.</summary>
        public const string UseParallelMethodId = "LG0201";

        /// <summary>
        /// LG0001: the type (or a containing type) of a <c>[Parallelize]</c> method is not partial.
        /// <para>Format: <c>"Type '{0}' must be partial for LoopGen to add '{1}' to it"</c></para>
        /// </summary>
        public static readonly DiagnosticDescriptor TypeNotPartial = Create(
            TypeNotPartialId,
            "The type of a [Parallelize] method must be partial",
            "Type '{0}' must be partial for LoopGen to add '{1}' to it",
            UsageCategory,
            DiagnosticSeverity.Error,
            "LoopGen adds the parallel method to the type that declares the [Parallelize] method, so that type and every type containing it must be declared partial.");

        /// <summary>
        /// LG0002: a <c>[Parallelize]</c> method has no loop nest LoopGen can parallelize.
        /// <para>Format: <c>"Method '{0}' has no loop nest that LoopGen can parallelize: {1}"</c></para>
        /// </summary>
        public static readonly DiagnosticDescriptor NoLoopNest = Create(
            NoLoopNestId,
            "No loop nest to parallelize",
            "Method '{0}' has no loop nest that LoopGen can parallelize: {1}",
            UsageCategory,
            DiagnosticSeverity.Warning,
            "LoopGen parallelizes a for or foreach loop, at the top level of the method body, that contains another loop. Nothing is generated for this method.");

        /// <summary>
        /// LG0003: the parallelization report.
        /// <para>Format: <c>"'{0}' is generated: {1}"</c></para>
        /// </summary>
        public static readonly DiagnosticDescriptor ParallelizationReport = Create(
            ParallelizationReportId,
            "Parallelization report",
            "'{0}' is generated: {1}",
            UsageCategory,
            DiagnosticSeverity.Info,
            "Says which strategy LoopGen chose for the loop nest (a flattened task list over the (outer, inner) pairs, or one task per outer row) and how the results are rebuilt.");

        /// <summary>
        /// LG0004: a call LoopGen cannot see into is trusted.
        /// <para>Format: <c>"The call to '{0}' cannot be analyzed and is trusted to write no shared state; mark the callee [Pure] or suppress LG0004 once checked"</c></para>
        /// </summary>
        public static readonly DiagnosticDescriptor TrustedCall = Create(
            TrustedCallId,
            "Call trusted to be free of shared writes",
            "The call to '{0}' cannot be analyzed and is trusted to write no shared state; mark the callee [Pure] or suppress LG0004 once checked",
            UsageCategory,
            DiagnosticSeverity.Warning,
            "LoopGen looks into methods of the same compilation and knows the side-effect-free methods of the base library. Any other call runs in parallel on trust: if it writes shared state, the parallel method races.");

        /// <summary>
        /// LG0005: the strategy named on the attribute cannot be used for this nest.
        /// <para>Format: <c>"Strategy '{0}' cannot be used for this nest ({1}); '{2}' uses one task per row instead"</c></para>
        /// </summary>
        public static readonly DiagnosticDescriptor StrategyNotApplicable = Create(
            StrategyNotApplicableId,
            "Requested strategy cannot be used",
            "Strategy '{0}' cannot be used for this nest ({1}); '{2}' uses one task per row instead",
            UsageCategory,
            DiagnosticSeverity.Warning,
            "The flattened strategy needs an inner loop whose iterations are independent of each other and whose bounds do not depend on the outer iteration.");

        /// <summary>
        /// LG0006: <c>[Parallelize]</c> on an accessor, local function, lambda, operator, conversion or finalizer.
        /// <para>Format: <c>"[Parallelize] on {0} is ignored: LoopGen generates a parallel twin for ordinary methods only"</c></para>
        /// </summary>
        public static readonly DiagnosticDescriptor UnsupportedTarget = Create(
            UnsupportedTargetId,
            "[Parallelize] on an unsupported member",
            "[Parallelize] on {0} is ignored: LoopGen generates a parallel twin for ordinary methods only",
            UsageCategory,
            DiagnosticSeverity.Warning,
            "LoopGen analyzes and generates twins for ordinary methods (either part of a partial method). On other kinds of methods the attribute has no effect: move the loop nest into an ordinary method and call its twin.");

        /// <summary>
        /// LG0100: a value is carried from one parallel iteration to another.
        /// <para>Format: <c>"'{0}' carries a value from one iteration of the parallel loop to the next{1}"</c></para>
        /// </summary>
        public static readonly DiagnosticDescriptor CarriedValue = Create(
            CarriedValueId,
            "Value carried between parallel iterations",
            "'{0}' carries a value from one iteration of the parallel loop to the next{1}",
            SafetyCategory,
            DiagnosticSeverity.Warning,
            "An iteration reads a value that an earlier iteration wrote, so the iterations cannot run at the same time.");

        /// <summary>
        /// LG0101: a variable declared outside the nest is written inside it.
        /// <para>Format: <c>"'{0}' is declared outside the loop nest and written by every iteration; it is neither a result nor a reduction LoopGen recognizes{1}"</c></para>
        /// </summary>
        public static readonly DiagnosticDescriptor SharedVariableWrite = Create(
            SharedVariableWriteId,
            "Write to a variable shared by parallel iterations",
            "'{0}' is declared outside the loop nest and written by every iteration; it is neither a result nor a reduction LoopGen recognizes{1}",
            SafetyCategory,
            DiagnosticSeverity.Warning,
            "Parallel iterations writing one variable race. Declare the variable inside the loop, or shape the update as a reduction (sum += x, count++, max = Math.Max(max, x)).");

        /// <summary>
        /// LG0102: a field, static or property is written inside the nest.
        /// <para>Format: <c>"'{0}' writes shared state '{1}' from parallel iterations"</c></para>
        /// </summary>
        public static readonly DiagnosticDescriptor SharedStateWrite = Create(
            SharedStateWriteId,
            "Write to shared state",
            "'{0}' writes shared state '{1}' from parallel iterations",
            SafetyCategory,
            DiagnosticSeverity.Warning,
            "Fields, statics, properties and objects reachable from outside the loop are shared by all iterations; writing them in parallel races.");

        /// <summary>
        /// LG0103: control flow leaves the parallel loop.
        /// <para>Format: <c>"'{0}' leaves the loop that would run in parallel"</c></para>
        /// </summary>
        public static readonly DiagnosticDescriptor ControlFlowLeavesLoop = Create(
            ControlFlowLeavesLoopId,
            "Control flow leaves a parallel loop",
            "'{0}' leaves the loop that would run in parallel",
            SafetyCategory,
            DiagnosticSeverity.Warning,
            "A break, return or goto out of a loop makes later iterations depend on earlier ones, so that loop cannot run in parallel.");

        /// <summary>
        /// LG0104: the counter of the parallel loop is written in its body.
        /// <para>Format: <c>"The counter '{0}' of the parallel loop is written in its body"</c></para>
        /// </summary>
        public static readonly DiagnosticDescriptor CounterWritten = Create(
            CounterWrittenId,
            "Parallel loop counter written in the body",
            "The counter '{0}' of the parallel loop is written in its body",
            SafetyCategory,
            DiagnosticSeverity.Warning,
            "The iterations of a loop whose counter is changed in its body are not known in advance, so they cannot be distributed.");

        /// <summary>
        /// LG0105: a call on a shared mutable object, or a call with a shared side effect.
        /// <para>Format: <c>"'{0}' calls '{1}' on a shared mutable object or with a shared side effect"</c></para>
        /// </summary>
        public static readonly DiagnosticDescriptor SharedObjectCall = Create(
            SharedObjectCallId,
            "Call on a shared mutable object",
            "'{0}' calls '{1}' on a shared mutable object or with a shared side effect",
            SafetyCategory,
            DiagnosticSeverity.Warning,
            "Objects such as Random, StringBuilder, collections or the console are not safe to use from parallel iterations. Create one per iteration, or collect results in a recognized result shape.");

        /// <summary>
        /// LG0106: an array write whose index may collide across parallel iterations.
        /// <para>Format: <c>"'{0}' writes an element of '{1}' that other parallel iterations may also access{2}"</c></para>
        /// </summary>
        public static readonly DiagnosticDescriptor CollidingArrayWrite = Create(
            CollidingArrayWriteId,
            "Array write may collide across parallel iterations",
            "'{0}' writes an element of '{1}' that other parallel iterations may also access{2}",
            SafetyCategory,
            DiagnosticSeverity.Warning,
            "Parallel iterations may write an array only at elements indexed by the parallel loop's counter, and may read it only there.");

        /// <summary>
        /// LG0107: a construct LoopGen does not parallelize.
        /// <para>Format: <c>"'{0}' ({1}) cannot be used inside a loop nest that LoopGen parallelizes"</c></para>
        /// </summary>
        public static readonly DiagnosticDescriptor UnsupportedConstruct = Create(
            UnsupportedConstructId,
            "Construct not supported in a parallel loop",
            "'{0}' ({1}) cannot be used inside a loop nest that LoopGen parallelizes",
            SafetyCategory,
            DiagnosticSeverity.Warning,
            "await, lock, yield, goto, pointers, ref locals and dynamic code are not analyzed; LoopGen rejects the nest rather than guess.");

        /// <summary>
        /// LG0108: a loop form LoopGen does not understand.
        /// <para>Format: <c>"The loop '{0}' is not in a form LoopGen understands: {1}"</c></para>
        /// </summary>
        public static readonly DiagnosticDescriptor LoopFormNotUnderstood = Create(
            LoopFormNotUnderstoodId,
            "Loop form not understood",
            "The loop '{0}' is not in a form LoopGen understands: {1}",
            SafetyCategory,
            DiagnosticSeverity.Warning,
            "LoopGen distributes 'for' loops with an int or long counter, a loop-invariant bound compared with <, <=, > or >=, and a constant step, and 'foreach' loops over arrays, List<T>, IList<T>, IReadOnlyList<T> and Enumerable.Range.");

        /// <summary>
        /// LG0109: the method itself cannot get a parallel twin.
        /// <para>Format: <c>"Method '{0}' cannot be parallelized: {1}"</c></para>
        /// </summary>
        public static readonly DiagnosticDescriptor UnsupportedMethod = Create(
            UnsupportedMethodId,
            "Method form not supported",
            "Method '{0}' cannot be parallelized: {1}",
            SafetyCategory,
            DiagnosticSeverity.Warning,
            "Methods with ref or out parameters, iterators, async methods, instance methods of structs and methods without a block body get no parallel twin.");

        /// <summary>
        /// LG0200: a method without <c>[Parallelize]</c> has a nest LoopGen could parallelize.
        /// <para>Format: <c>"The loop nest in '{0}' can be parallelized by LoopGen: {1}"</c></para>
        /// </summary>
        public static readonly DiagnosticDescriptor CanParallelize = Create(
            CanParallelizeId,
            "Loop nest can be parallelized",
            "The loop nest in '{0}' can be parallelized by LoopGen: {1}",
            SuggestionCategory,
            DiagnosticSeverity.Info,
            "Add [Parallelize] to the method (and make its types partial) to get a parallel twin of it.");

        /// <summary>
        /// LG0201: a call to <c>M</c> where <c>MParallel</c> exists.
        /// <para>Format: <c>"'{0}' has a parallel twin '{1}'"</c></para>
        /// </summary>
        public static readonly DiagnosticDescriptor UseParallelMethod = Create(
            UseParallelMethodId,
            "Call the parallel twin",
            "'{0}' has a parallel twin '{1}'",
            SuggestionCategory,
            DiagnosticSeverity.Info,
            "LoopGen generated a parallel version of the called method with the same parameters and result.");

        /// <summary>Gets the help link of a rule: its page under docs/rules/.</summary>
        /// <param name="id">The rule ID.</param>
        /// <returns>The address of the rule's page.</returns>
        public static string GetHelpUri(string id) => HelpLinkBase + id + ".md";

        private static DiagnosticDescriptor Create(string id, string title, string message, string category, DiagnosticSeverity severity, string description)
            => new DiagnosticDescriptor(id, title, message, category, severity, isEnabledByDefault: true, description: description, helpLinkUri: GetHelpUri(id));
    }
}
