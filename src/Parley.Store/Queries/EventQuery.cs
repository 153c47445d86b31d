using System.Globalization;
using DuckDB.NET.Data;
using Parley.Coding.Events;
using Parley.Coding.Ontology;

namespace Parley.Store.Queries;

/// <summary>Lists the events that match a filter (<c>parley events</c>, <c>parley export</c>), read lazily.</summary>
public static class EventQuery
{
    internal const string Columns = """
        story_id, sentence_index, date,
        source_code, source_text, source_country, source_sector,
        target_code, target_text, target_country, target_sector,
        code, root, name, quad_class, goldstein, plover_event, plover_mode, plover_context, modality,
        location_name, location_country, location_lat, location_lon,
        sentence, sentence_start, sentence_end, source_start, source_end,
        trigger, trigger_start, trigger_end, target_start, target_end, rule
        """;

    /// <summary>
    /// The events matching <paramref name="filter"/> in date order (undated last), then story and position; at most
    /// <paramref name="limit"/> when given. Rows are read as the caller enumerates, so exports stream.
    /// </summary>
    public static IEnumerable<StoredEvent> Run(EventStore store, EventFilter filter, int? limit = null) =>
        Run(store, filter, null, limit);

    /// <summary>
    /// As <see cref="Run(EventStore, EventFilter, int?)"/>, starting after <paramref name="after"/> (a page's last
    /// event, see <see cref="EventCursor"/>): keyset paging, so a page costs the same however deep it is.
    /// </summary>
    public static IEnumerable<StoredEvent> Run(EventStore store, EventFilter filter, EventCursor? after, int? limit)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(filter);
        var sql = new SqlConditions();
        filter.AddTo(sql);
        after?.AddTo(sql);
        string stories = filter.Dedup ? "stories" : "1";
        string text = $"SELECT {Columns}, event_index, {stories} FROM {filter.Relation} {sql.Where} ORDER BY date NULLS LAST, story_id, event_index";
        if (limit is { } n)
        {
            text += " LIMIT " + sql.Parameter(Math.Max(0, n));
        }
        return Read(sql.Command(store.Connection, text));
    }

    private static IEnumerable<StoredEvent> Read(DuckDBCommand command)
    {
        using (command)
        {
            using DuckDBDataReader reader = command.ExecuteReader();
            while (reader.Read())
            {
                yield return ReadRow(reader);
            }
        }
    }

    private static StoredEvent ReadRow(DuckDBDataReader r)
    {
        CharSpan sentence = new(r.GetInt32(25), r.GetInt32(26));
        CharSpan? sourceSpan = Span(r, 27);
        CharSpan trigger = new(r.GetInt32(30), r.GetInt32(31));
        CharSpan? targetSpan = Span(r, 32);
        string code = r.GetString(11);
        var e = new CodedEvent(
            r.GetString(0),
            r.GetInt32(1),
            r.IsDBNull(2) ? null : r.GetFieldValue<DateOnly>(2),
            Actor(r, 3, sourceSpan),
            Actor(r, 7, targetSpan),
            code,
            Cameo(r, code),
            ModalityNames.Parse(r.GetString(19)),
            Location(r),
            new EventEvidence(sentence, sourceSpan, trigger, targetSpan),
            r.GetString(34));
        return new StoredEvent(e, r.GetString(24), r.GetString(29), Convert.ToInt64(r.GetValue(36), CultureInfo.InvariantCulture),
            r.GetInt32(35));
    }

    private static EventActor? Actor(DuckDBDataReader r, int first, CharSpan? span) =>
        r.IsDBNull(first) ? null : new EventActor(r.GetString(first), r.GetString(first + 1), span ?? default);

    // Only the contract's fields are stored; a code outside CAMEO has no name and reads back as null.
    private static CameoCode? Cameo(DuckDBDataReader r, string code) => r.IsDBNull(13) ? null : new CameoCode(
        code, r.GetString(13), r.GetDouble(15), r.GetInt32(14), r.GetString(12),
        Text(r, 16), Text(r, 17), Text(r, 18));

    private static EventLocation? Location(DuckDBDataReader r) => r.IsDBNull(20) ? null : new EventLocation(
        r.GetString(20), r.GetString(21), r.GetDouble(22), r.GetDouble(23));

    private static CharSpan? Span(DuckDBDataReader r, int start) =>
        r.IsDBNull(start) ? null : new CharSpan(r.GetInt32(start), r.GetInt32(start + 1));

    private static string Text(DuckDBDataReader r, int i) => r.IsDBNull(i) ? "" : r.GetString(i);
}
