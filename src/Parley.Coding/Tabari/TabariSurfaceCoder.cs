using Parley.Coding.Validation;

namespace Parley.Coding.Tabari;

/// <summary>
/// Codes text with TABARI dictionaries the way TABARI itself does: shallow pattern matching on the words of the
/// sentence, without Parley's parser. Used for TABARI-format dictionaries (its validation suite); Parley's own
/// dictionaries are coded by <see cref="Coding.EventCoder"/>. It keeps the first actor of the last sentence coded,
/// which a pronoun of the next sentence of the same story may refer to under TABARI's FORWARD option.
/// </summary>
public sealed class TabariSurfaceCoder
{
    private readonly TabariDictionary dictionary;
    private ValidationRecord? lastRecord;
    private string? lastStory;
    private IReadOnlyList<string>? lastActor;
    private IReadOnlyList<string>? forwardedToLast;

    private TabariSurfaceCoder(TabariDictionary dictionary) => this.dictionary = dictionary;

    /// <summary>Reads the TABARI actors, agents and verbs files that <paramref name="files"/> names.</summary>
    public static TabariSurfaceCoder Load(ValidationDictionaries files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var dictionary = new TabariDictionary();
        foreach (string actors in files.Actors)
        {
            TabariDictionaryReader.ReadActors(actors, TabariRootKind.Actor, dictionary);
        }
        if (files.Agents is { } agents)
        {
            TabariDictionaryReader.ReadActors(agents, TabariRootKind.Agent, dictionary);
        }
        if (files.Verbs is { } verbs)
        {
            TabariDictionaryReader.ReadVerbs(verbs, dictionary);
        }
        return new TabariSurfaceCoder(dictionary);
    }

    /// <summary>
    /// The events of <paramref name="record"/> under its options. Records are expected in story order; coding the
    /// same record again (to trace it) forwards the same actor as the first time.
    /// </summary>
    public IReadOnlyList<ExpectedEvent> Code(ValidationRecord record, Action<string>? trace = null)
    {
        ArgumentNullException.ThrowIfNull(record);
        TabariSettings settings = TabariSettings.From(record.Options);
        string story = record.Id.LastIndexOf('-') is > 0 and int dash ? record.Id[..dash] : record.Id;
        IReadOnlyList<string>? forwarded = ReferenceEquals(record, lastRecord)
            ? forwardedToLast
            : settings.Forward && story == lastStory ? lastActor : null;
        TabariSentence sentence = TabariSentenceAnalyzer.Analyze(record.Text, record.Date, dictionary, settings, forwarded);
        if (!ReferenceEquals(record, lastRecord))
        {
            lastRecord = record;
            forwardedToLast = forwarded;
            lastStory = story;
            lastActor = sentence.FirstActor ?? (story == lastStory ? lastActor : null);
        }
        if (trace is not null)
        {
            Trace(sentence, trace);
        }
        if (sentence.Rejection is { } reason)
        {
            trace?.Invoke("not coded: " + reason);
            return [];
        }
        return TabariEventCoder.Code(sentence, dictionary, settings, trace);
    }

    private static void Trace(TabariSentence sentence, Action<string> trace)
    {
        var parts = new List<string>();
        foreach (TabariItem item in sentence.Items)
        {
            string words = string.Join('_', item.Positions.Select(p => sentence.Tokens[p].Text));
            string detail = item.IsActor ? "=" + string.Join('/', item.Codes) + (item.Group >= 0 ? $"#{item.Group}" : "") : "";
            parts.Add(item.Kind == TabariItemKind.Word ? words : $"[{item.Kind} {words}@{item.Head}{detail}]");
        }
        trace("parse: " + string.Join(' ', parts));
        trace("clauses: " + string.Join(" | ", sentence.Clauses.Select(c => $"{c.Start}-{c.End}")));
    }
}
