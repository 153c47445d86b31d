using Parley.Coding.Validation;
using Parley.Testing;

namespace Parley.Coding.Tests.Validation;

/// <summary>
/// Reads the PETRARCH and TABARI validation suites from the shared data (skipped where absent). The counts were
/// checked by hand against the files (grep for <c>&lt;Sentence </c>, <c>noevents</c>, <c>error=</c>, the TABARI
/// date lines and blocks).
/// </summary>
public class RealValidationSuiteTests
{
    private static string DataFile(string relative)
    {
        string path = TestPaths.DataFile(relative);
        Skip.IfNot(File.Exists(path), $"{path} is absent (no shared data on this machine)");
        return path;
    }

    private static ValidationRecord Single(ValidationSuite suite, string id) => Assert.Single(suite.Records, r => r.Id == id);

    [SkippableFact]
    public void PetrarchUnitTestRecords()
    {
        ValidationSuite suite = PetrarchSuiteReader.Read(DataFile("petrarch/PETR.UnitTest.records.xml"));
        IReadOnlyList<ValidationRecord> records = suite.Records;
        Assert.Equal(284, records.Count);
        // AGENTS-18/19 (category AGENTS) and COMPOUND-36 (COMPOUNDx) are not in the <Include> list.
        Assert.Equal(281, records.Count(r => r.IsStandard));
        Assert.Equal(7, records.Count(r => r.ExpectsError));
        Assert.Equal(["bad_input_parse", "dateline", "sentencediscard", "storydiscard"], records.Select(r => r.ErrorKind).OfType<string>().Distinct().Order(StringComparer.Ordinal));
        // 19 noevents="True" plus PATTERN-06, which has no <EventCoding>.
        Assert.Equal(20, records.Count(r => r.ExpectsNoEvents));
        Assert.Equal(5, records.Count(r => !r.IsSentence));
        Assert.Equal(28, records.Sum(r => r.OptionChanges.Count));
        Assert.Equal(359, records.Sum(r => r.Expected.Count));
        Assert.Equal(274, records.Count(r => r.IsScored));
        Assert.Equal("True", suite.Options["stop_on_error"]);
        Assert.Equal("FINAL-RECORD", records[^1].Id);
        Assert.All(records, r => Assert.NotEmpty(r.Text));

        ValidationRecord demo = Single(suite, "DEMO-01");
        Assert.Equal([new ExpectedEvent("ARN", "GON", "064")], demo.Expected);
        Assert.Equal(new DateOnly(1995, 1, 1), demo.Date);
        Assert.StartsWith("Arnor is about to restore full diplomatic ties with Gondor almost five years after", demo.Text, StringComparison.Ordinal);
        Assert.Contains(new ExpectedEvent("\"INJURY TOLL\"", "OSG", "223"), Single(suite, "DEMO-22").Expected);
        Assert.Equal("4", Single(suite, "DEMO-22").Options["new_actor_length"]);
        Assert.Equal("0", Single(suite, "DEMO-23").Options["new_actor_length"]);
    }

    [SkippableFact]
    public void PetrarchSuiteNamesExistingDictionaries()
    {
        ValidationSuite suite = PetrarchSuiteReader.Read(DataFile("petrarch/PETR.UnitTest.records.xml"));
        Assert.Equal(["PETR.Validate.verbs.txt", "PETR.Validate.actors.txt", "PETR.Validate.agents.txt", "PETR.Validate.discards.txt"], suite.Dictionaries.All.Select(Path.GetFileName));
        Assert.All(suite.Dictionaries.All, path => Assert.True(File.Exists(path), path));
    }

    [SkippableFact]
    public void TabariValidationRecords()
    {
        ValidationSuite suite = TabariSuiteReader.Read(DataFile("tabari/Validate.project"));
        IReadOnlyList<ValidationRecord> records = suite.Records;
        Assert.Equal(481, records.Count);
        List<ValidationRecord> standard = records.Where(r => r.IsStandard).ToList();
        // 467 six-digit date lines, the typo 9501201 and five YYYY-mode date lines before FINAL-01.
        Assert.Equal(473, standard.Count);
        Assert.Equal("FINAL-01", standard[^1].Id);
        Assert.Equal(23, standard.Count(r => r.IsOptionRecord));
        Assert.Equal(31, standard.Sum(r => r.OptionChanges.Count));
        Assert.Equal(21, standard.Count(r => r.ExpectsComplex));
        Assert.Equal(7, standard.Count(r => r.ExpectsDiscard));
        Assert.Equal(17, standard.Count(r => r.ExpectsNoEvents));
        Assert.Equal(["DEMO-05", "COMPOUND-07", "COMPOUND-08", "COMPOUND-23", "TIME-06", "TIME-07"], standard.Where(r => r.IsOptional).Select(r => r.Id));
        Assert.Equal(444, standard.Count(r => r.IsScored));
        Assert.DoesNotContain(records, r => r.ExpectsError);
        Assert.All(standard, r => Assert.NotEmpty(r.Text));

        Assert.Equal([new ExpectedEvent("ARN", "GON", "064")], Single(suite, "DEMO-01").Expected);
        ValidationRecord paired = Single(suite, "DEMO-04");
        Assert.Equal([new ExpectedEvent("DAG", "GON", "032"), new ExpectedEvent("GON", "DAG", "033")], paired.Expected);
        Assert.All(paired.Expected, e => Assert.Equal(new DateOnly(1995, 1, 3), e.Date));
        // PATTERN-26 closes its comment early and repeats the events after it; all four count.
        Assert.Equal(4, Single(suite, "PATTERN-26").Expected.Count);
        Assert.Equal(new DateOnly(1860, 10, 2), Single(suite, "YYYY-03").Date);
        Assert.Equal("TRUE", Single(suite, "YYYY-01").Options["YYYY"]);
        Assert.Equal("8", Single(suite, "MINWRD-05").Options["MINIMUM WORDS"]);
    }

    [SkippableFact]
    public void TabariProjectAndOptions()
    {
        ValidationSuite suite = TabariSuiteReader.Read(DataFile("tabari/Validate.project"));
        Assert.Equal(["TABARI.Demo.verbs", "TABARI.Demo.actors", "Validate.agents", "Validate.options"], suite.Dictionaries.All.Select(Path.GetFileName));
        Assert.All(suite.Dictionaries.All, path => Assert.True(File.Exists(path), path));
        TabariOptions options = TabariSuiteReader.ReadOptions(suite.Dictionaries.Options!);
        Assert.Equal(7, options.Commands.Count);
        Assert.Equal(89, options.Labels.Count);
        Assert.Equal("GRANT PRIVILEGE", options.Labels["064"]);
        Assert.Equal("VERBS[5] CONJ[4] NOACTPRIOR EXPLAIN", suite.Options["COMPLEX"]);
        Assert.Equal("FALSE", suite.Options["SKIP RECORDS"]);
    }
}
