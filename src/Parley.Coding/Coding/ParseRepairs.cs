using Parley.Text;

namespace Parley.Coding.Coding;

/// <summary>
/// The repairs of common parser errors that cost the coder a participant, applied to a sentence's annotations before
/// it is coded: a trailing reporting clause's subject (<see cref="ReportingClauseRepair"/>), a prepositional phrase
/// read as a subject (<see cref="ReducedRelativeRepair"/>), an object read as an infinitive's subject
/// (<see cref="InfinitiveSubjectRepair"/>), a possessor read as a subject (<see cref="PossessorRepair"/>) and an
/// "according to" phrase read as a participant.
/// </summary>
internal static class ParseRepairs
{
    /// <summary>Applies every repair to <paramref name="sentence"/>.</summary>
    public static void Apply(Sentence sentence, ModalityLexicon lexicon)
    {
        ReportingClauseRepair.Apply(sentence, lexicon.SpeechVerbs);
        ReducedRelativeRepair.Apply(sentence);
        InfinitiveSubjectRepair.Apply(sentence);
        PossessorRepair.Apply(sentence);
        DetachAttributions(sentence);
    }

    /// <summary>
    /// "Serb forces attacked the Albanian population, according to the US government": the parser sometimes makes the
    /// source of the report a conjunct of the phrase before it, and a conjunct is a participant. An "according to"
    /// phrase only attributes the sentence, so it hangs on the sentence's root.
    /// </summary>
    private static void DetachAttributions(Sentence sentence)
    {
        TokenAnnotations a = sentence.Document.Annotations;
        int root = -1;
        for (int t = sentence.FirstToken; t < sentence.EndToken && root < 0; t++)
        {
            root = a.Head[t] < 0 ? t : -1;
        }
        for (int t = sentence.FirstToken; t + 1 < sentence.EndToken; t++)
        {
            int phrase = a.Head[t];
            if (root >= 0 && a.Relation[t] == "case" && phrase > t && phrase != root
                && sentence.Document.TokenText(t).Equals("according", StringComparison.OrdinalIgnoreCase)
                && a.Relation[phrase] is "conj" or "appos" or "nmod")
            {
                a.Head[phrase] = root;
                a.Relation[phrase] = "obl";
            }
        }
    }

    /// <summary>True when <paramref name="token"/> has a dependent with one of <paramref name="relations"/>.</summary>
    public static bool HasDependent(Sentence sentence, TokenAnnotations a, int token, params ReadOnlySpan<string> relations)
    {
        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            if (a.Head[t] == token && relations.Contains(a.Relation[t]))
            {
                return true;
            }
        }
        return false;
    }
}
