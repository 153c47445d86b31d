using Parley.Text;

namespace Parley.Coding.Coding;

/// <summary>
/// The repairs of common parser errors that cost the coder a participant, applied to a sentence's annotations before
/// it is coded: participles read as verbs of clauses of their own (<see cref="ParticipleRepair"/>), a main verb hung
/// under a noun (<see cref="MainVerbRepair"/>), a trailing reporting clause's subject
/// (<see cref="ReportingClauseRepair"/>), a prepositional phrase read as a subject
/// (<see cref="ReducedRelativeRepair"/>), an object read as an infinitive's subject
/// (<see cref="InfinitiveSubjectRepair"/>), a possessor read as a subject (<see cref="PossessorRepair"/>), mislabelled
/// and split subjects (<see cref="SubjectRepair"/>), split coordinations (<see cref="CoordinationRepair"/>), an
/// "according to" phrase read as a participant, what someone is asked to do read as a purpose clause, and a
/// subordinate clause read as a conjunct.
/// </summary>
internal static class ParseRepairs
{
    /// <summary>Applies every repair to <paramref name="sentence"/>.</summary>
    public static void Apply(Sentence sentence, ModalityLexicon lexicon)
    {
        ParticipleRepair.Apply(sentence);
        MainVerbRepair.Apply(sentence);
        ReportingClauseRepair.Apply(sentence, lexicon.SpeechVerbs);
        ReducedRelativeRepair.Apply(sentence);
        InfinitiveSubjectRepair.Apply(sentence);
        PossessorRepair.Apply(sentence);
        SubjectRepair.Apply(sentence);
        CoordinationRepair.Apply(sentence);
        DetachAttributions(sentence);
        ControlledInfinitives(sentence);
        SubordinateConjuncts(sentence);
    }

    /// <summary>
    /// "Yugoslavia eased emergency measures in Kosovo as authorities in Croatia cracked down on Serb nationalists": a
    /// clause that a subordinating conjunction introduces is an adverbial clause of the verb before it, not a second
    /// main clause, even when the parser made it a conjunct; the main clause then keeps its own event.
    /// </summary>
    private static void SubordinateConjuncts(Sentence sentence)
    {
        TokenAnnotations a = sentence.Document.Annotations;
        for (int mark = sentence.FirstToken; mark < sentence.EndToken; mark++)
        {
            int clause = a.Head[mark];
            if (a.Relation[mark] == "mark" && a.Upos[mark] is UPos.SCONJ or UPos.ADP && clause > mark && clause < sentence.EndToken
                && a.Relation[clause] == "conj" && !HasDependentBefore(sentence, a, clause, "cc")
                && Subordinators.Contains(sentence.Document.TokenText(mark).ToString()))
            {
                a.Relation[clause] = "advcl";
            }
        }
    }

    private static readonly HashSet<string> Subordinators = new(StringComparer.OrdinalIgnoreCase)
    {
        "as", "while", "when", "whereas", "after", "before", "because", "since", "although", "though", "until",
    };

    /// <summary>
    /// "Blair called on Iran to release the sailors": after a verb that asks someone to act, an infinitive with "to" is
    /// what that someone is asked to do (xcomp: not done yet), but the parser often reads it as a purpose clause
    /// (advcl), which would make the release happen. Only when the verb names whom it asks, as object or with
    /// "on"/"upon".
    /// </summary>
    private static void ControlledInfinitives(Sentence sentence)
    {
        TokenAnnotations a = sentence.Document.Annotations;
        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            int verb = a.Head[t];
            if (a.Relation[t] != "advcl" || verb < sentence.FirstToken || verb >= t || !ControlVerbs.Contains(a.Lemma[verb])
                || !HasDependentBefore(sentence, a, t, "mark", "to") || !NamesAddressee(sentence, a, verb, t))
            {
                continue;
            }
            a.Relation[t] = "xcomp";
        }
    }

    /// <summary>
    /// Verbs that ask, press, order or allow someone to do something ("allowed the journalists to visit the prison":
    /// what the journalists may do is the complement of "allowed", not its purpose).
    /// </summary>
    private static readonly HashSet<string> ControlVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "urge", "ask", "call", "press", "push", "tell", "order", "force", "persuade", "encourage", "invite", "request",
        "appeal", "pressure", "implore", "beg", "instruct", "compel", "oblige", "advise", "lobby", "challenge", "exhort",
        "allow", "permit", "authorize", "authorise", "enable",
    };

    /// <summary>True when <paramref name="verb"/> has an object, or an "on"/"upon" oblique, before <paramref name="infinitive"/>.</summary>
    private static bool NamesAddressee(Sentence sentence, TokenAnnotations a, int verb, int infinitive)
    {
        for (int t = verb + 1; t < infinitive; t++)
        {
            if (a.Head[t] != verb)
            {
                continue;
            }
            if (a.Relation[t] is "obj" or "iobj")
            {
                return true;
            }
            if (a.Relation[t] == "obl" && HasDependentBefore(sentence, a, t, "case", "on", "upon"))
            {
                return true;
            }
        }
        return false;
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

    /// <summary>
    /// True when <paramref name="token"/> has a dependent before it with <paramref name="relation"/> and, when
    /// <paramref name="words"/> are given, one of those words: a clause's own "and" (cc), an infinitive's "to" (mark),
    /// an oblique's "on" (case).
    /// </summary>
    private static bool HasDependentBefore(Sentence sentence, TokenAnnotations a, int token, string relation, params ReadOnlySpan<string> words)
    {
        for (int t = sentence.FirstToken; t < token; t++)
        {
            if (a.Head[t] == token && a.Relation[t] == relation && (words.IsEmpty || IsOneOf(sentence.Document.TokenText(t), words)))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsOneOf(ReadOnlySpan<char> word, ReadOnlySpan<string> words)
    {
        foreach (string candidate in words)
        {
            if (word.Equals(candidate, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
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
