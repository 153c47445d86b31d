namespace Parley.Store.Ingest;

/// <summary>What the reader and workers hand the writer: a coded story, a failure, or a skipped story.</summary>
/// <param name="Story">The coded story, or null.</param>
/// <param name="Error">The failure, or null.</param>
internal readonly record struct IngestItem(CodedStory? Story, StoreError? Error)
{
    /// <summary>A story already stored: only counted.</summary>
    public static IngestItem Skipped => default;
}
