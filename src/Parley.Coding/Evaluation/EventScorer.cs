using Parley.Coding.Events;

namespace Parley.Coding.Evaluation;

/// <summary>
/// Scores the events coded from one gold text, with no model involved: a root hit when some event's root (the
/// first two digits of its code) is accepted; a full match when one such event also has a source country among
/// the gold sources and a target country among the gold targets (an empty gold list constrains nothing: the
/// codebook has no actors, and a few PLOVER records name no target). A miss gets one cause, tried in this order:
/// events but no accepted root → wrong code; an accepted root but no full match → wrong actor; nothing emitted →
/// modality when coding with every modality finds the root, else no actor, no verb or no event (see
/// <see cref="MissEvidence"/>).
/// </summary>
public static class EventScorer
{
    /// <summary>
    /// Scores <paramref name="emitted"/> against <paramref name="gold"/>; <paramref name="evidence"/> is asked only
    /// when nothing was emitted (it may cost a second coding run).
    /// </summary>
    public static EventScore Score(GoldEvent gold, IReadOnlyList<CodedEvent> emitted, Func<MissEvidence> evidence)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(emitted);
        ArgumentNullException.ThrowIfNull(evidence);
        int onRoot = emitted.Count(e => HasAcceptedRoot(gold, e));
        bool fullMatch = emitted.Any(e => HasAcceptedRoot(gold, e)
            && Matches(gold.SourceCountries, e.Source) && Matches(gold.TargetCountries, e.Target));
        MissCause? cause = fullMatch ? null
            : emitted.Count == 0 ? CauseOfSilence(evidence())
            : onRoot > 0 ? MissCause.WrongActor
            : MissCause.WrongCode;
        return new EventScore(onRoot > 0, fullMatch, emitted.Count, onRoot, cause);
    }

    /// <summary>Why nothing was emitted: modality, no actor, no verb, or (names and dictionary words present) no event.</summary>
    public static MissCause CauseOfSilence(MissEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        // The modality test comes first: it is positive proof of what went wrong, while the lexical tests only say
        // what is missing (an agent such as "officials" can stand for an actor without any actor name).
        return evidence.RootHitWithAllModalities ? MissCause.Modality
            : !evidence.HasActorName ? MissCause.NoActor
            : !evidence.HasDictionaryWord ? MissCause.NoVerb
            : MissCause.NoEvent;
    }

    /// <summary>True when <paramref name="e"/>'s root is one of <paramref name="gold"/>'s accepted roots.</summary>
    public static bool HasAcceptedRoot(GoldEvent gold, CodedEvent e)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(e);
        return RootOf(e.Code) is { } root && gold.Roots.Contains(root, StringComparer.Ordinal);
    }

    /// <summary>The CAMEO root of <paramref name="code"/>: its first two digits ("12" of "1243"), or null when it does not start with two digits.</summary>
    public static string? RootOf(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return code.Length >= 2 && char.IsAsciiDigit(code[0]) && char.IsAsciiDigit(code[1]) ? code[..2] : null;
    }

    /// <summary>
    /// The country an emitted actor is compared by: <see cref="EventActor.Country"/>; a bare role code counts as
    /// itself, because the gold takes the first three letters of every code, so its "IGO" or "NGO" stands where a
    /// country would; TABARI's unknown country "---" names none.
    /// </summary>
    public static string? CountryOf(EventActor? actor)
    {
        if (actor is null)
        {
            return null;
        }
        string? country = actor.Country ?? (actor.Code.Length == 3 ? actor.Code : null);
        return country is null || country.StartsWith('-') ? null : country;
    }

    private static bool Matches(IReadOnlyList<string> gold, EventActor? actor) =>
        gold.Count == 0 || (CountryOf(actor) is { } country && gold.Contains(country, StringComparer.OrdinalIgnoreCase));
}
