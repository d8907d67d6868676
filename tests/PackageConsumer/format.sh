#!/usr/bin/env bash
# The code fixes through `dotnet format`, as a user would run them: a consumer of the packed package
# with a type that is not partial, unmarked parallelizable methods and callers of M. LG0001 and LG0200
# are applied (Fix All in Solution), then LG0201 (the twins exist only once the attribute is there),
# then `--verify-no-changes` must find nothing left; the result builds with warnings as errors and
# runs, and its output is checked against closed forms.
#
# Usage: bash tests/PackageConsumer/format.sh <NuGet.config serving LoopGen> <LoopGen version> <work folder>
#        (called by run.sh after packing, with its feed and NUGET_PACKAGES)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
config="$1"
version="$2"
work="$3"

app="$work/format-app"
rm -rf "$app"
mkdir -p "$app"
cp "$here/Format/FormatConsumer.csproj" "$here/Format/Program.cs" "$here/Directory.Build.props" "$here/Directory.Build.targets" "$app/"
cp "$config" "$app/NuGet.config"
cp "$app/Program.cs" "$work/format-original.cs"
proj="$app/FormatConsumer.csproj"
# MSBuild reads environment variables as properties: dotnet format has no -p.
export LoopGenVersion="$version"

fail() {
  echo "package consumer (dotnet format): FAIL: $*" >&2
  exit 1
}

echo "package consumer (dotnet format): restoring"
dotnet restore "$proj" -nologo

echo "package consumer (dotnet format): LG0001 and LG0200"
dotnet format analyzers "$proj" --no-restore --diagnostics LG0001 LG0200 --severity info
echo "package consumer (dotnet format): LG0201"
dotnet format analyzers "$proj" --no-restore --diagnostics LG0201 --severity info
diff -u "$work/format-original.cs" "$app/Program.cs" || true

echo "package consumer (dotnet format): --verify-no-changes"
dotnet format analyzers "$proj" --no-restore --diagnostics LG0001 LG0200 LG0201 --severity info --verify-no-changes \
  || fail "dotnet format still finds LG0001, LG0200 or LG0201 to fix"

# What the fixes must have done (each once).
src="$app/Program.cs"
code="$(grep -v '^[[:space:]]*//' "$src")"
count() { printf '%s\n' "$code" | grep -cF -- "$1" || true; }
[[ "$(count '[Parallelize]')" == 2 ]] || fail "expected [Parallelize] on Products and Checksum"
[[ "$(count 'using LoopGen;')" == 1 ]] || fail "expected exactly one 'using LoopGen;'"
for line in 'public static partial class Grids' 'public partial class Outer' 'public static partial class Rows' \
            'Grids.ProductsParallel(n, m)' 'Grids.ChecksumParallel(grid)' 'Outer.Rows.TriangleParallel(n)'; do
  [[ "$(count "$line")" == 1 ]] || fail "expected '$line' once"
done
[[ "$(count 'Grids.Products(n')$(count 'Grids.Checksum(grid)')$(count 'Rows.Triangle(n)')" == 000 ]] || fail "a call to a sequential method is left"

echo "package consumer (dotnet format): building with warnings as errors"
dotnet build "$proj" -c Release -nologo --no-restore -p:TreatWarningsAsErrors=true

n=600
m=700
output="$(dotnet "$app/bin/Release/net10.0/FormatConsumer.dll" "$n" "$m")" || fail "the consumer exited with $?"
echo "$output"
# sum of i*j over i < n, j < m; the triangle has n(n+1)/2 cells i+j (j <= i < n), summing to (n-1)n(n+1)/2.
expected="checksum $(( n * (n - 1) / 2 * (m * (m - 1) / 2) ))
triangle $(( n * (n + 1) / 2 )) $(( (n - 1) * n * (n + 1) / 2 ))"
[[ "$output" == "$expected" ]] || fail "expected:
$expected"
echo "package consumer (dotnet format): OK"
