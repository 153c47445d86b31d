using Parley.Web.Api;

namespace Parley.Web.Stories;

/// <summary>A stored story with everything needed to show its evidence: the text, its sentences as [start, end) spans, and its events.</summary>
public sealed record StoryView(string Id, DateOnly? Date, string? Title, string? Url, string? Source, string Text,
    IReadOnlyList<int[]> Sentences, IReadOnlyList<ApiEvent> Events);
