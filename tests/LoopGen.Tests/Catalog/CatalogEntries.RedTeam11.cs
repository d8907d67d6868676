using System;
using System.Collections.Generic;
using System.Linq;

namespace LoopGen.Tests.Catalog
{
    /// <summary>
    /// Eleventh red-team round, from a review session. Every entry below was accepted with no error and no LG0004
    /// (flattened), and its twin was shown to differ from M (differential with the markers removed and Report = "flattened",
    /// Large = 800: ids out of order, lost List.Add updates, racy statics). Each carries its CORRECT expectation, and
    /// all are fixed; entries accepted with an LG0004 for a call that does race are marked Racy.
    /// Checked and found HANDLED (not entries): compound assignment on a user indexer whose setter writes a static,
    /// checked user operator (LG0102 on the inner expression), extension GetEnumerator whose MoveNext writes a static,
    /// custom event add accessor, virtual getter on a base-typed private local (LG0004), user operator true in an if,
    /// record == running a user Equals, inner bound that throws when the outer loop is empty, an outer-dependent bound
    /// that throws past the end while M throws DivideByZero first.
    /// </summary>
    internal static partial class CatalogEntries
    {
        private static IEnumerable<CatalogEntry> RedTeam11()
        {
            // A: the base class's explicit constructor writes a static; the derived constructor's body is empty.
            yield return new CatalogEntry("Rt11BaseCtorWritesStatic", """
                public class TBase { public static int Next; public readonly int Id; public TBase() { Id = ++Next; } }
                public sealed class Ticket : TBase { public Ticket() { } }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    TBase.Next = 0;
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|LG0102:new Ticket()|}.Id;
                    return r;
                }
                """);

            // B: same, the derived class has the compiler's constructor.
            yield return new CatalogEntry("Rt11BaseCtorImplicitDerived", """
                public class TBase { public static int Next; public readonly int Id; public TBase() { Id = ++Next; } }
                public sealed class Ticket : TBase { }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    TBase.Next = 0;
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|LG0102:new Ticket()|}.Id;
                    return r;
                }
                """);

            // C: this(...) chaining: the chained constructor writes a static.
            yield return new CatalogEntry("Rt11ThisCtorChainWritesStatic", """
                public sealed class Ticket { public static int Next; public int Id; public int K; public Ticket(int k) : this() { K = k; } public Ticket() { Id = ++Next; } }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    Ticket.Next = 0;
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|LG0102:new Ticket(i)|}.Id;
                    return r;
                }
                """);

            // D: the base class's field initializer writes a static.
            yield return new CatalogEntry("Rt11BaseFieldInitializer", """
                public class TBase { public static int Next; public int Id = ++Next; }
                public sealed class Ticket : TBase { }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    TBase.Next = 0;
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|LG0102:new Ticket()|}.Id;
                    return r;
                }
                """);

            // E: a field initializer passes a static by ref to a helper that increments it.
            yield return new CatalogEntry("Rt11InitializerRefArgument", """
                public sealed class Ticket { public static int Next; private static int Bump(ref int c) => ++c; public int Id = Bump(ref Next); }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    Ticket.Next = 0;
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|LG0102:new Ticket()|}.Id;
                    return r;
                }
                """);

            // F: a field initializer writes statics by deconstruction.
            yield return new CatalogEntry("Rt11InitializerDeconstruction", """
                public sealed class Ticket { public static int Next; public static int Last; public int Id = ((Next, Last) = (Next + 1, Next)).Item1; }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    Ticket.Next = 0;
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|LG0102:new Ticket()|}.Id;
                    return r;
                }
                """);

            // G: a field initializer increments a field of a shared object (static readonly reference).
            yield return new CatalogEntry("Rt11InitializerSharedObjectField", """
                public sealed class Counter { public int N; }
                public sealed class Ticket { public static readonly Counter Shared = new Counter(); public int Id = ++Shared.N; }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    Ticket.Shared.N = 0;
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|LG0102:new Ticket()|}.Id;
                    return r;
                }
                """);

            // H: a virtual method called on a private object held as its base type: the override runs.
            yield return new CatalogEntry("Rt11VirtualOnPrivateBaseTypedLocal", """
                public class Op { public virtual int Get(int x) => x; }
                public sealed class CountingOp : Op { public static int Calls; public override int Get(int x) => x + (++Calls); }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    CountingOp.Calls = 0;
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                        {
                            Op o = new CountingOp();
                            r[i, j] = {|LG0004:o.Get(i + j)|};
                        }
                    return r;
                }
                """) { Report = "flattened", Racy = true };

            // I: a default interface method called on a private object whose class implements it itself.
            yield return new CatalogEntry("Rt11DefaultInterfaceMethodOnPrivate", """
                public interface IGet { int Get(int x) => x; }
                public sealed class G : IGet { public static int Calls; public int Get(int x) => x + (++Calls); }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    G.Calls = 0;
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                        {
                            IGet g = new G();
                            r[i, j] = {|LG0004:g.Get(i + j)|};
                        }
                    return r;
                }
                """) { Report = "flattened", Racy = true };

            // M1: a helper creates 'new T()': the type argument's constructor writes a static.
            yield return new CatalogEntry("Rt11NewTypeParameterInHelper", """
                public class TBase { public int Id; }
                public sealed class Ticket : TBase { public static int Next; public Ticket() { Id = ++Next; } }
                private static int Make<T>() where T : TBase, new() => new T().Id;

                [Parallelize]
                public static int[,] Run(int n)
                {
                    Ticket.Next = 0;
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|LG0004:Make<Ticket>()|};
                    return r;
                }
                """) { Report = "flattened", Racy = true };

            // M2: the same in a generic local function declared in the iteration.
            yield return new CatalogEntry("Rt11NewTypeParameterInLocalFunction", """
                public class TBase { public int Id; }
                public sealed class Ticket : TBase { public static int Next; public Ticket() { Id = ++Next; } }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    Ticket.Next = 0;
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                        {
                            static int Make<T>() where T : TBase, new() => {|LG0004:new T()|}.Id;
                            r[i, j] = Make<Ticket>();
                        }
                    return r;
                }
                """) { Report = "flattened", Racy = true };

            // L: a static virtual interface member called through a type parameter: the implementation runs, the default body is inspected.
            yield return new CatalogEntry("Rt11StaticVirtualInterfaceInLocalFunction", """
                public interface IOp { static virtual int Apply(int x) => x; }
                public sealed class Counting : IOp { public static int Calls; public static int Apply(int x) => x + (++Calls); }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    Counting.Calls = 0;
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                        {
                            static int Ap<T>(int x) where T : IOp => {|LG0004:T.Apply(x)|};
                            r[i, j] = Ap<Counting>(i + j);
                        }
                    return r;
                }
                """) { Report = "flattened", Racy = true };

            // Compound assignment on a property of a private object in the nest: the getter runs too, and writes a static
            // (reported at the getter's read, 'h.P').
            yield return new CatalogEntry("Rt11CompoundPropertyGetterWritesNest", """
                public sealed class Box { public static int Reads; public int Seen; private int v; public int P { get { Seen = ++Reads; return v; } set { v = value; } } }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    Box.Reads = 0;
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                        {
                            var h = new Box();
                            {|LG0102:h.P|} += 1;
                            r[i, j] = h.Seen;
                        }
                    return r;
                }
                """);

            // The same in a helper.
            yield return new CatalogEntry("Rt11CompoundPropertyGetterWritesHelper", """
                public sealed class Box { public static int Reads; public int Seen; private int v; public int P { get { Seen = ++Reads; return v; } set { v = value; } } }
                private static int Use() { var h = new Box(); h.P++; return h.Seen; }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    Box.Reads = 0;
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|LG0102:Use()|};
                    return r;
                }
                """);

            // A helper deconstructs into a property of its own object: the setter (which writes a static) is not inspected.
            yield return new CatalogEntry("Rt11HelperDeconstructIntoPropertySetter", """
                public sealed class Box { public static int Writes; public int Seen; public int P { get => 0; set { Seen = ++Writes + (value * 0); } } }
                private static int Fill(int x) { var h = new Box(); (h.P, _) = (x, 0); return h.Seen; }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    Box.Writes = 0;
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|LG0102:Fill(i + j)|};
                    return r;
                }
                """);

            // CC: a nested member initializer writes a field of the object a getter returns (a shared one).
            yield return new CatalogEntry("Rt11NestedMemberInitializerShared", """
                public sealed class Counter { public int N; }
                public sealed class Outer { public static readonly Counter Shared = new Counter(); public Counter Inner => Shared; }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                        {
                            var o = new Outer { Inner = { {|LG0102:N = i + j|} } };
                            r[i, j] = Outer.Shared.N;
                        }
                    return r;
                }
                """);

            // R1: a ref field of a ref struct local is re-pointed at a static, then written through (in the nest).
            yield return new CatalogEntry("Rt11RefFieldOfRefStructInNest", """
                public ref struct Cell { public ref int V; }
                public static int Slot;

                [Parallelize]
                public static int[,] Run(int n)
                {
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                        {
                            var c = new Cell();
                            {|LG0107:c.V = ref Slot|};
                            c.V = i + j;
                            r[i, j] = c.V;
                        }
                    return r;
                }
                """);

            // R2: the same in a helper.
            yield return new CatalogEntry("Rt11RefFieldOfRefStructInHelper", """
                public ref struct Cell { public ref int V; }
                public static int Slot;
                private static int Put(int x) { var c = new Cell(); c.V = ref Slot; c.V = x; return c.V; }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|LG0102:Put(i + j)|};
                    return r;
                }
                """);

            // CC2: a nested collection initializer adds to the shared list a getter returns: the implicit receiver is taken as private.
            yield return new CatalogEntry("Rt11NestedCollectionInitializerShared", """
                public sealed class Outer { public static readonly List<int> Shared = new List<int>(); public List<int> Items => Shared; }

                [Parallelize]
                public static List<int> Run(int n)
                {
                    Outer.Shared.Clear();
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                        {
                            var o = new Outer { Items = { {|LG0105:i * n + j|} } };
                            r[i, j] = 1;
                        }
                    return new List<int>(Outer.Shared);
                }
                """);

            // DC1: a deconstruction converts an element with a user conversion that writes a static (nest).
            yield return new CatalogEntry("Rt11DeconstructionElementUserConversionNest", """
                public readonly struct Meters { public static int Made; public readonly int V; public Meters(int v) { V = v; } public static implicit operator Meters(int v) => new Meters(v + (++Made)); }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    Meters.Made = 0;
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                        {
                            var t = (i + j, j);
                            {|LG0102:(Meters m, int k) = t|};
                            r[i, j] = m.V + k;
                        }
                    return r;
                }
                """);

            // DC2: the same in a helper.
            yield return new CatalogEntry("Rt11DeconstructionElementUserConversionHelper", """
                public readonly struct Meters { public static int Made; public readonly int V; public Meters(int v) { V = v; } public static implicit operator Meters(int v) => new Meters(v + (++Made)); }
                private static int Conv(int a, int b) { var t = (a, b); (Meters m, int k) = t; return m.V + k; }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    Meters.Made = 0;
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                            r[i, j] = {|LG0102:Conv(i + j, j)|};
                    return r;
                }
                """);

            // W1: 'with' on a private record held as its base type: the virtual Clone runs the derived copy constructor.
            yield return new CatalogEntry("Rt11WithOnBaseTypedRecord", """
                public record RBase { public int X { get; init; } }
                public sealed record RDerived : RBase { public static int Copies; public int Id { get; init; } public RDerived() { } private RDerived(RDerived o) : base(o) { Id = ++Copies; } }

                [Parallelize]
                public static int[,] Run(int n)
                {
                    RDerived.Copies = 0;
                    var r = new int[n, n];
                    for (int i = 0; i < n; i++)
                        for (int j = 0; j < n; j++)
                        {
                            RBase b = new RDerived();
                            var c = {|LG0004:b with { X = i + j }|};
                            r[i, j] = ((RDerived)c).Id + c.X;
                        }
                    return r;
                }
                """) { Report = "flattened", Racy = true };
        }
    }
}
