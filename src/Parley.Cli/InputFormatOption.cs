using Parley.Text.Stories;

namespace Parley.Cli;

/// <summary>Parses <c>--input-format</c> values of the commands that read stories (<c>code</c>, <c>ingest</c>).</summary>
internal static class InputFormatOption
{
    public static StoryInputFormat Parse(string text) => text.ToLowerInvariant() switch
    {
        "auto" => StoryInputFormat.Auto,
        "text" => StoryInputFormat.Text,
        "html" => StoryInputFormat.Html,
        "jsonl" => StoryInputFormat.Jsonl,
        "sgml" => StoryInputFormat.ReutersSgml,
        "feed" => StoryInputFormat.Feed,
        _ => throw new ArgumentException($"--input-format: '{text}' is not auto, text, html, jsonl, sgml or feed"),
    };
}
