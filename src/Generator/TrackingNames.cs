namespace LoopGen.Generator
{
    /// <summary>The names of the generator's pipeline steps, read by the caching tests.</summary>
    internal static class TrackingNames
    {
        /// <summary>The transform: classify a [Parallelize] method and build its model.</summary>
        public const string Transform = nameof(Transform);

        /// <summary>The models that can be generated.</summary>
        public const string Output = nameof(Output);
    }
}
