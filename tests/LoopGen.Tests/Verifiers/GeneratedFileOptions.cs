using System.Threading;
using Microsoft.CodeAnalysis;

namespace LoopGen.Tests.Verifiers
{
    /// <summary>What an .editorconfig with 'generated_code = true' for one file gives the compiler: that file counts as generated.</summary>
    internal sealed class GeneratedFileOptions : SyntaxTreeOptionsProvider
    {
        private readonly string path;

        /// <summary>Initializes a new instance of the <see cref="GeneratedFileOptions"/> class.</summary>
        /// <param name="path">The path of the file that counts as generated.</param>
        public GeneratedFileOptions(string path) => this.path = path;

        /// <inheritdoc/>
        public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken)
            => tree.FilePath == this.path ? GeneratedKind.MarkedGenerated : GeneratedKind.NotGenerated;

        /// <inheritdoc/>
        public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
        {
            severity = ReportDiagnostic.Default;
            return false;
        }

        /// <inheritdoc/>
        public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
        {
            severity = ReportDiagnostic.Default;
            return false;
        }
    }
}
