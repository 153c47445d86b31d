using Parley.Coding.Events;
using Parley.Text.Stories;

namespace Parley.Store.Ingest;

/// <summary>Codes stories on one worker thread (an instance is used by one thread only).</summary>
public interface IStoryWorker
{
    /// <summary>The events of <paramref name="story"/> and its sentences' spans; throws when the story cannot be coded.</summary>
    (IReadOnlyList<CodedEvent> Events, IReadOnlyList<CharSpan> Sentences) Code(Story story, CancellationToken cancellationToken);
}
