using Parley.Testing;
using Parley.Text.Stories;

namespace Parley.Text.Tests.Stories;

/// <summary>Reuters-21578 style SGML archives (records written for these tests).</summary>
public sealed class ReutersSgmlStoryTests
{
    private const string Archive = """
        <!DOCTYPE lewis SYSTEM "lewis.dtd">
        <REUTERS TOPICS="YES" NEWID="7">
        <DATE> 3-MAR-1987 10:15:00.00</DATE>
        <TEXT>&#2;
        <TITLE>FREEDONIA CUTS TARIFFS</TITLE>
        <DATELINE>    FREEDONIA CITY, March 3 - </DATELINE><BODY>Freedonia cut tariffs on grain &amp; wool
        imports from Sylvania, officials said.
         Reuter
        &#3;</BODY></TEXT>
        </REUTERS>
        <REUTERS TOPICS="NO" NEWID="8">
        <DATE> 4-MAR-1987 08:00:00.00</DATE>
        <TEXT TYPE="UNPROC">&#2;
        WEEKLY GRAIN TABLE
         Wheat......12 vs 10
        &#3;</TEXT>
        </REUTERS>
        <REUTERS NEWID="9">
        <DATE> 5-MAR-1987 08:00:00.00</DATE>
        <TEXT TYPE="BRIEF"><TITLE>SYLVANIA RECALLS ENVOY</TITLE></TEXT>
        </REUTERS>
        <REUTERS NEWID="10">
        <DATE>not a date</DATE>
        <TEXT></TEXT>
        </REUTERS>
        """;

    [Fact]
    public void RecordsBecomeStoriesWithIdDateTitleAndBody()
    {
        using var directory = new TempDirectory();
        string path = directory.Write("reut2-test.sgm", Archive);
        List<StoryReadResult> results = new StoryReader().Read([path]).ToList();
        Assert.Equal(4, results.Count);
        Story first = results[0].Story!;
        Assert.Equal("reuters-7", first.Id);
        Assert.Equal(new DateOnly(1987, 3, 3), first.Date);
        Assert.Equal("FREEDONIA CUTS TARIFFS", first.Title);
        Assert.StartsWith("Freedonia cut tariffs on grain & wool", first.Text, StringComparison.Ordinal);
        Assert.Equal(path + ":2", first.Origin);
        Assert.Contains("WEEKLY GRAIN TABLE", results[1].Story!.Text, StringComparison.Ordinal);
        Assert.Equal("SYLVANIA RECALLS ENVOY", results[2].Story!.Text);
    }

    [Fact]
    public void ARecordWithoutTextIsAFailureNamingItsLine()
    {
        using var directory = new TempDirectory();
        string path = directory.Write("reut2-test.sgm", Archive);
        StoryReadResult last = new StoryReader().Read([path]).Last();
        Assert.False(last.IsSuccess);
        Assert.Equal($"{path}:22: story 'reuters-10' has no text", last.Message);
    }

    [Fact]
    public void AnSgmlFileWithoutRecordsIsAFailure()
    {
        using var directory = new TempDirectory();
        string path = directory.Write("broken.sgm", "<REUTERS NEWID=\"1\"><BODY>unterminated");
        StoryReadResult result = Assert.Single(new StoryReader().Read([path]));
        Assert.Equal($"{path}: no <REUTERS> records", result.Message);
    }
}
