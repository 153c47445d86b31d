namespace Parley.Coding.Tabari;

/// <summary>
/// One element of a TABARI verb pattern or synonym-set member. <see cref="FollowsAtOnce"/> says that it must stand
/// right after the element written before it (they are joined by <c>_</c>); otherwise words may come between.
/// </summary>
/// <param name="Kind">What the element is.</param>
/// <param name="Text">The word (upper case) or the synonym set's name; empty otherwise.</param>
/// <param name="Open">For a word: a stem that matches any word it begins (written without a trailing <c>_</c>, or with <c>~</c>).</param>
/// <param name="FollowsAtOnce">Joined by <c>_</c> to the element before it.</param>
/// <param name="Alternatives">For <see cref="TabariElementKind.Alternatives"/>: the alternatives, each a sequence.</param>
internal sealed record TabariElement(
    TabariElementKind Kind,
    string Text,
    bool Open,
    bool FollowsAtOnce,
    IReadOnlyList<IReadOnlyList<TabariElement>> Alternatives)
{
    /// <summary>True for the four actor tokens <c>$ + % ^</c>.</summary>
    public bool IsActor => Kind is TabariElementKind.Source or TabariElementKind.Target or TabariElementKind.Compound or TabariElementKind.Skip;

    /// <summary>
    /// The letters of its literal words, which order a verb's patterns: actor tokens and synonym sets weigh nothing
    /// and alternatives weigh as their first one.
    /// </summary>
    public int Weight => Kind switch
    {
        TabariElementKind.Word => Text.Length,
        TabariElementKind.Alternatives when Alternatives.Count > 0 => Alternatives[0].Sum(e => e.Weight),
        _ => 0,
    };
}
