using Parley.Coding.Dictionaries;
using Parley.Coding.Events;
using Parley.Coding.Ontology;
using Parley.Text;

namespace Parley.Coding.Coding;

/// <summary>
/// Turns a coded trigger into events: one per (source, target) pair of the coordinated actors it finds
/// ("Russia and China vetoed the resolutions of France and Britain" gives four), the paired reverse event of a
/// <c>[x:y]</c> code, and drops self-events, events without the required participants and modalities not asked for.
/// </summary>
internal sealed class EventBuilder
{
    private readonly CodingOptions _options;
    private readonly ActorResolver _resolver;
    private readonly List<ResolvedActor> _sources = [];
    private readonly List<ResolvedActor> _targets = [];
    private readonly List<int> _heads = [];
    private List<CodedEvent>? _fallback;
    private readonly List<CodedEvent> _mainFallback = [];

    private static readonly HashSet<string> PersonalPronouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "it", "they", "he", "she", "we", "its", "their", "his", "her", "our",
    };

    public EventBuilder(CodingOptions options, ActorResolver resolver)
    {
        _options = options;
        _resolver = resolver;
    }

    /// <summary>Emits the events of <paramref name="trigger"/> with <paramref name="code"/> and <paramref name="modality"/>.</summary>
    public void Emit(SentenceContext context, Trigger trigger, string? code, Modality modality, List<CodedEvent> events)
    {
        string word = context.Graph.Document.TokenText(trigger.Token).ToString();
        if (code is null or VerbCode.Null && trigger.Match.Code.PairedCode is null)
        {
            context.Trace?.Invoke($"'{word}': null code, no event");
            return;
        }
        if (!_options.Modalities.Contains(modality))
        {
            context.Trace?.Invoke($"'{word}': {code} is {modality.ToString().ToLowerInvariant()}, not emitted");
            return;
        }
        if (_options.AttackMethods && code is not null && !trigger.Nominal && !trigger.Linear)
        {
            code = AttackMethod.Refine(context.Graph, trigger.Token, code);
        }
        FindSources(context, trigger);
        FindTargets(context, trigger, code);
        if (_sources.Count == 0 && trigger.Nominal && _targets.Count >= 2)
        {
            // "talks between Russia and Ukraine": each side acts on the other.
            EmitMutual(context, trigger, code, modality, events);
            return;
        }
        if (_sources.Count == 0 && _targets.Count > 0 && code is not null && IsUnattributedViolence(context.Graph, trigger, code))
        {
            context.Trace?.Invoke($"'{word}': {code} by an unnamed perpetrator");
            foreach (ResolvedActor target in _targets)
            {
                Add(context, trigger, code, modality, null, target, events);
            }
            return;
        }
        if (_sources.Count == 0)
        {
            context.Trace?.Invoke($"'{word}': {code} has no source actor, not emitted");
            return;
        }
        if (_sources.Count >= 2 && (_targets.Count == 0 || IsExchangeOfRoles(context, trigger)) && ActsOnItself(context, trigger))
        {
            // "Gondor and Osgiliath renewed diplomatic ties": with no other party, a compound subject acts on itself;
            // "Russia and Ukraine exchanged prisoners": a role without a country is what they exchange, not a party.
            _targets.Clear();
            _targets.AddRange(_sources);
            EmitMutual(context, trigger, code, modality, events);
            _targets.Clear();
            return;
        }
        if (_targets.Count == 0 && _options.RequireTarget)
        {
            if (_options.MonadicFallback && code is not null && code is not ("010" or "01"))
            {
                // Kept aside: if nothing else in the sentence has a target, this one-sided event is its event. Not a
                // bare statement ("officials said"): without an addressee it says nothing; a statement of a kind
                // does ("NATO declined to comment", "Moscow denied the reports").
                if (_fallback is null)
                {
                    _fallback = new List<CodedEvent>();
                    EmitPairs(context, trigger, code, modality, _fallback);
                }
                if (_mainFallback.Count == 0 && !trigger.Nominal && context.Graph.Relation(trigger.Token) == "root")
                {
                    EmitPairs(context, trigger, code, modality, _mainFallback);
                }
            }
            context.Trace?.Invoke($"'{word}': {code} has no target actor, not emitted");
            return;
        }
        EmitPairs(context, trigger, code, modality, events);
    }

    /// <summary>
    /// An assault or use of force (CAMEO 18–20) whose perpetrator the sentence leaves unnamed: a passive without
    /// agent ("Two Afghan soldiers were killed in a roadside bombing") or a weapon or blast as subject ("A car bomb
    /// killed four Iraqi policemen").
    /// </summary>
    private bool IsUnattributedViolence(SentenceGraph graph, Trigger trigger, string code)
    {
        if (!_options.UnattributedViolence || trigger.Nominal || trigger.Linear || !CodeComposer.IsViolence(code))
        {
            return false;
        }
        if (ParticipantFinder.IsPassive(graph, trigger.Token))
        {
            return graph.ChildWith(trigger.Token, "obl:agent") < 0 && !HasByPhrase(graph, trigger.Token);
        }
        int subject = graph.ChildWith(trigger.Token, "nsubj");
        return subject >= 0 && _options.Lexicon.WeaponWords.Contains(graph.Lemma(subject));
    }

    /// <summary>
    /// Any "by" phrase of the verb, whatever relation the parser gave it: "England were beaten by Wales" with "Wales"
    /// misparsed as a complement still names who did it. Broader than the agent <see cref="ParticipantFinder"/> takes
    /// as a source, because here it only vetoes an unattributed event.
    /// </summary>
    private static bool HasByPhrase(SentenceGraph graph, int verb)
    {
        for (int c = graph.FirstChild(verb); c >= 0; c = graph.NextSibling(c))
        {
            if (graph.CaseOf(c) == "by")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Forgets the one-sided events kept aside for the previous sentence.</summary>
    public void StartSentence()
    {
        _fallback = null;
        _mainFallback.Clear();
    }

    /// <summary>
    /// "Kenya lifted the curfew in Mombasa as Ugandan police arrested Kenyan traders": the main verb's event
    /// stands with its source alone even though a subordinate clause has an event with a target; the caller asks
    /// only when no verb of the main clause emitted an event. Not when the sentence's events (from index
    /// <paramref name="first"/> on) already say the same with a target ("Police charged the crowd to break up the
    /// sit-in": 175 twice).
    /// </summary>
    public void EmitMainClauseFallback(List<CodedEvent> events, int first, Action<string>? trace)
    {
        if (_mainFallback.Count == 0)
        {
            return;
        }
        for (int i = first; i < events.Count; i++)
        {
            if (events[i].Code == _mainFallback[0].Code && events[i].Source?.Code == _mainFallback[0].Source?.Code)
            {
                return;
            }
        }
        trace?.Invoke($"the main verb has no event with a target: {_mainFallback[0].Code} stands with its source alone");
        events.AddRange(_mainFallback);
        _mainFallback.Clear();
    }

    /// <summary>
    /// "Thousands of Serbs protested in Belgrade", "Paris has cancelled the restrictions": when a sentence yields no
    /// event with both participants, its first event with a source alone stands (target null), so the sentence's
    /// main event is not lost; adds it to <paramref name="events"/> and says whether it did.
    /// </summary>
    public bool EmitFallback(List<CodedEvent> events, Action<string>? trace)
    {
        if (_fallback is not { Count: > 0 } kept)
        {
            return false;
        }
        trace?.Invoke($"no event with a target in the sentence: {kept[0].Code} stands with its source alone");
        events.AddRange(kept);
        _fallback = null;
        return true;
    }

    /// <summary>One event per (source, target) pair, plus the reverse event of a paired code <c>[x:y]</c>.</summary>
    private void EmitPairs(SentenceContext context, Trigger trigger, string? code, Modality modality, List<CodedEvent> events)
    {
        string? paired = trigger.Match.Code.PairedCode;
        foreach (ResolvedActor source in _sources)
        {
            if (_targets.Count == 0 && code is not null)
            {
                Add(context, trigger, code, modality, source, null, events);
            }
            foreach (ResolvedActor target in _targets)
            {
                if (code is not null)
                {
                    Add(context, trigger, code, modality, source, target, events);
                }
                if (paired is not null && code == trigger.Match.Code.Code)
                {
                    Add(context, trigger, paired, modality, target, source, events);
                }
            }
        }
    }

    private bool ActsOnItself(SentenceContext context, Trigger trigger) =>
        _options.CompoundSubjectsActOnEachOther || trigger.Match.Pattern is { IsCompound: true }
        || _options.Lexicon.ReciprocalVerbs.Contains(context.Graph.Lemma(trigger.Token));

    /// <summary>
    /// "Russia and Ukraine exchanged prisoners", "Hungary and Romania swapped ambassadors": the only targets are roles
    /// without a country and the verb is one of exchange ("Russia and Ukraine met journalists" met the press).
    /// </summary>
    private bool IsExchangeOfRoles(SentenceContext context, Trigger trigger) =>
        context.Graph.Lemma(trigger.Token) is "exchange" or "swap" or "trade" && _targets.TrueForAll(t => EventActor.IsRoleCode(t.Code));

    private void EmitMutual(SentenceContext context, Trigger trigger, string? code, Modality modality, List<CodedEvent> events)
    {
        foreach (ResolvedActor a in _targets)
        {
            foreach (ResolvedActor b in _targets)
            {
                if (code is not null && a.Start != b.Start)
                {
                    Add(context, trigger, code, modality, a, b, events);
                }
            }
        }
    }

    private void FindSources(SentenceContext context, Trigger trigger)
    {
        _sources.Clear();
        PatternMatch match = trigger.Match;
        if (match.SourceAnchor >= 0 && AnchoredHead(context, match.SourceAnchor, match.SourceAnchorForward) is { } anchored and >= 0)
        {
            _resolver.ResolveAll(context.Graph, context.Mentions, anchored, _sources);
        }
        int head = trigger.Linear ? AnchoredHead(context, trigger.Token - 1, forward: false)
            : trigger.Nominal ? ParticipantFinder.NominalSourceHead(context.Graph, context.Mentions, trigger.Token)
            : ParticipantFinder.SourceHead(context.Graph, trigger.Token, _options.PassiveNeedsAgent, _options.SourcesWithinVerbPhrase);
        if (_sources.Count == 0 && head >= 0)
        {
            head = PronounAntecedent(context, trigger.Token, head);
            _resolver.ResolveAll(context.Graph, context.Mentions, head, _sources);
            _resolver.ResolveUnlinkedCoSubjects(context.Graph, context.Mentions, head, _sources);
        }
        int main = trigger.Nominal ? -1 : ControllingVerb(context.Graph, trigger.Token);
        if (_sources.Count == 0 && main >= 0 && IsMisattachedMainVerb(context.Graph, main)
            && !ParticipantFinder.IsPassive(context.Graph, main)
            && AnchoredHead(context, main - 1, forward: false) is var before and >= 0)
        {
            // The parse lost the subject of a main verb ("North Korea on Thursday fired shells", parsed with
            // "Thursday" as the subject): take the nearest actor named before the verb. An infinitive looks at the
            // verb that controls it ("Armenia today threatened to shell the posts": "Armenia" under "today").
            _resolver.ResolveAll(context.Graph, context.Mentions, before, _sources);
        }
    }

    /// <summary>The verb whose subject an infinitive complement shares ("threatened" for "launch"), else the verb itself.</summary>
    private static int ControllingVerb(SentenceGraph graph, int verb)
    {
        for (int depth = 0; depth < 4 && graph.Relation(verb) == "xcomp" && graph.Head(verb) >= 0; depth++)
        {
            verb = graph.Head(verb);
        }
        return verb;
    }

    /// <summary>
    /// A main verb the parse lost: the root, a fragment, or a finite verb hung on a noun as apposition or
    /// modifier ("Albania on Friday denounced the crackdown" parsed with "denounced" under "Albania"), or a finite
    /// verb with neither subject nor conjunction parsed as a clause of another word ("President Ruiz on Saturday
    /// hosted the Chilean president", parsed with "hosted" as an adverbial clause of "Ruiz"), or any verb hung on a
    /// day word ("Caritas Kenya today appealed to donors", parsed with "appealed" as a participle of "today").
    /// </summary>
    private static bool IsMisattachedMainVerb(SentenceGraph graph, int verb) =>
        graph.Relation(verb) is "root" or "dep" or "parataxis"
        || (graph.Relation(verb) is "appos" or "acl" && graph.Xpos(verb) is "VBD" or "VBZ" or "VBP")
        || (graph.Relation(verb) == "acl" && graph.Head(verb) >= 0 && ParticipantFinder.IsTimeWord(graph, graph.Head(verb)))
        || (graph.Relation(verb) is "advcl" or "ccomp" && graph.Xpos(verb) is "VBD" or "VBZ" or "VBP"
            && ParticipantFinder.SubjectOf(graph, verb) < 0 && graph.ChildWith(verb, "mark") < 0);

    private void FindTargets(SentenceContext context, Trigger trigger, string? code)
    {
        _targets.Clear();
        PatternMatch match = trigger.Match;
        if (match.TargetAnchor >= 0 && AnchoredHead(context, match.TargetAnchor, match.TargetAnchorForward) is var anchored and >= 0)
        {
            _resolver.ResolveAll(context.Graph, context.Mentions, anchored, _targets);
        }
        if (_targets.Count == 0)
        {
            if (trigger.Linear)
            {
                _heads.Clear();
                if (AnchoredHead(context, trigger.Token + 1, forward: true) is var after and >= 0)
                {
                    _heads.Add(after);
                }
            }
            else if (trigger.Nominal)
            {
                // "its demand that Serbia free the prisoners": who must act is the target of a demand or appeal.
                bool addressee = code is not null && (code.StartsWith("10", StringComparison.Ordinal) || code.StartsWith("02", StringComparison.Ordinal));
                ParticipantFinder.NominalTargetHeads(context.Graph, trigger.Token, _heads, addressee);
            }
            else
            {
                ParticipantFinder.TargetHeads(context.Graph, trigger.Token, _heads, _options.PlacesCanBeTargets, _options.PassiveNeedsAgent);
            }
            int roleOnly = FirstNamedTarget(context);
            if (_targets.Count == 0 && !trigger.Nominal)
            {
                // PETRARCH's reading: with no object or oblique actor, the first actor after the verb in its own
                // clause ("vowed to wage war on the Rohans").
                // A statement is addressed to or about its object, not to whoever its reported clause names:
                // "Russia said Ukraine attacked the convoy" is no statement to Ukraine.
                bool statement = code is not null && code.StartsWith("01", StringComparison.Ordinal)
                    && !_options.StatementTargetsInReportedClause;
                FirstMentionAfter(context, trigger.Token, throughComplements: !statement);
            }
            if (_targets.Count == 0 && roleOnly >= 0)
            {
                _resolver.ResolveAll(context.Graph, context.Mentions, roleOnly, _targets);
            }
            if (_targets.Count == 0 && !trigger.Nominal && code is not null && code.StartsWith("13", StringComparison.Ordinal)
                && TriggerClauses.ConditionSubject(context.Graph, trigger, _options.Lexicon.ConditionalMarkers) is var conditioned and >= 0)
            {
                // "Turkey threatened to close the border if Greece sent more troops": a threat is aimed at the
                // party that must meet its condition.
                _resolver.ResolveAll(context.Graph, context.Mentions, conditioned, _targets);
            }
            if (_targets.Count == 0 && code is not null && code.StartsWith("14", StringComparison.Ordinal)
                && TriggerClauses.Purpose(context.Graph, trigger) is var purpose and >= 0)
            {
                // "Dockers struck for a day to protest the sale of the port": a protest is aimed at
                // whom its purpose names.
                FirstMentionAfter(context, purpose, throughComplements: true);
            }
        }
        _targets.RemoveAll(t => _sources.Exists(s => s.Code == t.Code || (t.Start < s.End && s.Start < t.End)));
    }

    /// <summary>
    /// Takes the first candidate phrase that names an actor ("restored diplomatic ties with Gondor": Gondor, not the
    /// role word in "diplomatic"); returns the first candidate that names only a role, or -1, for use when nothing
    /// better turns up.
    /// </summary>
    private int FirstNamedTarget(SentenceContext context)
    {
        int fallback = -1;
        foreach (int head in _heads)
        {
            int before = _targets.Count;
            if (_resolver.ResolveAll(context.Graph, context.Mentions, head, _targets) == 0)
            {
                continue;
            }
            if (_targets.Exists(t => t.Named))
            {
                _targets.RemoveAll(t => !t.Named);
                return -1;
            }
            fallback = fallback < 0 ? head : fallback;
            _targets.RemoveRange(before, _targets.Count - before);
        }
        return fallback;
    }

    private void FirstMentionAfter(SentenceContext context, int trigger, bool throughComplements)
    {
        SentenceGraph graph = context.Graph;
        for (int token = trigger + 1; token < graph.End; token++)
        {
            int m = context.Mentions.At(token);
            if (m < 0 || !context.Mentions.Mentions[m].IsActor || _sources.Exists(s => token >= s.Start && token < s.End)
                || !IsReachable(graph, token, trigger, throughComplements, _options.PlacesCanBeTargets))
            {
                continue;
            }
            int head = AnchoredHead(context, token, forward: true);
            if (head >= 0 && _resolver.ResolveAll(context.Graph, context.Mentions, head, _targets) > 0)
            {
                return;
            }
        }
    }

    /// <summary>
    /// True when <paramref name="token"/> lies under <paramref name="trigger"/> through its own clause or a
    /// complement clause ("allowed that Mordor is…"), not through adverbial, relative or coordinated clauses.
    /// </summary>
    private static bool IsReachable(SentenceGraph graph, int token, int trigger, bool throughComplements, bool placesCanBeTargets)
    {
        for (int t = token, depth = 0; t >= 0 && depth < 40; t = graph.Head(t), depth++)
        {
            if (t == trigger)
            {
                return true;
            }
            if (!placesCanBeTargets && ParticipantFinder.IsCircumstantial(graph, t))
            {
                // "arrested journalists in Kyiv": a place where something happened is not its target.
                return false;
            }
            if (graph.Relation(t) is "advcl" or "parataxis" or "acl:relcl" or "list" or "discourse"
                || (!throughComplements && graph.Relation(t) is "ccomp" or "csubj")
                || (graph.Relation(t) == "conj" && graph.Upos(t) == UPos.VERB))
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>
    /// What a personal pronoun subject stands for: the subject of the verb that reports or governs its clause
    /// ("Estonia said it would act": it = Estonia), else the last actor named before it in the sentence.
    /// Other heads are returned unchanged.
    /// </summary>
    private static int PronounAntecedent(SentenceContext context, int trigger, int head)
    {
        SentenceGraph graph = context.Graph;
        if (graph.Upos(head) != UPos.PRON || !PersonalPronouns.Contains(graph.Lemma(head)))
        {
            return head;
        }
        for (int verb = graph.Head(trigger), depth = 0; verb >= 0 && depth < 6; verb = graph.Head(verb), depth++)
        {
            int subject = ParticipantFinder.SourceHead(graph, verb);
            if (subject >= 0 && subject != head && graph.Upos(subject) != UPos.PRON)
            {
                return subject;
            }
        }
        for (int t = head - 1; t >= graph.First; t--)
        {
            int m = context.Mentions.At(t);
            if (m >= 0 && context.Mentions.Mentions[m].IsActor)
            {
                return AnchoredHead(context, t, forward: false);
            }
        }
        return head;
    }

    /// <summary>
    /// The phrase head of the first mention at or beyond <paramref name="anchor"/> in the pattern's direction, for
    /// patterns that place an actor: <c>- * AID TO +</c> takes the first actor after "to".
    /// </summary>
    private static int AnchoredHead(SentenceContext context, int anchor, bool forward)
    {
        SentenceGraph graph = context.Graph;
        for (int t = anchor; t >= graph.First && t < graph.End; t += forward ? 1 : -1)
        {
            int m = context.Mentions.At(t);
            if (m < 0)
            {
                continue;
            }
            Mention mention = context.Mentions.Mentions[m];
            for (int i = mention.Start; i < mention.End; i++)
            {
                int head = graph.Head(i);
                if (head < mention.Start || head >= mention.End)
                {
                    return i;
                }
            }
            return mention.End - 1;
        }
        return -1;
    }

    private void Add(SentenceContext context, Trigger trigger, string code, Modality modality, ResolvedActor? source,
        ResolvedActor? target, List<CodedEvent> events)
    {
        if (code == VerbCode.Null || (target is { } t && t.Code == source?.Code))
        {
            return;
        }
        Document document = context.Graph.Document;
        EventActor? sourceActor = source is { } s ? Localise(context, s, ToActor(document, s)) : null;
        EventActor? targetActor = target is { } tt ? Localise(context, tt, ToActor(document, tt)) : null;
        // The sentence's own place decides whose roles these are and whom a deed implies; the dateline only places it.
        EventLocation? ownPlace = context.Circumstances.SentencePlaceOf(trigger.Token);
        EventLocation? location = context.Circumstances.PlaceOf(ownPlace);
        if (_options.InferCountryOfRoles)
        {
            string? near = ownPlace?.Country ?? context.Circumstances.SoleStoryCountry;
            (sourceActor, targetActor) = InferCountries(sourceActor, targetActor, near, context.Trace);
            if (targetActor is not null && targetActor.Code == sourceActor?.Code)
            {
                return;
            }
        }
        if (_options.AttackMethods)
        {
            code = trigger.Nominal && CodeComposer.IsViolence(code) && AttackMethod.IsLabourStrike(context.Graph, trigger.Token, sourceActor)
                ? "143" : AttackMethod.ByParticipants(code, sourceActor, targetActor);
        }
        _options.Ontology.TryGet(code, out CameoCode? cameo);
        if (_options.ImpliedParticipants)
        {
            // Not the dateline: it says where the story was filed, not where shells landed.
            (sourceActor, targetActor) = ImpliedParticipants.Imply(context, code, ownPlace, sourceActor, targetActor);
        }
        var sentenceSpan = new CharSpan(document.TokenStarts[context.Graph.First], document.TokenEnds[context.Graph.End - 1]);
        var triggerSpan = new CharSpan(document.TokenStarts[Math.Min(trigger.SpanStart, trigger.Token)], document.TokenEnds[trigger.Token]);
        var evidence = new EventEvidence(sentenceSpan, SpanOf(sourceActor), triggerSpan, SpanOf(targetActor));
        events.Add(new CodedEvent(context.StoryId, context.SentenceIndex, context.Circumstances.DateOf(trigger.Token),
            sourceActor, targetActor, code, cameo, modality, location, evidence, trigger.Match.Rule));
        context.Trace?.Invoke($"EVENT {sourceActor?.Code ?? "(none)"} -> {code} -> {targetActor?.Code ?? "(none)"} [{modality.ToString().ToLowerInvariant()}]");
    }

    /// <summary>
    /// A role named without a country ("the president", "police", "protesters") takes the country of the other
    /// participant ("Police arrested Egyptian protesters" → EGYCOP), else of the event's place ("Police fired on
    /// protesters in Cairo" → EGYCOP, EGYOPP), else the only country the story has named ("Vice-President Awori
    /// declined to resign despite pressure from the Kenya Anti-Corruption Commission" → KENGOV): news names the
    /// country once and means it for everyone. <paramref name="near"/> is the country of the place, else of the story.
    /// </summary>
    private static (EventActor? Source, EventActor? Target) InferCountries(EventActor? source, EventActor? target,
        string? near, Action<string>? trace)
    {
        string? country = source?.Country ?? target?.Country ?? near;
        if (country is null || country is "IGO" or "NGO")
        {
            return (source, target);
        }
        EventActor? newSource = source is { Country: null } ? WithCountry(source, target?.Country ?? near, trace) : source;
        EventActor? newTarget = target is { Country: null } ? WithCountry(target, source?.Country ?? near, trace) : target;
        return (newSource, newTarget);
    }

    /// <summary>
    /// "French doctors donated medicines to a hospital in Aleppo": a role named without a country takes the country
    /// of a place inside its own phrase (SYRHLH) before the other participant's.
    /// </summary>
    private EventActor Localise(SentenceContext context, ResolvedActor actor, EventActor coded)
    {
        if (!_options.InferCountryOfRoles || coded.Country is not null || coded.Code.StartsWith("---", StringComparison.Ordinal)
            || context.Circumstances.PlaceInPhrase(context.Graph, actor.Head) is not { } place)
        {
            return coded;
        }
        return WithCountry(coded, place.Country, context.Trace);
    }

    private static EventActor WithCountry(EventActor actor, string? country, Action<string>? trace)
    {
        if (country is null or "IGO" or "NGO" || actor.Code.StartsWith("---", StringComparison.Ordinal))
        {
            return actor;
        }
        trace?.Invoke($"'{actor.Text}': role {actor.Code} placed in {country}");
        return actor with { Code = country + actor.Code };
    }

    /// <summary>The evidence span of a participant: null for one the sentence implies without naming it.</summary>
    private static CharSpan? SpanOf(EventActor? actor) => actor is { Implied: false } ? actor.Span : null;

    private static EventActor ToActor(Document document, ResolvedActor actor)
    {
        var span = new CharSpan(document.TokenStarts[actor.Start], document.TokenEnds[actor.End - 1]);
        return new EventActor(actor.Code, span.Slice(document.Text), span);
    }
}
