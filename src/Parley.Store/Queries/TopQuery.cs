using DuckDB.NET.Data;

namespace Parley.Store.Queries;

/// <summary>Rankings (<c>parley top actors|dyads|codes|places</c>): most events first, ties by key.</summary>
public static class TopQuery
{
    /// <summary>The <paramref name="limit"/> most frequent keys of <paramref name="kind"/> among the events of <paramref name="filter"/>.</summary>
    public static IReadOnlyList<TopRow> Run(EventStore store, TopKind kind, EventFilter filter, int limit)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(filter);
        var sql = new SqlConditions();
        filter.AddTo(sql);
        string where = sql.Where;
        string and = where.Length == 0 ? "WHERE" : where + " AND";
        string relation = filter.Relation;
        // Each kind is a fixed piece of SQL; only the filter's values and the limit are parameters.
        string rows = kind switch
        {
            TopKind.Actors => $"""
                SELECT source_code AS k, NULL AS d, story_id, goldstein FROM {relation} {and} source_code IS NOT NULL
                UNION ALL
                SELECT target_code, NULL, story_id, goldstein FROM {relation} {and} target_code IS NOT NULL
                """,
            TopKind.Dyads => $"SELECT source_code AS k, target_code AS d, story_id, goldstein FROM {relation} {and} source_code IS NOT NULL AND target_code IS NOT NULL",
            TopKind.Codes => $"SELECT code AS k, name AS d, story_id, goldstein FROM {relation} {where}",
            TopKind.Places => $"SELECT location_name AS k, location_country AS d, story_id, goldstein FROM {relation} {and} location_name IS NOT NULL",
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown ranking"),
        };
        string text = $"""
            SELECT k, d, count(*) AS n, count(DISTINCT story_id), avg(goldstein)
            FROM ({rows}) GROUP BY k, d ORDER BY n DESC, k, d LIMIT {sql.Parameter(Math.Max(0, limit))}
            """;
        using DuckDBCommand command = sql.Command(store.Connection, text);
        using DuckDBDataReader reader = command.ExecuteReader();
        var result = new List<TopRow>();
        while (reader.Read())
        {
            result.Add(new TopRow(reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetInt64(2),
                reader.GetInt64(3), reader.IsDBNull(4) ? null : reader.GetDouble(4)));
        }
        return result;
    }
}
