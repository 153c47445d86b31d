namespace Parley.Coding.Tabari;

/// <summary>
/// One code block of a TABARI actor or agent entry: <c>[KLOGOV 950601-990815]</c>, <c>[KLO &lt;950601]</c>,
/// <c>[KLOREB &gt; 990815]</c> or the unrestricted <c>[FRE]</c>. A coded compound (<c>[NOR/SWE]</c>) has several codes.
/// </summary>
/// <param name="Codes">The codes; several for a coded compound.</param>
/// <param name="From">The first day the block holds (inclusive), or null.</param>
/// <param name="To">The last day the block holds (inclusive), or null.</param>
internal sealed record TabariDatedCode(IReadOnlyList<string> Codes, DateOnly? From, DateOnly? To)
{
    /// <summary>True when the block has a date restriction.</summary>
    public bool IsRestricted => From is not null || To is not null;

    /// <summary>True when <paramref name="date"/> falls within the restriction.</summary>
    public bool Holds(DateOnly date) => (From is null || date >= From) && (To is null || date <= To);

    /// <summary>
    /// The codes in force on <paramref name="date"/>: the first restricted block that holds, else the first
    /// unrestricted one; null when none applies ("[KLO &lt; 950601] [KLOREB &gt; 990815]" in between).
    /// </summary>
    public static IReadOnlyList<string>? Resolve(IReadOnlyList<TabariDatedCode> blocks, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        foreach (TabariDatedCode block in blocks)
        {
            if (block.IsRestricted && block.Holds(date))
            {
                return block.Codes;
            }
        }
        foreach (TabariDatedCode block in blocks)
        {
            if (!block.IsRestricted)
            {
                return block.Codes;
            }
        }
        return null;
    }
}
