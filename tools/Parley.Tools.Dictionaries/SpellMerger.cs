namespace Parley.Tools.Dictionaries;

/// <summary>Joins a person's spells: spells with the same code that overlap or nearly touch become one.</summary>
internal static class SpellMerger
{
    /// <summary>
    /// Spells closer than this count as one: REIGN gives end months, not days, and sources disagree by a few days
    /// about when an office changed hands.
    /// </summary>
    public const int ToleranceDays = 31;

    /// <summary>True when the periods of <paramref name="a"/> and <paramref name="b"/> overlap or lie within <see cref="ToleranceDays"/>.</summary>
    public static bool Near(EntryCode a, EntryCode b)
    {
        DateOnly aFrom = a.From ?? DateOnly.MinValue;
        DateOnly bFrom = b.From ?? DateOnly.MinValue;
        DateOnly aTo = a.To ?? DateOnly.MaxValue;
        DateOnly bTo = b.To ?? DateOnly.MaxValue;
        return aFrom <= Add(bTo) && bFrom <= Add(aTo);
    }

    /// <summary>The spells with same-code neighbours joined, in order of start date, then code.</summary>
    public static List<EntryCode> Merge(IEnumerable<EntryCode> spells)
    {
        var result = new List<EntryCode>();
        foreach (IGrouping<string, EntryCode> group in spells.GroupBy(s => s.Code, StringComparer.Ordinal))
        {
            var ordered = group.OrderBy(s => s.From ?? DateOnly.MinValue).ToList();
            EntryCode current = ordered[0];
            foreach (EntryCode next in ordered.Skip(1))
            {
                if (Near(current, next))
                {
                    DateOnly? to = current.To is null || next.To is null ? null : Max(current.To.Value, next.To.Value);
                    current = current with { To = to };
                }
                else
                {
                    result.Add(current);
                    current = next;
                }
            }
            result.Add(current);
        }
        return result.OrderBy(s => s.From ?? DateOnly.MinValue).ThenBy(s => s.Code, StringComparer.Ordinal).ToList();
    }

    private static DateOnly Add(DateOnly date) => date > DateOnly.MaxValue.AddDays(-ToleranceDays) ? date : date.AddDays(ToleranceDays);

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
