using Microsoft.AspNetCore.Http.HttpResults;
using Parley.Store.Queries;
using Parley.Web.Api;
using Parley.Web.Hosting;

namespace Parley.Web.Events;

/// <summary><c>GET /api/events</c>: stored events that match the filters of <c>parley events</c>, a page at a time.</summary>
internal static class EventsEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/events", List)
            .Reading("ListEvents", "Events", "Stored events matching filters, in date order, paged with a cursor.");
    }

    private static Results<Ok<EventPage>, ValidationProblem> List(
        [AsParameters] EventListParameters query, StoreAccess store, ParleyWebOptions options)
    {
        var errors = new ApiErrors();
        EventFilter filter = query.ToFilter(errors);
        int limit = errors.Int("limit", query.Limit, 1, options.MaxPageSize, Math.Min(100, options.MaxPageSize));
        EventCursor? after = null;
        if (!string.IsNullOrEmpty(query.Cursor) && !EventCursor.TryParse(query.Cursor, out after))
        {
            errors.Add("cursor", "not a cursor given by this API (next_cursor of a previous page)");
        }
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.ByParameter);
        }
        return TypedResults.Ok(store.Read(s => EventPage.Read(s, filter, after, limit)));
    }
}
