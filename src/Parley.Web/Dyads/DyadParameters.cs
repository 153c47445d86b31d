using Microsoft.AspNetCore.Mvc;
using Parley.Web.Api;

namespace Parley.Web.Dyads;

/// <summary>The query of <c>GET /api/dyad</c>: the two actors, the period length, and the event filters.</summary>
public sealed class DyadParameters : FilterParameters
{
    /// <summary>The first actor code (prefix), e.g. USA.</summary>
    [FromQuery(Name = "a")] public string? A { get; set; }

    /// <summary>The second actor code (prefix), e.g. RUS.</summary>
    [FromQuery(Name = "b")] public string? B { get; set; }

    /// <summary>day, week, month (default) or year.</summary>
    [FromQuery(Name = "by")] public string? By { get; set; }
}
