namespace Parley.Coding.Dates;

/// <summary>
/// A date named in the text ("last Saturday", "October 20, 2016", "in 1988"), resolved against the story date.
/// </summary>
public sealed record TemporalExpression
{
    /// <summary>Creates an expression over the document tokens [<paramref name="start"/>, <paramref name="end"/>).</summary>
    /// <param name="start">Document index of the first token.</param>
    /// <param name="end">Document index one past the last token; greater than <paramref name="start"/>.</param>
    /// <param name="date">The resolved date; for a coarse <paramref name="granularity"/>, a representative day of the period.</param>
    /// <param name="granularity">How precisely the text names the date.</param>
    /// <param name="text">The words of the expression as written.</param>
    public TemporalExpression(int start, int end, DateOnly date, DateGranularity granularity, string text)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(end, start);
        if (!Enum.IsDefined(granularity))
        {
            throw new ArgumentOutOfRangeException(nameof(granularity), granularity, "Unknown granularity.");
        }
        ArgumentNullException.ThrowIfNull(text);
        Start = start;
        End = end;
        Date = date;
        Granularity = granularity;
        Text = text;
    }

    /// <summary>Document index of the first token.</summary>
    public int Start { get; }

    /// <summary>Document index one past the last token.</summary>
    public int End { get; }

    /// <summary>
    /// The resolved date. For <see cref="DateGranularity.Month"/> and <see cref="DateGranularity.Year"/> it is the first
    /// day of the period named by absolute and last/this/next expressions, and the story date shifted back for "N
    /// months ago"; for <see cref="DateGranularity.Week"/> it is the day the expression points to ("last week" is the
    /// story date minus seven days).
    /// </summary>
    public DateOnly Date { get; }

    /// <summary>How precisely the text names the date.</summary>
    public DateGranularity Granularity { get; }

    /// <summary>The expression as written, from the first character of its first token to the last of its last.</summary>
    public string Text { get; }

    /// <summary>True when document token <paramref name="token"/> belongs to the expression.</summary>
    public bool Contains(int token) => token >= Start && token < End;

    /// <summary>The token distance from <paramref name="token"/> to the expression (0 when inside it).</summary>
    public int DistanceTo(int token) => token < Start ? Start - token : token >= End ? token - End + 1 : 0;
}
