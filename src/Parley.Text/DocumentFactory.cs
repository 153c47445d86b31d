namespace Parley.Text;

/// <summary>Builds a <see cref="Document"/> from raw text by tokenizing it and splitting it into sentences.</summary>
public static class DocumentFactory
{
    /// <summary>Tokenizes <paramref name="text"/>, splits it into sentences and wraps the result in a document.</summary>
    /// <param name="id">Identifier of the document, for messages and output.</param>
    /// <param name="text">The text; the document keeps it as is.</param>
    /// <param name="tokenizer">The tokenizer to use.</param>
    /// <param name="splitter">The sentence splitter to use.</param>
    public static Document Create(string id, string text, Tokenizer tokenizer, SentenceSplitter splitter)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokenizer);
        ArgumentNullException.ThrowIfNull(splitter);
        var startList = new List<int>();
        var endList = new List<int>();
        tokenizer.Tokenize(text, startList, endList);
        int[] starts = startList.ToArray();
        int[] ends = endList.ToArray();
        int[] sentenceStarts = splitter.Split(text, starts, ends);
        return new Document(id, text, starts, ends, sentenceStarts);
    }
}
