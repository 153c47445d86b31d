using Parley.Text;

namespace Parley.Coding.Coding;

/// <summary>
/// Repairs subjects the parser mislabelled: a passive subject of a verb with no passive auxiliary ("Arvania has
/// conceded", read as if Arvania had been conceded), and a modifier split off the subject phrase as a second subject
/// ("Arvanian President Telemar condemned…", with "Arvanian" and "Telemar" both subjects of "condemned").
/// </summary>
internal static class SubjectRepair
{
    /// <summary>Repairs the heads and relations of <paramref name="sentence"/> in its document's annotations.</summary>
    public static void Apply(Sentence sentence)
    {
        TokenAnnotations a = sentence.Document.Annotations;
        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            int verb = a.Head[t];
            if (verb < 0)
            {
                continue;
            }
            if (a.Relation[t] == "nsubj:pass" && IsActive(sentence, a, verb))
            {
                a.Relation[t] = "nsubj";
            }
            else if (a.Relation[t] == "nsubj" && t < verb)
            {
                JoinSplitSubject(sentence, a, t, verb);
            }
            else if (a.Relation[t] == "obl" && t < verb && IsUnmarkedSubject(sentence, a, t, verb))
            {
                a.Relation[t] = "nsubj";
            }
        }
    }

    /// <summary>
    /// "Arvania's foreign minister will not meet Belmoria", parsed with "minister" as an oblique of "meet": an oblique
    /// needs a preposition, so a bare noun phrase before a verb that has no subject, with only the verb's adverbs and
    /// auxiliaries between them, is its subject. Not a date ("Monday", "last week").
    /// </summary>
    private static bool IsUnmarkedSubject(Sentence sentence, TokenAnnotations a, int noun, int verb)
    {
        int modifier = TreeEdits.Child(sentence, a, noun, "det", "amod");
        if (a.Upos[verb] != UPos.VERB || a.Upos[noun] is not (UPos.PROPN or UPos.NOUN or UPos.PRON)
            || TreeEdits.Child(sentence, a, noun, "case") >= 0 || TreeEdits.HasSubject(sentence, a, verb)
            || DateWords.Contains(a.Lemma[noun]) || (modifier >= 0 && a.Lemma[modifier] is "last" or "next" or "this" or "every" or "each"))
        {
            return false;
        }
        (_, int last) = TreeEdits.Span(sentence, a, noun);
        for (int t = last + 1; t < verb; t++)
        {
            if (a.Upos[t] == UPos.PUNCT || !TreeEdits.Dominates(a, verb, t))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Words that date a clause rather than act in it.</summary>
    private static readonly HashSet<string> DateWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "today", "yesterday", "tomorrow", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
        "sunday", "week", "weekend", "month", "year", "morning", "afternoon", "evening", "night", "day", "time",
    };

    /// <summary>
    /// "Belmoria has quietly conceded the point", "Arvania conceded": a passive needs a form of "be" or "get"; a verb in a
    /// finite form or with the perfect's "have", and no such auxiliary, is active.
    /// </summary>
    private static bool IsActive(Sentence sentence, TokenAnnotations a, int verb)
    {
        if (a.Upos[verb] != UPos.VERB)
        {
            return false;
        }
        bool perfect = false;
        for (int t = sentence.FirstToken; t < verb; t++)
        {
            if (a.Head[t] != verb || a.Relation[t] is not ("aux" or "aux:pass"))
            {
                continue;
            }
            if (a.Relation[t] == "aux:pass" || a.Lemma[t] is "be" or "get")
            {
                return false;
            }
            perfect |= a.Lemma[t] == "have";
        }
        return perfect || a.Xpos[verb] is "VBD" or "VBZ" or "VBP";
    }

    /// <summary>
    /// A verb has one subject: when a subject phrase ends right where the next subject of the same verb begins, with
    /// no comma or conjunction between, the first one is a modifier of the second ("Arvanian" of "President
    /// Telemar", "the Gondor" of "army").
    /// </summary>
    private static void JoinSplitSubject(Sentence sentence, TokenAnnotations a, int first, int verb)
    {
        (_, int last) = TreeEdits.Span(sentence, a, first);
        int second = -1;
        for (int t = last + 1; t < verb; t++)
        {
            if (a.Head[t] == verb && a.Relation[t] == "nsubj")
            {
                second = t;
                break;
            }
        }
        if (second < 0 || TreeEdits.HasPreposition(sentence, a, first) || a.Upos[first] is not (UPos.ADJ or UPos.PROPN or UPos.NOUN))
        {
            return;
        }
        (int start, _) = TreeEdits.Span(sentence, a, second);
        if (start != last + 1)
        {
            return;
        }
        a.Head[first] = second;
        a.Relation[first] = a.Upos[first] == UPos.ADJ ? "amod" : "compound";
    }
}
