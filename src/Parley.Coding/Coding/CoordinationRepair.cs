using Parley.Text;

namespace Parley.Coding.Coding;

/// <summary>
/// Repairs coordinations the parser split: a second phrase joined by "and" but hung beside the first instead of on
/// it ("responsible for the raids and the killings", with "killings" a second oblique that lost its "for"), and a
/// verb phrase joined by "but" or "and" that shares the subject of its clause but was read as an adverbial clause of
/// a subjectless verb in between ("Arvania freed the students arrested in May, but was still holding their
/// teacher", with "holding" under "arrested").
/// </summary>
internal static class CoordinationRepair
{
    private const int MaxClimb = 4;

    /// <summary>Repairs the heads and relations of <paramref name="sentence"/> in its document's annotations.</summary>
    public static void Apply(Sentence sentence)
    {
        TokenAnnotations a = sentence.Document.Annotations;
        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            int conjunction = TreeEdits.Child(sentence, a, t, "cc");
            if (a.Relation[t] == "conj" && conjunction < 0)
            {
                Apposition(sentence, a, t);
            }
            if (conjunction < 0 || conjunction > t || a.Head[t] < 0)
            {
                continue;
            }
            if (a.Relation[t] is "obl" or "obl:agent" or "nmod" or "obj" && TreeEdits.IsNominal(a, t))
            {
                JoinPhrase(sentence, a, t);
            }
            else if (a.Relation[t] == "advcl" && a.Upos[t] == UPos.VERB)
            {
                JoinVerbPhrase(sentence, a, t);
            }
        }
    }

    /// <summary>
    /// "Arvania, Belmoria's closest ally, praised the plan": a noun phrase set off by commas after another, with no
    /// "and" or "or" of its own or after it, describes that phrase (an apposition), it is not a second one; a list
    /// ("Arvania, Belmoria and Gondor") has its conjunction on the last item.
    /// </summary>
    private static void Apposition(Sentence sentence, TokenAnnotations a, int phrase)
    {
        int head = a.Head[phrase];
        if (head < 0 || head > phrase || !TreeEdits.IsNominal(a, phrase) || !TreeEdits.IsNominal(a, head))
        {
            return;
        }
        Document document = sentence.Document;
        (int first, int last) = TreeEdits.Span(sentence, a, phrase);
        while (first < phrase && a.Upos[first] == UPos.PUNCT)
        {
            first++;
        }
        while (last > phrase && a.Upos[last] == UPos.PUNCT)
        {
            last--;
        }
        if (first - 1 <= head || document.TokenText(first - 1) is not "," || last + 1 >= sentence.EndToken
            || document.TokenText(last + 1) is not ",")
        {
            return;
        }
        for (int t = head + 1; t < sentence.EndToken; t++)
        {
            // Another conjunct after it, or a conjunction anywhere after the first phrase, makes a list.
            if ((t > phrase && a.Head[t] == head && a.Relation[t] == "conj") || (t < first && a.Upos[t] == UPos.CCONJ))
            {
                return;
            }
        }
        a.Relation[phrase] = "appos";
    }

    /// <summary>
    /// A phrase with its own "and" but no preposition, after a phrase of the same head and relation that has one, is
    /// that phrase's conjunct: it shares the preposition ("backed by Arvania and Belmoria", with "Belmoria" a second
    /// agent).
    /// </summary>
    private static void JoinPhrase(Sentence sentence, TokenAnnotations a, int phrase)
    {
        if (TreeEdits.HasPreposition(sentence, a, phrase))
        {
            return;
        }
        int head = a.Head[phrase];
        int previous = -1;
        for (int t = sentence.FirstToken; t < phrase; t++)
        {
            if (a.Head[t] == head && (a.Relation[t] == a.Relation[phrase] || (a.Relation[t] is "obl" or "nmod" && a.Relation[phrase] is "obl" or "nmod")))
            {
                previous = t;
            }
        }
        if (previous < 0 || (a.Relation[phrase] != "obj" && !TreeEdits.HasPreposition(sentence, a, previous)))
        {
            return;
        }
        a.Head[phrase] = previous;
        a.Relation[phrase] = "conj";
    }

    /// <summary>
    /// A verb with its own conjunction before it and neither subject nor subordinating word is a conjunct: it joins
    /// the nearest clause above it that has a subject, which is also its own.
    /// </summary>
    private static void JoinVerbPhrase(Sentence sentence, TokenAnnotations a, int verb)
    {
        if (TreeEdits.HasSubject(sentence, a, verb) || TreeEdits.Child(sentence, a, verb, "mark") >= 0)
        {
            return;
        }
        int clause = a.Head[verb];
        for (int depth = 0; clause >= 0 && depth < MaxClimb; depth++)
        {
            if (a.Upos[clause] == UPos.VERB && TreeEdits.HasSubject(sentence, a, clause))
            {
                a.Head[verb] = clause;
                a.Relation[verb] = "conj";
                return;
            }
            clause = a.Head[clause];
        }
    }
}
