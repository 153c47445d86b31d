namespace Parley.Coding.Tabari;

/// <summary>
/// TABARI's lexical pass: from left to right, each word not yet part of a phrase starts the longest dictionary root
/// that matches there (most words, then most letters; on a tie an actor before an agent, a noun, a verb). A spaced
/// root may pass over words but not over a comma; a function word (determiner, conjunction, pronoun) is only taken
/// by a root of two or more words ("THE_HAGUE_TRIBUNAL").
/// </summary>
internal static class TabariLexer
{
    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal) { "THE", "A", "AN" };
    private static readonly HashSet<string> Conjunctions = new(StringComparer.Ordinal) { "AND", "BUT", "OR", "NOR" };
    private static readonly HashSet<string> Pronouns = new(StringComparer.Ordinal)
    {
        "HE", "HIM", "HIS", "SHE", "HER", "IT", "ITS", "THEY", "THEM", "THEIR",
    };

    /// <summary>The items of <paramref name="tokens"/>, in order of their heads.</summary>
    public static List<TabariItem> Lex(IReadOnlyList<TabariToken> tokens, TabariDictionary dictionary, bool timePhrases)
    {
        var covered = new bool[tokens.Count];
        var items = new List<TabariItem>();
        for (int position = 0; position < tokens.Count; position++)
        {
            if (covered[position])
            {
                continue;
            }
            TabariToken token = tokens[position];
            if (token.IsComma)
            {
                items.Add(new TabariItem(TabariItemKind.Comma, [position], null));
                continue;
            }
            (TabariRoot Root, List<int> Positions)? best = Longest(tokens, position, covered, dictionary, timePhrases);
            TabariItemKind? function = FunctionWord(token.Text);
            if (best is { } match && (match.Positions.Count > 1 || function is null))
            {
                foreach (int covering in match.Positions)
                {
                    covered[covering] = true;
                }
                items.Add(new TabariItem(KindOf(match.Root.Kind), match.Positions, match.Root));
                continue;
            }
            items.Add(new TabariItem(function ?? TabariItemKind.Word, [position], null));
        }
        return items;
    }

    /// <summary>The built-in type of a function word, or null.</summary>
    public static TabariItemKind? FunctionWord(string word) =>
        Determiners.Contains(word) ? TabariItemKind.Determiner
        : Conjunctions.Contains(word) ? TabariItemKind.Conjunction
        : Pronouns.Contains(word) ? TabariItemKind.Pronoun
        : null;

    private static TabariItemKind KindOf(TabariRootKind kind) => kind switch
    {
        TabariRootKind.Actor => TabariItemKind.Actor,
        TabariRootKind.Agent => TabariItemKind.Agent,
        TabariRootKind.Noun => TabariItemKind.Noun,
        TabariRootKind.Adjective => TabariItemKind.Adjective,
        TabariRootKind.Verb => TabariItemKind.Verb,
        _ => TabariItemKind.Time,
    };

    private static (TabariRoot Root, List<int> Positions)? Longest(
        IReadOnlyList<TabariToken> tokens, int start, bool[] covered, TabariDictionary dictionary, bool timePhrases)
    {
        (TabariRoot Root, List<int> Positions)? best = null;
        var seen = new HashSet<TabariRoot>();
        foreach (TabariRoot root in dictionary.Candidates(tokens[start].Text))
        {
            if (!seen.Add(root) || (root.Kind == TabariRootKind.Time && !timePhrases))
            {
                continue;
            }
            List<int>? positions = Match(root, tokens, start, covered);
            if (positions is not null && (best is not { } current || Better(root, positions.Count, current.Root, current.Positions.Count)))
            {
                best = (root, positions);
            }
        }
        return best;
    }

    private static bool Better(TabariRoot root, int words, TabariRoot other, int otherWords)
    {
        if (words != otherWords)
        {
            return words > otherWords;
        }
        if (root.Letters != other.Letters)
        {
            return root.Letters > other.Letters;
        }
        return root.Kind != other.Kind ? root.Kind < other.Kind : root.Order < other.Order;
    }

    /// <summary>The positions where <paramref name="root"/> matches from <paramref name="start"/>, or null.</summary>
    public static List<int>? Match(TabariRoot root, IReadOnlyList<TabariToken> tokens, int start, bool[] covered)
    {
        IReadOnlyList<TabariRootWord> words = root.Words;
        if (!TabariWordMatcher.MatchesRoot(tokens[start].Text, words[0], words.Count == 1, root.Kind))
        {
            return null;
        }
        var positions = new List<int> { start };
        for (int j = 1; j < words.Count; j++)
        {
            bool atOnce = words[j - 1].NextFollowsAtOnce;
            int found = -1;
            for (int p = positions[^1] + 1; p < tokens.Count && !tokens[p].IsComma; p++)
            {
                if (!covered[p] && TabariWordMatcher.MatchesRoot(tokens[p].Text, words[j], j == words.Count - 1, root.Kind))
                {
                    found = p;
                    break;
                }
                if (atOnce)
                {
                    break;
                }
            }
            if (found < 0)
            {
                return null;
            }
            positions.Add(found);
        }
        return positions;
    }
}
