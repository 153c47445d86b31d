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

    // Regression floors just under the figures recorded in README.md; the accurate model must stay above the default.
    [SkippableTheory]
    [InlineData("en", 94.5, 84.0, 80.0)]
    [InlineData("en-accurate", 95.5, 87.0, 84.0)]
    public void EwtTestMeetsTheRecordedAccuracy(string model, double upos, double uas, double las)
    {
        string path = TestPaths.DataFile("ud/en_ewt/en_ewt-ud-test.conllu");
        Skip.IfNot(File.Exists(path), $"EWT test not found at {path}; set PARLEY_DATA to the shared data directory");
        var (exit, stdout, stderr) = ParleyProcess.Run("eval-syntax", path, "--json", "--model", model);
        Assert.True(exit == 0, stderr);
        using JsonDocument json = JsonDocument.Parse(stdout);
        Assert.True(json.RootElement.GetProperty("upos").GetDouble() >= upos, stdout);
        Assert.True(json.RootElement.GetProperty("uas").GetDouble() >= uas, stdout);
        Assert.True(json.RootElement.GetProperty("las").GetDouble() >= las, stdout);
    }

    [Fact]
    public void TheTaggerAndRelabellerCanRevisitEveryWord()
    {
        // The old behaviour, for comparison: every word through the tagger's second pass and the relabeller.
        string path = Path.Combine(Path.GetTempPath(), "parley-gold-" + Guid.NewGuid().ToString("N") + ".conllu");
        File.WriteAllText(path, Gold);
        var (exit, stdout, stderr) = ParleyProcess.Run("eval-syntax", path, "--json", "--model", "en-accurate", "--refine-all", "--relabel-all");
        Assert.True(exit == 0, stderr);
        using JsonDocument json = JsonDocument.Parse(stdout);
        Assert.Equal(5, json.RootElement.GetProperty("tokens").GetInt32());
    }

    [Fact]
    public void UnknownModelNameIsReported()
    {
        string path = Path.Combine(Path.GetTempPath(), "parley-gold-" + Guid.NewGuid().ToString("N") + ".conllu");
        File.WriteAllText(path, Gold);
        var (exit, _, stderr) = ParleyProcess.Run("eval-syntax", path, "--model", "en-huge");
        Assert.NotEqual(0, exit);
        Assert.Contains("en-huge", stderr, StringComparison.Ordinal);
        Assert.Contains("en-accurate", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--beam must be between 1 and 64", "--beam", "0")]
    [InlineData("--beam must be between 1 and 64", "--beam", "65")]
    [InlineData("--beam-margin must be a positive score", "--beam-margin", "0")]
    [InlineData("--beam-margin and --full-beam exclude each other", "--beam-margin", "160", "--full-beam")]
    [InlineData("--no-relabel and --relabel-all exclude each other", "--no-relabel", "--relabel-all")]
    public void ABeamOptionOutOfRangeIsRefused(string error, params string[] options)
    {
        string path = Path.Combine(Path.GetTempPath(), "parley-gold-" + Guid.NewGuid().ToString("N") + ".conllu");
        File.WriteAllText(path, Gold);
        var (exit, _, stderr) = ParleyProcess.Run(["eval-syntax", path, .. options]);
        Assert.NotEqual(0, exit);
        Assert.Contains(error, stderr, StringComparison.Ordinal);
    }
}
