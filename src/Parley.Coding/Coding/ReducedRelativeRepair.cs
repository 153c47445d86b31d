using Parley.Text;

namespace Parley.Coding.Coding;

/// <summary>
/// Gives back a prepositional phrase that the parser made the subject of a reduced relative clause. In "Peru granted
/// asylum to five Panamanian officers holed up in the embassy" the parser may read "officers holed up" as a clause of
/// its own (officers its subject, "holed" a conjunct of "granted"), and "granted" loses whom it granted asylum to. A
/// subject never carries a preposition: the phrase is an oblique of the earlier verb, and the participle describes it.
/// </summary>
internal static class ReducedRelativeRepair
{
    /// <summary>Repairs the heads and relations of <paramref name="sentence"/> in its document's annotations.</summary>
    public static void Apply(Sentence sentence)
    {
        TokenAnnotations a = sentence.Document.Annotations;
        for (int noun = sentence.FirstToken; noun < sentence.EndToken; noun++)
        {
            int participle = a.Head[noun];
            if (a.Relation[noun] != "nsubj" || participle <= noun || participle >= sentence.EndToken
                || a.Xpos[participle] is not ("VBN" or "VBG") || !HasCase(a, sentence, noun))
            {
                continue;
            }
            int verb = a.Head[participle];
            if (verb < sentence.FirstToken || verb >= noun || a.Upos[verb] != UPos.VERB
                || a.Relation[participle] is not ("conj" or "advcl" or "parataxis" or "dep"))
            {
                continue;
            }
            a.Head[noun] = verb;
            a.Relation[noun] = "obl";
            a.Head[participle] = noun;
            a.Relation[participle] = "acl";
        }
    }

    private static bool HasCase(TokenAnnotations a, Sentence sentence, int noun)
    {
        for (int t = sentence.FirstToken; t < noun; t++)
        {
            // "to five officers" may have its "to" under "five".
            int head = a.Head[t];
            bool under = head == noun || (head >= sentence.FirstToken && head < noun && a.Head[head] == noun);
            if (under && a.Relation[t] == "case" && a.Upos[t] == UPos.ADP)
            {
                return true;
            }
        }
        return false;
    }
}
