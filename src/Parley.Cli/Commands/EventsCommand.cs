using System.ComponentModel;
using Parley.Store;
using Parley.Store.Output;
using Parley.Store.Queries;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley events [filters]</c>: the stored events that match, as a table on a terminal, otherwise as JSONL in the
/// contract of <c>parley code</c> (or CSV with every field).
/// </summary>
internal sealed class EventsCommand : Command<EventsCommand.Settings>
{
    /// <summary>Rows shown in a terminal table when no <c>--limit</c> is given.</summary>
    private const int DefaultTableRows = 100;

    public sealed class Settings : FilterSettings
    {
        [CommandOption("--limit <N>")]
        [Description("At most N events (default: all; 100 in a terminal table).")]
        public int? Limit { get; init; }

        [CommandOption("--format <FORMAT>")]
        [Description("table (default on a terminal), jsonl (default otherwise) or csv.")]
        public string? Format { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        string format = QueryOutput.Resolve(settings.Format, "table", "jsonl", "csv");
        EventFilter filter = settings.ToFilter();
        if (settings.Limit is < 0)
        {
            throw new ArgumentException($"--limit: {settings.Limit} is negative");
        }
        using EventStore store = settings.Open();
        int? limit = settings.Limit ?? (format == "table" ? DefaultTableRows : null);
        IEnumerable<StoredEvent> events = EventQuery.Run(store, filter, limit);
        switch (format)
        {
            case "jsonl":
                using (var output = new BufferedStream(Console.OpenStandardOutput(), 1 << 16))
                using (var writer = new StoredEventJsonlWriter(output, withStories: filter.Dedup))
                {
                    writer.WriteAll(events);
                }
                break;
            case "csv":
                QueryOutput.Write(ResultTables.Events(events, filter.Dedup), "csv");
                break;
            default:
                QueryOutput.Write(ResultTables.EventSummaries(events, filter.Dedup), "table");
                break;
        }
        return 0;
    }
}
