namespace Parley.Tools.Dictionaries;

/// <summary>One row of a hand-curated TSV table: its fields and where it stands, for messages.</summary>
internal sealed record CuratedRow(string File, int Line, string[] Fields)
{
    /// <summary>Field <paramref name="index"/>, or "" when the row is shorter.</summary>
    public string this[int index] => index < Fields.Length ? Fields[index] : "";

    /// <summary>A <see cref="SourceFormatException"/> pointing at this row.</summary>
    public SourceFormatException Error(string reason) => new(File, Line, reason);
}
