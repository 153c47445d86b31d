namespace Parley.Coding.Evaluation;

/// <summary>How the events coded from one gold text compare with the gold.</summary>
/// <param name="RootHit">Some emitted event has an accepted root.</param>
/// <param name="FullMatch">Some emitted event has an accepted root and the gold source and target countries.</param>
/// <param name="Emitted">The number of events emitted.</param>
/// <param name="EmittedOnRoot">The number of emitted events with an accepted root (precision's numerator).</param>
/// <param name="Cause">Why the record is not fully matched, or null when it is.</param>
public sealed record EventScore(bool RootHit, bool FullMatch, int Emitted, int EmittedOnRoot, MissCause? Cause);
