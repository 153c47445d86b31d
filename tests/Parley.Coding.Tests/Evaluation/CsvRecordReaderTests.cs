using Parley.Coding.Evaluation;

namespace Parley.Coding.Tests.Evaluation;

public class CsvRecordReaderTests
{
    private static List<CsvRecord> Read(string text) => new CsvRecordReader(text, "test.csv").ReadAll().ToList();

    [Fact]
    public void QuotedFieldsHoldCommasQuotesAndLineBreaks()
    {
        List<CsvRecord> records = Read("\"\",\"a\",b\n\"1\",\"Freedonia, the \"\"land\"\"\",NA\n\"2\",\"two\nlines\",\"\"\n3,plain,\n");
        Assert.Equal(4, records.Count);
        Assert.Equal(["", "a", "b"], records[0].Fields);
        Assert.Equal(["1", "Freedonia, the \"land\"", "NA"], records[1].Fields);
        Assert.Equal(["2", "two\nlines", ""], records[2].Fields);
        Assert.Equal(["3", "plain", ""], records[3].Fields);
        // The record after a two-line field starts on line 5.
        Assert.Equal([1, 2, 3, 5], records.Select(r => r.Line));
    }

    [Fact]
    public void CrLfCrAndEmptyLines()
    {
        List<CsvRecord> records = Read("a,b\r\n\r\n\"x\r\ny\",z\rlast,one");
        Assert.Equal([["a", "b"], ["x\r\ny", "z"], ["last", "one"]], records.Select(r => r.Fields));
        Assert.Equal([1, 3, 5], records.Select(r => r.Line));
    }

    [Fact]
    public void EmptyInputHasNoRecords() => Assert.Empty(Read(""));

    [Theory]
    [InlineData("a,b\n\"open,c\nd,e\n", 2, "not closed")]
    [InlineData("a,b\nsay \"hi\",c\n", 2, "double quote inside an unquoted")]
    [InlineData("a,b\n\"x\"y,c\n", 2, "text after the closing quote")]
    [InlineData("a\n\"two\nlines\"x\n", 3, "text after the closing quote")]
    public void DefectsNameTheLine(string text, int line, string reason)
    {
        GoldFormatException error = Assert.Throws<GoldFormatException>(() => Read(text));
        Assert.Equal(line, error.LineNumber);
        Assert.Equal("test.csv", error.SourceName);
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
    }
}
