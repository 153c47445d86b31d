using Parley.Coding.Places;
using Parley.Text;

namespace Parley.Coding.Tests.Places;

/// <summary>Helpers shared by the place tests: documents from text, and place finding over every sentence.</summary>
internal static class PlaceTestText
{
    private static readonly Tokenizer Tokenizer = new();
    private static readonly SentenceSplitter Splitter = new();

    /// <summary>A tokenized, sentence-split (unparsed) document.</summary>
    public static Document Document(string text) => DocumentFactory.Create("test", text, Tokenizer, Splitter);

    /// <summary>The place mentions of every sentence of <paramref name="document"/>.</summary>
    public static List<PlaceMention> FindAll(Document document)
    {
        var finder = new PlaceFinder(Gazetteer.Default);
        var all = new List<PlaceMention>();
        foreach (Sentence sentence in document.Sentences)
        {
            all.AddRange(finder.Find(document, sentence.FirstToken, sentence.EndToken));
        }
        return all;
    }

    /// <summary>The texts of the place mentions found in <paramref name="text"/>.</summary>
    public static string[] Names(string text) => FindAll(Document(text)).Select(m => m.Text).ToArray();

    /// <summary>The document-wide index of the first token written <paramref name="form"/>.</summary>
    public static int Token(Document document, string form)
    {
        for (int t = 0; t < document.TokenCount; t++)
        {
            if (document.TokenText(t).SequenceEqual(form))
            {
                return t;
            }
        }
        throw new InvalidOperationException($"no token '{form}' in '{document.Text}'");
    }
}
