using Parley.Coding.Events;
using Parley.Store.Queries;

namespace Parley.Web.Api;

/// <summary>
/// One event in the API: the fields of the <c>parley code</c> JSONL contract (same names, same nesting), plus its
/// position in the story and the number of stories that report it.
/// </summary>
public sealed record ApiEvent(
    string StoryId,
    int EventIndex,
    int SentenceIndex,
    DateOnly? Date,
    ApiActor? Source,
    ApiActor? Target,
    string Code,
    string Root,
    string? Name,
    int? QuadClass,
    double? Goldstein,
    ApiPlover? Plover,
    string Modality,
    ApiLocation? Location,
    ApiEvidence Evidence,
    string Rule,
    long Stories)
{
    /// <summary>The API form of an event read from the store.</summary>
    public static ApiEvent From(StoredEvent stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        return From(stored.Event, stored.EventIndex, stored.Sentence, stored.Trigger, stored.Stories);
    }

    /// <summary>The API form of <paramref name="e"/>, the <paramref name="index"/>th event of its story.</summary>
    public static ApiEvent From(CodedEvent e, int index, string sentence, string trigger, long stories = 1)
    {
        ArgumentNullException.ThrowIfNull(e);
        var cameo = e.Cameo;
        return new ApiEvent(e.StoryId, index, e.SentenceIndex, e.Date, ApiActor.From(e.Source), ApiActor.From(e.Target),
            e.Code, e.Root, cameo?.Name, cameo?.QuadClass, cameo?.Goldstein,
            cameo is { HasPlover: true } ? new ApiPlover(cameo.PloverEvent, cameo.PloverModeOrNull, cameo.PloverContextOrNull) : null,
            ModalityNames.Of(e.Modality),
            e.Location is { } l ? new ApiLocation(l.Name, l.Country, l.Latitude, l.Longitude) : null,
            new ApiEvidence(sentence, ApiSpan.From(e.Evidence.Sentence), ApiSpan.From(e.Evidence.Source),
                ApiSpan.From(e.Evidence.Trigger), ApiSpan.From(e.Evidence.Target), trigger),
            e.Rule, stories);
    }
}
