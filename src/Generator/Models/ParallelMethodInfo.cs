using LoopGen.Models;

namespace LoopGen.Generator.Models
{
    /// <summary>
    /// Everything the generator needs to write one <c>MParallel</c> file, as strings only, so that the
    /// incremental pipeline compares it by value and never holds symbols, syntax or compilations.
    /// </summary>
    /// <param name="HintName">The unique, deterministic file name.</param>
    /// <param name="NullableDirectives">The <c>#nullable</c> lines: annotations as in the user's context, warnings off (empty before C# 8).</param>
    /// <param name="Usings">The using directives of the user's file, so the copied loop body binds the same names.</param>
    /// <param name="Namespace">The namespace, or empty for the global namespace.</param>
    /// <param name="NamespaceUsings">Using directives declared inside the namespace.</param>
    /// <param name="TypeHeaders">The partial declarations of the containing types, outermost first.</param>
    /// <param name="MethodText">The two generated methods, indented from column zero.</param>
    internal sealed record ParallelMethodInfo(
        string HintName,
        string NullableDirectives,
        EquatableArray<string> Usings,
        string Namespace,
        EquatableArray<string> NamespaceUsings,
        EquatableArray<string> TypeHeaders,
        string MethodText);
}
