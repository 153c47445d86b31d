using System.Text;
using Parley.Coding.Evaluation;

namespace Parley.Coding.Tests.Evaluation;

public class IcewsCodebookReaderTests
{
    private const string Source = "codes.csv";

    private const string Header = "\"\",\"eventtype_ID\",\"name\",\"code\",\"goldstein\",\"nsLeft\",\"nsRight\",\"description\",\"usage_notes\",\"example\",\"root_code\",\"order\"\n";

    // Invented rows in the R layout of the ICEWS codebook.
    private const string Rows = Header
        + "\"1\",1,\"ROOT\",\"11\",-2,1,2,NA,NA,NA,\"11\",1\n"
        + "\"2\",2,\"Criticize\",\"111\",-2,3,4,\"Criticize, denounce.\",\"Verbal, \"\"not\"\" material.\",\"Freedonia denounced Sylvania, its neighbour. Note: One event is coded.\",\"11\",2\n"
        + "\"3\",3,\"Placeholder\",\"112\",-2,5,6,NA,NA,\"NEED EXAMPLE. \",\"11\",3\n"
        + "\"4\",4,\"Appeal\",\"0231\",3,7,8,\"Ask for\neconomic aid.\",NA,\"Sylvania asked Freedonia for grain. \",\"2\",4\n";

    [Fact]
    public void RowsWithExamplesBecomeRootOnlyRecords()
    {
        GoldSet gold = IcewsCodebookReader.Parse(Rows, Source);
        Assert.Equal(GoldFormat.IcewsCodebook, gold.Format);
        Assert.Equal(2, gold.Events.Count);

        GoldEvent criticize = gold.Events[0];
        Assert.Equal("111", criticize.Id);
        Assert.Equal("111", criticize.Label);
        Assert.Equal(["11"], criticize.Roots);
        Assert.Equal("Freedonia denounced Sylvania, its neighbour.", criticize.Text);
        Assert.Empty(criticize.SourceCountries);
        Assert.Empty(criticize.TargetCountries);
        Assert.Null(criticize.Date);

        GoldEvent appeal = gold.Events[1];
        Assert.Equal(["02"], appeal.Roots);
        Assert.Equal("Sylvania asked Freedonia for grain.", appeal.Text);
    }

    [Fact]
    public void RowsWithoutExampleAreSkipped()
    {
        GoldSet gold = IcewsCodebookReader.Parse(Rows, Source);
        Assert.Equal(["11", "112"], gold.Skipped.Select(s => s.Id));
        Assert.Equal([2, 4], gold.Skipped.Select(s => s.Line));
        Assert.Equal("no example", gold.Skipped[0].Reason);
        Assert.Contains("placeholder", gold.Skipped[1].Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Freedonia protested. Note: Two events.", "Freedonia protested.")]
    [InlineData("Freedonia protested in late Note: five events.", "Freedonia protested in late")]
    [InlineData("Freedonia's BankNote: fine.", "Freedonia's BankNote: fine.")]
    [InlineData(" Freedonia protested. ", "Freedonia protested.")]
    public void NotesAreCutFromExamples(string example, string text) => Assert.Equal(text, IcewsCodebookReader.WithoutNote(example));

    [Fact]
    public void ReadsTheFileBytesWithMojibakeRepaired()
    {
        string path = Path.Combine(Path.GetTempPath(), "parley-codes-" + Guid.NewGuid().ToString("N") + ".csv");
        string row = "\"2\",2,\"Criticize\",\"111\",-2,3,4,NA,NA,\"Freedonia\u201a\u00c4\u00f4s envoy denounced Sylvania.\",\"11\",2\n";
        File.WriteAllBytes(path, CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(Header + row));
        try
        {
            GoldSet gold = GoldReader.Read(path);
            Assert.Equal("Freedonia\u2019s envoy denounced Sylvania.", Assert.Single(gold.Events).Text);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("\"4\",4,\"x\",\"0231\",3,7,8,NA,NA,\"Sylvania asked.\",\"02\"\n", 2, "expected 12 fields as in the header, found 11")]
    [InlineData("\"4\",4,\"x\",\"0231\",3,7,8,NA,NA,\"Sylvania asked.\",\"21\",4\n", 2, "root_code '21' is not a CAMEO root")]
    [InlineData("\"4\",4,\"x\",\"0231\",3,7,8,NA,NA,\"Sylvania asked.\",\"03\",4\n", 2, "code 0231 does not belong to root_code 03")]
    [InlineData("\"4\",4,\"x\",\"NA\",3,7,8,NA,NA,\"Sylvania asked.\",\"02\",4\n", 2, "'NA' is not a CAMEO code")]
    [InlineData("\"4\",4,\"x\",\"023\",3,7,8,\"two\nlines\",NA,\"Sylvania asked.\",\"02\"\n", 2, "found 11")]
    [InlineData("\"1\",1,\"x\",\"023\",3,7,8,NA,NA,\"ok\",\"02\",1\n\"4\",4,\"x\",\"023\",3,7,8,\"two\nlines\",NA,\"Sylvania asked.\",\"02\",4,9\n", 3, "found 13")]
    public void MalformedRowsNameTheLine(string row, int line, string reason)
    {
        GoldFormatException error = Assert.Throws<GoldFormatException>(() => IcewsCodebookReader.Parse(Header + row, Source));
        Assert.Equal(line, error.LineNumber);
        Assert.StartsWith($"{Source}:{line}: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", 1, "empty file")]
    [InlineData("\"code\",\"name\"\n\"111\",\"x\"\n", 1, "must name the columns code, example and root_code")]
    public void MissingHeaderIsAnError(string text, int line, string reason)
    {
        GoldFormatException error = Assert.Throws<GoldFormatException>(() => IcewsCodebookReader.Parse(text, Source));
        Assert.Equal(line, error.LineNumber);
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
    }
}
