using Parley.Coding.Validation;

namespace Parley.Coding.Tabari;

/// <summary>
/// Codes a parsed sentence as TABARI does. In each clause (or the sentence, or every verb: see
/// <see cref="TabariCodingMode"/>) the first verb with a code gives the event; a subordinate verb ("said", [023?])
/// yields to a later verb of its clause. The source is the pattern's <c>$</c>, else the clause's first actor before
/// the verb, else the source of the previous clause's event ("Freedonia condemned the raid and promised aid to
/// Sylvania"), else the default source, else the first actor after the verb. The target is the pattern's <c>+</c>,
/// else the first actor after the verb that is not the source, else one before it, else the default target. A
/// passive verb ("was opposed by") swaps them; paired codes add the reverse event; <c>%</c> makes a compound's
/// members act on each other.
/// </summary>
internal sealed class TabariEventCoder
{
    private readonly TabariSentence sentence;
    private readonly TabariDictionary dictionary;
    private readonly TabariSettings settings;
    private readonly Action<string>? trace;
    private readonly List<(ExpectedEvent Event, bool Dominant)> events = [];
    private List<string>? previousSource;

    private TabariEventCoder(TabariSentence sentence, TabariDictionary dictionary, TabariSettings settings, Action<string>? trace)
    {
        this.sentence = sentence;
        this.dictionary = dictionary;
        this.settings = settings;
        this.trace = trace;
    }

    /// <summary>The events of <paramref name="sentence"/>, each once.</summary>
    public static List<ExpectedEvent> Code(TabariSentence sentence, TabariDictionary dictionary, TabariSettings settings, Action<string>? trace)
    {
        var coder = new TabariEventCoder(sentence, dictionary, settings, trace);
        return coder.CodeSentence() ? coder.Result() : [];
    }

    private List<ExpectedEvent> Result()
    {
        bool dominant = settings.Mode == TabariCodingMode.All && events.Any(e => e.Dominant);
        return events.Where(e => !dominant || e.Dominant).Select(e => e.Event).Distinct().ToList();
    }

    /// <summary>Codes every clause; false when the sentence turns out complex or discarded.</summary>
    private bool CodeSentence()
    {
        List<(int Start, int End)> clauses = settings.Mode == TabariCodingMode.Sentence ? [(0, sentence.Tokens.Count)] : sentence.Clauses;
        List<(TabariVerbReading Reading, (int Start, int End) Clause)> readings = clauses
            .SelectMany(c => sentence.Items.Where(i => i.Kind == TabariItemKind.Verb && i.Head >= c.Start && i.Head < c.End).Select(v => (Read(v, c), c)))
            .ToList();
        foreach ((TabariVerbReading reading, _) in readings)
        {
            trace?.Invoke($"verb {sentence.Tokens[reading.Verb.Head].Text} ({reading.Verb.Root?.Verb?.Root}): {reading.Code.Primary}"
                + (reading.Pattern is { } p ? $" by pattern '{p.Text}'" : ""));
        }
        TabariVerbReading? firstCoded = readings.Select(r => r.Reading).FirstOrDefault(r => !r.Code.IsNull);
        if (settings.NoActorPrior && firstCoded is not null && !sentence.Items.Any(i => i.IsActor && i.Head < firstCoded.Verb.Head))
        {
            trace?.Invoke("complex: no actor before the first verb");
            return false;
        }
        foreach ((int Start, int End) clause in clauses)
        {
            List<TabariVerbReading> verbs = readings.Where(r => r.Clause == clause).Select(r => r.Reading).ToList();
            if (!CodeClause(verbs, clause))
            {
                return false;
            }
        }
        return true;
    }

    private TabariVerbReading Read(TabariItem verb, (int Start, int End) clause)
    {
        TabariVerb entry = verb.Root!.Verb!;
        foreach (TabariPattern pattern in entry.Patterns)
        {
            if (TabariPatternMatcher.Match(pattern, verb, sentence, dictionary, clause.Start, clause.End) is { } bindings)
            {
                return new TabariVerbReading(verb, pattern.Code, pattern, bindings);
            }
        }
        return new TabariVerbReading(verb, entry.Code, null, new TabariBindings());
    }

    /// <summary>Codes one clause; false when a verb's code rejects the sentence (### or +++).</summary>
    private bool CodeClause(List<TabariVerbReading> verbs, (int Start, int End) clause)
    {
        TabariVerbReading? deferred = null;
        for (int i = 0; i < verbs.Count; i++)
        {
            TabariVerbReading reading = verbs[i];
            if (reading.Code.IsNull)
            {
                continue;
            }
            if (reading.Code.Primary is TabariCode.Discard or TabariCode.Complex)
            {
                trace?.Invoke($"verb code {reading.Code.Primary}: nothing is coded");
                return false;
            }
            if (reading.Code.Subordinate && verbs.Skip(i + 1).Any(v => !v.Code.IsNull))
            {
                deferred ??= reading;
                continue;
            }
            Emit(reading, clause);
            if (settings.Mode != TabariCodingMode.All)
            {
                return true;
            }
        }
        if (deferred is not null && !verbs.Any(v => !v.Code.IsNull && !v.Code.Subordinate))
        {
            Emit(deferred, clause);
        }
        return true;
    }

    private void Emit(TabariVerbReading reading, (int Start, int End) clause)
    {
        List<(string Source, string Target, string Code)> made = TabariParticipants.Events(sentence, reading, clause, settings, previousSource, out List<string>? source);
        foreach ((string s, string t, string code) in made)
        {
            trace?.Invoke($"event {s} → {t} {code}");
            events.Add((new ExpectedEvent(s, t, code), reading.Code.Dominant));
        }
        if (made.Count > 0 && source is not null)
        {
            previousSource = source;
        }
    }
}
