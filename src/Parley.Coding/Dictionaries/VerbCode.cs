namespace Parley.Coding.Dictionaries;

/// <summary>
/// The bracketed code of a verb block, verb or pattern: <c>[070]</c>, the null code <c>[---]</c>, or a pair
/// <c>[042:043]</c>. In a pair the first code is the event from source to target and the second the event the
/// TABARI/PETRARCH coders add in the other direction (target to source); either side may be absent
/// (<c>[:173]</c> codes only the reverse event).
/// </summary>
/// <param name="Code">The main code (digits or <c>---</c>), or null for <c>[:X]</c>.</param>
/// <param name="PairedCode">The reverse-direction code after the colon, or null when there is none.</param>
public sealed record VerbCode(string? Code, string? PairedCode)
{
    /// <summary>The null code: the verb or pattern produces no event.</summary>
    public const string Null = "---";

    /// <summary>True for <c>[---]</c>.</summary>
    public bool IsNull => Code == Null && PairedCode is null;

    /// <summary>The code as written in a dictionary, e.g. <c>[042:043]</c>.</summary>
    public override string ToString() => PairedCode is null ? $"[{Code}]" : $"[{Code}:{PairedCode}]";
}
