namespace Parley.Text;

/// <summary>A view of consecutive tokens [<see cref="FirstToken"/>, <see cref="EndToken"/>) of a document.</summary>
public readonly struct TokenSpan
{
    /// <summary>Creates a span of tokens; <paramref name="endToken"/> is exclusive.</summary>
    public TokenSpan(Document document, int firstToken, int endToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentOutOfRangeException.ThrowIfNegative(firstToken);
        ArgumentOutOfRangeException.ThrowIfLessThan(endToken, firstToken);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(endToken, document.TokenCount);
        Document = document;
        FirstToken = firstToken;
        EndToken = endToken;
    }

    /// <summary>The owning document.</summary>
    public Document Document { get; }

    /// <summary>Index of the first token.</summary>
    public int FirstToken { get; }

    /// <summary>Index one past the last token.</summary>
    public int EndToken { get; }

    /// <summary>Number of tokens.</summary>
    public int Length => EndToken - FirstToken;

    /// <summary>Start character offset.</summary>
    public int Start => Length == 0 ? 0 : Document.TokenStarts[FirstToken];

    /// <summary>End character offset (exclusive).</summary>
    public int End => Length == 0 ? 0 : Document.TokenEnds[EndToken - 1];

    /// <summary>The covered characters of the original text.</summary>
    public ReadOnlySpan<char> Text => Document.Text.AsSpan(Start, End - Start);

    /// <summary>The covered text as a new string.</summary>
    public override string ToString() => Text.ToString();
}
