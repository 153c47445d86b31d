namespace Parley.Store.Ingest;

/// <summary>How an ingest runs.</summary>
/// <param name="Jobs">Worker threads that code stories (each with its own coder); at least 1.</param>
/// <param name="MaxBatchStories">Most stories written in one transaction.</param>
/// <param name="MaxBatchEvents">Most events written in one transaction (a batch closes when it reaches either limit).</param>
/// <param name="FlushInterval">
/// When the workers have nothing ready, a batch younger than this waits for more stories: one commit costs about a
/// millisecond, so committing every story alone would cost more than coding it.
/// </param>
public sealed record IngestOptions(int Jobs, int MaxBatchStories = 1000, int MaxBatchEvents = 50_000, TimeSpan FlushInterval = default)
{
    /// <summary>One job per core, batches of at most 1,000 stories, flushed at least every quarter second when idle.</summary>
    public static IngestOptions Default { get; } = new(Environment.ProcessorCount);

    /// <summary>The flush interval in effect (a quarter second unless set).</summary>
    public TimeSpan EffectiveFlushInterval => FlushInterval == default ? TimeSpan.FromMilliseconds(250) : FlushInterval;
}
