using System;
using System.Collections.Generic;

namespace LoopGen.Tests.Catalog
{
    /// <summary>Third red-team round: candidates for false acceptances, each with its CORRECT expectation.</summary>
    internal static partial class CatalogEntries
    {
        private static IEnumerable<CatalogEntry> RedTeam3()
        {
            yield return new CatalogEntry("Rt3IndexerGetterWritesStatic", """
                public sealed class Grid { public static int Reads; public int this[int i] { get { Reads++; return i * Reads; } } }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    var g = new Grid();
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|LG0102:g[j]|};
                    return r;
                }
                """);

            yield return new CatalogEntry("Rt3OperatorPlusWritesStatic", """
                public readonly struct V { public readonly int X; public V(int x) { X = x; } public static int Count; public static V operator +(V a, V b) { Count++; return new V(a.X + b.X + Count); } }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = ({|LG0102:new V(i) + new V(j)|}).X;
                    return r;
                }
                """);

            yield return new CatalogEntry("Rt3ImplicitConversionWritesStatic", """
                public readonly struct W { public readonly int X; public W(int x) { X = x; } public static int Count; public static implicit operator int(W w) { Count++; return w.X + Count; } }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|LG0102:new W(i + j)|};
                    return r;
                }
                """);

            yield return new CatalogEntry("Rt3LocalFunctionAfterNestWritesCaptured", """
                [Parallelize]
                public static int[,] Run(int n)
                {
                    int seen = 0;
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|LG0102:Next(j)|};
                    return r;

                    int Next(int v) { seen += v + 1; return seen; }
                }
                """);

            yield return new CatalogEntry("Rt3StaticLambdaFieldInvoked", """
                private static int total;
                private static readonly Func<int, int> Step = v => total += v;

                [Parallelize]
                public static int[,] Run(int n)
                {
                    total = 0;
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|LG0105:Step(i + j)|};
                    return r;
                }
                """);

            yield return new CatalogEntry("Rt3EventRaised", """
                private static int total;
                public static event Action<int> Tick = v => total += v;

                [Parallelize]
                public static int Run(int n)
                {
                    total = 0;
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            {|LG0105:Tick(i * j)|};
                    return total;
                }
                """);

            yield return new CatalogEntry("Rt3ExceptionFilterLogs", """
                private static int logged;
                private static bool Log() { logged++; return true; }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                        {
                            try { r[i, j] = 100 / (j - i); }
                            catch (DivideByZeroException) when ({|LG0102:Log()|}) { r[i, j] = logged; }
                        }
                    return r;
                }
                """);

            // LG0100 too: Apply, which LoopGen does not follow a delegate into, could keep the lambda and its 'i'.
            yield return new CatalogEntry("Rt3LambdaPassedToHelperWritesCaptured", """
                private static void Apply(Action a) => a();

                [Parallelize]
                public static int Run(int[,] a)
                {
                    int sum = 0;
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            {|LG0004:Apply({|LG0100:() => {|LG0101:sum = sum * 3 + a[i, j]|}|})|};
                    return sum;
                }
                """);

            yield return new CatalogEntry("Rt3PropertyPatternGetterWrites", """
                public sealed class Counter { public int N; public int Next => ++N; }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    var c = new Counter();
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = c is { {|LG0102:Next|}: > 5 } ? c.N : j;
                    return r;
                }
                """);

            // Rejected: the clone shares the array. The record's generated accessors are plain storage (no LG0004).
            yield return new CatalogEntry("Rt3WithExpressionSharesArray", """
                public sealed record Rec(int[] Data, int Tag);

                [Parallelize]
                public static int[] Run(int n)
                {
                    var shared = new Rec(new int[4], 0);
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                        {
                            var c = shared with { Tag = i };
                            {|LG0106:c.Data[j & 3]|} = c.Data[(j + 1) & 3] + c.Tag;
                        }
                    return shared.Data;
                }
                """);

            yield return new CatalogEntry("Rt3InitSetterWritesStatic", """
                public sealed class P { public static int Last; private int v; public int V { get => v; init { v = value + Last; Last = v; } } }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    P.Last = 0;
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = new P { {|LG0102:V = j|} }.V;
                    return r;
                }
                """);

            yield return new CatalogEntry("Rt3UsingDisposeWritesStatic", """
                public sealed class Scope : IDisposable { public static int Closed; public int Id; public void Dispose() { Closed = Closed * 3 + Id; } }

                [Parallelize]
                public static int Run(int n)
                {
                    Scope.Closed = 0;
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                        {
                            {|LG0102:using var s = new Scope { Id = i + j };|}
                        }
                    return Scope.Closed;
                }
                """);

            // The same with a ref struct, whose using calls Dispose() by pattern (no IDisposable).
            yield return new CatalogEntry("Rt3UsingRefStructDisposeWritesStatic", """
                public ref struct Scope { public static int Closed; public int Id; public void Dispose() { Closed = Closed * 3 + Id; } }

                [Parallelize]
                public static int Run(int n)
                {
                    Scope.Closed = 0;
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                        {
                            {|LG0102:using var s = new Scope { Id = i + j };|}
                        }
                    return Scope.Closed;
                }
                """);

            yield return new CatalogEntry("Rt3ForeachDeconstructWritesStatic", """
                public readonly struct Pair { public readonly int A; public readonly int B; public Pair(int a, int b) { A = a; B = b; } public static int Calls; public void Deconstruct(out int a, out int b) { Calls = Calls * 3 + A; a = A; b = B + Calls; } }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    var pairs = new Pair[n];
                    for (int q = 0; q < n; q++) pairs[q] = new Pair(q, q * 2);
                    var r = new int[pairs.Length, 4];
                    for (int i = 0; i < 4; i++)
                    {
                        int k = 0;
                        foreach ({|LG0102:var (x, y)|} in pairs)
                            r[k++, i] = x + y;
                    }
                    return r;
                }
                """);

            yield return new CatalogEntry("Rt3SwitchExpressionHelperWrites", """
                private static int hits;
                private static int Hit(int v) { hits++; return v + hits; }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = (j & 1) switch { 0 => i, _ => {|LG0102:Hit(j)|} };
                    return r;
                }
                """);

            yield return new CatalogEntry("Rt3StringCreateWritesShared", """
                [Parallelize]
                public static int[] Run(int n)
                {
                    var shared = new int[4];
                    var strs = new string[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            strs[i, j] = string.Create(2, j, (span, s) => { {|LG0106:shared[s & 3]|} = shared[(s + 1) & 3] + 1; {|LG0102:span[0] = 'a'|}; {|LG0102:span[1] = 'b'|}; });
                    return shared;
                }
                """);

            yield return new CatalogEntry("Rt3SpanOverSharedArray", """
                [Parallelize]
                public static int[] Run(int n)
                {
                    var shared = new int[4];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                        {
                            Span<int> s = shared;
                            {|LG0102:s[j & 3] = s[(j + 1) & 3] + i|};
                        }
                    return shared;
                }
                """);

            yield return new CatalogEntry("Rt3RefArgToSharedElement", """
                private static void Bump(ref int x, int v) => x = x * 3 + v;

                [Parallelize]
                public static int[] Run(int[,] a)
                {
                    var acc = new int[1];
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                            Bump(ref {|LG0106:acc[0]|}, a[i, j]);
                    return acc;
                }
                """);

            yield return new CatalogEntry("Rt3TupleAssignShared", """
                [Parallelize]
                public static int Run(int[,] a)
                {
                    int last = 0;
                    for (int i = 0; i < a.GetLength(0); i++)
                        for (int j = 0; j < a.GetLength(1); j++)
                        {
                            int x;
                            {|LG0101:(x, last)|} = (a[i, j], last * 3 + a[i, j]);
                        }
                    return last;
                }
                """);

            yield return new CatalogEntry("Rt3ParallelForInsideWritesCaptured", """
                [Parallelize]
                public static int[] Run(int n)
                {
                    var shared = new int[4];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            {|LG0004:System.Threading.Tasks.Parallel.For(0, 1, k => {|LG0106:shared[j & 3]|} = shared[(j + 1) & 3] + i)|};
                    return shared;
                }
                """);

            yield return new CatalogEntry("Rt3ArrayReadAfterElementWriteAcrossI", """
                [Parallelize]
                public static int[] Run(int n)
                {
                    var r = new int[n];
                    for (int i = 1; i < n; i++)
                        for (int j = 0; j < 3; j++)
                            r[i] = {|LG0100:r[i - 1]|} + j;
                    return r;
                }
                """);
        }
    }
}
