using System.Text;
using System.Text.Json;
using Parley.Testing;

namespace Parley.Cli.Tests;

/// <summary>The <c>parley code</c> contract: inputs, JSONL and TSV output, evidence spans, bad stories and dictionaries.</summary>
public sealed class CodeCommandTests
{
    private static readonly string Dictionaries = Path.Combine(AppContext.BaseDirectory, "Fixtures", "coder");

    private static readonly string[] EventKeys =
    [
        "story_id", "sentence_index", "date", "source", "target", "code", "root", "name", "quad_class", "goldstein",
        "plover", "modality", "location", "evidence", "rule",
    ];

    [SkippableFact]
    public void JsonlStoriesGiveJsonlEventsWithTheContractFields()
    {
        RequireModel();
        const string story = "Markets were calm. Russia condemned France on Monday.";
        string input = JsonLine("s1", "2016-03-01", story) + "\n";
        var (exit, stdout, stderr) = ParleyProcess.RunWithInput(Encoding.UTF8.GetBytes(input),
            "code", "-", "--input-format", "jsonl", "--dictionaries", Dictionaries);
        Assert.True(exit == 0, stderr);
        string line = Assert.Single(stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        using JsonDocument json = JsonDocument.Parse(line);
        JsonElement e = json.RootElement;
        foreach (string key in EventKeys)
        {
            Assert.True(e.TryGetProperty(key, out _), key);
        }
        Assert.Equal("s1", e.GetProperty("story_id").GetString());
        // "on Monday" in a story of Tuesday 2016-03-01: the event happened the day before.
        Assert.Equal("2016-02-29", e.GetProperty("date").GetString());
        Assert.Equal("RUS", e.GetProperty("source").GetProperty("code").GetString());
        Assert.Equal("FRA", e.GetProperty("target").GetProperty("country").GetString());
        Assert.Equal("111", e.GetProperty("code").GetString());
        Assert.Equal("11", e.GetProperty("root").GetString());
        Assert.Equal("asserted", e.GetProperty("modality").GetString());
        JsonElement evidence = e.GetProperty("evidence");
        Assert.Equal("Russia", Slice(story, evidence.GetProperty("source_span")));
        Assert.Equal("condemned", Slice(story, evidence.GetProperty("trigger_span")));
        Assert.Equal("France", Slice(story, evidence.GetProperty("target_span")));
        Assert.Equal("Russia condemned France on Monday.", evidence.GetProperty("sentence").GetString());
    }

    [SkippableFact]
    public void BadJsonlLineIsReportedAndTheRunGoesOn()
    {
        RequireModel();
        string input = "{\"id\": \"a\", \"text\": \n" + JsonLine("b", "2016-03-01", "Russia condemned France.") + "\n";
        var (exit, stdout, stderr) = ParleyProcess.RunWithInput(Encoding.UTF8.GetBytes(input),
            "code", "-", "--input-format", "jsonl", "--dictionaries", Dictionaries);
        Assert.Equal(0, exit);
        Assert.Contains(":1:", stderr, StringComparison.Ordinal);
        Assert.Contains("\"story_id\":\"b\"", stdout, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void TextFilesTakeTheirIdFromTheFileNameAndTheDateFromTheOption()
    {
        RequireModel();
        string directory = Directory.CreateTempSubdirectory("parley-code-").FullName;
        File.WriteAllText(Path.Combine(directory, "kyiv-report.txt"), "Russia attacked Ukraine on Sunday.");
        File.WriteAllText(Path.Combine(directory, "paris-note.txt"), "France condemned Russia.");
        var (exit, stdout, stderr) = ParleyProcess.Run("code", directory, "--date", "2022-03-01", "--format", "tsv",
            "--dictionaries", Dictionaries);
        Assert.True(exit == 0, stderr);
        string[] lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("StoryId\tSentenceIndex\tSQLDATE\tActor1Code", lines[0], StringComparison.Ordinal);
        Assert.Equal(3, lines.Length);
        // "on Sunday" in a story of Tuesday 2022-03-01.
        Assert.StartsWith("kyiv-report\t0\t20220227\tRUS\t", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("paris-note\t0\t20220301\tFRA\t", lines[2], StringComparison.Ordinal);
    }

    [SkippableFact]
    public void OutputOptionWritesAFile()
    {
        RequireModel();
        string output = Path.Combine(Path.GetTempPath(), "parley-events-" + Guid.NewGuid().ToString("N") + ".jsonl");
        var (exit, stdout, stderr) = ParleyProcess.RunWithInput(Encoding.UTF8.GetBytes("Russia condemned France."),
            "code", "-", "--date", "2016-01-01", "--output", output, "--dictionaries", Dictionaries);
        Assert.True(exit == 0, stderr);
        Assert.Equal("", stdout);
        Assert.Contains("\"code\":\"111\"", File.ReadAllText(output), StringComparison.Ordinal);
    }

    [Fact]
    public void DictionaryDefectIsAWarningNamingFileAndLineOrAnErrorWhenStrict()
    {
        string directory = Directory.CreateTempSubdirectory("parley-dict-").FullName;
        string verbs = Path.Combine(directory, "bad.verbs.txt");
        File.WriteAllText(verbs, "--- ATTACK [190] ---\nATTACK\n- * TOWN [19x]\n");
        var (exit, _, stderr) = ParleyProcess.RunWithInput(Encoding.UTF8.GetBytes("x"), "code", "-", "--dictionaries", verbs);
        Assert.Equal(0, exit);
        Assert.Contains("warning: " + verbs + ":3:", stderr, StringComparison.Ordinal);
        (exit, _, stderr) = ParleyProcess.RunWithInput(Encoding.UTF8.GetBytes("x"), "code", "-", "--dictionaries", verbs, "--strict");
        Assert.Equal(1, exit);
        Assert.Contains(verbs + ":3:", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void DictionaryOfUnknownKindIsAnError()
    {
        string path = Path.Combine(Path.GetTempPath(), "parley-" + Guid.NewGuid().ToString("N") + ".txt");
        File.WriteAllText(path, "RUSSIA [RUS]\n");
        var (exit, _, stderr) = ParleyProcess.RunWithInput(Encoding.UTF8.GetBytes("x"), "code", "-", "--dictionaries", path);
        Assert.Equal(1, exit);
        Assert.Contains("cannot tell the dictionary kind", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownOutputFormatIsAnError()
    {
        var (exit, _, stderr) = ParleyProcess.RunWithInput(Encoding.UTF8.GetBytes("x"), "code", "-", "--format", "xml",
            "--dictionaries", Dictionaries);
        Assert.NotEqual(0, exit);
        Assert.Contains("--format", stderr, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void ExplainShowsTheDecisions()
    {
        RequireModel();
        var (exit, stdout, stderr) = ParleyProcess.Run("explain", "Russia did not attack Ukraine.", "--dictionaries", Dictionaries);
        Assert.True(exit == 0, stderr);
        Assert.Contains("'Russia': actor RUS", stdout, StringComparison.Ordinal);
        Assert.Contains("negated", stdout, StringComparison.Ordinal);
    }

    private static void RequireModel() => Skip.If(TestPaths.ModelDirectory == null, "no trained model in data/models/en");

    private static string JsonLine(string id, string date, string text) =>
        JsonSerializer.Serialize(new Dictionary<string, string> { ["id"] = id, ["date"] = date, ["text"] = text });

    private static string Slice(string text, JsonElement span) => text[span[0].GetInt32()..span[1].GetInt32()];

    [SkippableFact]
    public void TheBundledDictionariesAndModelWorkFromAnyDirectory()
    {
        RequireModel();
        using var directory = new TempDirectory();
        var (exit, stdout, stderr) = ParleyProcess.RunIn(directory.Path, Encoding.UTF8.GetBytes("Russia condemned France on Monday."),
            "code", "-", "--date", "2016-03-01");
        Assert.True(exit == 0, stderr);
        Assert.Contains("\"code\":\"111\"", stdout, StringComparison.Ordinal);
        Assert.Contains("\"source\":{\"code\":\"RUS\"", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--dictionaries /nonexistent/parley-dictionaries", "/nonexistent/parley-dictionaries: no such dictionary file or directory")]
    [InlineData("--input-format xml", "--input-format: 'xml' is not")]
    [InlineData("--date 2016-13-45", "--date: '2016-13-45' is not a date")]
    public void BadOptionsAreOneLineErrorsNamingThem(string options, string message)
    {
        string[] args = ["code", "-", .. options.Split(' ')];
        var (exit, _, stderr) = ParleyProcess.RunWithInput(Encoding.UTF8.GetBytes("Russia condemned France."), args);
        Assert.Equal(1, exit);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
        Assert.Single(stderr.Trim().Split('\n'));
    }

    [Fact]
    public void ExplainingNothingIsAnError()
    {
        var (exit, _, stderr) = ParleyProcess.Run("explain", " ", "--dictionaries", Dictionaries);
        Assert.Equal(1, exit);
        Assert.Contains("the text to explain is empty", stderr, StringComparison.Ordinal);
    }
}
