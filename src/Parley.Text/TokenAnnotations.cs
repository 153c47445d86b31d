namespace Parley.Text;

/// <summary>
/// The per-token annotation arrays of a <see cref="Document"/>, one slot per token, written by the
/// pipeline components (tagger, lemmatizer, parser). Strings stored here are shared instances from
/// a model's tables, so annotating allocates nothing per token.
/// </summary>
public sealed class TokenAnnotations
{
    internal TokenAnnotations(int count)
    {
        Upos = new UPos[count];
        Xpos = new string[count];
        Lemma = new string[count];
        Head = new int[count];
        Relation = new string[count];
        Array.Fill(Xpos, string.Empty);
        Array.Fill(Lemma, string.Empty);
        Array.Fill(Relation, string.Empty);
        Array.Fill(Head, -1);
    }

    /// <summary>Universal part-of-speech tags.</summary>
    public UPos[] Upos { get; }

    /// <summary>Penn Treebank tags.</summary>
    public string[] Xpos { get; }

    /// <summary>Lemmas.</summary>
    public string[] Lemma { get; }

    /// <summary>Document-wide index of each token's syntactic head; -1 for the sentence root or an unparsed token.</summary>
    public int[] Head { get; }

    /// <summary>Universal Dependencies relation of each token to its head (<c>root</c> for the root).</summary>
    public string[] Relation { get; }
}
