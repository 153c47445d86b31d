using System.ComponentModel;
using System.Text;
using Parley.Store;
using Parley.Store.Output;
using Parley.Store.Queries;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley export --format jsonl|csv|gdelt|phoenix|parquet [--out F]</c>: the events matching the filters, in
/// Parley's JSONL contract, CSV with every field, GDELT 2.0 event columns (tab-separated), Phoenix columns (CSV) or
/// Parquet (written by DuckDB; needs <c>--out</c>).
/// </summary>
internal sealed class ExportCommand : Command<ExportCommand.Settings>
{
    public sealed class Settings : FilterSettings
    {
        [CommandOption("--format <FORMAT>")]
        [Description("jsonl (default), csv, gdelt (GDELT 2.0 event columns, tab-separated), phoenix (Phoenix columns, CSV) or parquet.")]
        public string Format { get; init; } = "jsonl";

        [CommandOption("--out <FILE>")]
        [Description("Write to FILE instead of standard output (required for parquet).")]
        public string? Out { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        string format = settings.Format.Trim().ToLowerInvariant();
        if (format is not ("jsonl" or "csv" or "gdelt" or "phoenix" or "parquet"))
        {
            throw new ArgumentException($"--format: '{settings.Format}' is not jsonl, csv, gdelt, phoenix or parquet");
        }
        EventFilter filter = settings.ToFilter();
        using EventStore store = settings.Open();
        if (format == "parquet")
        {
            string path = settings.Out ?? throw new ArgumentException("--out: parquet is written to a file; name it with --out FILE");
            long rows = ExportQuery.ToParquet(store, filter, path);
            Console.Error.WriteLine($"exported {rows} events to {path}");
            return 0;
        }
        using Stream output = settings.Out is null ? Console.OpenStandardOutput() : File.Create(settings.Out);
        using var buffered = new BufferedStream(output, 1 << 16);
        if (format == "jsonl")
        {
            using var writer = new StoredEventJsonlWriter(buffered, withStories: filter.Dedup);
            writer.WriteAll(EventQuery.Run(store, filter));
            return 0;
        }
        using var text = new StreamWriter(buffered, new UTF8Encoding(false), 1 << 16);
        switch (format)
        {
            case "csv":
                CsvTableWriter.Write(text, ResultTables.Events(EventQuery.Run(store, filter), filter.Dedup));
                break;
            case "gdelt":
                TsvTableWriter.Write(text, ExportQuery.Gdelt(store, filter));
                break;
            default:
                CsvTableWriter.Write(text, ExportQuery.Phoenix(store, filter));
                break;
        }
        return 0;
    }
}
