namespace Parley.Store;

/// <summary>A story that could not be read or coded, as recorded in the <c>errors</c> table.</summary>
/// <param name="Origin">The input it came from: the file path, followed by ":LINE" for JSONL.</param>
/// <param name="StoryId">The story id when the story was read but not coded, else null.</param>
/// <param name="Reason">The one-line reason.</param>
/// <param name="At">When it happened (UTC).</param>
public sealed record StoreError(string Origin, string? StoryId, string Reason, DateTime At);
