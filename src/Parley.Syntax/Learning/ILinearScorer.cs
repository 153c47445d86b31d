namespace Parley.Syntax.Learning;

/// <summary>Adds per-class scores of a set of hashed features; implemented by training and compiled models alike.</summary>
internal interface ILinearScorer
{
    void AddScores(ReadOnlySpan<ulong> features, Span<float> scores);
}
