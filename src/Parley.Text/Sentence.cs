namespace Parley.Text;

/// <summary>A view of one sentence: a run of consecutive tokens of a <see cref="Document"/>.</summary>
public readonly struct Sentence
{
    internal Sentence(Document document, int index, int firstToken, int tokenCount)
    {
        Document = document;
        Index = index;
        FirstToken = firstToken;
        TokenCount = tokenCount;
    }

    /// <summary>The owning document.</summary>
    public Document Document { get; }

    /// <summary>Sentence index within the document.</summary>
    public int Index { get; }

    /// <summary>Document-wide index of the first token.</summary>
    public int FirstToken { get; }

    /// <summary>Number of tokens.</summary>
    public int TokenCount { get; }

    /// <summary>Document-wide index one past the last token.</summary>
    public int EndToken => FirstToken + TokenCount;

    /// <summary>Start character offset.</summary>
    public int Start => TokenCount == 0 ? 0 : Document.TokenStarts[FirstToken];

    /// <summary>End character offset (exclusive).</summary>
    public int End => TokenCount == 0 ? 0 : Document.TokenEnds[EndToken - 1];

    /// <summary>The characters from the first to the last token.</summary>
    public ReadOnlySpan<char> Text => Document.Text.AsSpan(Start, End - Start);

    /// <summary>The token at sentence-relative position <paramref name="position"/>.</summary>
    public Token this[int position]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(position);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(position, TokenCount);
            return Document[FirstToken + position];
        }
    }

    /// <summary>The whole sentence as a token span.</summary>
    public TokenSpan AsSpan() => new(Document, FirstToken, EndToken);

    /// <summary>The sentence text as a new string.</summary>
    public override string ToString() => Text.ToString();
}
