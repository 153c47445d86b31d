using System.Diagnostics.CodeAnalysis;

namespace Parley.Text.Stories;

/// <summary>
/// One item read by <see cref="StoryReader"/>: either a <see cref="Stories.Story"/> or the reason why an
/// input (or one JSONL line) gave none. Failures are items rather than exceptions so that one bad
/// line or file in a large run is reported and the run goes on.
/// </summary>
public sealed class StoryReadResult
{
    private StoryReadResult(Story? story, string origin, string? error)
    {
        Story = story;
        Origin = origin;
        Error = error;
    }

    /// <summary>The story, or null when this item is a failure.</summary>
    public Story? Story { get; }

    /// <summary>The input this item is about: the file path, followed by ":LINE" for JSONL.</summary>
    public string Origin { get; }

    /// <summary>The one-line reason of a failure without the location, or null for a story.</summary>
    public string? Error { get; }

    /// <summary>True when this item holds a story.</summary>
    [MemberNotNullWhen(true, nameof(Story))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Story is not null;

    /// <summary>"ORIGIN: reason" for a failure, the origin alone for a story.</summary>
    public string Message => IsSuccess ? Origin : $"{Origin}: {Error}";

    /// <summary>An item that holds <paramref name="story"/>.</summary>
    public static StoryReadResult Success(Story story)
    {
        ArgumentNullException.ThrowIfNull(story);
        return new StoryReadResult(story, story.Origin, null);
    }

    /// <summary>An item that reports why <paramref name="origin"/> gave no story.</summary>
    public static StoryReadResult Failure(string origin, string error)
    {
        ArgumentNullException.ThrowIfNull(origin);
        ArgumentException.ThrowIfNullOrWhiteSpace(error);
        return new StoryReadResult(null, origin, error);
    }

    /// <inheritdoc/>
    public override string ToString() => Message;
}
