using Microsoft.AspNetCore.Http.HttpResults;
using Parley.Store.Queries;
using Parley.Web.Api;
using Parley.Web.Hosting;

namespace Parley.Web.Rankings;

/// <summary>
/// <c>GET /api/top/{kind}</c> (as <c>parley top</c>) and <c>GET /api/places</c> (places with coordinates, for maps):
/// what the dashboard's network and map are drawn from.
/// </summary>
internal static class RankingEndpoints
{
    private const int MaxRows = 1000;

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/top/{kind}", Top)
            .Reading("Top", "Rankings", "The most frequent actors, dyads, codes or places among the matching events.");
        app.MapGet("/api/places", Places)
            .Reading("Places", "Rankings", "The places of the matching events with coordinates and event counts.");
    }

    private static Results<Ok<TopList>, ValidationProblem> Top(string kind, [AsParameters] RankingParameters query, StoreAccess store)
    {
        var errors = new ApiErrors();
        EventFilter filter = query.ToFilter(errors);
        int limit = errors.Int("limit", query.Limit, 1, MaxRows, 20);
        TopKind? parsed = kind.ToLowerInvariant() switch
        {
            "actors" => TopKind.Actors,
            "dyads" => TopKind.Dyads,
            "codes" => TopKind.Codes,
            "places" => TopKind.Places,
            _ => null,
        };
        if (parsed is null)
        {
            errors.Add("kind", "must be actors, dyads, codes or places");
        }
        if (errors.Any || parsed is not { } k)
        {
            return TypedResults.ValidationProblem(errors.ByParameter);
        }
        return TypedResults.Ok(new TopList(kind.ToLowerInvariant(), store.Read(s => TopQuery.Run(s, k, filter, limit))));
    }

    private static Results<Ok<PlaceList>, ValidationProblem> Places([AsParameters] RankingParameters query, StoreAccess store)
    {
        var errors = new ApiErrors();
        EventFilter filter = query.ToFilter(errors);
        int limit = errors.Int("limit", query.Limit, 1, MaxRows, 200);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ByParameter);
        }
        return TypedResults.Ok(new PlaceList(store.Read(s => PlaceQuery.Run(s, filter, limit))));
    }
}
