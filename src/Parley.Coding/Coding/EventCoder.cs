using Parley.Coding.Dictionaries;
using Parley.Coding.Events;
using Parley.Coding.Lexicon;
using Parley.Text;

namespace Parley.Coding.Coding;

/// <summary>
/// Codes the events of a tagged and parsed <see cref="Document"/>: who did what to whom, with modality and evidence.
/// The dictionaries and options are shared immutable objects; an instance keeps reusable buffers, so use one
/// coder per thread.
/// </summary>
public sealed class EventCoder
{
    private readonly CodingDictionaries _dictionaries;
    private readonly SentenceCoder _sentenceCoder;

    /// <summary>Creates a coder.</summary>
    public EventCoder(CodingDictionaries dictionaries, CodingOptions options)
    {
        ArgumentNullException.ThrowIfNull(dictionaries);
        ArgumentNullException.ThrowIfNull(options);
        _dictionaries = dictionaries;
        Options = options;
        _sentenceCoder = new SentenceCoder(dictionaries, options);
    }

    /// <summary>The options in use.</summary>
    public CodingOptions Options { get; }

    /// <summary>The dictionaries in use.</summary>
    public CodingDictionaries Dictionaries => _dictionaries;

    /// <summary>Codes <paramref name="document"/> (already annotated by the syntax pipeline) dated <paramref name="date"/>.</summary>
    public IReadOnlyList<CodedEvent> Code(Document document, DateOnly? date, CancellationToken cancellationToken = default) =>
        Code(document, date, trace: null, cancellationToken);

    /// <summary>
    /// Codes <paramref name="document"/> and reports each decision to <paramref name="trace"/>: the names found, the
    /// patterns tried, and why each event was or was not emitted (what <c>parley explain</c> prints).
    /// </summary>
    public IReadOnlyList<CodedEvent> Code(Document document, DateOnly? date, Action<string>? trace, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var events = new List<CodedEvent>();
        if (_dictionaries.Discards.FindIn(document, 0, document.TokenCount, DiscardScope.Story) is { } discard)
        {
            trace?.Invoke($"story discarded by '{discard.Phrase}' ({Path.GetFileName(discard.File)}:{discard.Line})");
            return events;
        }
        _sentenceCoder.StartStory(document, date);
        foreach (Sentence sentence in document.Sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            trace?.Invoke($"sentence {sentence.Index}: {sentence.Text}");
            _sentenceCoder.Code(sentence, document.Id, date, events, trace);
        }
        return events;
    }
}
