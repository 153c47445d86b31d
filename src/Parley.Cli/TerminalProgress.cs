using Spectre.Console;

namespace Parley.Cli;

/// <summary>
/// A progress bar on standard error, shown only when a person is watching: stderr is a terminal
/// while stdout goes to a file or pipe (so the bar never mixes with the output). Otherwise the work
/// runs silently.
/// </summary>
internal static class TerminalProgress
{
    public static void Run(string description, double total, Action<Action<double>> work)
    {
        if (Console.IsErrorRedirected || !Console.IsOutputRedirected || total <= 0)
        {
            work(_ => { });
            return;
        }
        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                ProgressTask task = context.AddTask(description, autoStart: true, maxValue: total);
                work(done => task.Increment(done));
            });
    }
}
