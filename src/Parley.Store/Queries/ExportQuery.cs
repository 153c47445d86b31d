using DuckDB.NET.Data;
using Parley.Store.Output;

namespace Parley.Store.Queries;

/// <summary>
/// The exports in other projects' column layouts — GDELT 2.0 events and Phoenix — and Parquet. Columns that
/// Parley has no value for are empty rather than guessed; each mapping is stated where it is built.
/// </summary>
public static class ExportQuery
{
    /// <summary>
    /// The 61 columns of a GDELT 2.0 event record. GLOBALEVENTID, the known-group, ethnic, religion and actor-geography
    /// columns, AvgTone and the FIPS country codes of places are empty (Parley has no such values; its place country is
    /// ISO alpha-3, not FIPS). IsRootEvent is 1 for events of a story's first sentence; QuadClass follows GDELT (1–4,
    /// statements in 1); NumMentions and NumArticles are the supporting stories (1 without <c>--dedup</c>); DATEADDED is
    /// the ingest time; SOURCEURL the story's URL, or its id when it has none.
    /// </summary>
    public static ResultTable Gdelt(EventStore store, EventFilter filter)
    {
        string actor1 = ActorColumns("source", "Actor1");
        string actor2 = ActorColumns("target", "Actor2");
        string select = $"""
            NULL::BIGINT AS GLOBALEVENTID, strftime(e.date, '%Y%m%d')::INTEGER AS SQLDATE, strftime(e.date, '%Y%m')::INTEGER AS MonthYear,
            year(e.date)::INTEGER AS Year, round(year(e.date) + (dayofyear(e.date) - 1) / 365.0, 4) AS FractionDate,
            {actor1}, {actor2},
            CASE WHEN e.sentence_index = 0 THEN 1 ELSE 0 END AS IsRootEvent,
            e.code AS EventCode, substr(e.code, 1, 3) AS EventBaseCode, e.root AS EventRootCode,
            CASE WHEN e.quad_class = 0 THEN 1 ELSE e.quad_class END AS QuadClass, e.goldstein AS GoldsteinScale,
            {Stories(filter)} AS NumMentions, 1 AS NumSources, {Stories(filter)} AS NumArticles, NULL::DOUBLE AS AvgTone,
            {NoGeo("Actor1Geo")}, {NoGeo("Actor2Geo")},
            NULL::INTEGER AS ActionGeo_Type, e.location_name AS ActionGeo_FullName,
            NULL AS ActionGeo_CountryCode, NULL AS ActionGeo_ADM1Code, NULL AS ActionGeo_ADM2Code,
            e.location_lat AS ActionGeo_Lat, e.location_lon AS ActionGeo_Long, NULL AS ActionGeo_FeatureID,
            strftime(s.ingested_at, '%Y%m%d%H%M%S') AS DATEADDED, coalesce(s.url, s.id) AS SOURCEURL
            """;
        return Rows(store, filter, select);
    }

    /// <summary>
    /// The columns of the Phoenix event data set (Cline Center historical Phoenix): actors split into entity (country or
    /// IGO), role and attribute; Phoenix quad classes (0–4); SentenceID is <c>STORY_SENTENCE</c>; Issues and StateName
    /// are empty; NewsSources is the story's source.
    /// </summary>
    public static ResultTable Phoenix(EventStore store, EventFilter filter)
    {
        const string select = """
            e.story_id || ':' || e.event_index AS EventID, strftime(e.date, '%Y%m%d') AS Date,
            year(e.date)::INTEGER AS Year, month(e.date)::INTEGER AS Month, day(e.date)::INTEGER AS Day,
            e.source_code AS SourceActorFull, e.source_country AS SourceActorEntity,
            nullif(substr(e.source_sector, 1, 3), '') AS SourceActorRole, nullif(substr(e.source_sector, 4), '') AS SourceActorAttribute,
            e.target_code AS TargetActorFull, e.target_country AS TargetActorEntity,
            nullif(substr(e.target_sector, 1, 3), '') AS TargetActorRole, nullif(substr(e.target_sector, 4), '') AS TargetActorAttribute,
            e.code AS EventCode, e.root AS EventRootCode, e.quad_class AS QuadClass, e.goldstein AS GoldsteinScore,
            NULL AS Issues, e.location_lat AS Lat, e.location_lon AS Lon, e.location_name AS LocationName, NULL AS StateName,
            e.location_country AS CountryCode, e.story_id || '_' || e.sentence_index AS SentenceID, s.url AS URLs, s.source AS NewsSources
            """;
        return Rows(store, filter, select);
    }

    /// <summary>Writes every field of the matching events (and <c>stories</c> with <c>--dedup</c>) to a Parquet file; returns the rows written.</summary>
    public static long ToParquet(EventStore store, EventFilter filter, string path)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var sql = new SqlConditions();
        filter.AddTo(sql);
        string stories = filter.Dedup ? ", stories" : "";
        string target = sql.Parameter(path);
        string text = $"""
            COPY (SELECT {EventQuery.Columns}{stories} FROM {filter.Relation} {sql.Where} ORDER BY date NULLS LAST, story_id, event_index)
            TO {target} (FORMAT parquet)
            """;
        using DuckDBCommand command = sql.Command(store.Connection, text);
        return command.ExecuteNonQuery();
    }

    private static ResultTable Rows(EventStore store, EventFilter filter, string select)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(filter);
        var sql = new SqlConditions();
        filter.AddTo(sql);
        // The filter's columns are unqualified; the view alias keeps them unambiguous next to the stories table.
        string text = $"""
            SELECT {select} FROM (SELECT * FROM {filter.Relation} {sql.Where}) e JOIN stories s ON s.id = e.story_id
            ORDER BY e.date NULLS LAST, e.story_id, e.event_index
            """;
        DuckDBCommand command = sql.Command(store.Connection, text);
        try
        {
            // The reader is opened now for its column names, and read when the caller enumerates the rows.
            DuckDBDataReader reader = command.ExecuteReader();
            string[] columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToArray();
            return new ResultTable(columns, Read(command, reader));
        }
        catch
        {
            command.Dispose();
            throw;
        }
    }

    private static IEnumerable<IReadOnlyList<object?>> Read(DuckDBCommand command, DuckDBDataReader reader)
    {
        using (command)
        using (reader)
        {
            while (reader.Read())
            {
                var row = new object?[reader.FieldCount];
                for (int i = 0; i < row.Length; i++)
                {
                    row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
                }
                yield return row;
            }
        }
    }

    private static string Stories(EventFilter filter) => filter.Dedup ? "e.stories" : "1";

    // GDELT's ten actor columns; type codes are the three-letter parts of Parley's sector ("GOVMIL" → GOV, MIL).
    private static string ActorColumns(string side, string prefix) => $"""
        e.{side}_code AS {prefix}Code, e.{side}_text AS {prefix}Name, e.{side}_country AS {prefix}CountryCode,
        NULL AS {prefix}KnownGroupCode, NULL AS {prefix}EthnicCode, NULL AS {prefix}Religion1Code, NULL AS {prefix}Religion2Code,
        nullif(substr(e.{side}_sector, 1, 3), '') AS {prefix}Type1Code, nullif(substr(e.{side}_sector, 4, 3), '') AS {prefix}Type2Code,
        nullif(substr(e.{side}_sector, 7, 3), '') AS {prefix}Type3Code
        """;

    private static string NoGeo(string prefix) => $"""
        NULL::INTEGER AS {prefix}_Type, NULL AS {prefix}_FullName, NULL AS {prefix}_CountryCode, NULL AS {prefix}_ADM1Code,
        NULL AS {prefix}_ADM2Code, NULL::DOUBLE AS {prefix}_Lat, NULL::DOUBLE AS {prefix}_Long, NULL AS {prefix}_FeatureID
        """;
}
