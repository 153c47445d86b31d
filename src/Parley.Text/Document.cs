namespace Parley.Text;

/// <summary>
/// A text and its tokens. The document owns the text; tokens are stored in flat arrays of character
/// offsets, and <see cref="Token"/>, <see cref="Sentence"/> and <see cref="TokenSpan"/> are views
/// into these arrays, so every annotation maps back to exact characters of <see cref="Text"/>.
/// </summary>
public sealed class Document
{
    private readonly int[] _tokenStarts;
    private readonly int[] _tokenEnds;
    private readonly int[] _sentenceStarts;
    private readonly int[] _tokenSentence;
    private readonly ulong[] _lowerHashes;

    /// <summary>Creates a document from token offsets and the index of each sentence's first token.</summary>
    /// <param name="id">An identifier for messages and output.</param>
    /// <param name="text">The text the offsets point into.</param>
    /// <param name="tokenStarts">Start offset of each token, ascending.</param>
    /// <param name="tokenEnds">End offset (exclusive) of each token.</param>
    /// <param name="sentenceStarts">Index of the first token of each sentence, ascending, the first being 0 when there are tokens.</param>
    public Document(string id, string text, int[] tokenStarts, int[] tokenEnds, int[] sentenceStarts)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokenStarts);
        ArgumentNullException.ThrowIfNull(tokenEnds);
        ArgumentNullException.ThrowIfNull(sentenceStarts);
        Validate(text, tokenStarts, tokenEnds, sentenceStarts);
        Id = id;
        Text = text;
        _tokenStarts = tokenStarts;
        _tokenEnds = tokenEnds;
        _sentenceStarts = sentenceStarts;
        _tokenSentence = new int[tokenStarts.Length];
        _lowerHashes = new ulong[tokenStarts.Length];
        for (int s = 0; s < sentenceStarts.Length; s++)
        {
            int end = s + 1 < sentenceStarts.Length ? sentenceStarts[s + 1] : tokenStarts.Length;
            for (int t = sentenceStarts[s]; t < end; t++)
            {
                _tokenSentence[t] = s;
            }
        }
        for (int t = 0; t < tokenStarts.Length; t++)
        {
            _lowerHashes[t] = StableHash.OfLower(text.AsSpan(tokenStarts[t], tokenEnds[t] - tokenStarts[t]));
        }
        Annotations = new TokenAnnotations(tokenStarts.Length);
    }

    /// <summary>The identifier given at creation.</summary>
    public string Id { get; }

    /// <summary>The full text.</summary>
    public string Text { get; }

    /// <summary>Number of tokens.</summary>
    public int TokenCount => _tokenStarts.Length;

    /// <summary>Number of sentences.</summary>
    public int SentenceCount => _sentenceStarts.Length;

    /// <summary>The annotation arrays written by pipeline components.</summary>
    public TokenAnnotations Annotations { get; }

    /// <summary>Start offsets of all tokens.</summary>
    public ReadOnlySpan<int> TokenStarts => _tokenStarts;

    /// <summary>End offsets (exclusive) of all tokens.</summary>
    public ReadOnlySpan<int> TokenEnds => _tokenEnds;

    /// <summary>Stable lower-case hashes of all token texts, precomputed for feature extraction.</summary>
    public ReadOnlySpan<ulong> LowerHashes => _lowerHashes;

    /// <summary>The token at <paramref name="index"/>.</summary>
    public Token this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, _tokenStarts.Length);
            return new Token(this, index);
        }
    }

    /// <summary>The sentence at <paramref name="index"/>.</summary>
    public Sentence GetSentence(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, _sentenceStarts.Length);
        int first = _sentenceStarts[index];
        int end = index + 1 < _sentenceStarts.Length ? _sentenceStarts[index + 1] : _tokenStarts.Length;
        return new Sentence(this, index, first, end - first);
    }

    /// <summary>All sentences in order.</summary>
    public IEnumerable<Sentence> Sentences
    {
        get
        {
            for (int i = 0; i < _sentenceStarts.Length; i++)
            {
                yield return GetSentence(i);
            }
        }
    }

    /// <summary>Index of the sentence that holds token <paramref name="tokenIndex"/>.</summary>
    public int SentenceOf(int tokenIndex) => _tokenSentence[tokenIndex];

    /// <summary>The text of token <paramref name="index"/> without allocating.</summary>
    public ReadOnlySpan<char> TokenText(int index) =>
        Text.AsSpan(_tokenStarts[index], _tokenEnds[index] - _tokenStarts[index]);

    private static void Validate(string text, int[] starts, int[] ends, int[] sentenceStarts)
    {
        if (starts.Length != ends.Length)
        {
            throw new ArgumentException("Token start and end arrays differ in length.", nameof(ends));
        }
        int previousEnd = 0;
        for (int i = 0; i < starts.Length; i++)
        {
            if (starts[i] < previousEnd || ends[i] <= starts[i] || ends[i] > text.Length)
            {
                throw new ArgumentException($"Token {i} has invalid offsets [{starts[i]}, {ends[i]}).", nameof(starts));
            }
            previousEnd = ends[i];
        }
        if (starts.Length > 0 && (sentenceStarts.Length == 0 || sentenceStarts[0] != 0))
        {
            throw new ArgumentException("The first sentence must start at token 0.", nameof(sentenceStarts));
        }
        for (int s = 1; s < sentenceStarts.Length; s++)
        {
            if (sentenceStarts[s] <= sentenceStarts[s - 1] || sentenceStarts[s] >= starts.Length)
            {
                throw new ArgumentException($"Sentence {s} has an invalid first token {sentenceStarts[s]}.", nameof(sentenceStarts));
            }
        }
    }
}
