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
    public static List<GeneratedEntry> Build(string curatedDirectory, ISet<string> namesOfOtherFiles) =>
        CuratedTable.ReadActors(Path.Combine(curatedDirectory, CuratedFile), namesOfOtherFiles,
            new Dictionary<string, GeneratedEntry>(StringComparer.Ordinal));
}
