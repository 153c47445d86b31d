using Parley.Coding.Events;

namespace Parley.Coding.Coding;

/// <summary>
/// The participant a one-sided event implies without naming it (<see cref="CodingOptions.ImpliedParticipants"/>), as
/// ICEWS and the PLOVER gold code domestic events and attacks by unknown perpetrators. Such an actor has empty text
/// and no span (<see cref="EventActor.Implied"/>).
/// </summary>
internal static class ImpliedParticipants
{
    /// <summary>
    /// The source and target of a one-sided event with what it implies filled in: "A roadside bomb near Samarra killed
    /// a U.S. soldier" → IRQUAF (unidentified armed forces where it happened) 1833 USAMIL; "The Nigerian teachers' union
    /// called off its strike" → NGALAB 082 NGA (a domestic actor's deed aims at its own country, a deed at the country
    /// where it is done). Statements, appeals and cooperation (roots 01, 02, 04–07) need a named partner and imply
    /// none. The attackers' country is only ever the event's place: the story's other countries are as often the
    /// victims'. <paramref name="place"/> is the sentence's own place, never the dateline.
    /// </summary>
    public static (EventActor? Source, EventActor? Target) Imply(SentenceContext context, string code,
        EventLocation? place, EventActor? source, EventActor? target)
    {
        if (source is null && target is not null && CodeComposer.IsViolence(code)
            && place?.Country is { } where && IsCountry(where))
        {
            context.Trace?.Invoke($"unattributed {code}: unidentified armed forces of {where}");
            return (new EventActor(where + UnidentifiedForces, "", default), target);
        }
        // A deed lands where it is done ("Russian troops shelled a village near Kharkiv" → UKR; "Serbia eased the
        // emergency measures in Montenegro" → MNE); words do not ("agreed in Paris to cut tariffs" is not aimed at
        // France). With no such place, force has no target, and other deeds and words are domestic when done by a part
        // of a country (its police, unions, government, parties): a state named as a whole acts abroad ("Venezuela voted
        // against the resolution" implies no target).
        string? home = CodeComposer.IsViolence(code) || source?.Sector is null ? null : source.Country;
        string? aim = IsDeed(code) ? place?.Country ?? home : home;
        if (target is null && source is not null && aim is not null && IsCountry(aim) && IsDirected(code))
        {
            context.Trace?.Invoke($"'{source.Text}': {code} with no named target, aimed at {aim}");
            return (source, new EventActor(aim, "", default));
        }
        return (source, target);
    }

    /// <summary>CAMEO's role code for unidentified armed forces.</summary>
    private const string UnidentifiedForces = "UAF";

    private static bool IsCountry(string code) => code is not ("IGO" or "NGO") && !code.StartsWith('-');

    /// <summary>Yielding, investigating, protesting and force (08, 09, 14–20): deeds done somewhere, not words.</summary>
    private static bool IsDeed(string code) => CodeComposer.RootNumber(code) is 8 or 9 or >= 14;

    /// <summary>Intents (03), yielding and investigating (08, 09) and every conflictual root (10–20): deeds done to someone.</summary>
    private static bool IsDirected(string code) =>
        CodeComposer.RootNumber(code) is { } root && (root == 3 || root >= 8);
}
