using Parley.Coding.Dictionaries;
using Parley.Coding.Events;
using Parley.Coding.Lexicon;
using Parley.Text;

namespace Parley.Coding.Coding;

/// <summary>
/// Codes one parsed sentence: finds actor mentions, matches the verbs' patterns, composes governing verbs with
/// their complements, finds source and target phrases, decides modality and emits the events. Holds reusable
/// buffers, so one instance serves one thread.
/// </summary>
internal sealed class SentenceCoder
{
    private readonly CodingDictionaries _dictionaries;
    private readonly CodingOptions _options;
    private readonly SentenceGraph _graph = new();
    private readonly MentionTable _mentions = new();
    private readonly PatternMatcher _matcher;
    private readonly ActorResolver _resolver;
    private readonly ModalityDetector _modality;
    private readonly EventBuilder _builder;
    private readonly List<Trigger> _triggers = [];
    private readonly EventCircumstances _circumstances;

    public SentenceCoder(CodingDictionaries dictionaries, CodingOptions options)
    {
        _dictionaries = dictionaries;
        _options = options;
        _modality = new ModalityDetector(options.Lexicon);
        _matcher = new PatternMatcher(options);
        _resolver = new ActorResolver(options.UnknownCountry, options.ComposeEveryAgent);
        _builder = new EventBuilder(options, _resolver);
        _circumstances = new EventCircumstances(options.Places);
    }

    /// <summary>Starts a story: its date and dateline are the context of the sentences that follow.</summary>
    public void StartStory(Document document, DateOnly? date) => _circumstances.StartStory(document, date);

    /// <summary>Codes <paramref name="sentence"/> and adds its events to <paramref name="events"/>.</summary>
    public void Code(Sentence sentence, string storyId, DateOnly? date, List<CodedEvent> events, Action<string>? trace)
    {
        if (!_options.Shallow)
        {
            ParseRepairs.Apply(sentence, _options.Lexicon);
        }
        _graph.Load(sentence);
        if (_dictionaries.Discards.FindIn(sentence.Document, _graph.First, _graph.End, DiscardScope.Sentence) is { } discard)
        {
            trace?.Invoke($"sentence discarded by '{discard.Phrase}' ({Path.GetFileName(discard.File)}:{discard.Line})");
            return;
        }
        _mentions.Find(_graph, _dictionaries, date);
        TraceMentions(trace);
        if (_mentions.Mentions.Count == 0)
        {
            trace?.Invoke("no actor or agent names: nothing to code");
            return;
        }
        _matcher.Load(_graph);
        _circumstances.StartSentence(_graph, _mentions);
        FindTriggers(trace);
        if (DiscardReason() is { } reason)
        {
            trace?.Invoke(reason);
            return;
        }
        Compose(trace);
        ComposeDemands(trace);
        FoldStatedEvents(trace);
        _builder.StartSentence();
        int before = events.Count;
        bool mainClauseCoded = false;
        foreach (Trigger trigger in _triggers)
        {
            var context = new SentenceContext(_graph, _mentions, storyId, sentence.Index, date, _circumstances, trace);
            if (_options.Shallow && events.Count > before)
            {
                trace?.Invoke("shallow reading: the sentence's first event stands");
                break;
            }
            if (!trigger.Suppressed)
            {
                int count = events.Count;
                EmitTrigger(context, trigger, events, trace);
                mainClauseCoded |= events.Count > count && IsMainClause(trigger.Token);
            }
            if (trigger.AlsoCodeOwnEvent)
            {
                _builder.Emit(context, trigger, trigger.Match.Code.Code, _modality.Detect(_graph, trigger.Token, -1), events);
            }
        }
        if (events.Count == before)
        {
            _builder.EmitFallback(events, trace);
        }
        else if (!_options.Shallow && !mainClauseCoded)
        {
            _builder.EmitMainClauseFallback(events, before, trace);
        }
        RemoveRepeats(events, before, trace);
    }

    /// <summary>
    /// "Ecuador granted asylum to two Colombian soldiers": the verb's pattern and the event noun it carries code the
    /// same event; a sentence states each (source, event, target, modality) once.
    /// </summary>
    private static void RemoveRepeats(List<CodedEvent> events, int first, Action<string>? trace)
    {
        for (int i = events.Count - 1; i > first; i--)
        {
            CodedEvent e = events[i];
            for (int j = first; j < i; j++)
            {
                CodedEvent other = events[j];
                if (other.Code == e.Code && other.Modality == e.Modality && other.Source?.Code == e.Source?.Code
                    && other.Target?.Code == e.Target?.Code)
                {
                    trace?.Invoke($"{e.Source?.Code} -> {e.Code} -> {e.Target?.Code ?? "(none)"}: said twice in the sentence, kept once");
                    events.RemoveAt(i);
                    break;
                }
            }
        }
    }

    /// <summary>
    /// A participle used as an adjective names a state, not an event of this sentence: "the proposed reforms", "the
    /// planned visit", and whatever the parser makes of a hyphenated one ("the Israeli-occupied Golan",
    /// "Russian-backed separatists"). A finite verb the parser hung on a noun as an adjective ("police in Gdansk
    /// seized the ship") is still a verb.
    /// </summary>
    private bool IsAdjectivalParticiple(int token) =>
        (_graph.Relation(token) == "amod" && _graph.Xpos(token) is "VBN" or "VBG" && _graph.ChildWith(token, "nsubj") < 0)
        || (_graph.Xpos(token) == "VBN" && token > _graph.First && _graph.Xpos(token - 1) == "HYPH");

    /// <summary>True for the root verb and the verbs coordinated with it ("attacked … and condemned").</summary>
    private bool IsMainClause(int token)
    {
        for (int depth = 0; depth < 8 && _graph.Relation(token) == "conj" && _graph.Head(token) >= 0; depth++)
        {
            token = _graph.Head(token);
        }
        return _graph.Relation(token) == "root";
    }

    /// <summary>Emits a trigger's event with its modality, and the announcement or refusal its modality implies.</summary>
    private void EmitTrigger(SentenceContext context, Trigger trigger, List<CodedEvent> events, Action<string>? trace)
    {
        Modality modality = _modality.Detect(_graph, trigger.Token, trigger.ComposedGovernor);
        if (modality == Modality.Future && _options.AnnouncementsAsIntents && CodeComposer.Announced(trigger.Code) is { } announced)
        {
            // "Hungary will support the resolution": announcing a deed is itself an event, an intent (03)
            // or a threat (13); the deed stays a future event.
            trace?.Invoke($"'{_graph.Document.TokenText(trigger.Token)}': future {trigger.Code} announced, coded {announced}");
            _builder.Emit(context, trigger, announced, Modality.Asserted, events);
        }
        else if (modality == Modality.Negated && _options.AnnouncementsAsIntents && CodeComposer.Refused(trigger.Code) is { } refused
            && (_modality.IsDeclaredRefusal(_graph, trigger.Token) || _modality.IsDeclaredRefusal(_graph, trigger.ComposedGovernor)))
        {
            // "Hungary will not accept the quota": announcing that one will not cooperate is a rejection (12),
            // as "refused to accept" is; the deed itself stays negated.
            trace?.Invoke($"'{_graph.Document.TokenText(trigger.Token)}': {trigger.Code} declared not to happen, coded {refused}");
            _builder.Emit(context, trigger, refused, Modality.Asserted, events);
        }
        _builder.Emit(context, trigger, trigger.Code, modality, events);
    }

    /// <summary>
    /// TABARI and PETRARCH mark words that spoil a sentence: a verb or pattern coded <c>[###]</c> discards it
    /// (sports: "the match was a massacre"), <c>[+++]</c> flags it too complex to code, and an actor coded
    /// <c>[###]</c> discards it as well. Returns why, or null.
    /// </summary>
    private string? DiscardReason()
    {
        foreach (Trigger trigger in _triggers)
        {
            if (trigger.Code is "###" or "+++")
            {
                return $"sentence not coded: {trigger.Match.Rule} is marked {trigger.Code}";
            }
        }
        foreach (Mention mention in _mentions.Mentions)
        {
            if (mention.ActorCode == "###")
            {
                return $"sentence not coded: actor at {mention.Origin} is marked ###";
            }
        }
        return null;
    }

    private void FindTriggers(Action<string>? trace)
    {
        _triggers.Clear();
        Document document = _graph.Document;
        var senses = new List<VerbSense>();
        for (int t = _graph.First; t < _graph.End; t++)
        {
            UPos upos = _graph.Upos(t);
            VerbLexicon? lexicon = upos == UPos.VERB || (_options.Shallow && upos != UPos.PUNCT) ? _dictionaries.Verbs
                : upos == UPos.NOUN ? _dictionaries.Nouns : null;
            if (lexicon is null || (upos == UPos.VERB && !_options.Shallow && IsAdjectivalParticiple(t)))
            {
                continue;
            }
            senses.Clear();
            // The written form first: a verb listed as written ("LEFT") is more specific than the lemma ("leave").
            senses.AddRange(lexicon.Find(document.LowerHashes[t]));
            foreach (VerbSense sense in lexicon.Find(StableHash.OfLower(_graph.Lemma(t))))
            {
                if (!senses.Contains(sense))
                {
                    senses.Add(sense);
                }
            }
            if (senses.Count == 0)
            {
                senses.AddRange(lexicon.FindByStem(document.TokenText(t)));
            }
            if (senses.Count == 0)
            {
                continue;
            }
            string kind = upos == UPos.VERB ? "verb" : "event noun";
            trace?.Invoke($"{kind} '{document.TokenText(t)}' (lemma {_graph.Lemma(t)}): {senses.Count} dictionary sense(s)");
            bool linear = _options.Shallow && upos != UPos.VERB;
            if (_matcher.Match(_graph, _mentions, t, senses, linear, _options.AttachedPrepositions, trace) is { } match)
            {
                trace?.Invoke($"  chose {match.Rule} -> {match.Code}");
                bool nominal = upos == UPos.NOUN && !linear;
                int head = nominal && match.Sense.Particles.Length > 0 ? CompoundHead(t) : t;
                _triggers.Add(new Trigger(head, match, nominal, linear) { SpanStart = t });
            }
        }
        DropNounsInsideCompounds(trace);
    }

    /// <summary>
    /// The head of a multiword event noun: in "the refugees continued a hunger strike" the phrase is headed by
    /// "strike", and only the head shows whose object the event is ("continued" → the refugees' strike).
    /// </summary>
    private int CompoundHead(int first)
    {
        int token = first;
        for (int depth = 0; depth < 4 && _graph.Relation(token) is "compound" or "amod"; depth++)
        {
            int head = _graph.Head(token);
            if (head <= token || head > first + 4 || _graph.Upos(head) != UPos.NOUN)
            {
                break;
            }
            token = head;
        }
        return token;
    }

    /// <summary>
    /// A single event noun inside a longer one names the same event less precisely: "hunger strike" is a hunger
    /// strike (142), not a military strike (190); "food aid" is humanitarian aid (073), not aid in general.
    /// </summary>
    private void DropNounsInsideCompounds(Action<string>? trace)
    {
        for (int i = _triggers.Count - 1; i >= 0; i--)
        {
            Trigger single = _triggers[i];
            if (!single.Nominal || single.SpanStart != single.Token)
            {
                continue;
            }
            foreach (Trigger compound in _triggers)
            {
                if (compound.Nominal && compound.Token == single.Token && compound.SpanStart < single.Token)
                {
                    trace?.Invoke($"'{_graph.Document.TokenText(single.Token)}': part of a longer event noun, dropped");
                    _triggers.RemoveAt(i);
                    break;
                }
            }
        }
    }

    /// <summary>
    /// Folds intent, threat and refusal verbs into the code of their infinitive complement:
    /// "Arnor agreed to meet Gondor" → 036 (not 040 and a bare "agree"), "threatened to impose sanctions" → 1312,
    /// "refused to release the prisoners" → 1243 plus the release itself, negated.
    /// </summary>
    private void Compose(Action<string>? trace)
    {
        ModalityLexicon lexicon = _options.Lexicon;
        foreach (Trigger trigger in _triggers)
        {
            int governor = _graph.Head(trigger.Token);
            // "threatened on Monday to break relations": the infinitive may be parsed as xcomp or as an adverbial
            // clause marked "to"; "reached an agreement to exchange information": a noun of agreement governs its
            // infinitive as "agree" does.
            string relation = _graph.Relation(trigger.Token);
            bool infinitive = relation == "xcomp"
                || (_graph.IsMarkedTo(trigger.Token) && (relation == "advcl"
                    || (relation == "acl" && governor >= 0 && AgreementNouns.Contains(_graph.Lemma(governor)))));
            if (governor < 0 || !infinitive || trigger.Code is null or "---")
            {
                continue;
            }
            if (_graph.IsMarkedTo(trigger.Token) && AgreementObject(governor, trigger.Token) is var deal and >= 0)
            {
                governor = deal;
            }
            string lemma = _graph.Lemma(governor);
            bool intent = lexicon.IntentGovernors.Contains(lemma) || AgreementNouns.Contains(lemma);
            // "vowed to fight": an intent to use force is a threat.
            string? composed = intent && CodeComposer.IsForce(trigger.Code) ? CodeComposer.Threat(trigger.Code)
                : intent ? CodeComposer.Intent(trigger.Code)
                : lexicon.ThreatGovernors.Contains(lemma) ? CodeComposer.Threat(trigger.Code)
                : lexicon.RefusalGovernors.Contains(lemma) ? CodeComposer.Refusal(trigger.Code)
                : null;
            if (composed is null)
            {
                continue;
            }
            trace?.Invoke($"'{_graph.Document.TokenText(governor)} … {_graph.Document.TokenText(trigger.Token)}': {trigger.Code} composed into {composed}");
            trigger.AlsoCodeOwnEvent = lexicon.RefusalGovernors.Contains(lemma);
            trigger.Code = composed;
            trigger.ComposedGovernor = governor;
            foreach (Trigger other in _triggers)
            {
                other.Suppressed |= other.Token == governor;
            }
        }
    }

    /// <summary>
    /// "Arnor reached an agreement with Gondor to open the border": an infinitive after a verb whose object is a noun
    /// of agreement before it says what was agreed, wherever the parser attaches it (to the noun or to the verb). The
    /// noun, or -1.
    /// </summary>
    private int AgreementObject(int verb, int infinitive)
    {
        int obj = _graph.Upos(verb) == UPos.VERB ? _graph.ChildWith(verb, "obj") : -1;
        return obj >= 0 && obj < infinitive && AgreementNouns.Contains(_graph.Lemma(obj)) ? obj : -1;
    }

    /// <summary>Nouns of agreement whose infinitive is what the parties intend ("a deal to reopen the border": 03x).</summary>
    private static readonly HashSet<string> AgreementNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "agreement", "consensus", "deal", "accord", "pact", "understanding",
    };

    /// <summary>
    /// "Russia said Sudan must return the helicopter": a statement whose reported clause says what another party
    /// must or should do is a demand (10x; 103 for aid, 108 for a meeting…), and the reported deed itself stays
    /// hypothetical.
    /// </summary>
    private void ComposeDemands(Action<string>? trace)
    {
        if (_options.Shallow || !_options.AnnouncementsAsIntents)
        {
            return;
        }
        foreach (Trigger trigger in _triggers)
        {
            if (trigger.Code is not { } code || !code.StartsWith("01", StringComparison.Ordinal))
            {
                continue;
            }
            if (code == "010" && StatementStance.Of(_graph, trigger.Token) is { } stance)
            {
                // "Turkey said it was confident that …": an optimistic (013) or pessimistic (012) comment.
                trace?.Invoke($"'{_graph.Document.TokenText(trigger.Token)}': stance, coded {stance}");
                trigger.Code = stance;
                continue;
            }
            for (int c = _graph.FirstChild(trigger.Token); c >= 0; c = _graph.NextSibling(c))
            {
                if (ObligedDeed(c) is var deed and >= 0)
                {
                    string? inner = _triggers.Find(t => t.Token == deed)?.Code;
                    trigger.Code = CodeComposer.Demand(inner);
                    trace?.Invoke($"'{_graph.Document.TokenText(trigger.Token)} … {_graph.Document.TokenText(c)}': obligation, coded {trigger.Code}");
                    break;
                }
            }
        }
    }

    /// <summary>
    /// The deed a reported clause says someone must do, or -1: "Sudan must return the helicopter" (an obligation
    /// auxiliary), "Japan needs to enact reforms" (the infinitive of "need", which also makes the deed hypothetical).
    /// </summary>
    private int ObligedDeed(int clause)
    {
        if (_graph.Relation(clause) != "ccomp")
        {
            return -1;
        }
        if (_graph.HasChild(clause, "aux", _options.Lexicon.ObligationAuxiliaries))
        {
            return clause;
        }
        int infinitive = _graph.ChildWith(clause, "xcomp");
        return _graph.Lemma(clause) == "need" && infinitive >= 0 && _graph.HasChild(infinitive, "mark", ToMarker) ? infinitive : -1;
    }

    private static readonly HashSet<string> ToMarker = new(StringComparer.OrdinalIgnoreCase) { "to" };

    /// <summary>
    /// "The WHO repeated its demand that Sudan open the crossings", "Egypt renewed its call for a ceasefire":
    /// a statement whose object is an event noun states that event, so the verb takes the noun's code (keeping
    /// the verb's participants) and the noun's own event is dropped.
    /// </summary>
    private void FoldStatedEvents(Action<string>? trace)
    {
        if (_options.Shallow)
        {
            return;
        }
        foreach (Trigger verb in _triggers)
        {
            // Only a plain statement (010: repeat, reiterate, confirm) carries what it states: "denied the attack" (016)
            // and "considering new sanctions" (014) keep their own codes.
            if (verb.Nominal || verb.Code != "010")
            {
                continue;
            }
            Trigger? noun = _triggers.Find(t => t.Nominal && _graph.Head(t.Token) == verb.Token && _graph.Relation(t.Token) == "obj");
            if (noun is { Code: { } stated } && stated.Length >= 2 && char.IsAsciiDigit(stated[0]) && !stated.StartsWith("01", StringComparison.Ordinal))
            {
                trace?.Invoke($"'{_graph.Document.TokenText(verb.Token)} … {_graph.Document.TokenText(noun.Token)}': statement of {stated}");
                verb.Code = stated;
                noun.Suppressed = true;
            }
        }
    }

    private void TraceMentions(Action<string>? trace)
    {
        if (trace is null)
        {
            return;
        }
        foreach (Mention mention in _mentions.Mentions)
        {
            string words = _graph.Document.Text[_graph.Document.TokenStarts[mention.Start].._graph.Document.TokenEnds[mention.End - 1]];
            string what = mention.IsActor ? $"actor {mention.ActorCode ?? "(no code on this date)"}" : $"agent {mention.Agent!.Code}";
            trace($"'{words}': {what} ({mention.Origin})");
        }
    }
}
