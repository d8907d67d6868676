using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;

namespace LoopGen.Benchmarks
{
    // Each class compares, in the same run: the sequential method M (baseline), the generated
    // MParallel, and three hand-written TPL versions (Parallel.For rows, flattened Partitioner ranges,
    // dynamically balanced rows). GlobalSetup checks that all of them agree.

    /// <summary>(a) The article's products table, List&lt;List&lt;int&gt;&gt;, at 3 x 3 and 2000 x 2000.</summary>
    public class ProductsTable
    {
        private List<int> outer = new List<int>();
        private List<int> inner = new List<int>();

        [Params(3, 2000)]
        public int N { get; set; }

        [GlobalSetup]
        public void Setup()
        {
            this.outer = Enumerable.Range(1, this.N).ToList();
            this.inner = Enumerable.Range(1, this.N).Select(x => x * 3).ToList();
            Check.Same(this.Sequential(), this.Generated(), this.TplRows(), this.TplFlat(), this.TplDynamic());
        }

        [Benchmark(Baseline = true, Description = "M (sequential)")]
        public List<List<int>> Sequential() => Kernels.Products(this.outer, this.inner);

        [Benchmark(Description = "MParallel (LoopGen)")]
        public List<List<int>> Generated() => Kernels.ProductsParallel(this.outer, this.inner);

        [Benchmark(Description = "TPL Parallel.For rows")]
        public List<List<int>> TplRows() => HandWritten.ProductsRows(this.outer, this.inner);

        [Benchmark(Description = "TPL flattened ranges")]
        public List<List<int>> TplFlat() => HandWritten.ProductsFlat(this.outer, this.inner);

        [Benchmark(Description = "TPL dynamic rows")]
        public List<List<int>> TplDynamic() => HandWritten.ProductsDynamic(this.outer, this.inner);
    }

    /// <summary>(b1) The triangular nest, for j &lt; i, cheap body, n = 4000 (8 million cells as List&lt;List&lt;int&gt;&gt;).</summary>
    public class TriangleCheap
    {
        [Params(4000)]
        public int N { get; set; }

        [GlobalSetup]
        public void Setup() => Check.Same(this.Sequential(), this.Generated(), this.TplRows(), this.TplFlat(), this.TplDynamic());

        [Benchmark(Baseline = true, Description = "M (sequential)")]
        public List<List<int>> Sequential() => Kernels.Triangle(this.N);

        [Benchmark(Description = "MParallel (LoopGen)")]
        public List<List<int>> Generated() => Kernels.TriangleParallel(this.N);

        [Benchmark(Description = "TPL Parallel.For rows")]
        public List<List<int>> TplRows() => HandWritten.TriangleRows(this.N);

        [Benchmark(Description = "TPL flattened ranges")]
        public List<List<int>> TplFlat() => HandWritten.TriangleFlat(this.N);

        [Benchmark(Description = "TPL dynamic rows")]
        public List<List<int>> TplDynamic() => HandWritten.TriangleDynamic(this.N);
    }

    /// <summary>(b2) The triangular nest with a heavy body (100 sin + 100 sqrt per cell), n = 400.</summary>
    public class TriangleHeavy
    {
        [Params(400)]
        public int N { get; set; }

        [GlobalSetup]
        public void Setup() => Check.Same(this.Sequential(), this.Generated(), this.TplRows(), this.TplFlat(), this.TplDynamic());

        [Benchmark(Baseline = true, Description = "M (sequential)")]
        public double[,] Sequential() => Kernels.HeavyTriangle(this.N);

        [Benchmark(Description = "MParallel (LoopGen)")]
        public double[,] Generated() => Kernels.HeavyTriangleParallel(this.N);

        [Benchmark(Description = "TPL Parallel.For rows")]
        public double[,] TplRows() => HandWritten.HeavyTriangleRows(this.N);

        [Benchmark(Description = "TPL flattened ranges")]
        public double[,] TplFlat() => HandWritten.HeavyTriangleFlat(this.N);

        [Benchmark(Description = "TPL dynamic rows")]
        public double[,] TplDynamic() => HandWritten.HeavyTriangleDynamic(this.N);
    }

    /// <summary>(c) A heavy independent nest: Mandelbrot 1000 x 1000, at most 200 iterations, into an int[,].</summary>
    public class MandelbrotSet
    {
        private const int MaxIterations = 200;

        [Params(1000)]
        public int Size { get; set; }

        [GlobalSetup]
        public void Setup() => Check.Same(this.Sequential(), this.Generated(), this.TplRows(), this.TplFlat(), this.TplDynamic());

        [Benchmark(Baseline = true, Description = "M (sequential)")]
        public int[,] Sequential() => Kernels.Mandelbrot(this.Size, this.Size, MaxIterations);

        [Benchmark(Description = "MParallel (LoopGen)")]
        public int[,] Generated() => Kernels.MandelbrotParallel(this.Size, this.Size, MaxIterations);

        [Benchmark(Description = "TPL Parallel.For rows")]
        public int[,] TplRows() => HandWritten.MandelbrotRows(this.Size, this.Size, MaxIterations);

        [Benchmark(Description = "TPL flattened ranges")]
        public int[,] TplFlat() => HandWritten.MandelbrotFlat(this.Size, this.Size, MaxIterations);

        [Benchmark(Description = "TPL dynamic rows")]
        public int[,] TplDynamic() => HandWritten.MandelbrotDynamic(this.Size, this.Size, MaxIterations);
    }

    /// <summary>(d) A double sum reduction over a 2000 x 2000 nest.</summary>
    public class DoubleSum
    {
        [Params(2000)]
        public int N { get; set; }

        [GlobalSetup]
        public void Setup() => Check.Close(this.Sequential(), this.Generated(), this.TplRows(), this.TplFlat(), this.TplDynamic());

        [Benchmark(Baseline = true, Description = "M (sequential)")]
        public double Sequential() => Kernels.SumOfRoots(this.N);

        [Benchmark(Description = "MParallel (LoopGen)")]
        public double Generated() => Kernels.SumOfRootsParallel(this.N);

        [Benchmark(Description = "TPL Parallel.For rows")]
        public double TplRows() => HandWritten.SumOfRootsRows(this.N);

        [Benchmark(Description = "TPL flattened ranges")]
        public double TplFlat() => HandWritten.SumOfRootsFlat(this.N);

        [Benchmark(Description = "TPL dynamic rows")]
        public double TplDynamic() => HandWritten.SumOfRootsDynamic(this.N);
    }

    /// <summary>(e) The heavy triangular similarity: dot products of 100-dimensional points for j &lt; i, double[][], n = 600.</summary>
    public class SimilarityTriangle
    {
        private double[][] points = Array.Empty<double[]>();

        [Params(600)]
        public int N { get; set; }

        [GlobalSetup]
        public void Setup()
        {
            var random = new Random(42);
            this.points = Enumerable.Range(0, this.N).Select(_ => Enumerable.Range(0, 100).Select(_ => random.NextDouble()).ToArray()).ToArray();
            Check.Same(this.Sequential(), this.Generated(), this.TplRows(), this.TplFlat(), this.TplDynamic());
        }

        [Benchmark(Baseline = true, Description = "M (sequential)")]
        public double[,] Sequential() => Kernels.Similarity(this.points);

        [Benchmark(Description = "MParallel (LoopGen)")]
        public double[,] Generated() => Kernels.SimilarityParallel(this.points);

        [Benchmark(Description = "TPL Parallel.For rows")]
        public double[,] TplRows() => HandWritten.SimilarityRows(this.points);

        [Benchmark(Description = "TPL flattened ranges")]
        public double[,] TplFlat() => HandWritten.SimilarityFlat(this.points);

        [Benchmark(Description = "TPL dynamic rows")]
        public double[,] TplDynamic() => HandWritten.SimilarityDynamic(this.points);
    }

    /// <summary>Checks, before measuring, that every variant computes what the sequential method computes.</summary>
    internal static class Check
    {
        public static void Same(params List<List<int>>[] results)
        {
            foreach (List<List<int>> r in results)
            {
                if (r.Count != results[0].Count || !r.Zip(results[0], (a, b) => a.SequenceEqual(b)).All(ok => ok))
                {
                    throw new InvalidOperationException("A variant's table differs from the sequential one.");
                }
            }
        }

        public static void Same<T>(params T[][,] results)
            where T : IEquatable<T>
        {
            foreach (T[,] r in results)
            {
                if (!r.Cast<T>().SequenceEqual(results[0].Cast<T>()))
                {
                    throw new InvalidOperationException("A variant's array differs from the sequential one.");
                }
            }
        }

        public static void Close(params double[] results)
        {
            foreach (double r in results)
            {
                if (Math.Abs(r - results[0]) > 1e-9 * Math.Abs(results[0]))
                {
                    throw new InvalidOperationException($"A variant's sum {r:R} is not close to the sequential {results[0]:R}.");
                }
            }
        }
    }
}
