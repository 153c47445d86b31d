using Parley.Text;

namespace Parley.Coding.Coding;

/// <summary>
/// Gives a sentence back the main verb the parser hung under a noun. In "The Arvanian navy on Monday seized two
/// fishing boats, officials said" the parser may read "The Arvanian navy" as the root, with "seized" as a modifier of
/// "boats" or a clause of "said", and the navy no longer seizes anything. A sentence whose root is a noun or
/// adjective with neither copula nor auxiliary is verbless; when it holds a finite verb without a subject ("seized",
/// "has banned", "was attacked"), that verb is the root, the phrase before it its subject, a noun phrase it was made
/// a modifier of its object, and the clauses after it ("officials said") its dependents.
/// </summary>
internal static class MainVerbRepair
{
    /// <summary>Repairs the heads and relations of <paramref name="sentence"/> in its document's annotations.</summary>
    public static void Apply(Sentence sentence)
    {
        TokenAnnotations a = sentence.Document.Annotations;
        int root = TreeEdits.Root(sentence, a);
        if (root < 0)
        {
            return;
        }
        if (a.Upos[root] is not (UPos.NOUN or UPos.PROPN or UPos.ADJ or UPos.NUM)
            || TreeEdits.Child(sentence, a, root, "cop", "aux", "aux:pass") >= 0)
        {
            ClausesReadAsModifiers(sentence, a, root);
            return;
        }
        int verb = OrphanVerb(sentence, a, root);
        int subject = verb < 0 ? -1 : Subject(sentence, a, root, verb);
        if (subject < 0 || TreeEdits.Dominates(a, verb, subject))
        {
            return;
        }
        var heads = new List<int>();
        var relations = new List<string>();
        TreeEdits.Save(sentence, a, heads, relations);
        Promote(sentence, a, root, verb, subject);
        if (!TreeEdits.IsTree(sentence, a))
        {
            TreeEdits.Restore(sentence, a, heads, relations);
        }
    }

    /// <summary>
    /// "“The vote was a disgrace,” the Arvanian envoy told reporters", parsed with "told" as an adjective of
    /// "reporters": a finite verb with a subject of its own is a clause, never a modifier of the noun after it. It
    /// hangs on the root as a clause beside it, with that noun as its object.
    /// </summary>
    private static void ClausesReadAsModifiers(Sentence sentence, TokenAnnotations a, int root)
    {
        for (int verb = sentence.FirstToken; verb < sentence.EndToken; verb++)
        {
            int noun = a.Head[verb];
            if (a.Relation[verb] != "amod" || a.Upos[verb] != UPos.VERB || a.Xpos[verb] is not ("VBD" or "VBZ" or "VBP")
                || noun <= verb || noun == root || !TreeEdits.IsNominal(a, noun) || TreeEdits.Child(sentence, a, verb, "nsubj") < 0
                || TreeEdits.HasPreposition(sentence, a, noun))
            {
                continue;
            }
            a.Head[noun] = verb;
            a.Relation[noun] = "obj";
            a.Head[verb] = root;
            a.Relation[verb] = "parataxis";
        }
    }

    /// <summary>
    /// The first finite verb of the sentence with no subject and no subordinating word of its own (not "if they
    /// attacked", not a relative clause), or -1.
    /// </summary>
    private static int OrphanVerb(Sentence sentence, TokenAnnotations a, int root)
    {
        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            if (t != root && TreeEdits.IsFinite(sentence, a, t) && !TreeEdits.HasSubject(sentence, a, t)
                && a.Relation[t] != "acl:relcl" && TreeEdits.Child(sentence, a, t, "mark") < 0)
            {
                return t;
            }
        }
        return -1;
    }

    /// <summary>
    /// The subject of the promoted verb: the root noun before it ("The navy … seized"), the noun an adjective root
    /// describes ("Fighters loyal to the warlord said": the fighters), the name a root noun stands in apposition to
    /// ("Telemar, Arvania's best-known dissident, wrote to the council"), or the subject the parser gave a root noun after the
    /// verb ("Arvania Friday extended the curfew" read as "Arvania … curfew"). -1 when there is none.
    /// </summary>
    private static int Subject(Sentence sentence, TokenAnnotations a, int root, int verb)
    {
        if (root > verb)
        {
            int subject = TreeEdits.Child(sentence, a, root, "nsubj");
            return subject >= 0 && subject < verb && !TreeEdits.HasPreposition(sentence, a, subject) ? subject : -1;
        }
        if (a.Upos[root] == UPos.ADJ)
        {
            int described = -1;
            for (int t = sentence.FirstToken; t < root; t++)
            {
                if (a.Head[t] == root && TreeEdits.IsNominal(a, t) && !TreeEdits.HasPreposition(sentence, a, t))
                {
                    described = t;
                }
            }
            return described;
        }
        int named = TreeEdits.Child(sentence, a, root, "nsubj");
        return named >= 0 && named < root && !TreeEdits.HasPreposition(sentence, a, named) ? named : root;
    }

    private static void Promote(Sentence sentence, TokenAnnotations a, int root, int verb, int subject)
    {
        int oldHead = a.Head[verb];
        // The clauses the verb was buried in ("officials said") now hang on it.
        int buried = oldHead;
        for (int depth = 0; buried >= 0 && buried != root && depth < sentence.TokenCount; depth++)
        {
            int next = a.Head[buried];
            if (buried != subject && !(buried == oldHead && IsObject(sentence, a, buried, verb)))
            {
                a.Head[buried] = verb;
            }
            buried = next;
        }
        a.Head[verb] = -1;
        a.Relation[verb] = "root";
        if (subject != root)
        {
            a.Head[root] = root > verb ? verb : subject;
            a.Relation[root] = root > verb ? "obj" : a.Upos[root] == UPos.ADJ ? "amod" : "appos";
        }
        a.Head[subject] = verb;
        a.Relation[subject] = TreeEdits.Child(sentence, a, verb, "aux:pass") >= 0 ? "nsubj:pass" : "nsubj";
        if (oldHead != root && IsObject(sentence, a, oldHead, verb))
        {
            TakeObject(sentence, a, oldHead, verb);
        }
        MoveClauses(sentence, a, root, verb);
        if (subject != root)
        {
            MoveClauses(sentence, a, subject, verb);
        }
    }

    /// <summary>
    /// True when the noun the verb was made a modifier of is its object: "seized two fishing boats" read as "two
    /// seized fishing boats". A noun after the verb, without preposition, when the verb has no object yet.
    /// </summary>
    private static bool IsObject(Sentence sentence, TokenAnnotations a, int noun, int verb) =>
        noun > verb && a.Upos[noun] is UPos.NOUN or UPos.PROPN && !TreeEdits.HasPreposition(sentence, a, noun)
        && TreeEdits.Child(sentence, a, verb, "obj") < 0;

    /// <summary>Makes <paramref name="noun"/> the object; its words before the verb ("on Monday") go to the verb.</summary>
    private static void TakeObject(Sentence sentence, TokenAnnotations a, int noun, int verb)
    {
        a.Head[noun] = verb;
        a.Relation[noun] = "obj";
        for (int t = sentence.FirstToken; t < verb; t++)
        {
            if (a.Head[t] == noun)
            {
                a.Head[t] = verb;
                a.Relation[t] = TreeEdits.HasPreposition(sentence, a, t) ? "obl" : a.Relation[t];
            }
        }
    }

    /// <summary>Clauses and punctuation after the verb that hung on the old root go to the verb.</summary>
    private static void MoveClauses(Sentence sentence, TokenAnnotations a, int from, int verb)
    {
        for (int t = verb + 1; t < sentence.EndToken; t++)
        {
            if (a.Head[t] == from && (a.Relation[t] is "parataxis" or "dep" or "advcl" or "ccomp" or "punct"
                || (a.Relation[t] == "conj" && a.Upos[t] == UPos.VERB)))
            {
                a.Head[t] = verb;
            }
        }
    }
}
