using System.Threading;
using System.Threading.Tasks;
using LoopGen.Diagnostics.Analyzers;
using LoopGen.Tests.Verifiers;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace LoopGen.Tests
{
    /// <summary>LG0006: [Parallelize] where LoopGen generates nothing (accessors, local functions, lambdas, operators, finalizers).</summary>
    public sealed class Test_UnsupportedTarget
    {
        private const string Usings = "using System;\nusing LoopGen;\n\n";

        private static DiagnosticResult LG0006(int location, string what)
            => CSharpAnalyzerVerifier<UnsupportedTargetAnalyzer, DefaultVerifier>.Diagnostic("LG0006").WithLocation(location).WithArguments(what);

        private static Task VerifyAsync(string source, params DiagnosticResult[] expected)
        {
            var test = new CSharpAnalyzerTest<UnsupportedTargetAnalyzer, DefaultVerifier>
            {
                TestCode = source,
                ReferenceAssemblies = TestReferences.Offline,
            };
            TestReferences.AddTo(test.TestState);
            test.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync(CancellationToken.None);
        }

        [Fact]
        public async Task PropertyAndIndexerAccessors()
        {
            await VerifyAsync(Usings + """
                public partial class C
                {
                    private readonly int[] data = new int[4];

                    public int Total
                    {
                        [{|#0:Parallelize|}]
                        get { return data[0]; }

                        [{|#1:Parallelize(MinParallelWork = 1)|}]
                        set { data[0] = value; }
                    }

                    public int this[int i]
                    {
                        [method: {|#2:Parallelize|}]
                        get => data[i];
                    }
                }
                """,
                LG0006(0, "a property accessor"),
                LG0006(1, "a property accessor"),
                LG0006(2, "an indexer accessor"));
        }

        [Fact]
        public async Task EventAccessors_ExplicitAndFieldLike()
        {
            await VerifyAsync(Usings + """
                public partial class C
                {
                    private Action? handlers;

                    public event Action Changed
                    {
                        [{|#0:Parallelize|}]
                        add { handlers += value; }
                        remove { handlers -= value; }
                    }

                    [method: {|#1:Parallelize|}]
                    public event Action? Other;
                }
                """,
                LG0006(0, "an event accessor"),
                LG0006(1, "an event accessor"));
        }

        [Fact]
        public async Task LocalFunctionAndLambdas()
        {
            await VerifyAsync(Usings + """
                public static partial class C
                {
                    public static int Run(int n)
                    {
                        [{|#0:Parallelize|}]
                        static int Local(int k)
                        {
                            int s = 0;
                            for (int i = 0; i < k; i++)
                                for (int j = 0; j < k; j++)
                                    s += i * j;
                            return s;
                        }

                        Func<int, int> f = [{|#1:Parallelize|}] (int k) => k + 1;
                        Func<int, int> g = [{|#2:LoopGen.ParallelizeAttribute|}] (k) => k * 2;
                        return Local(n) + f(n) + g(n);
                    }
                }
                """,
                LG0006(0, "a local function"),
                LG0006(1, "a lambda"),
                LG0006(2, "a lambda"));
        }

        [Fact]
        public async Task OperatorConversionAndFinalizer()
        {
            await VerifyAsync(Usings + """
                public partial class V
                {
                    public int X;

                    [{|#0:Parallelize|}]
                    public static V operator +(V a, V b) => new V { X = a.X + b.X };

                    [{|#1:Parallelize|}]
                    public static implicit operator int(V v) => v.X;

                    [{|#2:Parallelize|}]
                    ~V()
                    {
                    }
                }
                """,
                LG0006(0, "an operator"),
                LG0006(1, "a conversion operator"),
                LG0006(2, "a finalizer"));
        }

        [Fact]
        public async Task Alias_StillRecognised()
        {
            await VerifyAsync("using P = LoopGen.ParallelizeAttribute;\n\n" + """
                public partial class C
                {
                    public int Value
                    {
                        [{|#0:P|}]
                        get { return 1; }
                    }
                }
                """,
                LG0006(0, "a property accessor"));
        }

        [Fact]
        public async Task OrdinaryAndPartialMethods_LookalikeAttribute_NotReported()
        {
            await VerifyAsync(Usings + """
                public static partial class C
                {
                    [Parallelize]
                    public static int[,] Grid(int n) => new int[n, n];

                    [Parallelize]
                    public static partial int[,] Half(int n);

                    public static partial int[,] Half(int n) => new int[n, n / 2];

                    public static int Run(int n)
                    {
                        [Other.Parallelize]
                        static int Local(int k) => k;

                        return Local(n);
                    }
                }

                namespace Other
                {
                    public sealed class ParallelizeAttribute : Attribute
                    {
                    }
                }
                """);
        }
    }
}
