namespace Parley.Tools.Dictionaries;

/// <summary>
/// Builds groups.actors.txt from the hand-curated table curated/groups.tsv: major non-state armed groups with
/// CAMEO codes in Phoenix's conventions (country + REB, or IMG for groups that act across borders), dated where a
/// group took power (the Taliban in 1996 and 2021).
/// </summary>
internal static class GroupDictionaryBuilder
{
    /// <summary>The curated table.</summary>
    public const string CuratedFile = "groups.tsv";

    /// <summary>The entries in table order; names must not repeat or belong to another file.</summary>
    public static List<GeneratedEntry> Build(string curatedDirectory, ISet<string> namesOfOtherFiles)
    {
        var taken = new Dictionary<string, GeneratedEntry>(StringComparer.Ordinal);
        var entries = new List<GeneratedEntry>();
        foreach (CuratedRow row in CuratedTable.Read(Path.Combine(curatedDirectory, CuratedFile), 2))
        {
            var entry = new GeneratedEntry();
            foreach (string name in row[1].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                string key = NameForms.Key(name);
                if ((!taken.TryAdd(key, entry) && taken[key] != entry) || namesOfOtherFiles.Contains(key))
                {
                    throw row.Error($"{name} is already the name of another actor");
                }
                entry.AddName(name, entry.Names.Count == 0 && row[2].Length > 0 ? row[2] : null);
            }
            entry.Codes.AddRange(CuratedTable.ParseCodes(row, row[0]));
            entries.Add(entry);
        }
        return entries;
    }
}
