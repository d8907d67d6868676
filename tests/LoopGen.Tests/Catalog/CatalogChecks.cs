using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;

namespace LoopGen.Tests.Catalog
{
    /// <summary>
    /// The two checks of an entry, each returning its failures as text (empty: passed), so that the
    /// known-bug test can assert that a bug still reproduces.
    /// </summary>
    internal static class CatalogChecks
    {
        private static readonly int[] Degrees = { 1, 2, 4 };

        /// <summary>Checks the analyzer's diagnostics on an entry against its markup and report expectation.</summary>
        /// <param name="entry">The entry.</param>
        /// <returns>The failures.</returns>
        public static List<string> CheckDiagnostics(CatalogEntry entry)
        {
            CatalogRun run = CatalogRun.Current;
            var failures = new List<string>();
            if (run.Problems.TryGetValue(entry.Name, out List<string>? problems))
            {
                failures.AddRange(problems.Where(p => p.StartsWith("source", StringComparison.Ordinal)));
            }

            string text = run.TextOf(entry.Name);
            List<Diagnostic> actual = run.Diagnostics.TryGetValue(entry.Name, out List<Diagnostic>? list) ? list : new List<Diagnostic>();
            var compared = actual.Where(d => d.Id is not ("LG0003" or "LG0200" or "LG0201"))
                .Select(d => (d.Id, Span: d.Location.SourceSpan))
                .OrderBy(x => x.Span.Start).ThenBy(x => x.Id)
                .ToList();
            List<(string Id, Microsoft.CodeAnalysis.Text.TextSpan Span)> expected = run.Expected[entry.Name];
            foreach (var missing in expected.Where(e => !compared.Contains(e)))
            {
                failures.Add($"missing {missing.Id} at '{text.Substring(missing.Span.Start, missing.Span.Length)}' {missing.Span}");
            }

            foreach (var extra in compared.Where(c => !expected.Contains(c)))
            {
                Diagnostic d = actual.First(a => a.Id == extra.Id && a.Location.SourceSpan == extra.Span);
                failures.Add($"unexpected {extra.Id} at '{text.Substring(extra.Span.Start, extra.Span.Length)}' {extra.Span}: {d.GetMessage(CultureInfo.InvariantCulture)}");
            }

            List<Diagnostic> reports = actual.Where(d => d.Id == "LG0003").ToList();
            if (entry.Accepted)
            {
                if (reports.Count != 1)
                {
                    failures.Add($"expected one LG0003 report, got {reports.Count}");
                }
                else
                {
                    string message = reports[0].GetMessage(CultureInfo.InvariantCulture);
                    bool flattened = message.Contains("flattened task list", StringComparison.Ordinal);
                    bool row = message.Contains("one task per outer row", StringComparison.Ordinal);
                    if (entry.Report == "flattened" ? !flattened : !(row && !flattened))
                    {
                        failures.Add($"expected a '{entry.Report}' report, got: {message}");
                    }
                }
            }
            else if (reports.Count > 0)
            {
                failures.Add("rejected entry got an LG0003 report: " + reports[0].GetMessage(CultureInfo.InvariantCulture));
            }

            // The generator must agree with the analyzer: a twin exactly for accepted entries (both variants).
            int twins = run.Generated.Count(g => g.Entry == entry.Name);
            int wanted = entry.Accepted ? 2 : 0;
            if (twins != wanted)
            {
                failures.Add($"expected {wanted} generated files (as written and MinParallelWork = 1), got {twins}");
            }

            return failures;
        }

        /// <summary>Runs M and its twins on random inputs and compares everything observable.</summary>
        /// <param name="entry">An accepted entry.</param>
        /// <returns>The failures.</returns>
        public static List<string> CheckDifferential(CatalogEntry entry)
        {
            CatalogRun run = CatalogRun.Current;
            var failures = new List<string>();
            if (run.Problems.TryGetValue(entry.Name, out List<string>? problems))
            {
                failures.AddRange(problems);
                return failures;
            }

            if (run.Assembly is null)
            {
                failures.AddRange(run.GlobalProblems);
                return failures;
            }

            foreach (string prefix in new[] { CatalogRun.Plain, CatalogRun.Min })
            {
                Type? type = run.Assembly.GetType($"{prefix}.{entry.Name}.K");
                if (type is null)
                {
                    failures.Add($"{prefix}: type K not found");
                    continue;
                }

                string methodName = MethodName(run.TextOf(entry.Name));
                MethodInfo? m = type.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static).SingleOrDefault(x => x.Name == methodName);
                if (m is not null && m.IsGenericMethodDefinition)
                {
                    m = m.MakeGenericMethod(entry.TypeArguments ?? throw new InvalidOperationException(entry.Name + ": a generic method needs TypeArguments"));
                }

                // The twins by their parameter types: the type may hold other, unrelated methods of the same name.
                Type[] own = m?.GetParameters().Select(p => p.ParameterType).ToArray() ?? Type.EmptyTypes;
                var twins = type.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
                    .Where(x => x.Name == methodName + "Parallel" && x.GetGenericArguments().Length == (entry.TypeArguments?.Length ?? 0))
                    .Select(x => x.IsGenericMethodDefinition ? x.MakeGenericMethod(entry.TypeArguments!) : x)
                    .Where(x => x.GetParameters().Select(p => p.ParameterType).SequenceEqual(own)
                        || x.GetParameters().Select(p => p.ParameterType).SequenceEqual(own.Append(typeof(ParallelOptions))))
                    .ToList();
                if (m is null || twins.Count != 2)
                {
                    failures.Add($"{prefix}: expected {methodName} and two {methodName}Parallel overloads, found {twins.Count}");
                    continue;
                }

                ParameterInfo[] parameters = m.GetParameters();
                MethodInfo twin = twins.Single(t => t.GetParameters().Length == parameters.Length);
                MethodInfo withOptions = twins.Single(t => t.GetParameters().Length == parameters.Length + 1);
                Type[] types = parameters.Select(p => p.ParameterType).ToArray();

                foreach (int size in new[] { 0, 1, 2, 5, entry.Large })
                {
                    var rng = new Random((entry.Name.Length * 7919) + size);
                    object?[] inputs;
                    try
                    {
                        inputs = entry.Inputs?.Invoke(rng, size) ?? types.Select(t => Inputs.Make(t, rng, size)).ToArray();
                    }
                    catch (NotSupportedException e)
                    {
                        failures.Add(e.Message);
                        return failures;
                    }

                    string where = $"{prefix} size {size}";
                    Outcome expected = Outcome.Of(m, Inputs.Clone(inputs), null);
                    Compare(failures, entry, where + " MParallel", expected, Outcome.Of(twin, Inputs.Clone(inputs), null));
                    foreach (int degree in Degrees)
                    {
                        // Helpers on threads of their own, started at once: on the thread pool they may start only after the
                        // calling thread has run every chunk in order, and a race would go unseen.
                        var options = new ParallelOptions { MaxDegreeOfParallelism = degree, TaskScheduler = Verifiers.ThreadPerTaskScheduler.Instance };
                        Compare(failures, entry, $"{where} MParallel(degree {degree})", expected, Outcome.Of(withOptions, Inputs.Clone(inputs), options));
                    }

                    // The same object for two parameters, a row of a jagged parameter for another, and shared rows.
                    foreach ((string label, object?[] aliased) in Inputs.Aliasings(types, inputs))
                    {
                        Outcome expectedAliased = Outcome.Of(m, Inputs.Clone(aliased), null);
                        Compare(failures, entry, $"{where} aliasing {label} MParallel", expectedAliased, Outcome.Of(twin, Inputs.Clone(aliased), null));
                        Compare(failures, entry, $"{where} aliasing {label} MParallel(degree 4)", expectedAliased, Outcome.Of(withOptions, Inputs.Clone(aliased), new ParallelOptions { MaxDegreeOfParallelism = 4, TaskScheduler = Verifiers.ThreadPerTaskScheduler.Instance }));
                    }

                    if (failures.Count > 0)
                    {
                        return failures;
                    }
                }
            }

            return failures;
        }

        /// <summary>Finds the name of the [Parallelize] method in an entry's source.</summary>
        /// <param name="text">The source.</param>
        /// <returns>The method name.</returns>
        public static string MethodName(string text)
        {
            var root = Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(text).GetRoot();
            return root.DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.MethodDeclarationSyntax>()
                .Single(md => md.AttributeLists.SelectMany(a => a.Attributes).Any(a => a.Name.ToString().Contains("Parallelize", StringComparison.Ordinal)))
                .Identifier.ValueText;
        }

        private static void Compare(List<string> failures, CatalogEntry entry, string where, Outcome expected, Outcome actual)
        {
            if (expected.Exception is not null || actual.Exception is not null)
            {
                if (expected.Exception?.GetType() != actual.Exception?.GetType() || expected.Exception?.Message != actual.Exception?.Message)
                {
                    failures.Add($"{where}: M gave {Describe(expected)}, the twin gave {Describe(actual)}");
                }

                return;
            }

            string? difference = Deep.Difference(expected.Result, actual.Result, entry.Tolerance, "result");
            for (int a = 0; difference is null && a < expected.Arguments.Length; a++)
            {
                difference = Deep.Difference(expected.Arguments[a], actual.Arguments[a], entry.Tolerance, $"argument {a} after the call");
            }

            if (difference is not null)
            {
                failures.Add($"{where}: {difference}");
            }
        }

        private static string Describe(Outcome outcome)
            => outcome.Exception is { } e ? $"{e.GetType().Name}: {e.Message}" : "a result: " + Deep.Show(outcome.Result);

        /// <summary>What a call did: its result and arguments afterwards, or its exception.</summary>
        private sealed class Outcome
        {
            private Outcome(object? result, object?[] arguments, Exception? exception)
            {
                this.Result = result;
                this.Arguments = arguments;
                this.Exception = exception;
            }

            public object? Result { get; }

            public object?[] Arguments { get; }

            public Exception? Exception { get; }

            public static Outcome Of(MethodInfo method, object?[] arguments, ParallelOptions? options)
            {
                object?[] call = options is null ? arguments : arguments.Append(options).ToArray();
                try
                {
                    object? result = method.Invoke(null, call);
                    return new Outcome(result, arguments, null);
                }
                catch (TargetInvocationException e) when (e.InnerException is not null)
                {
                    return new Outcome(null, arguments, e.InnerException);
                }
            }
        }
    }

    /// <summary>Deep structural comparison of results.</summary>
    internal static class Deep
    {
        /// <summary>Describes the first difference between two values, or returns null.</summary>
        /// <param name="expected">From M.</param>
        /// <param name="actual">From the twin.</param>
        /// <param name="tolerance">Whether doubles may differ by a relative 1e-9.</param>
        /// <param name="path">Where in the value.</param>
        /// <returns>The difference, or null.</returns>
        public static string? Difference(object? expected, object? actual, bool tolerance, string path)
        {
            if (expected is null || actual is null)
            {
                return expected is null && actual is null ? null : $"{path}: expected {Show(expected)}, got {Show(actual)}";
            }

            if (expected.GetType() != actual.GetType())
            {
                return $"{path}: expected a {expected.GetType().Name}, got a {actual.GetType().Name}";
            }

            switch (expected)
            {
                case double x:
                    return SameDouble(x, (double)actual, tolerance) ? null : $"{path}: expected {x:R}, got {(double)actual:R}";
                case float f:
                    return SameDouble(f, (float)actual, tolerance) ? null : $"{path}: expected {f:R}, got {(float)actual:R}";
                case string s:
                    return s == (string)actual ? null : $"{path}: expected \"{Shorten(s)}\", got \"{Shorten((string)actual)}\"";
                case Array array:
                    var other = (Array)actual;
                    if (array.Rank != other.Rank)
                    {
                        return $"{path}: rank {array.Rank} vs {other.Rank}";
                    }

                    for (int d = 0; d < array.Rank; d++)
                    {
                        if (array.GetLength(d) != other.GetLength(d))
                        {
                            return $"{path}: length of dimension {d} expected {array.GetLength(d)}, got {other.GetLength(d)}";
                        }
                    }

                    int[] index = new int[array.Rank];
                    for (long k = 0; k < array.LongLength; k++)
                    {
                        long rest = k;
                        for (int d = array.Rank - 1; d >= 0; d--)
                        {
                            int len = array.GetLength(d);
                            index[d] = (int)(rest % len);
                            rest /= len;
                        }

                        string? inner = Difference(array.GetValue(index), other.GetValue(index), tolerance, $"{path}[{string.Join(",", index)}]");
                        if (inner is not null)
                        {
                            return inner;
                        }
                    }

                    return null;
                case IList list:
                    var otherList = (IList)actual;
                    if (list.Count != otherList.Count)
                    {
                        return $"{path}: count expected {list.Count}, got {otherList.Count}";
                    }

                    for (int k = 0; k < list.Count; k++)
                    {
                        string? inner = Difference(list[k], otherList[k], tolerance, $"{path}[{k}]");
                        if (inner is not null)
                        {
                            return inner;
                        }
                    }

                    return null;
                case ITuple tuple:
                    var otherTuple = (ITuple)actual;
                    for (int k = 0; k < tuple.Length; k++)
                    {
                        string? inner = Difference(tuple[k], otherTuple[k], tolerance, $"{path}.Item{k + 1}");
                        if (inner is not null)
                        {
                            return inner;
                        }
                    }

                    return null;
                case StringBuilder sb:
                    return Difference(sb.ToString(), actual.ToString(), tolerance, path);
                default:
                    return expected.Equals(actual) ? null : $"{path}: expected {Show(expected)}, got {Show(actual)}";
            }
        }

        /// <summary>Shows a value briefly.</summary>
        /// <param name="value">The value.</param>
        /// <returns>Text.</returns>
        public static string Show(object? value) => value switch
        {
            null => "null",
            double d => d.ToString("R", CultureInfo.InvariantCulture),
            Array a => $"{a.GetType().Name} of {a.Length}",
            IList l => $"{l.GetType().Name} of {l.Count}",
            _ => Shorten(Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty),
        };

        private static bool SameDouble(double x, double y, bool tolerance)
        {
            if (BitConverter.DoubleToInt64Bits(x) == BitConverter.DoubleToInt64Bits(y))
            {
                return true;
            }

            if (!tolerance)
            {
                return false;
            }

            if (double.IsNaN(x) || double.IsNaN(y))
            {
                return double.IsNaN(x) && double.IsNaN(y);
            }

            return Math.Abs(x - y) <= 1e-9 * Math.Max(Math.Max(Math.Abs(x), Math.Abs(y)), 1e-300);
        }

        private static string Shorten(string s) => s.Length <= 80 ? s : s.Substring(0, 77) + "...";
    }
}
