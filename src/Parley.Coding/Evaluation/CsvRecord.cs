namespace Parley.Coding.Evaluation;

/// <summary>One record of a CSV file: its fields (quotes removed, doubled quotes undone) and the line it starts on.</summary>
/// <param name="Line">The 1-based line where the record starts (a quoted field may span lines).</param>
/// <param name="Fields">The field values.</param>
internal readonly record struct CsvRecord(int Line, IReadOnlyList<string> Fields);
