using Parley.Coding.Events;
using Parley.Store.Queries;

namespace Parley.Store.Output;

/// <summary>Query results as <see cref="ResultTable"/>s: what CSV, flat JSONL and terminal tables show.</summary>
public static class ResultTables
{
    /// <summary>Every field of the events, flattened as in the store's <c>events</c> table (CSV export).</summary>
    public static ResultTable Events(IEnumerable<StoredEvent> events, bool withStories)
    {
        ArgumentNullException.ThrowIfNull(events);
        string[] columns =
        [
            "story_id", "sentence_index", "date",
            "source_code", "source_text", "source_country", "source_sector",
            "target_code", "target_text", "target_country", "target_sector",
            "code", "root", "name", "quad_class", "goldstein", "plover_event", "plover_mode", "plover_context", "modality",
            "location_name", "location_country", "location_lat", "location_lon",
            "sentence", "sentence_start", "sentence_end", "source_start", "source_end",
            "trigger", "trigger_start", "trigger_end", "target_start", "target_end", "rule",
        ];
        return new ResultTable(withStories ? [.. columns, "stories"] : columns, events.Select(e => EventRow(e, withStories)));
    }

    /// <summary>The few fields a person reads first: date, who, what, whom, Goldstein, story and sentence.</summary>
    public static ResultTable EventSummaries(IEnumerable<StoredEvent> events, bool withStories)
    {
        ArgumentNullException.ThrowIfNull(events);
        string[] columns = ["date", "source", "code", "name", "target", "goldstein", "story_id", "sentence"];
        return new ResultTable(withStories ? [.. columns, "stories"] : columns, events.Select(s =>
        {
            CodedEvent e = s.Event;
            object?[] row = [e.Date, e.Source?.Code, e.Code, e.Cameo?.Name, e.Target?.Code, e.Cameo?.Goldstein, e.StoryId, s.Sentence];
            return withStories ? (IReadOnlyList<object?>)[.. row, s.Stories] : row;
        }));
    }

    /// <summary>A dyad time series: one row per period.</summary>
    public static ResultTable Dyad(IReadOnlyList<DyadPeriod> periods, string a, string b)
    {
        ArgumentNullException.ThrowIfNull(periods);
        bool named = Column(a) != Column(b);
        string aToB = named ? Column(a) + "_to_" + Column(b) : "a_to_b";
        string bToA = named ? Column(b) + "_to_" + Column(a) : "b_to_a";
        string[] columns = ["period", aToB, bToA, "events", "goldstein_sum", "goldstein_mean", "quad_0", "quad_1", "quad_2", "quad_3", "quad_4"];
        return new ResultTable(columns, periods.Select(p => (IReadOnlyList<object?>)
        [
            p.Period, p.AToB, p.BToA, p.Events, Math.Round(p.GoldsteinSum, 6), p.GoldsteinMean is { } m ? Math.Round(m, 6) : null,
            p.QuadClasses[0], p.QuadClasses[1], p.QuadClasses[2], p.QuadClasses[3], p.QuadClasses[4],
        ]));
    }

    /// <summary>A ranking; the key columns are named after <paramref name="kind"/>.</summary>
    public static ResultTable Top(TopKind kind, IReadOnlyList<TopRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        (string key, string? detail) = kind switch
        {
            TopKind.Actors => ("actor", (string?)null),
            TopKind.Dyads => ("source", "target"),
            TopKind.Codes => ("code", "name"),
            _ => ("place", "country"),
        };
        string[] columns = detail is null ? [key, "events", "stories", "goldstein_mean"] : [key, detail, "events", "stories", "goldstein_mean"];
        return new ResultTable(columns, rows.Select(r =>
        {
            object? mean = r.GoldsteinMean is { } m ? Math.Round(m, 6) : null;
            return detail is null ? (IReadOnlyList<object?>)[r.Key, r.Events, r.Stories, mean] : [r.Key, r.Detail, r.Events, r.Stories, mean];
        }));
    }

    /// <summary>The recorded errors.</summary>
    public static ResultTable Errors(IReadOnlyList<StoreError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return new ResultTable(["at", "origin", "story_id", "reason"],
            errors.Select(e => (IReadOnlyList<object?>)[e.At.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture), e.Origin, e.StoryId, e.Reason]));
    }

    /// <summary>The store's counts, one column each, in one row.</summary>
    public static ResultTable Stats(StoreStats stats)
    {
        ArgumentNullException.ThrowIfNull(stats);
        return new ResultTable(["stories", "sentences", "events", "errors", "first_date", "last_date", "schema_version"],
            [[stats.Stories, stats.Sentences, stats.Events, stats.Errors, stats.FirstDate, stats.LastDate, stats.SchemaVersion]]);
    }

    private static IReadOnlyList<object?> EventRow(StoredEvent s, bool withStories)
    {
        CodedEvent e = s.Event;
        EventEvidence ev = e.Evidence;
        var row = new List<object?>(36)
        {
            e.StoryId, e.SentenceIndex, e.Date,
            e.Source?.Code, e.Source?.Text, e.Source?.Country, e.Source?.Sector,
            e.Target?.Code, e.Target?.Text, e.Target?.Country, e.Target?.Sector,
            e.Code, e.Root, e.Cameo?.Name, e.Cameo?.QuadClass, e.Cameo?.Goldstein,
            Empty(e.Cameo?.PloverEvent), Empty(e.Cameo?.PloverMode), Empty(e.Cameo?.PloverContext), ModalityNames.Of(e.Modality),
            e.Location?.Name, e.Location?.Country, e.Location?.Latitude, e.Location?.Longitude,
            s.Sentence, ev.Sentence.Start, ev.Sentence.End, ev.Source?.Start, ev.Source?.End,
            s.Trigger, ev.Trigger.Start, ev.Trigger.End, ev.Target?.Start, ev.Target?.End, e.Rule,
        };
        if (withStories)
        {
            row.Add(s.Stories);
        }
        return row;
    }

    private static string? Empty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    // A column name from an actor argument: lower case, letters and digits only ("RUS" → "rus").
    private static string Column(string actor) =>
        new string(actor.Trim().ToLowerInvariant().Where(char.IsLetterOrDigit).ToArray()) is { Length: > 0 } s ? s : "actor";
}
