using Parley.Text;

namespace Parley.Coding.Tests.Coding;

/// <summary>A one-sentence document with a parse written by hand, for tests of the coder's parse repairs.</summary>
internal static class HandParse
{
    /// <summary>Tokenizes <paramref name="text"/> and sets each token's head, relation, tags and (when given) lemma.</summary>
    public static Document Make(string text, int[] heads, string[] relations, UPos[] upos, string[] xpos, string[]? lemmas = null)
    {
        Document document = DocumentFactory.Create("test", text, new Tokenizer(), new SentenceSplitter());
        Assert.Equal(heads.Length, document.TokenCount);
        TokenAnnotations a = document.Annotations;
        for (int t = 0; t < heads.Length; t++)
        {
            (a.Head[t], a.Relation[t], a.Upos[t], a.Xpos[t]) = (heads[t], relations[t], upos[t], xpos[t]);
            a.Lemma[t] = lemmas?[t] ?? document.TokenText(t).ToString().ToLowerInvariant();
        }
        return document;
    }
}
