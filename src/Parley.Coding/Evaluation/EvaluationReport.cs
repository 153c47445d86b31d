namespace Parley.Coding.Evaluation;

/// <summary>The outcome of coding a gold set: counts, rates (in percent), misses by cause, and speed.</summary>
/// <param name="File">The gold file.</param>
/// <param name="Records">The number of records scored.</param>
/// <param name="Skipped">The records read but not scored, with reasons.</param>
/// <param name="RootHits">Records where some emitted event has an accepted root.</param>
/// <param name="FullMatches">Records where some emitted event has an accepted root and the gold countries.</param>
/// <param name="Emitted">Events emitted over all records.</param>
/// <param name="EmittedOnRoot">Emitted events whose root is accepted by their record.</param>
/// <param name="MissCounts">The number of misses per cause (every cause present, zero included).</param>
/// <param name="Misses">Every miss, in gold order.</param>
/// <param name="Sentences">Sentences coded with the evaluation's options.</param>
/// <param name="CodingSeconds">Time spent coding with the evaluation's options (the diagnosis of misses excluded).</param>
public sealed record EvaluationReport(
    string File,
    int Records,
    IReadOnlyList<SkippedGoldRecord> Skipped,
    int RootHits,
    int FullMatches,
    int Emitted,
    int EmittedOnRoot,
    IReadOnlyDictionary<MissCause, int> MissCounts,
    IReadOnlyList<EvaluationMiss> Misses,
    long Sentences,
    double CodingSeconds)
{
    /// <summary>Root hits per scored record, in percent (0 when nothing was scored).</summary>
    public double RootAccuracy => Percent(RootHits, Records);

    /// <summary>Full matches per scored record, in percent.</summary>
    public double FullMatchRate => Percent(FullMatches, Records);

    /// <summary>Emitted events with an accepted root per emitted event, in percent (0 when nothing was emitted).</summary>
    public double Precision => Percent(EmittedOnRoot, Emitted);

    /// <summary>Records coded per second.</summary>
    public double RecordsPerSecond => CodingSeconds > 0 ? Records / CodingSeconds : 0;

    /// <summary>Sentences coded per second.</summary>
    public double SentencesPerSecond => CodingSeconds > 0 ? Sentences / CodingSeconds : 0;

    private static double Percent(int part, int whole) => whole == 0 ? 0 : 100.0 * part / whole;
}
