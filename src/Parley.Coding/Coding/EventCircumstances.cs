using Parley.Coding.Dates;
using Parley.Coding.Events;
using Parley.Coding.Places;
using Parley.Text;

namespace Parley.Coding.Coding;

/// <summary>
/// When and where each event of a story happened. The date: an expression of the trigger's own clause ("attacked
/// Kharkiv on Saturday" in a story of Monday → Saturday), else the story date. The place: a place attached to the
/// trigger's clause, else another place of the same sentence that is not an actor, else the story's dateline —
/// never a place from another sentence. Ambiguous names go to a country already named in the story. Work is done
/// lazily, once per sentence, and only for sentences that produce events.
/// </summary>
internal sealed class EventCircumstances
{
    private readonly TemporalExpressionFinder _dates = new();
    private readonly Gazetteer? _gazetteer;
    private readonly PlaceFinder? _places;
    private readonly PlaceResolver _resolver = new();
    private readonly HashSet<string> _storyCountries = new(StringComparer.Ordinal);
    private Document _document = null!;
    private DateOnly? _storyDate;
    private (string Place, int End)? _datelineText;
    private EventLocation? _dateline;
    private bool _datelineRead;
    private int _first;
    private int _end;
    private IReadOnlyList<TemporalExpression>? _expressions;
    private IReadOnlyList<PlaceMention>? _mentions;

    public EventCircumstances(Gazetteer? gazetteer)
    {
        _gazetteer = gazetteer;
        _places = gazetteer is null ? null : new PlaceFinder(gazetteer);
    }

    /// <summary>Starts a story: forgets the countries and dateline of the previous one.</summary>
    public void StartStory(Document document, DateOnly? storyDate)
    {
        _document = document;
        _storyDate = storyDate;
        _storyCountries.Clear();
        _datelineText = Places.Dateline.Locate(document.Text);
        _dateline = null;
        _datelineRead = false;
    }

    /// <summary>Starts a sentence and adds the countries its actor names belong to to the story's context.</summary>
    public void StartSentence(SentenceGraph graph, MentionTable mentions)
    {
        _first = graph.First;
        _end = graph.End;
        _expressions = null;
        _mentions = null;
        foreach (Mention mention in mentions.Mentions)
        {
            if (mention.ActorCode is { Length: >= 3 } code && char.IsAsciiLetterUpper(code[0]))
            {
                _storyCountries.Add(code[..3]);
            }
        }
    }

    /// <summary>The one country the story has named so far (organisations aside), or null when it named none or several.</summary>
    public string? SoleStoryCountry
    {
        get
        {
            string? only = null;
            foreach (string country in _storyCountries)
            {
                if (country is "IGO" or "NGO")
                {
                    continue;
                }
                if (only is not null)
                {
                    return null;
                }
                only = country;
            }
            return only;
        }
    }

    /// <summary>The event date for <paramref name="trigger"/>: its clause's date expression, else the story date.</summary>
    public DateOnly? DateOf(int trigger)
    {
        if (_storyDate is not { } storyDate)
        {
            return null;
        }
        _expressions ??= _dates.Find(_document, DatelineEnd(), _end, storyDate);
        return _expressions.Count == 0 ? storyDate : EventDateSelector.Select(_document, _expressions, trigger)?.Date ?? storyDate;
    }

    /// <summary>
    /// The place of an event whose own sentence names <paramref name="sentencePlace"/> (<see cref="SentencePlaceOf"/>):
    /// that place, else the story's dateline, else null.
    /// </summary>
    public EventLocation? PlaceOf(EventLocation? sentencePlace) => sentencePlace ?? Dateline();

    /// <summary>
    /// The place the trigger's own sentence names for it, without the dateline's fallback: where a news agency filed
    /// from says nothing about whose police or rebels acted.
    /// </summary>
    public EventLocation? SentencePlaceOf(int trigger)
    {
        if (_places is null)
        {
            return null;
        }
        IReadOnlyList<PlaceMention> mentions = PlaceMentions();
        return mentions.Count > 0 && EventPlaceSelector.Select(_document, mentions, trigger) is { } mention
            ? _resolver.Resolve(mention, _storyCountries)
            : null;
    }

    /// <summary>The sentence's place names, found once per sentence when first asked for (needs a gazetteer).</summary>
    private IReadOnlyList<PlaceMention> PlaceMentions() => _mentions ??= _places!.Find(_document, _first, _end);

    /// <summary>
    /// A place named inside the noun phrase headed by <paramref name="head"/> ("a hospital in Aleppo", "police in
    /// Gdansk"), or null: the phrase's own place says whose hospital or police they are.
    /// </summary>
    public EventLocation? PlaceInPhrase(SentenceGraph graph, int head)
    {
        if (_places is null)
        {
            return null;
        }
        foreach (PlaceMention mention in PlaceMentions())
        {
            int token = mention.EndToken - 1;
            for (int depth = 0; depth < 3 && token >= 0 && graph.Relation(token) is "nmod" or "flat" or "compound"; depth++)
            {
                token = graph.Head(token);
                if (token == head)
                {
                    return _resolver.Resolve(mention, _storyCountries);
                }
            }
        }
        return null;
    }

    /// <summary>
    /// The first token of the sentence after the story's dateline ("GENEVA, March 14 (Reuters) - Russia vetoed…"): the
    /// dateline's date is when the story was filed, not when its events happened.
    /// </summary>
    private int DatelineEnd()
    {
        int datelineEnd = _datelineText?.End ?? 0;
        int t = _first;
        while (t < _end && _document.TokenStarts[t] < datelineEnd)
        {
            t++;
        }
        return t;
    }

    private EventLocation? Dateline()
    {
        if (!_datelineRead)
        {
            _datelineRead = true;
            if (_datelineText is { } dateline)
            {
                _dateline = _resolver.Resolve(_gazetteer!.Lookup(dateline.Place), _storyCountries);
            }
        }
        return _dateline;
    }
}
