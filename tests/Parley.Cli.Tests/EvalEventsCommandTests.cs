using System.Text.Json;
using Parley.Testing;

namespace Parley.Cli.Tests;

public sealed class EvalEventsCommandTests : IDisposable
{
    // Invented gold records in the PLOVER layout, and tiny invented dictionaries in the PETRARCH formats.
    private const string Gold = """
        [
          { "id": "T-1", "date": "2001-02-03", "event": "DISAPPROVE", "text": "Freedonia condemned Sylvania on Monday.",
            "source": [ { "code": "FRE", "actorText": "Freedonia" } ], "target": [ { "code": "SYLGOV", "actorText": "Sylvania" } ] },
          { "id": "T-2", "event": "CONSULT", "text": "Rufus Firefly did not meet Sylvanian envoys.",
            "source": [ { "code": "FREGOV" } ], "target": [ { "code": "SYL" } ] },
          { "id": "T-3", "event": "WOBBLE", "text": "Freedonia wobbled." }
        ]
        """;

    private const string Actors = "# invented actors\nFREEDONIA_ [FRE]\n+FREEDONIAN_\nSYLVANIA_ [SYL]\n+SYLVANIAN_\nRUFUS_FIREFLY_ [FREGOV]\n";
    private const string Agents = "# invented agents\nENVOY [~GOV]\n";
    private const string Verbs = "# invented verbs\n--- CONDEMN [111] ---\nCONDEMN\nDENOUNCE\n\n--- MEET [040] ---\nMEET {MET MEETS MEETING}\n";

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "parley-eval-events-" + Guid.NewGuid().ToString("N"));

    public EvalEventsCommandTests()
    {
        Directory.CreateDirectory(Path.Combine(_directory, "dictionaries"));
        File.WriteAllText(Path.Combine(_directory, "gold.json"), Gold);
        File.WriteAllText(Path.Combine(_directory, "dictionaries", "test.actors.txt"), Actors);
        File.WriteAllText(Path.Combine(_directory, "dictionaries", "test.agents.txt"), Agents);
        File.WriteAllText(Path.Combine(_directory, "dictionaries", "test.verbs.txt"), Verbs);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string PathOf(string name) => Path.Combine(_directory, name);

    [Fact]
    public void JsonOutputHasTheContractKeys()
    {
        var (exit, stdout, stderr) = ParleyProcess.Run("eval-events", PathOf("gold.json"), "--json", "--dictionaries", PathOf("dictionaries"));
        Assert.True(exit == 0, stderr);
        using JsonDocument json = JsonDocument.Parse(stdout);
        JsonElement root = json.RootElement;
        foreach (string key in new[] { "records", "skipped", "root_accuracy", "full_match", "precision", "misses" })
        {
            Assert.True(root.TryGetProperty(key, out _), key);
        }
        Assert.Equal(2, root.GetProperty("records").GetInt32());
        Assert.Equal(1, root.GetProperty("skipped").GetInt32());
        Assert.Equal(50.0, root.GetProperty("root_accuracy").GetDouble());
        Assert.Equal(50.0, root.GetProperty("full_match").GetDouble());
        Assert.Equal(100.0, root.GetProperty("precision").GetDouble());
        JsonElement misses = root.GetProperty("misses");
        Assert.Equal(["no actor", "no verb", "modality", "wrong code", "wrong actor", "no event"], misses.EnumerateObject().Select(p => p.Name));
        // "did not meet" is negated: nothing asserted, but coding every modality finds the consultation.
        Assert.Equal(1, misses.GetProperty("modality").GetInt32());
    }

    [Fact]
    public void AllModalitiesCountsTheFutureMeeting()
    {
        var (exit, stdout, stderr) = ParleyProcess.Run("eval-events", PathOf("gold.json"), "--json", "--all-modalities", "--dictionaries", PathOf("dictionaries"));
        Assert.True(exit == 0, stderr);
        using JsonDocument json = JsonDocument.Parse(stdout);
        Assert.Equal(100.0, json.RootElement.GetProperty("full_match").GetDouble());
    }

    [Fact]
    public void TextReportListsMissesByCause()
    {
        var (exit, stdout, stderr) = ParleyProcess.Run("eval-events", PathOf("gold.json"), "--dictionaries", PathOf("dictionaries"), "--misses", "5");
        Assert.True(exit == 0, stderr);
        Assert.Contains("records        2 scored, 1 skipped", stdout, StringComparison.Ordinal);
        Assert.Contains("root accuracy  50.00 %", stdout, StringComparison.Ordinal);
        Assert.Contains("T-3 (line 6): unknown PLOVER event type 'WOBBLE'", stdout, StringComparison.Ordinal);
        Assert.Contains("misses: modality (1)", stdout, StringComparison.Ordinal);
        Assert.Contains("with all modalities: FREGOV 040 SYLGOV [negated]", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownExtensionIsAnErrorNamingTheFile()
    {
        File.WriteAllText(PathOf("gold.txt"), "x");
        var (exit, _, stderr) = ParleyProcess.Run("eval-events", PathOf("gold.txt"), "--dictionaries", PathOf("dictionaries"));
        Assert.Equal(1, exit);
        Assert.Contains(PathOf("gold.txt") + ": unknown gold format", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void MalformedGoldNamesFileAndLine()
    {
        File.WriteAllText(PathOf("bad.json"), "[\n  { \"id\": \"A\", \"event\": \"AID\" }\n]\n");
        var (exit, _, stderr) = ParleyProcess.Run("eval-events", PathOf("bad.json"), "--dictionaries", PathOf("dictionaries"));
        Assert.Equal(1, exit);
        Assert.Contains(PathOf("bad.json") + ":2: record 'A': 'text' is missing", stderr, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void CodebookRunsWithoutActors()
    {
        string path = TestPaths.DataFile("gold/icews_cameo_codebook/cameo-codes.csv");
        Skip.IfNot(File.Exists(path), $"{path} is absent (no shared data on this machine)");
        var (exit, stdout, stderr) = ParleyProcess.Run("eval-events", path, "--json", "--dictionaries", PathOf("dictionaries"));
        Assert.True(exit == 0, stderr);
        using JsonDocument json = JsonDocument.Parse(stdout);
        Assert.Equal(276, json.RootElement.GetProperty("records").GetInt32());
        Assert.Equal(36, json.RootElement.GetProperty("skipped").GetInt32());
    }

    [SkippableTheory]
    [InlineData("gold/plover_gsr_cameo_dev.json", 86.0, 73.0, 80.0)]
    [InlineData("gold/icews_cameo_codebook/cameo-codes.csv", 79.0, 79.0, 75.0)]
    public void OwnDictionariesKeepTheirRecordedAccuracy(string gold, double root, double full, double precision)
    {
        string path = TestPaths.DataFile(gold);
        Skip.IfNot(File.Exists(path), $"{path} is absent (no shared data on this machine)");
        var (exit, stdout, stderr) = ParleyProcess.Run("eval-events", path, "--json");
        Assert.True(exit == 0, stderr);
        using JsonDocument json = JsonDocument.Parse(stdout);
        Assert.True(json.RootElement.GetProperty("root_accuracy").GetDouble() >= root, stdout);
        Assert.True(json.RootElement.GetProperty("full_match").GetDouble() >= full, stdout);
        Assert.True(json.RootElement.GetProperty("precision").GetDouble() >= precision, stdout);
    }
}
