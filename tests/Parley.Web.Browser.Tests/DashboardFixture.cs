using System.Text.Json;
using Microsoft.Playwright;
using Parley.Testing;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Parley.Web.Browser.Tests;

/// <summary>
/// Shared by the dashboard tests: the fixture store (the <see cref="FixtureStories"/> posted to a fresh server) and one
/// Chromium. Each test opens its own page in its own browser context. Nothing starts when Chromium is missing.
/// </summary>
public sealed class DashboardFixture(IMessageSink messages) : IAsyncLifetime
{
    private const string ApiKey = "browser-tests-key";
    private readonly TempDirectory _directory = new();
    private DashboardServer? _server;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private HttpClient? _client;

    /// <summary>The server's base URL.</summary>
    public string Url => _server?.Url ?? throw new InvalidOperationException(BrowserSupport.SkipReason);

    /// <summary>The browser all tests share.</summary>
    public IBrowser Browser => _browser ?? throw new InvalidOperationException(BrowserSupport.SkipReason);

    public async Task InitializeAsync()
    {
        if (BrowserSupport.SkipReason is not null)
        {
            // The runner lists skipped tests without their reasons at its usual verbosity; say it once here too.
            Say($"the browser tests are skipped: {BrowserSupport.SkipReason}");
            return;
        }
        _server = await DashboardServer.StartAsync(Path.Combine(_directory.Path, "fixture.duckdb"), ApiKey);
        await FixtureStories.PostAllAsync(_server.Url, ApiKey);
        _client = new HttpClient { BaseAddress = new Uri(_server.Url) };
        _playwright = await Playwright.CreateAsync();
        _browser = await BrowserSupport.LaunchAsync(_playwright);
        Say($"Chromium {_browser.Version}; screenshots and measurements go to {BrowserSupport.ArtifactsDirectory}");
    }

    /// <summary>
    /// Prints a line in the test run's own output (an xUnit diagnostic message, enabled in xunit.runner.json): test
    /// output is shown only for failures or at detailed verbosity, and figures and artifact paths must be seen.
    /// </summary>
    public void Say(string line) => messages.OnMessage(new DiagnosticMessage(line));

    /// <summary>GET <paramref name="path"/> of the API as JSON, for comparing what the page shows with what the API says.</summary>
    public async Task<JsonElement> GetJsonAsync(string path)
    {
        string text = await _client!.GetStringAsync(path);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }
        _playwright?.Dispose();
        _client?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
        _directory.Dispose();
    }
}
