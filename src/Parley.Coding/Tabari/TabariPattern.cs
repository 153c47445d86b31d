namespace Parley.Coding.Tabari;

/// <summary>
/// A pattern of a verb ("- URGED + * RETURN_{ ALL_ | THE_ }_PRISONERS [150]"): the elements
/// before the verb (<see cref="Upper"/>, matched backwards from it), those after it (<see cref="Lower"/>) and the
/// code it gives.
/// </summary>
/// <param name="Text">The pattern as written, for traces.</param>
/// <param name="Upper">The elements written before <c>*</c>, in written order.</param>
/// <param name="VerbFollowsAtOnce">The verb must stand right after the last upper element (<c>JETS_*</c>).</param>
/// <param name="Lower">The elements written after <c>*</c>, in written order.</param>
/// <param name="Code">The code when the pattern matches.</param>
internal sealed record TabariPattern(
    string Text,
    IReadOnlyList<TabariElement> Upper,
    bool VerbFollowsAtOnce,
    IReadOnlyList<TabariElement> Lower,
    TabariCode Code)
{
    /// <summary>The letters of its literal words: longer patterns are tried first.</summary>
    public int Weight => Upper.Sum(e => e.Weight) + Lower.Sum(e => e.Weight);
}
