namespace Parley.Coding.Tabari;

/// <summary>
/// A word or phrase of the sentence with its syntactic type. A phrase occupies the positions its words matched (a
/// spaced root may skip words: "SYLVANIA RADIO" in "Sylvania state-owned radio"), and is found at its head.
/// </summary>
internal sealed class TabariItem
{
    /// <summary>Creates an item.</summary>
    public TabariItem(TabariItemKind kind, IReadOnlyList<int> positions, TabariRoot? root)
    {
        Kind = kind;
        Positions = positions;
        Root = root;
    }

    /// <summary>The syntactic type.</summary>
    public TabariItemKind Kind { get; set; }

    /// <summary>The positions of the words it matched, ascending.</summary>
    public IReadOnlyList<int> Positions { get; }

    /// <summary>The dictionary root it matched, or null.</summary>
    public TabariRoot? Root { get; }

    /// <summary>The position of its first word.</summary>
    public int Head => Positions[0];

    /// <summary>The position of its last word.</summary>
    public int Tail => Positions[^1];

    /// <summary>The actor codes (after agents) of an actor or a dereferenced pronoun.</summary>
    public List<string> Codes { get; set; } = [];

    /// <summary>The actor's dictionary codes before any agent, which TABARI forwards to the next sentence.</summary>
    public List<string> BaseCodes { get; set; } = [];

    /// <summary>The compound it belongs to (an index shared by its members), or -1.</summary>
    public int Group { get; set; } = -1;

    /// <summary>For a conjunction: it joins two actors, nouns or adjectives and does not start a clause.</summary>
    public bool Joins { get; set; }

    /// <summary>True for an item that can be a source or target: an actor, or a pronoun that was dereferenced.</summary>
    public bool IsActor => Kind == TabariItemKind.Actor || (Kind == TabariItemKind.Pronoun && Codes.Count > 0);
}
