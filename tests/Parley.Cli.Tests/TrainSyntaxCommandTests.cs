namespace Parley.Cli.Tests;

public sealed class TrainSyntaxCommandTests
{
    [Fact]
    public void RelabelAndNoRelabelTogetherAreRefused()
    {
        var (exit, _, stderr) = ParleyProcess.Run("train-syntax", "--train", "t.conllu", "--relabel", "--no-relabel");
        Assert.NotEqual(0, exit);
        Assert.Contains("--relabel and --no-relabel exclude each other", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--beam", "0", "--beam must be between 1 and 64")]
    [InlineData("--parse-beam", "65", "--parse-beam must be between 1 and 64")]
    [InlineData("--parse-margin", "0", "--parse-margin must be a positive score")]
    [InlineData("--parse-margin", "-3", "--parse-margin must be a positive score")]
    [InlineData("--parse-margin", "NaN", "--parse-margin must be a positive score")]
    [InlineData("--refine-margin", "0", "--refine-margin must be a positive score")]
    [InlineData("--relabel-margin", "-1", "--relabel-margin must be a positive score")]
    public void ABeamOptionOutOfRangeIsRefused(string option, string value, string error)
    {
        var (exit, _, stderr) = ParleyProcess.Run("train-syntax", "--train", "t.conllu", option, value);
        Assert.NotEqual(0, exit);
        Assert.Contains(error, stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void TheHelpDocumentsTheRelabellerOptions()
    {
        var (exit, stdout, _) = ParleyProcess.Run("train-syntax", "--help");
        Assert.Equal(0, exit);
        foreach (string option in new[] { "--relabel", "--no-relabel", "--relabel-epochs", "--relabel-trees", "--relabel-only" })
        {
            Assert.Contains(option, stdout, StringComparison.Ordinal);
        }
    }
}
