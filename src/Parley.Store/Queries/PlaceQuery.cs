using DuckDB.NET.Data;

namespace Parley.Store.Queries;

/// <summary>
/// The places of the events that match a filter, with coordinates and counts, most events first: what a map needs,
/// where <see cref="TopQuery"/> ranks place names without coordinates.
/// </summary>
public static class PlaceQuery
{
    /// <summary>At most <paramref name="limit"/> places of the events of <paramref name="filter"/>.</summary>
    public static IReadOnlyList<PlaceRow> Run(EventStore store, EventFilter filter, int limit)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(filter);
        var sql = new SqlConditions();
        sql.Add("location_name IS NOT NULL");
        filter.AddTo(sql);
        string text = $"""
            SELECT location_name, location_country, location_lat, location_lon, count(*) AS n, avg(goldstein)
            FROM {filter.Relation} {sql.Where}
            GROUP BY location_name, location_country, location_lat, location_lon
            ORDER BY n DESC, location_name LIMIT {sql.Parameter(Math.Max(0, limit))}
            """;
        using DuckDBCommand command = sql.Command(store.Connection, text);
        using DuckDBDataReader r = command.ExecuteReader();
        var rows = new List<PlaceRow>();
        while (r.Read())
        {
            rows.Add(new PlaceRow(r.GetString(0), r.GetString(1), r.GetDouble(2), r.GetDouble(3), r.GetInt64(4),
                r.IsDBNull(5) ? null : r.GetDouble(5)));
        }
        return rows;
    }
}
