using Parley.Text;

namespace Parley.Coding.Coding;

/// <summary>
/// Gives an object back to its verb when the parser made it the subject of a following infinitive. In "Jammeh will
/// visit Dakar and Banjul to mediate in the dispute" the parser may read "Dakar and Banjul to mediate" as a clause,
/// and "visit" loses whom it visits. UD English gives an infinitive with "to" no subject of its own before the "to"
/// (except after "for": "for Dakar to mediate"), so such a subject is the object of the verb that governs the clause.
/// </summary>
internal static class InfinitiveSubjectRepair
{
    /// <summary>Repairs the heads and relations of <paramref name="sentence"/> in its document's annotations.</summary>
    public static void Apply(Sentence sentence)
    {
        TokenAnnotations a = sentence.Document.Annotations;
        for (int subject = sentence.FirstToken; subject < sentence.EndToken; subject++)
        {
            int infinitive = a.Head[subject];
            if (a.Relation[subject] != "nsubj" || infinitive <= subject || infinitive >= sentence.EndToken
                || a.Xpos[infinitive] != "VB" || a.Relation[infinitive] is not ("advcl" or "xcomp" or "ccomp"))
            {
                continue;
            }
            int verb = a.Head[infinitive];
            if (verb < sentence.FirstToken || verb >= subject || a.Upos[verb] != UPos.VERB
                || !MarkedTo(sentence, a, subject, infinitive) || ParseRepairs.HasDependent(sentence, a, verb, "obj", "ccomp", "xcomp"))
            {
                continue;
            }
            a.Head[subject] = verb;
            a.Relation[subject] = "obj";
        }
    }

    /// <summary>True when "to" (and not "for") marks the infinitive between the subject and the verb.</summary>
    private static bool MarkedTo(Sentence sentence, TokenAnnotations a, int subject, int infinitive)
    {
        bool to = false;
        for (int t = sentence.FirstToken; t < infinitive; t++)
        {
            if (a.Head[t] == infinitive && a.Relation[t] == "mark")
            {
                ReadOnlySpan<char> word = sentence.Document.TokenText(t);
                if (word.Equals("for", StringComparison.OrdinalIgnoreCase))
                {
                    return false;
                }
                to |= t > subject && word.Equals("to", StringComparison.OrdinalIgnoreCase);
            }
        }
        return to;
    }
}
