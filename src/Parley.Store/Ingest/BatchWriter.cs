using System.Diagnostics;
using System.Threading.Channels;

namespace Parley.Store.Ingest;

/// <summary>
/// The single writer of an ingest: gathers coded stories and failures into batches and writes each batch in one
/// transaction. A batch is written when it is full, or when nothing is ready and it has waited long enough; the
/// batch size so follows the workers' pace, and a slow disk makes batches larger rather than the run slower.
/// </summary>
internal sealed class BatchWriter
{
    private readonly EventStore _store;
    private readonly IngestOptions _options;
    private readonly Stopwatch _clock;
    private readonly List<CodedStory> _stories = [];
    private readonly List<StoreError> _errors = [];
    private readonly Stopwatch _batchAge = new();
    private long _batchEvents;
    private long _newStories;
    private long _skipped;
    private long _failed;
    private long _events;
    private long _sentences;

    public BatchWriter(EventStore store, IngestOptions options, Stopwatch clock)
    {
        _store = store;
        _options = options;
        _clock = clock;
    }

    /// <summary>The counts of what has been written (and skipped) so far.</summary>
    public IngestCounts Counts => new(_newStories, _skipped, _failed, _events, _sentences, _clock.Elapsed);

    /// <summary>Writes everything <paramref name="reader"/> yields until it completes; on cancellation writes what it holds first.</summary>
    public async Task WriteAllAsync(ChannelReader<IngestItem> reader, Action<IngestCounts>? progress, TimeSpan progressInterval,
        CancellationToken cancellationToken)
    {
        TimeSpan lastProgress = TimeSpan.Zero;
        try
        {
            while (true)
            {
                ValueTask<bool> ready = reader.WaitToReadAsync(cancellationToken);
                if (!ready.IsCompleted && _batchAge.Elapsed >= _options.EffectiveFlushInterval)
                {
                    Flush();
                }
                if (!await ready.ConfigureAwait(false))
                {
                    break;
                }
                while (reader.TryRead(out IngestItem item))
                {
                    Add(item);
                }
                // Work that never runs dry (new stories among many skipped ones) still reaches the disk every few intervals.
                if (_batchAge.Elapsed >= 4 * _options.EffectiveFlushInterval)
                {
                    Flush();
                }
                if (progress is not null && _clock.Elapsed - lastProgress >= progressInterval)
                {
                    lastProgress = _clock.Elapsed;
                    progress(Counts);
                }
            }
        }
        finally
        {
            // Stories already coded are whole: keep them even when the run is cancelled, not when the store failed.
            if (cancellationToken.IsCancellationRequested)
            {
                Flush();
            }
        }
        Flush();
        cancellationToken.ThrowIfCancellationRequested();
        progress?.Invoke(Counts);
    }

    private void Add(IngestItem item)
    {
        if (item.Story is { } story)
        {
            _stories.Add(story);
            _batchEvents += story.Events.Count;
        }
        else if (item.Error is { } error)
        {
            _errors.Add(error);
        }
        else
        {
            _skipped++;
        }
        if (_stories.Count + _errors.Count > 0 && !_batchAge.IsRunning)
        {
            _batchAge.Restart();
        }
        if (_stories.Count >= _options.MaxBatchStories || _batchEvents >= _options.MaxBatchEvents)
        {
            Flush();
        }
    }

    private void Flush()
    {
        _batchAge.Reset();
        if (_stories.Count == 0 && _errors.Count == 0)
        {
            return;
        }
        _store.Write(_stories, _errors);
        _newStories += _stories.Count;
        _failed += _errors.Count;
        _events += _batchEvents;
        _sentences += _stories.Sum(s => (long)s.SentenceCount);
        _stories.Clear();
        _errors.Clear();
        _batchEvents = 0;
    }
}
