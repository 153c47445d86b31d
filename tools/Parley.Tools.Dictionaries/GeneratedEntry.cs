namespace Parley.Tools.Dictionaries;

/// <summary>An actor to write: its names (the first is the name line, the rest <c>+</c> synonyms) and codes.</summary>
internal sealed class GeneratedEntry
{
    /// <summary>Comment lines written before the entry (section headings), without the leading "# ".</summary>
    public List<string> Before { get; } = [];

    /// <summary>The names in actor-file syntax, each with an optional end-of-line comment.</summary>
    public List<(string Name, string? Comment)> Names { get; } = [];

    /// <summary>The codes, restricted ones first in date order, the unrestricted fallback last.</summary>
    public List<EntryCode> Codes { get; } = [];

    /// <summary>
    /// Adds <paramref name="name"/> unless the entry already has it. Spellings with and without accents are
    /// different names ("ÉLYSÉE_", "ELYSEE_"): text is matched as written.
    /// </summary>
    public bool AddName(string name, string? comment = null)
    {
        if (Names.Any(existing => string.Equals(existing.Name, name, StringComparison.Ordinal)))
        {
            return false;
        }
        Names.Add((name, comment));
        return true;
    }
}
