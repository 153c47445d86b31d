using Parley.Text;

namespace Parley.Coding.Coding;

/// <summary>
/// The repairs of common parser errors that cost the coder a participant, applied to a sentence's annotations before
/// it is coded: a trailing reporting clause's subject (<see cref="ReportingClauseRepair"/>), a prepositional phrase
/// read as a subject (<see cref="ReducedRelativeRepair"/>), an object read as an infinitive's subject
/// (<see cref="InfinitiveSubjectRepair"/>) and a possessor read as a subject (<see cref="PossessorRepair"/>).
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
