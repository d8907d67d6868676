using System;
using System.Collections.Generic;

namespace LoopGen.Tests.Catalog
{
    /// <summary>
    /// Tenth round: gaps found while reviewing the previous rounds' fixes. Each entry was accepted silently before
    /// its fix and now carries its correct expectation.
    /// </summary>
    internal static partial class CatalogEntries
    {
        private static IEnumerable<CatalogEntry> RedTeam10()
        {
            // Comparing values typed 'object' runs whatever Equals/GetHashCode the boxed value has: here a user
            // override that counts its calls in a static. LoopGen cannot resolve it, so it trusts it with LG0004
            // (before, 'object' was taken as a base-library type comparing itself). Racy: the counter does race.
            yield return new CatalogEntry("Rt10ListOfObjectContains", """
                public sealed class Noisy { public static int Calls; public int V; public override bool Equals(object o) { Calls++; return o is Noisy k && k.V == V; } public override int GetHashCode() => V; }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    var keys = new List<object>();
                    for (int k = 0; k < n; k += 2) keys.Add(new Noisy { V = k });
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|LG0004:keys.Contains(i + j)|} ? 1 : -1;
                    return r;
                }
                """) { Report = "flattened", Racy = true };

            yield return new CatalogEntry("Rt10DictionaryOfObjectKey", """
                [Parallelize]
                public static int[,] Run(int n)
                {
                    var d = new Dictionary<object, int>();
                    for (int k = 0; k < n; k++) d[k] = k * 3;
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|LG0004:d.TryGetValue(j, out int v)|} ? v + i : -1;
                    return r;
                }
                """) { Report = "flattened" };

            // Mutual recursion: A calls B, B calls A. B was inspected while A was in progress, saw A's provisional
            // "safe", and that verdict was cached as B's own: a later direct call of B missed what A does.
            yield return new CatalogEntry("Rt10MutualRecursionTrustedCall", """
                private static int S;
                private static Func<int> F = () => ++S;
                private static int A(int k) => k <= 0 ? F() : B(k - 1);
                private static int B(int k) => k <= 0 ? 0 : A(k - 1);

                [Parallelize]
                public static int[,] Run(int n)
                {
                    S = 0;
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|LG0004:A(i % 3)|} + {|LG0004:B(j % 3)|};
                    return r;
                }
                """) { Report = "flattened", Racy = true };

            // The same cycle with a write, B called from a second nest (this one was already reported).
            yield return new CatalogEntry("Rt10MutualRecursionWriteSecondNest", """
                private static int S;
                private static int A(int k) { if (k <= 0) { S++; return S; } return B(k - 1); }
                private static int B(int k) => k <= 0 ? 0 : A(k - 1);

                [Parallelize]
                public static int[,] Run(int n)
                {
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|LG0102:A(i % 3)|};
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] += {|LG0102:B(j % 3)|};
                    return r;
                }
                """);

            // Field initializers of a class the iteration creates run in its (compiler-written) constructor. They
            // were read by a reduced walk that only caught writes to statics and array elements.
            yield return new CatalogEntry("Rt10InitializerWritesSharedObjectField", """
                public sealed class Counter { public int Count; }
                private static readonly Counter Shared = new Counter();
                public sealed class Cell { public int Id = ++Shared.Count; }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|LG0102:new Cell()|}.Id + i;
                    return r;
                }
                """);

            yield return new CatalogEntry("Rt10InitializerPassesStaticByRef", """
                private static int S;
                private static int Bump(ref int x) => ++x;
                public sealed class Cell { public int Id = Bump(ref S); }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|LG0102:new Cell()|}.Id + i;
                    return r;
                }
                """);

            yield return new CatalogEntry("Rt10InitializerLambdaWritesSharedObject", """
                public sealed class Counter { public int Count; }
                private static readonly Counter Shared = new Counter();
                public sealed class Cell { public int Id = ((Func<int>)(() => Shared.Count += 2))(); }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|LG0102:new Cell()|}.Id + i;
                    return r;
                }
                """);

            // A constructor's chain: the base class's initializers, and the arguments of an explicit base(...) call.
            yield return new CatalogEntry("Rt10BaseInitializerWritesStatic", """
                private static int S;
                public class Base { public int Tag = ++S; }
                public sealed class Cell : Base { public int Id = 3; }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|LG0102:new Cell()|}.Tag + i;
                    return r;
                }
                """);

            yield return new CatalogEntry("Rt10BaseCallArgumentWritesStatic", """
                private static int S;
                private static int Next() => ++S;
                public class Base { public int Tag; public Base(int t) { Tag = t; } }
                public sealed class Cell : Base { public Cell() : base(Next()) { } }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|LG0102:new Cell()|}.Tag + i;
                    return r;
                }
                """);

            yield return new CatalogEntry("Rt10BaseConstructorWritesStatic", """
                private static int S;
                public class Base { public int Tag; public Base() { Tag = ++S; } }
                public sealed class Cell : Base { public int Id = 3; }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|LG0102:new Cell()|}.Tag + i;
                    return r;
                }
                """);

            // Counterpart: an initializer that creates and fills its own object stays accepted.
            yield return new CatalogEntry("Rt10InitializerOwnObject", """
                public sealed class Box { public int V; public int[] Xs = new int[2]; }
                public sealed class Cell { public Box B = new Box { V = 3 }; public int Id = 7; public Func<int> Next = () => 1; public int[] Own = { 1, 2 }; }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = new Cell().B.V + i;
                    return r;
                }
                """) { Report = "flattened" };

            // A constructor that reads the static array the nest writes, in a field initializer (of its own class or of a
            // base class): a value carried between iterations, like a helper's read.
            yield return new CatalogEntry("Rt10InitializerReadsWrittenStaticArray", """
                private static int[] buffer = new int[0];
                public sealed class Peek { public int V = buffer[buffer.Length - 1]; }

                [Parallelize]
                public static int[] Run(int n)
                {
                    buffer = new int[n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            buffer[i] += {|LG0100:new Peek()|}.V + j;
                    return (int[])buffer.Clone();
                }
                """);

            yield return new CatalogEntry("Rt10BaseConstructorReadsWrittenStaticArray", """
                private static int[] buffer = new int[0];
                public class PeekBase { public int V; public PeekBase() { V = buffer[buffer.Length - 1]; } }
                public sealed class Peek : PeekBase { public int W = 1; }

                [Parallelize]
                public static int[] Run(int n)
                {
                    buffer = new int[n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            buffer[i] += {|LG0100:new Peek()|}.V + j;
                    return (int[])buffer.Clone();
                }
                """);

            yield return new CatalogEntry("Rt10EnumeratorReadsWrittenStaticArray", """
                private static int[] buffer = new int[0];
                public sealed class Tail { public E GetEnumerator() => new E(); public struct E { private int k; public int Current => buffer[buffer.Length - 1]; public bool MoveNext() => k++ < 1; } }
                private static int Last() { int s = 0; foreach (int x in new Tail()) s += x; return s; }

                [Parallelize]
                public static int[] Run(int n)
                {
                    buffer = new int[n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            buffer[i] += {|LG0100:Last()|} + j;
                    return (int[])buffer.Clone();
                }
                """);

            // Counterpart: a helper's foreach over a struct enumerator that advances its own field stays accepted (the
            // enumerator is the loop's own copy; it used to be taken as shared state, LG0102).
            yield return new CatalogEntry("Rt10HelperStructEnumeratorOwnField", """
                public sealed class Range3 { public E GetEnumerator() => new E(); public struct E { private int k; public int Current => k; public bool MoveNext() => k++ < 3; } }
                private static int Sum3() { int s = 0; foreach (int x in new Range3()) s += x; return s; }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = Sum3() + i - j;
                    return r;
                }
                """) { Report = "flattened" };

            yield return new CatalogEntry("Rt10NestStructEnumeratorOwnField", """
                public sealed class Range3 { public E GetEnumerator() => new E(); public struct E { private int k; public int Current => k; public bool MoveNext() => k++ < 3; } }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                        {
                            int s = 0;
                            foreach (int x in new Range3()) s += x * i;
                            r[i, j] = s - j;
                        }
                    return r;
                }
                """) { Report = "flattened" };

            // Counterparts of the constructor chain: a positional record calling its base record's constructor, and a class
            // with a primary constructor passing its parameter to the base class, are looked into and accepted.
            yield return new CatalogEntry("Rt10DerivedPositionalRecord", """
                public record Point(int X);
                public sealed record Point2(int X, int Y) : Point(X);

                [Parallelize]
                public static int[,] Run(int n)
                {
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = new Point2(i, j).X * 3 + new Point2(j, i).Y;
                    return r;
                }
                """) { Report = "flattened" };

            yield return new CatalogEntry("Rt10PrimaryConstructorBaseCall", """
                public class Shape { public readonly int Sides; public Shape(int sides) { Sides = sides; } }
                public sealed class Polygon(int sides, int scale) : Shape(sides * scale) { public int Scale = scale; }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = new Polygon(i, j).Sides - j;
                    return r;
                }
                """) { Report = "flattened" };

            yield return new CatalogEntry("Rt10PrimaryConstructorBaseCallWritesStatic", """
                private static int S;
                private static int Next(int k) => k + (++S);
                public class Shape { public readonly int Sides; public Shape(int sides) { Sides = sides; } }
                public sealed class Polygon(int sides) : Shape(Next(sides)) { }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|LG0102:new Polygon(i)|}.Sides - j;
                    return r;
                }
                """);

            // The counterpart: a list of a sealed base-library type compares itself, no warning.
            yield return new CatalogEntry("Rt10ListOfStringContains", """
                [Parallelize]
                public static int[,] Run(int n)
                {
                    var keys = new List<string>();
                    for (int k = 0; k < n; k += 2) keys.Add(k.ToString());
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = keys.Contains((i + j).ToString()) ? 1 : -1;
                    return r;
                }
                """) { Report = "flattened" };
        }
    }
}
