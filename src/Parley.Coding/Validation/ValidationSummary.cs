namespace Parley.Coding.Validation;

/// <summary>Counts of a validation run; immutable, so a runner folds outcomes into it with <see cref="Add"/>.</summary>
/// <param name="Passed">Records that passed.</param>
/// <param name="Failed">Records that failed.</param>
/// <param name="Skipped">Records not scored (error tests, deactivated, option records, outside the standard set).</param>
public sealed record ValidationSummary(int Passed, int Failed, int Skipped)
{
    /// <summary>An empty summary.</summary>
    public static ValidationSummary Empty { get; } = new(0, 0, 0);

    /// <summary>Records that passed.</summary>
    public int Passed { get; init; } = Passed >= 0 ? Passed : throw new ArgumentOutOfRangeException(nameof(Passed), Passed, "counts are not negative");

    /// <summary>Records that failed.</summary>
    public int Failed { get; init; } = Failed >= 0 ? Failed : throw new ArgumentOutOfRangeException(nameof(Failed), Failed, "counts are not negative");

    /// <summary>Records skipped.</summary>
    public int Skipped { get; init; } = Skipped >= 0 ? Skipped : throw new ArgumentOutOfRangeException(nameof(Skipped), Skipped, "counts are not negative");

    /// <summary>Summarises <paramref name="outcomes"/> and <paramref name="skipped"/> skipped records.</summary>
    public static ValidationSummary Of(IEnumerable<ValidationOutcome> outcomes, int skipped = 0)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        return outcomes.Aggregate(new ValidationSummary(0, 0, skipped), (summary, outcome) => summary.Add(outcome));
    }

    /// <summary>This summary with <paramref name="outcome"/> counted.</summary>
    public ValidationSummary Add(ValidationOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return outcome.Passed ? this with { Passed = Passed + 1 } : this with { Failed = Failed + 1 };
    }

    /// <summary>This summary with one more skipped record.</summary>
    public ValidationSummary AddSkipped() => this with { Skipped = Skipped + 1 };

    /// <summary>The final line: <c>N passed, M failed</c>, with <c>, K skipped</c> when K &gt; 0.</summary>
    public string Describe() =>
        Skipped > 0 ? $"{Passed} passed, {Failed} failed, {Skipped} skipped" : $"{Passed} passed, {Failed} failed";

    /// <summary>Same as <see cref="Describe"/>.</summary>
    public override string ToString() => Describe();
}
