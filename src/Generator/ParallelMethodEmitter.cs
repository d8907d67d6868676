using System;
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
    /// Writes the text of <c>MParallel</c> from a method's classification. The two public overloads call
    /// one private core method that holds M's statements; each nest in it becomes a block that runs the
    /// original loop below the sequential threshold and a chunked parallel loop above it. The chunks run in
    /// a separate generated method that receives its inputs explicitly (one tuple), so the core creates no
    /// closure: its sequential path costs what M costs, and the chunk reads its inputs from locals.
    /// </summary>
    internal sealed partial class ParallelMethodEmitter
    {
        /// <summary>Taken as the trip count of an inner loop whose count cannot be computed before the row runs.</summary>
        private const long UnknownInnerCount = 16;

        /// <summary>The most rows, and the most items in a row, that the twin creates in advance (2^24).</summary>
        private const long PreallocationLimit = 1L << 24;

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

        /// <summary>The prefix of every name LoopGen introduces: no identifier of the method or member of its type starts with it.</summary>
        private readonly string p;

        /// <summary>The name of the public overload's options parameter.</summary>
        private readonly string optionsName;

        /// <summary>The name of the core's options parameter (null for the overload without options).</summary>
        private readonly string options;

        /// <summary>The stem of the generated private members' names (core and chunk methods).</summary>
        private readonly string memberStem;

        /// <summary>The chunk methods, written after the core.</summary>
        private readonly List<string> chunkMethods = new List<string>();

        private int nestIndex;

        /// <summary>The span of the nest whose probe is being written (its own variables are declared inside the probe).</summary>
        private Microsoft.CodeAnalysis.Text.TextSpan probedNest;

        /// <summary>The prefix of the chunk's own copies of its inputs: <see cref="p"/> in a chunk method, and a longer one in a lambda (whose copies would otherwise clash with the captured originals).</summary>
        private string cp;

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
            this.p = ChoosePrefix(analysis.Method, analysis.Syntax);
            this.cp = this.p;
            this.options = this.p + "options";

            var parameterNames = new HashSet<string>(analysis.Method.Parameters.Concat(this.Declared.Parameters).Select(x => x.Name), StringComparer.Ordinal);
            string optionsName = "parallelOptions";
            for (int k = 1; parameterNames.Contains(optionsName); k++)
            {
                optionsName = "parallelOptions" + k;
            }

            this.optionsName = optionsName;
            this.memberStem = this.p + LoopClassifier.GetParallelMethodName(analysis.Method.Name) + OverloadSuffix(analysis.Method);
        }

        /// <summary>
        /// Tells overloads apart in generated names (the file's hint name, the private members): <c>_k</c> with k the
        /// method's position among the type's methods of that name, or nothing when it has no overload. A partial
        /// method counts as its declaring part, the one the type lists.
        /// </summary>
        /// <param name="method">The method (either part of a partial method).</param>
        /// <returns>The suffix.</returns>
        internal static string OverloadSuffix(IMethodSymbol method)
        {
            var sameName = method.ContainingType.GetMembers(method.Name).OfType<IMethodSymbol>().ToList();
            return sameName.Count > 1 ? "_" + sameName.IndexOf(method.PartialDefinitionPart ?? method) : string.Empty;
        }

        private IMethodSymbol Method => this.analysis.Method;

        /// <summary>
        /// The part callers see: a partial method's declaring part (whose parameter names and default values the
        /// public overloads take), or the method itself.
        /// </summary>
        private IMethodSymbol Declared => this.Method.PartialDefinitionPart is { } definition && definition.Parameters.Length == this.Method.Parameters.Length
            ? definition
            : this.Method;

        /// <summary>
        /// Chooses the prefix of LoopGen's own names: <c>__lg_</c>, or <c>__lg1_</c>, <c>__lg2_</c>, ... when the
        /// method's identifiers, or the members or type parameters of its types, already use it.
        /// </summary>
        private static string ChoosePrefix(IMethodSymbol method, MethodDeclarationSyntax syntax)
        {
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (SyntaxToken token in syntax.DescendantTokens())
            {
                if (token.IsKind(SyntaxKind.IdentifierToken))
                {
                    names.Add(token.ValueText);
                }
            }

            // A partial method's declaring part may name its parameters differently: the public overloads use those names.
            names.UnionWith((method.PartialDefinitionPart ?? method).Parameters.Select(x => x.Name));
            for (INamedTypeSymbol? type = method.ContainingType; type is not null; type = type.ContainingType)
            {
                names.UnionWith(type.TypeParameters.Select(t => t.Name));
                for (INamedTypeSymbol? self = type; self is not null; self = self.BaseType)
                {
                    names.UnionWith(self.MemberNames);
                }
            }

            for (int k = 0; ; k++)
            {
                string prefix = k == 0 ? "__lg_" : "__lg" + k + "_";
                if (!names.Any(n => n.StartsWith(prefix, StringComparison.Ordinal)))
                {
                    return prefix;
                }
            }
        }

        /// <summary>Writes both overloads, the core and the chunk methods.</summary>
        /// <param name="version">The generator version for <c>[GeneratedCode]</c>.</param>
        /// <returns>The methods' text, indented from column zero.</returns>
        public string Emit(string version)
        {
            var writer = new SourceWriter();
            string name = Escape(LoopClassifier.GetParallelMethodName(this.Method.Name));
            string core = this.memberStem;
            string typeParameters = this.Method.TypeParameters.Length == 0 ? string.Empty : "<" + string.Join(", ", this.Method.TypeParameters.Select(t => Escape(t.Name))) + ">";
            string constraints = string.Join(" ", this.analysis.Syntax.ConstraintClauses.Select(Text));
            string modifiers = Accessibility(this.Method.DeclaredAccessibility) + (this.Method.IsStatic ? " static" : string.Empty);
            string returnType = this.Method.ReturnsVoid ? "void" : this.Display(this.Method.ReturnType);
            // Quoted in a doc comment line: one line, whatever the user's loop headers look like.
            string report = LoopShapeReader.OneLine(LoopClassifier.Describe(this.analysis));
            string generatedCode = $"[global::System.CodeDom.Compiler.GeneratedCode(\"LoopGen\", \"{version}\")]" + this.DeprecationAttributes();
            string nullable = this.annotations ? "?" : string.Empty;

            var withDefaults = new List<string>();
            var plain = new List<string>();
            var coreParameters = new List<string>();
            var arguments = new List<string>();
            string[] defaults = this.DefaultValues();
            for (int i = 0; i < this.Method.Parameters.Length; i++)
            {
                // The public overloads take the names callers use (a partial method's declaring part's); the core
                // takes the implementing part's, which its copy of the body reads.
                IParameterSymbol parameter = this.Method.Parameters[i];
                string prefix = i == 0 && this.Method.IsExtensionMethod ? "this " : string.Empty;
                string publicName = Escape(this.Declared.Parameters[i].Name);
                string declaration = this.Display(parameter.Type) + " " + publicName;
                string callerInfo = defaults[i].Length > 0 ? CallerInfo(this.Declared.Parameters[i]) : string.Empty;
                withDefaults.Add(callerInfo + prefix + (parameter.IsParams ? "params " : string.Empty) + declaration + defaults[i]);
                plain.Add(prefix + declaration);
                coreParameters.Add(this.Display(parameter.Type) + " " + Escape(parameter.Name));
                arguments.Add(publicName);
            }

            plain.Add("global::System.Threading.Tasks.ParallelOptions " + this.optionsName);
            coreParameters.Add($"global::System.Threading.Tasks.ParallelOptions{nullable} {this.options}");
            string constraintSuffix = constraints.Length > 0 ? " " + constraints : string.Empty;
            string call = $"{core}{typeParameters}({string.Join(", ", arguments.Concat(new[] { "{0}" }))})";

            writer.WriteLine("/// <summary>");
            writer.WriteLine($"/// Parallel twin of <c>{Xml(this.Method.Name)}</c>, generated by LoopGen: same parameters, same result, same exceptions.");
            writer.WriteLine("/// </summary>");
            writer.WriteLine("/// <remarks>");
            writer.WriteLine("/// " + Xml(report) + ".");
            writer.WriteLine("/// </remarks>");
            writer.WriteLine(generatedCode);
            writer.WriteLine($"{modifiers} {returnType} {name}{typeParameters}({string.Join(", ", withDefaults)}){constraintSuffix}");
            writer.Indent();
            writer.WriteLine("=> " + call.Replace("{0}", "null") + ";");
            writer.Unindent();
            writer.WriteLine();
            writer.WriteLine("/// <summary>");
            writer.WriteLine($"/// Parallel twin of <c>{Xml(this.Method.Name)}</c> with explicit options: <see cref=\"global::System.Threading.Tasks.ParallelOptions.MaxDegreeOfParallelism\"/>");
            writer.WriteLine("/// (when positive) and <see cref=\"global::System.Threading.Tasks.ParallelOptions.CancellationToken\"/> are honoured.");
            writer.WriteLine("/// </summary>");
            writer.WriteLine(generatedCode);
            writer.WriteLine($"{modifiers} {returnType} {name}{typeParameters}({string.Join(", ", plain)}){constraintSuffix}");
            writer.Open();
            writer.WriteLine($"if ({this.optionsName} is null)");
            writer.Open();
            writer.WriteLine($"throw new global::System.ArgumentNullException(nameof({this.optionsName}));");
            writer.Close();
            writer.WriteLine();
            writer.WriteLine((this.Method.ReturnsVoid ? string.Empty : "return ") + call.Replace("{0}", this.optionsName) + ";");
            writer.Close();
            writer.WriteLine();

            writer.WriteLine("/// <summary>");
            writer.WriteLine($"/// The body of both overloads of <c>{Xml(LoopClassifier.GetParallelMethodName(this.Method.Name))}</c>: the statements of <c>{Xml(this.Method.Name)}</c>, each nest");
            writer.WriteLine($"/// run by its original loop on small work and in parallel chunks on large work. <paramref name=\"{this.options}\"/> is null for the defaults.");
            writer.WriteLine("/// </summary>");
            writer.WriteLine(generatedCode);
            writer.WriteLine($"private{(this.Method.IsStatic ? " static" : string.Empty)} {returnType} {core}{typeParameters}({string.Join(", ", coreParameters)}){constraintSuffix}");
            writer.Open();
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
                    this.EmitNest(writer, nest, generatedCode, typeParameters, constraintSuffix);
                    this.nestIndex++;
                }
            }

            writer.Close();
            foreach (string chunk in this.chunkMethods)
            {
                writer.WriteLine();
                writer.WriteLines(chunk.TrimEnd('\n'));
            }

            return writer.ToString();
        }

        private void EmitNest(SourceWriter writer, NestAnalysis nest, string generatedCode, string typeParameters, string constraintSuffix)
        {
            LoopShape outer = nest.Outer;
            this.currentOuter = outer;
            string p = this.p;
            writer.Open();
            writer.WriteLine("// LoopGen: " + LoopShapeReader.OneLine(LoopClassifier.Describe(nest)) + ".");
            writer.WriteLine($"{this.options}?.CancellationToken.ThrowIfCancellationRequested();");

            // A bound cached in the outer header ('for (int i = 0, n = a.Length; i < n; i++)'): evaluated once, here, as M
            // evaluates it once (the counter's start is a constant, so the order is M's). Everything after reads 'n': the
            // size probe, the run-time checks, the inner bounds, the chunks, and the original loop, whose header no longer
            // declares it.
            if (outer.CachedBound is { } cachedBound)
            {
                writer.WriteLine($"{this.Display(cachedBound.Type)} {Escape(cachedBound.Name)} = {Text(outer.Bound!)};");
            }

            // A variable read through a list interface must hold an array or a List<T> for the parallel path: another
            // class's indexer, Count or enumerator is code LoopGen has not seen. It is tested first, so that the
            // size probe runs none of that code (the original loop runs it, as M does).
            string views = string.Empty;
            if (nest.ListViews.Count > 0)
            {
                views = p + "views";
                writer.WriteLine($"bool {views} = {string.Join(" && ", nest.ListViews.Select(v => IsLibraryList(this.Reference(v.Variable), v.Element)))};");
            }

            // Evaluate the outer loop's bounds once, in the order the loop evaluates them.
            this.EmitBounds(writer, outer, p + "n", p + "from", p + "src", p + "rstart", probeGuard: views);

            // Estimate the innermost iterations. A bound that throws sends the nest down the sequential path, where
            // it throws exactly where the original loop does; when no bound can throw (the probe reads only counts of
            // arrays and lists it has checked for null, and int arithmetic), the probe needs no try block, which
            // would slow down the sequential path.
            writer.WriteLine($"long {p}inner = 0;");
            writer.WriteLine(views.Length > 0 ? $"bool {p}probe = {views}; // false for another list type: the original loop runs" : $"bool {p}probe = true;");
            var nullChecks = new List<string>();
            bool bothEnds = nest.Inner is { } estimated && nest.InnerCountEstimable && this.Mentions(estimated.BoundExpressions, outer.Variable);
            bool safe = this.ProbeCannotThrow(nest, bothEnds, nullChecks);
            string fail = $"{p}probe = false;";
            if (safe)
            {
                if (nullChecks.Count > 0)
                {
                    // Copies, so that the null tests do not change what the compiler knows of the variables' null-state.
                    for (int k = 0; k < nullChecks.Count; k++)
                    {
                        writer.WriteLine($"var {p}null{k} = {nullChecks[k]};");
                    }

                    writer.WriteLine($"if ({string.Join(" || ", nullChecks.Select((_, k) => $"{p}null{k} is null"))})");
                    writer.Open();
                    writer.WriteLine("// A null source: the original loop throws where it should.");
                    writer.WriteLine(fail);
                    writer.Close();
                    writer.WriteLine($"else if ({p}n > 0)");
                }
                else
                {
                    writer.WriteLine($"if ({p}n > 0)");
                }
            }
            else
            {
                writer.WriteLine("try");
            }

            writer.Open();
            this.EmitGuards(writer, outer, p + "n", p + "from", p + "src", fail);
            if (!safe)
            {
                writer.WriteLine($"if ({p}n > 0)");
                writer.Open();
            }

            if (nest.Inner is { } inner && nest.InnerCountEstimable)
            {
                if (!bothEnds)
                {
                    writer.WriteLine("// The trip count of the inner loop, whose bounds do not name the outer variable.");
                    this.EmitBounds(writer, inner, p + "m", p + "ifrom", p + "isrc", p + "irstart", probeGuard: views);
                    this.EmitGuards(writer, inner, p + "m", p + "ifrom", p + "isrc", fail);
                    writer.WriteLine($"{p}inner = {p}m;");
                }
                else
                {
                    // Both ends: a triangle that shrinks (for j = i + 1; j < n) has an empty last row.
                    writer.WriteLine("// The larger trip count of the inner loop for the first and the last outer iterations.");
                    foreach (string index in new[] { "0", $"(int)({p}n - 1)" })
                    {
                        writer.Open();
                        this.EmitVariable(writer, outer, index, p + "from", p + "src", p + "rstart");
                        this.EmitBounds(writer, inner, p + "m", p + "ifrom", p + "isrc", p + "irstart", probeGuard: views);
                        this.EmitGuards(writer, inner, p + "m", p + "ifrom", p + "isrc", fail);
                        writer.WriteLine($"{p}inner = global::System.Math.Max({p}inner, {p}m);");
                        writer.Close();
                    }
                }
            }
            else
            {
                writer.WriteLine($"{p}inner = {UnknownInnerCount};");
            }

            if (safe)
            {
                writer.Close();
            }
            else
            {
                writer.Close();
                writer.Close();
                writer.WriteLine("catch");
                writer.Open();
                writer.WriteLine(fail);
                writer.Close();
            }

            writer.WriteLine();

            long threshold = this.analysis.Options.MinParallelWork > 0
                ? this.analysis.Options.MinParallelWork
                : System.Math.Max(256, System.Math.Min(1L << 20, DefaultWorkBudget / System.Math.Max(1, nest.BodyWeight)));
            string aliasCheck = this.AliasCheck(nest);
            bool preallocate = this.PreallocatesRows(nest);

            // The twin creates the rows of the row-building shape, and the table that holds them, before their cells
            // are computed; the original loop grows each row while it computes them. For sizes where one such
            // allocation could fail (more than 2^24 rows, or rows of more than 2^24 items), the original loop runs, so
            // that an exception of the loop body comes before the allocation failure, as in M. Each dimension is
            // bounded, not their product: the first chunk, which always runs, creates only its own first row before
            // computing cells, and the exception of the lowest failing chunk is the one rethrown; other chunks may
            // run out of memory while creating theirs, which is then not seen. (The preallocated rows of one task per
            // row are created in a try block, whose failure sends the nest to the original loop as well.)
            string sizeCheck = nest.RowBuilder is not null && (preallocate || nest.Strategy == NestStrategy.Flatten)
                ? $" || {p}n > {PreallocationLimit}L || {p}inner > {PreallocationLimit}L"
                : string.Empty;
            if (preallocate)
            {
                // One task per row, row-building shape: create every row up front, in order, at its final length, so
                // that the parallel part only writes (allocating while other threads run costs more than this). Its
                // capacity is the one M's row reaches by Add when M's own code may read it (RowBuilderInfo.KeepCapacity).
                RowBuilderInfo rows = nest.RowBuilder!;
                LoopShape innerLoop = nest.Inner!;
                string list = $"global::System.Collections.Generic.List<{this.Display(rows.ElementType)}>";
                string distinct = $" && !({(sizeCheck + aliasCheck).Substring(" || ".Length)})";
                writer.WriteLine($"bool {p}parallel = {p}probe && {p}n * {p}inner >= {threshold}L{distinct};");
                writer.WriteLine($"{list}[] {p}rows = new {Bracket(list, "0")};");
                writer.WriteLine($"if ({p}parallel)");
                writer.Open();
                writer.WriteLine("try");
                writer.Open();
                writer.WriteLine($"{p}rows = new {Bracket(list, p + "n")};");
                writer.WriteLine($"for (int {p}k = 0; {p}k < {p}n; {p}k++)");
                writer.Open();
                this.EmitVariable(writer, nest.Outer, p + "k", p + "from", p + "src", p + "rstart");
                this.EmitBounds(writer, innerLoop, p + "m", p + "ifrom", p + "isrc", p + "irstart");
                this.EmitGuards(writer, innerLoop, p + "m", p + "ifrom", p + "isrc", "throw new global::System.OverflowException();");
                writer.WriteLine($"var {p}fresh = new {list}({RowCapacity(rows, $"(int){p}m")});");
                writer.WriteLine($"global::System.Runtime.InteropServices.CollectionsMarshal.SetCount({p}fresh, (int){p}m);");
                writer.WriteLine($"{p}rows[{p}k] = {p}fresh;");
                writer.Close();
                writer.Close();
                writer.WriteLine("catch");
                writer.Open();
                writer.WriteLine("// A bound that throws: the original loop throws it where it should.");
                writer.WriteLine($"{p}parallel = false;");
                writer.Close();
                writer.Close();
                writer.WriteLine();
                writer.WriteLine($"if (!{p}parallel)");
            }
            else
            {
                writer.WriteLine($"if (!{p}probe || {p}n * {p}inner < {threshold}L{sizeCheck}{aliasCheck})");
            }

            writer.Open();
            var reasons = new List<string> { "Small work" };
            if (sizeCheck.Length > 0)
            {
                reasons.Add("rows too large to create in advance");
            }

            if (aliasCheck.Length > 0)
            {
                reasons.Add("arrays that may be the same object");
            }

            if (nest.IndexRangeGuards.Count > 0)
            {
                reasons.Add("a flat index that may pass int.MaxValue");
            }

            if (nest.StrideGuards.Count > 0)
            {
                reasons.Add("rows wider than their stride");
            }

            string because = reasons.Count == 1 ? reasons[0] : string.Join(", ", reasons.Take(reasons.Count - 1)) + ", or " + reasons[reasons.Count - 1];
            writer.WriteLine($"// {because}: the original loop, unchanged.");
            writer.WriteLines(OriginalLoopText(outer));
            writer.Close();
            writer.WriteLine("else");
            writer.Open();
            writer.WriteLine($"int {p}degree = global::LoopGen.Runtime.ParallelLoop.ResolveDegree({this.options}, {this.analysis.Options.MaxDegreeOfParallelism});");
            var chunk = new ChunkInfo(generatedCode, typeParameters, constraintSuffix);
            if (nest.Strategy == NestStrategy.Flatten)
            {
                this.EmitFlattened(writer, nest, chunk);
            }
            else
            {
                this.EmitRows(writer, nest, chunk);
            }

            writer.Close();
            writer.Close();
        }

        /// <summary>Tells whether a nest runs one task per row with rows of the row-building shape created up front.</summary>
        private bool PreallocatesRows(NestAnalysis nest)
            => nest.Strategy == NestStrategy.RowPerTask && nest.RowBuilder is not null && nest.Inner is not null && this.hasCollectionsMarshal;

        private void EmitRows(SourceWriter writer, NestAnalysis nest, ChunkInfo chunk)
        {
            string p = this.p;
            bool preallocate = this.PreallocatesRows(nest);
            bool keepResult = !preallocate;
            writer.WriteLine($"global::LoopGen.Runtime.LoopPlan {p}plan = global::LoopGen.Runtime.ParallelLoop.PlanRows({p}n, {p}degree);");
            this.EmitPartialArrays(writer, nest, includeRowBuilderResult: keepResult);

            this.AddLoopSource(chunk, nest.Outer, "from", "src", "rstart");
            if (preallocate)
            {
                chunk.Items.Add(new StateItem("rows", $"global::System.Collections.Generic.List<{this.Display(nest.RowBuilder!.ElementType)}>[]", p + "rows"));
            }

            this.AddPartialItems(chunk, nest, includeRowBuilderResult: keepResult);
            var nodes = new List<SyntaxNode>();
            if (preallocate)
            {
                nodes.Add(nest.Inner!.Body);
                nodes.AddRange(nest.Inner!.BoundExpressions);
            }
            else
            {
                nodes.Add(nest.Outer.Body);
            }

            this.EmitRun(writer, nest, chunk, nodes, includeRowBuilderResult: keepResult, body: w =>
            {
                string c = this.cp;
                w.WriteLine($"int {p}last = (int){p}end;");
                w.WriteLine($"for (int {p}k = (int){p}start; {p}k < {p}last; {p}k++)");
                w.Open();
                this.EmitVariable(w, nest.Outer, p + "k", c + "from", chunk.SourceName(c), c + "rstart", intStart: true);
                if (preallocate && nest.RowBuilder is { } rows && nest.Inner is { } inner)
                {
                    // The row-building shape: the row was created at its final length; write it in place instead of
                    // growing it by Add (no reallocation, no copy).
                    string element = this.Display(rows.ElementType);
                    this.EmitBounds(w, inner, p + "m", p + "ifrom", p + "isrc", p + "irstart");
                    w.WriteLine($"global::System.Span<{element}> {p}cells = global::System.Runtime.InteropServices.CollectionsMarshal.AsSpan({c}rows[{p}k]);");
                    w.WriteLine($"for (int {p}j = 0; {p}j < {p}cells.Length; {p}j++)");
                    w.Open();
                    this.EmitVariable(w, inner, p + "j", p + "ifrom", p + "isrc", p + "irstart");
                    w.WriteLines(this.Rewrite(nest, inner.Body, includeRowBuilderResult: false, rowAdd: (rows.RowAdd, $"{p}cells[{p}j]")));
                    w.Close();
                }
                else
                {
                    w.WriteLines(this.Rewrite(nest, nest.Outer.Body, includeRowBuilderResult: true, rowAdd: null));
                }

                w.Close();
            });

            if (!keepResult)
            {
                string result = Escape(nest.RowBuilder!.Result.Local.Name);
                writer.WriteLine("// Append the rows in order, as the original loop does, leaving the list the capacity its Adds would.");
                writer.WriteLine($"global::LoopGen.Runtime.ParallelLoop.GrowAsAdds({result}, {result}.Count + (long){p}rows.Length);");
                writer.WriteLine($"{result}.AddRange({p}rows);");
            }

            this.EmitMerge(writer, nest, includeRowBuilderResult: keepResult);
        }

        private void EmitFlattened(SourceWriter writer, NestAnalysis nest, ChunkInfo chunk)
        {
            string p = this.p;
            LoopShape inner = nest.Inner!;
            RowBuilderInfo? rows = nest.RowBuilder;

            // The inner bounds do not depend on the outer iteration: evaluate them once.
            this.EmitBounds(writer, inner, p + "m", p + "ifrom", p + "isrc", p + "irstart");
            writer.WriteLine($"global::LoopGen.Runtime.LoopPlan {p}plan = global::LoopGen.Runtime.ParallelLoop.PlanCells({p}n * {p}m, {p}degree);");
            string rowArrayType = string.Empty;
            string nullable = this.annotations ? "?" : string.Empty;
            if (rows is not null)
            {
                string element = this.Display(rows.ElementType);
                rowArrayType = this.hasCollectionsMarshal ? $"global::System.Collections.Generic.List<{element}>" : element + "[]";
                writer.WriteLine("// Each row is created once, by whichever chunk reaches it first, at its final length, and written in place.");
                writer.WriteLine($"{rowArrayType}{nullable}[] {p}rows = new {Bracket(rowArrayType, p + "n")};");
            }

            this.EmitPartialArrays(writer, nest, includeRowBuilderResult: false);
            this.AddLoopSource(chunk, nest.Outer, "from", "src", "rstart");
            this.AddLoopSource(chunk, inner, "ifrom", "isrc", "irstart");
            chunk.Items.Add(new StateItem("m", "int", $"(int){p}m"));
            if (rows is not null)
            {
                chunk.Items.Add(new StateItem("rows", $"{rowArrayType}{nullable}[]", p + "rows"));
            }

            this.AddPartialItems(chunk, nest, includeRowBuilderResult: false);
            this.EmitRun(writer, nest, chunk, new SyntaxNode[] { inner.Body }, includeRowBuilderResult: false, body: w =>
            {
                string c = this.cp;
                w.WriteLine("// One division per chunk, none per pair: walk (outer, inner) from the chunk's first pair.");
                w.WriteLine($"int {p}k = (int)({p}start / {c}m);");
                w.WriteLine($"int {p}j = (int)({p}start - ((long){p}k * {c}m));");
                w.WriteLine($"long {p}left = {p}end - {p}start;");
                w.WriteLine($"while ({p}left > 0)");
                w.Open();
                this.EmitVariable(w, nest.Outer, p + "k", c + "from", chunk.SourceName(c), c + "rstart", intStart: true);
                w.WriteLine($"int {p}stop = (int)global::System.Math.Min({c}m, {p}j + {p}left);");
                w.WriteLine($"{p}left -= {p}stop - {p}j;");
                string rowTarget = string.Empty;
                if (rows is not null)
                {
                    string element = this.Display(rows.ElementType);
                    w.WriteLine($"var {p}row = global::System.Threading.Volatile.Read(ref {c}rows[{p}k]);");
                    w.WriteLine($"if ({p}row is null)");
                    w.Open();
                    if (this.hasCollectionsMarshal)
                    {
                        w.WriteLine($"var {p}fresh = new global::System.Collections.Generic.List<{element}>({RowCapacity(rows, c + "m")});");
                        w.WriteLine($"global::System.Runtime.InteropServices.CollectionsMarshal.SetCount({p}fresh, {c}m);");
                    }
                    else
                    {
                        w.WriteLine($"var {p}fresh = new {Bracket(element, c + "m")};");
                    }

                    w.WriteLine($"{p}row = global::System.Threading.Interlocked.CompareExchange(ref {c}rows[{p}k], {p}fresh, null) ?? {p}fresh;");
                    w.Close();
                    if (this.hasCollectionsMarshal)
                    {
                        w.WriteLine($"global::System.Span<{element}> {p}cells = global::System.Runtime.InteropServices.CollectionsMarshal.AsSpan({p}row);");
                        rowTarget = $"{p}cells[{p}j]";
                    }
                    else
                    {
                        rowTarget = $"{p}row[{p}j]";
                    }
                }

                w.WriteLine($"for (; {p}j < {p}stop; {p}j++)");
                w.Open();
                this.EmitVariable(w, inner, p + "j", c + "ifrom", chunk.InnerSourceName(c), c + "irstart", intStart: true);
                w.WriteLines(this.Rewrite(nest, inner.Body, includeRowBuilderResult: false, rowAdd: rows is null ? null : (rows.RowAdd, rowTarget)));
                w.Close();
                w.WriteLine($"{p}k++;");
                w.WriteLine($"{p}j = 0;");
                w.Close();
            });

            if (rows is not null)
            {
                string element = this.Display(rows.ElementType);
                string result = Escape(rows.Result.Local.Name);
                writer.WriteLine("// Append the rows in order, as the original loop does.");
                writer.WriteLine($"for (int {p}r = 0; {p}r < {p}n; {p}r++)");
                writer.Open();
                writer.WriteLine(this.hasCollectionsMarshal
                    ? $"{result}.Add({p}rows[{p}r] ?? new global::System.Collections.Generic.List<{element}>());"
                    : rows.KeepCapacity
                        ? $"{result}.Add(global::LoopGen.Runtime.ParallelLoop.ListAsAdds({p}rows[{p}r]));"
                        : $"{result}.Add(new global::System.Collections.Generic.List<{element}>({p}rows[{p}r] ?? new {Bracket(element, "0")}));");
                writer.Close();
            }

            this.EmitMerge(writer, nest, includeRowBuilderResult: false);
        }

        /// <summary>
        /// The capacity a row the twin creates for <paramref name="length"/> items is given: the one M's Adds leave it with
        /// when M's own code may read it (<see cref="RowBuilderInfo.KeepCapacity"/>), its length otherwise.
        /// </summary>
        private static string RowCapacity(RowBuilderInfo rows, string length)
            => rows.KeepCapacity ? $"global::LoopGen.Runtime.ParallelLoop.CapacityAfterAdds(0, {length})" : length;

        // ------------------------------------------------------------------ the chunk: its inputs and where it runs

        /// <summary>One input of a chunk: its name in the chunk (after the prefix), its type, and its value where the chunks start.</summary>
        private sealed class StateItem
        {
            public StateItem(string name, string type, string value, bool internalName = true)
            {
                this.Name = name;
                this.Type = type;
                this.Value = value;
                this.Internal = internalName;
            }

            /// <summary>Gets the name: after the chunk's prefix for LoopGen's names, as is for the user's variables.</summary>
            public string Name { get; }

            /// <summary>Gets the type, as written.</summary>
            public string Type { get; }

            /// <summary>Gets the value passed to the chunks.</summary>
            public string Value { get; }

            /// <summary>Gets a value indicating whether the name is one of LoopGen's (prefixed) or a user variable's.</summary>
            public bool Internal { get; }

            /// <summary>Gets or sets the element type when the item is a List&lt;T&gt; the chunk reads through a span.</summary>
            public string? SpanElement { get; set; }
        }

        /// <summary>The inputs of one nest's chunks, and the text shared by the generated members.</summary>
        private sealed class ChunkInfo
        {
            public ChunkInfo(string generatedCode, string typeParameters, string constraintSuffix)
            {
                this.GeneratedCode = generatedCode;
                this.TypeParameters = typeParameters;
                this.ConstraintSuffix = constraintSuffix;
            }

            public string GeneratedCode { get; }

            public string TypeParameters { get; }

            public string ConstraintSuffix { get; }

            /// <summary>Gets LoopGen's own inputs (bounds, sources, rows, partial results).</summary>
            public List<StateItem> Items { get; } = new List<StateItem>();

            /// <summary>Gets or sets the name of the outer source as the chunk reads it (a span of a list, or the list).</summary>
            public string OuterSource { get; set; } = "src";

            /// <summary>Gets or sets the name of the inner source as the chunk reads it.</summary>
            public string InnerSource { get; set; } = "isrc";

            /// <summary>Gets or sets a value indicating whether the chunk must be a lambda in the core (an input whose type cannot be written, or a local function of the method).</summary>
            public bool NeedsLambda { get; set; }

            public string SourceName(string prefix) => prefix + this.OuterSource;

            public string InnerSourceName(string prefix) => prefix + this.InnerSource;
        }

        /// <summary>Adds what a chunk needs to compute a loop's variable: the counter's start, the range's start, or the source.</summary>
        private void AddLoopSource(ChunkInfo chunk, LoopShape loop, string from, string source, string rangeStart)
        {
            if (loop.Kind == LoopKind.For)
            {
                // An int counter is computed in int (its values fit: the probe checked the exit value).
                bool isInt = loop.Variable.Type.SpecialType == SpecialType.System_Int32;
                chunk.Items.Add(new StateItem(from, isInt ? "int" : "long", isInt ? $"(int){this.p}{from}" : this.p + from));
                return;
            }

            if (loop.Source == SourceKind.Range)
            {
                chunk.Items.Add(new StateItem(rangeStart, "int", this.p + rangeStart));
                return;
            }

            ITypeSymbol? type = this.model.GetTypeInfo(loop.Collection!, this.cancellationToken).Type;
            var item = new StateItem(source, type is null ? "?" : this.Display(type), this.p + source);
            if (this.hasCollectionsMarshal
                && type is INamedTypeSymbol { TypeArguments.Length: 1 } named
                && named.OriginalDefinition.ToDisplayString() == "System.Collections.Generic.List<T>"
                && !ContainsAnonymous(named.TypeArguments[0]))
            {
                // A List<T> is read through a span of its items: one bounds check per read, no version check.
                item.SpanElement = this.Display(named.TypeArguments[0]);
                if (source == "src")
                {
                    chunk.OuterSource = "items";
                }
                else
                {
                    chunk.InnerSource = "iitems";
                }
            }

            chunk.Items.Add(item);
            if (type is null || ContainsAnonymous(type))
            {
                chunk.NeedsLambda = true;
            }
        }

        private void AddPartialItems(ChunkInfo chunk, NestAnalysis nest, bool includeRowBuilderResult)
        {
            this.AddArrayReductionItems(chunk, nest);
            foreach (ReductionInfo reduction in nest.Reductions)
            {
                string type = this.Display(reduction.Local.Type);
                chunk.Items.Add(new StateItem("rp_" + reduction.Local.Name, type + "[]", this.p + "rp_" + reduction.Local.Name));
            }

            foreach (AppendInfo append in this.Appends(nest, includeRowBuilderResult))
            {
                string list = $"global::System.Collections.Generic.List<{this.Display(append.ElementType)}>";
                chunk.Items.Add(new StateItem("ap_" + append.Local.Name, list + "[]", this.p + "ap_" + append.Local.Name));
            }
        }

        /// <summary>
        /// Writes the call that runs the chunks, and the chunk itself: a generated method that receives its inputs
        /// as one tuple and copies them into locals (so the core method creates no closure, and the chunk's loop
        /// reads locals), or, when an input's type cannot be written (an anonymous type) or the body calls a local
        /// function of the method, a lambda in the core.
        /// </summary>
        private void EmitRun(SourceWriter writer, NestAnalysis nest, ChunkInfo chunk, IEnumerable<SyntaxNode> bodyNodes, bool includeRowBuilderResult, Action<SourceWriter> body)
        {
            string p = this.p;
            var captured = this.Captured(nest, bodyNodes, chunk);

            var userItems = new List<StateItem>();
            var constants = new List<string>();
            foreach (ILocalSymbol local in captured.OfType<ILocalSymbol>().Where(l => l.IsConst))
            {
                constants.Add($"const {this.Display(local.Type)} {Escape(local.Name)} = {Literal(local.ConstantValue, local.Type, this.Display(local.Type))};");
            }

            foreach (ISymbol symbol in captured.Where(s => s is not ILocalSymbol { IsConst: true }))
            {
                ITypeSymbol type = NestWalker.TypeOfVariable(symbol)!;
                if (ContainsAnonymous(type))
                {
                    chunk.NeedsLambda = true;
                }

                userItems.Add(new StateItem(Escape(symbol.Name), this.Display(type), Escape(symbol.Name), internalName: false));
            }

            if (chunk.NeedsLambda)
            {
                // The lambda reads the user's variables through its closure; LoopGen's inputs are copied into the
                // lambda's own locals, under a longer prefix than the captured originals.
                this.cp = p + "c";
                this.OpenArrayReductions(writer, nest);
                writer.WriteLine($"global::LoopGen.Runtime.ParallelLoop.Run({p}plan, {this.options}, ({p}chunk, {p}start, {p}end) =>");
                writer.Open();
                writer.WriteLine("// The chunk's inputs, copied into its own locals, which the JIT keeps in registers.");
                foreach (StateItem item in chunk.Items)
                {
                    writer.WriteLine($"{item.Type} {this.cp}{item.Name} = {item.Value};");
                    this.EmitSpan(writer, item);
                }

                this.EmitChunkBody(writer, nest, includeRowBuilderResult, body);
                writer.Close(");");
                this.cp = p;
                this.CloseArrayReductions(writer, nest);
                return;
            }

            // The chunk method: its inputs travel as one value (a tuple when there are several), since the core
            // must not create a closure (C# would allocate it on entry, on the sequential path too).
            var items = userItems.Concat(chunk.Items).ToList();
            string name = $"{this.memberStem}_Chunk{this.nestIndex}";
            string stateType = items.Count == 1 ? items[0].Type : "(" + string.Join(", ", items.Select(i => i.Type)) + ")";
            string stateValue = items.Count == 1 ? items[0].Value : "(" + string.Join(", ", items.Select(i => i.Value)) + ")";
            string target = (this.Method.IsStatic ? string.Empty : "this.") + name + chunk.TypeParameters;
            writer.WriteLine($"// The chunks run in {name}, with their inputs passed as one value: this method creates no closure.");
            this.OpenArrayReductions(writer, nest);
            writer.WriteLine($"global::LoopGen.Runtime.ParallelLoop.Run<{stateType}>({p}plan, {this.options}, {stateValue}, {target});");
            this.CloseArrayReductions(writer, nest);

            var method = new SourceWriter();
            method.WriteLine("/// <summary>");
            method.WriteLine($"/// One chunk of the nest '{Xml(LoopShapeReader.Header(nest.Outer.Syntax))}' of <c>{Xml(LoopClassifier.GetParallelMethodName(this.Method.Name))}</c>:");
            method.WriteLine("/// the iterations from start (inclusive) to end (exclusive), in sequential order.");
            method.WriteLine("/// </summary>");
            method.WriteLine(chunk.GeneratedCode);
            method.WriteLine($"private{(this.Method.IsStatic ? " static" : string.Empty)} void {name}{chunk.TypeParameters}({stateType} {p}state, int {p}chunk, long {p}start, long {p}end){chunk.ConstraintSuffix}");
            method.Open();
            method.WriteLine("// The chunk's inputs, in locals, which the JIT keeps in registers.");
            foreach (string constant in constants)
            {
                method.WriteLine(constant);
            }

            for (int i = 0; i < items.Count; i++)
            {
                StateItem item = items[i];
                string value = items.Count == 1 ? p + "state" : $"{p}state.Item{i + 1}";
                method.WriteLine($"{item.Type} {(item.Internal ? p : string.Empty)}{item.Name} = {value};");
                this.EmitSpan(method, item);
            }

            this.EmitChunkBody(method, nest, includeRowBuilderResult, body);
            method.Close();
            this.chunkMethods.Add(method.ToString());
        }

        private void EmitSpan(SourceWriter writer, StateItem item)
        {
            if (item.SpanElement is { } element)
            {
                string span = item.Name == "src" ? "items" : "iitems";
                writer.WriteLine($"global::System.ReadOnlySpan<{element}> {this.cp}{span} = global::System.Runtime.InteropServices.CollectionsMarshal.AsSpan({this.cp}{item.Name});");
            }
        }

        private void EmitChunkBody(SourceWriter writer, NestAnalysis nest, bool includeRowBuilderResult, Action<SourceWriter> body)
        {
            this.EmitPartialLocals(writer, nest, includeRowBuilderResult);
            body(writer);
            this.EmitPartialStores(writer, nest, includeRowBuilderResult);
        }

        /// <summary>
        /// The user's variables the chunk reads: locals and parameters of the method declared outside the nest and
        /// named in the chunk's code (reductions and result lists are renamed, and only a reduction's starting
        /// value is read). A local function of the method named there makes the chunk a lambda.
        /// </summary>
        private List<ISymbol> Captured(NestAnalysis nest, IEnumerable<SyntaxNode> nodes, ChunkInfo chunk)
        {
            var renamed = new HashSet<ISymbol>(nest.Reductions.Select(r => (ISymbol)r.Local).Concat(nest.Appends.Select(a => a.Local)), SymbolEqualityComparer.Default);
            var seen = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
            var result = new List<ISymbol>();
            Microsoft.CodeAnalysis.Text.TextSpan span = nest.Outer.Syntax.Span;
            bool Outside(ISymbol symbol) => symbol.DeclaringSyntaxReferences.Length > 0
                && symbol.DeclaringSyntaxReferences.All(r => r.SyntaxTree != nest.Outer.Syntax.SyntaxTree || !span.Contains(r.Span));
            foreach (SyntaxNode node in nodes)
            {
                foreach (IdentifierNameSyntax identifier in node.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>())
                {
                    if (NestWalker.IsMemberName(identifier))
                    {
                        // The member part of x.Name: a member of x, not a variable or local function of the method.
                        continue;
                    }

                    ISymbol? symbol = this.model.GetSymbolInfo(identifier, this.cancellationToken).Symbol;
                    switch (symbol)
                    {
                        case ILocalSymbol local when (Outside(local) || SymbolEqualityComparer.Default.Equals(local, nest.Outer.CachedBound)) && !renamed.Contains(local) && seen.Add(local):
                            // (The outer header's cached bound is declared in the loop statement, but not by the chunks.)
                            result.Add(local);
                            break;
                        case IParameterSymbol parameter when SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol, this.Method) && seen.Add(parameter):
                            result.Add(parameter);
                            break;
                        case IMethodSymbol { MethodKind: MethodKind.LocalFunction } function when Outside(function):
                            chunk.NeedsLambda = true;
                            break;
                    }
                }
            }

            // Selections start each chunk from the accumulator's value.
            foreach (ReductionInfo reduction in nest.Reductions)
            {
                if (StartsFromValue(reduction.Family) && seen.Add(reduction.Local))
                {
                    result.Add(reduction.Local);
                }
            }

            // Array reductions: the chunk creates its copy like the array (the body names only the copy).
            foreach (ArrayReductionInfo reduction in nest.ArrayReductions)
            {
                if (reduction.Array is ILocalSymbol or IParameterSymbol && seen.Add(reduction.Array))
                {
                    result.Add(reduction.Array);
                }
            }

            return result;
        }

        /// <summary>
        /// Tells whether the size probe of a nest cannot throw, so that it needs no try block: the outer counter
        /// (if any) is an int, and the inner bounds it evaluates are made of constants, locals, parameters, int
        /// arithmetic outside a checked context, and the Length or Count of arrays and List&lt;T&gt;s held in locals
        /// or parameters (checked for null first: <paramref name="nullChecks"/> receives them).
        /// </summary>
        private bool ProbeCannotThrow(NestAnalysis nest, bool bothEnds, List<string> nullChecks)
        {
            LoopShape outer = nest.Outer;
            this.probedNest = outer.Syntax.Span;
            if (outer.Kind == LoopKind.For && outer.Variable.Type.SpecialType != SpecialType.System_Int32)
            {
                return false;
            }

            if (nest.Inner is not { } inner || !nest.InnerCountEstimable)
            {
                return true;
            }

            if (bothEnds && outer.Kind == LoopKind.ForEach && outer.Source == SourceKind.List && !this.IsConcreteList(outer.Collection!))
            {
                // The outer variable would be read through a list interface's indexer: user code.
                return false;
            }

            if (inner.Kind == LoopKind.For)
            {
                return inner.Variable.Type.SpecialType == SpecialType.System_Int32
                    && this.CannotThrow(inner.Start!, nullChecks) && this.CannotThrow(inner.Bound!, nullChecks);
            }

            return (inner.Source == SourceKind.Array || (inner.Source == SourceKind.List && this.IsConcreteList(inner.Collection!)))
                && this.IsCheckableVariable(this.model.GetOperation(inner.Collection!, this.cancellationToken), nullChecks);
        }

        private bool IsConcreteList(ExpressionSyntax collection)
            => this.model.GetTypeInfo(collection, this.cancellationToken).Type is INamedTypeSymbol { TypeKind: TypeKind.Class } list
                && list.OriginalDefinition.ToDisplayString() == "System.Collections.Generic.List<T>";

        private bool CannotThrow(ExpressionSyntax expression, List<string> nullChecks)
            => this.model.GetOperation(expression, this.cancellationToken) is { } operation && this.CannotThrow(operation, nullChecks);

        private bool CannotThrow(IOperation operation, List<string> nullChecks)
        {
            if (operation.ConstantValue.HasValue)
            {
                return true;
            }

            switch (operation)
            {
                case Microsoft.CodeAnalysis.Operations.ILocalReferenceOperation or Microsoft.CodeAnalysis.Operations.IParameterReferenceOperation:
                    return true;
                case Microsoft.CodeAnalysis.Operations.IParenthesizedOperation parenthesized:
                    return this.CannotThrow(parenthesized.Operand, nullChecks);
                case Microsoft.CodeAnalysis.Operations.IConversionOperation conversion:
                    return conversion.IsImplicit && conversion.OperatorMethod is null && conversion.Conversion.IsNumeric && this.CannotThrow(conversion.Operand, nullChecks);
                case Microsoft.CodeAnalysis.Operations.IBinaryOperation binary:
                    return !binary.IsChecked && binary.OperatorMethod is null
                        && binary.OperatorKind is Microsoft.CodeAnalysis.Operations.BinaryOperatorKind.Add or Microsoft.CodeAnalysis.Operations.BinaryOperatorKind.Subtract or Microsoft.CodeAnalysis.Operations.BinaryOperatorKind.Multiply
                        && binary.Type?.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int64
                        && this.CannotThrow(binary.LeftOperand, nullChecks) && this.CannotThrow(binary.RightOperand, nullChecks);
                case Microsoft.CodeAnalysis.Operations.IPropertyReferenceOperation { Instance: { } instance } property:
                    bool count = property.Property.Name == "Count" && instance.Type is INamedTypeSymbol { TypeKind: TypeKind.Class } list
                        && list.OriginalDefinition.ToDisplayString() == "System.Collections.Generic.List<T>";
                    bool length = property.Property.Name == "Length" && instance.Type is IArrayTypeSymbol;
                    return (count || length) && this.IsCheckableVariable(instance, nullChecks);
                case Microsoft.CodeAnalysis.Operations.IInvocationOperation { Instance: { Type: IArrayTypeSymbol array } instance, TargetMethod.Name: "GetLength", Arguments.Length: 1 } getLength:
                    // A dimension the array has: GetLength(0) and GetLength(1) of a T[,].
                    return getLength.Arguments[0].Value.ConstantValue is { HasValue: true, Value: int dimension } && dimension >= 0 && dimension < array.Rank
                        && this.IsCheckableVariable(instance, nullChecks);
                default:
                    return false;
            }
        }

        /// <summary>Tells whether an operation reads a local or parameter (whose null check the probe can make first), and adds it to the checks.</summary>
        private bool IsCheckableVariable(IOperation? operation, List<string> nullChecks)
        {
            while (operation is Microsoft.CodeAnalysis.Operations.IParenthesizedOperation or Microsoft.CodeAnalysis.Operations.IConversionOperation { IsImplicit: true, Conversion.IsIdentity: true })
            {
                operation = operation is Microsoft.CodeAnalysis.Operations.IParenthesizedOperation parenthesized ? parenthesized.Operand : ((Microsoft.CodeAnalysis.Operations.IConversionOperation)operation).Operand;
            }

            string? name = operation switch
            {
                // Not the outer loop's variable: the probe declares it inside, after the null checks.
                Microsoft.CodeAnalysis.Operations.ILocalReferenceOperation local when !local.Local.DeclaringSyntaxReferences.Any(r => r.Span.IntersectsWith(this.probedNest)) => Escape(local.Local.Name),
                Microsoft.CodeAnalysis.Operations.IParameterReferenceOperation parameter => Escape(parameter.Parameter.Name),
                _ => null,
            };
            if (name is null)
            {
                return false;
            }

            if (!nullChecks.Contains(name))
            {
                nullChecks.Add(name);
            }

            return true;
        }

        /// <summary>Tells whether each chunk's partial result of a reduction starts from the accumulator's value (else from a neutral value).</summary>
        private static bool StartsFromValue(ReductionFamily family)
            => family is not (ReductionFamily.Additive or ReductionFamily.Xor or ReductionFamily.Multiplicative or ReductionFamily.SelectGreaterOrEqual or ReductionFamily.SelectLessOrEqual);

        /// <summary>Tells whether any of the expressions names the variable.</summary>
        private bool Mentions(IEnumerable<ExpressionSyntax> expressions, ILocalSymbol variable)
            => expressions.SelectMany(e => e.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>())
                .Any(id => id.Identifier.ValueText == variable.Name && SymbolEqualityComparer.Default.Equals(this.model.GetSymbolInfo(id, this.cancellationToken).Symbol, variable));

        private static bool ContainsAnonymous(ITypeSymbol type) => type switch
        {
            { IsAnonymousType: true } => true,
            IArrayTypeSymbol array => ContainsAnonymous(array.ElementType),
            INamedTypeSymbol named => named.TypeArguments.Any(ContainsAnonymous) || (named.ContainingType is { } outer && ContainsAnonymous(outer)),
            _ => false,
        };

        /// <summary>A constant local's value as a C# constant expression of its type.</summary>
        private static string Literal(object? value, ITypeSymbol type, string display)
        {
            switch (value)
            {
                case null:
                    return $"default({display})";
                case bool b:
                    return b ? "true" : "false";
                case string s:
                    return SyntaxFactory.Literal(s).Text;
                case char c:
                    return SyntaxFactory.Literal(c).Text;
                case double d when double.IsNaN(d) || double.IsInfinity(d):
                    return double.IsNaN(d) ? "double.NaN" : d > 0 ? "double.PositiveInfinity" : "double.NegativeInfinity";
                case float f when float.IsNaN(f) || float.IsInfinity(f):
                    return float.IsNaN(f) ? "float.NaN" : f > 0 ? "float.PositiveInfinity" : "float.NegativeInfinity";
                case double d when d == 0 && double.IsNegativeInfinity(1 / d):
                    // Negative zero, which a plain literal would lose (1 / x tells them apart).
                    return "-0D";
                case float f when f == 0 && float.IsNegativeInfinity(1 / f):
                    return "-0F";
            }

            string literal = value switch
            {
                double d => RoundTrip(SyntaxFactory.Literal(d).Text, d, 'D'),
                float f => RoundTrip(SyntaxFactory.Literal(f).Text, f, 'F'),
                decimal m => SyntaxFactory.Literal(m).Text,
                long l => SyntaxFactory.Literal(l).Text,
                ulong u => SyntaxFactory.Literal(u).Text,
                uint u => SyntaxFactory.Literal(u).Text,
                int i => SyntaxFactory.Literal(i).Text,
                _ => SyntaxFactory.Literal(System.Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture)).Text,
            };
            return type.SpecialType is SpecialType.System_Int32 or SpecialType.System_Double or SpecialType.System_Single or SpecialType.System_Decimal or SpecialType.System_Int64 or SpecialType.System_UInt64 or SpecialType.System_UInt32
                ? literal
                : $"({display})({literal})";
        }

        /// <summary>
        /// A floating-point literal that reads back as the same value: the compiler's own text, unless it does not
        /// round-trip (the "R" format on .NET Framework, where Visual Studio runs generators, can lose the last
        /// digit), then 17 (double) or 9 (float) significant digits, which always do.
        /// </summary>
        internal static string RoundTrip(string text, double value, char suffix)
        {
            System.Globalization.CultureInfo invariant = System.Globalization.CultureInfo.InvariantCulture;
            string digits = text.TrimEnd('D', 'd', 'F', 'f');
            bool same = suffix == 'F'
                ? float.TryParse(digits, System.Globalization.NumberStyles.Float, invariant, out float f) && f.Equals((float)value)
                : double.TryParse(digits, System.Globalization.NumberStyles.Float, invariant, out double d) && d.Equals(value);
            return same ? text : (suffix == 'F' ? ((float)value).ToString("G9", invariant) : value.ToString("G17", invariant)) + suffix;
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
                writer.WriteLine($"{type}[] {this.p}rp_{reduction.Local.Name} = new {Bracket(type, this.p + "plan.ChunkCount")};");
            }

            foreach (AppendInfo append in this.Appends(nest, includeRowBuilderResult))
            {
                string list = $"global::System.Collections.Generic.List<{this.Display(append.ElementType)}>";
                writer.WriteLine($"{list}[] {this.p}ap_{append.Local.Name} = new {Bracket(list, this.p + "plan.ChunkCount")};");
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
                writer.WriteLine($"{type} {this.p}r_{reduction.Local.Name} = {init};");
            }

            foreach (AppendInfo append in this.Appends(nest, includeRowBuilderResult))
            {
                writer.WriteLine($"var {this.p}a_{append.Local.Name} = new global::System.Collections.Generic.List<{this.Display(append.ElementType)}>();");
            }
        }

        private static string Extreme(ITypeSymbol type, string display, bool low)
            => type.SpecialType is SpecialType.System_Single or SpecialType.System_Double
                ? $"{display}.{(low ? "NegativeInfinity" : "PositiveInfinity")}"
                : $"{display}.{(low ? "MinValue" : "MaxValue")}";

        private void EmitPartialStores(SourceWriter writer, NestAnalysis nest, bool includeRowBuilderResult)
        {
            this.EmitArrayReductionDone(writer, nest);
            foreach (ReductionInfo reduction in nest.Reductions)
            {
                writer.WriteLine($"{this.cp}rp_{reduction.Local.Name}[{this.p}chunk] = {this.p}r_{reduction.Local.Name};");
            }

            foreach (AppendInfo append in this.Appends(nest, includeRowBuilderResult))
            {
                writer.WriteLine($"{this.cp}ap_{append.Local.Name}[{this.p}chunk] = {this.p}a_{append.Local.Name};");
            }
        }

        /// <summary>The statement that merges one chunk's partial result into the running result (scalars and array elements).</summary>
        private static string MergeStatement(ReductionFamily family, string target, string part) => family switch
        {
            ReductionFamily.Additive => $"{target} += {part};",
            ReductionFamily.Multiplicative => $"{target} *= {part};",
            ReductionFamily.Max => $"{target} = global::System.Math.Max({target}, {part});",
            ReductionFamily.Min => $"{target} = global::System.Math.Min({target}, {part});",
            ReductionFamily.Or => $"{target} |= {part};",
            ReductionFamily.And => $"{target} &= {part};",
            ReductionFamily.SelectGreater => $"if ({part} > {target}) {target} = {part};",
            ReductionFamily.SelectGreaterOrEqual => $"if ({part} >= {target}) {target} = {part};",
            ReductionFamily.SelectLess => $"if ({part} < {target}) {target} = {part};",
            ReductionFamily.SelectLessOrEqual => $"if ({part} <= {target}) {target} = {part};",
            _ => $"{target} ^= {part};",
        };

        private void EmitMerge(SourceWriter writer, NestAnalysis nest, bool includeRowBuilderResult)
        {
            string p = this.p;
            var appends = this.Appends(nest, includeRowBuilderResult).ToList();
            if (nest.Reductions.Count == 0 && appends.Count == 0)
            {
                return;
            }

            foreach (AppendInfo append in appends)
            {
                // Size the result once, to the capacity M's Adds leave it with: AddRange then copies each chunk's
                // items without regrowing.
                string name = Escape(append.Local.Name);
                string total = $"{p}total_{append.Local.Name}";
                writer.WriteLine($"long {total} = {name}.Count;");
                writer.WriteLine($"for (int {p}c = 0; {p}c < {p}plan.ChunkCount; {p}c++) {total} += {p}ap_{append.Local.Name}[{p}c].Count;");
                writer.WriteLine($"global::LoopGen.Runtime.ParallelLoop.GrowAsAdds({name}, {total});");
            }

            writer.WriteLine((nest.Reductions.Count > 0, appends.Count > 0) switch
            {
                (true, true) => "// Merge the chunks' partial results in chunk order: appended items in sequential order, and reductions with the same bits on every run for a given degree of parallelism.",
                (true, false) => "// Merge the chunks' partial results in chunk order: the same bits on every run for a given degree of parallelism.",
                _ => "// Merge the chunks' partial results in chunk order, which is the sequential order.",
            });
            writer.WriteLine($"for (int {p}c = 0; {p}c < {p}plan.ChunkCount; {p}c++)");
            writer.Open();
            foreach (ReductionInfo reduction in nest.Reductions)
            {
                string name = Escape(reduction.Local.Name);
                string part = $"{p}rp_{reduction.Local.Name}[{p}c]";
                writer.WriteLine(MergeStatement(reduction.Family, name, part));
            }

            foreach (AppendInfo append in appends)
            {
                writer.WriteLine($"{Escape(append.Local.Name)}.AddRange({p}ap_{append.Local.Name}[{p}c]);");
            }

            writer.Close();
        }

        // ------------------------------------------------------------------ loop bounds and variables

        private void EmitBounds(SourceWriter writer, LoopShape loop, string count, string from, string source, string rangeStart, string? probeGuard = null)
        {
            // In the size probe, user code that reads a list view runs only when every view holds an array or a List<T>.
            string Guarded(string expression, string otherwise) => string.IsNullOrEmpty(probeGuard) ? expression : $"({probeGuard} ? {expression} : {otherwise})";
            if (loop.Kind == LoopKind.For)
            {
                long step = loop.Step;
                long magnitude = System.Math.Abs(step);
                writer.WriteLine($"long {from} = {Guarded(Inline(loop.Start!), "0L")};");
                writer.WriteLine($"long {count}_to = {Guarded(this.CachedBoundName(loop.Bound!) ?? Inline(loop.Bound!), "0L")};");
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
                    writer.WriteLine($"int {rangeStart} = {Guarded(Inline(loop.Collection!), "0")};");
                    writer.WriteLine($"int {count}_count = {Guarded(Inline(loop.RangeCount!), "0")};");
                    writer.WriteLine($"global::System.Linq.Enumerable.Range({rangeStart}, {count}_count); // throws where the original does");
                    writer.WriteLine($"long {count} = {count}_count;");
                    break;
                case SourceKind.Array:
                    writer.WriteLine($"var {source} = {Inline(loop.Collection!)};");
                    writer.WriteLine($"long {count} = {source}.Length;");
                    break;
                default:
                    writer.WriteLine($"var {source} = {Inline(loop.Collection!)};");
                    if (probeGuard is not null && this.InterfaceListElement(loop) is { } element)
                    {
                        // The original loop walks another list type with its enumerator and never reads its Count: the
                        // probe reads it only from an array or a List<T> (the guards send any other list to that loop).
                        string library = IsLibraryList(source, element) + (probeGuard.Length > 0 ? " && " + probeGuard : string.Empty);
                        writer.WriteLine($"long {count} = {library} ? {source}.Count : 0L;");
                    }
                    else
                    {
                        writer.WriteLine($"long {count} = {source}.Count;");
                    }

                    break;
            }
        }

        /// <summary>
        /// Writes checks, inside the size probe, that throw (sending the nest to the original loop) when the
        /// parallel path would not walk the same iterations: a counter whose exit value leaves its type (the
        /// original loop then wraps around instead of stopping), a count the parallel path cannot number with
        /// an int, or a list interface whose object is neither a List&lt;T&gt; nor an array (its enumerator,
        /// which the original loop uses, may differ from its indexer).
        /// </summary>
        private void EmitGuards(SourceWriter writer, LoopShape loop, string count, string from, string source, string fail)
        {
            if (loop.Kind == LoopKind.For)
            {
                bool isInt = loop.Variable.Type.SpecialType == SpecialType.System_Int32;
                string p = this.p;
                writer.Open();
                writer.WriteLine("// The counter must stop where the count says, not wrap around past its type's range;");
                writer.WriteLine("// and the parallel path numbers the iterations with an int.");
                if (!isInt)
                {
                    writer.WriteLine(loop.Comparison is Microsoft.CodeAnalysis.Operations.BinaryOperatorKind.LessThan or Microsoft.CodeAnalysis.Operations.BinaryOperatorKind.LessThanOrEqual
                        ? $"long {p}span = checked({count}_to - {from});"
                        : $"long {p}span = checked({from} - {count}_to);");
                }

                if (isInt)
                {
                    // The count is checked first: below 2^31 iterations, the exit value cannot overflow a long.
                    writer.WriteLine($"if ({count} > int.MaxValue || {from} + ({count} * {loop.Step}L) > int.MaxValue || {from} + ({count} * {loop.Step}L) < int.MinValue)");
                }
                else
                {
                    writer.WriteLine($"long {p}exit = checked({from} + ({count} * {loop.Step}L));");
                    writer.WriteLine($"if ({count} > int.MaxValue)");
                }

                writer.Open();
                writer.WriteLine(fail);
                writer.Close();
                if (loop.NotEqual)
                {
                    // 'i != bound' counts like '<' (or '>') only from the bound's side; from the other, the original loop runs on.
                    writer.WriteLine(loop.Step > 0 ? $"if ({from} > {count}_to)" : $"if ({from} < {count}_to)");
                    writer.Open();
                    writer.WriteLine(fail);
                    writer.Close();
                }

                writer.Close();
                return;
            }

            if (this.InterfaceListElement(loop) is { } element)
            {
                writer.WriteLine($"if (!{IsLibraryList(source, element)})");
                writer.Open();
                writer.WriteLine("// Another list type: its enumerator, which the original loop walks, may not match its indexer.");
                writer.WriteLine(fail);
                writer.Close();
            }
        }

        /// <summary>The element type of a <c>foreach</c> over a list interface (<c>IList&lt;T&gt;</c>, <c>IReadOnlyList&lt;T&gt;</c>), or null.</summary>
        private ITypeSymbol? InterfaceListElement(LoopShape loop)
            => loop.Kind != LoopKind.For && loop.Source == SourceKind.List && loop.Collection is { } collection
                && this.model.GetTypeInfo(collection, this.cancellationToken).Type is INamedTypeSymbol { TypeKind: TypeKind.Interface, TypeArguments.Length: 1 } listType
                ? listType.TypeArguments[0]
                : null;

        /// <summary>
        /// The test that a value is an array of the element type or exactly a <c>List&lt;T&gt;</c> (a class derived
        /// from <c>List&lt;T&gt;</c> may implement the interface again with its own members). Without nullable
        /// annotations: a type test may not name 'string?'.
        /// </summary>
        private static string IsLibraryList(string value, ITypeSymbol element)
        {
            string type = element.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
            return $"({value} is {type}[] || ({value} != null && {value}.GetType() == typeof(global::System.Collections.Generic.List<{type}>)))";
        }

        /// <summary>Declares a loop's variable for the iteration numbered <paramref name="index"/> (an int expression).</summary>
        private void EmitVariable(SourceWriter writer, LoopShape loop, string index, string from, string source, string rangeStart, bool intStart = false)
        {
            string name = Escape(loop.Variable.Name);
            if (loop.Kind == LoopKind.For)
            {
                string type = this.Display(loop.Variable.Type);
                bool isInt = loop.Variable.Type.SpecialType == SpecialType.System_Int32;
                if (isInt && intStart)
                {
                    // The chunk's int copy of the start: the values fit in int (the probe checked the exit value).
                    writer.WriteLine(loop.Step switch
                    {
                        1 => $"int {name} = {from} + {index};",
                        -1 => $"int {name} = {from} - {index};",
                        _ => $"int {name} = unchecked({from} + ({index} * {loop.Step}));",
                    });
                    return;
                }

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
            string element = loop.Source == SourceKind.Range ? $"({rangeStart} + {index})" : $"{source}[{index}]";
            writer.WriteLine($"{declared} {name} = {cast}{element};");
        }

        // ------------------------------------------------------------------ the copied body

        /// <summary>The outer loop of the nest being emitted (its cached bound, if any, is declared before its probe).</summary>
        private LoopShape? currentOuter;

        /// <summary>
        /// The name to read for an expression that is the bound the outer header caches (EmitNest declared it first, so
        /// the probe, the run-time checks and the chunks read it, not its initializer again); null for any other
        /// expression, an inner loop's cached bound included (its initializer is evaluated, as an inner bound is).
        /// </summary>
        private string? CachedBoundName(ExpressionSyntax expression)
            => this.currentOuter is { CachedBound: { } cached } outer && ReferenceEquals(expression, outer.Bound) ? Escape(cached.Name) : null;

        private string Rewrite(NestAnalysis nest, StatementSyntax statement, bool includeRowBuilderResult, (InvocationExpressionSyntax Call, string Target)? rowAdd)
        {
            var renames = new Dictionary<ISymbol, string>(SymbolEqualityComparer.Default);
            foreach (ReductionInfo reduction in nest.Reductions)
            {
                renames[reduction.Local] = this.p + "r_" + reduction.Local.Name;
            }

            foreach (AppendInfo append in this.Appends(nest, includeRowBuilderResult))
            {
                renames[append.Local] = this.p + "a_" + append.Local.Name;
            }

            AddArrayReductionRenames(nest, renames);

            var rewriter = new BodyRewriter(this.model, renames, rowAdd, this.cancellationToken);
            SyntaxNode rewritten = rewriter.Visit(statement);
            return Copy(rewritten, Column(statement));
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
                    && !NestWalker.IsMemberName(node)
                    && this.model.GetSymbolInfo(node, this.cancellationToken).Symbol is { Kind: SymbolKind.Local or SymbolKind.Parameter } variable
                    && this.renames.TryGetValue(variable, out string? name))
                {
                    return SyntaxFactory.IdentifierName(name).WithTriviaFrom(node);
                }

                return base.VisitIdentifierName(node);
            }

            public override SyntaxNode? VisitInvocationExpression(InvocationExpressionSyntax node)
            {
                if (this.model.GetOperation(node, this.cancellationToken) is Microsoft.CodeAnalysis.Operations.INameOfOperation { ConstantValue: { HasValue: true, Value: string name } })
                {
                    // 'nameof(sum)' names the user's variable, not its per-chunk copy; as a literal it also needs no
                    // variable in the chunk method's scope.
                    return SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(name)).WithTriviaFrom(node);
                }

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

            // A flat index 'j * S + i' in int arithmetic: in range of an int for every (i, j), so it cannot wrap onto
            // another iteration's element (the original loop runs otherwise, and wraps as it always did).
            string Value(ExpressionSyntax expression) => this.CachedBoundName(expression) ?? Text(expression);
            foreach ((ExpressionSyntax count, ExpressionSyntax stride) in nest.IndexRangeGuards)
            {
                parts.Add($"(long)({Value(count)}) * (long)({Value(stride)}) > 2147483648L");
            }

            // A padded flat row 'i * S + k' with k < W: W <= S keeps each row in its own block of S elements.
            foreach ((ExpressionSyntax bound, ExpressionSyntax stride) in nest.StrideGuards)
            {
                parts.Add($"(long)({Value(bound)}) > (long)({Value(stride)})");
            }

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

        /// <summary>
        /// The default values of the twin's parameters (" = value", or empty), as callers of <c>M</c> see them: the
        /// ones written on the declaring part (a partial method's defaults are there, maybe in another file with
        /// other usings, and its type parameters may have other names). The text is copied when it binds in the
        /// generated file (same source file and namespace blocks, same type parameter names); otherwise the constant is written
        /// (<c>(global::N.Mode)(1)</c> for <c>Mode.Fast</c>). Defaults made with attributes
        /// (<c>[Optional, DefaultParameterValue(..)]</c>) are not carried over.
        /// </summary>
        private string[] DefaultValues()
        {
            IMethodSymbol declared = this.Declared;
            MethodDeclarationSyntax? syntax = SymbolEqualityComparer.Default.Equals(declared, this.Method)
                ? this.analysis.Syntax
                : declared.DeclaringSyntaxReferences.Select(r => SyntaxReads.Of(r, this.cancellationToken)).OfType<MethodDeclarationSyntax>().FirstOrDefault();
            // The generated file repeats the usings of the implementing part's file and namespace blocks.
            bool copyText = syntax is not null
                && syntax.SyntaxTree == this.analysis.Syntax.SyntaxTree
                && syntax.Ancestors().OfType<BaseNamespaceDeclarationSyntax>().SequenceEqual(this.analysis.Syntax.Ancestors().OfType<BaseNamespaceDeclarationSyntax>())
                && declared.TypeParameters.Select(t => t.Name).SequenceEqual(this.Method.TypeParameters.Select(t => t.Name), StringComparer.Ordinal);
            var defaults = new string[this.Method.Parameters.Length];
            for (int i = 0; i < defaults.Length; i++)
            {
                ParameterSyntax? parameter = syntax is not null && syntax.ParameterList.Parameters.Count > i ? syntax.ParameterList.Parameters[i] : null;
                defaults[i] = parameter?.Default is not { } written ? string.Empty
                    : copyText ? " " + Text(written)
                    : i < declared.Parameters.Length && declared.Parameters[i].HasExplicitDefaultValue ? " = " + this.Constant(declared.Parameters[i].ExplicitDefaultValue, this.Method.Parameters[i].Type)
                    : string.Empty;
            }

            return defaults;
        }

        /// <summary>
        /// The caller-information attributes of a parameter of M (<c>[CallerMemberName]</c>, <c>[CallerFilePath]</c>,
        /// <c>[CallerLineNumber]</c>, <c>[CallerArgumentExpression("x")]</c>), written before the parameter of the twin's
        /// overload with default values, so that a call that leaves the argument out gets the caller's information, as
        /// a call of M does (the overloads pass every argument on to the core explicitly).
        /// </summary>
        private static string CallerInfo(IParameterSymbol parameter)
        {
            var attributes = new List<string>();
            foreach (AttributeData attribute in parameter.GetAttributes())
            {
                if (attribute.AttributeClass is { } type
                    && type.Name is "CallerMemberNameAttribute" or "CallerFilePathAttribute" or "CallerLineNumberAttribute" or "CallerArgumentExpressionAttribute"
                    && type.ContainingNamespace.ToDisplayString() == "System.Runtime.CompilerServices"
                    && attribute.ConstructorArguments.All(a => a.Kind == TypedConstantKind.Primitive && a.Value is string))
                {
                    string arguments = string.Join(", ", attribute.ConstructorArguments.Select(a => SyntaxFactory.Literal((string)a.Value!).Text));
                    attributes.Add(type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) + (arguments.Length > 0 ? "(" + arguments + ")" : string.Empty));
                }
            }

            return attributes.Count == 0 ? string.Empty : "[" + string.Join(", ", attributes) + "] ";
        }

        /// <summary>
        /// M's own <c>[Obsolete]</c> and <c>[Experimental]</c> attributes, each on a line of its own after a line break,
        /// for every generated method: M's body may use obsolete or experimental members without a warning because M
        /// is itself obsolete or experimental, and its copies must be in the same context (callers of the twin are then
        /// told what callers of M are).
        /// </summary>
        private string DeprecationAttributes()
        {
            var text = new System.Text.StringBuilder();
            foreach (AttributeData attribute in this.Method.GetAttributes())
            {
                if (attribute.AttributeClass is { } type
                    && ((type.Name == "ObsoleteAttribute" && type.ContainingNamespace.ToDisplayString() == "System")
                        || (type.Name == "ExperimentalAttribute" && type.ContainingNamespace.ToDisplayString() == "System.Diagnostics.CodeAnalysis")))
                {
                    var arguments = attribute.ConstructorArguments.Select(a => a.ToCSharpString())
                        .Concat(attribute.NamedArguments.Select(a => a.Key + " = " + a.Value.ToCSharpString()))
                        .ToList();
                    text.Append('\n').Append('[').Append(type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat));
                    text.Append(arguments.Count > 0 ? "(" + string.Join(", ", arguments) + ")]" : "]");
                }
            }

            return text.ToString();
        }

        /// <summary>A parameter's default value as a C# expression that needs no using directive.</summary>
        private string Constant(object? value, ITypeSymbol type)
        {
            if (value is null)
            {
                return $"default({this.Display(type)})";
            }

            // A nullable value type's default is a value of its underlying type (an enum's, its underlying number).
            ITypeSymbol target = type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable ? nullable.TypeArguments[0] : type;
            return Literal(value, target, this.Display(target));
        }

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

        private static string Inline(ExpressionSyntax expression) => "(" + Text(expression) + ")";

        /// <summary>
        /// The original loop's text for the sequential path; a header that caches the bound ('int i = 0, n = a.Length')
        /// loses its second declarator, since the twin has declared and evaluated it before (EmitNest).
        /// </summary>
        private static string OriginalLoopText(LoopShape loop)
        {
            if (loop.CachedBound is null || loop.Syntax is not ForStatementSyntax { Declaration: { Variables.Count: 2 } declaration } header)
            {
                return Text(loop.Syntax);
            }

            ForStatementSyntax without = header.WithDeclaration(declaration.WithVariables(SyntaxFactory.SingletonSeparatedList(declaration.Variables[0])));
            return Copy(without, Column(loop.Syntax));
        }

        private static string Text(SyntaxNode node) => Copy(node, Column(node));

        /// <summary>
        /// The text of user code for the generated file: the node's text (<paramref name="node"/> may be a rewritten
        /// copy) without its conditional-compilation directives, its later lines re-indented from
        /// <paramref name="column"/>, except the lines that start inside a token (a multi-line verbatim, raw or
        /// interpolated string literal), which are kept byte for byte (see <see cref="SourceWriter.Keep"/>).
        /// </summary>
        private static string Copy(SyntaxNode node, int column)
        {
            if (node.ContainsDirectives)
            {
                node = new DirectiveRemover().Visit(node);
            }

            string text = node.ToString();
            int origin = node.SpanStart;
            List<Microsoft.CodeAnalysis.Text.TextSpan>? kept = null;
            foreach (SyntaxToken token in node.DescendantTokens())
            {
                // A token holding a line break: a multi-line string literal, or the text of an interpolated string
                // between two holes, which may be the line break alone.
                if (token.Text.IndexOf('\n') >= 0)
                {
                    (kept ??= new List<Microsoft.CodeAnalysis.Text.TextSpan>()).Add(new Microsoft.CodeAnalysis.Text.TextSpan(token.SpanStart - origin, token.Span.Length));
                }
            }

            // Keep also escapes the writers' own escape character wherever it appears, and returns the text as it is when
            // there is nothing to escape.
            return Reindent(SourceWriter.Keep(text, offset => kept is not null && kept.Any(span => span.Contains(offset))), column);
        }

        /// <summary>
        /// Removes the directives of a copied node, which hold for the user's file and not for the generated one:
        /// <c>#if</c>, <c>#elif</c>, <c>#else</c>, <c>#endif</c> and the text they disable (the node holds M's active
        /// code, and the generated file may not see the user's <c>#define</c>s), <c>#region</c>, <c>#endregion</c> (a
        /// region that began before the node or ends after it would be unbalanced), <c>#pragma</c>, <c>#warning</c>,
        /// <c>#error</c> and <c>#line</c> (the file's header already disables the warnings disabled around M, and a
        /// <c>restore</c> or a <c>#warning</c> here would act on the generated code after the copy). A <c>#nullable</c>
        /// that enables annotations becomes <c>#nullable enable annotations</c> (the copy may use <c>?</c> after it);
        /// any other is dropped: nullable warnings stay off in the whole generated file, and annotations left enabled
        /// change no meaning and allow every <c>?</c> the generated code after the copy writes.
        /// </summary>
        private sealed class DirectiveRemover : CSharpSyntaxRewriter
        {
            public override SyntaxTrivia VisitTrivia(SyntaxTrivia trivia)
            {
                // A directive of a branch M's build does not compile (#error, #warning, #nullable there) is not M's code.
                if (trivia.GetStructure() is DirectiveTriviaSyntax { IsActive: false })
                {
                    return default;
                }

                switch (trivia.Kind())
                {
                    case SyntaxKind.IfDirectiveTrivia or SyntaxKind.ElifDirectiveTrivia or SyntaxKind.ElseDirectiveTrivia or SyntaxKind.EndIfDirectiveTrivia
                        or SyntaxKind.DisabledTextTrivia or SyntaxKind.RegionDirectiveTrivia or SyntaxKind.EndRegionDirectiveTrivia
                        or SyntaxKind.PragmaWarningDirectiveTrivia or SyntaxKind.PragmaChecksumDirectiveTrivia or SyntaxKind.WarningDirectiveTrivia
                        or SyntaxKind.ErrorDirectiveTrivia or SyntaxKind.LineDirectiveTrivia or SyntaxKind.LineSpanDirectiveTrivia:
                        return default;
                    case SyntaxKind.NullableDirectiveTrivia:
                        return trivia.GetStructure() is NullableDirectiveTriviaSyntax nullable
                            && nullable.SettingToken.IsKind(SyntaxKind.EnableKeyword)
                            && !nullable.TargetToken.IsKind(SyntaxKind.WarningsKeyword)
                            ? SyntaxFactory.Trivia(nullable.WithTargetToken(SyntaxFactory.Token(SyntaxKind.AnnotationsKeyword).WithLeadingTrivia(SyntaxFactory.Space)))
                            : default;
                    default:
                        return base.VisitTrivia(trivia);
                }
            }
        }

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

        /// <summary>Escapes a name that is a keyword (<c>@class</c>), so that it can be written as an identifier.</summary>
        internal static string Escape(string name) => SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(name) is SyntaxKind.AwaitKeyword ? "@" + name : name;

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
