using Parley.Text;

namespace Parley.Coding.Coding;

/// <summary>
/// Gives a possessor back to its noun. In "Israel's Cabinet met on Sunday" the parser may make "Israel" (with its
/// "'s") a second subject of "met" beside "Cabinet", and the cabinet loses its country. A phrase that carries the
/// possessive "'s" and shares its head with the noun right after the "'s" is that noun's possessor.
/// </summary>
internal static class PossessorRepair
{
    /// <summary>Repairs the heads and relations of <paramref name="sentence"/> in its document's annotations.</summary>
    public static void Apply(Sentence sentence)
    {
        Document document = sentence.Document;
        TokenAnnotations a = document.Annotations;
        for (int marker = sentence.FirstToken + 1; marker + 1 < sentence.EndToken; marker++)
        {
            int owner = a.Head[marker];
            if (a.Relation[marker] != "case" || a.Xpos[marker] != "POS" || owner < sentence.FirstToken || owner >= marker)
            {
                continue;
            }
            int noun = NounAfter(a, marker + 1, sentence.EndToken, a.Head[owner]);
            if (noun >= 0 && a.Relation[owner] is "nsubj" or "obj" or "obl" or "nsubj:pass" or "dep")
            {
                a.Head[owner] = noun;
                a.Relation[owner] = "nmod:poss";
            }
        }
    }

    /// <summary>The noun that the words after the "'s" lead to, when it hangs on <paramref name="head"/> too; else -1.</summary>
    private static int NounAfter(TokenAnnotations a, int from, int end, int head)
    {
        for (int t = from; t < end && t < from + 4; t++)
        {
            if (a.Upos[t] is UPos.NOUN or UPos.PROPN && a.Head[t] == head && head >= 0)
            {
                return t;
            }
            if (a.Upos[t] is not (UPos.ADJ or UPos.NOUN or UPos.PROPN or UPos.NUM))
            {
                return -1;
            }
        }
        return -1;
    }
}
