namespace Parley.Coding.Tabari;

/// <summary>
/// A TABARI verb code as written in brackets: <c>[064]</c>, the paired <c>[032:033]</c> (source visits, target
/// receives), the dominant <c>[031!]</c> (in CODE ALL mode it suppresses the sentence's other verbs), the
/// subordinate <c>[023?]</c> (an attribution verb such as SAID that yields to a later verb of its clause), and the
/// three specials: <c>---</c> null (no event), <c>+++</c> complex (the sentence is not coded) and <c>###</c> discard.
/// </summary>
/// <param name="Primary">The code of the source → target event.</param>
/// <param name="Paired">The code of the target → source event of a paired code, or null.</param>
/// <param name="Dominant">Written with <c>!</c>.</param>
/// <param name="Subordinate">Written with <c>?</c>.</param>
internal sealed record TabariCode(string Primary, string? Paired, bool Dominant, bool Subordinate)
{
    /// <summary>TABARI's null code: the word is a verb, but it codes nothing by itself.</summary>
    public const string Null = "---";

    /// <summary>TABARI's complexity code: the sentence is too complex to code.</summary>
    public const string Complex = "+++";

    /// <summary>TABARI's discard code: the sentence is off topic ("the cup final") and nothing is coded.</summary>
    public const string Discard = "###";

    /// <summary>True for <c>---</c>.</summary>
    public bool IsNull => Primary == Null;

    /// <summary>Parses the text between the brackets, e.g. <c>032:033</c> or <c>023?</c>.</summary>
    public static TabariCode Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string code = text.Trim();
        bool dominant = code.EndsWith('!');
        bool subordinate = code.EndsWith('?');
        if (dominant || subordinate)
        {
            code = code[..^1].TrimEnd();
        }
        int colon = code.IndexOf(':', StringComparison.Ordinal);
        return colon < 0
            ? new TabariCode(code, null, dominant, subordinate)
            : new TabariCode(code[..colon].Trim(), code[(colon + 1)..].Trim(), dominant, subordinate);
    }
}
