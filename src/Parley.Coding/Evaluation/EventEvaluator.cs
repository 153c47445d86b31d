using System.Diagnostics;
using Parley.Coding.Coding;
using Parley.Coding.Events;
using Parley.Coding.Lexicon;
using Parley.Syntax;
using Parley.Text.Stories;

namespace Parley.Coding.Evaluation;

/// <summary>
/// Codes each text of an event gold set as a story (the record's id and date) with a <see cref="StoryCoder"/> and
/// scores it with <see cref="EventScorer"/>. When a record gets no event, the text is coded again with every
/// modality and inspected for actor names and dictionary words, to tell the cause. One instance per thread.
/// </summary>
public sealed class EventEvaluator
{
    private readonly StoryCoder _coder;
    private readonly StoryCoder? _allModalities;
    private readonly MissDiagnoser _diagnoser;

    /// <summary>Creates an evaluator coding with <paramref name="options"/>.</summary>
    public EventEvaluator(SyntaxPipeline syntax, CodingDictionaries dictionaries, CodingOptions options)
    {
        ArgumentNullException.ThrowIfNull(syntax);
        ArgumentNullException.ThrowIfNull(dictionaries);
        ArgumentNullException.ThrowIfNull(options);
        _coder = new StoryCoder(syntax, new EventCoder(dictionaries, options));
        CodingOptions all = options.WithAllModalities();
        // With every modality already emitted, a second run could only repeat the first.
        _allModalities = all.Modalities.SetEquals(options.Modalities) ? null : new StoryCoder(syntax, new EventCoder(dictionaries, all));
        _diagnoser = new MissDiagnoser(syntax, dictionaries);
    }

    /// <summary>
    /// Codes up to <paramref name="records"/> records of <paramref name="gold"/> without scoring or timing them, so
    /// that the measured run sees code the JIT has already optimised (gold sets are small: otherwise the first
    /// records' compilation would dominate the speed figure).
    /// </summary>
    public void WarmUp(GoldSet gold, int records = 200, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(gold);
        foreach (GoldEvent record in gold.Events.Take(records))
        {
            _coder.Code(new Story(record.Id, record.Date, record.Text, gold.File), cancellationToken);
        }
    }

    /// <summary>Codes and scores every record of <paramref name="gold"/>.</summary>
    /// <param name="gold">The gold set.</param>
    /// <param name="progress">Told the number of records done after each one, or null.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    public EvaluationReport Evaluate(GoldSet gold, Action<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(gold);
        var tally = new EvaluationTally();
        var clock = new Stopwatch();
        long sentencesBefore = _coder.SentenceCount;
        int done = 0;
        foreach (GoldEvent record in gold.Events)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var story = new Story(record.Id, record.Date, record.Text, gold.File);
            clock.Start();
            IReadOnlyList<CodedEvent> emitted = _coder.Code(story, cancellationToken);
            clock.Stop();
            IReadOnlyList<CodedEvent> allModalities = emitted.Count == 0 && _allModalities is { } coder ? coder.Code(story, cancellationToken) : [];
            EventScore score = EventScorer.Score(record, emitted, () => Evidence(record, allModalities, cancellationToken));
            tally.Add(record, score, emitted, allModalities);
            progress?.Invoke(++done);
        }
        return tally.ToReport(gold.File, gold.Skipped, _coder.SentenceCount - sentencesBefore, clock.Elapsed.TotalSeconds);
    }

    private MissEvidence Evidence(GoldEvent record, IReadOnlyList<CodedEvent> allModalities, CancellationToken cancellationToken)
    {
        (bool hasName, bool hasWord) = _diagnoser.Inspect(record.Id, record.Text, cancellationToken);
        return new MissEvidence(hasName, hasWord, allModalities.Any(e => EventScorer.HasAcceptedRoot(record, e)));
    }
}
