namespace Parley.Coding.Evaluation;

/// <summary>A gold record that was read but not scored, and why ("unknown PLOVER event type 'X'", "no example").</summary>
/// <param name="Id">The record's identifier.</param>
/// <param name="Line">The 1-based line where the record starts.</param>
/// <param name="Reason">Why it is not scored.</param>
public sealed record SkippedGoldRecord(string Id, int Line, string Reason);
