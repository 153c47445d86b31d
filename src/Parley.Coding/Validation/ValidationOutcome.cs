namespace Parley.Coding.Validation;

/// <summary>The verdict of <see cref="ValidationScorer.Score"/> on one record.</summary>
/// <param name="Record">The record scored.</param>
/// <param name="Produced">The events the coder produced.</param>
/// <param name="Passed">Whether the record passed as the suite defines it.</param>
/// <param name="Missing">Expected events that were not produced (empty when passed).</param>
/// <param name="Extra">Produced events that were not expected (empty when passed).</param>
public sealed record ValidationOutcome(
    ValidationRecord Record,
    IReadOnlyList<ExpectedEvent> Produced,
    bool Passed,
    IReadOnlyList<ExpectedEvent> Missing,
    IReadOnlyList<ExpectedEvent> Extra)
{
    /// <summary>The record scored.</summary>
    public ValidationRecord Record { get; init; } = Record ?? throw new ArgumentNullException(nameof(Record));

    /// <summary>The events produced.</summary>
    public IReadOnlyList<ExpectedEvent> Produced { get; init; } = Produced ?? throw new ArgumentNullException(nameof(Produced));

    /// <summary>Expected events not produced.</summary>
    public IReadOnlyList<ExpectedEvent> Missing { get; init; } = Missing ?? throw new ArgumentNullException(nameof(Missing));

    /// <summary>Produced events not expected.</summary>
    public IReadOnlyList<ExpectedEvent> Extra { get; init; } = Extra ?? throw new ArgumentNullException(nameof(Extra));

    /// <summary>
    /// One line: <c>DEMO-01: expected ARN→GON 064; got ARN→GON 064</c>, with <c>; missing ...</c> and
    /// <c>; extra ...</c> appended on failure. Outcomes with no events read "no events (complex)", "nothing" and so on.
    /// </summary>
    public string Describe()
    {
        string line = $"{Record.Id}: expected {DescribeExpected(Record)}; got {List(Produced, "nothing")}";
        if (Missing.Count > 0)
        {
            line += $"; missing {List(Missing, "")}";
        }
        if (Extra.Count > 0)
        {
            line += $"; extra {List(Extra, "")}";
        }
        return line;
    }

    private static string DescribeExpected(ValidationRecord record)
    {
        var reasons = new List<string>();
        if (record.ExpectsError)
        {
            reasons.Add($"error {record.ErrorKind}".TrimEnd());
        }
        if (record.ExpectsComplex)
        {
            reasons.Add("complex");
        }
        if (record.ExpectsDiscard)
        {
            reasons.Add("discard");
        }
        bool nothing = record.ExpectsNoEvents || reasons.Count > 0;
        string none = reasons.Count > 0 ? $"no events ({string.Join(", ", reasons)})" : "no events";
        return record.Expected.Count == 0 ? none
            : nothing ? $"{List(record.Expected, "")} or {none}"
            : List(record.Expected, "");
    }

    private static string List(IReadOnlyList<ExpectedEvent> events, string empty) =>
        events.Count == 0 ? empty : string.Join(", ", events);
}
