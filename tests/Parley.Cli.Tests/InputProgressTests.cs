using Parley.Testing;

namespace Parley.Cli.Tests;

public sealed class InputProgressTests
{
    [Fact]
    public void ShareReadGrowsFileByFileAndNeverPassesTheTotal()
    {
        using var directory = new TempDirectory();
        string first = directory.Write("a.jsonl", new string('x', 100));
        string second = directory.Write("b.jsonl", new string('y', 300));
        var progress = new InputProgress([directory.Path]);
        Assert.Equal(400, progress.Total);
        progress.Note(first + ":1", 60);
        Assert.Equal(60, progress.Done);
        progress.Note(first + ":2", 60);
        Assert.Equal(100, progress.Done);
        progress.Note(second + ":1", 50);
        Assert.Equal(150, progress.Done);
    }

    [Fact]
    public void StandardInputHasNoKnownSize()
    {
        var progress = new InputProgress(["-"]);
        Assert.Equal(0, progress.Total);
        progress.Note("stdin", 10);
        Assert.Equal(0, progress.Done);
    }
}
