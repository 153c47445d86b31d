using System.Collections.Concurrent;
using Parley.Coding.Coding;
using Parley.Coding.Events;
using Parley.Text.Stories;

namespace Parley.Web.Hosting;

/// <summary>
/// Story coders for requests that code text. A coder holds per-sentence buffers and serves one thread at a time, so
/// each request borrows one; at most one coding runs per core, and the rest wait their turn instead of slowing all.
/// </summary>
internal sealed class CoderPool : IDisposable
{
    private readonly Func<StoryCoder> _create;
    private readonly ConcurrentBag<StoryCoder> _idle = [];
    private readonly SemaphoreSlim _slots = new(Environment.ProcessorCount, Environment.ProcessorCount);

    public CoderPool(Func<StoryCoder> create) => _create = create;

    /// <summary>The events of <paramref name="story"/> and the spans of its sentences.</summary>
    public async Task<(IReadOnlyList<CodedEvent> Events, IReadOnlyList<CharSpan> Sentences)> CodeAsync(Story story, CancellationToken cancellationToken)
    {
        await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        StoryCoder coder = _idle.TryTake(out StoryCoder? idle) ? idle : _create();
        try
        {
            var sentences = new List<CharSpan>();
            IReadOnlyList<CodedEvent> events = coder.Code(story, sentences, cancellationToken);
            return (events, sentences);
        }
        finally
        {
            _idle.Add(coder);
            _slots.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose() => _slots.Dispose();
}
