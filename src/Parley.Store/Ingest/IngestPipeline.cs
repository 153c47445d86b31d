using System.Diagnostics;
using System.Threading.Channels;
using Parley.Text.Stories;

namespace Parley.Store.Ingest;

/// <summary>
/// Ingests stories into an <see cref="EventStore"/>: one reader thread reads and skips known stories, N workers code
/// the rest, and one writer (the caller's thread) writes them. Bounded channels between the three keep memory
/// bounded whatever the input size. Each batch of whole stories is one transaction, so a kill at any point leaves
/// every story either complete or absent, and the next run codes exactly the absent ones.
/// </summary>
public sealed class IngestPipeline
{
    private static readonly TimeSpan ProgressInterval = TimeSpan.FromMilliseconds(100);

    private readonly EventStore _store;
    private readonly Func<IStoryWorker> _createWorker;
    private readonly IngestOptions _options;

    /// <summary>Creates a pipeline writing to <paramref name="store"/>; <paramref name="createWorker"/> is called once per worker thread.</summary>
    public IngestPipeline(EventStore store, Func<IStoryWorker> createWorker, IngestOptions options)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(createWorker);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Jobs, 1, nameof(options));
        _store = store;
        _createWorker = createWorker;
        _options = options;
    }

    /// <summary>
    /// Ingests <paramref name="items"/> and returns the final counts; <paramref name="progress"/> (if any) is called on
    /// the writer thread about ten times a second. On cancellation the stories already coded are written before
    /// <see cref="OperationCanceledException"/> is thrown.
    /// </summary>
    public IngestCounts Run(IEnumerable<StoryReadResult> items, Action<IngestCounts>? progress, CancellationToken cancellationToken) =>
        RunAsync(items, progress, cancellationToken).GetAwaiter().GetResult();

    private async Task<IngestCounts> RunAsync(IEnumerable<StoryReadResult> items, Action<IngestCounts>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        var clock = Stopwatch.StartNew();
        HashSet<string> known = _store.LoadStoryIds();
        int capacity = _options.Jobs * 4;
        var work = Channel.CreateBounded<StoryToCode>(new BoundedChannelOptions(capacity) { SingleWriter = true });
        var output = Channel.CreateBounded<IngestItem>(new BoundedChannelOptions(capacity) { SingleReader = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producers = new List<Task> { Task.Run(() => ReadAsync(items, known, work.Writer, output.Writer, stop.Token), stop.Token) };
        for (int i = 0; i < _options.Jobs; i++)
        {
            producers.Add(Task.Run(() => CodeAsync(work.Reader, output.Writer, stop.Token), stop.Token));
        }
        Task allProduced = Task.WhenAll(producers);
        _ = allProduced.ContinueWith(t => output.Writer.TryComplete(t.Exception?.GetBaseException()), TaskScheduler.Default);
        var writer = new BatchWriter(_store, _options, clock);
        try
        {
            await writer.WriteAllAsync(output.Reader, progress, ProgressInterval, stop.Token).ConfigureAwait(false);
        }
        finally
        {
            // Whatever ended the writer (the end, a cancellation, a store error), the producers must not stay blocked.
            await stop.CancelAsync().ConfigureAwait(false);
            await Task.WhenAll(producers.Select(p => p.ContinueWith(_ => { }, TaskScheduler.Default))).ConfigureAwait(false);
        }
        return writer.Counts;
    }

    private static async Task ReadAsync(IEnumerable<StoryReadResult> items, HashSet<string> known,
        ChannelWriter<StoryToCode> work, ChannelWriter<IngestItem> output, CancellationToken cancellationToken)
    {
        try
        {
            foreach (StoryReadResult item in items)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (item.Story is not { } read)
                {
                    await output.WriteAsync(new IngestItem(null, new StoreError(item.Origin, null, item.Error!, DateTime.UtcNow)), cancellationToken).ConfigureAwait(false);
                    continue;
                }
                string hash = StoryIdentity.HashText(read.Text);
                Story story = StoryIdentity.WithIdentity(read, hash);
                if (!known.Add(story.Id))
                {
                    await output.WriteAsync(IngestItem.Skipped, cancellationToken).ConfigureAwait(false);
                    continue;
                }
                await work.WriteAsync(new StoryToCode(story, hash), cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            work.TryComplete();
        }
    }

    private async Task CodeAsync(ChannelReader<StoryToCode> work, ChannelWriter<IngestItem> output, CancellationToken cancellationToken)
    {
        IStoryWorker worker = _createWorker();
        await foreach (StoryToCode item in work.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            IngestItem result;
            try
            {
                var (events, sentences) = worker.Code(item.Story, cancellationToken);
                result = new IngestItem(new CodedStory(item.Story, item.TextHash, events, sentences.Count, sentences), null);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One story that breaks the coder is recorded and skipped; the run goes on.
                result = new IngestItem(null, new StoreError(item.Story.Origin, item.Story.Id, "could not be coded: " + e.Message, DateTime.UtcNow));
            }
            await output.WriteAsync(result, cancellationToken).ConfigureAwait(false);
        }
    }
}
