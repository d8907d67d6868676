using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using LoopGen.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace LoopGen.Tests.Verifiers
{
    /// <summary>Runs <see cref="ParallelizeGenerator"/> on in-memory compilations, for golden-file and caching tests.</summary>
    internal static class GeneratorRunner
    {
        /// <summary>The environment variable that makes golden tests rewrite their files instead of comparing.</summary>
        public const string UpdateVariable = "LOOPGEN_UPDATE_GOLDEN";

        /// <summary>Creates a driver that tracks incremental steps, with the compilation's parse options.</summary>
        /// <param name="parseOptions">The parse options generated trees get.</param>
        /// <returns>The driver.</returns>
        public static GeneratorDriver CreateDriver(CSharpParseOptions parseOptions)
            => CSharpGeneratorDriver.Create(
                new[] { new ParallelizeGenerator().AsSourceGenerator() },
                parseOptions: parseOptions,
                driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

        /// <summary>Runs the generator and returns the output compilation and the run result.</summary>
        /// <param name="compilation">The input.</param>
        /// <returns>The updated compilation and the result of the single generator.</returns>
        public static (Compilation Output, GeneratorRunResult Result) Run(CSharpCompilation compilation)
        {
            var parseOptions = (CSharpParseOptions)compilation.SyntaxTrees.First().Options;
            GeneratorDriver driver = CreateDriver(parseOptions).RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> diagnostics);
            Assert.Empty(diagnostics);
            GeneratorRunResult result = Assert.Single(driver.GetRunResult().Results);
            Assert.Null(result.Exception);
            Assert.Empty(result.Diagnostics);
            return (output, result);
        }

        /// <summary>
        /// Runs the generator on a source that must compile without error or warning (but for
        /// <paramref name="twinCallError"/>, the error a call to a twin gives before the generator has run), and checks
        /// that it writes one file and that the output compiles without error or warning too.
        /// </summary>
        /// <param name="input">The input.</param>
        /// <param name="twinCallError">The diagnostic ID the input may report for calls to a twin, or null.</param>
        /// <returns>The output compilation and the generated text.</returns>
        public static (Compilation Output, string Generated) RunClean(CSharpCompilation input, string? twinCallError = null)
        {
            var inputProblems = input.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning && d.Id != twinCallError).ToList();
            Assert.True(inputProblems.Count == 0, "INPUT: " + string.Join("\n", inputProblems));

            (Compilation output, GeneratorRunResult result) = Run(input);
            GeneratedSourceResult file = Assert.Single(result.GeneratedSources);
            var problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
            Assert.True(problems.Count == 0, string.Join("\n", problems) + "\n" + file.SourceText);
            return (output, file.SourceText.ToString());
        }

        /// <summary>
        /// Emits a compilation, loads it in a collectible context and calls a public static method, rethrowing what
        /// the method throws as it is.
        /// </summary>
        /// <param name="output">The compilation.</param>
        /// <param name="typeName">The full name of the type.</param>
        /// <param name="methodName">The method, chosen among overloads by its number of parameters.</param>
        /// <param name="arguments">The arguments.</param>
        /// <returns>What the method returns.</returns>
        public static object? Invoke(Compilation output, string typeName, string methodName, params object?[] arguments)
        {
            using var stream = new MemoryStream();
            Microsoft.CodeAnalysis.Emit.EmitResult emitted = output.Emit(stream);
            Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
            stream.Position = 0;
            var context = new System.Runtime.Loader.AssemblyLoadContext("GeneratorRunner.Invoke", isCollectible: true);
            try
            {
                Assembly assembly = context.LoadFromStream(stream);
                Type type = assembly.GetType(typeName, throwOnError: true)!;
                MethodInfo method = type.GetMethods(BindingFlags.Public | BindingFlags.Static)
                    .Single(m => m.Name == methodName && m.GetParameters().Length == arguments.Length);
                try
                {
                    return method.Invoke(null, arguments);
                }
                catch (TargetInvocationException e) when (e.InnerException is { } inner)
                {
                    System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(inner).Throw();
                    throw;
                }
            }
            finally
            {
                context.Unload();
            }
        }

        /// <summary>Replaces the generator version inside <c>[GeneratedCode]</c> with a placeholder and normalizes line ends.</summary>
        /// <param name="text">The generated text.</param>
        /// <returns>The scrubbed text.</returns>
        public static string Scrub(string text)
            => Regex.Replace(text.Replace("\r\n", "\n"), "GeneratedCode\\(\"LoopGen\", \"[^\"]*\"\\)", "GeneratedCode(\"LoopGen\", \"<VERSION>\")");

        /// <summary>Compares a generated text with Golden/<paramref name="name"/>.cs.txt, or rewrites it when asked to.</summary>
        /// <param name="name">The golden file's name, without extension.</param>
        /// <param name="actual">The generated text.</param>
        public static void AssertGolden(string name, string actual)
        {
            actual = Scrub(actual);
            string file = name + ".cs.txt";
            if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
            {
                string dir = Path.Combine(TestReferences.ProjectDir, "Golden");
                Directory.CreateDirectory(dir);
                File.WriteAllText(Path.Combine(dir, file), actual);
                return;
            }

            string path = Path.Combine(AppContext.BaseDirectory, "Golden", file);
            if (!File.Exists(path))
            {
                path = Path.Combine(TestReferences.ProjectDir, "Golden", file);
            }

            Assert.True(File.Exists(path), $"Golden file {file} is missing; run the tests with {UpdateVariable}=1 to create it, then review it.");
            string expected = File.ReadAllText(path).Replace("\r\n", "\n");
            if (expected != actual)
            {
                // Show the first differing line, which is what a reviewer needs.
                string[] e = expected.Split('\n');
                string[] a = actual.Split('\n');
                int line = 0;
                while (line < e.Length && line < a.Length && e[line] == a[line])
                {
                    line++;
                }

                Assert.Fail($"Generated code differs from {file} at line {line + 1}:\n expected: {(line < e.Length ? e[line] : "<end>")}\n actual:   {(line < a.Length ? a[line] : "<end>")}\nRun with {UpdateVariable}=1 to accept the new output (and review the diff).");
            }
        }

        /// <summary>Fails when an object graph holds compilation data (symbols, syntax, semantic models, compilations).</summary>
        /// <param name="root">The object, e.g. a step output.</param>
        /// <param name="path">Where it came from, for the message.</param>
        public static void AssertNoCompilationData(object? root, string path)
        {
            var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
            Walk(root, path, seen);
        }

        private static void Walk(object? node, string path, HashSet<object> seen)
        {
            if (node is null)
            {
                return;
            }

            Type type = node.GetType();
            if (node is Compilation or ISymbol or SyntaxNode or SyntaxTree or SemanticModel or IOperation || node is SyntaxToken || node is Location)
            {
                Assert.Fail($"{path} holds compilation data of type {type.FullName}");
            }

            if (type.IsPrimitive || type.IsEnum || node is string || node is decimal || node is Type || (type.IsValueType && !seen.Add(node) && false))
            {
                return;
            }

            if (!type.IsValueType && !seen.Add(node))
            {
                return;
            }

            if (node is System.Collections.IEnumerable enumerable)
            {
                int k = 0;
                foreach (object? item in enumerable)
                {
                    Walk(item, $"{path}[{k++}]", seen);
                }
            }

            for (Type? t = type; t is not null && t != typeof(object); t = t.BaseType)
            {
                foreach (FieldInfo field in t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                {
                    if (field.FieldType.IsPointer)
                    {
                        continue;
                    }

                    Walk(field.GetValue(node), $"{path}.{field.Name}", seen);
                }
            }
        }
    }
}
