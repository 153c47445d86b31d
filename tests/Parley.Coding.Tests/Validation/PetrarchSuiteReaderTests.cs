using Parley.Testing;
using Parley.Coding.Validation;

namespace Parley.Coding.Tests.Validation;

public class PetrarchSuiteReaderTests
{
    private const string Suite = """
        <Validation>
        <!-- A small suite written for these tests: <Stop> in a comment is ignored -->
        <Environment>
            <Verbfile>test.verbs</Verbfile>
            <Actorfile>first.actors</Actorfile>
            <Actorfile>second.actors</Actorfile>
            <Agentfile>test.agents</Agentfile>
            <Discardfile>test.discards</Discardfile>
            <Errorfile>errors.txt</Errorfile>
            <Include>ALPHA BETA</Include>
            <Pause>Stop</Pause>
            <Config option="strict" value="True"></Config>
        </Environment>
        <Sentences>
        <Sentence date="20010203" id="ALPHA-01" category="ALPHA" sentence="true">
        <!-- two events, one with a quoted new actor -->
        <EventCoding sourcecode="FRE" targetcode="SYL" eventcode="042"></EventCoding>
        <EventCoding sourcecode='"BORDER GUARDS"' targetcode='SYL' eventcode="173"></EventCoding>
        <Text>
        Freedonia praised Sylvania
           on Monday.
        </Text>
        <Parse>
        (ROOT (S (NP (NNP Freedonia))))
        </Parse>
        </Sentence>

        <Config option="require_dyad" value="false"></Config>
        <Sentence date = "19991231" id ="BETA-02" category="BETA"  sentence="false">
        <EventCoding noevents = "True"> </EventCoding>
        <Text>Nothing happened.</Text>
        </Sentence>

        <Sentence date="20000101" id="GAMMA-03" category="GAMMA" sentence="true">
        <EventCoding error="dateline"></EventCoding>
        <Text>SYLVANIA CITY: -- The mayor spoke.</Text>
        </Sentence>

        <Sentence date="20000102" id="ALPHA-04" category="ALPHA" sentence="true">
        <!-- no EventCoding at all: nothing expected -->
        <Text>Sylvania waited.</Text>
        </Sentence>
        <!--Stop-->
        <Stop></Stop>
        <Sentence date="20000103" id="ALPHA-05" category="ALPHA" sentence="true">
        <EventCoding sourcecode="FRE" targetcode="SYL" eventcode="010"></EventCoding>
        <Text>Never read.</Text>
        </Sentence>
        </Sentences>
        </Validation>
        """;

    private static ValidationSuite ReadSuite(TempDirectory directory, string text) =>
        PetrarchSuiteReader.Read(directory.Write("test.records.xml", text));

    [Fact]
    public void EnvironmentNamesDictionariesAndInitialOptions()
    {
        using var directory = new TempDirectory();
        ValidationSuite suite = ReadSuite(directory, Suite);
        Assert.Equal(ValidationFormat.Petrarch, suite.Format);
        Assert.Equal(Path.Combine(directory.Path, "test.verbs"), suite.Dictionaries.Verbs);
        Assert.Equal([Path.Combine(directory.Path, "first.actors"), Path.Combine(directory.Path, "second.actors")], suite.Dictionaries.Actors);
        Assert.Equal(Path.Combine(directory.Path, "test.agents"), suite.Dictionaries.Agents);
        Assert.Equal(Path.Combine(directory.Path, "test.discards"), suite.Dictionaries.Discards);
        Assert.Null(suite.Dictionaries.Options);
        Assert.Equal(5, suite.Dictionaries.All.Count());
        Assert.Equal("True", suite.Options["STRICT"]);
    }

    [Fact]
    public void SentencesUpToTheStopElement()
    {
        using var directory = new TempDirectory();
        ValidationSuite suite = ReadSuite(directory, Suite);
        Assert.Equal(["ALPHA-01", "BETA-02", "GAMMA-03", "ALPHA-04"], suite.Records.Select(r => r.Id));

        ValidationRecord first = suite.Records[0];
        Assert.Equal(new DateOnly(2001, 2, 3), first.Date);
        Assert.Equal("ALPHA", first.Category);
        Assert.Equal("Freedonia praised Sylvania on Monday.", first.Text);
        Assert.Equal([new ExpectedEvent("FRE", "SYL", "042"), new ExpectedEvent("\"BORDER GUARDS\"", "SYL", "173")], first.Expected);
        Assert.False(first.ExpectsNoEvents || first.ExpectsError || first.IsOptional || first.IsOptionRecord);
        Assert.True(first.IsStandard && first.IsSentence && first.IsScored);
        Assert.Equal(15, first.SourceLine);
        Assert.Empty(first.OptionChanges);
        Assert.Equal(["strict"], first.Options.Keys);
    }

    [Fact]
    public void NoEventsConfigAndSentenceFlag()
    {
        using var directory = new TempDirectory();
        ValidationRecord second = ReadSuite(directory, Suite).Records[1];
        Assert.Equal(new DateOnly(1999, 12, 31), second.Date);
        Assert.True(second.ExpectsNoEvents);
        Assert.Empty(second.Expected);
        Assert.False(second.IsSentence);
        ValidationOption change = Assert.Single(second.OptionChanges);
        Assert.Equal(("require_dyad", "false", 28), (change.Key, change.Value, change.Line));
        Assert.Equal("false", second.Options["require_dyad"]);
        Assert.Equal("True", second.Options["strict"]);
    }

    [Fact]
    public void ErrorRecordsAndIncludeList()
    {
        using var directory = new TempDirectory();
        IReadOnlyList<ValidationRecord> records = ReadSuite(directory, Suite).Records;
        ValidationRecord error = records[2];
        Assert.True(error.ExpectsError);
        Assert.Equal("dateline", error.ErrorKind);
        Assert.False(error.IsStandard, "GAMMA is not in <Include>");
        Assert.False(error.IsScored);
        Assert.Equal("false", error.Options["require_dyad"]);

        ValidationRecord empty = records[3];
        Assert.True(empty.ExpectsNoEvents, "no <EventCoding> means nothing is expected");
        Assert.True(empty.IsScored);
    }

    [Fact]
    public void WithoutIncludeEveryRecordIsStandard()
    {
        using var directory = new TempDirectory();
        ValidationSuite suite = ReadSuite(directory, Suite.Replace("<Include>ALPHA BETA</Include>", "", StringComparison.Ordinal));
        Assert.All(suite.Records, r => Assert.True(r.IsStandard));
    }

    [Fact]
    public void MalformedXmlNamesFileAndLine()
    {
        using var directory = new TempDirectory();
        string path = directory.Write(
            "bad.xml",
            "<Validation>\n<Environment/>\n<Sentences>\n<Sentence date=\"20000101\" id=\"X-1\">\n<Text>Sylvania waited.\n</Sentence>\n</Sentences>\n</Validation>\n");
        ValidationFormatException error = AssertFails(() => PetrarchSuiteReader.Read(path), path, 6, "malformed XML");
        Assert.DoesNotContain("Line 6", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void UnexpectedElementInSentences()
    {
        using var directory = new TempDirectory();
        string path = directory.Write("bad.xml", "<Validation>\n<Environment/>\n<Sentences>\n\n<Remark/>\n</Sentences>\n</Validation>\n");
        AssertFails(() => PetrarchSuiteReader.Read(path), path, 5, "unexpected <Remark>");
    }

    [Theory]
    [InlineData("<Sentence date=\"2000-01-01\" id=\"X-1\"><Text>t</Text></Sentence>", "date '2000-01-01' is not YYYYMMDD")]
    [InlineData("<Sentence date=\"20000101\"><Text>t</Text></Sentence>", "lacks the id attribute")]
    [InlineData("<Sentence date=\"20000101\" id=\"X-1\"></Sentence>", "has no <Text>")]
    [InlineData("<Sentence date=\"20000101\" id=\"X-1\" sentence=\"maybe\"><Text>t</Text></Sentence>", "neither true nor false")]
    [InlineData("<Sentence date=\"20000101\" id=\"X-1\"><EventCoding sourcecode=\"A\" eventcode=\"010\"/><Text>t</Text></Sentence>", "lacks the targetcode attribute")]
    [InlineData("<Sentence date=\"20000101\" id=\"X-1\"><EventCoding/><Text>t</Text></Sentence>", "has none of")]
    [InlineData("<Config option=\"require_dyad\"/>", "lacks the value attribute")]
    public void InvalidRecordsNameTheirLine(string record, string reason)
    {
        using var directory = new TempDirectory();
        string path = directory.Write("bad.xml", $"<Validation>\n<Environment/>\n<Sentences>\n{record}\n</Sentences>\n</Validation>\n");
        AssertFails(() => PetrarchSuiteReader.Read(path), path, 4, reason);
    }

    [Fact]
    public void MissingSentencesElement()
    {
        using var directory = new TempDirectory();
        string path = directory.Write("bad.xml", "<Validation>\n<Environment/>\n</Validation>\n");
        AssertFails(() => PetrarchSuiteReader.Read(path), path, 1, "lacks <Sentences>");
    }

    internal static ValidationFormatException AssertFails(Action read, string source, int line, string reasonPart)
    {
        ValidationFormatException error = Assert.Throws<ValidationFormatException>(read);
        Assert.StartsWith($"{source}:{line}: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(reasonPart, error.Reason, StringComparison.Ordinal);
        Assert.Equal(line, error.LineNumber);
        Assert.Equal(source, error.SourceName);
        return error;
    }
}
