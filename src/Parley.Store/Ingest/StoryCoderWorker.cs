using Parley.Coding.Coding;
using Parley.Coding.Events;
using Parley.Text.Stories;

namespace Parley.Store.Ingest;

/// <summary>An <see cref="IStoryWorker"/> over Parley's <see cref="StoryCoder"/> (one per thread; the model and dictionaries inside are shared).</summary>
public sealed class StoryCoderWorker : IStoryWorker
{
    private readonly StoryCoder _coder;

    /// <summary>Creates a worker over <paramref name="coder"/>, which must not be used elsewhere.</summary>
    public StoryCoderWorker(StoryCoder coder)
    {
        ArgumentNullException.ThrowIfNull(coder);
        _coder = coder;
    }

    /// <inheritdoc />
    public (IReadOnlyList<CodedEvent> Events, IReadOnlyList<CharSpan> Sentences) Code(Story story, CancellationToken cancellationToken)
    {
        var sentences = new List<CharSpan>();
        IReadOnlyList<CodedEvent> events = _coder.Code(story, sentences, cancellationToken);
        return (events, sentences);
    }
}
