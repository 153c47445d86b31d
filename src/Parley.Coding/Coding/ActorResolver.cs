using Parley.Text;

namespace Parley.Coding.Coding;

/// <summary>
/// Reads the actor of a noun phrase from its head and the mentions inside it:
/// "Russian pilots" (agent head, country modifier) → RUSMIL; "Dagolath's Deputy Prime Minister Telemar" (possessor
/// country, agent title) → DAGGOV; "Sergei Lavrov" (a listed person) → RUSGOV; "the army of Syria" → SYRMIL;
/// "Lavrov, Russia's foreign minister" (apposition) when the head itself names nothing; and coordinated phrases
/// "Russia and China" give one actor per conjunct.
/// </summary>
internal sealed class ActorResolver
{
    private readonly List<int> _span = [];
    private readonly List<ResolvedActor> _shared = [];
    private readonly string _unknownCountry;
    private readonly bool _composeEveryAgent;

    /// <summary>
    /// With <paramref name="composeEveryAgent"/> every agent of a phrase composes with its actor, in text order, as
    /// PETRARCH does: "an MSF Chadian diplomat" is NGO (prefix) + TCD + GOV (suffix) = NGOTCDGOV, and an actor
    /// that already has a sector takes one more ("Sudanese opposition activists": SDNOPP + ...). Otherwise only the
    /// agent nearest the head composes, and only with a bare country.
    /// </summary>
    public ActorResolver(string unknownCountry, bool composeEveryAgent = false)
    {
        _unknownCountry = unknownCountry;
        _composeEveryAgent = composeEveryAgent;
    }

    /// <summary>
    /// Adds to <paramref name="actors"/> the actor of the phrase headed by <paramref name="head"/> and of each phrase
    /// coordinated with it. Returns the number added.
    /// </summary>
    public int ResolveAll(SentenceGraph graph, MentionTable mentions, int head, List<ResolvedActor> actors)
    {
        int before = actors.Count;
        AddWithConjuncts(graph, mentions, head, actors, depth: 0);
        return actors.Count - before;
    }

    /// <summary>
    /// "Neither Chad nor Niger boycotted the summit", parsed as two subjects of "boycotted" with nothing linking
    /// them: adds the actors of the other subjects of <paramref name="subject"/>'s verb that a conjunction joins to it.
    /// Returns the number added.
    /// </summary>
    public int ResolveUnlinkedCoSubjects(SentenceGraph graph, MentionTable mentions, int subject, List<ResolvedActor> actors)
    {
        int before = actors.Count;
        int verb = graph.Head(subject);
        if (verb < 0 || graph.Relation(subject) != "nsubj")
        {
            return 0;
        }
        for (int c = graph.FirstChild(verb); c >= 0; c = graph.NextSibling(c))
        {
            if (c != subject && graph.Relation(c) == "nsubj" && c < verb && HasConjunctionBetween(graph, subject, c))
            {
                AddWithConjuncts(graph, mentions, c, actors, depth: 0);
            }
        }
        return actors.Count - before;
    }

    /// <summary>
    /// A conjunction between the two phrases, not inside either: "Ithilen's awful and evil minister" joins two
    /// adjectives of one subject.
    /// </summary>
    private static bool HasConjunctionBetween(SentenceGraph graph, int a, int b)
    {
        for (int t = Math.Min(a, b) + 1; t < Math.Max(a, b); t++)
        {
            if (graph.Upos(t) == UPos.CCONJ && !IsWithin(graph, t, a) && !IsWithin(graph, t, b))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsWithin(SentenceGraph graph, int token, int phrase)
    {
        for (int t = token, depth = 0; t >= 0 && depth < 40; t = graph.Head(t), depth++)
        {
            if (t == phrase)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The actor of the phrase headed by <paramref name="head"/> alone, or null.</summary>
    public ResolvedActor? Resolve(SentenceGraph graph, MentionTable mentions, int head)
    {
        ResolvedActor? actor = ResolveOwn(graph, mentions, head);
        if (actor is not null)
        {
            return actor;
        }
        int appos = graph.ChildWith(head, "appos");
        if (appos >= 0 && ResolveOwn(graph, mentions, appos) is { } apposed)
        {
            return apposed;
        }
        return PartitiveMember(graph, head) is var member and >= 0 ? ResolveOwn(graph, mentions, member) : null;
    }

    /// <summary>
    /// "Hundreds of Eritrean refugees staged a sit-in", "a group of Kenyan lawyers sued the ministry": a quantity or
    /// collective noun that names nobody stands for the people of its "of" phrase. -1 when the head is no such word.
    /// </summary>
    private static int PartitiveMember(SentenceGraph graph, int head)
    {
        if (graph.Upos(head) is not (UPos.NOUN or UPos.NUM or UPos.PRON or UPos.ADJ) || !PartitiveWords.Contains(graph.Lemma(head)))
        {
            return -1;
        }
        for (int c = graph.FirstChild(head); c >= 0; c = graph.NextSibling(c))
        {
            if (graph.Relation(c) == "nmod" && graph.CaseOf(c) == "of")
            {
                return c;
            }
        }
        return -1;
    }

    /// <summary>Words that count or gather people without saying who they are.</summary>
    private static readonly HashSet<string> PartitiveWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "hundred", "hundreds", "thousand", "thousands", "dozen", "dozens", "million", "millions", "score", "scores",
        "group", "groups", "number", "crowd", "crowds", "band", "team", "delegation", "member", "members", "some",
        "many", "most", "all", "several", "majority", "minority", "handful", "contingent", "party", "coalition",
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "none", "each", "both",
    };

    private void AddWithConjuncts(SentenceGraph graph, MentionTable mentions, int head, List<ResolvedActor> actors, int depth)
    {
        ResolvedActor? own = Resolve(graph, mentions, head);
        if (own is { } actor)
        {
            // "THE_SHIRE [FRO/BIL/SAM]": a name that stands for several actors gives each of them.
            foreach (string code in actor.Code.Split('/', StringSplitOptions.RemoveEmptyEntries))
            {
                if (!actors.Exists(a => a.Code == code && a.Start == actor.Start))
                {
                    actors.Add(actor with { Code = code });
                }
            }
            AddCoordinatedModifiers(graph, mentions, actor, actors);
        }
        if (depth > 8)
        {
            return;
        }
        for (int c = graph.FirstChild(head); c >= 0; c = graph.NextSibling(c))
        {
            // "Old foes Gondor and Osgiliath renewed ties": a name the parser joined to a descriptive noun that names
            // nobody, with nothing between them, is the phrase's real head.
            if (graph.Relation(c) == "conj" && graph.Upos(c) is UPos.NOUN or UPos.PROPN or UPos.PRON or UPos.X
                && (IsTrueConjunct(graph, head, c) || (own is null && graph.Upos(c) == UPos.PROPN && mentions.At(c) >= 0)))
            {
                int before = actors.Count;
                AddWithConjuncts(graph, mentions, c, actors, depth + 1);
                if (own is { Named: true } && actors.Count == before + 1 && !actors[before].Named)
                {
                    ShareModifierCountries(graph, mentions, head, c, actors);
                }
            }
        }
    }

    /// <summary>
    /// "Lawmakers and officials in Chad and Niger welcomed the accord": the parser hangs the phrase that follows
    /// both conjuncts on the first, but it qualifies both, so a role named without a country (the last actor in
    /// <paramref name="actors"/>, read from <paramref name="conjunct"/>) takes the countries of that phrase
    /// (TCDGOV, NERGOV).
    /// </summary>
    private void ShareModifierCountries(SentenceGraph graph, MentionTable mentions, int head, int conjunct, List<ResolvedActor> actors)
    {
        int m = mentions.At(conjunct);
        if (m < 0 || mentions.Mentions[m].Agent is not { } agent)
        {
            return;
        }
        for (int c = graph.FirstChild(head); c >= 0; c = graph.NextSibling(c))
        {
            if (c <= conjunct || graph.Relation(c) != "nmod")
            {
                continue;
            }
            _shared.Clear();
            AddWithConjuncts(graph, mentions, c, _shared, depth: 6);
            ResolvedActor role = actors[^1];
            int added = 0;
            foreach (ResolvedActor country in _shared)
            {
                if (country.Named && country.Code.Length == 3)
                {
                    actors.Add(role with { Code = agent.ComposeWith(country.Code, _unknownCountry), Named = true });
                    added++;
                }
            }
            if (added > 0)
            {
                actors.RemoveAt(actors.Count - added - 1);
            }
            return;
        }
    }

    /// <summary>
    /// "Senior Hungarian and Romanian officials": the country modifier is coordinated, so the role goes with each
    /// country (HUNGOV and ROUGOV).
    /// </summary>
    private static void AddCoordinatedModifiers(SentenceGraph graph, MentionTable mentions, ResolvedActor actor, List<ResolvedActor> actors)
    {
        for (int t = actor.Start; t < actor.End; t++)
        {
            int m = mentions.At(t);
            if (m < 0 || !mentions.Mentions[m].IsActor || mentions.Mentions[m].ActorCode is not { } own
                || !actor.Code.StartsWith(own, StringComparison.Ordinal) || t == actor.Head)
            {
                continue;
            }
            string role = actor.Code[own.Length..];
            for (int c = graph.FirstChild(t); c >= 0; c = graph.NextSibling(c))
            {
                int other = mentions.At(c);
                if (graph.Relation(c) == "conj" && other >= 0 && mentions.Mentions[other].ActorCode is { } code
                    && IsTrueConjunct(graph, t, c) && !actors.Exists(a => a.Code == code + role))
                {
                    Mention mention = mentions.Mentions[other];
                    actors.Add(new ResolvedActor(code + role, mention.Start, mention.End, actor.Head, Named: true));
                }
            }
            return;
        }
    }

    private ResolvedActor? ResolveOwn(SentenceGraph graph, MentionTable mentions, int head)
    {
        // A common noun that names no actor ("the French-drafted resolution", "full diplomatic ties with Gondor")
        // stands for an actor only through a premodifier that names one (France); role words and prepositional
        // phrases around it ("with Gondor") are phrases of their own.
        bool bareNoun = mentions.At(head) < 0 && graph.Upos(head) is not (UPos.PROPN or UPos.X);
        _span.Clear();
        Collect(graph, head, depth: 0, premodifiersOnly: bareNoun);
        AddStrandedCountry(graph, mentions);
        int actor = Nearest(mentions, head, wantActor: true);
        if (bareNoun && actor >= 0 && mentions.Mentions[actor].ActorCode is { } organisation
            && organisation.StartsWith("IGO", StringComparison.Ordinal) && CountryModifier(mentions) is var country and >= 0)
        {
            // "a French-drafted Security Council resolution": France's resolution, put to the council.
            actor = country;
        }
        int agent = Nearest(mentions, head, wantActor: false);
        if ((actor < 0 && agent < 0) || (actor < 0 && graph.Upos(head) == UPos.ADJ))
        {
            // A role word used as an adjective ("diplomatic ties") names nobody by itself.
            return null;
        }
        string? code = actor >= 0 ? mentions.Mentions[actor].ActorCode : null;
        if (actor >= 0 && code is null)
        {
            return null;
        }
        if (agent >= 0 && _composeEveryAgent)
        {
            code = ComposeEveryAgent(mentions, code);
        }
        else if (agent >= 0 && (code is null || code.Length == 3))
        {
            code = mentions.Mentions[agent].Agent!.ComposeWith(code, _unknownCountry);
        }
        int start = head;
        int end = head + 1;
        foreach (int m in (ReadOnlySpan<int>)[actor, agent])
        {
            if (m >= 0)
            {
                start = Math.Min(start, mentions.Mentions[m].Start);
                end = Math.Max(end, mentions.Mentions[m].End);
            }
        }
        return new ResolvedActor(code!, start, end, head, actor >= 0);
    }

    /// <summary>The agents of the phrase composed one after the other with <paramref name="code"/>, in text order.</summary>
    private string ComposeEveryAgent(MentionTable mentions, string? code)
    {
        int last = -1;
        _span.Sort();
        foreach (int token in _span)
        {
            int m = mentions.At(token);
            if (m >= 0 && m != last && !mentions.Mentions[m].IsActor)
            {
                code = mentions.Mentions[m].Agent!.ComposeWith(code, _unknownCountry);
                last = m;
            }
        }
        return code!;
    }

    /// <summary>
    /// "Gambian President Yahya Jammeh will visit Dakar": the parser may hang the country word on the verb instead of
    /// the name after it. A country word right before the phrase, attached outside it other than as a participant
    /// of its own, still belongs to it.
    /// </summary>
    private void AddStrandedCountry(SentenceGraph graph, MentionTable mentions)
    {
        int start = int.MaxValue;
        foreach (int token in _span)
        {
            start = Math.Min(start, token);
        }
        int m = start > graph.First ? mentions.At(start - 1) : -1;
        if (m < 0 || mentions.Mentions[m] is not { IsActor: true, ActorCode: { Length: 3 } } mention || mention.End != start)
        {
            return;
        }
        int word = start - 1;
        if (graph.Relation(word) is not ("nsubj" or "nsubj:pass" or "obj" or "iobj" or "obl" or "conj" or "appos" or "root")
            && !_span.Contains(graph.Head(word)))
        {
            for (int t = mention.Start; t < mention.End; t++)
            {
                _span.Add(t);
            }
        }
    }

    /// <summary>The first actor mention of the phrase that names a country rather than an organisation, or -1.</summary>
    private int CountryModifier(MentionTable mentions)
    {
        foreach (int token in _span)
        {
            int m = mentions.At(token);
            if (m >= 0 && mentions.Mentions[m].ActorCode is { } code && !code.StartsWith("IGO", StringComparison.Ordinal)
                && !code.StartsWith("NGO", StringComparison.Ordinal))
            {
                return m;
            }
        }
        return -1;
    }

    /// <summary>
    /// The mention of the wanted kind in the phrase nearest its head: the one covering the head, else the
    /// closest before it (modifiers: "Russian pilots"), else the closest after it ("the army of Syria").
    /// </summary>
    private int Nearest(MentionTable mentions, int head, bool wantActor)
    {
        int best = -1;
        int bestDistance = int.MaxValue;
        foreach (int token in _span)
        {
            int m = mentions.At(token);
            if (m < 0 || mentions.Mentions[m].IsActor != wantActor)
            {
                continue;
            }
            Mention mention = mentions.Mentions[m];
            int distance = head >= mention.Start && head < mention.End ? 0
                : mention.End <= head ? head - mention.End + 1
                : 1000 + mention.Start - head;
            if (distance < bestDistance)
            {
                best = m;
                bestDistance = distance;
            }
        }
        return best;
    }

    /// <summary>
    /// Adds the phrase's tokens: the head's subtree without clauses, conjuncts and appositions, or only its
    /// premodifiers (adjectives, compounds, possessors) when <paramref name="premodifiersOnly"/>.
    /// </summary>
    private void Collect(SentenceGraph graph, int token, int depth, bool premodifiersOnly)
    {
        _span.Add(token);
        if (depth > 12)
        {
            return;
        }
        for (int c = graph.FirstChild(token); c >= 0; c = graph.NextSibling(c))
        {
            string relation = graph.Relation(c);
            bool wanted = premodifiersOnly && depth == 0
                ? relation is "amod" or "compound" or "nmod:poss" or "flat" or "nmod:npmod" or "obl:npmod"
                : !IsPhraseBoundary(relation) || (relation == "conj" && !IsTrueConjunct(graph, token, c));
            if (wanted)
            {
                Collect(graph, c, depth + 1, premodifiersOnly: false);
            }
        }
    }

    /// <summary>
    /// A conjunct joined by "and", "or" or a comma. The parser sometimes links a name sequence such as "Bree Prime
    /// Minister Romendacil" as a conjunction with nothing between: that is one phrase, not two actors.
    /// </summary>
    private static bool IsTrueConjunct(SentenceGraph graph, int head, int conjunct)
    {
        int from = Math.Min(head, conjunct) + 1;
        int to = Math.Max(head, conjunct);
        for (int t = from; t < to; t++)
        {
            if (graph.Upos(t) == UPos.CCONJ || graph.Document.TokenText(t) is "," or ";")
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsPhraseBoundary(string relation) => relation is "conj" or "cc" or "appos" or "acl" or "acl:relcl"
        or "advcl" or "ccomp" or "xcomp" or "parataxis" or "punct" or "dep" or "list" or "csubj";
}
