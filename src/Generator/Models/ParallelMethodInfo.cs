using LoopGen.Models;

namespace LoopGen.Generator.Models
{
    /// <summary>
    /// Everything the generator needs to write one <c>MParallel</c> file, as strings only, so that the
    /// incremental pipeline compares it by value and never holds symbols, syntax or compilations.
    /// </summary>
    /// <param name="HintName">The unique, deterministic file name.</param>
    /// <param name="NullableDirectives">The <c>#nullable</c> lines: annotations as in the user's context, warnings off (empty before C# 8).</param>
    /// <param name="WarningDirectives">The <c>#pragma warning disable</c> of the warnings disabled where M's body is (or empty).</param>
    /// <param name="Usings">The extern aliases and using directives of the user's file, so the copied loop body binds the same names.</param>
    /// <param name="Namespaces">The names of the namespace blocks around the method, outermost first (none for the global namespace).</param>
    /// <param name="NamespaceUsings">For each namespace block, the extern aliases and using directives declared in it, one a line.</param>
    /// <param name="TypeHeaders">The partial declarations of the containing types, outermost first.</param>
    /// <param name="MethodText">The two generated methods, indented from column zero.</param>
    internal sealed record ParallelMethodInfo(
        string HintName,
        string NullableDirectives,
        string WarningDirectives,
        EquatableArray<string> Usings,
        EquatableArray<string> Namespaces,
        EquatableArray<string> NamespaceUsings,
        EquatableArray<string> TypeHeaders,
        string MethodText);
}
