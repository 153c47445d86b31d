using System.ComponentModel;
using Parley.Store;
using Parley.Store.Charts;
using Parley.Store.Output;
using Parley.Store.Queries;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley dyad A B</c>: how relations between two actors moved — per day, week, month or year, the events in each
/// direction, their Goldstein sum and mean, and the quad-class breakdown.
/// </summary>
internal sealed class DyadCommand : Command<DyadCommand.Settings>
{
    public sealed class Settings : FilterSettings
    {
        [CommandArgument(0, "<A>")]
        [Description("First actor (code prefix: RUS matches RUSGOV).")]
        public string A { get; init; } = "";

        [CommandArgument(1, "<B>")]
        [Description("Second actor.")]
        public string B { get; init; } = "";

        [CommandOption("--by <PERIOD>")]
        [Description("day, week (default; weeks start on Monday), month or year.")]
        public string By { get; init; } = "week";

        [CommandOption("--format <FORMAT>")]
        [Description("table (default on a terminal), jsonl (default otherwise) or csv.")]
        public string? Format { get; init; }

        [CommandOption("--plot <FILE>")]
        [Description("Also write an SVG chart of the series to FILE: events each way, cooperation and conflict, mean Goldstein.")]
        public string? Plot { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        string format = QueryOutput.Resolve(settings.Format, "table", "jsonl", "csv");
        PeriodUnit unit = settings.By.Trim().ToLowerInvariant() switch
        {
            "day" => PeriodUnit.Day,
            "week" => PeriodUnit.Week,
            "month" => PeriodUnit.Month,
            "year" => PeriodUnit.Year,
            _ => throw new ArgumentException($"--by: '{settings.By}' is not day, week, month or year"),
        };
        EventFilter filter = settings.ToFilter();
        using EventStore store = settings.Open();
        IReadOnlyList<DyadPeriod> periods = DyadQuery.Run(store, settings.A, settings.B, unit, filter);
        if (settings.Plot != null)
        {
            // The chart draws the very rows printed below, so the two can never disagree.
            PlotFile.Write(settings.Plot, stream => DyadChart.Write(stream, periods, settings.A, settings.B, unit));
            if (periods.Count == 0)
            {
                Console.Error.WriteLine($"parley: no events between {settings.A} and {settings.B}; {settings.Plot} says so");
            }
        }
        QueryOutput.Write(ResultTables.Dyad(periods, settings.A, settings.B), format);
        return 0;
    }
}
