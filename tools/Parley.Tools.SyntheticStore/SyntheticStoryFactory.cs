using System.Globalization;
using System.Text;
using Parley.Coding.Events;
using Parley.Coding.Places;
using Parley.Store;
using Parley.Text.Stories;

namespace Parley.Tools.SyntheticStore;

/// <summary>
/// Builds synthetic story number <c>n</c> with its coded events, as the coder would have stored it: a text of short
/// sentences ("SYN-000000123 sentence 4: the government of Russia criticize or denounce Ukraine in Kyiv."), events whose
/// evidence spans point into that text, actors, codes and places from the tables. Story <c>n</c> depends only on the
/// options and <c>n</c>, so stories can be built in any order and batch. Not thread-safe (one text buffer).
/// </summary>
internal sealed class SyntheticStoryFactory
{
    /// <summary>How far a story's event count strays from the mean, as a fraction of it (counts range over 0.1–1.9×).</summary>
    private const double CountJitter = 0.9;

    private static readonly string[] Outlets = ["Synthetic Wire", "Example Daily", "Test Tribune", "Sample Times", "Mock Herald", "Placeholder Post"];

    private readonly SyntheticOptions _options;
    private readonly SyntheticActors _actors;
    private readonly SyntheticCodes _codes;
    private readonly SyntheticPlaces _places;
    private readonly WeightedTable<string> _outlets = new(Outlets, WeightedTable<int>.Zipf(Outlets.Length, 1.0));
    private readonly StringBuilder _text = new();
    private readonly int _days;

    /// <summary>A factory for <paramref name="options"/> over the shipped ontology and gazetteer tables given.</summary>
    public SyntheticStoryFactory(SyntheticOptions options, SyntheticActors actors, SyntheticCodes codes, SyntheticPlaces places)
    {
        _options = options;
        _actors = actors;
        _codes = codes;
        _places = places;
        _days = options.To.DayNumber - options.From.DayNumber + 1;
    }

    /// <summary>A factory over Parley's own ontology and gazetteer.</summary>
    public static SyntheticStoryFactory Create(SyntheticOptions options) => new(options,
        new SyntheticActors(Gazetteer.Default), new SyntheticCodes(Parley.Coding.Ontology.CameoOntology.Default), new SyntheticPlaces(Gazetteer.Default));

    /// <summary>The id of story <paramref name="index"/> (0-based): <c>SYN-</c> and nine digits from 1.</summary>
    public static string StoryId(long index) => "SYN-" + (index + 1).ToString("D9", CultureInfo.InvariantCulture);

    /// <summary>
    /// The events of story <paramref name="index"/>: the difference of a jittered cumulative count, so counts vary from
    /// story to story while the stories together hold exactly <see cref="SyntheticOptions.Events"/>.
    /// </summary>
    public int EventCount(long index) => (int)(Cumulative(index + 1) - Cumulative(index));

    /// <summary>Builds story <paramref name="index"/> (0-based) and its events.</summary>
    public CodedStory Create(long index)
    {
        var random = new SplitMix64(_options.Seed, index);
        string id = StoryId(index);
        int events = EventCount(index);
        // A story carries a few sentences without events too, as news does (most sentences code nothing).
        int sentences = events + random.NextInt(4);
        // Later years get more stories (density grows as t^(1/3)), as news archives do.
        DateOnly date = _options.From.AddDays((int)(Math.Pow(random.NextDouble(), 0.75) * _days));
        var coded = new List<CodedEvent>(events);
        _text.Clear();
        for (int s = 0; s < sentences; s++)
        {
            if (s > 0)
            {
                _text.Append(' ');
            }
            // Each remaining sentence holds an event with the chance that spreads the remaining events evenly.
            bool hasEvent = random.NextDouble() * (sentences - s) < events - coded.Count;
            if (hasEvent)
            {
                coded.Add(AppendEvent(id, s, date, ref random));
            }
            else
            {
                AppendPrefix(id, s).Append("no event is coded in this sentence.");
            }
        }
        string text = _text.ToString();
        var story = new Story(id, date, text, "synthetic:" + _options.Seed.ToString(CultureInfo.InvariantCulture),
            "Synthetic story " + id, "https://synthetic.invalid/" + id, _outlets.Draw(ref random));
        return new CodedStory(story, StoryIdentity.HashText(text), coded, sentences);
    }

    private CodedEvent AppendEvent(string storyId, int sentence, DateOnly storyDate, ref SplitMix64 random)
    {
        SyntheticActor source = _actors.DrawSource(ref random);
        SyntheticActor? target = random.Chance(0.08) ? null : _actors.DrawTarget(source, ref random);
        SyntheticCode code = _codes.Draw(ref random);
        EventLocation? location = random.Chance(0.75) ? _places.Draw(PlaceCountry(source, target, ref random), ref random) : null;
        // One event in twenty is dated by the text a few days before the story, as "on Sunday" in a Tuesday story.
        DateOnly date = random.Chance(0.05) ? storyDate.AddDays(-1 - random.NextInt(3)) : storyDate;
        date = date < _options.From ? _options.From : date;

        int start = _text.Length;
        AppendPrefix(storyId, sentence);
        CharSpan sourceSpan = Append(source.Text);
        _text.Append(' ');
        CharSpan trigger = Append(code.Trigger);
        CharSpan? targetSpan = null;
        if (target is not null)
        {
            _text.Append(' ');
            targetSpan = Append(target.Text);
        }
        if (location is not null)
        {
            _text.Append(" in ").Append(location.Name);
        }
        _text.Append('.');
        var evidence = new EventEvidence(new CharSpan(start, _text.Length), sourceSpan, trigger, targetSpan);
        return new CodedEvent(storyId, sentence, date,
            new EventActor(source.Code, source.Text, sourceSpan),
            target is null ? null : new EventActor(target.Code, target.Text, targetSpan!.Value),
            code.Cameo.Code, code.Cameo, Modality.Asserted, location, evidence, code.Rule);
    }

    // The place is in the source's country more often than the target's; organisations have no country of their own.
    private static string? PlaceCountry(SyntheticActor source, SyntheticActor? target, ref SplitMix64 random) =>
        random.Chance(0.6) ? source.Country ?? target?.Country : target?.Country ?? source.Country;

    private StringBuilder AppendPrefix(string storyId, int sentence) =>
        _text.Append(storyId).Append(" sentence ").Append(sentence).Append(": ");

    private CharSpan Append(string words)
    {
        int start = _text.Length;
        _text.Append(words);
        return new CharSpan(start, _text.Length);
    }

    // floor(E·k/S + jitter(k)) with jitter 0 at both ends: non-decreasing (the jitter moves less than the mean step),
    // 0 at k = 0 and exactly E at k = S. The product is taken in 128 bits so no count overflows or rounds.
    private long Cumulative(long k)
    {
        if (k <= 0)
        {
            return 0;
        }
        if (k >= _options.Stories)
        {
            return _options.Events;
        }
        Int128 product = (Int128)_options.Events * k;
        long whole = (long)(product / _options.Stories);
        double fraction = (double)(long)(product % _options.Stories) / _options.Stories;
        double mean = (double)_options.Events / _options.Stories;
        double jitter = CountJitter * mean * new SplitMix64(_options.Seed, -k).NextDouble();
        return whole + (long)Math.Floor(fraction + jitter);
    }
}
