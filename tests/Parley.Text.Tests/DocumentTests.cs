namespace Parley.Text.Tests;

public class DocumentTests
{
    private const string Text = "Rebels took Aleppo.  Talks failed!\n\nNew talks start Monday.";

    private static Document Create() => DocumentFactory.Create("doc-1", Text, new Tokenizer(), new SentenceSplitter());

    [Fact]
    public void FactoryBuildsTokensAndSentences()
    {
        Document doc = Create();
        Assert.Equal("doc-1", doc.Id);
        Assert.Same(Text, doc.Text);
        Assert.Equal(12, doc.TokenCount);
        Assert.Equal(3, doc.SentenceCount);
    }

    [Theory]
    [InlineData(-1, 1)]
    [InlineData(0, 1)]
    [InlineData(24, 2)]
    [InlineData(25, 2)]
    [InlineData(200, 1)]
    public void ABreakOffsetStartsASentenceAtTheNextToken(int breakAt, int sentences)
    {
        const string text = "KYIV, Feb 26 (Reuters) - Troops withdrew from the city.";
        Document doc = DocumentFactory.Create("d", text, new Tokenizer(), new SentenceSplitter(), breakAt);
        Assert.Equal(sentences, doc.SentenceCount);
        if (sentences == 2)
        {
            Assert.Equal("Troops", doc[doc.GetSentence(1).FirstToken].ToString());
        }
    }

    [Fact]
    public void TokenOffsetsPointIntoTheText()
    {
        Document doc = Create();
        Token aleppo = doc[2];
        Assert.Equal("Aleppo", aleppo.ToString());
        Assert.Equal(Text.IndexOf("Aleppo", StringComparison.Ordinal), aleppo.Start);
        Assert.Equal(aleppo.Start + 6, aleppo.End);
        Assert.True(aleppo.NoSpaceAfter);
        Assert.False(doc[3].NoSpaceAfter);
        Assert.Equal(0, aleppo.SentenceIndex);
        Assert.Equal(2, aleppo.Index);
        Assert.True(doc.TokenText(2).SequenceEqual("Aleppo"));
    }

    [Fact]
    public void SentenceViewsCoverTheirTokens()
    {
        Document doc = Create();
        Sentence second = doc.GetSentence(1);
        Assert.Equal(1, second.Index);
        Assert.Equal(4, second.FirstToken);
        Assert.Equal(3, second.TokenCount);
        Assert.Equal(7, second.EndToken);
        Assert.Equal("Talks failed!", second.ToString());
        Assert.Equal(Text.IndexOf("Talks", StringComparison.Ordinal), second.Start);
        Assert.Equal("failed", second[1].ToString());
        Assert.Equal(1, doc.SentenceOf(5));
        Assert.Equal("New talks start Monday.", doc.GetSentence(2).ToString());
    }

    [Fact]
    public void TokenSpanCoversItsCharacters()
    {
        Document doc = Create();
        var span = new TokenSpan(doc, 0, 3);
        Assert.Equal(3, span.Length);
        Assert.Equal("Rebels took Aleppo", span.ToString());
        Assert.Equal("Rebels took Aleppo.", doc.GetSentence(0).AsSpan().ToString());
        Assert.Equal(0, new TokenSpan(doc, 2, 2).Length);
    }

    [Fact]
    public void LowerHashesMatchStableHash()
    {
        Document doc = Create();
        Assert.Equal(StableHash.OfLower("rebels"), doc.LowerHashes[0]);
        Assert.Equal(StableHash.OfLower("NEW"), doc.LowerHashes[7]);
    }

    [Fact]
    public void AnnotationsStartEmpty()
    {
        Document doc = Create();
        Assert.Equal(UPos.None, doc[0].Upos);
        Assert.Equal(-1, doc[0].HeadIndex);
        Assert.Equal(string.Empty, doc[0].Lemma);
    }

    [Fact]
    public void IndexersRejectOutOfRange()
    {
        Document doc = Create();
        Assert.Throws<ArgumentOutOfRangeException>(() => doc[doc.TokenCount]);
        Assert.Throws<ArgumentOutOfRangeException>(() => doc.GetSentence(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => doc.GetSentence(0)[4]);
    }

    [Fact]
    public void ConstructorRejectsInconsistentOffsets()
    {
        Assert.Throws<ArgumentException>(() => new Document("x", "ab cd", [0, 1], [2, 5], [0]));
        Assert.Throws<ArgumentException>(() => new Document("x", "ab cd", [0, 3], [2, 9], [0]));
        Assert.Throws<ArgumentException>(() => new Document("x", "ab cd", [0, 3], [2, 5], [1]));
        Assert.Throws<ArgumentException>(() => new Document("x", "ab cd", [0, 3], [2, 5], [0, 2]));
    }
}
