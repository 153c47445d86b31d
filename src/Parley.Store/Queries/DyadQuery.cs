using DuckDB.NET.Data;

namespace Parley.Store.Queries;

/// <summary>
/// The time series of a dyad (<c>parley dyad A B</c>): for each period, the events between A and B in both directions,
/// their Goldstein sum and mean, and the quad-class breakdown. Actors match by code prefix, or as whole codes with
/// <see cref="EventFilter.ExactActors"/>, as in <see cref="EventFilter"/>;
/// undated events are left out.
/// </summary>
public static class DyadQuery
{
    /// <summary>The periods with at least one event between <paramref name="a"/> and <paramref name="b"/>, in order.</summary>
    public static IReadOnlyList<DyadPeriod> Run(EventStore store, string a, string b, PeriodUnit unit, EventFilter filter)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(filter);
        string actorA = EventFilter.Normalize(a) ?? throw new ArgumentException("dyad: actor A is empty");
        string actorB = EventFilter.Normalize(b) ?? throw new ArgumentException("dyad: actor B is empty");
        var sql = new SqlConditions();
        string pa = sql.Parameter(actorA);
        string pb = sql.Parameter(actorB);
        string aToB = filter.Directed(pa, pb);
        string bToA = filter.Directed(pb, pa);
        sql.Add("date IS NOT NULL");
        sql.Add($"({aToB} OR {bToA})");
        filter.AddTo(sql);
        // The unit is one of four fixed words chosen by the enum, never user text.
        string text = $"""
            SELECT CAST(date_trunc('{Unit(unit)}', date) AS DATE) AS period,
                count(*) FILTER (WHERE {aToB}), count(*) FILTER (WHERE {bToA}), count(*),
                coalesce(sum(goldstein), 0), avg(goldstein),
                count(*) FILTER (WHERE quad_class = 0), count(*) FILTER (WHERE quad_class = 1),
                count(*) FILTER (WHERE quad_class = 2), count(*) FILTER (WHERE quad_class = 3),
                count(*) FILTER (WHERE quad_class = 4)
            FROM {filter.Relation} {sql.Where}
            GROUP BY period ORDER BY period
            """;
        using DuckDBCommand command = sql.Command(store.Connection, text);
        using DuckDBDataReader reader = command.ExecuteReader();
        var periods = new List<DyadPeriod>();
        while (reader.Read())
        {
            periods.Add(new DyadPeriod(reader.GetFieldValue<DateOnly>(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3),
                reader.GetDouble(4), reader.IsDBNull(5) ? null : reader.GetDouble(5),
                [reader.GetInt64(6), reader.GetInt64(7), reader.GetInt64(8), reader.GetInt64(9), reader.GetInt64(10)]));
        }
        return periods;
    }

    private static string Unit(PeriodUnit unit) => unit switch
    {
        PeriodUnit.Day => "day",
        PeriodUnit.Week => "week",
        PeriodUnit.Month => "month",
        PeriodUnit.Year => "year",
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "unknown period"),
    };
}
