using Parley.Store;
using Parley.Store.Queries;
using Parley.Web.Api;

namespace Parley.Web.Events;

/// <summary>One page of events in listing order (date, undated last; story; position) and the cursor of the next page.</summary>
/// <param name="Events">The events of this page.</param>
/// <param name="NextCursor">Pass as <c>cursor</c> to get the next page; null on the last page.</param>
public sealed record EventPage(IReadOnlyList<ApiEvent> Events, string? NextCursor)
{
    /// <summary>Reads the page of at most <paramref name="limit"/> events after <paramref name="after"/>.</summary>
    internal static EventPage Read(EventStore store, EventFilter filter, EventCursor? after, int limit)
    {
        // One event more than the page holds tells whether a next page exists without a count query.
        var events = new List<ApiEvent>(limit);
        StoredEvent? last = null;
        bool more = false;
        foreach (StoredEvent stored in EventQuery.Run(store, filter, after, limit + 1))
        {
            if (events.Count == limit)
            {
                more = true;
                break;
            }
            events.Add(ApiEvent.From(stored));
            last = stored;
        }
        return new EventPage(events, more && last is not null ? last.Cursor.ToToken() : null);
    }
}
