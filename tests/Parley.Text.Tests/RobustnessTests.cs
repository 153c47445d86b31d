using System.Diagnostics;
using System.Text;

namespace Parley.Text.Tests;

public class RobustnessTests
{
    private const string Punctuation = " .,'-\"!?:/@#$%()\n";

    private readonly Tokenizer _tokenizer = new();
    private readonly SentenceSplitter _splitter = new();

    [Fact]
    public void EmptyTextHasNoTokensOrSentences()
    {
        Document doc = DocumentFactory.Create("empty", "", _tokenizer, _splitter);
        Assert.Equal(0, doc.TokenCount);
        Assert.Equal(0, doc.SentenceCount);
    }

    [Fact]
    public void WhitespaceOnlyTextHasNoTokens()
    {
        Document doc = DocumentFactory.Create("blank", " \t\r\n\n\u00A0\u2003\u200B \f ", _tokenizer, _splitter);
        Assert.Equal(0, doc.TokenCount);
        Assert.Empty(doc.Sentences);
    }

    [Fact]
    public void BinaryLikeTextGivesValidTokens()
    {
        string text = "\uFFFD\uFFFD\0\u0001ab\u0007\uFFFDc\u007F\uD800x\uDC00 \u0000\uFFFD. \uFFFE\uFFFF?!\u001B[0m";
        Document doc = DocumentFactory.Create("binary", text, _tokenizer, _splitter);
        Assert.True(doc.TokenCount > 0);
        AssertValidTokens(doc);
        for (int i = 0; i < doc.TokenCount; i++)
        {
            // Controls separate tokens and are never part of one.
            Assert.DoesNotContain(doc[i].ToString(), char.IsControl);
        }
    }

    [Fact]
    public void RandomCharactersNeverBreakTheTokenizer()
    {
        var random = new Random(12345);
        var chars = new char[200_000];
        for (int i = 0; i < chars.Length; i++)
        {
            chars[i] = random.Next(4) == 0 ? Punctuation[random.Next(Punctuation.Length)] : (char)random.Next(0, 0x10000);
        }
        Document doc = DocumentFactory.Create("random", new string(chars), _tokenizer, _splitter);
        AssertValidTokens(doc);
    }

    [Fact]
    public void FiftyMegabyteSingleLineFinishesQuickly()
    {
        const string unit = "U.S.-led,don't'\"9/11..x@y.com:)www.a.org/b--e-mail";
        var sb = new StringBuilder(50_000_000 + unit.Length);
        while (sb.Length < 50_000_000)
        {
            sb.Append(unit);
        }
        string text = sb.ToString();
        var starts = new List<int>();
        var ends = new List<int>();
        var watch = Stopwatch.StartNew();
        _tokenizer.Tokenize(text, starts, ends);
        int[] sentences = _splitter.Split(text, starts.ToArray(), ends.ToArray());
        watch.Stop();
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"took {watch.Elapsed}");
        Assert.True(starts.Count > 1_000_000);
        Assert.True(sentences.Length >= starts.Count / SentenceSplitter.MaxSentenceTokens);
        AssertBoundedTokens(starts, ends, TokenSink.MaxUrlLength);
    }

    [Fact]
    public void LongRunWithoutSplitPointIsCutIntoBoundedTokens()
    {
        string text = new('a', 5_000_000);
        var starts = new List<int>();
        var ends = new List<int>();
        var watch = Stopwatch.StartNew();
        _tokenizer.Tokenize(text, starts, ends);
        watch.Stop();
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
        AssertBoundedTokens(starts, ends, TokenSink.MaxTokenLength);
        Assert.Equal(0, starts[0]);
        Assert.Equal(text.Length, ends[^1]);
    }

    [Fact]
    public void TenThousandTokenSentenceIsSplitInBoundedPieces()
    {
        string text = string.Join(" ", Enumerable.Repeat("protest", 10_000));
        Document doc = DocumentFactory.Create("long", text, _tokenizer, _splitter);
        Assert.Equal(10_000, doc.TokenCount);
        Assert.Equal(25, doc.SentenceCount);
        Assert.All(doc.Sentences, s => Assert.True(s.TokenCount <= SentenceSplitter.MaxSentenceTokens));
    }

    [Fact]
    public void ManyAbbreviationsInARowStayLinear()
    {
        string text = string.Concat(Enumerable.Repeat("Mr. U.S. etc. No. 5 ", 50_000));
        var watch = Stopwatch.StartNew();
        Document doc = DocumentFactory.Create("abbr", text, _tokenizer, _splitter);
        watch.Stop();
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
        AssertValidTokens(doc);
    }

    [Fact]
    public void NullArgumentsAreRejected()
    {
        Assert.Throws<ArgumentNullException>(() => _tokenizer.Tokenize(null!, [], []));
        Assert.Throws<ArgumentNullException>(() => _tokenizer.Tokenize("x", null!, []));
        Assert.Throws<ArgumentNullException>(() => DocumentFactory.Create("x", null!, _tokenizer, _splitter));
    }

    private static void AssertValidTokens(Document doc)
    {
        int previousEnd = 0;
        for (int i = 0; i < doc.TokenCount; i++)
        {
            Token t = doc[i];
            Assert.True(t.Start >= previousEnd && t.End > t.Start, $"token {i} [{t.Start},{t.End})");
            Assert.True(t.End - t.Start <= TokenSink.MaxUrlLength);
            previousEnd = t.End;
        }
    }

    private static void AssertBoundedTokens(List<int> starts, List<int> ends, int maxLength)
    {
        int previousEnd = 0;
        for (int i = 0; i < starts.Count; i++)
        {
            Assert.True(starts[i] >= previousEnd && ends[i] > starts[i] && ends[i] - starts[i] <= maxLength);
            previousEnd = ends[i];
        }
    }
}
