#!/usr/bin/env bash
# Compile cost of LoopGen on a real build (issue 7.1): writes the consumer of
# samples/LoopGen.CompileBenchmarks (200 [Parallelize] methods, 2,000 ordinary nested-loop methods)
# into a temporary project that uses this repository's analyzer and generator DLLs, builds it twice
# (the first build warms the compiler server), then rebuilds it with -p:ReportAnalyzer=true and
# prints the Csc task's time and the time of each analyzer and generator.
#
# Usage: bash tests/CompileCost/run.sh [extra msbuild args]   e.g. -p:LoopGenSuggestions=false
# Env:   LOOPGEN_KEEP_TMP=1 keeps the temporary folder.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
tmp="$(mktemp -d "${TMPDIR:-/tmp}/loopgen-compilecost.XXXXXX")"
cleanup() {
  if [[ "${LOOPGEN_KEEP_TMP:-}" == "1" ]]; then echo "compile cost: kept $tmp"; else rm -rf "$tmp"; fi
}
trap cleanup EXIT

dotnet build "$root/samples/LoopGen.CompileBenchmarks" -c Release -nologo -v q -p:UseSharedCompilation=false >/dev/null
dotnet "$root/samples/LoopGen.CompileBenchmarks/bin/Release/net10.0/LoopGen.CompileBenchmarks.dll" write-consumer "$tmp/app"

bin="$root/src"
cat > "$tmp/app/Consumer.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <OutputType>Library</OutputType>
    <Nullable>enable</Nullable>
    <ImplicitUsings>disable</ImplicitUsings>
    <LoopGenSuggestions Condition="'\$(LoopGenSuggestions)' == ''">true</LoopGenSuggestions>
    <!-- The SDK's own analyzers stay at their defaults, as in a new project. -->
  </PropertyGroup>
  <ItemGroup>
    <Reference Include="$bin/Attributes/bin/Release/netstandard2.0/LoopGen.Attributes.dll" />
    <Analyzer Include="$bin/Analyzer/bin/Release/netstandard2.0/LoopGen.Analyzer.dll" />
    <Analyzer Include="$bin/Generator/bin/Release/netstandard2.0/LoopGen.Generator.dll" />
  </ItemGroup>
  <ItemGroup Condition="'\$(LoopGenSuggestions)' == 'false'">
    <EditorConfigFiles Include="suggestions-off.editorconfig" />
  </ItemGroup>
</Project>
XML
cat > "$tmp/app/suggestions-off.editorconfig" <<'INI'
is_global = true
dotnet_diagnostic.LG0200.severity = none
INI

cd "$tmp/app"
dotnet build-server shutdown >/dev/null 2>&1 || true
dotnet build -c Release -nologo -v q "$@" >/dev/null
touch Unrelated.cs
dotnet build -c Release -nologo -v q "$@" >/dev/null
touch Unrelated.cs
dotnet build -c Release -nologo --no-restore -v:d -p:ReportAnalyzer=true -clp:PerformanceSummary "$@" > build.log

echo "compile cost ($(nproc) cores, $(dotnet --version), args: ${*:-none}):"
grep -E "^\s+[0-9]+ ms\s+Csc\s" build.log | sed 's/^ */  task /' | head -1
awk '/Total analyzer execution time|Total generator execution time/{print "  " $0}' build.log | sed 's/^ *\(.*\)$/  \1/' | sort -u
# Per analyzer and generator (seconds, % of the analyzer or generator total), the SDK's included.
grep -E "^\s+[0-9.<]+\s+[0-9<]+\s+\S" build.log | grep -v " /" | grep -vE ", Version=" | sed 's/^ */    /' | sort -u | sort -rn | head -12
