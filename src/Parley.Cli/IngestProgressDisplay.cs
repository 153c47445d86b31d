using System.Globalization;
using Parley.Store.Ingest;
using Spectre.Console;

namespace Parley.Cli;

/// <summary>
/// The live line of an ingest on a terminal (standard error): stories new, skipped and failed, events, their rates,
/// and — when the inputs are files of known size — a bar with the share read and the time remaining. From standard
/// input the bar is indeterminate. When standard error is not a terminal nothing is drawn and only the final
/// summary is printed.
/// </summary>
internal static class IngestProgressDisplay
{
    public static IngestCounts Run(InputProgress input, Func<Action<IngestCounts>?, IngestCounts> work)
    {
        if (Console.IsErrorRedirected)
        {
            return work(null);
        }
        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        IngestCounts result = default;
        console.Progress()
            .AutoClear(true)
            .Columns(new SpinnerColumn(), new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(),
                new PercentageColumn(), new RemainingTimeColumn(), new ElapsedTimeColumn())
            .Start(context =>
            {
                ProgressTask task = context.AddTask("ingesting", autoStart: true, maxValue: Math.Max(1, input.Total));
                task.IsIndeterminate = input.Total == 0;
                result = work(counts =>
                {
                    task.Description = Describe(counts);
                    task.Value = input.Done;
                });
                task.StopTask();
            });
        return result;
    }

    private static string Describe(IngestCounts c) => string.Create(CultureInfo.InvariantCulture,
        $"ingesting: {c.NewStories:N0} new, {c.Skipped:N0} skipped, {c.Failed:N0} failed, {c.Events:N0} events · {c.StoriesPerSecond:F0} stories/s, {c.EventsPerSecond:F0} events/s");
}
