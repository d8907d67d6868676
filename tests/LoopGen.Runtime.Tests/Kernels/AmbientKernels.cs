using System.Threading;
using LoopGen;

namespace LoopGen.Runtime.Tests.Kernels
{
    /// <summary>A nest that reads ambient state flowing with the execution context.</summary>
    public static partial class AmbientKernels
    {
        /// <summary>An offset the caller sets; it reaches worker threads with the caller's execution context.</summary>
        public static readonly AsyncLocal<int> Offset = new AsyncLocal<int>();

        [Parallelize]
        public static int[,] Shifted(int n, int m)
        {
            var cells = new int[n, m];
            for (int i = 0; i < n; i++)
            {
                for (int j = 0; j < m; j++)
                {
                    cells[i, j] = (i * m) + j + Offset.Value;
                }
            }

            return cells;
        }
    }
}
