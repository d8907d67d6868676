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
                    yield return $"{this.NotNull(array)}.LongLength > ({this.p}n * {this.p}inner) / 4";
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

            string p = this.p;
            string elements = string.Join(" + ", nest.ArrayReductions.Select(r => this.NotNull(this.Reference(r.Array)) + ".LongLength"));
            writer.WriteLine("// Array reductions: one private copy per chunk, so the plan keeps the copies' total size bounded.");
            writer.WriteLine($"{p}plan = {Runtime}.Limit({p}plan, {elements}, {p}n * {p}inner);");
            writer.WriteLine($"byte[] {p}hs = new byte[{p}plan.ChunkCount];");
            foreach (ArrayReductionInfo reduction in nest.ArrayReductions)
            {
                writer.WriteLine($"{SlotsType(reduction)} {p}{Slots(reduction)} = new {Bracket(ArrayType(reduction), p + "plan.ChunkCount")};");
            }
        }

        /// <summary>The chunk's inputs for the array reductions: the chunk states and the slots for the copies.</summary>
        private void AddArrayReductionItems(ChunkInfo chunk, NestAnalysis nest)
        {
            if (nest.ArrayReductions.Count == 0)
            {
                return;
            }

            chunk.Items.Add(new StateItem("hs", "byte[]", this.p + "hs"));
            foreach (ArrayReductionInfo reduction in nest.ArrayReductions)
            {
                chunk.Items.Add(new StateItem(Slots(reduction), SlotsType(reduction), this.p + Slots(reduction)));
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

            string p = this.p;
            foreach (ArrayReductionInfo reduction in nest.ArrayReductions)
            {
                string array = this.NotNull(this.Reference(reduction.Array));
                string copy = this.Copy(reduction);
                string element = ElementType(reduction);
                writer.WriteLine(reduction.Type.Rank == 1
                    ? $"var {copy} = new {Bracket(element, array + ".Length")};"
                    : $"var {copy} = ({ArrayType(reduction)}){Runtime}.NewLike<{element}>({array});");
                if (Identity(reduction) is { } identity)
                {
                    this.EmitEachElement(writer, copy, reduction.Type.Rank, index => $"{copy}[{index}] = {identity};");
                }

                writer.WriteLine($"{this.cp}{Slots(reduction)}[{p}chunk] = {copy};");
            }

            writer.WriteLine($"{this.cp}hs[{p}chunk] = {Runtime}.Started;");
        }

        /// <summary>At the end of a chunk: marks it done.</summary>
        private void EmitArrayReductionDone(SourceWriter writer, NestAnalysis nest)
        {
            if (nest.ArrayReductions.Count > 0)
            {
                writer.WriteLine($"{this.cp}hs[{this.p}chunk] = {Runtime}.Done;");
            }
        }

        /// <summary>Closes the block opened by <see cref="OpenArrayReductions"/>: merges the copies in chunk order.</summary>
        private void CloseArrayReductions(SourceWriter writer, NestAnalysis nest)
        {
            if (nest.ArrayReductions.Count == 0)
            {
                return;
            }

            string p = this.p;
            writer.Close();
            writer.WriteLine("finally");
            writer.Open();
            writer.WriteLine("// Merge the copies into the arrays in chunk order (the same bits on every run for a given degree of");
            writer.WriteLine("// parallelism); after a failure, those of the chunks before the failing one and the failing one's updates");
            writer.WriteLine("// before it threw, which is what the original loop leaves in the arrays when it throws.");
            writer.WriteLine($"int {p}hm = {Runtime}.MergeCount({p}hs);");
            writer.WriteLine("unchecked");
            writer.Open();
            foreach (ArrayReductionInfo reduction in nest.ArrayReductions)
            {
                writer.Open();
                writer.WriteLine($"var {p}ht = {this.NotNull(this.Reference(reduction.Array))};");
                writer.WriteLine($"for (int {p}hc = 0; {p}hc < {p}hm; {p}hc++)");
                writer.Open();
                writer.WriteLine($"var {p}hx = {p}{Slots(reduction)}[{p}hc];");
                this.EmitEachElement(writer, p + "hx", reduction.Type.Rank, index => MergeStatement(reduction.Family, $"{p}ht[{index}]", $"{p}hx[{index}]"));
                writer.Close();
                writer.Close();
            }

            writer.Close();
            writer.Close();
        }

        /// <summary>The renames of the body: each reduced array becomes the chunk's copy.</summary>
        private void AddArrayReductionRenames(NestAnalysis nest, Dictionary<ISymbol, string> renames)
        {
            foreach (ArrayReductionInfo reduction in nest.ArrayReductions)
            {
                renames[reduction.Array] = this.Copy(reduction);
            }
        }

        /// <summary>Writes a statement for every element of an array of the given rank (any lower bounds).</summary>
        private void EmitEachElement(SourceWriter writer, string array, int rank, System.Func<string, string> statement)
        {
            string p = this.p;
            if (rank == 1)
            {
                writer.WriteLine($"for (int {p}x = 0; {p}x < {array}.Length; {p}x++)");
                writer.Open();
                writer.WriteLine(statement(p + "x"));
                writer.Close();
                return;
            }

            for (int d = 0; d < rank; d++)
            {
                writer.WriteLine($"for (int {p}x{d} = {array}.GetLowerBound({d}), {p}e{d} = {array}.GetLength({d}); {p}e{d} > 0; {p}x{d}++, {p}e{d}--)");
                writer.Open();
            }

            writer.WriteLine(statement(string.Join(", ", Enumerable.Range(0, rank).Select(d => $"{p}x{d}"))));
            for (int d = 0; d < rank; d++)
            {
                writer.Close();
            }
        }

        private string NotNull(string expression) => this.annotations ? expression + "!" : expression;

        /// <summary>The name of the slots for a reduction's copies, after the prefix (<see cref="p"/> in the core, <see cref="cp"/> in the chunk).</summary>
        private static string Slots(ArrayReductionInfo reduction) => "hp_" + reduction.Array.Name;

        /// <summary>The type of the slots: an array of the reduced array's type.</summary>
        private static string SlotsType(ArrayReductionInfo reduction) => Bracket(ArrayType(reduction), string.Empty);

        /// <summary>The name of the chunk's copy (a local of the chunk).</summary>
        private string Copy(ArrayReductionInfo reduction) => this.p + "h_" + reduction.Array.Name;

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
