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
                || a.Xpos[participle] is not ("VBN" or "VBG" or "VBD") || !HasCase(a, sentence, noun, participle))
            {
                continue;
            }
            int verb = a.Head[participle];
            if (verb < sentence.FirstToken || verb >= noun || a.Upos[verb] != UPos.VERB
                || a.Relation[participle] is not ("conj" or "advcl" or "parataxis" or "dep"))
            {
                continue;
            }
            for (int t = verb + 1; t < noun; t++)
            {
                if (a.Head[t] == participle && a.Relation[t] == "mark")
                {
                    a.Head[t] = noun;
                    a.Relation[t] = "case";
                }
            }
            a.Head[noun] = verb;
            a.Relation[noun] = "obl";
            a.Head[participle] = noun;
            a.Relation[participle] = "acl";
        }
    }

    /// <summary>
    /// True when a preposition introduces the noun: its own case marker ("to five officers" may have its "to" under
    /// "five"), or a "to" the parser made the marker of the participle, which "to" cannot be with a noun between them
    /// (an infinitive's "to" stands right before its verb, and "to" introduces no clause with a subject).
    /// </summary>
    private static bool HasCase(TokenAnnotations a, Sentence sentence, int noun, int participle)
    {
        for (int t = sentence.FirstToken; t < noun; t++)
        {
            int head = a.Head[t];
            bool under = head == noun || (head >= sentence.FirstToken && head < noun && a.Head[head] == noun);
            if (under && a.Relation[t] == "case" && a.Upos[t] == UPos.ADP)
            {
                return true;
            }
            if (head == participle && a.Relation[t] == "mark" && a.Upos[t] == UPos.ADP
                && sentence.Document.TokenText(t).Equals("to", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }
}
