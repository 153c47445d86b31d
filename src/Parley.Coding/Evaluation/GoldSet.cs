namespace Parley.Coding.Evaluation;

/// <summary>The records of one gold file: those to score, and those read but skipped with a reason.</summary>
/// <param name="File">The gold file's path.</param>
/// <param name="Format">Its layout.</param>
/// <param name="Events">The records to score, in file order.</param>
/// <param name="Skipped">The records not scored, in file order.</param>
public sealed record GoldSet(string File, GoldFormat Format, IReadOnlyList<GoldEvent> Events, IReadOnlyList<SkippedGoldRecord> Skipped);
