namespace Parley.Text;

/// <summary>A view of one token of a <see cref="Document"/>.</summary>
public readonly struct Token : IEquatable<Token>
{
    internal Token(Document document, int index)
    {
        Document = document;
        Index = index;
    }

    /// <summary>The owning document.</summary>
    public Document Document { get; }

    /// <summary>Document-wide token index.</summary>
    public int Index { get; }

    /// <summary>Start character offset in <see cref="Parley.Text.Document.Text"/>.</summary>
    public int Start => Document.TokenStarts[Index];

    /// <summary>End character offset (exclusive).</summary>
    public int End => Document.TokenEnds[Index];

    /// <summary>The characters of the token.</summary>
    public ReadOnlySpan<char> Text => Document.TokenText(Index);

    /// <summary>Index of the sentence holding this token.</summary>
    public int SentenceIndex => Document.SentenceOf(Index);

    /// <summary>Universal part of speech.</summary>
    public UPos Upos => Document.Annotations.Upos[Index];

    /// <summary>Penn Treebank tag.</summary>
    public string Xpos => Document.Annotations.Xpos[Index];

    /// <summary>Lemma.</summary>
    public string Lemma => Document.Annotations.Lemma[Index];

    /// <summary>Document-wide index of the head token, or -1 for a root.</summary>
    public int HeadIndex => Document.Annotations.Head[Index];

    /// <summary>Dependency relation to the head.</summary>
    public string Relation => Document.Annotations.Relation[Index];

    /// <summary>True when the token is followed directly by the next character without white space.</summary>
    public bool NoSpaceAfter => End < Document.Text.Length && !char.IsWhiteSpace(Document.Text[End]);

    /// <inheritdoc />
    public bool Equals(Token other) => ReferenceEquals(Document, other.Document) && Index == other.Index;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Token other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Document, Index);

    /// <summary>The token text as a new string.</summary>
    public override string ToString() => Text.ToString();

    /// <summary>Equality of views.</summary>
    public static bool operator ==(Token left, Token right) => left.Equals(right);

    /// <summary>Inequality of views.</summary>
    public static bool operator !=(Token left, Token right) => !left.Equals(right);
}
