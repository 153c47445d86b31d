using Microsoft.AspNetCore.Mvc;
using Parley.Web.Api;

namespace Parley.Web.Rankings;

/// <summary>The query of the rankings (<c>/api/top/{kind}</c>, <c>/api/places</c>): the event filters and how many rows.</summary>
public sealed class RankingParameters : FilterParameters
{
    /// <summary>Rows to return (1–1000, default 20 for rankings, 200 for places).</summary>
    [FromQuery(Name = "limit")] public string? Limit { get; set; }
}
