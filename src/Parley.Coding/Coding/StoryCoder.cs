using Parley.Coding.Events;
using Parley.Coding.Lexicon;
using Parley.Syntax;
using Parley.Text;
using Parley.Text.Stories;

namespace Parley.Coding.Coding;

/// <summary>
/// The whole pipeline for one story: tokenize, split sentences, tag, parse and code. Very long stories are cut
/// into blocks of about a megabyte at sentence boundaries (<see cref="TextBlocks"/>), and the events' spans and
/// sentence numbers are shifted back so they always refer to the story text. One instance per thread.
/// </summary>
public sealed class StoryCoder
{
    private readonly SyntaxPipeline _syntax;
    private readonly EventCoder _coder;
    private readonly Tokenizer _tokenizer = new();
    private readonly SentenceSplitter _splitter = new();
    private readonly CodingDictionaries _dictionaries;
    private bool[] _names = new bool[1024];
    private bool[] _worth = new bool[64];
    private bool[] _violenceOnly = new bool[64];

    /// <summary>Creates a story coder from a loaded syntax pipeline and an event coder.</summary>
    public StoryCoder(SyntaxPipeline syntax, EventCoder coder)
    {
        ArgumentNullException.ThrowIfNull(syntax);
        ArgumentNullException.ThrowIfNull(coder);
        _syntax = syntax;
        _coder = coder;
        _dictionaries = coder.Dictionaries;
    }

    /// <summary>The number of sentences coded so far (for throughput figures).</summary>
    public long SentenceCount { get; private set; }

    /// <summary>Codes <paramref name="story"/>; events are in text order.</summary>
    public IReadOnlyList<CodedEvent> Code(Story story, CancellationToken cancellationToken = default) =>
        Code(story, sentences: null, cancellationToken);

    /// <summary>
    /// Codes <paramref name="story"/> and adds the character span of each of its sentences, in order, to
    /// <paramref name="sentences"/> (when given): a store keeps them so evidence can be shown in context.
    /// </summary>
    public IReadOnlyList<CodedEvent> Code(Story story, List<CharSpan>? sentences, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(story);
        var events = new List<CodedEvent>();
        int sentenceOffset = 0;
        int datelineEnd = Places.Dateline.Locate(story.Text)?.End ?? -1;
        foreach (var (start, length) in TextBlocks.Split(story.Text))
        {
            cancellationToken.ThrowIfCancellationRequested();
            string text = start == 0 && length == story.Text.Length ? story.Text : story.Text.Substring(start, length);
            Document document = DocumentFactory.Create(story.Id, text, _tokenizer, _splitter, start == 0 ? datelineEnd : -1);
            if (_names.Length < document.TokenCount)
            {
                _names = new bool[document.TokenCount * 2];
            }
            Span<bool> names = _names.AsSpan(0, document.TokenCount);
            _dictionaries.Actors.MarkNames(document, names);
            _syntax.Annotate(document, names, SentencesWorthParsing(document), cancellationToken);
            foreach (CodedEvent e in _coder.Code(document, story.Date, cancellationToken))
            {
                if (_violenceOnly[e.SentenceIndex] && e.Source is { Implied: false })
                {
                    // A one-name sentence parsed only for attacks by unnamed perpetrators yields nothing else.
                    continue;
                }
                events.Add(start == 0 && sentenceOffset == 0 ? e : Shift(e, start, sentenceOffset));
            }
            if (sentences is not null)
            {
                foreach (Sentence sentence in document.Sentences)
                {
                    sentences.Add(new CharSpan(start + sentence.Start, start + sentence.End));
                }
            }
            sentenceOffset += document.SentenceCount;
        }
        SentenceCount += sentenceOffset;
        return events;
    }

    /// <summary>
    /// The sentences that name enough actors or roles for an event: two when events need a target, one otherwise,
    /// and one with a word of violence when attacks by unnamed perpetrators are coded. The others are neither tagged
    /// nor parsed, which in wire news is most of them.
    /// </summary>
    private ReadOnlySpan<bool> SentencesWorthParsing(Document document)
    {
        if (_worth.Length < document.SentenceCount)
        {
            _worth = new bool[document.SentenceCount * 2];
            _violenceOnly = new bool[_worth.Length];
        }
        int needed = _coder.Options.RequireTarget ? 2 : 1;
        bool unattributed = needed == 2 && _coder.Options.UnattributedViolence;
        foreach (Sentence sentence in document.Sentences)
        {
            int names = _dictionaries.CountNames(document, sentence.FirstToken, sentence.EndToken, needed);
            _violenceOnly[sentence.Index] = names == 1 && unattributed
                && _dictionaries.NamesViolence(document, sentence.FirstToken, sentence.EndToken);
            _worth[sentence.Index] = names >= needed || _violenceOnly[sentence.Index];
        }
        return _worth.AsSpan(0, document.SentenceCount);
    }

    /// <summary>
    /// Tokenizes, tags and parses <paramref name="text"/> as one document (every sentence, known actor names
    /// guiding the tagger), for callers that look at the parse as well as the events: <c>parley explain</c> and
    /// the validation suites. Long texts should go through <see cref="Code(Story, CancellationToken)"/>.
    /// </summary>
    public Document Annotate(string id, string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(text);
        Document document = DocumentFactory.Create(id, text, _tokenizer, _splitter, Places.Dateline.Locate(text)?.End ?? -1);
        var names = new bool[document.TokenCount];
        _dictionaries.Actors.MarkNames(document, names);
        _syntax.Annotate(document, names, cancellationToken);
        return document;
    }

    private static CodedEvent Shift(CodedEvent e, int offset, int sentenceOffset)
    {
        EventEvidence evidence = e.Evidence;
        return e with
        {
            SentenceIndex = e.SentenceIndex + sentenceOffset,
            Source = e.Source is { } s ? s with { Span = Shift(s.Span, offset) } : null,
            Target = e.Target is { } t ? t with { Span = Shift(t.Span, offset) } : null,
            Evidence = new EventEvidence(Shift(evidence.Sentence, offset), Shift(evidence.Source, offset),
                Shift(evidence.Trigger, offset), Shift(evidence.Target, offset)),
        };
    }

    private static CharSpan Shift(CharSpan span, int offset) => new(span.Start + offset, span.End + offset);

    private static CharSpan? Shift(CharSpan? span, int offset) => span is { } s ? Shift(s, offset) : null;
}
