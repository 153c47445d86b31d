using Parley.Testing;
using System.Text;
using Parley.Text.Stories;

namespace Parley.Text.Tests.Stories;

public sealed class TextStoryTests : IDisposable
{
    private static readonly DateOnly DefaultDate = new(2022, 2, 14);

    private const string Body = "The foreign minister of Chile met her Bolivian counterpart in La Paz.\n\nThey agreed to reopen two consulates.";

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private static List<StoryReadResult> Read(params string[] inputs) =>
        new StoryReader(StoryInputFormat.Auto, DefaultDate).Read(inputs).ToList();

    [Fact]
    public void TextFileIsOneStoryNamedAfterTheFile()
    {
        string path = _dir.Write("la-paz.meeting.txt", Body);
        StoryReadResult result = Assert.Single(Read(path));
        Story story = Assert.IsType<Story>(result.Story);
        Assert.Equal("la-paz.meeting", story.Id);
        Assert.Equal(Body, story.Text);
        Assert.Equal(DefaultDate, story.Date);
        Assert.Equal(path, story.Origin);
        Assert.Equal(path, result.Message);
        Assert.Null(story.Title);
    }

    [Fact]
    public void FileWithoutExtensionIsText()
    {
        string path = _dir.Write("README", Body);
        Assert.Equal("README", Assert.Single(Read(path)).Story!.Id);
    }

    [Fact]
    public void DecodesUtf16TextFile()
    {
        const string text = "Athènes et Ankara ont signé un accord — le 3 mai.";
        string path = _dir.WriteBytes("greek-turkish.txt", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)]);
        Assert.Equal(text, Assert.Single(Read(path)).Story!.Text);
    }

    [Fact]
    public void BinaryFileIsAFailure()
    {
        var random = new Random(7);
        byte[] bytes = new byte[20_000];
        random.NextBytes(bytes);
        string path = _dir.WriteBytes("photo.txt", bytes);
        StoryReadResult result = Assert.Single(Read(path));
        Assert.Equal($"{path}: binary file", result.Message);
    }

    [Fact]
    public void TextWithManyNulBytesIsBinary()
    {
        byte[] text = Encoding.UTF8.GetBytes("Troops withdrew from the border. ");
        byte[] bytes = [.. text, .. new byte[text.Length], .. text];
        string path = _dir.WriteBytes("padded.dat", bytes);
        Assert.Equal("binary file", Assert.Single(Read(path)).Error);
    }

    [Fact]
    public void AFewNulBytesAreBlanked()
    {
        string path = _dir.WriteBytes("nul.txt", Encoding.UTF8.GetBytes("Envoys met\0in Doha on Friday to discuss a prisoner exchange."));
        Assert.Equal("Envoys met in Doha on Friday to discuss a prisoner exchange.", Assert.Single(Read(path)).Story!.Text);
    }

    [Fact]
    public void EmptyAndBlankFilesAreFailures()
    {
        string empty = _dir.Write("empty.txt", "");
        string blank = _dir.Write("blank.txt", " \r\n\t\n");
        List<StoryReadResult> results = Read(empty, blank);
        Assert.Equal([$"{empty}: empty story", $"{blank}: empty story"], results.Select(r => r.Message));
    }

    [Fact]
    public void MissingPathIsAFailureAndTheRunGoesOn()
    {
        string missing = Path.Combine(_dir.Path, "no-such-story.txt");
        string present = _dir.Write("present.txt", Body);
        List<StoryReadResult> results = Read(missing, present);
        Assert.Equal(2, results.Count);
        Assert.Equal($"{missing}: no such file or directory", results[0].Message);
        Assert.Equal("present", results[1].Story!.Id);
    }

    [Fact]
    public void DirectoryIsReadRecursivelyInOrdinalPathOrder()
    {
        _dir.Write("corpus/b.txt", "Story bee about a summit in Lusaka.");
        _dir.Write("corpus/B.txt", "Story capital bee about a treaty in Maputo.");
        _dir.Write("corpus/a/z.txt", "Story zed about sanctions on a shipping firm.");
        _dir.Write("corpus/a/feed.jsonl", "{\"id\": \"j1\", \"text\": \"A feed story.\"}\n{\"id\": \"j2\", \"text\": \"Another feed story.\"}\n");
        _dir.Write("corpus/a-c.txt", "Story a-c about a border dispute.");
        _dir.Write("corpus/.hidden/secret.txt", "Never read.");
        _dir.Write("corpus/.notes.txt", "Never read either.");
        string corpus = Path.Combine(_dir.Path, "corpus");

        List<StoryReadResult> results = Read(corpus);

        // Ordinal: "B" < "a" < "b", and "a-c.txt" < "a/…" because '-' < '/'.
        Assert.Equal(["B", "a-c", "j1", "j2", "z", "b"], results.Select(r => r.Story!.Id));
        Assert.Equal(Path.Combine(corpus, "a", "feed.jsonl") + ":2", results[3].Origin);
    }

    [Fact]
    public void EmptyDirectoryIsReported()
    {
        string empty = Path.Combine(_dir.Path, "nothing-here");
        Directory.CreateDirectory(empty);
        Assert.Equal($"{empty}: no files in directory", Assert.Single(Read(empty)).Message);
    }

    [Fact]
    public void IdsAreNotDeduplicated()
    {
        string one = _dir.Write("x/same.txt", "First story about a vote in Geneva.");
        string two = _dir.Write("y/same.txt", "Second story about a vote in Bern.");
        Assert.Equal(["same", "same"], Read(one, two).Select(r => r.Story!.Id));
    }

    [Fact]
    public void ConstructorAndReadValidateArguments()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new StoryReader((StoryInputFormat)42));
        var reader = new StoryReader();
        Assert.Throws<ArgumentNullException>(() => reader.Read((IEnumerable<string>)null!));
        Assert.Throws<ArgumentNullException>(() => reader.Read((Stream)null!, "x"));
        Assert.Throws<ArgumentException>(() => reader.Read(new MemoryStream(), ""));
        Assert.Throws<ArgumentNullException>(() => new Story(null!, null, "text", "origin"));
        Assert.Throws<ArgumentException>(() => StoryReadResult.Failure("origin", " "));
    }
}
