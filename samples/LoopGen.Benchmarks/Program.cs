using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;

namespace LoopGen.Benchmarks
{
    /// <summary>
    /// Runs the benchmarks: sequential M (baseline) vs the generated MParallel vs hand-written TPL.
    /// From the repository root:
    ///   dotnet run -c Release --project samples/LoopGen.Benchmarks -- --filter '*'
    /// or pick classes, e.g. --filter '*Mandelbrot*'. A ShortRun-like job (1 launch, 3 warm-up and
    /// 5 measured iterations) keeps the whole run (24 cases) to a few minutes on 2 cores.
    /// </summary>
    internal static class Program
    {
        private static void Main(string[] args)
        {
            IConfig config = DefaultConfig.Instance
                .AddJob(Job.ShortRun.WithIterationCount(5).WithId("ShortRun5"))
                .AddDiagnoser(MemoryDiagnoser.Default);
            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
        }
    }
}
