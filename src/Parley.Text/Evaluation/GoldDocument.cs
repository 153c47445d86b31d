namespace Parley.Text.Evaluation;

/// <summary>A raw document rebuilt from a treebank, with the character spans of its gold words and sentences.</summary>
internal sealed class GoldDocument
{
    public GoldDocument(string id, string text, int[] tokenStarts, int[] tokenEnds, int[] sentenceStarts, int[] sentenceEnds, int unalignedWords)
    {
        Id = id;
        Text = text;
        TokenStarts = tokenStarts;
        TokenEnds = tokenEnds;
        SentenceStarts = sentenceStarts;
        SentenceEnds = sentenceEnds;
        UnalignedWords = unalignedWords;
    }

    public string Id { get; }

    public string Text { get; }

    /// <summary>Start offsets of the aligned gold words, in order (words of a non-concatenating multiword token share a span).</summary>
    public int[] TokenStarts { get; }

    public int[] TokenEnds { get; }

    public int[] SentenceStarts { get; }

    public int[] SentenceEnds { get; }

    /// <summary>Gold words that could not be found in the text; they count as gold but can never match.</summary>
    public int UnalignedWords { get; }
}
