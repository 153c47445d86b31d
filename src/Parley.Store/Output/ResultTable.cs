namespace Parley.Store.Output;

/// <summary>
/// A query result as named columns and rows of plain values (string, integer, double, <see cref="DateOnly"/> or null),
/// ready for a terminal table, CSV or JSONL. Rows may be lazy, so an export streams.
/// </summary>
/// <param name="Columns">The column names (snake_case, as in the store).</param>
/// <param name="Rows">The rows, each with one value per column.</param>
public sealed record ResultTable(IReadOnlyList<string> Columns, IEnumerable<IReadOnlyList<object?>> Rows);
