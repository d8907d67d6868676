using System.Collections.Generic;
using System.Linq;
using LoopGen.Analysis;
using LoopGen.Generator.Helpers;
using Microsoft.CodeAnalysis;

namespace LoopGen.Generator
{
    /// <summary>
    /// The emitter side of array reductions (<see cref="ArrayReductionInfo"/>): each chunk accumulates into a
    /// private copy of the array that starts at the operator's identity, the body's updates are renamed to the
    /// copy, and after the loop (also when it throws) the copies are merged into the array in chunk order, up
    /// to the chunk that failed (see <c>LoopGen.Runtime.ArrayReductions</c>).
    /// </summary>
    internal sealed partial class ParallelMethodEmitter
    {
        private const string Runtime = "global::LoopGen.Runtime.ArrayReductions";

        /// <summary>
        /// Conditions that send the nest down the sequential path: a null array (the original loop throws where it
        /// should), and, with the default threshold, an array longer than a quarter of the estimated work (zeroing
        /// and merging even one copy per worker would cost about as much as the loop).
        /// </summary>
        private IEnumerable<string> ArrayReductionGuards(NestAnalysis nest)
        {
            foreach (ArrayReductionInfo reduction in nest.ArrayReductions)
            {
                // A call, not '== null': a null test would make the compiler's nullable analysis think the array may
                // be null in the user's own loop and after it.
                string array = this.Reference(reduction.Array);
                yield return $"{Runtime}.IsNull({array})";
                if (this.analysis.Options.MinParallelWork <= 0)
                {
                    yield return $"{this.NotNull(array)}.LongLength > (__lg_n * __lg_inner) / 4";
                }
            }
        }

        /// <summary>Fits the plan to the copies, and declares the chunk states and the slots for the chunks' copies.</summary>
        private void EmitArrayReductionSlots(SourceWriter writer, NestAnalysis nest)
        {
            if (nest.ArrayReductions.Count == 0)
            {
                return;
            }

            string elements = string.Join(" + ", nest.ArrayReductions.Select(r => this.NotNull(this.Reference(r.Array)) + ".LongLength"));
            writer.WriteLine("// Array reductions: one private copy per chunk, so the plan keeps the copies' total size bounded.");
            writer.WriteLine($"__lg_plan = {Runtime}.Limit(__lg_plan, {elements}, __lg_n * __lg_inner);");
            writer.WriteLine("byte[] __lg_hs = new byte[__lg_plan.ChunkCount];");
            foreach (ArrayReductionInfo reduction in nest.ArrayReductions)
            {
                writer.WriteLine($"var {Slots(reduction)} = new {Bracket(ArrayType(reduction), "__lg_plan.ChunkCount")};");
            }
        }

        /// <summary>Opens the block whose end merges the copies, whether the loop finishes or throws.</summary>
        private void OpenArrayReductions(SourceWriter writer, NestAnalysis nest)
        {
            if (nest.ArrayReductions.Count == 0)
            {
                return;
            }

            writer.WriteLine("try");
            writer.Open();
        }

        /// <summary>At the start of a chunk: creates its copies, at the operator's identity, and marks it started.</summary>
        private void EmitArrayReductionCopies(SourceWriter writer, NestAnalysis nest)
        {
            if (nest.ArrayReductions.Count == 0)
            {
                return;
            }

            foreach (ArrayReductionInfo reduction in nest.ArrayReductions)
            {
                string array = this.NotNull(this.Reference(reduction.Array));
                string copy = Copy(reduction);
                string element = ElementType(reduction);
                writer.WriteLine(reduction.Type.Rank == 1
                    ? $"var {copy} = new {Bracket(element, array + ".Length")};"
                    : $"var {copy} = ({ArrayType(reduction)}){Runtime}.NewLike<{element}>({array});");
                if (Identity(reduction) is { } identity)
                {
                    this.EmitEachElement(writer, copy, reduction.Type.Rank, index => $"{copy}[{index}] = {identity};");
                }

                writer.WriteLine($"{Slots(reduction)}[__lg_chunk] = {copy};");
            }

            writer.WriteLine($"__lg_hs[__lg_chunk] = {Runtime}.Started;");
        }

        /// <summary>At the end of a chunk: marks it done.</summary>
        private static void EmitArrayReductionDone(SourceWriter writer, NestAnalysis nest)
        {
            if (nest.ArrayReductions.Count > 0)
            {
                writer.WriteLine($"__lg_hs[__lg_chunk] = {Runtime}.Done;");
            }
        }

        /// <summary>Closes the block opened by <see cref="OpenArrayReductions"/>: merges the copies in chunk order.</summary>
        private void CloseArrayReductions(SourceWriter writer, NestAnalysis nest)
        {
            if (nest.ArrayReductions.Count == 0)
            {
                return;
            }

            writer.Close();
            writer.WriteLine("finally");
            writer.Open();
            writer.WriteLine("// Merge the copies into the arrays in chunk order (the same bits on every run for a given degree of");
            writer.WriteLine("// parallelism); after a failure, those of the chunks before the failing one and the failing one's updates");
            writer.WriteLine("// before it threw, which is what the original loop leaves in the arrays when it throws.");
            writer.WriteLine($"int __lg_hm = {Runtime}.MergeCount(__lg_hs);");
            writer.WriteLine("unchecked");
            writer.Open();
            foreach (ArrayReductionInfo reduction in nest.ArrayReductions)
            {
                writer.Open();
                writer.WriteLine($"var __lg_ht = {this.NotNull(this.Reference(reduction.Array))};");
                writer.WriteLine("for (int __lg_hc = 0; __lg_hc < __lg_hm; __lg_hc++)");
                writer.Open();
                writer.WriteLine($"var __lg_hx = {Slots(reduction)}[__lg_hc];");
                string op = reduction.Family switch
                {
                    ReductionFamily.Multiplicative => "*=",
                    ReductionFamily.Or => "|=",
                    ReductionFamily.And => "&=",
                    ReductionFamily.Xor => "^=",
                    _ => "+=",
                };
                this.EmitEachElement(writer, "__lg_hx", reduction.Type.Rank, index => $"__lg_ht[{index}] {op} __lg_hx[{index}];");
                writer.Close();
                writer.Close();
            }

            writer.Close();
            writer.Close();
        }

        /// <summary>The renames of the body: each reduced array becomes the chunk's copy.</summary>
        private static void AddArrayReductionRenames(NestAnalysis nest, Dictionary<ISymbol, string> renames)
        {
            foreach (ArrayReductionInfo reduction in nest.ArrayReductions)
            {
                renames[reduction.Array] = Copy(reduction);
            }
        }

        /// <summary>Writes a statement for every element of an array of the given rank (any lower bounds).</summary>
        private void EmitEachElement(SourceWriter writer, string array, int rank, System.Func<string, string> statement)
        {
            if (rank == 1)
            {
                writer.WriteLine($"for (int __lg_x = 0; __lg_x < {array}.Length; __lg_x++)");
                writer.Open();
                writer.WriteLine(statement("__lg_x"));
                writer.Close();
                return;
            }

            for (int d = 0; d < rank; d++)
            {
                writer.WriteLine($"for (int __lg_x{d} = {array}.GetLowerBound({d}), __lg_e{d} = {array}.GetLength({d}); __lg_e{d} > 0; __lg_x{d}++, __lg_e{d}--)");
                writer.Open();
            }

            writer.WriteLine(statement(string.Join(", ", Enumerable.Range(0, rank).Select(d => $"__lg_x{d}"))));
            for (int d = 0; d < rank; d++)
            {
                writer.Close();
            }
        }

        private string NotNull(string expression) => this.annotations ? expression + "!" : expression;

        private static string Slots(ArrayReductionInfo reduction) => "__lg_hp_" + reduction.Array.Name;

        private static string Copy(ArrayReductionInfo reduction) => "__lg_h_" + reduction.Array.Name;

        /// <summary>The array's type without nullable annotations (a slot array's element type, a cast).</summary>
        private static string ArrayType(ArrayReductionInfo reduction) => reduction.Type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);

        private static string ElementType(ArrayReductionInfo reduction) => reduction.Type.ElementType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);

        /// <summary>The operator's identity when it is not the element type's default value.</summary>
        private static string? Identity(ArrayReductionInfo reduction)
        {
            string element = ElementType(reduction);
            return reduction.Family switch
            {
                ReductionFamily.Multiplicative => $"({element})1",
                ReductionFamily.And => reduction.Type.ElementType.SpecialType == SpecialType.System_Boolean ? "true" : $"unchecked(({element})(-1))",
                _ => null,
            };
        }
    }
}
