namespace Parley.Store.Output;

/// <summary>Writes a <see cref="ResultTable"/> as CSV (RFC 4180: header line, fields quoted when they hold a comma, quote or line break).</summary>
public static class CsvTableWriter
{
    /// <summary>Writes <paramref name="table"/> to <paramref name="writer"/>.</summary>
    public static void Write(TextWriter writer, ResultTable table)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(table);
        WriteRow(writer, table.Columns);
        foreach (IReadOnlyList<object?> row in table.Rows)
        {
            WriteRow(writer, row);
        }
        writer.Flush();
    }

    private static void WriteRow<T>(TextWriter writer, IReadOnlyList<T> cells)
    {
        for (int i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                writer.Write(',');
            }
            writer.Write(Quote(CellText.Of(cells[i])));
        }
        writer.Write("\r\n");
    }

    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
