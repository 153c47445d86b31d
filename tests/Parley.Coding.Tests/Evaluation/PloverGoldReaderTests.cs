using System.Text;
using Parley.Coding.Evaluation;

namespace Parley.Coding.Tests.Evaluation;

public class PloverGoldReaderTests
{
    private const string Source = "test.json";

    // Invented records in the PLOVER gold layout, with the quirks of the real file: a target that is a string, a
    // record without source, three-letter codes with sectors after them.
    private const string Records = """
        [
          {
            "id": "T-AGREE-1",
            "date": "2001-02-03",
            "source": [
              { "actorText": "Freedonian", "code": "FRE", "sector": "GOV" },
              { "actorText": "Sylvanian", "code": "SYLGOV" }
            ],
            "target": "diplomatic",
            "event": "AGREE",
            "text": "Freedonian and Sylvanian envoys agreed to reopen the border."
          },
          {
            "id": "T-FIGHT-1",
            "source": [ { "code": "FRE" } ],
            "target": [ { "code": "IGOUNO" }, { "code": "igo" }, { "code": "SYL" } ],
            "event": "fight",
            "text": "Freedonian troops shelled United Nations posts near the Sylvanian border.",
            "date": null
          },
          {
            "id": "T-WOBBLE-1",
            "event": "WOBBLE",
            "text": "Freedonia wobbled."
          },
          {
            "id": "T-ASSAULT-1",
            "target": [ { "code": "SYLCVL" } ],
            "event": "ASSAULT",
            "text": "Two Sylvanian villagers were killed by a bomb.",
            "date": ""
          }
        ]
        """;

    private static GoldSet Parse(string json) => PloverGoldReader.Parse(Encoding.UTF8.GetBytes(json), Source);

    [Fact]
    public void ReadsRecordsRootsAndCountries()
    {
        GoldSet gold = Parse(Records);
        Assert.Equal(GoldFormat.Plover, gold.Format);
        Assert.Equal(3, gold.Events.Count);

        GoldEvent agree = gold.Events[0];
        Assert.Equal("T-AGREE-1", agree.Id);
        Assert.Equal(new DateOnly(2001, 2, 3), agree.Date);
        Assert.Equal(["03", "05"], agree.Roots);
        Assert.Equal(["FRE", "SYL"], agree.SourceCountries);
        Assert.Empty(agree.TargetCountries);
        Assert.Equal("AGREE", agree.Label);
        Assert.Equal("Freedonian and Sylvanian envoys agreed to reopen the border.", agree.Text);

        GoldEvent fight = gold.Events[1];
        Assert.Null(fight.Date);
        Assert.Equal(["17", "18", "19", "20"], fight.Roots);
        Assert.Equal(["IGO", "SYL"], fight.TargetCountries);
        Assert.Equal("fight", fight.Label);

        GoldEvent assault = gold.Events[2];
        Assert.Empty(assault.SourceCountries);
        Assert.Equal(["SYL"], assault.TargetCountries);
        Assert.Null(assault.Date);
    }

    [Fact]
    public void UnknownEventTypesAreSkippedWithReasonAndLine()
    {
        SkippedGoldRecord skipped = Assert.Single(Parse(Records).Skipped);
        Assert.Equal("T-WOBBLE-1", skipped.Id);
        Assert.Equal(21, skipped.Line);
        Assert.Contains("unknown PLOVER event type 'WOBBLE'", skipped.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ByteOrderMarkIsAccepted()
    {
        byte[] bytes = [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Records)];
        Assert.Equal(3, PloverGoldReader.Parse(bytes, Source).Events.Count);
    }

    [Theory]
    [InlineData("{\"id\": \"x\"}", 1, "expected a JSON array")]
    [InlineData("[\n  {\"id\": \"A\", \"event\": \"AID\",\n   \"text\": \"Freedonia sent grain.\"\n  },\n  {\"id\": \"B\", \"event\": \"AID\" }\n]", 5, "record 'B': 'text' is missing")]
    [InlineData("[\n  {\"id\": \"A\", \"event\": \"AID\", \"text\": \"x\", \"date\": \"03/02/2001\"}\n]", 2, "'date' is not a YYYY-MM-DD date")]
    [InlineData("[\n  {\"id\": \"A\", \"event\": \"AID\", \"text\": \"x\",\n \"source\": [{\"code\": \"FR\"}]}\n]", 2, "no code of at least three letters")]
    [InlineData("[\n  {\"id\": \"A\", \"event\": \"AID\", \"text\": \"x\", \"target\": 7}\n]", 2, "'target' is not a list of actors")]
    [InlineData("[\n  \"loose\"\n]", 2, "expected a record object")]
    [InlineData("[\n  {\"id\": \"A\",\n   \"event\": \"AID\" \"text\": \"x\"}\n]", 3, "malformed JSON")]
    [InlineData("[\n  {\"id\": \"A\", \"event\": \"AID\", \"text\": \"x\"}\n", 3, "malformed JSON")]
    [InlineData("[]\n]", 2, "malformed JSON")]
    public void MalformedInputNamesFileAndLine(string json, int line, string reason)
    {
        GoldFormatException error = Assert.Throws<GoldFormatException>(() => Parse(json));
        Assert.Equal(Source, error.SourceName);
        Assert.Equal(line, error.LineNumber);
        Assert.StartsWith($"{Source}:{line}: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
        Assert.IsAssignableFrom<Parley.Text.LineFormatException>(error);
    }
}
