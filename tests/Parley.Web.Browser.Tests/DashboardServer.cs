using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Parley.Testing;

namespace Parley.Web.Browser.Tests;

/// <summary>The real Parley server, in-process on a free loopback port, over a store file.</summary>
internal sealed class DashboardServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private DashboardServer(WebApplication app, string url)
    {
        _app = app;
        Url = url;
    }

    /// <summary>The server's base URL (http://127.0.0.1:PORT), without a trailing slash.</summary>
    public string Url { get; }

    /// <summary>Starts the server over <paramref name="storePath"/>; with <paramref name="apiKey"/> it accepts posted stories.</summary>
    public static async Task<DashboardServer> StartAsync(string storePath, string? apiKey)
    {
        WebApplicationBuilder builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        // Port 0: the system picks a free port, so parallel runs never collide.
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var options = new ParleyWebOptions(storePath,
            ParleyServer.CoderFactory(TestPaths.ModelDirectory, [TestPaths.DictionaryDirectory!]), apiKey);
        WebApplication app = ParleyServer.Build(builder, options);
        await app.StartAsync();
        return new DashboardServer(app, app.Urls.First().TrimEnd('/'));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
