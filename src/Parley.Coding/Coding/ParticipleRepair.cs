using Parley.Text;

namespace Parley.Coding.Coding;

/// <summary>
/// Repairs participles the parser read as verbs of clauses of their own when they only describe a noun:
/// a participle between a possessor and its noun ("Arvania's visiting prime minister"), a participle after an
/// object ("blocked the road leading to the port", with "road" read as the subject of "leading"), and the
/// participle of a hyphenated modifier ("to war-torn Belmoria", with "torn" read as a verb of its own).
/// </summary>
internal static class ParticipleRepair
{
    /// <summary>Repairs the heads and relations of <paramref name="sentence"/> in its document's annotations.</summary>
    public static void Apply(Sentence sentence)
    {
        TokenAnnotations a = sentence.Document.Annotations;
        for (int t = sentence.FirstToken + 1; t < sentence.EndToken; t++)
        {
            if (a.Xpos[t] is "VBG" or "VBN")
            {
                PossessedParticiple(sentence, a, t);
                DescribedObject(sentence, a, t);
            }
            if (a.Xpos[t] is "VBN" or "VBG" or "JJ")
            {
                HyphenatedModifier(sentence, a, t);
            }
        }
    }

    /// <summary>
    /// "Arvania's visiting prime minister", "Belmoria's ruling party": a participle right after a possessor
    /// that the parser made its subject (the "'s" shows it is none) is an adjective of the noun after it, which takes
    /// the participle's place in the sentence (the object of "refused to meet …").
    /// </summary>
    private static void PossessedParticiple(Sentence sentence, TokenAnnotations a, int participle)
    {
        int owner = a.Xpos[participle - 1] == "POS" ? a.Head[participle - 1] : -1;
        int noun = LastObject(sentence, a, participle);
        if (owner < 0 || noun < 0 || a.Head[owner] != participle || a.Relation[owner] is not ("nsubj" or "nsubj:pass"))
        {
            return;
        }
        int head = a.Head[participle];
        string relation = a.Relation[participle];
        bool clause = relation is "advcl" or "xcomp" or "ccomp" or "dep" or "parataxis";
        bool objectless = head >= 0 && TreeEdits.Child(sentence, a, head, "obj") < 0;
        a.Head[noun] = head;
        a.Relation[noun] = clause && objectless ? "obj" : relation;
        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            if (a.Head[t] != participle || t == noun)
            {
                continue;
            }
            // The words between the participle and the noun ("King" of "visiting King Abdullah") are the noun's own.
            bool inside = t > participle && t < noun;
            a.Head[t] = a.Upos[t] == UPos.VERB && head >= 0 ? head : noun;
            a.Relation[t] = t == owner ? "nmod:poss" : inside ? "compound" : a.Relation[t];
        }
        a.Head[participle] = noun;
        a.Relation[participle] = "amod";
    }

    /// <summary>The last object of <paramref name="verb"/> that is a noun or name after it, or -1.</summary>
    private static int LastObject(Sentence sentence, TokenAnnotations a, int verb)
    {
        int found = -1;
        for (int t = verb + 1; t < sentence.EndToken; t++)
        {
            if (a.Head[t] == verb && a.Relation[t] == "obj" && a.Upos[t] is UPos.NOUN or UPos.PROPN)
            {
                found = t;
            }
        }
        return found;
    }

    /// <summary>
    /// "Farmers blocked the road leading to the port": a gerund-participle with neither auxiliary nor
    /// subordinating word whose subject follows the verb it depends on, with nothing between, is a reduced relative
    /// clause of that verb's object.
    /// </summary>
    private static void DescribedObject(Sentence sentence, TokenAnnotations a, int participle)
    {
        int noun = TreeEdits.Child(sentence, a, participle, "nsubj");
        int verb = a.Head[participle];
        if (a.Xpos[participle] != "VBG" || noun < 0 || noun > participle || verb < 0 || verb > noun || a.Upos[verb] != UPos.VERB
            || a.Relation[participle] is not ("advcl" or "xcomp" or "ccomp" or "conj" or "dep")
            || TreeEdits.Child(sentence, a, participle, "aux", "aux:pass", "mark", "cc") >= 0
            || TreeEdits.Child(sentence, a, verb, "obj", "ccomp") >= 0 || TreeEdits.HasPreposition(sentence, a, noun)
            || a.Upos[noun] is not (UPos.NOUN or UPos.PROPN) || !Adjacent(sentence, a, verb, noun))
        {
            return;
        }
        a.Head[noun] = verb;
        a.Relation[noun] = "obj";
        a.Head[participle] = noun;
        a.Relation[participle] = "acl";
    }

    /// <summary>True when only the noun's own words (and adverbs of the verb) stand between the verb and the noun.</summary>
    private static bool Adjacent(Sentence sentence, TokenAnnotations a, int verb, int noun)
    {
        (int first, _) = TreeEdits.Span(sentence, a, noun);
        for (int t = verb + 1; t < first; t++)
        {
            if (!(a.Head[t] == verb && a.Upos[t] is UPos.ADV or UPos.PART))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// "sent doctors to war-torn Belmoria", "Arvanian-backed militias": the word before the hyphen and the participle
    /// after it modify the noun that follows; the parser sometimes reads the participle as a verb of its own with
    /// that noun as its object, and the phrase loses its head. The noun then takes the place of the phrase's first
    /// word, with that word's preposition and determiner.
    /// </summary>
    private static void HyphenatedModifier(Sentence sentence, TokenAnnotations a, int participle)
    {
        int word = participle - 2;
        int noun = participle + 1;
        if (word < sentence.FirstToken || noun >= sentence.EndToken || a.Xpos[participle - 1] != "HYPH"
            || a.Upos[noun] is not (UPos.NOUN or UPos.PROPN) || a.Relation[participle] == "amod" || a.Head[participle] == noun
            || a.Upos[word] is not (UPos.NOUN or UPos.PROPN or UPos.ADJ) || TreeEdits.Dominates(a, noun, word))
        {
            return;
        }
        int head = a.Head[word] == participle ? a.Head[participle] : a.Head[word];
        string relation = a.Head[word] == participle ? a.Relation[participle] : a.Relation[word];
        if (head == noun || (head >= 0 && (TreeEdits.Dominates(a, noun, head) || TreeEdits.Dominates(a, participle, head))))
        {
            return;
        }
        for (int t = sentence.FirstToken; t < word; t++)
        {
            if (a.Head[t] == word)
            {
                a.Head[t] = noun;
            }
        }
        a.Head[noun] = head;
        a.Relation[noun] = relation;
        a.Head[word] = participle;
        a.Relation[word] = "obl:npmod";
        a.Head[participle - 1] = participle;
        a.Relation[participle - 1] = "punct";
        a.Head[participle] = noun;
        a.Relation[participle] = "amod";
    }
}
