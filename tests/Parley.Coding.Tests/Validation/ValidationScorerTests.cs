using Parley.Coding.Validation;

namespace Parley.Coding.Tests.Validation;

public class ValidationScorerTests
{
    private static readonly ExpectedEvent Praise = new("FRE", "SYL", "042");
    private static readonly ExpectedEvent Visit = new("SYL", "FRE", "032");

    private static ValidationRecord Record(params ExpectedEvent[] expected) => new()
    {
        Id = "TEST-01",
        Date = new DateOnly(2001, 1, 1),
        Text = "Freedonia praised Sylvania.",
        Expected = expected,
    };

    [Fact]
    public void ExactMatchPassesInAnyOrder()
    {
        ValidationOutcome outcome = ValidationScorer.Score(Record(Praise, Visit), [Visit, new ExpectedEvent("FRE", "SYL", "042")]);
        Assert.True(outcome.Passed);
        Assert.Empty(outcome.Missing);
        Assert.Empty(outcome.Extra);
        Assert.Equal("TEST-01: expected FRE→SYL 042, SYL→FRE 032; got SYL→FRE 032, FRE→SYL 042", outcome.Describe());
    }

    [Fact]
    public void EventsCompareAsMultisetsAndAsWritten()
    {
        ValidationOutcome duplicate = ValidationScorer.Score(Record(Praise), [Praise, Praise]);
        Assert.False(duplicate.Passed);
        Assert.Equal([Praise], duplicate.Extra);
        ValidationOutcome twice = ValidationScorer.Score(Record(Praise, Praise), [Praise]);
        Assert.Equal([Praise], twice.Missing);
        ValidationOutcome code = ValidationScorer.Score(Record(new ExpectedEvent("FRE", "SYL", "0420")), [Praise]);
        Assert.False(code.Passed, "codes compare as written");
        ValidationOutcome dated = ValidationScorer.Score(Record(Praise with { Date = new DateOnly(2001, 1, 2) }), [Praise]);
        Assert.True(dated.Passed, "event dates are not scored");
    }

    [Fact]
    public void FailureDescribesMissingAndExtra()
    {
        ValidationOutcome outcome = ValidationScorer.Score(Record(Praise, Visit), [Praise, new ExpectedEvent("FRE", "SYL", "111")]);
        Assert.False(outcome.Passed);
        Assert.Equal(
            "TEST-01: expected FRE→SYL 042, SYL→FRE 032; got FRE→SYL 042, FRE→SYL 111; missing SYL→FRE 032; extra FRE→SYL 111",
            outcome.Describe());
    }

    [Fact]
    public void NoEventsRecordsPassOnlyWhenNothingIsProduced()
    {
        ValidationRecord none = Record() with { ExpectsNoEvents = true };
        Assert.True(ValidationScorer.Score(none, []).Passed);
        ValidationOutcome extra = ValidationScorer.Score(none, [Praise]);
        Assert.False(extra.Passed);
        Assert.Equal("TEST-01: expected no events; got FRE→SYL 042; extra FRE→SYL 042", extra.Describe());
        Assert.Equal("TEST-01: expected no events; got nothing", ValidationScorer.Score(none, []).Describe());
    }

    [Fact]
    public void ComplexRecordsWithListedEventsAcceptEitherOutcome()
    {
        ValidationRecord complex = Record(Praise) with { ExpectsComplex = true };
        Assert.True(ValidationScorer.Score(complex, []).Passed);
        Assert.True(ValidationScorer.Score(complex, [Praise]).Passed);
        ValidationOutcome wrong = ValidationScorer.Score(complex, [Visit]);
        Assert.False(wrong.Passed);
        Assert.StartsWith("TEST-01: expected FRE→SYL 042 or no events (complex); got SYL→FRE 032", wrong.Describe(), StringComparison.Ordinal);
        ValidationRecord error = Record() with { ExpectsError = true, ErrorKind = "dateline" };
        Assert.Equal("TEST-01: expected no events (error dateline); got nothing", ValidationScorer.Score(error, []).Describe());
    }

    [Fact]
    public void ArgumentsAreChecked()
    {
        Assert.Throws<ArgumentNullException>(() => ValidationScorer.Score(null!, []));
        Assert.Throws<ArgumentNullException>(() => ValidationScorer.Score(Record(), null!));
        Assert.Throws<ArgumentException>(() => ValidationScorer.Score(Record(), [null!]));
        Assert.Throws<ArgumentNullException>(() => new ExpectedEvent(null!, "SYL", "042"));
        Assert.Throws<ArgumentOutOfRangeException>(() => Record() with { SourceLine = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new ValidationSummary(-1, 0, 0));
    }

    [Fact]
    public void SummaryLine()
    {
        ValidationOutcome pass = ValidationScorer.Score(Record(Praise), [Praise]);
        ValidationOutcome fail = ValidationScorer.Score(Record(Praise), []);
        ValidationSummary summary = ValidationSummary.Of([pass, pass, fail]);
        Assert.Equal("2 passed, 1 failed", summary.Describe());
        Assert.Equal("2 passed, 1 failed, 3 skipped", summary.AddSkipped().AddSkipped().AddSkipped().Describe());
        Assert.Equal("0 passed, 0 failed, 4 skipped", ValidationSummary.Of([], skipped: 4).ToString());
        Assert.Equal(new ValidationSummary(1, 0, 0), ValidationSummary.Empty.Add(pass));
    }
}
