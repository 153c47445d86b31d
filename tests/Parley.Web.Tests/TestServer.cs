using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;

namespace Parley.Web.Tests;

/// <summary>The real application on ASP.NET's in-memory test server, with a client that talks to it.</summary>
internal sealed class TestServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TestServer(WebApplication app, HttpClient client)
    {
        _app = app;
        Client = client;
    }

    /// <summary>A client of the server (relative URLs).</summary>
    public HttpClient Client { get; }

    /// <summary>Builds and starts the application of <paramref name="options"/>.</summary>
    public static async Task<TestServer> StartAsync(ParleyWebOptions options)
    {
        WebApplicationBuilder builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        WebApplication app = ParleyServer.Build(builder, options);
        await app.StartAsync();
        return new TestServer(app, app.GetTestClient());
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
