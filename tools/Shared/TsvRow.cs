namespace Parley.Tools.Shared;

/// <summary>One row of a TAB-separated table: its trimmed fields and where it stands, for messages.</summary>
/// <param name="File">The path the table was read from.</param>
/// <param name="Line">1-based line number in that file.</param>
/// <param name="Fields">The fields, trimmed.</param>
internal sealed record TsvRow(string File, int Line, string[] Fields)
{
    /// <summary>Field <paramref name="index"/>, or "" when the row is shorter (optional trailing columns).</summary>
    public string this[int index] => index < Fields.Length ? Fields[index] : "";

    /// <summary>A <see cref="SourceFormatException"/> pointing at this row.</summary>
    public SourceFormatException Error(string reason) => new(File, Line, reason);
}
