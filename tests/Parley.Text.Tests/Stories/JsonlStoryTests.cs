using Parley.Testing;
using System.Text;
using Parley.Text.Stories;

namespace Parley.Text.Tests.Stories;

public sealed class JsonlStoryTests : IDisposable
{
    private static readonly DateOnly DefaultDate = new(2021, 6, 30);

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private static List<StoryReadResult> Read(string path, StoryInputFormat format = StoryInputFormat.Auto) =>
        new StoryReader(format, DefaultDate).Read([path]).ToList();

    [Fact]
    public void ReadsStringAndNumericIdsAndOptionalFields()
    {
        string path = _dir.Write("wire.jsonl", string.Join('\n',
            """{"id": "ab-1", "text": "Norway offered to host the ceasefire talks.", "title": "Oslo offer", "url": "https://example.org/ab-1", "source": "Example Wire"}""",
            """{"id": 42, "text": "The envoy left Khartoum without an agreement."}"""));
        List<StoryReadResult> results = Read(path);

        Assert.Equal(2, results.Count);
        Story first = Assert.IsType<Story>(results[0].Story);
        Assert.Equal("ab-1", first.Id);
        Assert.Equal("Norway offered to host the ceasefire talks.", first.Text);
        Assert.Equal("Oslo offer", first.Title);
        Assert.Equal("https://example.org/ab-1", first.Url);
        Assert.Equal("Example Wire", first.Source);
        Assert.Equal(path + ":1", first.Origin);
        Assert.Equal(DefaultDate, first.Date);

        Story second = Assert.IsType<Story>(results[1].Story);
        Assert.Equal("42", second.Id);
        Assert.Null(second.Title);
        Assert.Null(second.Url);
        Assert.Null(second.Source);
        Assert.Equal(path + ":2", second.Origin);
    }

    [Theory]
    [InlineData("\"2019-11-04\"")]
    [InlineData("\"20191104\"")]
    [InlineData("20191104")]
    [InlineData("\"2019-11-04T22:15:00Z\"")]
    [InlineData("\"2019-11-04T23:59:59-05:00\"")]
    [InlineData("\"2019-11-04 08:30:00\"")]
    public void ReadsEachDateForm(string date)
    {
        string path = _dir.Write("dated.jsonl", $$"""{"id": "d", "date": {{date}}, "text": "Ministers met in Vienna."}""");
        Story story = Assert.IsType<Story>(Assert.Single(Read(path)).Story);
        Assert.Equal(new DateOnly(2019, 11, 4), story.Date);
    }

    [Fact]
    public void MissingOrNullDateTakesTheDefault()
    {
        string path = _dir.Write("undated.ndjson",
            "{\"id\": \"u1\", \"text\": \"Ankara recalled its ambassador.\"}\n{\"id\": \"u2\", \"date\": null, \"text\": \"Quito expelled two diplomats.\"}\n");
        List<StoryReadResult> results = Read(path);
        Assert.Equal(2, results.Count);
        Assert.All(results, r => Assert.Equal(DefaultDate, r.Story!.Date));
        // Without a default date the date stays unknown.
        Assert.All(new StoryReader().Read([path]), r => Assert.Null(r.Story!.Date));
    }

    [Fact]
    public void MalformedLineMidFileIsReportedAndLaterLinesAreRead()
    {
        string path = _dir.Write("mixed.jsonl", string.Join("\r\n",
            """{"id": "m1", "text": "Seoul proposed family reunions."}""",
            "",
            """{"id": "m2", "text": "Pyongyang rejected the plan" """,
            """{"id": "m3", "text": "Both sides agreed to talk again in May."}""",
            ""));
        List<StoryReadResult> results = Read(path);

        Assert.Equal(3, results.Count);
        Assert.True(results[0].IsSuccess);
        Assert.False(results[1].IsSuccess);
        Assert.Equal(path + ":3", results[1].Origin);
        Assert.StartsWith(path + ":3: invalid JSON", results[1].Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', results[1].Message);
        Assert.Equal("m3", results[2].Story!.Id);
        Assert.Equal(path + ":4", results[2].Origin);
    }

    [Theory]
    [InlineData("""{"id": "x"}""", "missing \"text\"")]
    [InlineData("""{"text": "Lima closed its border."}""", "missing \"id\"")]
    [InlineData("""{"id": null, "text": "Lima closed its border."}""", "missing \"id\"")]
    [InlineData("""{"id": " ", "text": "Lima closed its border."}""", "empty \"id\"")]
    [InlineData("""{"id": true, "text": "Lima closed its border."}""", "\"id\" must be a string or a number, found a boolean")]
    [InlineData("""{"id": "x", "text": 5}""", "\"text\" must be a string, found a number")]
    [InlineData("""{"id": "x", "text": "  \n "}""", "empty story")]
    [InlineData("""{"id": "x", "text": "Lima closed its border.", "date": "2019-02-30"}""", "bad \"date\" \"2019-02-30\" (expected YYYY-MM-DD, YYYYMMDD or an ISO date-time)")]
    [InlineData("""{"id": "x", "text": "Lima closed its border.", "date": "yesterday"}""", "bad \"date\" \"yesterday\" (expected YYYY-MM-DD, YYYYMMDD or an ISO date-time)")]
    [InlineData("""{"id": "x", "text": "Lima closed its border.", "title": ["a"]}""", "\"title\" must be a string, found an array")]
    [InlineData("""["id", "text"]""", "expected a JSON object, found an array")]
    public void BadLinesGiveOneLineReasons(string line, string reason)
    {
        string path = _dir.Write("bad.jsonl", line + "\n");
        StoryReadResult result = Assert.Single(Read(path));
        Assert.False(result.IsSuccess);
        Assert.Equal(reason, result.Error);
        Assert.Equal($"{path}:1: {reason}", result.Message);
    }

    [Fact]
    public void TextIsNormalisedAndKeepsItsLineBreaks()
    {
        string path = _dir.Write("escaped.json", """{"id": "e", "text": "Talks\u0000resumed.\nA deal followed."}""");
        Assert.Equal("Talks resumed.\nA deal followed.", Assert.Single(Read(path)).Story!.Text);
    }

    [Fact]
    public void ReadsUtf8WithBom()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("""{"id": "bom", "text": "Tbilisi welcomed the monitors."}""")];
        string path = _dir.WriteBytes("bom.jsonl", bytes);
        Assert.Equal("bom", Assert.Single(Read(path)).Story!.Id);
    }

    [Fact]
    public void EmptyJsonlFileIsAFailure()
    {
        string path = _dir.Write("nothing.jsonl", "\n  \n");
        StoryReadResult result = Assert.Single(Read(path));
        Assert.Equal($"{path}: empty file", result.Message);
    }

    [Fact]
    public void ExplicitFormatOverridesTheExtension()
    {
        string path = _dir.Write("feed.txt", """{"id": "f", "text": "Nairobi hosted the summit."}""");
        Assert.Equal("f", Assert.Single(Read(path, StoryInputFormat.Jsonl)).Story!.Id);
        Assert.Equal("feed", Assert.Single(Read(path)).Story!.Id);
    }

    [Fact]
    public void TwentyMegabyteSingleLineStoryStreams()
    {
        const string sentence = "The delegation from Montevideo signed a trade protocol with Hanoi. ";
        int repeats = (20 << 20) / sentence.Length + 1;
        var body = new StringBuilder(repeats * sentence.Length);
        for (int i = 0; i < repeats; i++)
        {
            body.Append(sentence);
        }
        string path = Path.Combine(_dir.Path, "big.jsonl");
        using (var writer = new StreamWriter(path, append: false, new UTF8Encoding(false)))
        {
            writer.Write("{\"id\": \"big\", \"date\": \"2020-01-02\", \"text\": \"");
            writer.Write(body);
            writer.Write("\"}\n{\"id\": \"small\", \"text\": \"A second story follows.\"}\n");
        }
        Assert.True(new FileInfo(path).Length > 20 << 20);

        List<StoryReadResult> results = Read(path);
        Assert.Equal(2, results.Count);
        Assert.Equal(body.Length, results[0].Story!.Text.Length);
        Assert.Equal("small", results[1].Story!.Id);
        Assert.Equal(path + ":2", results[1].Origin);
    }

    [Fact]
    public void InputsAreReadOnlyWhenEnumerated()
    {
        string first = _dir.Write("first.jsonl", "{\"id\": 1, \"text\": \"Accra mediated.\"}\n");
        string second = Path.Combine(_dir.Path, "second.jsonl");
        using IEnumerator<StoryReadResult> results = new StoryReader().Read([first, second]).GetEnumerator();
        Assert.True(results.MoveNext());
        Assert.Equal("1", results.Current.Story!.Id);
        // The second file did not exist when reading started; a lazy reader only looks for it now.
        File.WriteAllText(second, "{\"id\": 2, \"text\": \"Lome hosted.\"}\n");
        Assert.True(results.MoveNext());
        Assert.Equal("2", results.Current.Story!.Id);
        Assert.False(results.MoveNext());
    }
}
