using Parley.Coding.Evaluation;
using Parley.Coding.Events;
using static Parley.Coding.Tests.Evaluation.EvaluationFixtures;

namespace Parley.Coding.Tests.Evaluation;

public class EvaluationTallyTests
{
    private static void Add(EvaluationTally tally, GoldEvent gold, MissEvidence evidence, params CodedEvent[] events) =>
        tally.Add(gold, EventScorer.Score(gold, events, () => evidence), events);

    [Fact]
    public void RatesCountsAndMisses()
    {
        var tally = new EvaluationTally();
        GoldEvent gold = Gold("11", "FRE", "SYL", label: "DISAPPROVE");
        Add(tally, gold, NoEvidence, Event("FRE", "111", "SYL"), Event("SYL", "111", "FRE"));  // full match, 2 events on root
        Add(tally, gold, NoEvidence, Event("SYL", "112", "FRE"));                            // wrong actor
        Add(tally, gold, NoEvidence, Event("FRE", "040", "SYL"));                            // wrong code
        Add(tally, gold, new MissEvidence(true, true, false));                               // no event
        tally.Add(gold, EventScorer.Score(gold, [], () => new MissEvidence(true, true, true)), [], [Event("FRE", "111", "SYL", Modality.Negated)]);
        var skipped = new[] { new SkippedGoldRecord("X", 9, "unknown PLOVER event type 'X'") };

        EvaluationReport report = tally.ToReport("gold.json", skipped, sentences: 10, codingSeconds: 2);

        Assert.Equal(5, report.Records);
        Assert.Same(skipped, report.Skipped);
        Assert.Equal(2, report.RootHits);
        Assert.Equal(1, report.FullMatches);
        Assert.Equal(4, report.Emitted);
        Assert.Equal(3, report.EmittedOnRoot);
        Assert.Equal(40.0, report.RootAccuracy, 6);
        Assert.Equal(20.0, report.FullMatchRate, 6);
        Assert.Equal(75.0, report.Precision, 6);
        Assert.Equal(5.0, report.SentencesPerSecond, 6);
        Assert.Equal(2.5, report.RecordsPerSecond, 6);
        Assert.Equal(MissCauses.All.Count, report.MissCounts.Count);
        Assert.Equal(1, report.MissCounts[MissCause.WrongActor]);
        Assert.Equal(1, report.MissCounts[MissCause.WrongCode]);
        Assert.Equal(1, report.MissCounts[MissCause.NoEvent]);
        Assert.Equal(1, report.MissCounts[MissCause.Modality]);
        Assert.Equal(0, report.MissCounts[MissCause.NoActor]);
        Assert.Equal([MissCause.WrongActor, MissCause.WrongCode, MissCause.NoEvent, MissCause.Modality], report.Misses.Select(m => m.Cause));

        EvaluationMiss modality = report.Misses[3];
        Assert.Equal("G1", modality.Id);
        Assert.Equal("DISAPPROVE", modality.GoldLabel);
        Assert.Equal("Freedonia denounced Sylvania.", modality.Text);
        Assert.Empty(modality.Emitted);
        Assert.Equal(["FRE 111 SYL [negated]"], EvaluationMiss.Describe(modality.EmittedWithAllModalities));
    }

    [Fact]
    public void EmptyReportHasZeroRates()
    {
        EvaluationReport report = new EvaluationTally().ToReport("gold.json", [], 0, 0);
        Assert.Equal(0, report.Records);
        Assert.Equal(0.0, report.RootAccuracy);
        Assert.Equal(0.0, report.Precision);
        Assert.Equal(0.0, report.SentencesPerSecond);
        Assert.All(report.MissCounts.Values, count => Assert.Equal(0, count));
    }

    [Fact]
    public void CauseNamesAsReportsPrintThem() =>
        Assert.Equal(["no actor", "no verb", "modality", "wrong code", "wrong actor", "no event"], MissCauses.All.Select(MissCauses.Name));
}
