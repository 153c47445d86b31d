namespace Parley.Coding.Tabari;

/// <summary>
/// A sentence as TABARI's coder sees it after parsing: the words left once comma-delimited clauses are dropped,
/// their items (actors with agents and compounds, dereferenced pronouns, verbs), the clauses, and whether the
/// sentence is to be coded at all.
/// </summary>
internal sealed class TabariSentence
{
    /// <summary>Creates a parsed sentence.</summary>
    public TabariSentence(IReadOnlyList<TabariToken> tokens, List<TabariItem> items)
    {
        Tokens = tokens;
        Items = items;
    }

    /// <summary>The words coded.</summary>
    public IReadOnlyList<TabariToken> Tokens { get; }

    /// <summary>The items in order of their heads.</summary>
    public List<TabariItem> Items { get; }

    /// <summary>The clauses as word ranges [Start, End).</summary>
    public List<(int Start, int End)> Clauses { get; } = [];

    /// <summary>Why nothing is coded ("discard", "complex: ...", "too short"), or null.</summary>
    public string? Rejection { get; set; }

    /// <summary>The dictionary codes of its first actor named outright, which TABARI forwards; null when none.</summary>
    public IReadOnlyList<string>? FirstActor { get; set; }

    /// <summary>The members of the compound or single actor that <paramref name="item"/> belongs to.</summary>
    public List<TabariItem> Unit(TabariItem item)
    {
        if (item.Group < 0)
        {
            return [item];
        }
        return Items.Where(i => i.Group == item.Group).ToList();
    }

    /// <summary>The codes of a unit, each once, in order.</summary>
    public static List<string> CodesOf(IEnumerable<TabariItem> unit) => unit.SelectMany(i => i.Codes).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The first word of a unit.</summary>
    public static int Start(IReadOnlyList<TabariItem> unit) => unit.Min(i => i.Head);

    /// <summary>The last word of a unit.</summary>
    public static int End(IReadOnlyList<TabariItem> unit) => unit.Max(i => i.Tail);
}
