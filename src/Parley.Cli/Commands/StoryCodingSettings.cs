using System.ComponentModel;
using System.Diagnostics;
using Parley.Coding.Coding;
using Parley.Coding.Lexicon;
using Parley.Syntax.Model;
using Parley.Text.Stories;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands;

/// <summary>
/// The options of the commands that read and code stories (<c>parley code</c>, <c>parley ingest</c>), and the
/// loading they share: the input format and default date, the syntax model, the dictionaries and the coding options,
/// with the load times reported in their summaries.
/// </summary>
internal abstract class StoryCodingSettings : CommandSettings
{
    [CommandOption("--date <DATE>")]
    [Description("Date (YYYY-MM-DD) of stories that carry none (text and HTML files).")]
    public string? Date { get; init; }

    [CommandOption("--input-format <FORMAT>")]
    [Description("auto (default: by file extension or content), text, html, jsonl, sgml (Reuters-21578 archives) or feed (RSS/Atom).")]
    public string InputFormat { get; init; } = "auto";

    [CommandOption("--dictionaries <PATH>")]
    [Description("Dictionary files or directories (TABARI/PETRARCH formats) instead of Parley's own; repeat for each.")]
    public string[]? Dictionaries { get; init; }

    [CommandOption("--strict")]
    [Description("Reject dictionary defects instead of skipping the line with a warning.")]
    public bool Strict { get; init; }

    [CommandOption("--all-modalities")]
    [Description("Also code negated, hypothetical and future events (marked in 'modality').")]
    public bool AllModalities { get; init; }

    [CommandOption("--model <DIR>")]
    [Description("Syntax model directory (default: the bundled English model).")]
    public string? Model { get; init; }

    /// <summary>The stories of <paramref name="inputs"/> ("-" or nothing: standard input), read lazily.</summary>
    public IEnumerable<StoryReadResult> ReadStories(IReadOnlyList<string> inputs)
    {
        StoryInputFormat format = InputFormatOption.Parse(InputFormat);
        var reader = new StoryReader(format, DateOption.Parse(Date));
        return reader.Read(StoryInputs(inputs));
    }

    /// <summary>The inputs as the story reader names them: the CLI's stdin placeholder becomes "-".</summary>
    public static string[] StoryInputs(IReadOnlyList<string> inputs) => inputs.Count == 0
        ? [StoryReader.StandardInputArgument]
        : inputs.Select(i => i == InputReader.StandardInputName ? StoryReader.StandardInputArgument : i).ToArray();

    /// <summary>Loads the model and dictionaries and builds the coding options, timing each load.</summary>
    public CodingSetup Load()
    {
        DateOption.Parse(Date);
        InputFormatOption.Parse(InputFormat);
        var clock = Stopwatch.StartNew();
        SyntaxModel model = SyntaxModel.Load(ModelLocator.Find(Model));
        double modelSeconds = clock.Elapsed.TotalSeconds;
        CodingDictionaries dictionaries = DictionaryLocator.Load(Dictionaries, Strict);
        double dictionarySeconds = clock.Elapsed.TotalSeconds - modelSeconds;
        CodingOptions options = AllModalities ? CodingOptions.Default.WithAllModalities() : CodingOptions.Default;
        return new CodingSetup(model, dictionaries, options, modelSeconds, dictionarySeconds);
    }
}
