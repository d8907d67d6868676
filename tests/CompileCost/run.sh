#!/usr/bin/env bash
# Compile cost of LoopGen on a real build (issue 7.1): writes the consumer of
# samples/LoopGen.CompileBenchmarks (200 [Parallelize] methods, 2,000 ordinary nested-loop methods)
# into a temporary project that uses this repository's analyzer and generator DLLs (Release), builds it
# once, then rebuilds it with -p:ReportAnalyzer=true and prints the Csc task's time and the time of each
# analyzer and generator (wall-clock). Then it runs the same compiler command line directly, three
# times each: without LoopGen, with it, with LG0200 at severity none, and with the analyzers but not
# the generator, and prints the compiler's CPU time (user + sys) for each.
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
dotnet build -c Release -nologo -v q -p:UseSharedCompilation=false "$@" >/dev/null
touch Unrelated.cs
dotnet build -c Release -nologo --no-restore -v:d -p:UseSharedCompilation=false -p:ReportAnalyzer=true -clp:PerformanceSummary "$@" > build.log

echo "compile cost ($(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), .NET SDK $(dotnet --version), args: ${*:-none})"
echo "MSBuild build with -p:ReportAnalyzer=true (wall-clock times; summed over the compiler's threads):"
grep -E "^\s+[0-9]+ ms\s+Csc\s" build.log | sed 's/^ */  task /' | head -1
awk '/Total analyzer execution time|Total generator execution time/{print "  " $0}' build.log | sed 's/^ *\(.*\)$/  \1/' | sort -u
# Per analyzer and generator (seconds, % of the analyzer or generator total), the SDK's included.
grep -E "^\s+[0-9.<]+\s+[0-9<]+\s+\S" build.log | grep -v " /" | grep -vE ", Version=" | sed 's/^ */    /' | sort -u | sort -rn | sed -n 1,8p  # not head: a closed pipe would stop the script (pipefail)

# The same compiler command line, run directly, with and without LoopGen: CPU time (user + sys) of
# the compiler process is far less disturbed by other work on the machine than wall-clock time.
cmd="$(grep -E "^\s+\S+/csc(\.dll)? .*/noconfig" build.log | head -1 | sed 's/^ *//')"
csc="${cmd%% *}"
[[ "$csc" == *.dll ]] || csc="$csc.dll"
python3 - "$cmd" <<'PY'
import shlex, sys
args = shlex.split(sys.argv[1])[1:]
def write(name, keep):
    with open(name, "w") as f:
        for a in args:
            if keep(a):
                f.write('"' + a.replace('"', '') + '"\n' if (' ' in a or ',' in a) else a + "\n")
is_loopgen = lambda a: a.startswith("/analyzer:") and "LoopGen." in a
write("with.rsp", lambda a: a != "/reportanalyzer")
write("without.rsp", lambda a: a != "/reportanalyzer" and not is_loopgen(a))
write("analyzers-only.rsp", lambda a: a != "/reportanalyzer" and not (is_loopgen(a) and "Generator" in a))
PY
cp with.rsp lg0200-off.rsp
echo "/analyzerconfig:suggestions-off.editorconfig" >> lg0200-off.rsp

cpu() {  # prints user+sys seconds of one compiler run
  ( TIMEFORMAT='%U %S'; { time dotnet "$csc" "@$1" >/dev/null; } 2>&1 ) | awk '{printf "%.2f", $1+$2}'
}
declare -A runs
for round in 1 2 3; do
  for v in without with lg0200-off analyzers-only; do
    runs[$v]+="$(cpu $v.rsp) "
  done
done
median() { tr ' ' '\n' | grep -v '^$' | sort -n | sed -n 2p; }
base=$(echo "${runs[without]}" | median)
echo "compiler run directly (dotnet csc.dll @rsp, no server), CPU seconds user+sys, median of 3:"
for v in without with lg0200-off analyzers-only; do
  m=$(echo "${runs[$v]}" | median)
  awk -v v="$v" -v m="$m" -v b="$base" -v r="${runs[$v]}" 'BEGIN { printf "  %-15s %6.2f s  (%+.1f%% of the compiler without LoopGen; runs: %s)\n", v, m, (m - b) * 100 / b, r }'
done
