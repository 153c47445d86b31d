using System.ComponentModel;
using Parley.Store;
using Parley.Store.Charts;
using Parley.Store.Output;
using Parley.Store.Queries;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands;

/// <summary><c>parley top actors|dyads|codes|places</c>: the most frequent actors, source–target pairs, event codes or places.</summary>
internal sealed class TopCommand : Command<TopCommand.Settings>
{
    public sealed class Settings : FilterSettings
    {
        [CommandArgument(0, "<WHAT>")]
        [Description("actors, dyads, codes or places.")]
        public string What { get; init; } = "";

        [CommandOption("--limit <N>")]
        [Description("How many rows (default 20).")]
        public int Limit { get; init; } = 20;

        [CommandOption("--format <FORMAT>")]
        [Description("table (default on a terminal), jsonl (default otherwise) or csv.")]
        public string? Format { get; init; }

        [CommandOption("--plot <FILE>")]
        [Description("Also write an SVG bar chart of the ranking to FILE.")]
        public string? Plot { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        string format = QueryOutput.Resolve(settings.Format, "table", "jsonl", "csv");
        TopKind kind = settings.What.Trim().ToLowerInvariant() switch
        {
            "actors" => TopKind.Actors,
            "dyads" => TopKind.Dyads,
            "codes" => TopKind.Codes,
            "places" => TopKind.Places,
            _ => throw new ArgumentException($"top: '{settings.What}' is not actors, dyads, codes or places"),
        };
        if (settings.Limit < 0)
        {
            throw new ArgumentException($"--limit: {settings.Limit} is negative");
        }
        EventFilter filter = settings.ToFilter();
        using EventStore store = settings.Open();
        IReadOnlyList<TopRow> rows = TopQuery.Run(store, kind, filter, settings.Limit);
        if (settings.Plot != null)
        {
            // The chart draws the very rows printed below.
            PlotFile.Write(settings.Plot, stream => BarChart.Write(stream, kind, rows));
            if (rows.Count == 0)
            {
                Console.Error.WriteLine($"parley: no events to rank; {settings.Plot} says so");
            }
        }
        QueryOutput.Write(ResultTables.Top(kind, rows), format);
        return 0;
    }
}
