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
    public sealed class Settings : StoryCodingSettings
    {
        [CommandArgument(0, "[INPUT]")]
        [Description("Files, directories, http(s) URLs of feeds or pages, or '-' (standard input, the default).")]
        public string[] Inputs { get; init; } = [];

        [CommandOption("--format <FORMAT>")]
        [Description("Output format: jsonl (default) or tsv.")]
        public string Format { get; init; } = "jsonl";

        [CommandOption("--output <FILE>")]
        [Description("Write events to FILE instead of standard output.")]
        public string? Output { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        CodingSetup setup = settings.Load();
        var coder = new StoryCoder(new SyntaxPipeline(setup.Model), new EventCoder(setup.Dictionaries, setup.Options));
        using IEventWriter writer = OpenWriter(settings);
        var clock = Stopwatch.StartNew();
        var tally = new CodingTally();
        foreach (StoryReadResult item in settings.ReadStories(settings.Inputs))
        {
            cancellationToken.ThrowIfCancellationRequested();
            CodeOne(item, coder, writer, tally, cancellationToken);
        }
        writer.Flush();
        tally.Report(coder.SentenceCount, clock.Elapsed.TotalSeconds, setup.ModelSeconds, setup.DictionarySeconds);
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
