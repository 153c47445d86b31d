using Microsoft.AspNetCore.Mvc;
using Parley.Store.Queries;

namespace Parley.Web.Api;

/// <summary>
/// The event filters shared by the reading endpoints, as query parameters: the options of <c>parley events</c>.
/// Values arrive as text and are checked here, so a bad one is a 400 naming the parameter, not a binding failure.
/// </summary>
public class FilterParameters
{
    /// <summary>An actor code (prefix) on either side: RUS matches RUS, RUSGOV, RUSMIL.</summary>
    [FromQuery(Name = "actor")] public string? Actor { get; set; }

    /// <summary>The source actor code (prefix).</summary>
    [FromQuery(Name = "source")] public string? Source { get; set; }

    /// <summary>The target actor code (prefix).</summary>
    [FromQuery(Name = "target")] public string? Target { get; set; }

    /// <summary>The CAMEO event code or a prefix of it ("112").</summary>
    [FromQuery(Name = "code")] public string? Code { get; set; }

    /// <summary>The CAMEO root code ("19").</summary>
    [FromQuery(Name = "root")] public string? Root { get; set; }

    /// <summary>The first event date included (YYYY-MM-DD).</summary>
    [FromQuery(Name = "from")] public string? From { get; set; }

    /// <summary>The last event date included (YYYY-MM-DD).</summary>
    [FromQuery(Name = "to")] public string? To { get; set; }

    /// <summary>A country (ISO alpha-3) of the source, target or place.</summary>
    [FromQuery(Name = "country")] public string? Country { get; set; }

    /// <summary>Words that must all occur in the event's sentence.</summary>
    [FromQuery(Name = "text")] public string? Text { get; set; }

    /// <summary>Two actor codes separated by a comma ("USA,RUS"): events between them in either direction.</summary>
    [FromQuery(Name = "dyad")] public string? Dyad { get; set; }

    /// <summary>The place name of the events, exactly as the API gives it ("Kharkiv"); add country to tell namesakes apart.</summary>
    [FromQuery(Name = "place")] public string? Place { get; set; }

    /// <summary>true: actor, source, target and dyad match whole codes ("IND" is not INDGOV), not prefixes.</summary>
    [FromQuery(Name = "exact")] public string? Exact { get; set; }

    /// <summary>true: one event a day per (source, target, code), with the count of stories reporting it.</summary>
    [FromQuery(Name = "dedup")] public string? Dedup { get; set; }

    /// <summary>The filter these parameters describe; what is wrong goes to <paramref name="errors"/>.</summary>
    internal EventFilter ToFilter(ApiErrors errors)
    {
        var filter = new EventFilter
        {
            Actor = errors.Actor("actor", Actor),
            Source = errors.Actor("source", Source),
            Target = errors.Actor("target", Target),
            Code = errors.Digits("code", Code, 4),
            Root = errors.Digits("root", Root, 2),
            From = errors.Date("from", From),
            To = errors.Date("to", To),
            Country = errors.Actor("country", Country),
            Text = errors.Text("text", Text, 200),
            Dedup = errors.Flag("dedup", Dedup),
            ExactActors = errors.Flag("exact", Exact),
            Dyad = ParseDyad(errors),
            Place = errors.Text("place", Place, 200),
        };
        if (filter.From is { } from && filter.To is { } to && from > to)
        {
            errors.Add("to", $"{to:yyyy-MM-dd} is before from ({from:yyyy-MM-dd})");
        }
        return filter;
    }

    private (string, string)? ParseDyad(ApiErrors errors)
    {
        if (string.IsNullOrWhiteSpace(Dyad))
        {
            return null;
        }
        string[] actors = Dyad.Split(',', StringSplitOptions.TrimEntries);
        if (actors.Length != 2 || actors[0].Length == 0 || actors[1].Length == 0)
        {
            errors.Add("dyad", "two actor codes separated by a comma (USA,RUS)");
            return null;
        }
        string? a = errors.Actor("dyad", actors[0]);
        string? b = errors.Actor("dyad", actors[1]);
        return a is null || b is null ? null : (a, b);
    }
}
