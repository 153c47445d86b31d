namespace Parley.Text;

/// <summary>
/// A rule-based English tokenizer that follows the conventions of the Universal Dependencies
/// English Web Treebank: tokens are syntactic words, so clitics are split off ("do" "n't",
/// "John" "'s", "gon" "na"), abbreviations and initials keep their period ("U.S.", "Dr.", "J."),
/// numbers, URLs, e-mail addresses and emoticons stay whole, and most hyphenated compounds are
/// split around the hyphen except after bound prefixes ("e-mail", "non-violent").
/// </summary>
/// <remarks>
/// The tokenizer runs in time linear in the text: every rule looks at a bounded neighbourhood,
/// and tokens longer than 200 characters (2,048 for URLs) are cut into pieces, so a long run of
/// text without white space or binary junk cannot make it slow. Instances hold no state and may be
/// shared between threads.
/// </remarks>
public sealed class Tokenizer
{
    /// <summary>Creates a tokenizer.</summary>
    public Tokenizer()
    {
    }

    /// <summary>
    /// Appends the [start, end) character offsets of every token of <paramref name="text"/>, in
    /// order, to <paramref name="starts"/> and <paramref name="ends"/>.
    /// </summary>
    /// <param name="text">The text to tokenize.</param>
    /// <param name="starts">Receives the start offset of each token.</param>
    /// <param name="ends">Receives the end offset (exclusive) of each token.</param>
    public void Tokenize(string text, List<int> starts, List<int> ends)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(starts);
        ArgumentNullException.ThrowIfNull(ends);
        var sink = new TokenSink(text, starts, ends);
        int i = 0;
        while (i < text.Length)
        {
            if (CharClass.IsSeparator(text[i]))
            {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < text.Length && !CharClass.IsSeparator(text[j]))
            {
                j++;
            }
            TokenizeChunk(text, i, j, sink);
            i = j;
        }
    }

    // Tokenizes one run of non-separator characters.
    private static void TokenizeChunk(string text, int start, int end, TokenSink sink)
    {
        int p = start;
        while (p < end)
        {
            if (CharClass.IsWordChar(text[p]))
            {
                int url = UrlScanner.ScanEnd(text, p, end);
                if (url > p)
                {
                    sink.Add(p, url, TokenSink.MaxUrlLength);
                    p = url;
                }
                else
                {
                    p = WordScanner.ScanAndEmit(text, p, end, sink);
                }
            }
            else
            {
                p = PunctuationScanner.ScanAndEmit(text, p, start, end, sink);
            }
        }
    }
}
