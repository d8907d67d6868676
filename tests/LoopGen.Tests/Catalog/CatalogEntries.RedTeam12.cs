using System;
using System.Collections.Generic;
using System.Linq;

namespace LoopGen.Tests.Catalog
{
    /// <summary>
    /// Twelfth red-team round, from a review session: per-thread and per-call-stack state the nest reads through members
    /// LoopGen takes as free of side effects (a library constructor and getter, ambient thread-local getters), and ambient
    /// state that the twin's worker tasks do not inherit when the method suppresses ExecutionContext flow before the nest.
    /// Every entry below was accepted silently (LG0003 'flattened', no LG0004) and, written with its markers removed,
    /// Report = "flattened" and Large = 800 (300 for the stack entries), its twin differed from M in the differential.
    /// Each carries its CORRECT expectation, and all are fixed: the StackTrace and StackFrame constructors are trusted
    /// (LG0004), Transaction.Current, EventSource.CurrentThreadActivityId and TaskScheduler.Current are per-thread
    /// (LG0107), and the runtime runs every chunk on the calling thread when the flow of its ExecutionContext is suppressed.
    /// Checked and found HANDLED (not entries): a mutating struct method on the outer foreach variable (LG0102) and on the
    /// inner one (twin equal), foreach with explicit numeric conversions (double to int, int to byte), foreach over a
    /// 2D array (LG0108 outer, row mode inner), jagged rows shared between a read and a written parameter (checked at run
    /// time), two written arrays or one array written at [i, m - 1 - j] (row mode, alias check), a reversed outer loop with
    /// step -2 building rows, a result list, reduction, array reduction or written array read by a local function declared
    /// after the nest (LG0100), row.Add with target-typed new, conditional, default and collection expression (LG0102),
    /// a double outer bound and a char counter (LG0108), foreach over a string (LG0108), outer bounds reading a written
    /// cell, a written jagged row, a reduction or the result list's Count (LG0108), an inner bound reading a cell another
    /// row writes (LG0100), nameof of a local or parameter used only there, a using alias and using static inside the
    /// namespace, an extension method from a namespace using, T? under 'where T : struct', stackalloc T (LG0107),
    /// StackFrame.GetMethod, StackTrace.GetFrame, MethodBase.GetCurrentMethod and Exception.ToString (LG0004), and
    /// TaskScheduler.Current (no difference observed under the test runner).
    /// </summary>
    internal static partial class CatalogEntries
    {
        private static IEnumerable<CatalogEntry> RedTeam12()
        {
            // F1: a StackTrace built in the nest: the chunk runs in another method and on other threads, so its frames
            // differ (M 96, twin 95, with any degree). Like Environment.StackTrace, it should be trusted only with an LG0004.
            yield return new CatalogEntry("Rt12StackTraceFrameCount", """
                [Parallelize]
                public static int[,] Run(int n)
                {
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|LG0004:new System.Diagnostics.StackTrace()|}.FrameCount;
                    return r;
                }
                """) { Report = "flattened", Large = 300, Racy = true };

            // F2: the same in a helper the nest calls.
            yield return new CatalogEntry("Rt12StackTraceDepthInHelper", """
                private static int Depth() => new System.Diagnostics.StackTrace(false).FrameCount;

                [Parallelize]
                public static int[,] Run(int n)
                {
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|LG0004:Depth()|} + i;
                    return r;
                }
                """) { Report = "flattened", Large = 300, Racy = true };

            // F3: Transaction.Current is thread-local ambient state (a TransactionScope without async flow): the calling
            // thread sees the scope, the worker threads see null (result[12,400]: M -12, twin 12).
            yield return new CatalogEntry("Rt12AmbientTransactionCurrent", """
                [Parallelize]
                public static int[,] Run(int n)
                {
                    using var scope = new System.Transactions.TransactionScope();
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|LG0107:System.Transactions.Transaction.Current|} == null ? i : -i;
                    return r;
                }
                """);

            // F4: EventSource.CurrentThreadActivityId is per-thread (result[75,0]: M -75, twin 75).
            yield return new CatalogEntry("Rt12EventSourceThreadActivityId", """
                [Parallelize]
                public static int[,] Run(int n)
                {
                    System.Diagnostics.Tracing.EventSource.SetCurrentThreadActivityId(new Guid(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11));
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|LG0107:System.Diagnostics.Tracing.EventSource.CurrentThreadActivityId|} == Guid.Empty ? i : -i;
                    System.Diagnostics.Tracing.EventSource.SetCurrentThreadActivityId(Guid.Empty);
                    return r;
                }
                """);

            // F5: ExecutionContext flow suppressed before the nest: the worker tasks start without the caller's context,
            // so an AsyncLocal set before the nest reads 0 there (result[12,400]: M 7012, twin 12). The expectation is
            // the twin equal to M (for instance, the sequential path when ExecutionContext.IsFlowSuppressed()), or an
            // LG0107 on 'Ambient.Value'.
            yield return new CatalogEntry("Rt12AsyncLocalFlowSuppressed", """
                private static readonly System.Threading.AsyncLocal<int> Ambient = new System.Threading.AsyncLocal<int>();

                [Parallelize]
                public static int[,] Run(int n)
                {
                    Ambient.Value = 7;
                    using var flow = System.Threading.ExecutionContext.SuppressFlow();
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = Ambient.Value * 1000 + i;
                    return r;
                }
                """) { Report = "flattened", Large = 800 };

            // F6: the same suppression with culture-sensitive formatting (double.ToString, taken as pure): the current
            // culture set before the nest flows to the worker tasks only through the ExecutionContext.
            yield return new CatalogEntry("Rt12CultureFlowSuppressed", """
                [Parallelize]
                public static string[,] Run(int n)
                {
                    var culture = (System.Globalization.CultureInfo)System.Globalization.CultureInfo.InvariantCulture.Clone();
                    culture.NumberFormat.NumberDecimalSeparator = ",";
                    var saved = System.Globalization.CultureInfo.CurrentCulture;
                    System.Globalization.CultureInfo.CurrentCulture = culture;
                    var r = new string[n, n];
                    var flow = System.Threading.ExecutionContext.SuppressFlow();
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = (i + 0.5).ToString();
                    flow.Undo();
                    System.Globalization.CultureInfo.CurrentCulture = saved;
                    return r;
                }
                """) { Report = "flattened", Large = 800 };
        }
    }
}
