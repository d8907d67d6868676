using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace LoopGen.Analysis
{
    /// <summary>
    /// Reads a <c>for</c> or <c>foreach</c> statement into a <see cref="LoopShape"/>, or says, in words
    /// for a diagnostic, why its iterations cannot be numbered in advance.
    /// </summary>
    internal static class LoopShapeReader
    {
        /// <summary>Reads a loop statement.</summary>
        /// <param name="statement">A for or foreach statement.</param>
        /// <param name="model">The semantic model of its tree.</param>
        /// <param name="shape">The shape, when the loop is understood.</param>
        /// <param name="reason">Why not, otherwise.</param>
        /// <returns>Whether the loop is understood.</returns>
        public static bool TryRead(StatementSyntax statement, SemanticModel model, out LoopShape? shape, out string reason)
        {
            shape = null;
            reason = string.Empty;
            switch (statement)
            {
                case ForStatementSyntax forStatement:
                    return TryReadFor(forStatement, model, out shape, out reason);
                case ForEachStatementSyntax forEachStatement:
                    return TryReadForEach(forEachStatement, model, out shape, out reason);
                case ForEachVariableStatementSyntax:
                    reason = "a foreach that deconstructs its element is not distributed";
                    return false;
                default:
                    reason = "only for and foreach loops are distributed";
                    return false;
            }
        }

        private static bool TryReadFor(ForStatementSyntax syntax, SemanticModel model, out LoopShape? shape, out string reason)
        {
            shape = null;
            if (model.GetOperation(syntax) is not IForLoopOperation loop)
            {
                reason = "its operation tree is not available";
                return false;
            }

            // 'for (int i = 0, n = a.Length; i < n; i++)': a bound cached in the header, read as 'i < a.Length' (its
            // initializer, evaluated once before the first test as M does), when nothing in the loop writes it.
            ILocalSymbol? cached = null;
            ExpressionSyntax? cachedValue = null;
            if (syntax.Declaration is { Variables.Count: > 1 } several && syntax.Initializers.Count == 0)
            {
                if (several.Variables.Count != 2
                    || several.Variables[1].Initializer is not { } cachedInitializer
                    || model.GetDeclaredSymbol(several.Variables[1]) is not ILocalSymbol cachedLocal
                    || loop.Condition is not IBinaryOperation cachedCondition
                    || !(LoopShapeReader.IsLocal(cachedCondition.RightOperand, cachedLocal) || LoopShapeReader.IsLocal(cachedCondition.LeftOperand, cachedLocal))
                    || MayBeWritten(loop, cachedLocal))
                {
                    string others = string.Join(", ", several.Variables.Skip(1).Select(v => "'" + v.Identifier.ValueText + "'"));
                    reason = $"the counter must be the only variable declared in the loop header, besides one that holds its bound and is never written: declare {others} before the loop";
                    return false;
                }

                cached = cachedLocal;
                cachedValue = cachedInitializer.Value;
            }

            if (syntax.Declaration is not { Variables.Count: 1 or 2 } declaration
                || (declaration.Variables.Count == 2 && cached is null)
                || declaration.Variables[0].Initializer is not { } initializer
                || syntax.Initializers.Count != 0
                || model.GetDeclaredSymbol(declaration.Variables[0]) is not ILocalSymbol counter)
            {
                reason = "the counter must be declared in the loop header with one initial value";
                return false;
            }

            if (counter.Type.SpecialType is not (SpecialType.System_Int32 or SpecialType.System_Int64))
            {
                reason = $"the counter '{counter.Name}' must be an int or a long";
                return false;
            }

            if (counter.IsRef)
            {
                reason = "a ref counter is not supported";
                return false;
            }

            if (loop.Condition is not IBinaryOperation condition || syntax.Condition is null)
            {
                reason = $"the condition must compare '{counter.Name}' with a bound using <, <=, > or >=";
                return false;
            }

            if (cached is not null && ReferencesLocal(model.GetOperation(cachedValue!) ?? loop, counter))
            {
                reason = $"the bound of '{counter.Name}' must not depend on '{counter.Name}'";
                return false;
            }

            // The twin evaluates the cached bound first, once, before anything else of the nest: the counter's start, which
            // M evaluates before it, must be a constant, so that nothing can run (or throw) in between.
            if (cached is not null && !model.GetConstantValue(initializer.Value).HasValue)
            {
                reason = $"the counter '{counter.Name}' must start at a constant when the header also declares its bound '{cached.Name}': declare '{cached.Name}' before the loop";
                return false;
            }

            BinaryOperatorKind comparison;
            ExpressionSyntax bound;
            if (IsLocal(condition.LeftOperand, counter))
            {
                comparison = condition.OperatorKind;
                bound = condition.RightOperand.Syntax as ExpressionSyntax ?? syntax.Condition;
                if (ReferencesLocal(condition.RightOperand, counter))
                {
                    reason = $"the bound of '{counter.Name}' must not depend on '{counter.Name}'";
                    return false;
                }
            }
            else if (IsLocal(condition.RightOperand, counter))
            {
                comparison = Flip(condition.OperatorKind);
                bound = condition.LeftOperand.Syntax as ExpressionSyntax ?? syntax.Condition;
                if (ReferencesLocal(condition.LeftOperand, counter))
                {
                    reason = $"the bound of '{counter.Name}' must not depend on '{counter.Name}'";
                    return false;
                }
            }
            else
            {
                reason = $"the condition must compare '{counter.Name}' with a bound using <, <=, > or >=";
                return false;
            }

            if (comparison is not (BinaryOperatorKind.LessThan or BinaryOperatorKind.LessThanOrEqual
                or BinaryOperatorKind.GreaterThan or BinaryOperatorKind.GreaterThanOrEqual or BinaryOperatorKind.NotEquals))
            {
                reason = $"the condition must compare '{counter.Name}' with a bound using <, <=, > or >= (or != with a step of 1 or -1)";
                return false;
            }

            if (condition.OperatorMethod is not null)
            {
                reason = "the comparison uses a user-defined operator";
                return false;
            }

            // The comparison must be made in int or long arithmetic (not double, not ulong), so that the
            // trip count computed in long arithmetic is exact.
            if (condition.LeftOperand.Type?.SpecialType is not (SpecialType.System_Int32 or SpecialType.System_Int64))
            {
                reason = $"the bound of '{counter.Name}' must be an int or a long";
                return false;
            }

            if (loop.AtLoopBottom.Length != 1 || !TryReadStep(loop.AtLoopBottom[0], counter, out long step))
            {
                reason = $"the step must be a constant: {counter.Name}++, {counter.Name}--, {counter.Name} += k or {counter.Name} -= k";
                return false;
            }

            // 'i != bound' with a step of 1 (or -1) is 'i < bound' (or 'i > bound') whenever the counter starts on
            // that side of the bound; the generated code checks that at run time and otherwise runs the original
            // loop. With a larger step the counter may jump over the bound.
            bool notEqual = comparison == BinaryOperatorKind.NotEquals;
            if (notEqual)
            {
                if (step is not (1 or -1))
                {
                    reason = $"a '!=' condition needs a step of 1 or -1: with a step of {step}, '{counter.Name}' may jump over the bound";
                    return false;
                }

                comparison = step > 0 ? BinaryOperatorKind.LessThan : BinaryOperatorKind.GreaterThan;
            }

            bool up = comparison is BinaryOperatorKind.LessThan or BinaryOperatorKind.LessThanOrEqual;
            if (step == 0 || (up && step < 0) || (!up && step > 0))
            {
                reason = $"the step of '{counter.Name}' moves away from its bound";
                return false;
            }

            if (cached is not null)
            {
                if (!IsLocal(model.GetOperation(bound) ?? loop, cached))
                {
                    reason = $"the condition must compare '{counter.Name}' with '{cached.Name}', the bound its header declares";
                    return false;
                }

                bound = cachedValue!;
            }

            shape = new LoopShape(syntax, loop, counter, syntax.Statement)
            {
                Kind = LoopKind.For,
                Start = initializer.Value,
                Bound = bound,
                CachedBound = cached,
                Comparison = comparison,
                Step = step,
                NotEqual = notEqual,
            };
            reason = string.Empty;
            return true;
        }

        private static bool TryReadForEach(ForEachStatementSyntax syntax, SemanticModel model, out LoopShape? shape, out string reason)
        {
            shape = null;
            if (syntax.AwaitKeyword != default)
            {
                reason = "await foreach is not distributed";
                return false;
            }

            if (syntax.Type is RefTypeSyntax)
            {
                reason = "a ref iteration variable is not supported";
                return false;
            }

            if (model.GetOperation(syntax) is not IForEachLoopOperation loop
                || model.GetDeclaredSymbol(syntax) is not ILocalSymbol variable)
            {
                reason = "its operation tree is not available";
                return false;
            }

            ExpressionSyntax collection = syntax.Expression;
            ITypeSymbol? type = model.GetTypeInfo(collection).Type;
            var built = new LoopShape(syntax, loop, variable, syntax.Statement)
            {
                Kind = LoopKind.ForEach,
                Collection = collection,
                DeclaredType = syntax.Type,
            };

            if (model.GetOperation(collection) is IInvocationOperation
                {
                    TargetMethod: { Name: "Range", ContainingType: { Name: "Enumerable" } rangeType },
                    Arguments.Length: 2,
                } range
                && rangeType.ToDisplayString() == "System.Linq.Enumerable"
                && collection is InvocationExpressionSyntax { ArgumentList.Arguments.Count: 2 } call)
            {
                _ = range;
                built.Source = SourceKind.Range;
                built.Collection = call.ArgumentList.Arguments[0].Expression;
                built.RangeCount = call.ArgumentList.Arguments[1].Expression;
            }
            else if (type is IArrayTypeSymbol { Rank: 1 })
            {
                built.Source = SourceKind.Array;
            }
            else if (type is INamedTypeSymbol named && IsIndexableList(named))
            {
                built.Source = SourceKind.List;
            }
            else
            {
                reason = $"it walks over '{collection}' of type '{type?.ToDisplayString() ?? "?"}'; LoopGen distributes arrays, List<T>, IList<T>, IReadOnlyList<T> and Enumerable.Range";
                return false;
            }

            shape = built;
            reason = string.Empty;
            return true;
        }

        /// <summary>Tells whether a type is <c>List&lt;T&gt;</c>, <c>IList&lt;T&gt;</c> or <c>IReadOnlyList&lt;T&gt;</c>.</summary>
        /// <param name="type">The type.</param>
        /// <returns>Whether foreach over it can be replaced by indexing.</returns>
        public static bool IsIndexableList(INamedTypeSymbol type)
        {
            string name = type.OriginalDefinition.ToDisplayString();
            return name is "System.Collections.Generic.List<T>" or "System.Collections.Generic.IList<T>" or "System.Collections.Generic.IReadOnlyList<T>";
        }

        private static bool TryReadStep(IOperation bottom, ILocalSymbol counter, out long step)
        {
            step = 0;
            if (bottom is IExpressionStatementOperation statement)
            {
                bottom = statement.Operation;
            }

            switch (bottom)
            {
                case IIncrementOrDecrementOperation inc when IsLocal(inc.Target, counter) && inc.OperatorMethod is null:
                    step = inc.Kind == OperationKind.Increment ? 1 : -1;
                    return true;
                case ICompoundAssignmentOperation compound when IsLocal(compound.Target, counter)
                    && compound.OperatorMethod is null
                    && compound.OperatorKind is BinaryOperatorKind.Add or BinaryOperatorKind.Subtract
                    && TryConstant(compound.Value, out long k):
                    step = compound.OperatorKind == BinaryOperatorKind.Add ? k : -k;
                    return true;
                case ISimpleAssignmentOperation assign when IsLocal(assign.Target, counter)
                    && Strip(assign.Value) is IBinaryOperation { OperatorMethod: null } binary:
                    if (binary.OperatorKind == BinaryOperatorKind.Add && IsLocal(binary.LeftOperand, counter) && TryConstant(binary.RightOperand, out long a))
                    {
                        step = a;
                        return true;
                    }

                    if (binary.OperatorKind == BinaryOperatorKind.Add && IsLocal(binary.RightOperand, counter) && TryConstant(binary.LeftOperand, out long b))
                    {
                        step = b;
                        return true;
                    }

                    if (binary.OperatorKind == BinaryOperatorKind.Subtract && IsLocal(binary.LeftOperand, counter) && TryConstant(binary.RightOperand, out long c))
                    {
                        step = -c;
                        return true;
                    }

                    return false;
                default:
                    return false;
            }
        }

        private static bool TryConstant(IOperation operation, out long value)
        {
            value = 0;
            if (operation.ConstantValue is { HasValue: true, Value: { } constant })
            {
                switch (constant)
                {
                    case int i:
                        value = i;
                        return true;
                    case long l:
                        value = l;
                        return true;
                    case short s:
                        value = s;
                        return true;
                    case byte b:
                        value = b;
                        return true;
                }
            }

            return false;
        }

        /// <summary>Removes implicit conversions around an operation.</summary>
        /// <param name="operation">The operation.</param>
        /// <returns>The operation under its implicit conversions.</returns>
        public static IOperation Strip(IOperation operation)
        {
            while (operation is IConversionOperation { IsImplicit: true } conversion)
            {
                operation = conversion.Operand;
            }

            return operation;
        }

        /// <summary>
        /// The variables a deconstruction assigns: the leaves of its target's tuples, without the variables it
        /// declares (<c>var (a, b) = ..</c>), which are new locals.
        /// </summary>
        /// <param name="target">The deconstruction's target.</param>
        /// <returns>The assigned operations.</returns>
        public static IEnumerable<IOperation> Leaves(IOperation target)
        {
            if (target is ITupleOperation tuple)
            {
                return tuple.Elements.SelectMany(Leaves);
            }

            if (target is IDeclarationExpressionOperation)
            {
                return System.Array.Empty<IOperation>();
            }

            return new[] { target };
        }

        /// <summary>Tells whether an operation is (an implicit conversion of) a reference to a local.</summary>
        /// <param name="operation">The operation.</param>
        /// <param name="local">The local.</param>
        /// <returns>Whether it reads exactly that local.</returns>
        public static bool IsLocal(IOperation operation, ILocalSymbol local)
            => Strip(operation) is ILocalReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Local, local);

        /// <summary>
        /// Tells whether a loop may write a local anywhere (its body, condition and steps, lambdas in them included):
        /// an assignment, an increment, a ref or out argument, a deconstruction, its address or a ref to it.
        /// </summary>
        private static bool MayBeWritten(IForLoopOperation loop, ILocalSymbol local)
            => loop.Descendants().OfType<ILocalReferenceOperation>().Any(r => SymbolEqualityComparer.Default.Equals(r.Local, local) && r.Parent switch
            {
                ISimpleAssignmentOperation a => a.Target == r || a.IsRef,
                ICompoundAssignmentOperation c => c.Target == r,
                ICoalesceAssignmentOperation c => c.Target == r,
                IIncrementOrDecrementOperation => true,
                IArgumentOperation argument => argument.Parameter is null || argument.Parameter.RefKind is RefKind.Ref or RefKind.Out,
                ITupleOperation => true,
                IAddressOfOperation => true,
                IVariableInitializerOperation initializer => initializer.Parent is IVariableDeclaratorOperation { Symbol.IsRef: true },
                IReturnOperation => true,
                _ => false,
            });

        private static bool ReferencesLocal(IOperation operation, ILocalSymbol local)
            => operation.DescendantsAndSelf().OfType<ILocalReferenceOperation>().Any(r => SymbolEqualityComparer.Default.Equals(r.Local, local));

        private static BinaryOperatorKind Flip(BinaryOperatorKind kind) => kind switch
        {
            BinaryOperatorKind.LessThan => BinaryOperatorKind.GreaterThan,
            BinaryOperatorKind.LessThanOrEqual => BinaryOperatorKind.GreaterThanOrEqual,
            BinaryOperatorKind.GreaterThan => BinaryOperatorKind.LessThan,
            BinaryOperatorKind.GreaterThanOrEqual => BinaryOperatorKind.LessThanOrEqual,
            _ => kind,
        };

        /// <summary>
        /// Gets a short text for a loop, for messages and the comments of the generated code: its header without the
        /// body, on one line (a header written over several lines has each run of white space, line breaks included,
        /// and of control characters made one space), so that it can be quoted in a line comment or a doc comment.
        /// </summary>
        /// <param name="loop">The loop statement.</param>
        /// <returns>For example <c>for (int j = 0; j &lt; i; j++)</c>.</returns>
        public static string Header(StatementSyntax loop)
        {
            switch (loop)
            {
                case ForStatementSyntax f:
                    return OneLine(loop.ToString().Substring(0, f.CloseParenToken.Span.End - f.SpanStart));
                case CommonForEachStatementSyntax fe:
                    return OneLine(loop.ToString().Substring(0, fe.CloseParenToken.Span.End - fe.SpanStart));
                default:
                    return loop.Kind() == SyntaxKind.WhileStatement ? "while" : "do";
            }
        }

        /// <summary>
        /// Makes a text one line: every run of white space (line breaks of any kind included) and control characters
        /// becomes one space. For quoting code in messages and comments, never for code that is compiled.
        /// </summary>
        /// <param name="text">The text.</param>
        /// <returns>The text on one line.</returns>
        public static string OneLine(string text)
        {
            var builder = new System.Text.StringBuilder(text.Length);
            bool space = false;
            foreach (char c in text)
            {
                if (char.IsWhiteSpace(c) || char.IsControl(c))
                {
                    space = true;
                    continue;
                }

                if (space && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                space = false;
                builder.Append(c);
            }

            return builder.ToString();
        }
    }
}
