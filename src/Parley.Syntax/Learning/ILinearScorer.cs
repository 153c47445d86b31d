namespace Parley.Syntax.Learning;

/// <summary>Adds per-class scores of a set of hashed features; implemented by training and compiled models alike.</summary>
internal interface ILinearScorer
{
    void AddScores(ReadOnlySpan<ulong> features, Span<float> scores);

    /// <summary>
    /// Starts fetching what scoring <paramref name="features"/> will read, so that a caller can overlap those cache
    /// misses with other work; a hint that changes no score (the training model, in ordinary arrays, ignores it).
    /// </summary>
    void Prefetch(ReadOnlySpan<ulong> features)
    {
    }
}
