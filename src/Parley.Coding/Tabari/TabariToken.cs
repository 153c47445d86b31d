namespace Parley.Coding.Tabari;

/// <summary>A word of the text as TABARI reads it: upper case, and whether it was capitalised; or a comma.</summary>
/// <param name="Text">The word in upper case, or "," for a comma.</param>
/// <param name="Capitalized">The word began with a capital letter in the text.</param>
internal readonly record struct TabariToken(string Text, bool Capitalized)
{
    /// <summary>True for a comma (or another clause mark read as one: ";", ":").</summary>
    public bool IsComma => Text == ",";
}
