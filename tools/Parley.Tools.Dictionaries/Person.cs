namespace Parley.Tools.Dictionaries;

/// <summary>A leader or minister gathered from the sources: names, dated codes, and which sources name them.</summary>
internal sealed class Person(string country)
{
    /// <summary>The CAMEO country code the person belongs to ("USA"); the fallback code is this plus ELI.</summary>
    public string Country { get; } = country;

    /// <summary>Full names in actor-file syntax, best first.</summary>
    public List<string> Names { get; } = [];

    /// <summary>Surname-only forms ("LAVROV_"), from the curated table only.</summary>
    public List<string> Surnames { get; } = [];

    /// <summary>Dated codes.</summary>
    public List<EntryCode> Spells { get; } = [];

    /// <summary>The sources that name the person.</summary>
    public SortedSet<string> Sources { get; } = new(StringComparer.Ordinal);

    /// <summary>The earliest start of a spell (for ordering).</summary>
    public DateOnly First => Spells.Count == 0 ? DateOnly.MaxValue : Spells.Min(s => s.From ?? DateOnly.MinValue);

    /// <summary>True when the two share a name.</summary>
    public bool SharesName(IEnumerable<string> names)
    {
        var keys = new HashSet<string>(Names.Select(NameForms.Key), StringComparer.Ordinal);
        return names.Any(n => keys.Contains(NameForms.Key(n)));
    }

    /// <summary>
    /// True when <paramref name="names"/> have this person's surname and first initial and one of
    /// <paramref name="spells"/> overlaps or nearly touches one of theirs: two spellings of one leader ("Dmitry"
    /// and "Dmitriy Medvedev"), not father and son ("Heydar" and "Ilham Aliyev").
    /// </summary>
    public bool LooksLike(IReadOnlyList<string> names, IReadOnlyList<EntryCode> spells)
    {
        if (names.Count == 0 || Names.Count == 0)
        {
            return false;
        }
        string surname = NameForms.Key(NameForms.LastWord(names[0]));
        char initial = NameForms.Key(names[0])[0];
        bool sameName = Names.Any(n => NameForms.Key(NameForms.LastWord(n)) == surname && NameForms.Key(n)[0] == initial);
        return sameName && spells.Any(s => Spells.Any(t => SpellMerger.Near(s, t)));
    }
}
