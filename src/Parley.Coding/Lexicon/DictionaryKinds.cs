namespace Parley.Coding.Lexicon;

/// <summary>
/// Tells a dictionary file's kind from its name, the way TABARI and PETRARCH files are named:
/// <c>TABARI.Demo.actors</c>, <c>Phoenix.agents.txt</c>, <c>CAMEO.2.0.txt</c> and <c>*.verbpatterns*</c> (verbs),
/// <c>Phoenix.discards.txt</c>; Parley's event nouns are verb-format files whose names contain <c>nouns</c>. Files whose names say nothing are an error rather than a guess.
/// </summary>
public static class DictionaryKinds
{
    /// <summary>The kind of <paramref name="path"/>; throws <see cref="IOException"/> naming the file when unknown.</summary>
    public static DictionaryKind Of(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string name = Path.GetFileName(path).ToLowerInvariant();
        if (name.Contains("noun", StringComparison.Ordinal))
        {
            return DictionaryKind.Nouns;
        }
        if (name.Contains("actor", StringComparison.Ordinal))
        {
            return DictionaryKind.Actors;
        }
        if (name.Contains("agent", StringComparison.Ordinal))
        {
            return DictionaryKind.Agents;
        }
        if (name.Contains("discard", StringComparison.Ordinal))
        {
            return DictionaryKind.Discards;
        }
        if (name.Contains("verb", StringComparison.Ordinal) || name.StartsWith("cameo.", StringComparison.Ordinal))
        {
            return DictionaryKind.Verbs;
        }
        throw new IOException($"{path}: cannot tell the dictionary kind from the file name (it should contain 'actors', 'agents', 'verbs', 'nouns' or 'discards')");
    }

    /// <summary>
    /// The dictionary files of <paramref name="paths"/>: files as given, directories expanded to the files in them
    /// whose names tell a kind (ordinal order). A missing path is an error naming it.
    /// </summary>
    public static IReadOnlyList<string> ExpandPaths(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var files = new List<string>();
        foreach (string path in paths)
        {
            if (Directory.Exists(path))
            {
                string[] inside = Directory.GetFiles(path);
                Array.Sort(inside, StringComparer.Ordinal);
                files.AddRange(inside.Where(IsDictionaryName));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                throw new FileNotFoundException($"{path}: no such dictionary file or directory", path);
            }
        }
        return files;
    }

    private static bool IsDictionaryName(string path)
    {
        string name = Path.GetFileName(path).ToLowerInvariant();
        return name.Contains("actor", StringComparison.Ordinal) || name.Contains("agent", StringComparison.Ordinal)
            || name.Contains("discard", StringComparison.Ordinal) || name.Contains("verb", StringComparison.Ordinal)
            || name.Contains("noun", StringComparison.Ordinal) || name.StartsWith("cameo.", StringComparison.Ordinal);
    }
}
