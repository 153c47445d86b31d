using System.Text;
using Parley.Store.Output;
using Spectre.Console;

namespace Parley.Cli;

/// <summary>
/// Writes query results: a table when standard output is a terminal, JSONL when it is a file or pipe, or what
/// <c>--format</c> asks (table, jsonl, csv).
/// </summary>
internal static class QueryOutput
{
    /// <summary>Longest cell shown in a terminal table; the full text is in JSONL and CSV.</summary>
    private const int MaxCellWidth = 90;

    /// <summary>The format to use: <paramref name="format"/> checked, or the default for where standard output goes.</summary>
    public static string Resolve(string? format, params string[] allowed)
    {
        string chosen = string.IsNullOrWhiteSpace(format) ? (Console.IsOutputRedirected ? "jsonl" : "table") : format.Trim().ToLowerInvariant();
        if (!allowed.Contains(chosen))
        {
            throw new ArgumentException($"--format: '{format}' is not {string.Join(", ", allowed[..^1])} or {allowed[^1]}");
        }
        return chosen;
    }

    /// <summary>Writes <paramref name="table"/> to standard output in <paramref name="format"/>.</summary>
    public static void Write(ResultTable table, string format)
    {
        switch (format)
        {
            case "csv":
                using (var writer = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16))
                {
                    CsvTableWriter.Write(writer, table);
                }
                break;
            case "jsonl":
                using (var stream = new BufferedStream(Console.OpenStandardOutput(), 1 << 16))
                {
                    JsonlTableWriter.Write(stream, table);
                }
                break;
            default:
                WriteTable(table);
                break;
        }
    }

    private static void WriteTable(ResultTable result)
    {
        var table = new Table().Border(TableBorder.Rounded);
        foreach (string column in result.Columns)
        {
            table.AddColumn(new TableColumn(Markup.Escape(column)));
        }
        int rows = 0;
        foreach (IReadOnlyList<object?> row in result.Rows)
        {
            table.AddRow(row.Select(cell => new Spectre.Console.Text(Shorten(CellText.Of(cell)))).ToArray());
            rows++;
        }
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine($"[grey]{rows} rows[/]");
    }

    private static string Shorten(string text) => text.Length <= MaxCellWidth ? text : text[..(MaxCellWidth - 1)] + "…";
}
