using System.Text.Json;
using Parley.Testing;

namespace Parley.Cli.Tests;

public sealed class EvalSyntaxCommandTests
{
    private const string Gold = "# sent_id = t1\n# text = Russia vetoed the resolution.\n1\tRussia\tRussia\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n2\tvetoed\tveto\tVERB\tVBD\t_\t0\troot\t_\t_\n3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_\n4\tresolution\tresolution\tNOUN\tNN\t_\t2\tobj\t_\tSpaceAfter=No\n5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

    [Fact]
    public void JsonOutputHasTheContractKeys()
    {
        string path = Path.Combine(Path.GetTempPath(), "parley-gold-" + Guid.NewGuid().ToString("N") + ".conllu");
        File.WriteAllText(path, Gold);
        var (exit, stdout, stderr) = ParleyProcess.Run("eval-syntax", path, "--json");
        Assert.True(exit == 0, stderr);
        using JsonDocument json = JsonDocument.Parse(stdout);
        foreach (string key in new[] { "tokens", "upos", "xpos", "lemma", "uas", "las", "tokens_per_second" })
        {
            Assert.True(json.RootElement.TryGetProperty(key, out _), key);
        }
        Assert.Equal(5, json.RootElement.GetProperty("tokens").GetInt32());
        Assert.Equal(100.0, json.RootElement.GetProperty("upos").GetDouble());
    }

    [Fact]
    public void MalformedConlluNamesFileAndLine()
    {
        string path = Path.Combine(Path.GetTempPath(), "parley-bad-" + Guid.NewGuid().ToString("N") + ".conllu");
        File.WriteAllText(path, "# text = x\n1\tx\tx\n");
        var (exit, _, stderr) = ParleyProcess.Run("eval-syntax", path);
        Assert.Equal(1, exit);
        Assert.Contains(path + ":2:", stderr, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void EwtTestMeetsTheRecordedAccuracy()
    {
        string path = TestPaths.DataFile("ud/en_ewt/en_ewt-ud-test.conllu");
        Skip.IfNot(File.Exists(path), $"EWT test not found at {path}; set PARLEY_DATA to the shared data directory");
        var (exit, stdout, stderr) = ParleyProcess.Run("eval-syntax", path, "--json");
        Assert.True(exit == 0, stderr);
        using JsonDocument json = JsonDocument.Parse(stdout);
        // Regression floors just under the figures recorded in README.md.
        Assert.True(json.RootElement.GetProperty("upos").GetDouble() >= 94.5, stdout);
        Assert.True(json.RootElement.GetProperty("uas").GetDouble() >= 84.0, stdout);
        Assert.True(json.RootElement.GetProperty("las").GetDouble() >= 80.0, stdout);
    }
}
