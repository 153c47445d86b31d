namespace Parley.Coding.Validation;

/// <summary>
/// Scores a coder's events for a record the way TABARI and PETRARCH validation do: the produced events must equal the
/// expected ones as multisets of (source, target, code), compared ordinally as written — every expected event
/// produced, no extra one, and duplicates count. Records that expect no events (<c>noevents</c>, <c>{---}</c>), a
/// complexity rejection (<c>{+++}</c>), a discard (<c>{###}</c>) or an error also pass when nothing is produced,
/// even where the suite lists the events coded with the filter off as the alternative.
/// </summary>
public static class ValidationScorer
{
    /// <summary>Scores <paramref name="produced"/> against <paramref name="record"/>.</summary>
    public static ValidationOutcome Score(ValidationRecord record, IReadOnlyList<ExpectedEvent> produced)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(produced);
        if (produced.Any(e => e is null))
        {
            throw new ArgumentException("produced events must not be null", nameof(produced));
        }
        ExpectedEvent[] producedCopy = produced.ToArray();
        bool nothingAllowed = record.ExpectsNoEvents || record.ExpectsComplex || record.ExpectsDiscard || record.ExpectsError;
        if (producedCopy.Length == 0 && nothingAllowed)
        {
            return new ValidationOutcome(record, producedCopy, Passed: true, [], []);
        }
        List<ExpectedEvent> missing = Subtract(record.Expected, producedCopy);
        List<ExpectedEvent> extra = Subtract(producedCopy, record.Expected);
        bool passed = missing.Count == 0 && extra.Count == 0;
        return new ValidationOutcome(record, producedCopy, passed, missing, extra);
    }

    /// <summary>The multiset difference <paramref name="from"/> − <paramref name="remove"/>, in the order of <paramref name="from"/>.</summary>
    private static List<ExpectedEvent> Subtract(IReadOnlyList<ExpectedEvent> from, IReadOnlyList<ExpectedEvent> remove)
    {
        // ExpectedEvent equality compares source, target and code only, which is what the suites score.
        var counts = new Dictionary<ExpectedEvent, int>();
        foreach (ExpectedEvent e in remove)
        {
            counts[e] = counts.GetValueOrDefault(e) + 1;
        }
        var left = new List<ExpectedEvent>();
        foreach (ExpectedEvent e in from)
        {
            if (counts.GetValueOrDefault(e) > 0)
            {
                counts[e]--;
            }
            else
            {
                left.Add(e);
            }
        }
        return left;
    }
}
