using System;
using System.Collections.Generic;
using System.Linq;

namespace LoopGen.Tests.Catalog
{
    /// <summary>
    /// Sixteenth red-team round, from a review session: the generated code as user-facing code, and the result shapes.
    /// Entries A to G were accepted silently (LG0003 'flattened' or 'row', no LG0004) and their twins differed from M in
    /// the differential; each carries its CORRECT expectation. Mechanisms, all fixed: (1) the copied text of M was
    /// re-indented line by line (Reindent, then the SourceWriter's indentation), which also changed the continuation
    /// lines of a multi-line verbatim or interpolated verbatim string (the line breaks inside tokens are now kept byte
    /// for byte); (2) the row-building path that creates rows at their final length re-declared the inner 'for' counter
    /// per iteration, so a lambda stored in the row captured one variable per cell instead of M's single counter (such a
    /// capture now keeps the shape out of the row-building path, which copies the inner loop as it is); (3) the twin's
    /// result lists had other capacities than M's (rows created at their exact length, a flat list's Capacity set to
    /// its total before the merge), which code after the nest can read (the runtime's CapacityAfterAdds and GrowAsAdds
    /// now give them the capacity M's Adds leave); (4) a delegate's Method (its compiler-generated name contains the
    /// enclosing method's name) reveals that the lambda now lives in the generated chunk method (trusted with LG0004).
    /// H and I, added with the fixes, are a loop header written over several lines and directives that begin inside the
    /// nest and end after it, whose generated code did not compile. The cases the differential cannot see (C# 6, extern
    /// alias, [Experimental] or pragma'd [Obsolete] APIs, nested namespace blocks with usings, a type named 'var',
    /// 'where T : class?' with the body in a '#nullable disable' region, a [CallerMemberName] parameter of M, multi-line
    /// strings in a file with CRLF line ends) are tests of Test_ParallelizeGenerator_CopiedCode; a base-class member
    /// with a twin's signature is LG0109 (Test_ParallelizeAnalyzer_Rejects).
    /// Checked and found HANDLED (not entries): the row declared 'List&lt;int&gt; row = []' or 'new(m)' and the result
    /// declared '[]' or 'new()' (LG0105, or accepted one task per row, equal); rows added conditionally, twice, as
    /// 'new List&lt;int&gt;(row)', before the inner loop, with a collection initializer (row mode, equal), with
    /// 'results.Insert' or 'results.AddRange(row)' (LG0105), from a copy constructor 'new List&lt;int&gt;(seed)'
    /// (LG0105); a row that reads its own Count, two Adds per inner iteration, a 'continue' before the Add, a local or a
    /// throw computed before the inner loop, an inner bound that throws for one row (row mode, equal); a List subclass
    /// row hiding Add with 'new' (equal); T[][] rows assigned before the inner loop (row mode, equal); flat appends
    /// from the outer body around the inner loop with conditions (row mode, equal); an IReadOnlyList result of
    /// IReadOnlyList rows (equal); a List parameter appended to (LG0105), also aliased to a list the outer loop walks or
    /// reads; a result list escaped before the nest into an array parameter, a static field or an interface-typed local
    /// and then read in the nest, or left partly filled by an exception (LG0105); a multi-line raw string literal in the
    /// body (equal: its indentation is relative); generated code under C# 7.0, 7.1, 7.2, 8, 9 and 10, nullable
    /// enabled on C# 8 with a captured 'var' local of an unconstrained T, file-scoped namespaces with a namespace-level
    /// using alias, nested partial types in a generic class with constraints, a readonly struct, a ref struct, an
    /// interface (static and default instance methods), a record with a primary constructor, a class with a primary
    /// constructor, a generic method with constraints in a generic type, a using alias named Task, a static method
    /// named 'nameof' in the type, tuple and Nullable element types in list-interface guards, and doc-comment checking
    /// (all compile warning-free); a Span local read in the nest (LG0107); a project-wide CheckOverflow
    /// with a sum (LG0101); a row declared before the outer loop (LG0101, LG0105); a T[][] row assigned at i and at
    /// n - 1 - i (LG0106); a flat append list beside the rows, two row builders in one nest, a reduction or another
    /// append reading row.Count after the inner loop, a row reversed and appended to after results.Add (row mode, equal).
    /// </summary>
    internal static partial class CatalogEntries
    {
        private static IEnumerable<CatalogEntry> RedTeam16()
        {
            // A: a multi-line verbatim string in the body: the twin re-indents its continuation line (result[0,0]: M 19, twin 35).
            yield return new CatalogEntry("Rt16VerbatimStringInBody", """
                [Parallelize]
                public static int[,] Run(int n)
                {
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = @"x
                                y".Length + j;
                    return r;
                }
                """) { Report = "flattened" };

            // B: the same in an interpolated verbatim string added to a row (result[1][0]: M "0\n" + 16 spaces, twin + 32 spaces).
            yield return new CatalogEntry("Rt16VerbatimStringInRow", """
                [Parallelize]
                public static List<List<string>> Run(int[] a)
                {
                    var results = new List<List<string>>();
                    for (int i = 0; i < a.Length; i++)
                    {
                        var row = new List<string>();
                        for (int j = 0; j < i; j++)
                            row.Add($@"{j}
                                ");
                        results.Add(row);
                    }
                    return results;
                }
                """) { Report = "row" };

            // C: a lambda stored in the row captures the inner 'for' counter: M's lambdas all see the counter's final value,
            // the twin's row path declares one counter per cell (result[1][0]: M 1, twin 0).
            yield return new CatalogEntry("Rt16RowLambdaInnerCounter", """
                [Parallelize]
                public static List<List<int>> Run(int[] a)
                {
                    var results = new List<List<Func<int>>>();
                    for (int i = 0; i < a.Length; i++)
                    {
                        var row = new List<Func<int>>();
                        for (int j = 0; j < i; j++) row.Add(() => j);
                        results.Add(row);
                    }
                    return results.Select(r => r.Select(f => f()).ToList()).ToList();
                }
                """) { Report = "row" };

            // D: a delegate's Method.Name names the method the lambda is compiled in: Run in M, the chunk method in the twin (result[0,0]: M 11, twin 24).
            yield return new CatalogEntry("Rt16DelegateMethodName", """
                [Parallelize]
                public static int[,] Run(int n)
                {
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|LG0004:new Func<int, int>(x => x + 1).Method|}.Name.Length + j;
                    return r;
                }
                """) { Report = "flattened", Racy = true };

            // E: a flat result list's Capacity read after the nest: M grows it by doubling, the twin sets it to the total before the merge (result[1]: M 4, twin 1).
            yield return new CatalogEntry("Rt16FlatListCapacity", """
                [Parallelize]
                public static List<int> Run(int[] a, int m)
                {
                    var res = new List<int>();
                    for (int i = 0; i < a.Length; i++)
                        for (int j = 0; j < m; j++)
                            res.Add(a[i] + j);
                    res.Add(res.Capacity);
                    return res;
                }
                """) { Report = "flattened" };

            // F: a flattened row's Capacity read after the nest: M's row grew by doubling, the twin creates it at its final length (result[0][1]: M 4, twin 1).
            yield return new CatalogEntry("Rt16RowCapacity", """
                [Parallelize]
                public static List<List<int>> Run(int[] a, int m)
                {
                    var results = new List<List<int>>();
                    foreach (var x in a)
                    {
                        var row = new List<int>();
                        for (int j = 0; j < m; j++) row.Add(x * j);
                        results.Add(row);
                    }
                    if (results.Count > 0) results[0].Add(results[0].Capacity);
                    return results;
                }
                """) { Report = "flattened" };

            // G: the same with one task per row, rows created up front at their final length (result[0][1]: M 4, twin 1).
            yield return new CatalogEntry("Rt16RowCapacityRowMode", """
                [Parallelize]
                public static List<List<int>> Run(int[] a)
                {
                    var results = new List<List<int>>();
                    for (int i = 0; i < a.Length; i++)
                    {
                        var row = new List<int>();
                        for (int j = 0; j <= i; j++) row.Add(a[i] * j);
                        results.Add(row);
                    }
                    foreach (var r in results) r.Add(r.Capacity);
                    return results;
                }
                """) { Report = "row" };

            // H: loop headers written over several lines, one with a comment inside: the generated comments quote them on one line.
            yield return new CatalogEntry("Rt16MultiLineHeaders", """
                [Parallelize]
                public static List<int> Run(int[] a,
                                            int[] b)
                {
                    var res = new List<int>();
                    for (int i = 0; // every row
                         i < a.Length;
                         i++)
                        foreach (var x in
                                 b)
                            res.Add(a[i] * x);
                    return res;
                }
                """) { Report = "flattened" };

            // I: a region and an #if/#else/#endif that begin inside the nest and end after it: the twin copies the active code only.
            yield return new CatalogEntry("Rt16DirectivesEndAfterNest", """
                [Parallelize]
                public static int[,] Run(int n)
                {
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                        {
                            #region cells
                #if LOOPGEN_NEVER_DEFINED
                            r[i, j] = i + j;
                        }
                #else
                            r[i, j] = i - j;
                        }
                #endif
                    #endregion
                    return r;
                }
                """) { Report = "flattened" };
        }
    }
}
