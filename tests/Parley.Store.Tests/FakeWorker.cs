using Parley.Coding.Events;
using Parley.Store.Ingest;
using Parley.Text.Stories;

namespace Parley.Store.Tests;

/// <summary>
/// A stand-in coder: each story gives one event per sentence ("." ends one) with source = the story's first word;
/// a story whose text contains "BOOM" throws, as a coder defect would.
/// </summary>
internal sealed class FakeWorker : IStoryWorker
{
    private readonly Action<Story>? _onStory;

    public FakeWorker(Action<Story>? onStory = null) => _onStory = onStory;

    public (IReadOnlyList<CodedEvent> Events, IReadOnlyList<CharSpan> Sentences) Code(Story story, CancellationToken cancellationToken)
    {
        _onStory?.Invoke(story);
        if (story.Text.Contains("BOOM", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("the coder broke");
        }
        var events = new List<CodedEvent>();
        int start = 0;
        string source = story.Text.Split(' ')[0];
        for (int i = 0; start < story.Text.Length; i++)
        {
            int end = story.Text.IndexOf('.', start);
            end = end < 0 ? story.Text.Length : end + 1;
            var sentence = new CharSpan(start, end);
            var sourceSpan = new CharSpan(0, source.Length);
            events.Add(new CodedEvent(story.Id, i, story.Date, new EventActor(source.ToUpperInvariant(), source, sourceSpan), null, "010",
                null, Modality.Asserted, null, new EventEvidence(sentence, sourceSpan, new CharSpan(start, start + 1), null), "fake:1"));
            start = end;
            while (start < story.Text.Length && story.Text[start] == ' ')
            {
                start++;
            }
        }
        return (events, events.Select(e => e.Evidence.Sentence).ToArray());
    }
}
