namespace Parley.Tools.Dictionaries;

/// <summary>
/// Builds igos.actors.txt: the hand-curated international organisations and NGOs with their CAMEO codes
/// (curated/igos.tsv), then every body of supraverden_igos.csv (CC BY-SA 4.0) not among them, coded by its
/// family (UN bodies IGOUNO, EU bodies IGOEUREEC...) or the generic IGO.
/// </summary>
internal sealed class IgoDictionaryBuilder(string curatedDirectory, EnglishWords words)
{
    /// <summary>The source file, relative to the data directory.</summary>
    public const string SourceFile = "reference/supraverden_igos.csv";

    /// <summary>Curated organisations with codes.</summary>
    public const string CuratedFile = "igos.tsv";

    /// <summary>Curated codes of supraverden's organisation families.</summary>
    public const string FamiliesFile = "igo-families.tsv";

    /// <summary>Curated names and abbreviations never to use.</summary>
    public const string SkipFile = "igo-skip.tsv";

    private static readonly string[] NameColumns =
        ["Name_en", "Name_other_en", "Name_other_1_en", "Name_other_2_en", "Name_other_3_en", "Name_other_4_en"];

    private static readonly string[] AbbreviationColumns = ["Abbreviation_en", "Abbreviation_other_en", "Abbreviation_other_2_en"];

    private readonly Dictionary<string, GeneratedEntry> _byKey = new(StringComparer.Ordinal);

    /// <summary>Abbreviations and names left out, with the reason, for the header.</summary>
    public SortedSet<string> LeftOut { get; } = new(StringComparer.Ordinal);

    /// <summary>Rows of the source that shared a name with a curated organisation and were merged into it.</summary>
    public int Merged { get; private set; }

    /// <summary>Reads the curated tables and the source and returns the entries.</summary>
    public List<GeneratedEntry> Build(string dataDirectory, ISet<string> namesOfOtherFiles)
    {
        var skip = TsvTable.Read(Path.Combine(curatedDirectory, SkipFile), 2).ToDictionary(r => NameForms.Key(r[0]), r => r[1], StringComparer.Ordinal);
        var families = TsvTable.Read(Path.Combine(curatedDirectory, FamiliesFile), 2).ToDictionary(r => r[0], r => r[1], StringComparer.Ordinal);
        // Curated names go into _byKey first, so that a source row with one of them is merged into the curated entry.
        List<GeneratedEntry> entries = CuratedTable.ReadActors(Path.Combine(curatedDirectory, CuratedFile), namesOfOtherFiles, _byKey);
        entries[0].Before.Add("International organisations and NGOs with CAMEO codes (hand-curated: curated/igos.tsv)");
        int curatedCount = entries.Count;
        var rows = CsvFile.Read(Path.Combine(dataDirectory, SourceFile)).Select(r => r.Fields)
            .OrderBy(r => r.GetValueOrDefault("Name_en", ""), StringComparer.Ordinal).ToList();
        foreach (Dictionary<string, string> row in rows)
        {
            if (FromSource(row, families, skip, namesOfOtherFiles) is { } entry)
            {
                entries.Add(entry);
            }
        }
        if (entries.Count > curatedCount)
        {
            entries[curatedCount].Before.Add("Further international bodies (supraverden_igos.csv), coded by family or as IGO");
        }
        return entries;
    }

    private GeneratedEntry? FromSource(Dictionary<string, string> row, Dictionary<string, string> families,
        Dictionary<string, string> skip, ISet<string> namesOfOtherFiles)
    {
        var candidates = new List<string>();
        foreach (string column in NameColumns)
        {
            string value = row.GetValueOrDefault(column, "");
            candidates.AddRange(NameForms.Variants(value, exact: true).Where(n => NameForms.WordCount(n) > 1 || Usable(n, value, "one-word name")));
        }
        foreach (string column in AbbreviationColumns)
        {
            string value = row.GetValueOrDefault(column, "");
            if (value.Length > 0 && AbbreviationUsable(value))
            {
                candidates.AddRange(NameForms.Variants(value, exact: true));
            }
        }
        candidates = candidates.Where(c => KeepName(c, skip, namesOfOtherFiles)).Distinct(StringComparer.Ordinal).ToList();
        // A shared full name means the same body (merged into it); a shared abbreviation does not ("ICC").
        GeneratedEntry? existing = candidates.Where(c => NameForms.WordCount(c) > 1)
            .Select(c => _byKey.GetValueOrDefault(NameForms.Key(c))).FirstOrDefault(e => e is not null);
        GeneratedEntry entry = existing ?? new GeneratedEntry();
        foreach (string name in candidates)
        {
            string key = NameForms.Key(name);
            if (_byKey.TryAdd(key, entry) || _byKey[key] == entry)
            {
                entry.AddName(name);
            }
            else
            {
                LeftOut.Add($"{key} (already the name of another organisation)");
            }
        }
        if (existing is not null)
        {
            Merged++;
            return null;
        }
        if (entry.Names.Count == 0)
        {
            return null;
        }
        string family = row.GetValueOrDefault("Org_family", "");
        entry.Codes.Add(new EntryCode(families.GetValueOrDefault(family, "IGO"), null, null));
        return entry;
    }

    private bool KeepName(string name, Dictionary<string, string> skip, ISet<string> namesOfOtherFiles)
    {
        string key = NameForms.Key(name);
        if (skip.TryGetValue(key, out string? reason))
        {
            LeftOut.Add($"{key} ({reason})");
            return false;
        }
        if (namesOfOtherFiles.Contains(key))
        {
            LeftOut.Add($"{key} (a name in another Parley actor file)");
            return false;
        }
        return true;
    }

    // Abbreviations are matched exactly and without regard to case, so one that is an English word ("CAN" for the
    // Andean Community) or has fewer than three letters would match ordinary text; mixed forms ("EastMed Gas
    // Forum") are not abbreviations.
    private bool AbbreviationUsable(string value)
    {
        if (value.Length < 3 || !value.All(char.IsAsciiLetterOrDigit) || value.Count(char.IsAsciiLetterUpper) < 2)
        {
            LeftOut.Add($"{value} (abbreviation shorter than three letters or not one word)");
            return false;
        }
        return Usable(value, value, "abbreviation");
    }

    private bool Usable(string entryName, string value, string what)
    {
        if (words.IsCommonWord(entryName))
        {
            LeftOut.Add($"{value} ({what} that English writes as a lower-case word)");
            return false;
        }
        return true;
    }
}
