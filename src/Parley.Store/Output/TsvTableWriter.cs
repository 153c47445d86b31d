namespace Parley.Store.Output;

/// <summary>
/// Writes a <see cref="ResultTable"/> as tab-separated values with a header line, as GDELT files are laid out; tabs and
/// line breaks inside a value become spaces so every row stays on one line.
/// </summary>
public static class TsvTableWriter
{
    /// <summary>Writes <paramref name="table"/> to <paramref name="writer"/>.</summary>
    public static void Write(TextWriter writer, ResultTable table)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(table);
        writer.Write(string.Join('\t', table.Columns));
        writer.Write('\n');
        foreach (IReadOnlyList<object?> row in table.Rows)
        {
            for (int i = 0; i < row.Count; i++)
            {
                if (i > 0)
                {
                    writer.Write('\t');
                }
                writer.Write(Clean(CellText.Of(row[i])));
            }
            writer.Write('\n');
        }
        writer.Flush();
    }

    private static string Clean(string value) =>
        value.AsSpan().IndexOfAny("\t\r\n") < 0 ? value : value.Replace('\t', ' ').Replace('\r', ' ').Replace('\n', ' ');
}
