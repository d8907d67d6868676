using System.Collections.Generic;
using System.Text;

namespace LoopGen.CompileBenchmarks
{
    /// <summary>
    /// The consumer that the compile-cost measurements run on (issue 7): <see cref="MarkedMethods"/>
    /// <c>[Parallelize]</c> methods in <see cref="MarkedFiles"/> files and <see cref="OrdinaryMethods"/>
    /// ordinary methods with nested loops in <see cref="OrdinaryFiles"/> files, plus a helper file the
    /// marked methods call into and an unrelated file that the keystroke benchmark edits. The same text is
    /// written to disk by <c>tests/CompileCost/run.sh</c> for the real build.
    /// </summary>
    public static class ConsumerSource
    {
        /// <summary>The number of [Parallelize] methods.</summary>
        public const int MarkedMethods = 200;

        /// <summary>The number of ordinary methods with a nested loop.</summary>
        public const int OrdinaryMethods = 2000;

        /// <summary>The number of files holding the marked methods.</summary>
        public const int MarkedFiles = 10;

        /// <summary>The number of files holding the ordinary methods.</summary>
        public const int OrdinaryFiles = 20;

        /// <summary>The file the keystroke benchmark edits; nothing reads it.</summary>
        public const string UnrelatedFile = "Unrelated.cs";

        /// <summary>The file holding the callee that a quarter of the marked methods call.</summary>
        public const string HelpersFile = "Helpers.cs";

        /// <summary>Writes every file of the consumer.</summary>
        /// <returns>File name and text, in a deterministic order.</returns>
        public static IReadOnlyList<KeyValuePair<string, string>> Files()
        {
            var files = new List<KeyValuePair<string, string>>();
            int perMarked = MarkedMethods / MarkedFiles;
            for (int f = 0; f < MarkedFiles; f++)
            {
                var sb = new StringBuilder();
                sb.Append("using System;\nusing System.Collections.Generic;\nusing LoopGen;\n\nnamespace Consumer\n{\n");
                sb.Append($"    public static partial class Marked{f}\n    {{\n");
                for (int m = 0; m < perMarked; m++)
                {
                    sb.Append(Marked((f * perMarked) + m));
                }

                sb.Append("    }\n}\n");
                files.Add(new KeyValuePair<string, string>($"Marked{f}.cs", sb.ToString()));
            }

            int perOrdinary = OrdinaryMethods / OrdinaryFiles;
            for (int f = 0; f < OrdinaryFiles; f++)
            {
                var sb = new StringBuilder();
                sb.Append("using System;\nusing System.Collections.Generic;\n\nnamespace Consumer\n{\n");
                sb.Append($"    public class Ordinary{f}\n    {{\n");
                for (int m = 0; m < perOrdinary; m++)
                {
                    sb.Append(Ordinary((f * perOrdinary) + m));
                }

                sb.Append("    }\n}\n");
                files.Add(new KeyValuePair<string, string>($"Ordinary{f}.cs", sb.ToString()));
            }

            files.Add(new KeyValuePair<string, string>(HelpersFile, Helpers(0)));
            files.Add(new KeyValuePair<string, string>(UnrelatedFile, Unrelated(0)));
            return files;
        }

        /// <summary>The callees' file after <paramref name="edits"/> keystrokes in a body (a changed constant).</summary>
        /// <param name="edits">A number that makes the text differ.</param>
        /// <returns>The file's text.</returns>
        public static string Helpers(int edits) => $$"""
            namespace Consumer
            {
                public static class Helpers
                {
                    public static long Score(int a, int b) => a > b ? a - b + {{edits}} : b - a;
                }
            }

            """;

        /// <summary>The unrelated file after <paramref name="edits"/> keystrokes (a changed constant).</summary>
        /// <param name="edits">A number that makes the text differ.</param>
        /// <returns>The file's text.</returns>
        public static string Unrelated(int edits) => $$"""
            namespace Consumer
            {
                public static class Unrelated
                {
                    public static int Value() => {{edits}};
                }
            }

            """;

        private static string Marked(int k) => (k % 4) switch
        {
            0 => $$"""
                        [Parallelize]
                        public static List<List<int>> Products{{k}}(List<int> outer, List<int> inner)
                        {
                            var results = new List<List<int>>();
                            foreach (var i in outer)
                            {
                                var row = new List<int>();
                                foreach (var j in inner)
                                    row.Add(i * j + {{k}});
                                results.Add(row);
                            }
                            return results;
                        }

                """,
            1 => $$"""
                        [Parallelize]
                        public static long Sum{{k}}(int[][] a, int m)
                        {
                            long sum = 0;
                            for (int i = 0; i < a.Length; i++)
                                for (int j = 0; j < m; j++)
                                    sum += a[i][j] * {{k}};
                            return sum;
                        }

                """,
            2 => $$"""
                        [Parallelize]
                        public static double[,] Grid{{k}}(int n, int m)
                        {
                            var r = new double[n, m];
                            for (int i = 0; i < n; i++)
                                for (int j = 0; j < m; j++)
                                    r[i, j] = Math.Sqrt(i * j + {{k}});
                            return r;
                        }

                """,
            _ => $$"""
                        [Parallelize]
                        public static long Pairs{{k}}(int[] a)
                        {
                            long total = 0;
                            for (int i = 0; i < a.Length; i++)
                                for (int j = 0; j < i; j++)
                                    total += Helpers.Score(a[i], a[j]) + {{k}};
                            return total;
                        }

                """,
        };

        private static string Ordinary(int k) => (k % 5) switch
        {
            // Accepted as it is: LG0200 suggests [Parallelize].
            0 => $$"""
                        public long Sum{{k}}(int[][] a)
                        {
                            long sum = 0;
                            for (int i = 0; i < a.Length; i++)
                                for (int j = 0; j < a[i].Length; j++)
                                    sum += a[i][j] + {{k}};
                            return sum;
                        }

                """,

            // A value carried from row to row.
            1 => $$"""
                        public void Smooth{{k}}(double[,] a)
                        {
                            for (int i = 1; i < a.GetLength(0); i++)
                                for (int j = 0; j < a.GetLength(1); j++)
                                    a[i, j] = (a[i - 1, j] * 0.5) + {{k}};
                        }

                """,

            // A field written in the nest.
            2 => $$"""
                        private long total{{k}};

                        public void Accumulate{{k}}(int[][] a)
                        {
                            for (int i = 0; i < a.Length; i++)
                                for (int j = 0; j < a[i].Length; j++)
                                    this.total{{k}} += a[i][j] + {{k}};
                        }

                """,

            // A call on a shared object.
            3 => $$"""
                        public void Print{{k}}(int n, System.IO.TextWriter w)
                        {
                            for (int i = 0; i < n; i++)
                                for (int j = 0; j < n; j++)
                                    w.Write(i * j + {{k}});
                        }

                """,

            // A while loop around a for loop, with a break.
            _ => $$"""
                        public int Search{{k}}(int[] a, int target)
                        {
                            int found = -1;
                            int i = 0;
                            while (i < a.Length && found < 0)
                            {
                                for (int j = i; j < a.Length; j++)
                                {
                                    if (a[i] + a[j] == target + {{k}})
                                    {
                                        found = i;
                                        break;
                                    }
                                }

                                i++;
                            }

                            return found;
                        }

                """,
        };
    }
}
