using Parley.Coding.Events;

namespace Parley.Coding.Evaluation;

/// <summary>Adds up record scores into an <see cref="EvaluationReport"/>. Not thread-safe.</summary>
public sealed class EvaluationTally
{
    private readonly Dictionary<MissCause, int> _missCounts = MissCauses.All.ToDictionary(c => c, _ => 0);
    private readonly List<EvaluationMiss> _misses = [];
    private int _records;
    private int _rootHits;
    private int _fullMatches;
    private int _emitted;
    private int _emittedOnRoot;

    /// <summary>Counts one scored record; <paramref name="emittedWithAllModalities"/> is kept with a miss that emitted nothing.</summary>
    public void Add(GoldEvent gold, EventScore score, IReadOnlyList<CodedEvent> emitted, IReadOnlyList<CodedEvent>? emittedWithAllModalities = null)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(score);
        ArgumentNullException.ThrowIfNull(emitted);
        _records++;
        _rootHits += score.RootHit ? 1 : 0;
        _fullMatches += score.FullMatch ? 1 : 0;
        _emitted += score.Emitted;
        _emittedOnRoot += score.EmittedOnRoot;
        if (score.Cause is { } cause)
        {
            _missCounts[cause]++;
            _misses.Add(new EvaluationMiss(gold, cause, emitted, emitted.Count == 0 ? emittedWithAllModalities ?? [] : []));
        }
    }

    /// <summary>The report so far.</summary>
    public EvaluationReport ToReport(string file, IReadOnlyList<SkippedGoldRecord> skipped, long sentences, double codingSeconds)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(skipped);
        return new EvaluationReport(file, _records, skipped, _rootHits, _fullMatches, _emitted, _emittedOnRoot,
            new Dictionary<MissCause, int>(_missCounts), _misses.ToArray(), sentences, codingSeconds);
    }
}
