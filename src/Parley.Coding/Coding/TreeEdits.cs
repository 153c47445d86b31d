using Parley.Text;

namespace Parley.Coding.Coding;

/// <summary>
/// Small reads and checks over a sentence's heads and relations for the parse repairs, which edit the document's
/// annotations before the coder builds its <see cref="SentenceGraph"/>: the first child with a relation, the root,
/// whether a token is finite, whether a phrase carries a preposition, and a check that an edit left a tree.
/// </summary>
internal static class TreeEdits
{
    /// <summary>The first child of <paramref name="token"/> with one of <paramref name="relations"/>, or -1.</summary>
    public static int Child(Sentence sentence, TokenAnnotations a, int token, params ReadOnlySpan<string> relations)
    {
        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            if (a.Head[t] == token && t != token && relations.Contains(a.Relation[t]))
            {
                return t;
            }
        }
        return -1;
    }

    /// <summary>The sentence's root (the first token without a head), or -1.</summary>
    public static int Root(Sentence sentence, TokenAnnotations a)
    {
        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            if (a.Head[t] < 0)
            {
                return t;
            }
        }
        return -1;
    }

    /// <summary>True when <paramref name="token"/> has a subject of any kind.</summary>
    public static bool HasSubject(Sentence sentence, TokenAnnotations a, int token) =>
        Child(sentence, a, token, "nsubj", "nsubj:pass", "expl", "csubj", "csubj:pass") >= 0;

    /// <summary>
    /// True for a verb that makes a clause of its own: a finite form ("attacked", "says") or one with a finite
    /// auxiliary ("has banned", "was attacked", "will meet").
    /// </summary>
    public static bool IsFinite(Sentence sentence, TokenAnnotations a, int verb)
    {
        if (a.Upos[verb] != UPos.VERB)
        {
            return false;
        }
        if (a.Xpos[verb] is "VBD" or "VBZ" or "VBP")
        {
            return true;
        }
        for (int t = sentence.FirstToken; t < verb; t++)
        {
            if (a.Head[t] == verb && a.Relation[t] is "aux" or "aux:pass" && a.Xpos[t] is "MD" or "VBD" or "VBZ" or "VBP")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>True when the phrase headed by <paramref name="noun"/> has a preposition (case ADP) of its own.</summary>
    public static bool HasPreposition(Sentence sentence, TokenAnnotations a, int noun)
    {
        int marker = Child(sentence, a, noun, "case");
        return marker >= 0 && a.Upos[marker] == UPos.ADP;
    }

    /// <summary>True for a noun, name or pronoun.</summary>
    public static bool IsNominal(TokenAnnotations a, int token) => a.Upos[token] is UPos.NOUN or UPos.PROPN or UPos.PRON;

    /// <summary>True when <paramref name="ancestor"/> is <paramref name="token"/> or on its head path.</summary>
    public static bool Dominates(TokenAnnotations a, int ancestor, int token)
    {
        for (int t = token, depth = 0; t >= 0 && depth < 512; t = a.Head[t], depth++)
        {
            if (t == ancestor)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The first and last token of the phrase headed by <paramref name="head"/>.</summary>
    public static (int First, int Last) Span(Sentence sentence, TokenAnnotations a, int head)
    {
        int first = head;
        int last = head;
        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            if (t != head && Dominates(a, head, t))
            {
                first = Math.Min(first, t);
                last = Math.Max(last, t);
            }
        }
        return (first, last);
    }

    /// <summary>True when every token of the sentence reaches the one root through its heads.</summary>
    public static bool IsTree(Sentence sentence, TokenAnnotations a)
    {
        int roots = 0;
        int count = sentence.TokenCount;
        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            int node = t;
            int steps = 0;
            while (a.Head[node] >= 0 && steps <= count)
            {
                node = a.Head[node];
                steps++;
                if (node < sentence.FirstToken || node >= sentence.EndToken)
                {
                    return false;
                }
            }
            if (steps > count)
            {
                return false;
            }
            roots += a.Head[t] < 0 ? 1 : 0;
        }
        return roots == 1;
    }

    /// <summary>Copies the sentence's heads and relations into <paramref name="heads"/> and <paramref name="relations"/>.</summary>
    public static void Save(Sentence sentence, TokenAnnotations a, List<int> heads, List<string> relations)
    {
        heads.Clear();
        relations.Clear();
        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            heads.Add(a.Head[t]);
            relations.Add(a.Relation[t]);
        }
    }

    /// <summary>Puts back what <see cref="Save"/> copied.</summary>
    public static void Restore(Sentence sentence, TokenAnnotations a, List<int> heads, List<string> relations)
    {
        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            a.Head[t] = heads[t - sentence.FirstToken];
            a.Relation[t] = relations[t - sentence.FirstToken];
        }
    }
}
