using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using Parley.Coding.Coding;
using Parley.Coding.Lexicon;
using Parley.Store;
using Parley.Store.Ingest;
using Parley.Syntax;
using Parley.Syntax.Model;
using Parley.Text.Stories;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley ingest INPUT…</c>: reads stories, codes them on N worker threads and writes stories and events to the
/// store. Stories already stored are skipped before coding; stories that cannot be read or coded are recorded in the
/// store's errors (<c>parley errors</c>) and the run goes on.
/// </summary>
internal sealed class IngestCommand : Command<IngestCommand.Settings>
{
    public sealed class Settings : StoryCodingSettings
    {
        [CommandArgument(0, "<INPUT>")]
        [Description("Files, directories (recursive), http(s) URLs of feeds or pages, or '-' (standard input).")]
        public string[] Inputs { get; init; } = [];

        [CommandOption("--db <FILE>")]
        [Description("The store file (default: parley.duckdb in the working directory).")]
        public string Db { get; init; } = EventStore.DefaultPath;

        [CommandOption("--jobs <N>")]
        [Description("Worker threads that code stories (default: one per core).")]
        public int? Jobs { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (settings.Jobs is < 1)
        {
            throw new ArgumentException($"--jobs: {settings.Jobs} is not a positive number");
        }
        CodingSetup setup = settings.Load();
        using EventStore store = EventStore.Open(settings.Db);
        var pipeline = new IngestPipeline(store,
            () => new StoryCoderWorker(new StoryCoder(new SyntaxPipeline(setup.Model), new EventCoder(setup.Dictionaries, setup.Options))),
            new IngestOptions(settings.Jobs ?? Environment.ProcessorCount));
        var input = new InputProgress(StoryCodingSettings.StoryInputs(settings.Inputs));
        IEnumerable<StoryReadResult> stories = settings.ReadStories(settings.Inputs).Select(item =>
        {
            input.Note(item.Origin, item.Story?.Text.Length ?? 0);
            return item;
        });
        IngestCounts counts = IngestProgressDisplay.Run(input, progress => pipeline.Run(stories, progress, cancellationToken));
        Console.Error.WriteLine(Summary(counts, store.Path, setup.ModelSeconds, setup.DictionarySeconds));
        return counts.NewStories + counts.Skipped == 0 && counts.Failed > 0 ? 1 : 0;
    }

    private static string Summary(IngestCounts c, string db, double modelSeconds, double dictionarySeconds)
    {
        string failed = c.Failed > 0 ? $"{c.Failed} failed (see 'parley errors --db {db}')" : "0 failed";
        return string.Create(CultureInfo.InvariantCulture,
            $"ingested {c.NewStories} new stories ({c.Skipped} skipped, {failed}), {c.Events} events, {c.Sentences} sentences in {c.Elapsed.TotalSeconds:F1} s ({c.StoriesPerSecond:F1} stories/s, {c.EventsPerSecond:F1} events/s); model loaded in {modelSeconds:F2} s, dictionaries in {dictionarySeconds:F2} s");
    }
}
