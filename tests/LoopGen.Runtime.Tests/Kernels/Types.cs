namespace LoopGen.Runtime.Tests.Kernels
{
    /// <summary>A small value type used as a result element.</summary>
    public readonly record struct Cell(int Row, int Column, long Value);

    /// <summary>A mutable struct used as a result element (copied by value into the result).</summary>
    public struct Tally
    {
        public int Low;
        public int High;

        public override readonly string ToString() => $"Tally({this.Low},{this.High})";
    }
}
