using System.Text.Json;
using System.Xml.Linq;
using Parley.Testing;

namespace Parley.Cli.Tests;

/// <summary><c>parley ingest</c>, <c>stats</c>, <c>events</c>, <c>dyad</c>, <c>top</c> and <c>errors</c> on a small JSONL fixture written for Parley.</summary>
public sealed class StoreCommandTests
{
    private static readonly string Dictionaries = Path.Combine(AppContext.BaseDirectory, "Fixtures", "coder");

    private const string Stories = """
        {"id": "a1", "date": "2016-03-01", "text": "Russia condemned France on Monday. Markets were calm."}
        {"id": "a2", "date": "2016-03-02", "text": "France condemned Russia. Ukraine condemned Russia."}
        {"id": "a3", "text":
        {"id": "a4", "date": "2016-03-09", "text": "Russian troops attacked Ukraine."}

        """;

    [SkippableFact]
    public void IngestThenStatsEventsDyadTopAndErrors()
    {
        Skip.If(TestPaths.ModelDirectory == null, "no trained model in data/models/en");
        using var directory = new TempDirectory();
        string input = directory.Write("stories.jsonl", Stories);
        string db = Path.Combine(directory.Path, "store.duckdb");

        var (exit, stdout, stderr) = ParleyProcess.Run("ingest", input, "--db", db, "--jobs", "2", "--dictionaries", Dictionaries);
        Assert.True(exit == 0, stderr);
        Assert.Equal("", stdout);
        Assert.Contains("ingested 3 new stories (0 skipped, 1 failed", stderr, StringComparison.Ordinal);
        Assert.Contains("4 events, 5 sentences", stderr, StringComparison.Ordinal);

        using (JsonDocument stats = JsonDocument.Parse(Run("stats", "--db", db, "--format", "json")))
        {
            JsonElement s = stats.RootElement;
            Assert.Equal((3, 5, 4, 1), (s.GetProperty("stories").GetInt32(), s.GetProperty("sentences").GetInt32(),
                s.GetProperty("events").GetInt32(), s.GetProperty("errors").GetInt32()));
        }

        // The store gives back exactly what `parley code` writes for the same stories.
        string coded = Run("code", input, "--dictionaries", Dictionaries);
        Assert.Equal(Sorted(coded), Sorted(Run("events", "--db", db, "--format", "jsonl")));

        Assert.Equal(
            "period,rus_to_fra,fra_to_rus,events,goldstein_sum,goldstein_mean,quad_0,quad_1,quad_2,quad_3,quad_4\r\n" +
            "2016-02-29,1,1,2,-4,-2,0,0,0,2,0\r\n",
            Run("dyad", "RUS", "FRA", "--db", db, "--format", "csv"));
        Assert.StartsWith("{\"code\":\"111\",\"name\":\"Criticize or denounce\",\"events\":3,\"stories\":2,",
            Run("top", "codes", "--db", db), StringComparison.Ordinal);
        string[] ukraine = Lines(Run("events", "--db", db, "--country", "UKR", "--format", "csv"));
        Assert.Equal(3, ukraine.Length);
        Assert.StartsWith("a2,1,2016-03-02,UKR,Ukraine,", ukraine[1], StringComparison.Ordinal);
        Assert.StartsWith("a4,0,2016-03-09,RUSMIL,Russian troops,RUS,MIL,UKR,", ukraine[2], StringComparison.Ordinal);
        Assert.StartsWith(input + ":3: invalid JSON", Run("errors", "--db", db), StringComparison.Ordinal);

        (exit, _, stderr) = ParleyProcess.Run("ingest", input, "--db", db, "--jobs", "1", "--dictionaries", Dictionaries);
        Assert.True(exit == 0, stderr);
        Assert.Contains("ingested 0 new stories (3 skipped, 1 failed", stderr, StringComparison.Ordinal);
        Assert.Contains("\"stories\":3,", Run("stats", "--db", db, "--format", "json"), StringComparison.Ordinal);
    }

    [SkippableFact]
    public void AnIngestKilledWithSigkillResumesWithExactlyOneCopyOfEveryStory()
    {
        Skip.If(TestPaths.ModelDirectory == null, "no trained model in data/models/en");
        using var directory = new TempDirectory();
        string[] sentences = ["Russia condemned France.", "Ukraine accused Russia.", "France met Ukraine.", "Markets were calm.", "Turkey imposed sanctions on Israel."];
        var lines = Enumerable.Range(0, 3000).Select(i =>
            JsonSerializer.Serialize(new { id = "k" + i, date = "2016-03-01", text = $"{sentences[i % 5]} {sentences[(i + 2) % 5]} Story {i} ends." }));
        string input = directory.Write("many.jsonl", string.Join("\n", lines) + "\n");
        string db = Path.Combine(directory.Path, "killed.duckdb");
        // A first story makes the store, so the write-ahead log that appears next comes from the big ingest's commits.
        Run("ingest", directory.Write("one.jsonl", "{\"id\": \"k0\", \"text\": \"Russia condemned France.\"}\n"), "--db", db, "--dictionaries", Dictionaries);
        using (var process = ParleyProcess.Start("ingest", input, "--db", db, "--jobs", "2", "--dictionaries", Dictionaries))
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            while (!process.HasExited && !(File.Exists(db + ".wal") && new FileInfo(db + ".wal").Length > 0) && clock.Elapsed < TimeSpan.FromMinutes(2))
            {
                Thread.Sleep(5);
            }
            process.Kill();
            process.WaitForExit();
        }
        using (JsonDocument partial = JsonDocument.Parse(Run("stats", "--db", db, "--format", "json")))
        {
            Assert.InRange(partial.RootElement.GetProperty("stories").GetInt32(), 1, 2999);
        }
        var (exit, _, stderr) = ParleyProcess.Run("ingest", input, "--db", db, "--jobs", "2", "--dictionaries", Dictionaries);
        Assert.True(exit == 0, stderr);
        using (JsonDocument stats = JsonDocument.Parse(Run("stats", "--db", db, "--format", "json")))
        {
            Assert.Equal(3000, stats.RootElement.GetProperty("stories").GetInt32());
        }
        // Story k0 came from one.jsonl with no date; every other event must be there exactly once.
        string[] expected = Sorted(Run("code", input, "--dictionaries", Dictionaries)).Where(l => !l.StartsWith("{\"story_id\":\"k0\"", StringComparison.Ordinal)).ToArray();
        string[] stored = Sorted(Run("events", "--db", db, "--format", "jsonl")).Where(l => !l.StartsWith("{\"story_id\":\"k0\"", StringComparison.Ordinal)).ToArray();
        Assert.True(expected.Length > 3000, $"{expected.Length} events");
        Assert.Equal(expected, stored);
    }

    [SkippableFact]
    public void DyadAndTopWithPlotWriteAnSvgChartAndStillPrintTheirRows()
    {
        Skip.If(TestPaths.ModelDirectory == null, "no trained model in data/models/en");
        using var directory = new TempDirectory();
        string input = directory.Write("stories.jsonl", Stories);
        string db = Path.Combine(directory.Path, "store.duckdb");
        Run("ingest", input, "--db", db, "--dictionaries", Dictionaries);
        XNamespace svg = "http://www.w3.org/2000/svg";

        string dyadPlot = Path.Combine(directory.Path, "dyad.svg");
        Assert.Equal(
            "period,rus_to_fra,fra_to_rus,events,goldstein_sum,goldstein_mean,quad_0,quad_1,quad_2,quad_3,quad_4\r\n" +
            "2016-02-29,1,1,2,-4,-2,0,0,0,2,0\r\n",
            Run("dyad", "RUS", "FRA", "--db", db, "--format", "csv", "--plot", dyadPlot));
        XDocument dyad = XDocument.Load(dyadPlot);
        Assert.Single(dyad.Descendants(svg + "rect"), e => (string?)e.Attribute("class") == "a-to-b");
        Assert.Single(dyad.Descendants(svg + "rect"), e => (string?)e.Attribute("class") == "b-to-a");
        Assert.Single(dyad.Descendants(svg + "rect"), e => (string?)e.Attribute("class") == "quad-3");
        Assert.Single(dyad.Descendants(svg + "circle"), e => (string?)e.Attribute("class") == "goldstein");

        string topPlot = Path.Combine(directory.Path, "top.svg");
        string[] top = Lines(Run("top", "actors", "--db", db, "--plot", topPlot));
        XDocument bars = XDocument.Load(topPlot);
        Assert.Equal(top.Length, bars.Descendants(svg + "rect").Count(e => (string?)e.Attribute("class") == "bar"));
        Assert.StartsWith("{\"actor\":\"RUS\"", top[0], StringComparison.Ordinal);

        string emptyPlot = Path.Combine(directory.Path, "empty.svg");
        var (exit, stdout, stderr) = ParleyProcess.Run("dyad", "USA", "CHN", "--db", db, "--format", "csv", "--plot", emptyPlot);
        Assert.True(exit == 0, stderr);
        Assert.StartsWith("period,", stdout, StringComparison.Ordinal);
        Assert.Contains("no events between USA and CHN", stderr, StringComparison.Ordinal);
        Assert.Contains(XDocument.Load(emptyPlot).Descendants(svg + "text"), t => t.Value == "no events");
    }

    [SkippableFact]
    public void IngestReadsAnRssFeedAndRecordsAMalformedOne()
    {
        Skip.If(TestPaths.ModelDirectory == null, "no trained model in data/models/en");
        using var directory = new TempDirectory();
        string feed = directory.Write("wire.rss", """
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0"><channel><title>Invented Wire</title>
            <item><title>Condemnation</title><guid>w1</guid><link>https://wire.example/w1</link>
            <pubDate>Tue, 01 Mar 2016 09:00:00 GMT</pubDate><description>&lt;p&gt;Russia condemned France.&lt;/p&gt;</description></item>
            <item><title>Raid</title><guid>w2</guid><pubDate>Wed, 09 Mar 2016 09:00:00 GMT</pubDate>
            <description>Russian troops attacked Ukraine.</description></item>
            </channel></rss>
            """);
        string broken = directory.Write("broken.xml", "<rss version=\"2.0\">\n<channel>\n<item>\n</rss>\n");
        string db = Path.Combine(directory.Path, "feed.duckdb");
        var (exit, _, stderr) = ParleyProcess.Run("ingest", feed, broken, "--db", db, "--dictionaries", Dictionaries);
        Assert.True(exit == 0, stderr);
        Assert.Contains("ingested 2 new stories (0 skipped, 1 failed", stderr, StringComparison.Ordinal);
        string[] events = Lines(Run("events", "--db", db, "--format", "csv"));
        Assert.StartsWith("w1,0,2016-03-01,RUS,", events[1], StringComparison.Ordinal);
        Assert.StartsWith("w2,0,2016-03-09,RUSMIL,", events[2], StringComparison.Ordinal);
        Assert.StartsWith(broken + ":4: malformed feed", Run("errors", "--db", db), StringComparison.Ordinal);
        Assert.Contains("\"story_id\":\"w1\"", Run("code", feed, "--input-format", "feed", "--dictionaries", Dictionaries), StringComparison.Ordinal);
    }

    [Fact]
    public void AQueryOnAMissingStoreIsAOneLineError()
    {
        string db = Path.Combine(Path.GetTempPath(), "parley-missing-" + Guid.NewGuid().ToString("N") + ".duckdb");
        var (exit, _, stderr) = ParleyProcess.Run("stats", "--db", db);
        Assert.Equal(1, exit);
        Assert.Equal($"parley: {db}: no such store (create one with 'parley ingest')", stderr.Trim());
        Assert.False(File.Exists(db));
    }

    [Fact]
    public void CodeAndRootTogetherAreRefused()
    {
        using var directory = new TempDirectory();
        var (exit, _, stderr) = ParleyProcess.Run("events", "--db", Path.Combine(directory.Path, "x.duckdb"), "--code", "111", "--root", "11");
        Assert.Equal(1, exit);
        Assert.Contains("--code and --root", stderr, StringComparison.Ordinal);
    }

    private static string Run(params string[] args)
    {
        var (exit, stdout, stderr) = ParleyProcess.Run(args);
        Assert.True(exit == 0, $"parley {string.Join(' ', args)}: {stderr}");
        return stdout;
    }

    private static string[] Lines(string text) => text.Split(["\r\n", "\n"], StringSplitOptions.RemoveEmptyEntries);

    private static string[] Sorted(string text) => [.. Lines(text).Order(StringComparer.Ordinal)];
}
