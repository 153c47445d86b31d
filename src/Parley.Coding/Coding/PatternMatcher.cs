using System.Diagnostics;
using Parley.Coding.Dictionaries;
using Parley.Coding.Lexicon;
using Parley.Coding.Matching;
using Parley.Text;

namespace Parley.Coding.Coding;

/// <summary>
/// Matches a trigger's verb patterns against the words of its own clause, in order on each side of the verb:
/// in "Arnor agreed on Tuesday to a ceasefire with Gondor" the clause of "agreed" holds "on Tuesday to a ceasefire
/// with Gondor", so <c>- * (TO &amp;CEASEFIRE) [0356]</c> matches ("to", then "ceasefire") while words of other
/// clauses (reported speech, adverbial clauses, relative clauses) cannot. The most specific matching pattern wins.
/// With <see cref="CodingOptions.WholeVerbPhrasePatterns"/> (PETRARCH) a pattern also sees complement clauses and
/// the clauses governing the verb's own.
/// </summary>
internal sealed class PatternMatcher
{
    private readonly List<int> _clause = [];
    private readonly List<int> _after = [];
    private readonly List<int> _before = [];
    private readonly List<int> _governing = [];
    private readonly MatchState _state = new();
    private MentionTable _mentions = null!;
    private ulong[] _lemmaHashes = new ulong[64];
    private readonly bool _exactWords;
    private readonly bool _complexIgnored;
    private readonly bool _wholeVerbPhrase;
    private int _first;
    private int _trigger = -1;

    /// <summary>Creates a matcher that reads patterns as <paramref name="options"/> say (PETRARCH's or Parley's way).</summary>
    public PatternMatcher(CodingOptions options)
    {
        _exactWords = options.ExactPatternWords;
        _wholeVerbPhrase = options.WholeVerbPhrasePatterns;
        _complexIgnored = options.ComplexPatternsIgnored;
    }

    /// <summary>Prepares lemma hashes for the sentence of <paramref name="graph"/> (patterns match forms or lemmas).</summary>
    public void Load(SentenceGraph graph)
    {
        _first = graph.First;
        int count = graph.End - graph.First;
        if (_lemmaHashes.Length < count)
        {
            _lemmaHashes = new ulong[count * 2];
        }
        for (int t = graph.First; t < graph.End; t++)
        {
            _lemmaHashes[t - _first] = StableHash.OfLower(graph.Lemma(t));
        }
    }

    /// <summary>The best match of <paramref name="senses"/> at <paramref name="trigger"/>, or null when no sense applies.</summary>
    public PatternMatch? Match(SentenceGraph graph, MentionTable mentions, int trigger, IReadOnlyList<VerbSense> senses,
        bool wholeSentence, bool attachedPrepositions, Action<string>? trace)
    {
        _mentions = mentions;
        _trigger = wholeSentence || !attachedPrepositions ? -1 : trigger;
        CollectClause(graph, trigger, wholeSentence);
        PrepareSides(graph, trigger);
        if (_wholeVerbPhrase && !wholeSentence)
        {
            AddGoverningWords(graph, trigger);
        }
        PatternMatch? best = null;
        int bestScore = -1;
        foreach (VerbSense sense in senses)
        {
            if (!HasParticles(graph, trigger, sense))
            {
                trace?.Invoke($"  {sense.Entry.Text}: particles missing");
                continue;
            }
            // A phrasal verb that is present outranks the bare verb; then patterns outrank the default code, and
            // longer patterns shorter ones; ties go to the sense listed first.
            int senseBonus = sense.Particles.Length * 1000;
            if (sense.DefaultCode is { } code && senseBonus > bestScore)
            {
                best = new PatternMatch(sense, null, code, -1, false, -1, true);
                bestScore = senseBonus;
            }
            foreach (CompiledPattern pattern in sense.Patterns)
            {
                if (_complexIgnored && pattern.Code.Code == "+++")
                {
                    continue;
                }
                PatternMatch? match = TryPattern(graph, sense, pattern);
                if (match is null)
                {
                    continue;
                }
                trace?.Invoke($"  matched {match.Rule} -> {pattern.Code}");
                int score = senseBonus + 1 + pattern.WordCount;
                if (score > bestScore)
                {
                    best = match;
                    bestScore = score;
                }
            }
        }
        return best;
    }

    private PatternMatch? TryPattern(SentenceGraph graph, VerbSense sense, CompiledPattern pattern)
    {
        _state.Reset();
        int index = 0;
        for (int e = 0; e < pattern.After.Length; e++)
        {
            bool beforeActor = e + 1 < pattern.After.Length && pattern.After[e + 1].Kind is PatternElementKind.Source or PatternElementKind.Target;
            if (!Step(graph, pattern.After[e], _after, forward: true, ref index, beforeActor))
            {
                return null;
            }
        }
        index = 0;
        foreach (PatternElement element in pattern.Before)
        {
            if (!Step(graph, element, _before, forward: false, ref index))
            {
                return null;
            }
        }
        return new PatternMatch(sense, pattern, pattern.Code, _state.SourceAnchor, _state.SourceForward,
            _state.TargetAnchor, _state.TargetForward);
    }

    /// <summary>
    /// Matches one element in <paramref name="side"/> (tokens after the verb in reading order, or before it nearest
    /// first) from <paramref name="index"/> on, and moves <paramref name="index"/> past the match.
    /// </summary>
    private bool Step(SentenceGraph graph, PatternElement element, List<int> side, bool forward, ref int index, bool beforeActor = false)
    {
        if (element.Kind == PatternElementKind.Compound)
        {
            return true;
        }
        if (element.Kind == PatternElementKind.Skip)
        {
            return SkipMention(side, ref index);
        }
        if (element.Kind != PatternElementKind.Words)
        {
            int anchor = index < side.Count ? side[index] : -1;
            if (element.Kind == PatternElementKind.Source)
            {
                (_state.SourceAnchor, _state.SourceForward) = (anchor, forward);
            }
            else
            {
                (_state.TargetAnchor, _state.TargetForward) = (anchor, forward);
            }
            return true;
        }
        for (int i = index; i < side.Count; i++)
        {
            if (element.Adjacent && i != index)
            {
                return false;
            }
            int matchedEnd = MatchAt(graph, element, side[i], forward);
            if (matchedEnd >= 0 && beforeActor && IsInfinitiveMarker(graph, matchedEnd))
            {
                // "(TO +)" is a preposition and its object: "protested to Syria", not "protested to condemn Syria".
                continue;
            }
            if (matchedEnd >= 0)
            {
                index = i + 1;
                while (index < side.Count && (forward ? side[index] <= matchedEnd && side[index] > side[i] : side[index] >= matchedEnd && side[index] < side[i]))
                {
                    index++;
                }
                return true;
            }
        }
        return false;
    }

    private static bool IsInfinitiveMarker(SentenceGraph graph, int token) =>
        graph.Relation(token) == "mark" && graph.Upos(token) == UPos.PART && graph.Head(token) is var verb and >= 0
        && graph.Upos(verb) is UPos.VERB or UPos.AUX;

    /// <summary>Moves <paramref name="index"/> past the next actor or role name in <paramref name="side"/>.</summary>
    private bool SkipMention(List<int> side, ref int index)
    {
        for (int i = index; i < side.Count; i++)
        {
            int m = _mentions.At(side[i]);
            if (m < 0)
            {
                continue;
            }
            index = i + 1;
            while (index < side.Count && _mentions.At(side[index]) == m)
            {
                index++;
            }
            return true;
        }
        return false;
    }

    /// <summary>
    /// Whether one of the element's word sequences occurs at <paramref name="token"/> (reading forwards, or ending
    /// there reading backwards); returns the token at the other end of the sequence, or -1.
    /// </summary>
    private int MatchAt(SentenceGraph graph, PatternElement element, int token, bool forward)
    {
        foreach (PhraseWord[] words in element.Alternatives)
        {
            int start = forward ? token : token - words.Length + 1;
            if (start < graph.First || start + words.Length > graph.End)
            {
                continue;
            }
            bool all = true;
            for (int w = 0; w < words.Length && all; w++)
            {
                all = WordMatches(graph, words[w], start + w);
            }
            if (all && !IsDistantPreposition(graph, start))
            {
                return forward ? start + words.Length - 1 : start;
            }
        }
        return -1;
    }

    /// <summary>
    /// True for a preposition that heads a phrase of some other word than the trigger or its own object or oblique:
    /// "protested to the embassy" has its "to", but in "protest the plan of sending ships to Cyprus" the "to"
    /// belongs to "sending", so <c>PROTEST * (TO +)</c> must not take Cyprus for the addressee. An infinitive's "to"
    /// counts only on the trigger's own complement ("offered to mediate"), not in "the decision to send them back".
    /// </summary>
    private bool IsDistantPreposition(SentenceGraph graph, int token)
    {
        string relation = graph.Relation(token);
        if (_trigger < 0 || relation is not ("case" or "mark") || graph.Head(token) is not (var head and >= 0))
        {
            return false;
        }
        int governor = graph.Head(head);
        return relation == "mark" ? governor != _trigger
            : governor != _trigger && (governor < 0 || graph.Head(governor) != _trigger);
    }

    /// <summary>
    /// A pattern word matches the token's form, or its lemma when the token is not a verb: "TREATY" matches
    /// "treaties", but "ACCORD_" must not match "according". PETRARCH matches pattern words as written:
    /// <c>- * RESOLUTION</c> does not match "adopted a set of resolutions".
    /// </summary>
    private bool WordMatches(SentenceGraph graph, PhraseWord word, int token) =>
        _exactWords ? word.Hash == graph.Document.LowerHashes[token] : word.Matches(graph.Document.TokenText(token), graph.Document.LowerHashes[token])
        || (word.Hash == _lemmaHashes[token - _first] && graph.Upos(token) is not (UPos.VERB or UPos.AUX));

    /// <summary>
    /// The verb's particle after a long object: "Jakarta forced the UN refugee agency, UNHCR, out of the country" has
    /// its "out" as a particle of "forced", or as the first word of its oblique, however far away. -1 when the verb has no
    /// such particle.
    /// </summary>
    private int ParticleChild(SentenceGraph graph, int trigger, PhraseWord particle)
    {
        for (int c = graph.FirstChild(trigger); c >= 0; c = graph.NextSibling(c))
        {
            if (c > trigger && graph.Relation(c) is "compound:prt" or "advmod" && WordMatches(graph, particle, c))
            {
                return c;
            }
            // "forced the agency out of the country": the particle opens the verb's oblique ("out of").
            for (int w = graph.Relation(c) == "obl" ? graph.FirstChild(c) : -1; w >= 0 && w < c; w = graph.NextSibling(w))
            {
                if (graph.Relation(w) == "case")
                {
                    if (w > trigger && WordMatches(graph, particle, w))
                    {
                        return w;
                    }
                    break;
                }
            }
        }
        return -1;
    }

    private bool HasParticles(SentenceGraph graph, int trigger, VerbSense sense)
    {
        int position = trigger + 1;
        foreach (PhraseWord particle in sense.Particles)
        {
            int found = -1;
            for (int t = position; t < Math.Min(graph.End, position + 4) && found < 0; t++)
            {
                if (WordMatches(graph, particle, t))
                {
                    found = t;
                }
            }
            if (found < 0 && sense.Particles.Length == 1)
            {
                found = ParticleChild(graph, trigger, particle);
            }
            if (found < 0)
            {
                return false;
            }
            position = found + 1;
        }
        return true;
    }

    /// <summary>
    /// Splits the clause around the trigger. In a relative clause whose relative pronoun is the object ("the air
    /// support that Russian pilots provided to the army"), the antecedent stands in the object's place, so
    /// <c>- * &amp;AID</c> sees "air support" right after "provided".
    /// </summary>
    private void PrepareSides(SentenceGraph graph, int trigger)
    {
        _after.Clear();
        _before.Clear();
        int antecedentStart = -1;
        int antecedentEnd = -1;
        int antecedent = graph.Relation(trigger) == "acl:relcl" ? graph.Head(trigger) : -1;
        int obj = graph.ChildWith(trigger, "obj");
        if (antecedent >= 0 && obj >= 0 && obj < trigger && graph.Upos(obj) is UPos.PRON or UPos.DET)
        {
            antecedentEnd = antecedent;
            antecedentStart = antecedent;
            while (antecedentStart > graph.First && graph.Head(antecedentStart - 1) == antecedent
                && graph.Relation(antecedentStart - 1) is "compound" or "amod" or "nmod:poss" or "det")
            {
                antecedentStart--;
            }
            for (int t = antecedentStart; t <= antecedentEnd; t++)
            {
                _after.Add(t);
            }
        }
        foreach (int t in _clause)
        {
            if (t > trigger)
            {
                _after.Add(t);
            }
        }
        for (int i = _clause.Count - 1; i >= 0; i--)
        {
            int t = _clause[i];
            if (t < trigger && (t < antecedentStart || t > antecedentEnd))
            {
                _before.Add(t);
            }
        }
    }

    /// <summary>
    /// PETRARCH reads the words before a verb up through the phrases that contain it, so a complement clause sees
    /// the verb that governs it: in "Sudan indicated it would act with Chad" the words before "act" are "would",
    /// "it", then "indicated" and "Sudan", and <c>- INDICATED WOULD * [1010]</c> matches. Appends, nearest first,
    /// the words before the trigger of the clauses whose complement or infinitive of purpose holds it.
    /// </summary>
    private void AddGoverningWords(SentenceGraph graph, int trigger)
    {
        int lowest = _before.Count > 0 ? _before[^1] : trigger;
        int clause = trigger;
        for (int depth = 0; depth < 4 && IsComplement(graph, clause) && graph.Head(clause) >= 0; depth++)
        {
            clause = graph.Head(clause);
            _governing.Clear();
            Collect(graph, clause, depth: 0, _governing, _wholeVerbPhrase);
            _governing.Sort();
            for (int i = _governing.Count - 1; i >= 0; i--)
            {
                if (_governing[i] < lowest)
                {
                    _before.Add(_governing[i]);
                    lowest = _governing[i];
                }
            }
        }
    }

    /// <summary>
    /// A clause inside the verb phrase of its head: a complement ("said it would act"), or an infinitive of purpose
    /// ("Chad will host Niger to celebrate the holiday").
    /// </summary>
    private static bool IsComplement(SentenceGraph graph, int clause) =>
        graph.Relation(clause) is "ccomp" or "xcomp"
        || (graph.Relation(clause) == "advcl" && graph.IsMarkedTo(clause));

    /// <summary>
    /// The trigger's subtree without the clauses that have their own events or speakers: a verb hung on it as an
    /// unlabelled dependent is one of them ("The Greeks reject the plan, chief negotiator Nikos Pappas said" with
    /// "said" under "reject": the reporting clause's "chief" is no object of "reject").
    /// </summary>
    private void CollectClause(SentenceGraph graph, int trigger, bool wholeSentence)
    {
        _clause.Clear();
        if (wholeSentence)
        {
            for (int t = graph.First; t < graph.End; t++)
            {
                _clause.Add(t);
            }
            return;
        }
        Collect(graph, trigger, depth: 0, _clause, _wholeVerbPhrase);
        _clause.Sort();
    }

    private static void Collect(SentenceGraph graph, int token, int depth, List<int> clause, bool wholeVerbPhrase)
    {
        clause.Add(token);
        if (depth > 40)
        {
            return;
        }
        for (int c = graph.FirstChild(token); c >= 0; c = graph.NextSibling(c))
        {
            string relation = graph.Relation(c);
            bool ownClause = (relation is "ccomp" && !wholeVerbPhrase) || relation is "advcl" or "parataxis" or "csubj" or "acl:relcl" or "discourse"
                or "list" or "reparandum" or "vocative" or "dislocated"
                || (relation is "conj" or "dep" && graph.Upos(c) is UPos.VERB)
                || (relation == "acl" && graph.Xpos(c) is "VBD" or "VBZ" or "VBP");
            if (!ownClause)
            {
                Collect(graph, c, depth + 1, clause, wholeVerbPhrase);
            }
        }
    }

    /// <summary>Where the pattern being tried placed source and target.</summary>
    private sealed class MatchState
    {
        public int SourceAnchor { get; set; }

        public bool SourceForward { get; set; }

        public int TargetAnchor { get; set; }

        public bool TargetForward { get; set; }

        public void Reset()
        {
            SourceAnchor = -1;
            TargetAnchor = -1;
            SourceForward = false;
            TargetForward = true;
        }
    }
}
