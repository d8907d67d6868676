using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using LoopGen.Analysis;
using LoopGen.Diagnostics;
using LoopGen.Diagnostics.Analyzers;
using LoopGen.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Xunit;

namespace LoopGen.Tests
{
    /// <summary>Rules about the rules: help links, release tracking, rule pages, and the attribute name the pipeline matches.</summary>
    public sealed class Test_Meta
    {
        public static IEnumerable<object[]> Descriptors()
            => typeof(DiagnosticDescriptors)
                .GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
                .Select(f => new object[] { ((DiagnosticDescriptor)f.GetValue(null)!).Id });

        private static DiagnosticDescriptor Get(string id)
            => typeof(DiagnosticDescriptors)
                .GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
                .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
                .Single(d => d.Id == id);

        [Fact]
        public void EveryRuleOfTheContractHasADescriptor()
        {
            var ids = Descriptors().Select(o => (string)o[0]).ToHashSet();
            string[] expected = { "LG0001", "LG0002", "LG0003", "LG0004", "LG0005", "LG0100", "LG0101", "LG0102", "LG0103", "LG0104", "LG0105", "LG0106", "LG0107", "LG0108", "LG0109", "LG0200", "LG0201" };
            Assert.Empty(expected.Except(ids));
        }

        [Theory]
        [MemberData(nameof(Descriptors))]
        public void HelpLink_PointsAtRulePage(string id)
        {
            Assert.EndsWith("docs/rules/" + id + ".md", Get(id).HelpLinkUri);
        }

        [Theory]
        [MemberData(nameof(Descriptors))]
        public void Id_InUnshippedReleases(string id)
        {
            string text = File.ReadAllText(Path.Combine(TestReferences.RepoRoot, "src", "Analyzer", "AnalyzerReleases.Unshipped.md"));
            DiagnosticDescriptor d = Get(id);
            Assert.Contains($"{id} | {d.Category} | {d.DefaultSeverity} |", text);
        }

        [Theory]
        [MemberData(nameof(Descriptors))]
        public void Id_HasRulePage(string id)
        {
            string page = Path.Combine(TestReferences.RepoRoot, "docs", "rules", id + ".md");
            Assert.True(File.Exists(page), $"missing rule page {page}");
        }

        [Theory]
        [MemberData(nameof(Descriptors))]
        public void Severity_MatchesIdRange(string id)
        {
            DiagnosticDescriptor d = Get(id);
            int number = int.Parse(id.Substring(2), System.Globalization.CultureInfo.InvariantCulture);
            if (number >= 100 && number < 200)
            {
                Assert.Equal(DiagnosticSeverity.Warning, d.DefaultSeverity);
            }
            else if (number >= 200)
            {
                Assert.Equal(DiagnosticSeverity.Info, d.DefaultSeverity);
            }

            Assert.False(d.Title.ToString().EndsWith(".", System.StringComparison.Ordinal), "titles have no trailing period (RS1031)");
            Assert.False(d.MessageFormat.ToString().EndsWith(".", System.StringComparison.Ordinal), "single-sentence messages have no trailing period (RS1032)");
        }

        [Fact]
        public void AttributeMetadataName_MatchesTheAttribute()
        {
            Assert.Equal(LoopClassifier.AttributeMetadataName, typeof(LoopGen.ParallelizeAttribute).FullName);
        }

        [Fact]
        public void Analyzer_SupportsEveryDescriptorItReports()
        {
            // Some analyzer of the assembly supports each descriptor.
            var supported = typeof(ParallelizeAnalyzer).Assembly.GetTypes()
                .Where(t => !t.IsAbstract && typeof(Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer).IsAssignableFrom(t))
                .SelectMany(t => ((Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer)System.Activator.CreateInstance(t)!).SupportedDiagnostics)
                .Select(d => d.Id)
                .ToHashSet();
            Assert.All(Descriptors().Select(o => (string)o[0]), id => Assert.Contains(id, supported));
        }
    }
}
