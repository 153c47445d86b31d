using System.ComponentModel;
using System.Globalization;
using Parley.Store;
using Parley.Store.Output;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands;

/// <summary><c>parley stats</c>: what the store holds — stories, sentences, events, errors, the span of event dates.</summary>
internal sealed class StatsCommand : Command<StatsCommand.Settings>
{
    public sealed class Settings : StoreSettings
    {
        [CommandOption("--format <FORMAT>")]
        [Description("text (default) or json (one object: stories, sentences, events, errors, first_date, last_date, schema_version).")]
        public string Format { get; init; } = "text";
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        string format = settings.Format.Trim().ToLowerInvariant();
        if (format is not ("text" or "json"))
        {
            throw new ArgumentException($"--format: '{settings.Format}' is not text or json");
        }
        using EventStore store = settings.Open();
        StoreStats stats = store.Stats();
        if (format == "json")
        {
            QueryOutput.Write(ResultTables.Stats(stats), "jsonl");
            return 0;
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            store      {store.Path} (schema {stats.SchemaVersion})
            stories    {stats.Stories}
            sentences  {stats.Sentences}
            events     {stats.Events}
            errors     {stats.Errors}
            dates      {CellText.Of(stats.FirstDate)} to {CellText.Of(stats.LastDate)}
            """));
        return 0;
    }
}
