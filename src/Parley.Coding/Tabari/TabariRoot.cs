namespace Parley.Coding.Tabari;

/// <summary>
/// A dictionary root: the phrase that finds it in the text and what it means. Actors, agents and time phrases
/// carry dated code blocks, verbs their <see cref="TabariVerb"/> (shared by the root and its irregular forms).
/// </summary>
internal sealed class TabariRoot
{
    /// <summary>Creates a root.</summary>
    public TabariRoot(TabariRootKind kind, IReadOnlyList<TabariRootWord> words, IReadOnlyList<TabariDatedCode> codes, TabariVerb? verb, int order)
    {
        Kind = kind;
        Words = words;
        Codes = codes;
        Verb = verb;
        Order = order;
        int letters = 0;
        foreach (TabariRootWord word in words)
        {
            letters += word.Text.Length;
        }
        Letters = letters;
    }

    /// <summary>What the root is.</summary>
    public TabariRootKind Kind { get; }

    /// <summary>The words of its phrase.</summary>
    public IReadOnlyList<TabariRootWord> Words { get; }

    /// <summary>The code blocks of an actor, agent or time phrase (empty for nouns, adjectives and verbs).</summary>
    public IReadOnlyList<TabariDatedCode> Codes { get; }

    /// <summary>The verb of a verb root, else null.</summary>
    public TabariVerb? Verb { get; }

    /// <summary>Position in the dictionaries, which breaks ties between equally long matches.</summary>
    public int Order { get; }

    /// <summary>The letters of its words, the second measure of a longer match.</summary>
    public int Letters { get; }

    /// <summary>The root as written, for traces.</summary>
    public override string ToString() =>
        string.Concat(Words.Select((w, i) => w.Text + (i == Words.Count - 1 ? "" : w.NextFollowsAtOnce ? "_" : " ")));
}
