#!/usr/bin/env bash
# Package consumer check: packs the repository, then builds and runs a project that references
# only the LoopGen package (from a local folder feed), with warnings as errors, and checks that
# the generated ProductsParallel gives the expected table.
#
# Usage: bash tests/PackageConsumer/run.sh            (from anywhere)
# Env:   LOOPGEN_KEEP_TMP=1 keeps the temporary folder for inspection.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
expected='[[4, 5, 6], [8, 10, 12], [12, 15, 18]]'

tmp="$(mktemp -d "${TMPDIR:-/tmp}/loopgen-consumer.XXXXXX")"
cleanup() {
  if [[ "${LOOPGEN_KEEP_TMP:-}" == "1" ]]; then
    echo "package consumer: kept $tmp"
  else
    rm -rf "$tmp"
  fi
}
trap cleanup EXIT

feed="$tmp/feed"
app="$tmp/app"
mkdir -p "$feed" "$app"

version="$(dotnet msbuild "$root/src/Attributes/LoopGen.Attributes.csproj" -getProperty:Version -nologo | tr -d '[:space:]')"
echo "package consumer: packing LoopGen $version into $feed"
dotnet pack "$root/LoopGen.sln" -c Release -o "$feed" -nologo

shopt -s nullglob
pkgs=("$feed"/*.nupkg)
if [[ ${#pkgs[@]} -ne 1 || "$(basename "${pkgs[0]}")" != "LoopGen.$version.nupkg" ]]; then
  echo "package consumer: FAIL: expected exactly $feed/LoopGen.$version.nupkg, got: ${pkgs[*]:-none}" >&2
  exit 1
fi

cp "$here/Consumer.csproj" "$here/Program.cs" "$here/Directory.Build.props" "$here/Directory.Build.targets" "$app/"

# The local feed serves LoopGen (and only it, by source mapping, so a LoopGen from elsewhere is
# never picked); everything else comes from the machine's usual source.
cat > "$app/NuGet.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="loopgen-local" value="$feed" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
  </packageSources>
  <packageSourceMapping>
    <packageSource key="loopgen-local">
      <package pattern="LoopGen" />
    </packageSource>
    <packageSource key="nuget.org">
      <package pattern="*" />
    </packageSource>
  </packageSourceMapping>
</configuration>
XML

# A fresh global packages folder, so a stale cached LoopGen of the same version is never used.
export NUGET_PACKAGES="$tmp/nuget-packages"

echo "package consumer: building the consumer"
dotnet build "$app/Consumer.csproj" -c Release -nologo \
  -p:LoopGenVersion="$version" -p:TreatWarningsAsErrors=true

# The same consumer on C# 7.3 (no #nullable, no newer syntax may be emitted) built by the older
# Roslyn 4.14 compiler from Microsoft.Net.Compilers.Toolset (the shipped assemblies must load in it).
echo "package consumer: building the consumer as C# 7.3 with the Roslyn 4.14 compiler"
dotnet build "$app/Consumer.csproj" -c Release -nologo -o "$app/bin-cs73" \
  -p:LoopGenVersion="$version" -p:TreatWarningsAsErrors=true -p:LangVersion=7.3 -p:Nullable=disable -p:UseOldCompiler=true
dotnet "$app/bin-cs73/Consumer.dll" >/dev/null

echo "package consumer: running the consumer"
set +e
output="$(dotnet "$app/bin/Release/net10.0/Consumer.dll")"
status=$?
set -e
echo "$output"
if [[ $status -ne 0 ]]; then
  echo "package consumer: FAIL: the consumer exited with $status" >&2
  exit 1
fi
last_line="$(printf '%s\n' "$output" | tail -n 1)"
if [[ "$last_line" != "$expected" ]]; then
  echo "package consumer: FAIL: expected '$expected', got '$last_line'" >&2
  exit 1
fi

# The code fixes through dotnet format, on a second consumer, from the same feed.
bash "$here/format.sh" "$app/NuGet.config" "$version" "$tmp"

echo "package consumer: OK"
