using System.Collections.Concurrent;
using System.Diagnostics;
using Parley.Store;

namespace Parley.Tools.SyntheticStore;

/// <summary>
/// Writes a synthetic store: a producer thread builds stories in batches while this thread appends each batch through
/// <see cref="EventStore.Write"/> — Parley's own schema, migrations and appender path, so the file is a store like any
/// other. A bounded queue of two batches keeps memory flat whatever the number of events.
/// </summary>
internal static class SyntheticStoreWriter
{
    /// <summary>
    /// Events per batch (one transaction each). Above DuckDB's row-group size (122,880 rows), so a batch fills whole row
    /// groups, which DuckDB writes straight to the file instead of through its write-ahead log.
    /// </summary>
    public const int BatchEvents = 131_072;

    /// <summary>
    /// Creates <see cref="SyntheticOptions.Database"/> and fills it; <paramref name="progress"/> is called about once a
    /// second with the events and stories written so far.
    /// </summary>
    /// <exception cref="IOException">The file exists already (the generator never adds to a store).</exception>
    public static SyntheticReport Write(SyntheticOptions options, Action<long, long>? progress = null)
    {
        if (File.Exists(options.Database))
        {
            throw new IOException($"{options.Database}: the file exists; the generator writes a new store only (delete it first)");
        }
        var clock = Stopwatch.StartNew();
        SyntheticStoryFactory factory = SyntheticStoryFactory.Create(options);
        using var batches = new BlockingCollection<List<CodedStory>>(boundedCapacity: 2);
        using var stop = new CancellationTokenSource();
        Exception? failure = null;
        var producer = new Thread(() =>
        {
            try
            {
                Produce(factory, options.Stories, batches, stop.Token);
            }
            catch (OperationCanceledException)
            {
                // The writer failed and stopped the producer; the writer's exception is the one reported.
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // Handed to the writer thread, which rethrows it after the queue is closed.
                failure = ex;
            }
            finally
            {
                batches.CompleteAdding();
            }
        }) { IsBackground = true, Name = "synthetic stories" };
        producer.Start();
        (long stories, long events, long sentences) = (0, 0, 0);
        try
        {
            (stories, events, sentences) = Consume(options.Database, batches, progress);
        }
        finally
        {
            // A failed write must not leave the producer blocked on a full queue.
            stop.Cancel();
            producer.Join();
        }
        if (failure is not null)
        {
            throw new InvalidOperationException("generating stories failed: " + failure.Message, failure);
        }
        return new SyntheticReport(stories, events, sentences, clock.Elapsed, new FileInfo(options.Database).Length);
    }

    private static void Produce(SyntheticStoryFactory factory, long storyCount, BlockingCollection<List<CodedStory>> batches,
        CancellationToken stop)
    {
        var batch = new List<CodedStory>();
        int events = 0;
        for (long i = 0; i < storyCount; i++)
        {
            CodedStory story = factory.Create(i);
            batch.Add(story);
            events += story.Events.Count;
            if (events >= BatchEvents)
            {
                batches.Add(batch, stop);
                batch = [];
                events = 0;
            }
        }
        if (batch.Count > 0)
        {
            batches.Add(batch, stop);
        }
    }

    private static (long Stories, long Events, long Sentences) Consume(string database, BlockingCollection<List<CodedStory>> batches,
        Action<long, long>? progress)
    {
        long stories = 0, events = 0, sentences = 0, reported = -1;
        var sinceReport = Stopwatch.StartNew();
        using (EventStore store = EventStore.Open(database))
        {
            foreach (List<CodedStory> batch in batches.GetConsumingEnumerable())
            {
                store.Write(batch, []);
                stories += batch.Count;
                events += batch.Sum(s => (long)s.Events.Count);
                sentences += batch.Sum(s => (long)s.SentenceCount);
                if (sinceReport.Elapsed.TotalSeconds >= 1)
                {
                    progress?.Invoke(events, stories);
                    reported = events;
                    sinceReport.Restart();
                }
            }
        }
        // The last batch is reported once, even when it came within the second after the previous report.
        if (reported != events)
        {
            progress?.Invoke(events, stories);
        }
        return (stories, events, sentences);
    }
}
