namespace Parley.Tools.Ontology;

/// <summary>The PLOVER fields CAMEO2PLOVER gives one CAMEO code.</summary>
/// <param name="Event">PLOVER event type, e.g. "AGREE".</param>
/// <param name="Mode">PLOVER mode, or "" when none is given.</param>
/// <param name="Context">PLOVER contexts joined with ';' (e.g. "crime;corruption"), or "".</param>
/// <param name="Line">1-based line of the source file the mapping comes from.</param>
internal sealed record PloverMapping(string Event, string Mode, string Context, int Line)
{
    /// <summary>True when both mappings have the same event, mode and context (lines may differ).</summary>
    public bool SameFields(PloverMapping other) =>
        string.Equals(Event, other.Event, StringComparison.Ordinal)
        && string.Equals(Mode, other.Mode, StringComparison.Ordinal)
        && string.Equals(Context, other.Context, StringComparison.Ordinal);

    /// <summary>The fields as "EVENT, mode, context" for messages and comments.</summary>
    public string Describe() => $"{Event}, {Mode}, {Context}";
}
