using System.Diagnostics;
using Parley.Text;

namespace Parley.Coding.Coding;

/// <summary>
/// The dependency tree of one sentence as child lists, over document token indices. The buffers are sized once per
/// coder and reused for every sentence, so walking a tree allocates nothing.
/// </summary>
internal sealed class SentenceGraph
{
    private int[] _firstChild = new int[64];
    private int[] _nextSibling = new int[64];

    /// <summary>The document.</summary>
    public Document Document { get; private set; } = null!;

    /// <summary>First token of the sentence.</summary>
    public int First { get; private set; }

    /// <summary>Token after the last one of the sentence.</summary>
    public int End { get; private set; }

    /// <summary>Rebuilds the child lists for <paramref name="sentence"/>.</summary>
    public void Load(Sentence sentence)
    {
        Document = sentence.Document;
        First = sentence.FirstToken;
        End = sentence.EndToken;
        int count = End - First;
        if (_firstChild.Length < count)
        {
            _firstChild = new int[count * 2];
            _nextSibling = new int[count * 2];
        }
        Array.Fill(_firstChild, -1, 0, count);
        int[] heads = Document.Annotations.Head;
        // Children are linked in reverse so that prepending keeps them in text order.
        for (int t = End - 1; t >= First; t--)
        {
            int head = heads[t];
            if (head >= First && head < End && head != t)
            {
                _nextSibling[t - First] = _firstChild[head - First];
                _firstChild[head - First] = t;
            }
        }
    }

    /// <summary>The first child of <paramref name="token"/>, or -1.</summary>
    public int FirstChild(int token)
    {
        Debug.Assert(token >= First && token < End);
        return _firstChild[token - First];
    }

    /// <summary>The next child of the same head after <paramref name="child"/>, or -1.</summary>
    public int NextSibling(int child)
    {
        Debug.Assert(child >= First && child < End);
        return _nextSibling[child - First];
    }

    /// <summary>The head of <paramref name="token"/> within the sentence, or -1 for the root.</summary>
    public int Head(int token)
    {
        int head = Document.Annotations.Head[token];
        return head >= First && head < End && head != token ? head : -1;
    }

    /// <summary>The dependency relation of <paramref name="token"/> ("nsubj", "obl:agent").</summary>
    public string Relation(int token) => Document.Annotations.Relation[token] ?? "";

    /// <summary>The lemma of <paramref name="token"/>, lower case.</summary>
    public string Lemma(int token) => Document.Annotations.Lemma[token] ?? "";

    /// <summary>The Penn Treebank tag of <paramref name="token"/> ("VBN").</summary>
    public string Xpos(int token) => Document.Annotations.Xpos[token] ?? "";

    /// <summary>The universal part of speech of <paramref name="token"/>.</summary>
    public UPos Upos(int token) => Document.Annotations.Upos[token];

    /// <summary>The first child of <paramref name="token"/> whose relation is <paramref name="relation"/>, or -1.</summary>
    public int ChildWith(int token, string relation)
    {
        for (int c = FirstChild(token); c >= 0; c = NextSibling(c))
        {
            if (Relation(c) == relation)
            {
                return c;
            }
        }
        return -1;
    }

    /// <summary>True when <paramref name="token"/> has a child with relation <paramref name="relation"/> and one of <paramref name="lemmas"/>.</summary>
    public bool HasChild(int token, string relation, IReadOnlySet<string> lemmas)
    {
        for (int c = FirstChild(token); c >= 0; c = NextSibling(c))
        {
            if (Relation(c) == relation && lemmas.Contains(Lemma(c)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>True when the first marker of the clause <paramref name="clause"/> is the infinitive's "to" ("agreed to meet").</summary>
    public bool IsMarkedTo(int clause) => ChildWith(clause, "mark") is var mark and >= 0 && Lemma(mark) == "to";

    /// <summary>The preposition or case marker of a nominal ("with" of "with Gondor"), lower case, or "".</summary>
    public string CaseOf(int token)
    {
        int marker = ChildWith(token, "case");
        return marker < 0 ? "" : Document.TokenText(marker).ToString().ToLowerInvariant();
    }
}
