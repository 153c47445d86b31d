using Parley.Store.Queries;

namespace Parley.Web.Rankings;

/// <summary>The places of the matching events with coordinates, most events first.</summary>
public sealed record PlaceList(IReadOnlyList<PlaceRow> Places);
