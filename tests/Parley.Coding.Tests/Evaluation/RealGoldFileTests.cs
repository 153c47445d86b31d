using Parley.Coding.Evaluation;
using Parley.Testing;

namespace Parley.Coding.Tests.Evaluation;

/// <summary>
/// Reads the gold files of the shared data (skipped where absent). The counts were checked against the files with
/// an independent script: 164 PLOVER records, 17 of them without a target list (13 have none, 4 carry a string), one
/// without source; the codebook has 312 rows, 277 with an example, one of which is the placeholder "NEED EXAMPLE.".
/// </summary>
public class RealGoldFileTests
{
    private static string DataFile(string relative)
    {
        string path = TestPaths.DataFile(relative);
        Skip.IfNot(File.Exists(path), $"{path} is absent (no shared data on this machine)");
        return path;
    }

    [SkippableFact]
    public void PloverDevRecords()
    {
        GoldSet gold = GoldReader.Read(DataFile("gold/plover_gsr_cameo_dev.json"));
        Assert.Equal(GoldFormat.Plover, gold.Format);
        Assert.Equal(164, gold.Events.Count);
        Assert.Empty(gold.Skipped);
        Assert.Equal(164, gold.Events.Select(e => e.Id).Distinct().Count());
        Assert.Equal(18, gold.Events.Select(e => e.Label).Distinct().Count());
        Assert.Equal(20, gold.Events.Count(e => e.Label == "AGREE"));
        Assert.Equal(17, gold.Events.Count(e => e.Label == "REJECT"));
        Assert.Equal(2, gold.Events.Count(e => e.Label == "COOPERATE"));
        Assert.Equal(17, gold.Events.Count(e => e.TargetCountries.Count == 0));
        Assert.Equal(1, gold.Events.Count(e => e.SourceCountries.Count == 0));
        Assert.All(gold.Events, e => Assert.Equal(new DateOnly(2000, 1, 1), e.Date));
        Assert.All(gold.Events, e => Assert.Equal(PloverEventTypes.RootsOf(e.Label), e.Roots));
        Assert.All(gold.Events, e => Assert.False(string.IsNullOrWhiteSpace(e.Text)));
        GoldEvent agree = gold.Events[0];
        Assert.Equal("PLOVER-GSR01-AGREE-0001", agree.Id);
        Assert.Equal(["HUN", "ROU"], agree.SourceCountries);
    }

    [SkippableFact]
    public void IcewsCodebookExamples()
    {
        GoldSet gold = GoldReader.Read(DataFile("gold/icews_cameo_codebook/cameo-codes.csv"));
        Assert.Equal(GoldFormat.IcewsCodebook, gold.Format);
        Assert.Equal(276, gold.Events.Count);
        Assert.Equal(36, gold.Skipped.Count);
        Assert.Equal(35, gold.Skipped.Count(s => s.Reason == "no example"));
        Assert.Equal("151", Assert.Single(gold.Skipped, s => s.Reason.StartsWith("placeholder", StringComparison.Ordinal)).Id);
        Assert.Equal(276, gold.Events.Select(e => e.Id).Distinct().Count());
        Assert.Equal(27, gold.Events.Count(e => e.Roots[0] == "03"));
        Assert.Equal(4, gold.Events.Count(e => e.Roots[0] == "15"));
        Assert.Equal(3, gold.Events.Count(e => e.Roots[0] == "20"));
        Assert.All(gold.Events, e => Assert.Single(e.Roots));
        Assert.All(gold.Events, e => Assert.StartsWith(e.Roots[0], e.Label, StringComparison.Ordinal));
        Assert.All(gold.Events, e => Assert.Empty(e.SourceCountries));
        // The mojibake is repaired ("Moscow‚Äôs" → "Moscow’s") and the codebook's notes are cut.
        Assert.DoesNotContain(gold.Events, e => e.Text.Contains("\u201a\u00c4", StringComparison.Ordinal));
        Assert.DoesNotContain(gold.Events, e => e.Text.Contains("Note:", StringComparison.Ordinal));
        Assert.Contains(gold.Events, e => e.Text.Contains("Moscow\u2019s", StringComparison.Ordinal));
    }
}
