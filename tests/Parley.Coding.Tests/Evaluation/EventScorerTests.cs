using Parley.Coding.Evaluation;
using Parley.Coding.Events;
using static Parley.Coding.Tests.Evaluation.EvaluationFixtures;

namespace Parley.Coding.Tests.Evaluation;

public class EventScorerTests
{
    private static EventScore Score(GoldEvent gold, params CodedEvent[] events) =>
        EventScorer.Score(gold, events, () => throw new InvalidOperationException("evidence is only for silent records"));

    [Fact]
    public void FullMatchNeedsRootSourceAndTargetOnOneEvent()
    {
        EventScore score = Score(Gold("11", "FRE", "SYL"), Event("FREGOV", "111", "SYLMIL"));
        Assert.Equal(new EventScore(true, true, 1, 1, null), score);

        // Root on one event, the countries on another: a root hit, not a full match.
        score = Score(Gold("11", "FRE", "SYL"), Event("FREGOV", "111", "KRO"), Event("FRE", "040", "SYL"));
        Assert.Equal(new EventScore(true, false, 2, 1, MissCause.WrongActor), score);
    }

    [Fact]
    public void PrecisionCountsEventsOnAcceptedRoots()
    {
        EventScore score = Score(Gold("03 05", "FRE", "SYL"), Event("FRE", "036", "SYL"), Event("SYL", "057", "FRE"), Event("FRE", "010", "SYL"));
        Assert.Equal(3, score.Emitted);
        Assert.Equal(2, score.EmittedOnRoot);
        Assert.True(score.FullMatch);
    }

    [Fact]
    public void NoAcceptedRootIsWrongCode()
    {
        EventScore score = Score(Gold("14", "FRE", "SYL"), Event("FRE", "1", "SYL"), Event("FRE", "141", "SYL").With("---"));
        Assert.Equal(new EventScore(false, false, 2, 0, MissCause.WrongCode), score);
    }

    [Theory]
    [InlineData("", "", "KRO", "KRO", true)]          // the codebook: roots only
    [InlineData("FRE", "", "FREGOV", "-", true)]      // no gold target: any target
    [InlineData("", "SYL", "-", "SYLCVL", true)]      // no gold source: any source
    [InlineData("FRE SYL", "", "SYLGOV", "FRE", true)] // any of several gold sources
    [InlineData("FRE", "SYL", "FRE", "-", false)]     // gold target, none emitted
    [InlineData("FRE", "SYL", "---GOV", "SYL", false)] // TABARI's unknown country matches nothing
    [InlineData("FRE", "IGO", "FRE", "IGOUNO", true)] // IGO... = IGO
    [InlineData("FRE", "IGO", "FRE", "IGO", true)]    // a bare IGO code as well
    [InlineData("NGO", "FRE", "NGO", "fre", true)]    // gold NGO; case does not matter
    [InlineData("FRE", "SYL", "GOV", "SYL", false)]   // a bare role has no country
    public void CountriesCompareByFirstThreeLetters(string sources, string targets, string source, string target, bool full) =>
        Assert.Equal(full, Score(Gold("11", sources, targets), Event(source, "112", target)).FullMatch);

    [Fact]
    public void CountryOfActors()
    {
        Assert.Equal("FRE", EventScorer.CountryOf(new EventActor("FREGOVMIL", "", default)));
        Assert.Equal("IGO", EventScorer.CountryOf(new EventActor("IGOUNO", "", default)));
        Assert.Equal("NGO", EventScorer.CountryOf(new EventActor("NGO", "", default)));
        Assert.Null(EventScorer.CountryOf(new EventActor("---GOV", "", default)));
        Assert.Null(EventScorer.CountryOf(new EventActor("GO", "", default)));
        Assert.Null(EventScorer.CountryOf(null));
    }

    [Theory]
    [InlineData("1243", "12")]
    [InlineData("01", "01")]
    [InlineData("7", null)]
    [InlineData("---", null)]
    [InlineData("", null)]
    public void RootIsTheFirstTwoDigits(string code, string? root) => Assert.Equal(root, EventScorer.RootOf(code));

    [Theory]
    [InlineData(false, false, false, MissCause.NoActor)]
    [InlineData(false, true, false, MissCause.NoActor)]
    [InlineData(true, false, false, MissCause.NoVerb)]
    [InlineData(true, true, false, MissCause.NoEvent)]
    [InlineData(true, true, true, MissCause.Modality)]
    [InlineData(false, false, true, MissCause.Modality)]
    public void SilenceIsExplainedByTheEvidence(bool name, bool word, bool modality, MissCause cause)
    {
        EventScore score = EventScorer.Score(Gold("11", "FRE", "SYL"), [], () => new MissEvidence(name, word, modality));
        Assert.Equal(new EventScore(false, false, 0, 0, cause), score);
    }

    [Fact]
    public void EvidenceIsAskedOnlyWhenNothingWasEmitted()
    {
        int asked = 0;
        EventScorer.Score(Gold("11"), [Event("FRE", "040", "SYL")], () => { asked++; return NoEvidence; });
        Assert.Equal(0, asked);
        EventScorer.Score(Gold("11"), [], () => { asked++; return NoEvidence; });
        Assert.Equal(1, asked);
    }

    [Fact]
    public void DescribesEvents()
    {
        Assert.Equal(["FREGOV 111 SYL", "FRE 040 - [future]"],
            EvaluationMiss.Describe([Event("FREGOV", "111", "SYL"), Event("FRE", "040", "-", Modality.Future)]));
    }
}

/// <summary>Small helpers to vary a hand-made event.</summary>
internal static class CodedEventTestExtensions
{
    public static CodedEvent With(this CodedEvent e, string code) => e with { Code = code };
}
