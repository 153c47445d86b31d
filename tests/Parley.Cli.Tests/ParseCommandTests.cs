using System.Text;
using Parley.Testing;

namespace Parley.Cli.Tests;

public sealed class ParseCommandTests
{
    private const string Story = "Russia vetoed the French-drafted resolution on Saturday, U.N. diplomats said.\r\n\r\nThe talks didn't resume.";

    [Fact]
    public void PrintsConlluWhoseOffsetsSliceTheInput()
    {
        string path = TempFile(Encoding.UTF8.GetBytes(Story));
        var (exit, stdout, stderr) = ParleyProcess.Run("parse", path);
        Assert.True(exit == 0, stderr);
        int tokens = 0;
        foreach (string line in stdout.Split('\n'))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            string[] cols = line.TrimEnd('\r').Split('\t');
            Assert.Equal(10, cols.Length);
            string range = cols[9].Split('|')[0];
            Assert.StartsWith("TokenRange=", range, StringComparison.Ordinal);
            string[] bounds = range["TokenRange=".Length..].Split(':');
            int start = int.Parse(bounds[0], System.Globalization.CultureInfo.InvariantCulture);
            int end = int.Parse(bounds[1], System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(Story[start..end], cols[1]);
            tokens++;
        }
        Assert.True(tokens >= 18, $"only {tokens} tokens");
        Assert.Contains("# text = The talks didn't resume.", stdout, StringComparison.Ordinal);
        Assert.Contains("# sent_id = 2", stdout, StringComparison.Ordinal);
        Assert.Contains("\tveto\tVERB\tVBD\t", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadsStandardInput()
    {
        var (exit, stdout, _) = ParleyProcess.RunWithInput(Encoding.UTF8.GetBytes("Rebels shot two soldiers."), "parse", "-");
        Assert.Equal(0, exit);
        Assert.Contains("\tshoot\t", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void DecodesUtf16WithByteOrderMark()
    {
        byte[] bytes = [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("Thousands fled the city.")];
        var (exit, stdout, _) = ParleyProcess.Run("parse", TempFile(bytes));
        Assert.Equal(0, exit);
        Assert.Contains("\tflee\t", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void EmptyFileGivesEmptyOutput()
    {
        var (exit, stdout, stderr) = ParleyProcess.Run("parse", TempFile([]));
        Assert.True(exit == 0, stderr);
        Assert.DoesNotContain("# sent_id", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void BinaryFileIsAOneLineError()
    {
        var bytes = new byte[200_000];
        new Random(7).NextBytes(bytes);
        string path = TempFile(bytes);
        var (exit, stdout, stderr) = ParleyProcess.Run("parse", path);
        Assert.Equal(1, exit);
        Assert.Contains(path, stderr, StringComparison.Ordinal);
        Assert.Contains("binary file", stderr, StringComparison.Ordinal);
        Assert.Single(stderr.Trim().Split('\n'));
        Assert.DoesNotContain("# sent_id", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void JunkBytesInsideTextAreParsed()
    {
        // A story with a NUL, a stray control byte and invalid UTF-8 here and there is text, not binary: it is parsed.
        byte[] story = Encoding.UTF8.GetBytes("Rebels shot two soldiers near Aleppo on Monday. Officials said talks would resume.");
        byte[] bytes = [.. story[..20], 0x00, .. story[20..40], 0xC3, 0x28, .. story[40..60], 0x07, 0xFF, .. story[60..]];
        var (exit, stdout, stderr) = ParleyProcess.Run("parse", TempFile(bytes));
        Assert.True(exit == 0, stderr);
        Assert.Contains("\tshoot\t", stdout, StringComparison.Ordinal);
        Assert.Contains("# sent_id = 2", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void TenThousandTokenSentenceIsParsed()
    {
        var text = new StringBuilder();
        for (int i = 0; i < 5000; i++)
        {
            text.Append("talks and ");
        }
        var (exit, stdout, stderr) = ParleyProcess.Run("parse", TempFile(Encoding.UTF8.GetBytes(text.ToString())));
        Assert.True(exit == 0, stderr);
        Assert.Contains("TokenRange=", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void FiftyMegabytesWithoutANewlineStreamsOutput()
    {
        // A 50 MB single line: the first blocks must come out promptly (bounded memory, no hang).
        string path = Path.Combine(Path.GetTempPath(), "parley-huge-" + Guid.NewGuid().ToString("N") + ".txt");
        var chunk = Encoding.UTF8.GetBytes("Rebels shelled the northern districts and officials said talks would resume, ");
        using (var file = File.Create(path))
        {
            for (long written = 0; written < 50L << 20; written += chunk.Length)
            {
                file.Write(chunk);
            }
        }
        try
        {
            List<string> lines = ParleyProcess.FirstLines(2000, TimeSpan.FromSeconds(60), "parse", path);
            Assert.Equal(2000, lines.Count);
            Assert.Contains(lines, line => line.Contains("\tshell\t", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void MissingFileIsAOneLineError()
    {
        var (exit, _, stderr) = ParleyProcess.Run("parse", "/nonexistent/story.txt");
        Assert.Equal(1, exit);
        Assert.Contains("/nonexistent/story.txt", stderr, StringComparison.Ordinal);
        Assert.Single(stderr.Trim().Split('\n'));
    }

    private static string TempFile(byte[] content)
    {
        string path = Path.Combine(Path.GetTempPath(), "parley-test-" + Guid.NewGuid().ToString("N") + ".txt");
        File.WriteAllBytes(path, content);
        return path;
    }
}
