using System.Text;

namespace Parley.Text.Tests;

public class TextDecoderTests
{
    private const string Sample = "Kyiv’s mayor said “no” — café closed.";

    [Fact]
    public void DecodesUtf8WithoutBom()
    {
        Assert.Equal(Sample, TextDecoder.Decode(Encoding.UTF8.GetBytes(Sample)));
    }

    [Fact]
    public void DecodesUtf8WithBomAndDropsIt()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Sample)];
        Assert.Equal(Sample, TextDecoder.Decode(bytes));
    }

    [Fact]
    public void DecodesUtf16LittleEndianWithBom()
    {
        byte[] bytes = [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Sample)];
        Assert.Equal(Sample, TextDecoder.Decode(bytes));
    }

    [Fact]
    public void DecodesUtf16BigEndianWithBom()
    {
        byte[] bytes = [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(Sample)];
        Assert.Equal(Sample, TextDecoder.Decode(bytes));
    }

    [Fact]
    public void TurnsNulBytesIntoSpacesKeepingOffsets()
    {
        byte[] bytes = Encoding.UTF8.GetBytes("War\0ends\0\0now");
        string text = TextDecoder.Decode(bytes);
        Assert.Equal("War ends  now", text);
        Assert.Equal(new[] { "War", "ends", "now" }, TokenizerTestHelper.Tokens(text));
    }

    [Fact]
    public void KeepsTabsAndLineBreaksButBlanksOtherControls()
    {
        Assert.Equal("a\tb\r\nc\fd e", TextDecoder.Decode(Encoding.UTF8.GetBytes("a\tb\r\nc\fd\u0007e")));
    }

    [Fact]
    public void ReplacesInvalidUtf8WithReplacementCharacter()
    {
        byte[] bytes = [(byte)'O', (byte)'K', 0xFF, (byte)'!', 0xC3, (byte)'x', 0xE2, 0x82];
        string text = TextDecoder.Decode(bytes);
        Assert.StartsWith("OK\uFFFD!", text, StringComparison.Ordinal);
        Assert.Contains('x', text);
        Assert.EndsWith("\uFFFD", text, StringComparison.Ordinal);
        Assert.DoesNotContain(text, c => c < ' ' && c != '\t');
    }

    [Fact]
    public void DecodesEmptyInput()
    {
        Assert.Equal("", TextDecoder.Decode([]));
        Assert.Equal("", TextDecoder.Decode([0xEF, 0xBB, 0xBF]));
    }

    [Fact]
    public void TellsBinaryFromTextWithJunk()
    {
        var random = new byte[20_000];
        new Random(3).NextBytes(random);
        Assert.True(TextDecoder.LooksBinary(random));
        byte[] story = Encoding.UTF8.GetBytes("Russia vetoed the French-drafted resolution on Saturday, diplomats said.");
        Assert.False(TextDecoder.LooksBinary([.. story[..30], 0x00, 0xFF, .. story[30..]]));
        Assert.False(TextDecoder.LooksBinary([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Sample)]));
        Assert.False(TextDecoder.LooksBinary([]));
        // Only the first 8 KB count: a text that turns into junk after them is text.
        Assert.False(TextDecoder.LooksBinary([.. Encoding.UTF8.GetBytes(new string('a', TextDecoder.BinarySampleSize)), .. random]));
    }
}
