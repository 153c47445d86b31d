using Parley.Store;
using Parley.Web.Hosting;

namespace Parley.Web.Health;

/// <summary><c>GET /api/health</c>: the server answers, reads its store, and says what the store holds.</summary>
internal static class HealthEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/health", (StoreAccess store, ParleyWebOptions options) =>
            {
                StoreStats stats = store.Read(s => s.Stats());
                return TypedResults.Ok(new HealthReport("ok", options.ReadOnly, stats.SchemaVersion, stats.Stories, stats.Sentences,
                    stats.Events, stats.Errors, stats.FirstDate, stats.LastDate));
            })
            .WithName("Health")
            .WithTags("Health")
            .WithSummary("Whether the server is up, whether it accepts writes, and the counts of its store.");
    }
}
