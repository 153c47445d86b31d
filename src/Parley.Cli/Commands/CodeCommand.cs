using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using Parley.Coding.Coding;
using Parley.Coding.Events;
using Parley.Coding.Lexicon;
using Parley.Coding.Output;
using Parley.Syntax;
using Parley.Syntax.Model;
using Parley.Text.Stories;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley code [INPUT…]</c>: codes the events of stories (text, HTML or JSONL files, directories, or standard
/// input) and writes them as JSONL or GDELT-like TSV. A story that cannot be read or coded is reported on
/// standard error with its id and reason, and the run goes on.
/// </summary>
internal sealed class CodeCommand : Command<CodeCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "[INPUT]")]
        [Description("Files, directories, http(s) URLs of feeds or pages, or '-' (standard input, the default).")]
        public string[] Inputs { get; init; } = [];

        [CommandOption("--date <DATE>")]
        [Description("Date (YYYY-MM-DD) of stories that carry none (text and HTML files).")]
        public string? Date { get; init; }

        [CommandOption("--input-format <FORMAT>")]
        [Description("auto (default: by file extension or content), text, html, jsonl, sgml (Reuters-21578 archives) or feed (RSS/Atom).")]
        public string InputFormat { get; init; } = "auto";

        [CommandOption("--format <FORMAT>")]
        [Description("Output format: jsonl (default) or tsv.")]
        public string Format { get; init; } = "jsonl";

        [CommandOption("--dictionaries <PATH>")]
        [Description("Dictionary files or directories (TABARI/PETRARCH formats) instead of Parley's own.")]
        public string[]? Dictionaries { get; init; }

        [CommandOption("--output <FILE>")]
        [Description("Write events to FILE instead of standard output.")]
        public string? Output { get; init; }

        [CommandOption("--strict")]
        [Description("Reject dictionary defects instead of skipping the line with a warning.")]
        public bool Strict { get; init; }

        [CommandOption("--all-modalities")]
        [Description("Also emit negated, hypothetical and future events (marked in 'modality').")]
        public bool AllModalities { get; init; }

        [CommandOption("--model <DIR>")]
        [Description("Syntax model directory (default: the bundled English model).")]
        public string? Model { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        StoryInputFormat inputFormat = InputFormatOption.Parse(settings.InputFormat);
        DateOnly? date = DateOption.Parse(settings.Date);
        var clock = Stopwatch.StartNew();
        var syntax = new SyntaxPipeline(SyntaxModel.Load(ModelLocator.Find(settings.Model)));
        double modelSeconds = clock.Elapsed.TotalSeconds;
        CodingDictionaries dictionaries = DictionaryLocator.Load(settings.Dictionaries, settings.Strict);
        double dictionarySeconds = clock.Elapsed.TotalSeconds - modelSeconds;
        CodingOptions options = settings.AllModalities ? CodingOptions.Default.WithAllModalities() : CodingOptions.Default;
        var coder = new StoryCoder(syntax, new EventCoder(dictionaries, options));
        double loadSeconds = clock.Elapsed.TotalSeconds;
        var reader = new StoryReader(inputFormat, date);
        string[] inputs = settings.Inputs.Length == 0 ? [StoryReader.StandardInputArgument]
            : settings.Inputs.Select(i => i == InputReader.StandardInputName ? StoryReader.StandardInputArgument : i).ToArray();
        using IEventWriter writer = OpenWriter(settings);
        var tally = new CodingTally();
        foreach (StoryReadResult item in reader.Read(inputs))
        {
            cancellationToken.ThrowIfCancellationRequested();
            CodeOne(item, coder, writer, tally, cancellationToken);
        }
        writer.Flush();
        tally.Report(coder.SentenceCount, clock.Elapsed.TotalSeconds - loadSeconds, modelSeconds, dictionarySeconds);
        return tally.Stories == 0 && tally.Failed > 0 ? 1 : 0;
    }

    private static void CodeOne(StoryReadResult item, StoryCoder coder, IEventWriter writer, CodingTally tally, CancellationToken cancellationToken)
    {
        if (item.Story is not { } story)
        {
            tally.Fail(item.Message);
            return;
        }
        IReadOnlyList<CodedEvent> events;
        try
        {
            events = coder.Code(story, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            tally.Fail($"{story.Origin}: story '{story.Id}' could not be coded: {e.Message}");
            return;
        }
        writer.Write(story, events);
        tally.Coded(events.Count);
    }

    private static IEventWriter OpenWriter(Settings settings)
    {
        Stream stream = settings.Output is null ? Console.OpenStandardOutput() : File.Create(settings.Output);
        var buffered = new BufferedStream(stream, 1 << 16);
        return settings.Format.ToLowerInvariant() switch
        {
            "jsonl" => new JsonlEventWriter(buffered, ownsStream: true),
            "tsv" => new TsvEventWriter(new StreamWriter(buffered, new UTF8Encoding(false)), ownsWriter: true),
            _ => throw new ArgumentException($"--format: '{settings.Format}' is not jsonl or tsv"),
        };
    }
}
