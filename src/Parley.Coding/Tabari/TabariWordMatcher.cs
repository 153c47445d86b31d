namespace Parley.Coding.Tabari;

/// <summary>
/// Matches a text word (upper case) against a dictionary or pattern word, with TABARI's regular endings: a closed
/// verb root takes S, ES, ED, D (after E), EN and ING ("RETURN_": returns, returned, returning; not "returnx"); a
/// closed noun root takes S, ES, 'S, ' and S' ("SYLVANIA_": Sylvanias, Sylvania's; not "Sylvanian").
/// </summary>
internal static class TabariWordMatcher
{
    private static readonly string[] VerbEndings = ["S", "ES", "ED", "D", "EN", "ING"];
    private static readonly string[] NounEndings = ["S", "ES", "'S", "'", "S'"];

    /// <summary>Every stem that <paramref name="word"/> could be a closed root of, itself included.</summary>
    public static IEnumerable<string> Stems(string word)
    {
        yield return word;
        foreach (string ending in VerbEndings.Concat(NounEndings).Distinct())
        {
            if (word.Length > ending.Length && word.EndsWith(ending, StringComparison.Ordinal))
            {
                yield return word[..^ending.Length];
            }
        }
    }

    /// <summary>True when <paramref name="text"/> matches root word <paramref name="root"/>; only a last word takes endings.</summary>
    public static bool MatchesRoot(string text, TabariRootWord root, bool last, TabariRootKind kind) => root.Mode switch
    {
        TabariWordMode.Open => text.StartsWith(root.Text, StringComparison.Ordinal),
        TabariWordMode.Exact => text == root.Text,
        _ => text == root.Text || (last && kind != TabariRootKind.Time && HasEnding(text, root.Text, kind == TabariRootKind.Verb)),
    };

    /// <summary>True when <paramref name="text"/> matches a pattern word: a stem when open, else the word itself.</summary>
    public static bool MatchesPattern(string text, string word, bool open) =>
        open ? text.StartsWith(word, StringComparison.Ordinal) : text == word;

    private static bool HasEnding(string text, string stem, bool verb)
    {
        if (text.Length <= stem.Length || !text.StartsWith(stem, StringComparison.Ordinal))
        {
            return false;
        }
        string ending = text[stem.Length..];
        if (!verb)
        {
            return NounEndings.Contains(ending);
        }
        // "RETIRE_" + D is "retired"; a D alone after another letter is no ending ("VETOD" is not "VETO").
        return ending == "D" ? stem.EndsWith('E') : VerbEndings.Contains(ending);
    }
}
