namespace Parley.Coding.Evaluation;

/// <summary>
/// One hand-coded sentence of an event gold standard: the text, the CAMEO roots a coder may give it, and the
/// countries of its source and target actors.
/// </summary>
/// <param name="Id">The record's identifier in the gold file.</param>
/// <param name="Text">The sentence or passage to code.</param>
/// <param name="Date">The story date the gold gives, or null.</param>
/// <param name="Roots">The accepted two-digit CAMEO roots ("03", "05" for PLOVER's AGREE).</param>
/// <param name="SourceCountries">
/// Countries of the gold source actors: the first three letters of each code (<c>IGO</c> for an IGO); empty when the
/// gold names no source (or, as in the ICEWS codebook, scores roots only).
/// </param>
/// <param name="TargetCountries">Countries of the gold target actors; empty when the gold names none.</param>
/// <param name="Label">The gold event label as the file writes it: PLOVER "AGREE", CAMEO "0231".</param>
public sealed record GoldEvent(
    string Id,
    string Text,
    DateOnly? Date,
    IReadOnlyList<string> Roots,
    IReadOnlyList<string> SourceCountries,
    IReadOnlyList<string> TargetCountries,
    string Label);
