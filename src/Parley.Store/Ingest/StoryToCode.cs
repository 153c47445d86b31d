using Parley.Text.Stories;

namespace Parley.Store.Ingest;

/// <summary>A story sent to a worker, with its store identity already set and its content hash.</summary>
/// <param name="Story">The story (id = store identity).</param>
/// <param name="TextHash">Its content hash.</param>
internal sealed record StoryToCode(Story Story, string TextHash);
