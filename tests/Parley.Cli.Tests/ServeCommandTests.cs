using System.Diagnostics;
using System.Text.Json;
using Parley.Testing;

namespace Parley.Cli.Tests;

/// <summary><c>parley serve</c> as a user starts it: it listens on loopback, answers the API, and fails in one line without a store.</summary>
public sealed class ServeCommandTests
{
    private static readonly string Dictionaries = Path.Combine(AppContext.BaseDirectory, "Fixtures", "coder");

    [SkippableFact]
    public async Task ServesTheApiOfAStoreOnLoopback()
    {
        Skip.If(TestPaths.ModelDirectory == null, "no trained model in data/models/en");
        using var directory = new TempDirectory();
        string input = directory.Write("stories.jsonl",
            "{\"id\": \"a1\", \"date\": \"2016-03-01\", \"text\": \"Russia condemned France on Monday.\"}\n");
        string db = Path.Combine(directory.Path, "store.duckdb");
        var (exit, _, stderr) = ParleyProcess.Run("ingest", input, "--db", db, "--dictionaries", Dictionaries);
        Assert.True(exit == 0, stderr);

        using Process server = StartServer(db, out string url);
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri(url) };
            using JsonDocument health = JsonDocument.Parse(await client.GetStringAsync("/api/health"));
            Assert.Equal(1, health.RootElement.GetProperty("events").GetInt32());
            Assert.True(health.RootElement.GetProperty("read_only").GetBoolean());
            string page = await client.GetStringAsync("/");
            Assert.Contains("<html", page, StringComparison.OrdinalIgnoreCase);
        }
        finally
        {
            server.Kill(entireProcessTree: true);
        }
    }

    [Fact]
    public void AMissingStoreIsAOneLineError()
    {
        using var directory = new TempDirectory();
        string db = Path.Combine(directory.Path, "none.duckdb");
        var (exit, _, stderr) = ParleyProcess.Run("serve", "--db", db, "--urls", "http://127.0.0.1:0");
        Assert.Equal(1, exit);
        Assert.Single(stderr.Trim().Split('\n'));
        Assert.Contains(db, stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void AFileThatIsNotAStoreIsAOneLineError()
    {
        using var directory = new TempDirectory();
        string db = directory.Write("notes.duckdb", "these are notes, not a store\n");
        var (exit, _, stderr) = ParleyProcess.Run("serve", "--db", db, "--urls", "http://127.0.0.1:0");
        Assert.Equal(1, exit);
        Assert.Single(stderr.Trim().Split('\n'));
        Assert.Contains(db, stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void AShortApiKeyIsRefused()
    {
        var (exit, _, stderr) = ParleyProcess.Run("serve", "--db", "x.duckdb", "--api-key", "short");
        Assert.Equal(1, exit);
        Assert.Contains("--api-key", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://notaurl")]
    [InlineData("ftp://127.0.0.1:5080")]
    [InlineData("127.0.0.1:5080")]
    [InlineData(";")]
    public void AnAddressThatWouldListenEverywhereByMistakeIsRefused(string urls)
    {
        var (exit, _, stderr) = ParleyProcess.Run("serve", "--db", "x.duckdb", "--urls", urls);
        Assert.Equal(1, exit);
        Assert.StartsWith("parley: --urls:", stderr, StringComparison.Ordinal);
    }

    // Starts `parley serve` on a free loopback port and waits for the line that says where it listens.
    private static Process StartServer(string db, out string url)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string arg in new[] { Path.Combine(AppContext.BaseDirectory, "parley.dll"), "serve", "--db", db, "--urls", "http://127.0.0.1:0" })
        {
            info.ArgumentList.Add(arg);
        }
        var process = Process.Start(info) ?? throw new InvalidOperationException("could not start parley serve");
        _ = process.StandardOutput.ReadToEndAsync();
        Task<string?> line = process.StandardError.ReadLineAsync();
        if (!line.Wait(TimeSpan.FromSeconds(60)) || line.Result is not { } started || !started.Contains(" at http://", StringComparison.Ordinal))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"parley serve did not start: {(line.IsCompleted ? line.Result : "(no output in 60 s)")}");
        }
        url = started[(started.IndexOf(" at http://", StringComparison.Ordinal) + 4)..].Split(';')[0].Trim();
        return process;
    }
}
