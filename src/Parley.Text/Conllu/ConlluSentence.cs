namespace Parley.Text.Conllu;

/// <summary>A sentence read from CoNLL-U: its comments of interest, words and multiword ranges.</summary>
public sealed class ConlluSentence
{
    /// <summary>Creates a sentence.</summary>
    public ConlluSentence(string? sentId, string? text, bool newDocument, bool newParagraph,
        IReadOnlyList<ConlluWord> words, IReadOnlyList<ConlluMultiword> multiwords, int line)
    {
        SentId = sentId;
        Text = text;
        NewDocument = newDocument;
        NewParagraph = newParagraph;
        Words = words;
        Multiwords = multiwords;
        Line = line;
    }

    /// <summary>The <c># sent_id</c> comment, if any.</summary>
    public string? SentId { get; }

    /// <summary>The <c># text</c> comment, if any.</summary>
    public string? Text { get; }

    /// <summary>True when a <c># newdoc</c> comment precedes the sentence.</summary>
    public bool NewDocument { get; }

    /// <summary>True when a <c># newpar</c> or <c># newdoc</c> comment precedes the sentence.</summary>
    public bool NewParagraph { get; }

    /// <summary>Syntactic words in order (empty nodes such as "8.1" are skipped).</summary>
    public IReadOnlyList<ConlluWord> Words { get; }

    /// <summary>Multiword token ranges.</summary>
    public IReadOnlyList<ConlluMultiword> Multiwords { get; }

    /// <summary>1-based line number of the sentence's first line in its file.</summary>
    public int Line { get; }
}
