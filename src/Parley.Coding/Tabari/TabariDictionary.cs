namespace Parley.Coding.Tabari;

/// <summary>
/// TABARI's dictionaries as its coder uses them: every root (actors, agents, nouns, adjectives, verbs with their
/// irregular forms, time phrases) indexed by its first word, and the verbs file's synonym sets.
/// </summary>
internal sealed class TabariDictionary
{
    private readonly Dictionary<string, List<TabariRoot>> closedFirst = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<TabariRoot>> openFirst = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<IReadOnlyList<TabariElement>>> synsets = new(StringComparer.Ordinal);
    private int count;

    /// <summary>Adds a root under its first word.</summary>
    public void Add(TabariRootKind kind, IReadOnlyList<TabariRootWord> words, IReadOnlyList<TabariDatedCode> codes, TabariVerb? verb)
    {
        if (words.Count == 0)
        {
            return;
        }
        var root = new TabariRoot(kind, words, codes, verb, count++);
        Dictionary<string, List<TabariRoot>> index = words[0].Mode == TabariWordMode.Open ? openFirst : closedFirst;
        if (!index.TryGetValue(words[0].Text, out List<TabariRoot>? list))
        {
            index[words[0].Text] = list = [];
        }
        list.Add(root);
    }

    /// <summary>Adds a member to the synonym set <paramref name="name"/> (without the ampersand).</summary>
    public void AddSynsetMember(string name, IReadOnlyList<TabariElement> member)
    {
        if (!synsets.TryGetValue(name, out List<IReadOnlyList<TabariElement>>? members))
        {
            synsets[name] = members = [];
        }
        members.Add(member);
    }

    /// <summary>The members of a synonym set; empty when it is not defined.</summary>
    public IReadOnlyList<IReadOnlyList<TabariElement>> Synset(string name) =>
        synsets.TryGetValue(name, out List<IReadOnlyList<TabariElement>>? members) ? members : [];

    /// <summary>
    /// The roots whose first word can match <paramref name="word"/>: open roots it begins with, and closed or exact
    /// roots equal to it or to it less a regular ending (checked again by <see cref="TabariWordMatcher"/>).
    /// </summary>
    public IEnumerable<TabariRoot> Candidates(string word)
    {
        for (int length = 1; length <= word.Length; length++)
        {
            if (openFirst.TryGetValue(word[..length], out List<TabariRoot>? open))
            {
                foreach (TabariRoot root in open)
                {
                    yield return root;
                }
            }
        }
        foreach (string stem in TabariWordMatcher.Stems(word))
        {
            if (closedFirst.TryGetValue(stem, out List<TabariRoot>? closed))
            {
                foreach (TabariRoot root in closed)
                {
                    yield return root;
                }
            }
        }
    }
}
