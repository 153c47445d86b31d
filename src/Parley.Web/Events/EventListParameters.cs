using Microsoft.AspNetCore.Mvc;
using Parley.Web.Api;

namespace Parley.Web.Events;

/// <summary>The query of <c>GET /api/events</c>: the event filters, a page size and where the page starts.</summary>
public sealed class EventListParameters : FilterParameters
{
    /// <summary>Events per page (1 to the server's maximum, default 100).</summary>
    [FromQuery(Name = "limit")] public string? Limit { get; set; }

    /// <summary>The <c>next_cursor</c> of the previous page; absent for the first page.</summary>
    [FromQuery(Name = "cursor")] public string? Cursor { get; set; }
}
