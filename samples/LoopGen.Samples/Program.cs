// Placeholder so the solution builds before the samples are written; replace freely.
namespace LoopGen.Samples
{
    internal static class Program
    {
        private static void Main()
        {
            System.Console.WriteLine("LoopGen samples");
        }
    }
}
