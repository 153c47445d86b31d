namespace Parley.Text.Tests;

/// <summary>Runs the tokenizer and splitter and returns plain strings, so that tests can compare them directly.</summary>
internal static class TokenizerTestHelper
{
    private static readonly Tokenizer Tokenizer = new();
    private static readonly SentenceSplitter Splitter = new();

    /// <summary>The token strings of <paramref name="text"/>.</summary>
    public static string[] Tokens(string text)
    {
        var starts = new List<int>();
        var ends = new List<int>();
        Tokenizer.Tokenize(text, starts, ends);
        var tokens = new string[starts.Count];
        for (int i = 0; i < tokens.Length; i++)
        {
            tokens[i] = text[starts[i]..ends[i]];
        }
        return tokens;
    }

    /// <summary>The sentences of <paramref name="text"/>, each as its tokens joined by single spaces.</summary>
    public static string[] Sentences(string text)
    {
        Document doc = DocumentFactory.Create("test", text, Tokenizer, Splitter);
        var sentences = new string[doc.SentenceCount];
        for (int s = 0; s < sentences.Length; s++)
        {
            Sentence sentence = doc.GetSentence(s);
            var parts = new string[sentence.TokenCount];
            for (int t = 0; t < parts.Length; t++)
            {
                parts[t] = sentence[t].ToString();
            }
            sentences[s] = string.Join(" ", parts);
        }
        return sentences;
    }

    /// <summary>Asserts that <paramref name="text"/> tokenizes into exactly <paramref name="expected"/>.</summary>
    public static void AssertTokens(string text, params string[] expected) =>
        Assert.Equal(expected, Tokens(text));
}
