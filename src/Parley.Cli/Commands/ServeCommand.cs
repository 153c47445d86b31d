using System.ComponentModel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Parley.Web;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley serve</c>: the web API and dashboard over a store, on loopback unless told otherwise, read-only unless an
/// API key is set (then <c>POST /api/stories</c> writes, with that key).
/// </summary>
internal sealed class ServeCommand : AsyncCommand<ServeCommand.Settings>
{
    public sealed class Settings : StoreSettings
    {
        [CommandOption("--urls <URLS>")]
        [Description("Where to listen (default http://127.0.0.1:5080, loopback only); several separated by ';'.")]
        public string Urls { get; init; } = ParleyServer.DefaultUrls;

        [CommandOption("--api-key <KEY>")]
        [Description("Accept writes (POST /api/stories) from requests carrying this key in X-Api-Key; default $PARLEY_API_KEY. Without a key the server is read-only.")]
        public string? ApiKey { get; init; }

        [CommandOption("--model <DIR>")]
        [Description("Syntax model directory for coding posted text (default: the bundled English model).")]
        public string? Model { get; init; }

        [CommandOption("--dictionaries <PATH>")]
        [Description("Dictionary files or directories instead of Parley's own; repeat for each.")]
        public string[]? Dictionaries { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        string? key = settings.ApiKey ?? Environment.GetEnvironmentVariable("PARLEY_API_KEY");
        if (key is { Length: < 8 })
        {
            throw new ArgumentException("--api-key: use a key of at least 8 characters");
        }
        ParleyServer.CheckUrls(settings.Urls);
        var options = new ParleyWebOptions(settings.Db, ParleyServer.CoderFactory(settings.Model, settings.Dictionaries),
            string.IsNullOrEmpty(key) ? null : key);
        WebApplicationBuilder builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [] });
        builder.WebHost.UseUrls(settings.Urls);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        await using WebApplication app = ParleyServer.Build(builder, options);
        await app.StartAsync(cancellationToken);
        string mode = options.ReadOnly ? "read-only" : "writes with the API key";
        Console.Error.WriteLine($"parley: serving {settings.Db} ({mode}) at {string.Join(", ", app.Urls)}; Ctrl+C stops");
        if (!IsLoopback(settings.Urls))
        {
            Console.Error.WriteLine("parley: warning: listening beyond this machine; the API has no TLS of its own");
        }
        await app.WaitForShutdownAsync(cancellationToken);
        return 0;
    }

    private static bool IsLoopback(string urls)
    {
        foreach (string url in urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out Uri? uri) || !(uri.IsLoopback || uri.Host == "localhost"))
            {
                return false;
            }
        }
        return true;
    }
}
