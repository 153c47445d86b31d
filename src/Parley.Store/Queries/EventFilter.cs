namespace Parley.Store.Queries;

/// <summary>
/// Which events a query takes. Actor arguments match codes by prefix ("RUS" matches RUS, RUSGOV and RUSMIL), as do
/// event codes ("112" matches 112 and 1121–1125); every field is optional and the fields given must all hold.
/// </summary>
public sealed record EventFilter
{
    /// <summary>An actor on either side (source or target).</summary>
    public string? Actor { get; init; }

    /// <summary>The source actor.</summary>
    public string? Source { get; init; }

    /// <summary>The target actor.</summary>
    public string? Target { get; init; }

    /// <summary>The event code or a prefix of it.</summary>
    public string? Code { get; init; }

    /// <summary>The root code ("19"; "9" is read as "09").</summary>
    public string? Root { get; init; }

    /// <summary>The first event date included.</summary>
    public DateOnly? From { get; init; }

    /// <summary>The last event date included.</summary>
    public DateOnly? To { get; init; }

    /// <summary>A country (ISO alpha-3 as in actor codes) of the source, the target or the location.</summary>
    public string? Country { get; init; }

    /// <summary>Words that must all occur in the event's sentence (case-insensitive).</summary>
    public string? Text { get; init; }

    /// <summary>Two actors (code prefixes), one the source and the other the target, in either direction.</summary>
    public (string A, string B)? Dyad { get; init; }

    /// <summary>The place of the event (its name exactly, as the store writes it: "Kharkiv").</summary>
    public string? Place { get; init; }

    /// <summary>Only the events of this story (its id exactly).</summary>
    public string? StoryId { get; init; }

    /// <summary>
    /// Actor codes (actor, source, target, dyad) match whole codes instead of prefixes: "RUS" is Russia itself, not
    /// RUSGOV or RUSMIL (an edge of an actor network is between whole codes).
    /// </summary>
    public bool ExactActors { get; init; }

    /// <summary>The one-a-day view instead of every event (see <c>events_daily</c>).</summary>
    public bool Dedup { get; init; }

    /// <summary>No filter: every event.</summary>
    public static EventFilter All { get; } = new();

    /// <summary>The relation queried: <c>events</c> or the one-a-day view <c>events_daily</c>.</summary>
    internal string Relation => Dedup ? "events_daily" : "events";

    /// <summary>Adds the conditions of this filter to <paramref name="sql"/>.</summary>
    internal void AddTo(SqlConditions sql)
    {
        if (Normalize(Actor) is { } actor)
        {
            string p = sql.Parameter(actor);
            sql.Add($"({Matches("source_code", p)} OR {Matches("target_code", p)})");
        }
        if (Normalize(Source) is { } source)
        {
            sql.Add(Matches("source_code", sql.Parameter(source)));
        }
        if (Normalize(Target) is { } target)
        {
            sql.Add(Matches("target_code", sql.Parameter(target)));
        }
        if (Normalize(Code) is { } code)
        {
            sql.Add($"starts_with(code, {sql.Parameter(code)})");
        }
        if (Normalize(Root) is { } root)
        {
            sql.Add($"root = {sql.Parameter(root.Length == 1 ? "0" + root : root)}");
        }
        AddDates(sql);
        if (Dyad is { } dyad && Normalize(dyad.A) is { } a && Normalize(dyad.B) is { } b)
        {
            string pa = sql.Parameter(a);
            string pb = sql.Parameter(b);
            sql.Add($"({Directed(pa, pb)} OR {Directed(pb, pa)})");
        }
        if (!string.IsNullOrWhiteSpace(Place))
        {
            sql.Add($"location_name = {sql.Parameter(Place.Trim())}");
        }
        if (StoryId is not null)
        {
            sql.Add($"story_id = {sql.Parameter(StoryId)}");
        }
        if (Normalize(Country) is { } country)
        {
            string p = sql.Parameter(country);
            sql.Add($"(source_country = {p} OR target_country = {p} OR location_country = {p})");
        }
        foreach (string word in (Text ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            // contains() on lower-cased text needs no escaping of LIKE wildcards in the user's words.
            sql.Add($"contains(lower(sentence), {sql.Parameter(word.ToLowerInvariant())})");
        }
    }

    /// <summary>Adds only the date range of this filter to <paramref name="sql"/>.</summary>
    internal void AddDates(SqlConditions sql)
    {
        if (From is { } from)
        {
            sql.Add($"date >= {sql.Parameter(from)}");
        }
        if (To is { } to)
        {
            sql.Add($"date <= {sql.Parameter(to)}");
        }
    }

    /// <summary>
    /// The condition "source matches <paramref name="source"/> and target matches <paramref name="target"/>"
    /// (placeholders), by prefix or, with <see cref="ExactActors"/>, whole codes.
    /// </summary>
    internal string Directed(string source, string target) =>
        $"({Matches("source_code", source)} AND {Matches("target_code", target)})";

    // An actor column against a parameter: the whole code, or by prefix.
    private string Matches(string column, string parameter) =>
        ExactActors ? $"{column} = {parameter}" : $"starts_with({column}, {parameter})";

    /// <summary>Codes are upper case in the store; an empty option is no option.</summary>
    internal static string? Normalize(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : value.Trim().ToUpperInvariant();
}
