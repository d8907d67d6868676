// Placeholder so the solution builds before the benchmarks are written; replace freely.
namespace LoopGen.Benchmarks
{
    internal static class Program
    {
        private static void Main(string[] args)
        {
            BenchmarkDotNet.Running.BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        }
    }
}
