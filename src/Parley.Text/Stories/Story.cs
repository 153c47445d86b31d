namespace Parley.Text.Stories;

/// <summary>
/// One news story to code: its identifier, date, decoded body and optional metadata, plus where it
/// came from (<see cref="Origin"/>), so that every later message can name the input it is about.
/// </summary>
/// <param name="Id">The story identifier as the input gives it (not deduplicated).</param>
/// <param name="Date">The story date, or null when neither the input nor the default date gives one.</param>
/// <param name="Text">The story body, decoded and normalised (see <see cref="TextDecoder.Normalize"/>).</param>
/// <param name="Origin">The input that held the story: the file path, followed by ":LINE" for JSONL.</param>
/// <param name="Title">The headline, when the input has one.</param>
/// <param name="Url">The address of the story, when the input has one.</param>
/// <param name="Source">The publisher or feed, when the input names one.</param>
public sealed record Story(
    string Id,
    DateOnly? Date,
    string Text,
    string Origin,
    string? Title = null,
    string? Url = null,
    string? Source = null)
{
    /// <summary>The story identifier as the input gives it (not deduplicated).</summary>
    public string Id { get; init; } = Id ?? throw new ArgumentNullException(nameof(Id));

    /// <summary>The story body, decoded and normalised.</summary>
    public string Text { get; init; } = Text ?? throw new ArgumentNullException(nameof(Text));

    /// <summary>The input that held the story: the file path, followed by ":LINE" for JSONL.</summary>
    public string Origin { get; init; } = Origin ?? throw new ArgumentNullException(nameof(Origin));
}
