using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using LoopGen.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace LoopGen.Tests
{
    /// <summary>
    /// A lookup in a collection the method did not create (a parameter, a field) runs whichever comparer the collection
    /// was made with. When a comparer that could be given to it exists where LoopGen has not read it (a comparer type of
    /// the compilation or of a referenced library that is not Microsoft's, or one the compilation makes with
    /// <c>Comparer&lt;T&gt;.Create</c>), the lookup is trusted with LG0004; comparers that cannot be given to that collection
    /// (another key type), and the base library's own, change nothing. The same holds for LINQ groupings: members of an
    /// <c>IGrouping</c> run the library's code unless some type that LoopGen has not read implements it. Each case is its
    /// own compilation: the catalog compiles all its entries together, so its comparers would be everyone's.
    /// </summary>
    public sealed class Test_ParallelizeAnalyzer_UnreadComparers
    {
        private const string Consumer = """
            using System.Collections.Generic;
            using LoopGen;

            public static partial class Tables
            {
                [Parallelize]
                public static int[] Hits(int[] keys, Dictionary<int, int> weights, int m)
                {
                    var hits = new int[keys.Length];
                    for (int i = 0; i < keys.Length; i++)
                        for (int j = 0; j < m; j++)
                            if (weights.TryGetValue(keys[i] + j, out int w))
                                hits[i] += w;
                    return hits;
                }
            }
            """;

        private const string Lookup = "weights.TryGetValue(keys[i] + j, out int w)";

        [Fact]
        public async Task Referenced_comparer_of_the_key_type_is_trusted()
        {
            var diagnostics = await AnalyzeWithLibrary("""
                using System.Collections.Generic;
                namespace Lib
                {
                    public sealed class CountingComparer : IEqualityComparer<int>
                    {
                        public static int Calls;
                        public bool Equals(int a, int b) { Calls++; return a == b; }
                        public int GetHashCode(int v) { Calls++; return v; }
                    }
                }
                """);
            Diagnostic trusted = AssertTrustedAt(diagnostics, SpanOf(Lookup));
            Assert.Contains("comparer of 'weights'", trusted.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }

        [Fact]
        public async Task Referenced_internal_generic_comparer_is_trusted()
        {
            // A generic comparer may be made for any key type, and an internal one may still be handed out by the library.
            var diagnostics = await AnalyzeWithLibrary("""
                using System.Collections.Generic;
                namespace Lib
                {
                    internal sealed class Logging<T> : IEqualityComparer<T>
                    {
                        public static int Calls;
                        public bool Equals(T? a, T? b) { Calls++; return EqualityComparer<T>.Default.Equals(a, b); }
                        public int GetHashCode(T v) { Calls++; return v is null ? 0 : v.GetHashCode(); }
                    }
                }
                """);
            AssertTrustedAt(diagnostics, SpanOf(Lookup));
        }

        [Fact]
        public async Task Referenced_comparer_of_another_type_changes_nothing()
        {
            // An IEqualityComparer<string> cannot be given to a Dictionary<int, int>.
            var diagnostics = await AnalyzeWithLibrary("""
                using System.Collections.Generic;
                namespace Lib
                {
                    public sealed class CountingStrings : IEqualityComparer<string>
                    {
                        public static int Calls;
                        public bool Equals(string? a, string? b) { Calls++; return a == b; }
                        public int GetHashCode(string v) { Calls++; return v.Length; }
                    }
                }
                """);
            AssertAcceptedWithoutTrust(diagnostics);
        }

        [Fact]
        public async Task Library_without_comparers_changes_nothing()
        {
            // The base library's references declare comparers (StringComparer, ...): they are Microsoft's, and compare
            // without side effects.
            var diagnostics = await AnalyzeWithLibrary("""
                namespace Lib
                {
                    public static class Nothing { public static int Id(int v) => v; }
                }
                """);
            AssertAcceptedWithoutTrust(diagnostics);
        }

        [Fact]
        public async Task Own_comparer_of_another_key_type_changes_nothing()
        {
            string source = Consumer + """

                public sealed class ByLength : IComparer<string>
                {
                    public static int Calls;
                    public int Compare(string? a, string? b) { Calls++; return (a?.Length ?? 0) - (b?.Length ?? 0); }
                }
                """;
            var diagnostics = await Analyze(source, library: null);
            AssertAcceptedWithoutTrust(diagnostics);
        }

        [Fact]
        public async Task Own_object_comparer_is_trusted_for_string_keys()
        {
            // IEqualityComparer<object> converts to IEqualityComparer<string> (contravariance).
            const string Source = """
                using System.Collections.Generic;
                using LoopGen;

                public sealed class Counting : IEqualityComparer<object>
                {
                    public static int Calls;
                    public new bool Equals(object? a, object? b) { Calls++; return object.Equals(a, b); }
                    public int GetHashCode(object o) { Calls++; return o.GetHashCode(); }
                }

                public static partial class Tables
                {
                    [Parallelize]
                    public static int[] Hits(int[] keys, Dictionary<string, int> names, int m)
                    {
                        var hits = new int[keys.Length];
                        for (int i = 0; i < keys.Length; i++)
                            for (int j = 0; j < m; j++)
                                if (names.TryGetValue((keys[i] + j) % 3 == 0 ? "a" : "b", out int w))
                                    hits[i] += w;
                        return hits;
                    }
                }
                """;
            var diagnostics = await Analyze(Source, library: null);
            AssertTrustedAt(diagnostics, SpanOf("names.TryGetValue((keys[i] + j) % 3 == 0 ? \"a\" : \"b\", out int w)", Source));
        }

        [Theory]
        [InlineData("int", true)]
        [InlineData("string", false)]
        public async Task Comparer_created_from_a_lambda_is_trusted_for_its_type(string comparedType, bool trusted)
        {
            // No comparer type is declared: EqualityComparer<T>.Create in a field's initializer makes one from lambdas,
            // which a HashSet<int> parameter may hold (the caller may have made it with that field) and run at each
            // lookup. One made for strings cannot be held by it.
            string source = $$"""
                using System.Collections.Generic;
                using LoopGen;

                public static partial class Tables
                {
                    private static int calls;
                    private static readonly IEqualityComparer<{{comparedType}}> Counting =
                        EqualityComparer<{{comparedType}}>.Create((a, b) => { calls++; return Equals(a, b); }, v => v!.GetHashCode());
                    [Parallelize]
                    public static int[] Hits(int[] keys, HashSet<int> seen, int m)
                    {
                        var hits = new int[keys.Length];
                        for (int i = 0; i < keys.Length; i++)
                            for (int j = 0; j < m; j++)
                                if (seen.Contains((keys[i] + j) & 15))
                                    hits[i]++;
                        return hits;
                    }
                }
                """;
            var diagnostics = await Analyze(source, library: null);
            if (trusted)
            {
                AssertTrustedAt(diagnostics, SpanOf("seen.Contains((keys[i] + j) & 15)", source));
            }
            else
            {
                AssertAcceptedWithoutTrust(diagnostics);
            }
        }

        [Theory]
        [InlineData(true)]
        [InlineData(false)]
        public async Task Grouping_members_are_trusted_only_when_a_grouping_is_implemented_unread(bool declared)
        {
            string implementation = declared ? """

                public sealed class Noisy : IGrouping<int, int>
                {
                    public static int Calls;
                    public int Key { get { Calls++; return 1; } }
                    public IEnumerator<int> GetEnumerator() { yield return this.Key; }
                    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => this.GetEnumerator();
                }
                """ : string.Empty;
            string source = """
                using System.Collections.Generic;
                using System.Linq;
                using LoopGen;

                public static partial class Tables
                {
                    [Parallelize]
                    public static int[] Keys(IGrouping<int, int>[] groups, int m)
                    {
                        var r = new int[groups.Length];
                        for (int i = 0; i < groups.Length; i++)
                            for (int j = 0; j < m; j++)
                                r[i] += groups[i].Key + j;
                        return r;
                    }
                }
                """ + implementation;
            var diagnostics = await Analyze(source, library: null);
            if (declared)
            {
                AssertTrustedAt(diagnostics, SpanOf("groups[i].Key", source));
            }
            else
            {
                AssertAcceptedWithoutTrust(diagnostics);
            }
        }

        /// <summary>Asserts one LG0004, at the given span, and returns it.</summary>
        private static Diagnostic AssertTrustedAt(ImmutableArray<Diagnostic> diagnostics, Microsoft.CodeAnalysis.Text.TextSpan span)
        {
            Diagnostic trusted = Assert.Single(diagnostics, d => d.Id == "LG0004");
            Assert.Equal(span, trusted.Location.SourceSpan);
            return trusted;
        }

        /// <summary>Asserts the nest is accepted (one LG0003) with no LG0004.</summary>
        private static void AssertAcceptedWithoutTrust(ImmutableArray<Diagnostic> diagnostics)
        {
            Assert.DoesNotContain(diagnostics, d => d.Id == "LG0004");
            Assert.Single(diagnostics, d => d.Id == "LG0003");
        }

        private static Microsoft.CodeAnalysis.Text.TextSpan SpanOf(string text, string source = Consumer)
        {
            int start = source.IndexOf(text, StringComparison.Ordinal);
            Assert.True(start >= 0);
            return new Microsoft.CodeAnalysis.Text.TextSpan(start, text.Length);
        }

        private static Task<ImmutableArray<Diagnostic>> AnalyzeWithLibrary(string library) => Analyze(Consumer, library);

        private static async Task<ImmutableArray<Diagnostic>> Analyze(string source, string? library)
        {
            var references = TestReferences.All;
            if (library is not null)
            {
                references = references.Add(Emit(library));
            }

            CSharpCompilation consumer = CSharpCompilation.Create(
                "Consumer",
                new[] { CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest), path: "Consumer.cs") },
                references,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            Assert.Empty(consumer.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
            return await AnalyzerVerifier.RunAsync(consumer);
        }

        private static MetadataReference Emit(string library)
        {
            CSharpCompilation lib = CSharpCompilation.Create(
                "UserLibrary",
                new[] { CSharpSyntaxTree.ParseText(library, new CSharpParseOptions(LanguageVersion.Latest)) },
                TestReferences.All,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
            using var image = new MemoryStream();
            var emitted = lib.Emit(image);
            Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
            return MetadataReference.CreateFromImage(image.ToArray());
        }
    }
}
