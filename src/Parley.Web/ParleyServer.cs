using Microsoft.AspNetCore.Rewrite;
using Parley.Coding.Coding;
using Parley.Coding.Lexicon;
using Parley.Syntax;
using Parley.Syntax.Model;
using Parley.Web.Api;
using Parley.Web.Coding;
using Parley.Web.Dashboard;
using Parley.Web.Dyads;
using Parley.Web.Events;
using Parley.Web.Health;
using Parley.Web.Hosting;
using Parley.Web.Rankings;
using Parley.Web.Stories;

namespace Parley.Web;

/// <summary>
/// Parley's web server: the JSON API over the store (OpenAPI at <c>/openapi.json</c>), the dashboard page, and the
/// limits and headers that make it safe to leave running. <c>parley serve</c> and this project's own entry point both
/// build it here.
/// </summary>
public static class ParleyServer
{
    /// <summary>Where the server listens unless told otherwise: loopback only.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>
    /// Adds Parley's services to <paramref name="builder"/>, opens the store and returns the application with every
    /// endpoint mapped; the caller starts it. Throws with the store path in the message when the store cannot be opened.
    /// </summary>
    public static WebApplication Build(WebApplicationBuilder builder, ParleyWebOptions options)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        var store = StoreAccess.Open(options);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(_ => store);
        builder.Services.AddSingleton(_ => new CoderPool(options.CreateCoder));
        builder.Services.AddProblemDetails();
        builder.Services.ConfigureHttpJsonOptions(json => ApiJson.Configure(json.SerializerOptions));
        builder.Services.AddOpenApi("v1", openApi => openApi.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Parley";
            document.Info.Description = "Political events coded from news text: who did what to whom, when and where, with evidence.";
            return Task.CompletedTask;
        }));
        builder.Services.AddRateLimiter(limiter => RequestLimits.Configure(limiter, options));
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = options.MaxBodyBytes;
            kestrel.AddServerHeader = false;
        });
        WebApplication app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.Use(SecurityHeaders.Add);
        app.UseRewriter(new RewriteOptions().AddRewrite("^openapi\\.json$", "openapi/v1.json", skipRemainingRules: true));
        app.UseRateLimiter();
        app.MapOpenApi("/openapi/{documentName}.json");
        HealthEndpoints.Map(app);
        EventsEndpoints.Map(app);
        DyadEndpoints.Map(app);
        RankingEndpoints.Map(app);
        StoryEndpoints.Map(app);
        CodeEndpoints.Map(app);
        DashboardEndpoints.Map(app);
        return app;
    }

    /// <summary>
    /// The coder factory over the bundled (or given) model and dictionaries, shared by every coder it makes.
    /// </summary>
    public static Func<StoryCoder> CoderFactory(string? modelPath, IReadOnlyList<string>? dictionaryPaths)
    {
        SyntaxModel model = SyntaxModel.Load(ModelLocator.Find(modelPath));
        CodingDictionaries dictionaries = DictionaryLocator.Load(dictionaryPaths);
        return () => new StoryCoder(new SyntaxPipeline(model), new EventCoder(dictionaries, CodingOptions.Default));
    }

    /// <summary>
    /// Runs the server from command-line arguments (<c>--db F</c>, <c>--api-key K</c>, <c>--urls U</c>, <c>--model DIR</c>,
    /// <c>--dictionaries PATH</c>) until it is stopped; a store or model that cannot be opened is one line on standard
    /// error and exit code 1.
    /// </summary>
    public static int Run(string[] args)
    {
        WebApplicationBuilder builder = WebApplication.CreateBuilder(args);
        string urls = builder.Configuration["urls"] is { Length: > 0 } given ? given : DefaultUrls;
        try
        {
            CheckUrls(urls);
            builder.WebHost.UseUrls(urls);
            string? dictionaries = builder.Configuration["dictionaries"];
            var options = new ParleyWebOptions(builder.Configuration["db"] ?? Store.EventStore.DefaultPath,
                CoderFactory(builder.Configuration["model"], dictionaries is null ? null : [dictionaries]),
                NullIfEmpty(builder.Configuration["api-key"]));
            using WebApplication app = Build(builder, options);
            app.Run();
            return 0;
        }
        catch (Exception e) when (e is ArgumentException or IOException or InvalidDataException or UnauthorizedAccessException or DuckDB.NET.Data.DuckDBException)
        {
            Console.Error.WriteLine($"parley-web: {e.Message}");
            return 1;
        }
    }

    /// <summary>Throws <see cref="ArgumentException"/> naming --urls unless every address is an http(s) URL with an IP address or localhost.</summary>
    public static void CheckUrls(string urls)
    {
        // Kestrel listens on every interface for a host name it cannot bind ("http://example:5080"), so a typo would
        // expose the server: only IP addresses, localhost, and the explicit wildcards '*', '+' and 0.0.0.0 are taken.
        ArgumentNullException.ThrowIfNull(urls);
        string[] parts = urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 0)
        {
            throw new ArgumentException("--urls: no address given");
        }
        foreach (string url in parts)
        {
            string plain = url.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal);
            if (!Uri.TryCreate(plain, UriKind.Absolute, out Uri? uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
                || uri.AbsolutePath != "/")
            {
                throw new ArgumentException($"--urls: '{url}' is not an address like http://127.0.0.1:5080");
            }
            if (uri.HostNameType is not (UriHostNameType.IPv4 or UriHostNameType.IPv6) && uri.Host != "localhost")
            {
                throw new ArgumentException($"--urls: '{uri.Host}' is not an IP address or localhost (use 0.0.0.0 to listen on every interface)");
            }
        }
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
