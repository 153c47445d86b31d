using System.Text;
using Parley.Text.Stories;

namespace Parley.Text.Tests.Stories;

public class StandardInputStoryTests
{
    private static MemoryStream Bytes(string text) => new(Encoding.UTF8.GetBytes(text));

    [Fact]
    public void SniffsJsonlAfterLeadingWhitespace()
    {
        using MemoryStream input = Bytes("\n  {\"id\": \"s1\", \"text\": \"Havana freed three detainees.\"}\n{\"id\": \"s2\", \"text\": \"Washington welcomed it.\"}\n");
        List<StoryReadResult> results = new StoryReader().Read(input, StoryReader.StandardInputName).ToList();
        Assert.Equal(["s1", "s2"], results.Select(r => r.Story!.Id));
        Assert.Equal(["stdin:2", "stdin:3"], results.Select(r => r.Origin));
    }

    [Fact]
    public void SniffsHtml()
    {
        using MemoryStream input = Bytes("<!DOCTYPE html><html><head><title>Port talks</title></head><body><p>Negotiators in Mombasa agreed on a port fee.</p></body></html>");
        Story story = Assert.Single(new StoryReader().Read(input, "stdin")).Story!;
        Assert.Equal("Port talks", story.Title);
        Assert.Contains("Negotiators in Mombasa agreed on a port fee.", story.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("<", story.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void SniffsPlainTextAndNamesItStdin()
    {
        const string text = "  Riyadh and Tehran exchanged ambassadors.";
        using MemoryStream input = Bytes(text);
        Story story = Assert.Single(new StoryReader(defaultDate: new DateOnly(2023, 3, 10)).Read(input, "stdin")).Story!;
        Assert.Equal("stdin", story.Id);
        Assert.Equal("stdin", story.Origin);
        Assert.Equal(text, story.Text);
        Assert.Equal(new DateOnly(2023, 3, 10), story.Date);
    }

    [Fact]
    public void SniffsUtf16Jsonl()
    {
        byte[] bytes = [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("{\"id\": 9, \"text\": \"Minsk hosted a prisoner swap.\"}\n")];
        using var input = new MemoryStream(bytes);
        Assert.Equal("9", Assert.Single(new StoryReader().Read(input, "stdin")).Story!.Id);
    }

    [Fact]
    public void ExplicitFormatWinsOverSniffing()
    {
        using MemoryStream input = Bytes("{ this is not JSON, just braces in a text }");
        Story story = Assert.Single(new StoryReader(StoryInputFormat.Text).Read(input, "stdin")).Story!;
        Assert.StartsWith("{ this", story.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void DashReadsTheGivenStandardInputAndDisposesIt()
    {
        var input = new TrackingStream(Encoding.UTF8.GetBytes("{\"id\": \"dash\", \"text\": \"Canberra lodged a protest.\"}"));
        var reader = new StoryReader(openStandardInput: () => input);
        StoryReadResult result = Assert.Single(reader.Read(["-"]));
        Assert.Equal("dash", result.Story!.Id);
        Assert.Equal("stdin:1", result.Origin);
        Assert.True(input.Disposed);
    }

    [Fact]
    public void StreamIsReadOnlyWhenEnumerated()
    {
        using MemoryStream input = Bytes("Dakar hosted the mediators.");
        IEnumerable<StoryReadResult> results = new StoryReader().Read(input, "stdin");
        Assert.Equal(0, input.Position);
        Assert.Equal("Dakar hosted the mediators.", Assert.Single(results).Story!.Text);
    }

    [Fact]
    public void EmptyStandardInputIsAnEmptyStory()
    {
        using var input = new MemoryStream();
        Assert.Equal("stdin: empty story", Assert.Single(new StoryReader().Read(input, "stdin")).Message);
    }

    [Fact]
    public void StreamThatDeliversFewBytesPerReadIsSniffedWhole()
    {
        // Pipes hand over data in small pieces; the sample must still be read in full.
        byte[] json = Encoding.UTF8.GetBytes("   \n\n   {\"id\": \"slow\", \"text\": \"Belgrade and Pristina resumed dialogue.\"}");
        using var input = new TrickleStream(json);
        Assert.Equal("slow", Assert.Single(new StoryReader().Read(input, "stdin")).Story!.Id);
    }

    private sealed class TrackingStream(byte[] bytes) : MemoryStream(bytes)
    {
        public bool Disposed { get; private set; }

        protected override void Dispose(bool disposing)
        {
            Disposed = true;
            base.Dispose(disposing);
        }
    }

    private sealed class TrickleStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, 3));

        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, 3)]);
    }
}
