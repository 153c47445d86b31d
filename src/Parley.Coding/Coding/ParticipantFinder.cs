using Parley.Text;

namespace Parley.Coding.Coding;

/// <summary>
/// Finds the phrases that play source and target for a trigger in the dependency parse:
/// "Russia vetoed the resolution" (nsubj → source, obj → target); "Aleppo was attacked by militiamen"
/// (nsubj:pass → target, obl:agent → source); "Arnor agreed to meet Gondor" (the infinitive takes the subject
/// of "agreed"); "the troops that attacked the village" (a relative clause's relative pronoun stands for "troops");
/// "restored ties with Gondor" (an oblique with a preposition when there is no object actor).
/// </summary>
internal static class ParticipantFinder
{
    private const int MaxChain = 6;

    /// <summary>
    /// The head of the source phrase of <paramref name="trigger"/>, or -1. With <paramref name="passiveNeedsAgent"/>
    /// (PETRARCH's reading) a verb is passive only with a "by" agent: in "Chad was criticized over its dispute with
    /// Niger" Chad is the source. With <paramref name="verbPhraseOnly"/> (PETRARCH's reading too) a verb without a
    /// subject takes one only from the verb phrase it is in ("Chad agreed to meet Niger"), not through a noun
    /// ("Chad abandoned efforts to stop the parade": nobody stops) or a clause a conjunction introduces ("after
    /// leaving Niger").
    /// </summary>
    public static int SourceHead(SentenceGraph graph, int trigger, bool passiveNeedsAgent = false, bool verbPhraseOnly = false)
    {
        int token = trigger;
        bool viaComplement = false;
        for (int depth = 0; depth < MaxChain && token >= 0; depth++)
        {
            int subject = SubjectOf(graph, token);
            string relation = graph.Relation(token);
            bool hasAgent = ByAgent(graph, token) >= 0;
            bool needsAgent = passiveNeedsAgent || IsStativePassive(graph, token);
            bool passive = needsAgent ? hasAgent : graph.ChildWith(token, "aux:pass") >= 0;
            if (subject >= 0 && passive)
            {
                // "Eriador was opposed by Osgiliath" with the subject labelled nsubj: still a passive.
                return ByAgent(graph, token);
            }
            if (subject >= 0)
            {
                return IsRelativizer(graph, subject) && relation == "acl:relcl" ? graph.Head(token) : subject;
            }
            int passiveSubject = graph.ChildWith(token, "nsubj:pass");
            if (passiveSubject >= 0)
            {
                // "Gollum was seen to break into the parade": the passive subject does the breaking.
                return viaComplement || (needsAgent && !hasAgent) ? passiveSubject : ByAgent(graph, token);
            }
            if (depth == 0 && graph.ChildWith(token, "aux:pass") >= 0)
            {
                // "Chad delayed the talks after a convoy was attacked", parsed with "attacked" as a conjunct of
                // "delayed" and no subject of its own: a passive's doer is its agent, never the subject it shares.
                return ByAgent(graph, token);
            }
            if (relation == "acl")
            {
                int found = NounModifierSource(graph, ref token);
                if (found != Continue)
                {
                    return found;
                }
                if (verbPhraseOnly)
                {
                    return -1;
                }
                viaComplement = false;
                continue;
            }
            if (relation == "acl:relcl")
            {
                return graph.Head(token);
            }
            if (verbPhraseOnly && relation == "advcl" && graph.ChildWith(token, "mark") is var mark and >= 0 && graph.Lemma(mark) != "to")
            {
                return -1;
            }
            if (relation is not ("xcomp" or "conj" or "advcl") || IsBareFiniteClause(graph, token, relation))
            {
                return -1;
            }
            viaComplement = relation == "xcomp";
            token = graph.Head(token);
        }
        return -1;
    }

    private const int Continue = -2;

    /// <summary>
    /// A finite verb with neither subject nor conjunction parsed as an adverbial clause is a main verb the parse
    /// lost, not a clause sharing the subject of its head: in "Chad on Thursday signed a protocol with Niger,
    /// officials said" parsed with "signed" under "said", the officials did not sign.
    /// </summary>
    private static bool IsBareFiniteClause(SentenceGraph graph, int verb, string relation) =>
        relation == "advcl" && graph.Xpos(verb) is "VBD" or "VBZ" or "VBP" && graph.ChildWith(verb, "mark") < 0;

    /// <summary>
    /// The subject of a verb: nsubj, or a referring "it" the parser called an expletive ("Syria says it is willing…").
    /// A day word is no subject: in "Japan on Tuesday opened the talks" the parser may take "Tuesday" as
    /// the subject of "opened"; the verb is then treated as having lost its subject.
    /// </summary>
    public static int SubjectOf(SentenceGraph graph, int verb)
    {
        int subject = NearestSubject(graph, verb);
        if (subject >= 0 && IsTimeWord(graph, subject))
        {
            subject = -1;
        }
        if (subject < 0 && graph.ChildWith(verb, "expl") is var expletive and >= 0 && graph.Lemma(expletive) is "it" or "they")
        {
            subject = expletive;
        }
        return subject;
    }

    /// <summary>
    /// A verb has one subject, and a subject takes no preposition or possessive marker: when the parse gives a verb
    /// two subjects, one of them with such a marker, that one belongs to a phrase the parser broke up. In "Chad will
    /// restore ties, years after Libyan crowds burned its embassy, a senior official said" the parser may hang both
    /// "crowds" (with "after") and "official" on "said" as subjects: the official said it.
    /// </summary>
    private static int NearestSubject(SentenceGraph graph, int verb)
    {
        int first = -1;
        for (int c = graph.FirstChild(verb); c >= 0; c = graph.NextSibling(c))
        {
            if (graph.Relation(c) != "nsubj" || (IsTimePhrase(graph, c) && HasOtherSubject(graph, verb, c)))
            {
                continue;
            }
            if (graph.ChildWith(c, "case") < 0)
            {
                return c;
            }
            first = first < 0 ? c : first;
        }
        return first;
    }

    /// <summary>
    /// The source of a verb that modifies a noun (relation acl, no subject of its own): the by-agent of a participle;
    /// the noun itself for a finite verb misparsed under it ("President Boris Yeltsin on Saturday hosted…") or when
    /// the sentence has no main verb ("Russian pilots attacked Ukrainian soldiers" read as a noun phrase); else
    /// <see cref="Continue"/> with <paramref name="token"/> moved to the verb governing the noun ("Russia has no
    /// intention of attacking": Russia).
    /// </summary>
    private static int NounModifierSource(SentenceGraph graph, ref int token)
    {
        int noun = graph.Head(token);
        if (graph.Xpos(token) is "VBD" or "VBZ" or "VBP")
        {
            return noun;
        }
        int agent = graph.ChildWith(token, "obl:agent");
        if (agent >= 0 || noun < 0)
        {
            return agent;
        }
        if (graph.Head(noun) < 0 && graph.ChildWith(token, "obj") >= 0)
        {
            return noun;
        }
        if (graph.Xpos(token) == "VBN")
        {
            return -1;
        }
        token = graph.Head(noun);
        return Continue;
    }

    /// <summary>
    /// Candidate heads of the target phrase in order of preference: the passive subject, objects, then obliques
    /// in text order (the agent "by …" and time expressions excluded).
    /// </summary>
    public static void TargetHeads(SentenceGraph graph, int trigger, List<int> heads, bool placesCanBeTargets, bool passiveNeedsAgent = false)
    {
        heads.Clear();
        passiveNeedsAgent |= IsStativePassive(graph, trigger);
        if (!passiveNeedsAgent || ByAgent(graph, trigger) >= 0)
        {
            AddChildren(graph, trigger, "nsubj:pass", heads);
        }
        if (passiveNeedsAgent ? ByAgent(graph, trigger) >= 0 : IsPassive(graph, trigger))
        {
            AddChildren(graph, trigger, "nsubj", heads);
        }
        int first = heads.Count;
        AddChildren(graph, trigger, "obj", heads);
        AddChildren(graph, trigger, "iobj", heads);
        int owned = heads.Count > first && IsOwnedBySubject(graph, heads[first]) ? heads[first] : -1;
        if (owned >= 0)
        {
            // "Chad withdrew its troops from Niger", "France sent its soldiers to Mali": the subject's own
            // people are what it moves, not whom it acts on; the place comes first.
            heads.RemoveAt(first);
        }
        for (int c = graph.FirstChild(trigger); c >= 0; c = graph.NextSibling(c))
        {
            string marker = graph.CaseOf(c);
            if (graph.Relation(c) is "obl" or "obl:arg" or "nmod" && !(marker == "by" && IsPassive(graph, trigger))
                && (!(placesCanBeTargets ? TimeCases.Contains(marker) : CircumstantialCases.Contains(marker))
                    || (IsArgumentCase(graph, trigger, marker) && graph.Upos(c) != UPos.PROPN)))
            {
                heads.Add(c);
            }
            else if (IsCircumstantial(graph, c) && graph.Upos(c) == UPos.PROPN)
            {
                AddOpposedChildren(graph, c, heads);
            }
        }
        if (owned >= 0)
        {
            // "Russia will withdraw its troops from Moldova", parsed with "from Moldova" under "troops": the place
            // the troops leave still comes before the troops themselves.
            for (int c = graph.FirstChild(owned); c >= 0; c = graph.NextSibling(c))
            {
                if (graph.Relation(c) == "nmod" && !CircumstantialCases.Contains(graph.CaseOf(c)) && graph.CaseOf(c) != "of")
                {
                    heads.Add(c);
                }
            }
            heads.Add(owned);
        }
        AddModifiers(graph, heads);
    }

    /// <summary>
    /// "restored ties with Gondor", "welcomed the resumption of ties with Osgiliath": the actor hangs off the
    /// object, possibly a few prepositional phrases down.
    /// </summary>
    private static void AddModifiers(SentenceGraph graph, List<int> heads)
    {
        for (int i = 0; i < heads.Count && i < 32; i++)
        {
            for (int c = graph.FirstChild(heads[i]); c >= 0; c = graph.NextSibling(c))
            {
                if (graph.Relation(c) is "nmod" && !heads.Contains(c))
                {
                    heads.Add(c);
                }
            }
        }
    }

    /// <summary>
    /// "Activists staged rallies in Nairobi against the president": the parser often hangs the "against" phrase on
    /// the place before it, but whom a deed opposes is its target wherever the phrase is attached. Only under a
    /// named place: in "backed the Kurds in their struggle against Baghdad" the phrase belongs to "struggle".
    /// </summary>
    private static void AddOpposedChildren(SentenceGraph graph, int place, List<int> heads)
    {
        for (int c = graph.FirstChild(place); c >= 0; c = graph.NextSibling(c))
        {
            if (graph.Relation(c) == "nmod" && graph.CaseOf(c) == "against")
            {
                heads.Add(c);
            }
        }
    }

    /// <summary>An object possessed by "its", "their" or "his": the subject's own troops, diplomats or citizens.</summary>
    private static bool IsOwnedBySubject(SentenceGraph graph, int obj)
    {
        int possessor = graph.ChildWith(obj, "nmod:poss");
        return possessor >= 0 && graph.Upos(possessor) == UPos.PRON && graph.Lemma(possessor) is "its" or "their" or "his" or "her" or "they" or "it" or "he" or "she";
    }

    /// <summary>
    /// The head of the source of an event noun: the possessor ("Russia's veto"), an actor premodifier ("the
    /// Russian veto", "U.S. airstrikes"), the agent of "by" ("a veto by Russia"), else the subject of the verb the
    /// noun is the object of ("Russia launched airstrikes"). -1 when none.
    /// </summary>
    public static int NominalSourceHead(SentenceGraph graph, MentionTable mentions, int noun)
    {
        noun = PhraseOfModifier(graph, noun);
        for (int c = graph.FirstChild(noun); c >= 0; c = graph.NextSibling(c))
        {
            string relation = graph.Relation(c);
            if (relation == "nmod:poss" || (relation is "amod" or "compound" && mentions.At(c) >= 0 && c < noun)
                || (relation == "nmod" && graph.CaseOf(c) == "by"))
            {
                return c;
            }
        }
        // "responsible for the raids and other abuses": a conjunct stands where the first one stands.
        for (int depth = 0; depth < 4 && graph.Relation(noun) == "conj" && graph.Head(noun) is var first and >= 0
            && graph.Upos(first) == UPos.NOUN; depth++)
        {
            noun = first;
        }
        int head = graph.Head(noun);
        if (head >= 0 && graph.Relation(noun) == "obl" && ResponsibilityWords.TryGetValue(graph.Lemma(head), out string? marker)
            && graph.CaseOf(noun) == marker)
        {
            // "Eritrea's army is responsible for the massacre", "the militias engaged in looting".
            return SourceHead(graph, head);
        }
        return head >= 0 && graph.Relation(noun) == "obj" && graph.Upos(head) == UPos.VERB && LightVerbs.Contains(graph.Lemma(head))
            ? SourceHead(graph, head) : -1;
    }

    /// <summary>
    /// "Serbian forces were engaged in ethnic cleansing against Albanians": the "in" of "engaged in" names the deed,
    /// not a place, so the phrase under it may name the target (a named place stays a place: "engaged in Kosovo").
    /// </summary>
    private static bool IsArgumentCase(SentenceGraph graph, int verb, string marker) =>
        ResponsibilityWords.TryGetValue(graph.Lemma(verb), out string? argument) && argument == marker;

    /// <summary>Words whose subject does the event named by their prepositional object, with that preposition.</summary>
    private static readonly Dictionary<string, string> ResponsibilityWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["responsible"] = "for", ["guilty"] = "of", ["engage"] = "in", ["participate"] = "in",
    };

    /// <summary>
    /// Candidate heads of the target of an event noun: its prepositional modifiers ("the veto of the French
    /// resolution", "talks with Kiev", "airstrikes on Aleppo"), then the obliques of the verb it is the object of.
    /// With <paramref name="clauseSubject"/> (a demand or appeal), also the subject of the clause that says what
    /// must be done ("its demand that Serbia free the prisoners", which parsers often read as a relative clause).
    /// </summary>
    public static void NominalTargetHeads(SentenceGraph graph, int noun, List<int> heads, bool clauseSubject = false)
    {
        heads.Clear();
        noun = PhraseOfModifier(graph, noun);
        for (int c = graph.FirstChild(noun); c >= 0; c = graph.NextSibling(c))
        {
            if (graph.Relation(c) == "nmod" && graph.CaseOf(c) is var marker && marker != "by" && !CircumstantialCases.Contains(marker))
            {
                heads.Add(c);
            }
            else if (clauseSubject && graph.Relation(c) is "acl" or "acl:relcl" && SubjectOf(graph, c) is var subject and >= 0
                && !IsRelativizer(graph, subject))
            {
                heads.Add(subject);
            }
        }
        // "the suspension of rail links with Belarus": the actor may hang a prepositional phrase further down.
        for (int i = 0, direct = heads.Count; i < direct; i++)
        {
            for (int c = graph.FirstChild(heads[i]); c >= 0; c = graph.NextSibling(c))
            {
                if (graph.Relation(c) == "nmod" && graph.CaseOf(c) is var marker && marker != "by" && !CircumstantialCases.Contains(marker))
                {
                    heads.Add(c);
                }
            }
        }
        int head = graph.Head(noun);
        if (head >= 0 && graph.Relation(noun) == "obj" && LightVerbs.Contains(graph.Lemma(head)))
        {
            for (int c = graph.FirstChild(head); c >= 0; c = graph.NextSibling(c))
            {
                if (graph.Relation(c) is "obl" or "iobj" && !CircumstantialCases.Contains(graph.CaseOf(c)))
                {
                    heads.Add(c);
                }
            }
        }
    }

    /// <summary>
    /// "The envoy undertook a mediation mission between Syria and the PLO", "Egypt sent an aid convoy to Gaza": an
    /// event noun that modifies another noun takes its participants from the whole phrase, headed by that noun.
    /// </summary>
    private static int PhraseOfModifier(SentenceGraph graph, int noun) =>
        graph.Relation(noun) == "compound" && graph.Head(noun) is var head and >= 0 && graph.Upos(head) == UPos.NOUN ? head : noun;

    /// <summary>True for a passive verb: a passive subject or auxiliary ("was attacked").</summary>
    public static bool IsPassive(SentenceGraph graph, int verb) =>
        (graph.ChildWith(verb, "nsubj:pass") >= 0 || graph.ChildWith(verb, "aux:pass") >= 0)
        && (!IsStativePassive(graph, verb) || ByAgent(graph, verb) >= 0);

    /// <summary>
    /// "Serbian forces were engaged in ethnic cleansing", "militias were involved in the looting": a passive form
    /// whose subject does the deed, unless a "by" agent says otherwise.
    /// </summary>
    private static bool IsStativePassive(SentenceGraph graph, int verb) => graph.Lemma(verb) is "engage" or "involve";

    /// <summary>
    /// The agent of a passive: obl:agent, or an oblique with "by" that the parser left unlabelled. A phrase labelled
    /// agent without its "by" is none ("Arvania signed a pact with Belmoria, its largest customer", with "customer"
    /// read as an agent, is not a passive).
    /// </summary>
    private static int ByAgent(SentenceGraph graph, int verb)
    {
        int agent = graph.ChildWith(verb, "obl:agent");
        if (agent >= 0 && graph.CaseOf(agent) != "by")
        {
            agent = -1;
        }
        for (int c = graph.FirstChild(verb); c >= 0 && agent < 0; c = graph.NextSibling(c))
        {
            if (graph.Relation(c) == "obl" && graph.CaseOf(c) == "by")
            {
                agent = c;
            }
        }
        return agent;
    }

    /// <summary>
    /// Prepositions that place an event rather than name its target: "In Brussels, ministers condemned the
    /// bombing" is not aimed at Belgium. Not "outside": "protesters gathered outside the Russian embassy" aim at it.
    /// </summary>
    private static readonly HashSet<string> CircumstantialCases = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "at", "near", "inside", "during", "after", "before", "since", "throughout", "within", "amid",
        "despite", "until", "across", "around",
    };

    /// <summary>
    /// The circumstantial prepositions that date rather than place an event: even where a place may be a target
    /// (TABARI's and PETRARCH's "met in Geneva"), "restored ties with Chad years after Libyan crowds burned its
    /// embassy" is aimed at Chad, not Libya.
    /// </summary>
    private static readonly HashSet<string> TimeCases = new(StringComparer.OrdinalIgnoreCase)
    {
        "during", "after", "before", "since", "until", "amid", "despite",
    };

    /// <summary>True for an oblique or modifier that places an event ("in Kyiv", "at the border").</summary>
    public static bool IsCircumstantial(SentenceGraph graph, int token) =>
        graph.Relation(token) is "obl" or "nmod" && CircumstantialCases.Contains(graph.CaseOf(token));

    /// <summary>
    /// Verbs that only carry an event noun ("held talks", "launched airstrikes", "imposed sanctions"): their subject
    /// is the noun's source. After other verbs the noun's source is someone else ("dismissed the protests").
    /// </summary>
    private static readonly HashSet<string> LightVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "hold", "launch", "carry", "conduct", "stage", "make", "mount", "impose", "issue", "sign", "begin", "start",
        "resume", "continue", "intensify", "step", "order", "give", "offer", "provide", "deliver", "deploy", "wage",
        "open", "announce", "pledge", "promise", "seek", "propose", "reach", "conclude", "extend", "lift", "ease",
        "tighten", "call", "declare", "renew", "have", "lodge", "file", "send", "grant", "express", "voice",
        "reiterate", "repeat", "undertake", "complete", "reimpose", "relaunch", "speed", "accelerate", "expand",
    };

    /// <summary>
    /// "After the vote last week, the minister said…", parsed with both "week" and "minister" as subjects of
    /// "said": a phrase that dates the event ("this weekend", "last month", "on Tuesday") is no subject when the verb
    /// has another.
    /// </summary>
    private static bool IsTimePhrase(SentenceGraph graph, int token)
    {
        if (IsTimeWord(graph, token))
        {
            return true;
        }
        int determiner = graph.ChildWith(token, "det");
        int modifier = graph.ChildWith(token, "amod");
        return TimeNouns.Contains(graph.Lemma(token))
            && ((determiner >= 0 && graph.Lemma(determiner) is "this" or "that" or "last" or "next" or "every" or "each")
                || (modifier >= 0 && graph.Lemma(modifier) is "last" or "next" or "past" or "coming" or "previous"));
    }

    /// <summary>Nouns that name a stretch of time.</summary>
    private static readonly HashSet<string> TimeNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "week", "weekend", "month", "year", "morning", "afternoon", "evening", "night", "day", "decade", "summer",
        "winter", "spring", "autumn",
    };

    private static bool HasOtherSubject(SentenceGraph graph, int verb, int subject)
    {
        for (int c = graph.FirstChild(verb); c >= 0; c = graph.NextSibling(c))
        {
            if (c != subject && graph.Relation(c) == "nsubj")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>True for "today", "yesterday", "tonight" or a weekday.</summary>
    public static bool IsTimeWord(SentenceGraph graph, int token) => TimeWords.Contains(graph.Lemma(token));

    /// <summary>Words that date an event and that a parser sometimes takes for the subject of a wire-style verb.</summary>
    private static readonly HashSet<string> TimeWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "today", "yesterday", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    };

    private static void AddChildren(SentenceGraph graph, int token, string relation, List<int> heads)
    {
        for (int c = graph.FirstChild(token); c >= 0; c = graph.NextSibling(c))
        {
            if (graph.Relation(c) == relation)
            {
                heads.Add(c);
            }
        }
    }

    private static bool IsRelativizer(SentenceGraph graph, int token) =>
        graph.Upos(token) is UPos.PRON or UPos.DET && graph.Lemma(token) is "that" or "which" or "who" or "whom";
}
