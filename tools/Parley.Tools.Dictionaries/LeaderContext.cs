namespace Parley.Tools.Dictionaries;

/// <summary>What the leader sources share: the registry, the country tables and the check for common words.</summary>
internal sealed record LeaderContext(LeaderRegistry Registry, CowCodes Cow, IReadOnlyDictionary<string, string> CodeOfAlpha3, EnglishWords Words)
{
    /// <summary>Spells before this date are not wanted: the dictionaries cover news from 1990 on.</summary>
    public static readonly DateOnly Start = new(1990, 1, 1);

    /// <summary>The CAMEO country code of a COW number, or null when the country is not covered.</summary>
    public string? CountryOfCow(string cow) => Cow.Alpha3(cow) is { } alpha3 ? CountryOfAlpha3(alpha3) : null;

    /// <summary>The CAMEO country code of an ISO alpha-3 code (Timor-Leste TMP, Kosovo KSV), or null.</summary>
    public string? CountryOfAlpha3(string alpha3) => CodeOfAlpha3.TryGetValue(alpha3, out string? code) ? code : null;

    /// <summary>
    /// The usable entry names of a full name from a source: at least two words, or one word that English does not
    /// write in lower case; none when the name is damaged (U+FFFD) or unusable.
    /// </summary>
    public List<string> FullNames(string display)
    {
        if (display.Contains('\uFFFD', StringComparison.Ordinal))
        {
            return [];
        }
        var names = NameForms.Variants(display, exact: true).ToList();
        if (names.Count > 0 && NameForms.WordCount(names[0]) == 1 && (names[0].Length < 6 || Words.IsCommonWord(names[0])))
        {
            return [];
        }
        return names;
    }
}
