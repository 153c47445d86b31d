using Parley.Coding.Ontology;

namespace Parley.Coding.Events;

/// <summary>
/// One coded event: "Russia vetoed the French-drafted resolution" → source RUS, code 129 (veto), target FRA, with
/// the story, sentence, date, modality and the evidence spans.
/// </summary>
/// <param name="StoryId">The story's id.</param>
/// <param name="SentenceIndex">0-based index of the sentence in the story.</param>
/// <param name="Date">The event date (the story date unless the text dates the event), or null when unknown.</param>
/// <param name="Source">The source actor, or null.</param>
/// <param name="Target">The target actor, or null.</param>
/// <param name="Code">The event code the dictionary gave ("129").</param>
/// <param name="Cameo">The code's CAMEO ontology entry, or null for a code outside CAMEO (test dictionaries use WEIS codes).</param>
/// <param name="Modality">Whether the text asserts the event.</param>
/// <param name="Location">Where it happened, or null.</param>
/// <param name="Evidence">Sentence and span offsets.</param>
/// <param name="Rule">The dictionary entry that fired, as <c>FILE:LINE pattern</c>.</param>
public sealed record CodedEvent(
    string StoryId,
    int SentenceIndex,
    DateOnly? Date,
    EventActor? Source,
    EventActor? Target,
    string Code,
    CameoCode? Cameo,
    Modality Modality,
    EventLocation? Location,
    EventEvidence Evidence,
    string Rule)
{
    /// <summary>The root of <see cref="Code"/>: its first two characters ("12" for 129), or the code itself when shorter.</summary>
    public string Root => Code.Length >= 2 ? Code[..2] : Code;
}
