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
    public sealed class Settings : StoreSettings
    {
        [CommandArgument(0, "<INPUT>")]
        [Description("Files, directories (recursive), http(s) URLs of feeds or pages, or '-' (standard input).")]
        public string[] Inputs { get; init; } = [];

        [CommandOption("--date <DATE>")]
        [Description("Date (YYYY-MM-DD) of stories that carry none (text and HTML files).")]
        public string? Date { get; init; }

        [CommandOption("--input-format <FORMAT>")]
        [Description("auto (default: by file extension or content), text, html, jsonl, sgml (Reuters-21578 archives) or feed (RSS/Atom).")]
        public string InputFormat { get; init; } = "auto";

        [CommandOption("--jobs <N>")]
        [Description("Worker threads that code stories (default: one per core).")]
        public int? Jobs { get; init; }

        [CommandOption("--dictionaries <PATH>")]
        [Description("Dictionary files or directories (TABARI/PETRARCH formats) instead of Parley's own.")]
        public string[]? Dictionaries { get; init; }

        [CommandOption("--strict")]
        [Description("Reject dictionary defects instead of skipping the line with a warning.")]
        public bool Strict { get; init; }

        [CommandOption("--all-modalities")]
        [Description("Also store negated, hypothetical and future events (marked in 'modality').")]
        public bool AllModalities { get; init; }

        [CommandOption("--model <DIR>")]
        [Description("Syntax model directory (default: the bundled English model).")]
        public string? Model { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (settings.Jobs is < 1)
        {
            throw new ArgumentException($"--jobs: {settings.Jobs} is not a positive number");
        }
        StoryInputFormat inputFormat = InputFormatOption.Parse(settings.InputFormat);
        DateOnly? date = DateOption.Parse(settings.Date);
        var clock = Stopwatch.StartNew();
        SyntaxModel model = SyntaxModel.Load(ModelLocator.Find(settings.Model));
        double modelSeconds = clock.Elapsed.TotalSeconds;
        CodingDictionaries dictionaries = DictionaryLocator.Load(settings.Dictionaries, settings.Strict);
        double dictionarySeconds = clock.Elapsed.TotalSeconds - modelSeconds;
        CodingOptions options = settings.AllModalities ? CodingOptions.Default.WithAllModalities() : CodingOptions.Default;
        using EventStore store = settings.Open(create: true);
        var pipeline = new IngestPipeline(store,
            () => new StoryCoderWorker(new StoryCoder(new SyntaxPipeline(model), new EventCoder(dictionaries, options))),
            new IngestOptions(settings.Jobs ?? Environment.ProcessorCount));
        string[] inputs = settings.Inputs.Select(i => i == InputReader.StandardInputName ? StoryReader.StandardInputArgument : i).ToArray();
        var input = new InputProgress(inputs);
        IEnumerable<StoryReadResult> stories = new StoryReader(inputFormat, date).Read(inputs).Select(item =>
        {
            input.Note(item.Origin, item.Story?.Text.Length ?? 0);
            return item;
        });
        IngestCounts counts = IngestProgressDisplay.Run(input, progress => pipeline.Run(stories, progress, cancellationToken));
        Console.Error.WriteLine(Summary(counts, store.Path, modelSeconds, dictionarySeconds));
        return counts.NewStories + counts.Skipped == 0 && counts.Failed > 0 ? 1 : 0;
    }

    private static string Summary(IngestCounts c, string db, double modelSeconds, double dictionarySeconds)
    {
        string failed = c.Failed > 0 ? $"{c.Failed} failed (see 'parley errors --db {db}')" : "0 failed";
        return string.Create(CultureInfo.InvariantCulture,
            $"ingested {c.NewStories} new stories ({c.Skipped} skipped, {failed}), {c.Events} events, {c.Sentences} sentences in {c.Elapsed.TotalSeconds:F1} s ({c.StoriesPerSecond:F1} stories/s, {c.EventsPerSecond:F1} events/s); model loaded in {modelSeconds:F2} s, dictionaries in {dictionarySeconds:F2} s");
    }
}
