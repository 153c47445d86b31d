using Parley.Text.Conllu;

namespace Parley.Text.Evaluation;

/// <summary>
/// Measures a <see cref="Tokenizer"/> and <see cref="SentenceSplitter"/> against a CoNLL-U
/// treebank: raw documents are rebuilt from the <c># text</c> comments (sentences of one
/// <c># newdoc</c> joined by a space, or by a blank line at a <c># newpar</c>), tokenized and
/// split, and the predicted token and sentence character spans are compared with the gold ones.
/// </summary>
public static class TokenizationEvaluator
{
    /// <summary>Evaluates on the CoNLL-U file at <paramref name="conlluPath"/>.</summary>
    /// <param name="conlluPath">Path of the treebank file.</param>
    /// <param name="tokenizer">The tokenizer under test.</param>
    /// <param name="splitter">The sentence splitter under test.</param>
    /// <param name="errorLog">When given, receives every token and sentence disagreement, for error analysis.</param>
    public static TokenizationResult Evaluate(string conlluPath, Tokenizer tokenizer, SentenceSplitter splitter, TextWriter? errorLog = null)
    {
        ArgumentNullException.ThrowIfNull(conlluPath);
        return Evaluate(ConlluReader.ReadFile(conlluPath), tokenizer, splitter, errorLog);
    }

    /// <summary>Evaluates on sentences already read from CoNLL-U.</summary>
    /// <param name="sentences">The gold sentences, in file order.</param>
    /// <param name="tokenizer">The tokenizer under test.</param>
    /// <param name="splitter">The sentence splitter under test.</param>
    /// <param name="errorLog">When given, receives every token and sentence disagreement, for error analysis.</param>
    public static TokenizationResult Evaluate(IEnumerable<ConlluSentence> sentences, Tokenizer tokenizer, SentenceSplitter splitter, TextWriter? errorLog = null)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(tokenizer);
        ArgumentNullException.ThrowIfNull(splitter);
        int docs = 0, goldTokens = 0, predTokens = 0, correctTokens = 0;
        int goldSents = 0, predSents = 0, correctSents = 0, unaligned = 0;
        var starts = new List<int>();
        var ends = new List<int>();
        foreach (GoldDocument gold in GoldDocumentReader.Read(sentences))
        {
            starts.Clear();
            ends.Clear();
            tokenizer.Tokenize(gold.Text, starts, ends);
            int[] predStarts = [.. starts];
            int[] predEnds = [.. ends];
            int[] firsts = splitter.Split(gold.Text, predStarts, predEnds);
            (int[] sentStarts, int[] sentEnds) = SentenceSpans(firsts, predStarts, predEnds);

            docs++;
            goldTokens += gold.TokenStarts.Length + gold.UnalignedWords;
            unaligned += gold.UnalignedWords;
            predTokens += predStarts.Length;
            correctTokens += SpanMatcher.CountMatches(gold.TokenStarts, gold.TokenEnds, predStarts, predEnds);
            goldSents += gold.SentenceStarts.Length;
            predSents += sentStarts.Length;
            correctSents += SpanMatcher.CountMatches(gold.SentenceStarts, gold.SentenceEnds, sentStarts, sentEnds);
            if (errorLog != null)
            {
                SpanMatcher.LogTokenDifferences(gold.Text, gold.TokenStarts, gold.TokenEnds, predStarts, predEnds, errorLog);
                SpanMatcher.LogSentenceDifferences(gold.Text, gold.SentenceStarts, sentStarts, errorLog);
            }
        }
        return new TokenizationResult(docs, goldTokens, predTokens, correctTokens, goldSents, predSents, correctSents, unaligned);
    }

    // Character spans of the sentences whose first tokens are `firsts`.
    private static (int[] Starts, int[] Ends) SentenceSpans(int[] firsts, int[] tokenStarts, int[] tokenEnds)
    {
        var starts = new int[firsts.Length];
        var ends = new int[firsts.Length];
        for (int s = 0; s < firsts.Length; s++)
        {
            int last = (s + 1 < firsts.Length ? firsts[s + 1] : tokenStarts.Length) - 1;
            starts[s] = tokenStarts[firsts[s]];
            ends[s] = tokenEnds[last];
        }
        return (starts, ends);
    }
}
