using DuckDB.NET.Data;

namespace Parley.Store.Queries;

/// <summary>
/// Rankings (<c>parley top actors|dyads|codes|places</c>): most events first, ties by key. Each row also counts the
/// distinct stories of its key: over the whole store by the first-in-story flags (one scan; see <see cref="StoryFirsts"/>),
/// with a filter or the one-a-day view by a distinct count of the matching events, since a filter may drop the
/// flagged event of a story and keep a later one.
/// </summary>
public static class TopQuery
{
    /// <summary>The <paramref name="limit"/> most frequent keys of <paramref name="kind"/> among the events of <paramref name="filter"/>.</summary>
    public static IReadOnlyList<TopRow> Run(EventStore store, TopKind kind, EventFilter filter, int limit)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(filter);
        var sql = new SqlConditions();
        filter.AddTo(sql);
        bool flagged = sql.Where.Length == 0 && !filter.Dedup;
        string text = $"""
            SELECT k, d, count(*) AS n, {(flagged ? "count(*) FILTER (WHERE first)" : "count(DISTINCT story_id)")}, avg(goldstein)
            FROM ({Rows(kind, filter.Relation, sql.Where, flagged)}) GROUP BY k, d ORDER BY n DESC, k, d LIMIT {sql.Parameter(Math.Max(0, limit))}
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

    // The rows ranked: key k, detail d, and either the story's first-in-story flag for the key or the story id.
    // Each kind is a fixed piece of SQL; only the filter's values and the limit are parameters.
    private static string Rows(TopKind kind, string relation, string where, bool flagged)
    {
        string and = where.Length == 0 ? "WHERE" : where + " AND";
        string Story(string flag) => flagged ? flag + " AS first" : "story_id";
        return kind switch
        {
            TopKind.Actors => $"""
                SELECT source_code AS k, NULL AS d, {Story("story_new_source")}, goldstein FROM {relation} {and} source_code IS NOT NULL
                UNION ALL
                SELECT target_code, NULL, {Story("story_new_target")}, goldstein FROM {relation} {and} target_code IS NOT NULL
                """,
            TopKind.Dyads => $"SELECT source_code AS k, target_code AS d, {Story("story_new_dyad")}, goldstein FROM {relation} {and} source_code IS NOT NULL AND target_code IS NOT NULL",
            TopKind.Codes => $"SELECT code AS k, name AS d, {Story("story_new_code")}, goldstein FROM {relation} {where}",
            TopKind.Places => $"SELECT location_name AS k, location_country AS d, {Story("story_new_place")}, goldstein FROM {relation} {and} location_name IS NOT NULL",
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown ranking"),
        };
    }
}
