using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace LoopGen.Runtime.Tests
{
    /// <summary>
    /// Every kernel file under Kernels/ has a copy under Kernels/Eager/ whose class is suffixed
    /// <c>Eager</c> and whose <c>[Parallelize]</c> says <c>MinParallelWork = 1</c>, so that small random
    /// inputs take the parallel path while the originals keep LoopGen's default threshold (and run
    /// their original loop below it). This test keeps the copies in step with the originals; run it
    /// with LOOPGEN_REFRESH_EAGER=1 to rewrite them.
    /// </summary>
    public class EagerCopiesTests
    {
        public static string Transform(string fileName, string source)
        {
            string className = Regex.Match(source, @"public static partial class (\w+)").Groups[1].Value;
            string text = Regex.Replace(source, $@"\b{className}\b", className + "Eager");
            text = Regex.Replace(text, @"\[Parallelize\]", "[Parallelize(MinParallelWork = 1)]");
            text = Regex.Replace(text, @"\[Parallelize\((?![^)]*MinParallelWork)([^)]*)\)\]", "[Parallelize($1, MinParallelWork = 1)]");
            return $"// Copy of Kernels/{fileName} with MinParallelWork = 1 on every [Parallelize], so that small inputs take the parallel path.\n"
                + "// Written by EagerCopiesTests (run the tests with LOOPGEN_REFRESH_EAGER=1 to refresh); do not edit by hand.\n"
                + text;
        }

        [Fact]
        public void EagerCopiesMatchTheirOriginals()
        {
            string kernels = Path.Combine(ProjectDir(), "Kernels");
            bool refresh = Environment.GetEnvironmentVariable("LOOPGEN_REFRESH_EAGER") == "1";
            var originals = Directory.GetFiles(kernels, "*Kernels.cs").OrderBy(f => f, StringComparer.Ordinal).ToList();
            Assert.NotEmpty(originals);
            foreach (string original in originals)
            {
                string name = Path.GetFileName(original);
                string copyPath = Path.Combine(kernels, "Eager", Path.GetFileNameWithoutExtension(name) + ".Eager.cs");
                string expected = Transform(name, File.ReadAllText(original).Replace("\r\n", "\n"));
                if (refresh)
                {
                    Directory.CreateDirectory(Path.GetDirectoryName(copyPath)!);
                    File.WriteAllText(copyPath, expected);
                    continue;
                }

                Assert.True(File.Exists(copyPath), $"{copyPath} is missing: run the tests with LOOPGEN_REFRESH_EAGER=1");
                Assert.True(expected == File.ReadAllText(copyPath).Replace("\r\n", "\n"), $"{copyPath} is out of date: run the tests with LOOPGEN_REFRESH_EAGER=1");
            }
        }

        private static string ProjectDir()
            => typeof(EagerCopiesTests).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
                .Cast<System.Reflection.AssemblyMetadataAttribute>()
                .Single(a => a.Key == "ProjectDir").Value!;
    }
}
