using Microsoft.Net.Http.Headers;
using Parley.Coding.Places;

namespace Parley.Web.Dashboard;

/// <summary>The dashboard page and its files, and <c>GET /api/basemap</c>, the land outline its map draws.</summary>
internal static class DashboardEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        DashboardAssets assets = DashboardAssets.Load();
        foreach ((string path, (byte[] content, string type)) in assets.Files)
        {
            app.MapGet(path, (HttpContext context) =>
                {
                    // The page is small and changes with each build: revalidate rather than cache stale code.
                    context.Response.Headers[HeaderNames.CacheControl] = "no-cache";
                    return TypedResults.Bytes(content, type);
                })
                .ExcludeFromDescription();
        }
        var basemap = new Lazy<Basemap>(() => Basemap.From(Gazetteer.Default));
        app.MapGet("/api/basemap", () => TypedResults.Ok(basemap.Value))
            .WithName("Basemap")
            .WithTags("Dashboard")
            .WithSummary("Land cells (2° grid cells holding a city of the gazetteer) for drawing a map without tiles.");
        app.MapGet("/favicon.ico", () => TypedResults.NoContent()).ExcludeFromDescription();
    }
}
