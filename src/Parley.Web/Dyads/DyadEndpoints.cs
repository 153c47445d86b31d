using Microsoft.AspNetCore.Http.HttpResults;
using Parley.Store.Queries;
using Parley.Web.Api;
using Parley.Web.Hosting;

namespace Parley.Web.Dyads;

/// <summary><c>GET /api/dyad</c>: the events between two actors per period, as <c>parley dyad A B --by P</c>.</summary>
internal static class DyadEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/dyad", Series)
            .Reading("DyadTimeline", "Dyads", "Events between two actors per day, week, month or year: both directions, Goldstein, quad classes.");
    }

    private static Results<Ok<DyadSeries>, ValidationProblem> Series([AsParameters] DyadParameters query, StoreAccess store)
    {
        var errors = new ApiErrors();
        EventFilter filter = query.ToFilter(errors);
        string? a = errors.Actor("a", query.A);
        string? b = errors.Actor("b", query.B);
        if (a is null && !errors.ByParameter.ContainsKey("a"))
        {
            errors.Add("a", "required: the first actor code (e.g. USA)");
        }
        if (b is null && !errors.ByParameter.ContainsKey("b"))
        {
            errors.Add("b", "required: the second actor code (e.g. RUS)");
        }
        PeriodUnit unit = ParseUnit(query.By, errors);
        if (errors.Any || a is null || b is null)
        {
            return TypedResults.ValidationProblem(errors.ByParameter);
        }
        IReadOnlyList<DyadPeriod> periods = store.Read(s => DyadQuery.Run(s, a, b, unit, filter));
        var points = new List<DyadPoint>(periods.Count);
        foreach (DyadPeriod period in periods)
        {
            points.Add(DyadPoint.From(period));
        }
        return TypedResults.Ok(new DyadSeries(a.ToUpperInvariant(), b.ToUpperInvariant(), unit.ToString().ToLowerInvariant(), points));
    }

    private static PeriodUnit ParseUnit(string? by, ApiErrors errors)
    {
        switch (by?.Trim().ToLowerInvariant())
        {
            case null or "" or "month":
                return PeriodUnit.Month;
            case "day":
                return PeriodUnit.Day;
            case "week":
                return PeriodUnit.Week;
            case "year":
                return PeriodUnit.Year;
            default:
                errors.Add("by", "must be day, week, month or year");
                return PeriodUnit.Month;
        }
    }
}
