namespace Parley.Text;

/// <summary>Builds a <see cref="Document"/> from raw text by tokenizing it and splitting it into sentences.</summary>
public static class DocumentFactory
{
    /// <summary>Tokenizes <paramref name="text"/>, splits it into sentences and wraps the result in a document.</summary>
    /// <param name="id">Identifier of the document, for messages and output.</param>
    /// <param name="text">The text; the document keeps it as is.</param>
    /// <param name="tokenizer">The tokenizer to use.</param>
    /// <param name="splitter">The sentence splitter to use.</param>
    public static Document Create(string id, string text, Tokenizer tokenizer, SentenceSplitter splitter) =>
        Create(id, text, tokenizer, splitter, breakAt: -1);

    /// <summary>
    /// As <see cref="Create(string, string, Tokenizer, SentenceSplitter)"/>, and a sentence also starts at the first
    /// token at or after character <paramref name="breakAt"/> (ignored when negative): a wire dateline
    /// ("BEIJING, May 2 (Reuters) -") is its own segment, so the parser cannot make "BEIJING" the subject of the
    /// sentence that follows it.
    /// </summary>
    public static Document Create(string id, string text, Tokenizer tokenizer, SentenceSplitter splitter, int breakAt)
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
        if (breakAt >= 0)
        {
            sentenceStarts = BreakAt(sentenceStarts, starts, breakAt);
        }
        return new Document(id, text, starts, ends, sentenceStarts);
    }

    // The sentence starts with one more at the first token from `offset` on, unless a sentence already starts there.
    private static int[] BreakAt(int[] sentenceStarts, int[] tokenStarts, int offset)
    {
        int token = Array.BinarySearch(tokenStarts, offset);
        if (token < 0)
        {
            token = ~token;
        }
        if (token == 0 || token >= tokenStarts.Length)
        {
            return sentenceStarts;
        }
        int at = Array.BinarySearch(sentenceStarts, token);
        if (at >= 0)
        {
            return sentenceStarts;
        }
        at = ~at;
        var result = new int[sentenceStarts.Length + 1];
        Array.Copy(sentenceStarts, result, at);
        result[at] = token;
        Array.Copy(sentenceStarts, at, result, at + 1, sentenceStarts.Length - at);
        return result;
    }
}
