using System.Collections.Generic;
using System.Linq;
using System.Threading;
using LoopGen.Analysis;
using LoopGen.Generator.Helpers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LoopGen.Generator
{
    /// <summary>
    /// Writes the text of <c>MParallel</c> from a method's classification: the statements around the
    /// nests are copied as they are, and each nest becomes a block that runs the original loop below
    /// the sequential threshold and a chunked parallel loop above it.
    /// </summary>
    internal sealed partial class ParallelMethodEmitter
    {
        /// <summary>Taken as the trip count of an inner loop whose count cannot be computed before the row runs.</summary>
        private const long UnknownInnerCount = 16;

        /// <summary>
        /// The work, in body-weight units, below which the parallel path is not worth starting. Measured on
        /// 2 cores: an innermost iteration costs about 0.3 ns per unit of weight, starting parallel work costs
        /// about 2 µs when the pool is warm and about 100 µs after it has gone idle; so the default aims at
        /// about half a millisecond of sequential work, where even a cold start still pays.
        /// </summary>
        private const long DefaultWorkBudget = 1_600_000;

        private readonly MethodAnalysis analysis;
        private readonly SemanticModel model;
        private readonly bool hasCollectionsMarshal;
        private readonly bool annotations;
        private readonly CancellationToken cancellationToken;
        private readonly SymbolDisplayFormat typeFormat;
        private readonly string optionsName;

        public ParallelMethodEmitter(MethodAnalysis analysis, SemanticModel model, bool hasCollectionsMarshal, bool annotations, CancellationToken cancellationToken)
        {
            this.analysis = analysis;
            this.model = model;
            this.hasCollectionsMarshal = hasCollectionsMarshal;
            this.annotations = annotations;
            this.cancellationToken = cancellationToken;
            this.typeFormat = annotations
                ? SymbolDisplayFormat.FullyQualifiedFormat.AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier)
                : SymbolDisplayFormat.FullyQualifiedFormat;
            bool taken = analysis.Syntax.DescendantTokens().Any(t => t.IsKind(SyntaxKind.IdentifierToken) && t.ValueText == "parallelOptions");
            this.optionsName = taken ? "__lg_parallelOptions" : "parallelOptions";
        }

        private IMethodSymbol Method => this.analysis.Method;

        /// <summary>Writes both overloads.</summary>
        /// <param name="version">The generator version for <c>[GeneratedCode]</c>.</param>
        /// <returns>The methods' text, indented from column zero.</returns>
        public string Emit(string version)
        {
            var writer = new SourceWriter();
            string name = LoopClassifier.GetParallelMethodName(this.Method.Name);
            string typeParameters = this.Method.TypeParameters.Length == 0 ? string.Empty : "<" + string.Join(", ", this.Method.TypeParameters.Select(t => Escape(t.Name))) + ">";
            string constraints = string.Join(" ", this.analysis.Syntax.ConstraintClauses.Select(c => c.ToString()));
            string modifiers = Accessibility(this.Method.DeclaredAccessibility) + (this.Method.IsStatic ? " static" : string.Empty);
            string returnType = this.Method.ReturnsVoid ? "void" : this.Display(this.Method.ReturnType);
            string report = LoopClassifier.Describe(this.analysis);
            string generatedCode = $"[global::System.CodeDom.Compiler.GeneratedCode(\"LoopGen\", \"{version}\")]";

            var withDefaults = new List<string>();
            var plain = new List<string>();
            var arguments = new List<string>();
            for (int p = 0; p < this.Method.Parameters.Length; p++)
            {
                IParameterSymbol parameter = this.Method.Parameters[p];
                ParameterSyntax? syntax = this.analysis.Syntax.ParameterList.Parameters.Count > p ? this.analysis.Syntax.ParameterList.Parameters[p] : null;
                string prefix = p == 0 && this.Method.IsExtensionMethod ? "this " : string.Empty;
                string declaration = this.Display(parameter.Type) + " " + Escape(parameter.Name);
                withDefaults.Add(prefix + (parameter.IsParams ? "params " : string.Empty) + declaration + (syntax?.Default is { } d ? " " + d.ToString() : string.Empty));
                plain.Add(prefix + declaration);
                arguments.Add(Escape(parameter.Name));
            }

            arguments.Add("new global::System.Threading.Tasks.ParallelOptions()");
            plain.Add("global::System.Threading.Tasks.ParallelOptions " + this.optionsName);
            string constraintSuffix = constraints.Length > 0 ? " " + constraints : string.Empty;

            writer.WriteLine("/// <summary>");
            writer.WriteLine($"/// Parallel twin of <c>{Xml(this.Method.Name)}</c>, generated by LoopGen: same parameters, same result, same exceptions.");
            writer.WriteLine("/// </summary>");
            writer.WriteLine("/// <remarks>");
            writer.WriteLine("/// " + Xml(report) + ".");
            writer.WriteLine("/// </remarks>");
            writer.WriteLine(generatedCode);
            writer.WriteLine($"{modifiers} {returnType} {Escape(name)}{typeParameters}({string.Join(", ", withDefaults)}){constraintSuffix}");
            writer.Indent();
            writer.WriteLine($"=> {Escape(name)}{typeParameters}({string.Join(", ", arguments)});");
            writer.Unindent();
            writer.WriteLine();
            writer.WriteLine("/// <summary>");
            writer.WriteLine($"/// Parallel twin of <c>{Xml(this.Method.Name)}</c> with explicit options: <see cref=\"global::System.Threading.Tasks.ParallelOptions.MaxDegreeOfParallelism\"/>");
            writer.WriteLine("/// (when positive) and <see cref=\"global::System.Threading.Tasks.ParallelOptions.CancellationToken\"/> are honoured.");
            writer.WriteLine("/// </summary>");
            writer.WriteLine(generatedCode);
            writer.WriteLine($"{modifiers} {returnType} {Escape(name)}{typeParameters}({string.Join(", ", plain)}){constraintSuffix}");
            writer.Open();
            writer.WriteLine($"if ({this.optionsName} is null)");
            writer.Open();
            writer.WriteLine($"throw new global::System.ArgumentNullException(nameof({this.optionsName}));");
            writer.Close();
            writer.WriteLine();

            BlockSyntax body = this.analysis.Syntax.Body!;
            foreach (StatementSyntax statement in body.Statements)
            {
                this.cancellationToken.ThrowIfCancellationRequested();
                NestAnalysis? nest = this.analysis.Nests.FirstOrDefault(n => n.Outer.Syntax == statement);
                if (nest is null)
                {
                    writer.WriteLines(Text(statement));
                }
                else
                {
                    this.EmitNest(writer, nest);
                }
            }

            writer.Close();
            return writer.ToString();
        }

        private void EmitNest(SourceWriter writer, NestAnalysis nest)
        {
            LoopShape outer = nest.Outer;
            writer.Open();
            writer.WriteLine("// LoopGen: " + LoopClassifier.Describe(nest).Replace("\n", " ") + ".");
            writer.WriteLine($"{this.optionsName}.CancellationToken.ThrowIfCancellationRequested();");

            // Evaluate the outer loop's bounds once, in the order the loop evaluates them.
            this.EmitBounds(writer, outer, "__lg_n", "__lg_from", "__lg_src", "__lg_rstart");

            // Estimate the innermost iterations; a bound that throws sends the nest down the sequential path,
            // where it throws exactly where the original loop does.
            writer.WriteLine("long __lg_inner = 0;");
            writer.WriteLine("bool __lg_probe = true;");
            writer.WriteLine("try");
            writer.Open();
            this.EmitGuards(writer, outer, "__lg_n", "__lg_from", "__lg_src");
            writer.WriteLine("if (__lg_n > 0)");
            writer.Open();
            if (nest.Inner is { } inner && nest.InnerCountEstimable)
            {
                // Both ends: a triangle that shrinks (for j = i + 1; j < n) has an empty last row.
                writer.WriteLine("// The larger trip count of the inner loop for the first and the last outer iterations.");
                foreach (string index in new[] { "0L", "(__lg_n - 1)" })
                {
                    writer.Open();
                    this.EmitVariable(writer, outer, index, "__lg_from", "__lg_src", "__lg_rstart");
                    this.EmitBounds(writer, inner, "__lg_m", "__lg_ifrom", "__lg_isrc", "__lg_irstart");
                    this.EmitGuards(writer, inner, "__lg_m", "__lg_ifrom", "__lg_isrc");
                    writer.WriteLine("__lg_inner = global::System.Math.Max(__lg_inner, __lg_m);");
                    writer.Close();
                }
            }
            else
            {
                writer.WriteLine($"__lg_inner = {UnknownInnerCount};");
            }

            writer.Close();
            writer.Close();
            writer.WriteLine("catch");
            writer.Open();
            writer.WriteLine("__lg_probe = false;");
            writer.Close();
            writer.WriteLine();

            long threshold = this.analysis.Options.MinParallelWork > 0
                ? this.analysis.Options.MinParallelWork
                : System.Math.Max(256, System.Math.Min(1L << 20, DefaultWorkBudget / System.Math.Max(1, nest.BodyWeight)));
            string aliasCheck = this.AliasCheck(nest);
            bool preallocate = this.PreallocatesRows(nest);
            if (preallocate)
            {
                // One task per row, row-building shape: create every row up front, in order, at its final length, so
                // that the parallel part only writes (allocating while other threads run costs more than this).
                RowBuilderInfo rows = nest.RowBuilder!;
                LoopShape innerLoop = nest.Inner!;
                string list = $"global::System.Collections.Generic.List<{this.Display(rows.ElementType)}>";
                string distinct = aliasCheck.Length > 0 ? $" && !({aliasCheck.Substring(" || ".Length)})" : string.Empty;
                writer.WriteLine($"bool __lg_parallel = __lg_probe && __lg_n * __lg_inner >= {threshold}L{distinct};");
                writer.WriteLine($"{list}[] __lg_rows = new {Bracket(list, "0")};");
                writer.WriteLine("if (__lg_parallel)");
                writer.Open();
                writer.WriteLine("try");
                writer.Open();
                writer.WriteLine($"__lg_rows = new {Bracket(list, "__lg_n")};");
                writer.WriteLine("for (long __lg_k = 0; __lg_k < __lg_n; __lg_k++)");
                writer.Open();
                this.EmitVariable(writer, nest.Outer, "__lg_k", "__lg_from", "__lg_src", "__lg_rstart");
                this.EmitBounds(writer, innerLoop, "__lg_m", "__lg_ifrom", "__lg_isrc", "__lg_irstart");
                this.EmitGuards(writer, innerLoop, "__lg_m", "__lg_ifrom", "__lg_isrc");
                writer.WriteLine($"var __lg_fresh = new {list}((int)__lg_m);");
                writer.WriteLine("global::System.Runtime.InteropServices.CollectionsMarshal.SetCount(__lg_fresh, (int)__lg_m);");
                writer.WriteLine("__lg_rows[__lg_k] = __lg_fresh;");
                writer.Close();
                writer.Close();
                writer.WriteLine("catch");
                writer.Open();
                writer.WriteLine("// A bound that throws: the original loop throws it where it should.");
                writer.WriteLine("__lg_parallel = false;");
                writer.Close();
                writer.Close();
                writer.WriteLine();
                writer.WriteLine("if (!__lg_parallel)");
            }
            else
            {
                writer.WriteLine($"if (!__lg_probe || __lg_n * __lg_inner < {threshold}L{aliasCheck})");
            }

            writer.Open();
            writer.WriteLine(aliasCheck.Length > 0
                ? "// Small work, or arrays that may be the same object: the original loop, unchanged."
                : "// Small work: the original loop, unchanged.");
            writer.WriteLines(Text(outer.Syntax));
            writer.Close();
            writer.WriteLine("else");
            writer.Open();
            writer.WriteLine($"int __lg_degree = global::LoopGen.Runtime.ParallelLoop.ResolveDegree({this.optionsName}, {this.analysis.Options.MaxDegreeOfParallelism});");
            if (nest.Strategy == NestStrategy.Flatten)
            {
                this.EmitFlattened(writer, nest);
            }
            else
            {
                this.EmitRows(writer, nest);
            }

            writer.Close();
            writer.Close();
        }

        /// <summary>Tells whether a nest runs one task per row with rows of the row-building shape created up front.</summary>
        private bool PreallocatesRows(NestAnalysis nest)
            => nest.Strategy == NestStrategy.RowPerTask && nest.RowBuilder is not null && nest.Inner is not null && this.hasCollectionsMarshal;

        private void EmitRows(SourceWriter writer, NestAnalysis nest)
        {
            bool keepResult = !this.PreallocatesRows(nest);
            writer.WriteLine("global::LoopGen.Runtime.LoopPlan __lg_plan = global::LoopGen.Runtime.ParallelLoop.PlanRows(__lg_n, __lg_degree);");
            this.EmitPartialArrays(writer, nest, includeRowBuilderResult: keepResult);
            this.OpenArrayReductions(writer, nest);
            writer.WriteLine($"global::LoopGen.Runtime.ParallelLoop.Run(__lg_plan, {this.optionsName}, (__lg_chunk, __lg_start, __lg_end) =>");
            writer.Open();
            this.EmitPartialLocals(writer, nest, includeRowBuilderResult: keepResult);
            writer.WriteLine("for (long __lg_k = __lg_start; __lg_k < __lg_end; __lg_k++)");
            writer.Open();
            this.EmitVariable(writer, nest.Outer, "__lg_k", "__lg_from", "__lg_src", "__lg_rstart");
            bool preallocate = this.PreallocatesRows(nest);
            if (preallocate && nest.RowBuilder is { } rows && nest.Inner is { } inner)
            {
                // The row-building shape: the row was created at its final length; write it in place instead of
                // growing it by Add (no reallocation, no copy).
                string element = this.Display(rows.ElementType);
                this.EmitBounds(writer, inner, "__lg_m", "__lg_ifrom", "__lg_isrc", "__lg_irstart");
                writer.WriteLine($"global::System.Span<{element}> __lg_cells = global::System.Runtime.InteropServices.CollectionsMarshal.AsSpan(__lg_rows[__lg_k]);");
                writer.WriteLine("for (long __lg_j = 0; __lg_j < __lg_m; __lg_j++)");
                writer.Open();
                this.EmitVariable(writer, inner, "__lg_j", "__lg_ifrom", "__lg_isrc", "__lg_irstart");
                writer.WriteLines(this.Rewrite(nest, inner.Body, includeRowBuilderResult: false, rowAdd: (rows.RowAdd, "__lg_cells[(int)__lg_j]")));
                writer.Close();
            }
            else
            {
                writer.WriteLines(this.Rewrite(nest, nest.Outer.Body, includeRowBuilderResult: true, rowAdd: null));
            }

            writer.Close();
            this.EmitPartialStores(writer, nest, includeRowBuilderResult: keepResult);
            writer.Close(");");
            this.CloseArrayReductions(writer, nest);
            if (!keepResult)
            {
                writer.WriteLine("// Append the rows in order, as the original loop does.");
                writer.WriteLine($"{Escape(nest.RowBuilder!.Result.Local.Name)}.AddRange(__lg_rows);");
            }

            this.EmitMerge(writer, nest, includeRowBuilderResult: keepResult);
        }

        private void EmitFlattened(SourceWriter writer, NestAnalysis nest)
        {
            LoopShape inner = nest.Inner!;
            RowBuilderInfo? rows = nest.RowBuilder;

            // The inner bounds do not depend on the outer iteration: evaluate them once.
            this.EmitBounds(writer, inner, "__lg_m", "__lg_ifrom", "__lg_isrc", "__lg_irstart");
            writer.WriteLine("global::LoopGen.Runtime.LoopPlan __lg_plan = global::LoopGen.Runtime.ParallelLoop.PlanCells(__lg_n * __lg_m, __lg_degree);");
            string rowArrayType = string.Empty;
            if (rows is not null)
            {
                string element = this.Display(rows.ElementType);
                string nullable = this.annotations ? "?" : string.Empty;
                rowArrayType = this.hasCollectionsMarshal ? $"global::System.Collections.Generic.List<{element}>" : element + "[]";
                writer.WriteLine("// Each row is created once, by whichever chunk reaches it first, at its final length, and written in place.");
                writer.WriteLine($"{rowArrayType}{nullable}[] __lg_rows = new {Bracket(rowArrayType, "__lg_n")};");
            }

            this.EmitPartialArrays(writer, nest, includeRowBuilderResult: false);
            this.OpenArrayReductions(writer, nest);
            writer.WriteLine($"global::LoopGen.Runtime.ParallelLoop.Run(__lg_plan, {this.optionsName}, (__lg_chunk, __lg_start, __lg_end) =>");
            writer.Open();
            this.EmitPartialLocals(writer, nest, includeRowBuilderResult: false);
            // Copies of the captured bounds in the task's own locals, which the JIT keeps in registers.
            string innerFrom = LocalCopy(writer, inner, "__lg_ifrom", "__lg_isrc", "__lg_irstart", "__lg_c");
            writer.WriteLine("long __lg_cm = __lg_m;");
            writer.WriteLine("// One division per chunk, none per pair: walk (outer, inner) from the chunk's first pair.");
            writer.WriteLine("long __lg_k = __lg_start / __lg_cm;");
            writer.WriteLine("long __lg_j = __lg_start - (__lg_k * __lg_cm);");
            writer.WriteLine("long __lg_left = __lg_end - __lg_start;");
            writer.WriteLine("while (__lg_left > 0)");
            writer.Open();
            this.EmitVariable(writer, nest.Outer, "__lg_k", "__lg_from", "__lg_src", "__lg_rstart");
            writer.WriteLine("long __lg_stop = global::System.Math.Min(__lg_cm, __lg_j + __lg_left);");
            writer.WriteLine("__lg_left -= __lg_stop - __lg_j;");
            string rowTarget = string.Empty;
            if (rows is not null)
            {
                string element = this.Display(rows.ElementType);
                writer.WriteLine("var __lg_row = global::System.Threading.Volatile.Read(ref __lg_rows[__lg_k]);");
                writer.WriteLine("if (__lg_row is null)");
                writer.Open();
                if (this.hasCollectionsMarshal)
                {
                    writer.WriteLine($"var __lg_fresh = new global::System.Collections.Generic.List<{element}>((int)__lg_m);");
                    writer.WriteLine("global::System.Runtime.InteropServices.CollectionsMarshal.SetCount(__lg_fresh, (int)__lg_m);");
                }
                else
                {
                    writer.WriteLine($"var __lg_fresh = new {element}[__lg_m];");
                }

                writer.WriteLine("__lg_row = global::System.Threading.Interlocked.CompareExchange(ref __lg_rows[__lg_k], __lg_fresh, null) ?? __lg_fresh;");
                writer.Close();
                if (this.hasCollectionsMarshal)
                {
                    writer.WriteLine($"global::System.Span<{element}> __lg_cells = global::System.Runtime.InteropServices.CollectionsMarshal.AsSpan(__lg_row);");
                    rowTarget = "__lg_cells[(int)__lg_j]";
                }
                else
                {
                    rowTarget = "__lg_row[__lg_j]";
                }
            }

            writer.WriteLine("for (; __lg_j < __lg_stop; __lg_j++)");
            writer.Open();
            this.EmitVariable(writer, inner, "__lg_j", innerFrom + "from", innerFrom + "src", innerFrom + "rstart");
            writer.WriteLines(this.Rewrite(nest, inner.Body, includeRowBuilderResult: false, rowAdd: rows is null ? null : (rows.RowAdd, rowTarget)));
            writer.Close();
            writer.WriteLine("__lg_k++;");
            writer.WriteLine("__lg_j = 0;");
            writer.Close();
            this.EmitPartialStores(writer, nest, includeRowBuilderResult: false);
            writer.Close(");");
            this.CloseArrayReductions(writer, nest);

            if (rows is not null)
            {
                string element = this.Display(rows.ElementType);
                string result = Escape(rows.Result.Local.Name);
                writer.WriteLine("// Append the rows in order, as the original loop does.");
                writer.WriteLine("for (long __lg_r = 0; __lg_r < __lg_n; __lg_r++)");
                writer.Open();
                writer.WriteLine(this.hasCollectionsMarshal
                    ? $"{result}.Add(__lg_rows[__lg_r] ?? new global::System.Collections.Generic.List<{element}>());"
                    : $"{result}.Add(new global::System.Collections.Generic.List<{element}>(__lg_rows[__lg_r] ?? new {element}[0]));");
                writer.Close();
            }

            this.EmitMerge(writer, nest, includeRowBuilderResult: false);
        }

        // ------------------------------------------------------------------ per-chunk partial results

        private IEnumerable<AppendInfo> Appends(NestAnalysis nest, bool includeRowBuilderResult)
            => nest.Appends.Where(a => includeRowBuilderResult || nest.RowBuilder is null || !SymbolEqualityComparer.Default.Equals(a.Local, nest.RowBuilder.Result.Local));

        private void EmitPartialArrays(SourceWriter writer, NestAnalysis nest, bool includeRowBuilderResult)
        {
            this.EmitArrayReductionSlots(writer, nest);
            foreach (ReductionInfo reduction in nest.Reductions)
            {
                string type = this.Display(reduction.Local.Type);
                writer.WriteLine($"{type}[] __lg_rp_{reduction.Local.Name} = new {Bracket(type, "__lg_plan.ChunkCount")};");
            }

            foreach (AppendInfo append in this.Appends(nest, includeRowBuilderResult))
            {
                string list = $"global::System.Collections.Generic.List<{this.Display(append.ElementType)}>";
                writer.WriteLine($"{list}[] __lg_ap_{append.Local.Name} = new {Bracket(list, "__lg_plan.ChunkCount")};");
            }
        }

        private void EmitPartialLocals(SourceWriter writer, NestAnalysis nest, bool includeRowBuilderResult)
        {
            this.EmitArrayReductionCopies(writer, nest);
            foreach (ReductionInfo reduction in nest.Reductions)
            {
                string type = this.Display(reduction.Local.Type);
                string name = Escape(reduction.Local.Name);
                string init = reduction.Family switch
                {
                    ReductionFamily.Additive or ReductionFamily.Xor => $"default({type})",
                    ReductionFamily.Multiplicative => $"({type})1",

                    // A non-strict selection starts each chunk below every candidate, not at x's value: a chunk that
                    // selects nothing must not hand back a value that ties the result and wins the merge (x = 0.0 and a
                    // selected -0.0 are equal, but differ). The bottom value has one representation, so its ties are harmless.
                    ReductionFamily.SelectGreaterOrEqual => Extreme(reduction.Local.Type, type, low: true),
                    ReductionFamily.SelectLessOrEqual => Extreme(reduction.Local.Type, type, low: false),
                    _ => name,
                };
                writer.WriteLine($"{type} __lg_r_{reduction.Local.Name} = {init};");
            }

            foreach (AppendInfo append in this.Appends(nest, includeRowBuilderResult))
            {
                writer.WriteLine($"var __lg_a_{append.Local.Name} = new global::System.Collections.Generic.List<{this.Display(append.ElementType)}>();");
            }
        }

        private static string Extreme(ITypeSymbol type, string display, bool low)
            => type.SpecialType is SpecialType.System_Single or SpecialType.System_Double
                ? $"{display}.{(low ? "NegativeInfinity" : "PositiveInfinity")}"
                : $"{display}.{(low ? "MinValue" : "MaxValue")}";

        private void EmitPartialStores(SourceWriter writer, NestAnalysis nest, bool includeRowBuilderResult)
        {
            EmitArrayReductionDone(writer, nest);
            foreach (ReductionInfo reduction in nest.Reductions)
            {
                writer.WriteLine($"__lg_rp_{reduction.Local.Name}[__lg_chunk] = __lg_r_{reduction.Local.Name};");
            }

            foreach (AppendInfo append in this.Appends(nest, includeRowBuilderResult))
            {
                writer.WriteLine($"__lg_ap_{append.Local.Name}[__lg_chunk] = __lg_a_{append.Local.Name};");
            }
        }

        private void EmitMerge(SourceWriter writer, NestAnalysis nest, bool includeRowBuilderResult)
        {
            var appends = this.Appends(nest, includeRowBuilderResult).ToList();
            if (nest.Reductions.Count == 0 && appends.Count == 0)
            {
                return;
            }

            foreach (AppendInfo append in appends)
            {
                // Size the result once: AddRange then copies each chunk's items without regrowing.
                string name = Escape(append.Local.Name);
                writer.WriteLine($"long __lg_total_{append.Local.Name} = {name}.Count;");
                writer.WriteLine($"for (int __lg_c = 0; __lg_c < __lg_plan.ChunkCount; __lg_c++) __lg_total_{append.Local.Name} += __lg_ap_{append.Local.Name}[__lg_c].Count;");
                writer.WriteLine($"if (__lg_total_{append.Local.Name} <= int.MaxValue && {name}.Capacity < __lg_total_{append.Local.Name}) {name}.Capacity = (int)__lg_total_{append.Local.Name};");
            }

            writer.WriteLine((nest.Reductions.Count > 0, appends.Count > 0) switch
            {
                (true, true) => "// Merge the chunks' partial results in chunk order: appended items in sequential order, and reductions with the same bits on every run for a given degree of parallelism.",
                (true, false) => "// Merge the chunks' partial results in chunk order: the same bits on every run for a given degree of parallelism.",
                _ => "// Merge the chunks' partial results in chunk order, which is the sequential order.",
            });
            writer.WriteLine("for (int __lg_c = 0; __lg_c < __lg_plan.ChunkCount; __lg_c++)");
            writer.Open();
            foreach (ReductionInfo reduction in nest.Reductions)
            {
                string name = Escape(reduction.Local.Name);
                string part = $"__lg_rp_{reduction.Local.Name}[__lg_c]";
                writer.WriteLine(reduction.Family switch
                {
                    ReductionFamily.Additive => $"{name} += {part};",
                    ReductionFamily.Multiplicative => $"{name} *= {part};",
                    ReductionFamily.Max => $"{name} = global::System.Math.Max({name}, {part});",
                    ReductionFamily.Min => $"{name} = global::System.Math.Min({name}, {part});",
                    ReductionFamily.Or => $"{name} |= {part};",
                    ReductionFamily.And => $"{name} &= {part};",
                    ReductionFamily.SelectGreater => $"if ({part} > {name}) {name} = {part};",
                    ReductionFamily.SelectGreaterOrEqual => $"if ({part} >= {name}) {name} = {part};",
                    ReductionFamily.SelectLess => $"if ({part} < {name}) {name} = {part};",
                    ReductionFamily.SelectLessOrEqual => $"if ({part} <= {name}) {name} = {part};",
                    _ => $"{name} ^= {part};",
                });
            }

            foreach (AppendInfo append in appends)
            {
                writer.WriteLine($"{Escape(append.Local.Name)}.AddRange(__lg_ap_{append.Local.Name}[__lg_c]);");
            }

            writer.Close();
        }

        // ------------------------------------------------------------------ loop bounds and variables

        private void EmitBounds(SourceWriter writer, LoopShape loop, string count, string from, string source, string rangeStart)
        {
            if (loop.Kind == LoopKind.For)
            {
                long step = loop.Step;
                long magnitude = System.Math.Abs(step);
                writer.WriteLine($"long {from} = {Inline(loop.Start!)};");
                writer.WriteLine($"long {count}_to = {Inline(loop.Bound!)};");
                string countExpression = magnitude == 1 ? loop.Comparison switch
                {
                    Microsoft.CodeAnalysis.Operations.BinaryOperatorKind.LessThan => $"{count}_to > {from} ? {count}_to - {from} : 0L",
                    Microsoft.CodeAnalysis.Operations.BinaryOperatorKind.LessThanOrEqual => $"{count}_to >= {from} ? {count}_to - {from} + 1L : 0L",
                    Microsoft.CodeAnalysis.Operations.BinaryOperatorKind.GreaterThan => $"{from} > {count}_to ? {from} - {count}_to : 0L",
                    _ => $"{from} >= {count}_to ? {from} - {count}_to + 1L : 0L",
                }
                : loop.Comparison switch
                {
                    Microsoft.CodeAnalysis.Operations.BinaryOperatorKind.LessThan => $"{count}_to > {from} ? ({count}_to - {from} + {magnitude - 1}L) / {magnitude}L : 0L",
                    Microsoft.CodeAnalysis.Operations.BinaryOperatorKind.LessThanOrEqual => $"{count}_to >= {from} ? (({count}_to - {from}) / {magnitude}L) + 1L : 0L",
                    Microsoft.CodeAnalysis.Operations.BinaryOperatorKind.GreaterThan => $"{from} > {count}_to ? ({from} - {count}_to + {magnitude - 1}L) / {magnitude}L : 0L",
                    _ => $"{from} >= {count}_to ? (({from} - {count}_to) / {magnitude}L) + 1L : 0L",
                };
                writer.WriteLine($"long {count} = {countExpression};");
                return;
            }

            switch (loop.Source)
            {
                case SourceKind.Range:
                    writer.WriteLine($"int {rangeStart} = {Inline(loop.Collection!)};");
                    writer.WriteLine($"int {count}_count = {Inline(loop.RangeCount!)};");
                    writer.WriteLine($"global::System.Linq.Enumerable.Range({rangeStart}, {count}_count); // throws where the original does");
                    writer.WriteLine($"long {count} = {count}_count;");
                    break;
                case SourceKind.Array:
                    writer.WriteLine($"var {source} = {Inline(loop.Collection!)};");
                    writer.WriteLine($"long {count} = {source}.Length;");
                    break;
                default:
                    writer.WriteLine($"var {source} = {Inline(loop.Collection!)};");
                    writer.WriteLine($"long {count} = {source}.Count;");
                    break;
            }
        }

        /// <summary>Copies a loop's captured start or source into a local of the task; returns the prefix of the copies' names.</summary>
        private static string LocalCopy(SourceWriter writer, LoopShape loop, string from, string source, string rangeStart, string prefix)
        {
            if (loop.Kind == LoopKind.For)
            {
                writer.WriteLine($"long {prefix}from = {from};");
            }
            else if (loop.Source == SourceKind.Range)
            {
                writer.WriteLine($"int {prefix}rstart = {rangeStart};");
            }
            else
            {
                writer.WriteLine($"var {prefix}src = {source};");
            }

            return prefix;
        }

        /// <summary>
        /// Writes checks, inside the size probe, that throw (sending the nest to the original loop) when the
        /// parallel path would not walk the same iterations: a counter whose exit value leaves its type (the
        /// original loop then wraps around instead of stopping), or a list interface whose object is neither
        /// a List&lt;T&gt; nor an array (its enumerator, which the original loop uses, may differ from its indexer).
        /// </summary>
        private void EmitGuards(SourceWriter writer, LoopShape loop, string count, string from, string source)
        {
            if (loop.Kind == LoopKind.For)
            {
                bool isInt = loop.Variable.Type.SpecialType == SpecialType.System_Int32;
                writer.Open();
                writer.WriteLine("// The counter must stop where the count says, not wrap around past its type's range.");
                if (!isInt)
                {
                    writer.WriteLine(loop.Comparison is Microsoft.CodeAnalysis.Operations.BinaryOperatorKind.LessThan or Microsoft.CodeAnalysis.Operations.BinaryOperatorKind.LessThanOrEqual
                        ? $"long __lg_span = checked({count}_to - {from});"
                        : $"long __lg_span = checked({from} - {count}_to);");
                }

                writer.WriteLine($"long __lg_exit = checked({from} + ({count} * {loop.Step}L));");
                if (loop.NotEqual)
                {
                    // 'i != bound' counts like '<' (or '>') only from the bound's side; from the other, the original loop runs on.
                    writer.WriteLine(loop.Step > 0 ? $"if ({from} > {count}_to)" : $"if ({from} < {count}_to)");
                    writer.Open();
                    writer.WriteLine("throw new global::System.OverflowException();");
                    writer.Close();
                }

                if (isInt)
                {
                    writer.WriteLine("if (__lg_exit > int.MaxValue || __lg_exit < int.MinValue)");
                    writer.Open();
                    writer.WriteLine("throw new global::System.OverflowException();");
                    writer.Close();
                }

                writer.Close();
                return;
            }

            if (loop.Source == SourceKind.List && loop.Collection is { } collection
                && this.model.GetTypeInfo(collection, this.cancellationToken).Type is INamedTypeSymbol { TypeKind: TypeKind.Interface, TypeArguments.Length: 1 } listType)
            {
                // Without nullable annotations: a type test may not name 'string?'.
                string element = listType.TypeArguments[0].ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
                writer.WriteLine($"if (!({source} is global::System.Collections.Generic.List<{element}> || {source} is {element}[]))");
                writer.Open();
                writer.WriteLine("// Another list type: its enumerator, which the original loop walks, may not match its indexer.");
                writer.WriteLine("throw new global::System.InvalidOperationException();");
                writer.Close();
            }
        }

        private void EmitVariable(SourceWriter writer, LoopShape loop, string index, string from, string source, string rangeStart)
        {
            string name = Escape(loop.Variable.Name);
            if (loop.Kind == LoopKind.For)
            {
                string type = this.Display(loop.Variable.Type);
                string offset = loop.Step switch
                {
                    1 => $"{from} + {index}",
                    -1 => $"{from} - {index}",
                    _ => $"{from} + ({index} * {loop.Step}L)",
                };
                writer.WriteLine($"{type} {name} = ({type})({offset});");
                return;
            }

            string declared = loop.DeclaredType is { IsVar: true } ? "var" : this.Display(loop.Variable.Type);
            string cast = declared == "var" ? string.Empty : $"({declared})";
            string element = loop.Source == SourceKind.Range ? $"({rangeStart} + (int){index})" : $"{source}[(int){index}]";
            writer.WriteLine($"{declared} {name} = {cast}{element};");
        }

        // ------------------------------------------------------------------ the copied body

        private string Rewrite(NestAnalysis nest, StatementSyntax statement, bool includeRowBuilderResult, (InvocationExpressionSyntax Call, string Target)? rowAdd)
        {
            var renames = new Dictionary<ISymbol, string>(SymbolEqualityComparer.Default);
            foreach (ReductionInfo reduction in nest.Reductions)
            {
                renames[reduction.Local] = "__lg_r_" + reduction.Local.Name;
            }

            foreach (AppendInfo append in this.Appends(nest, includeRowBuilderResult))
            {
                renames[append.Local] = "__lg_a_" + append.Local.Name;
            }

            AddArrayReductionRenames(nest, renames);

            var rewriter = new BodyRewriter(this.model, renames, rowAdd, this.cancellationToken);
            SyntaxNode rewritten = rewriter.Visit(statement);
            return Reindent(rewritten.ToString(), Column(statement));
        }

        /// <summary>Renames accumulators and result lists to their per-chunk copies, and turns <c>row.Add(e)</c> into an in-place write.</summary>
        private sealed class BodyRewriter : CSharpSyntaxRewriter
        {
            private readonly SemanticModel model;
            private readonly Dictionary<ISymbol, string> renames;
            private readonly (InvocationExpressionSyntax Call, string Target)? rowAdd;
            private readonly CancellationToken cancellationToken;

            public BodyRewriter(SemanticModel model, Dictionary<ISymbol, string> renames, (InvocationExpressionSyntax Call, string Target)? rowAdd, CancellationToken cancellationToken)
            {
                this.model = model;
                this.renames = renames;
                this.rowAdd = rowAdd;
                this.cancellationToken = cancellationToken;
            }

            public override SyntaxNode? VisitIdentifierName(IdentifierNameSyntax node)
            {
                if (this.renames.Count > 0
                    && this.model.GetSymbolInfo(node, this.cancellationToken).Symbol is { Kind: SymbolKind.Local or SymbolKind.Parameter } variable
                    && this.renames.TryGetValue(variable, out string? name))
                {
                    return SyntaxFactory.IdentifierName(name).WithTriviaFrom(node);
                }

                return base.VisitIdentifierName(node);
            }

            public override SyntaxNode? VisitInvocationExpression(InvocationExpressionSyntax node)
            {
                if (this.rowAdd is { } add && node == add.Call)
                {
                    var value = (ExpressionSyntax)this.Visit(node.ArgumentList.Arguments[0].Expression)!;
                    return SyntaxFactory.ParseExpression($"{add.Target} = ({value.ToString()})").WithTriviaFrom(node);
                }

                return base.VisitInvocationExpression(node);
            }
        }

        // ------------------------------------------------------------------ run-time alias checks

        private string AliasCheck(NestAnalysis nest)
        {
            var parts = new List<string>();
            foreach ((ISymbol written, ISymbol other) in nest.AliasPairs)
            {
                parts.Add($"global::System.Object.ReferenceEquals({this.Reference(written)}, {this.Reference(other)})");
            }

            parts.AddRange(this.ArrayReductionGuards(nest));

            if (nest.JaggedWritten.Count > 0)
            {
                var jagged = nest.JaggedWritten.Concat(nest.JaggedOthers.Where(IsJagged)).Distinct(SymbolEqualityComparer.Default).ToList();
                var plain = nest.JaggedOthers.Where(o => !IsJagged(o)).Distinct(SymbolEqualityComparer.Default).ToList();
                parts.Add("!global::LoopGen.Runtime.ParallelLoop.AreDistinct(new global::System.Array[][] { "
                    + string.Join(", ", jagged.Select(s => this.Reference(s!)))
                    + " }, "
                    + (plain.Count == 0 ? "new object[0]" : "new object[] { " + string.Join(", ", plain.Select(s => this.Reference(s!))) + " }")
                    + ")");
            }

            return parts.Count == 0 ? string.Empty : " || " + string.Join(" || ", parts);
        }

        private static bool IsJagged(ISymbol? symbol)
            => NestWalker.TypeOfVariable(symbol) is IArrayTypeSymbol { Rank: 1, ElementType: IArrayTypeSymbol };

        private string Reference(ISymbol symbol)
        {
            if (symbol is IFieldSymbol field)
            {
                return field.IsStatic
                    ? field.ContainingType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) + "." + Escape(field.Name)
                    : "this." + Escape(field.Name);
            }

            return Escape(symbol.Name);
        }

        // ------------------------------------------------------------------ text helpers

        private string Display(ITypeSymbol type) => type.ToDisplayString(this.typeFormat);

        private static string Bracket(string elementType, string length)
        {
            // new T[n] for T, and new T[n][] for an array type T[]; a '[' inside type arguments
            // (List<double[]>) or a tuple type ((int, int[])) is not the array rank of T.
            int bracket = -1;
            int depth = 0;
            for (int c = 0; c < elementType.Length && bracket < 0; c++)
            {
                switch (elementType[c])
                {
                    case '<' or '(':
                        depth++;
                        break;
                    case '>' or ')':
                        depth--;
                        break;
                    case '[' when depth == 0:
                        bracket = c;
                        break;
                }
            }

            return bracket < 0 ? $"{elementType}[{length}]" : $"{elementType.Substring(0, bracket)}[{length}]{elementType.Substring(bracket)}";
        }

        private static string Inline(ExpressionSyntax expression) => "(" + Reindent(expression.ToString(), Column(expression)) + ")";

        private static string Text(SyntaxNode node) => Reindent(node.ToString(), Column(node));

        private static int Column(SyntaxNode node) => node.SyntaxTree.GetLineSpan(node.Span).StartLinePosition.Character;

        /// <summary>Removes a node's original indentation from its second and later lines.</summary>
        private static string Reindent(string text, int column)
        {
            string[] lines = text.Replace("\r\n", "\n").Split('\n');
            for (int l = 1; l < lines.Length; l++)
            {
                int spaces = 0;
                while (spaces < column && spaces < lines[l].Length && (lines[l][spaces] == ' ' || lines[l][spaces] == '\t'))
                {
                    spaces++;
                }

                lines[l] = lines[l].Substring(spaces);
            }

            return string.Join("\n", lines);
        }

        private static string Escape(string name) => SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(name) is SyntaxKind.AwaitKeyword ? "@" + name : name;

        private static string Xml(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

        private static string Accessibility(Accessibility accessibility) => accessibility switch
        {
            Microsoft.CodeAnalysis.Accessibility.Public => "public",
            Microsoft.CodeAnalysis.Accessibility.Internal => "internal",
            Microsoft.CodeAnalysis.Accessibility.Protected => "protected",
            Microsoft.CodeAnalysis.Accessibility.ProtectedOrInternal => "protected internal",
            Microsoft.CodeAnalysis.Accessibility.ProtectedAndInternal => "private protected",
            _ => "private",
        };
    }
}
