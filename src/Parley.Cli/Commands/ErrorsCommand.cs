using System.ComponentModel;
using Parley.Store;
using Parley.Store.Output;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands;

/// <summary><c>parley errors</c>: the stories and inputs that past ingests could not read or code, with the reason.</summary>
internal sealed class ErrorsCommand : Command<ErrorsCommand.Settings>
{
    public sealed class Settings : StoreSettings
    {
        [CommandOption("--format <FORMAT>")]
        [Description("text (default: 'ORIGIN: story ID: reason' lines), table, jsonl or csv.")]
        public string Format { get; init; } = "text";
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        string format = settings.Format.Trim().ToLowerInvariant();
        using EventStore store = settings.Open();
        IReadOnlyList<StoreError> errors = store.Errors();
        if (format != "text")
        {
            QueryOutput.Write(ResultTables.Errors(errors), QueryOutput.Resolve(format, "table", "jsonl", "csv"));
            return 0;
        }
        foreach (StoreError error in errors)
        {
            string story = error.StoryId is null ? "" : $"story '{error.StoryId}': ";
            Console.WriteLine($"{error.Origin}: {story}{error.Reason}");
        }
        return 0;
    }
}
