using Parley.Coding.Events;

namespace Parley.Store.Queries;

/// <summary>A story as stored: its text and metadata, its sentences and how many events it gave.</summary>
/// <param name="Id">The story's identity in the store.</param>
/// <param name="Date">The story date, when known.</param>
/// <param name="Title">The headline, when the input had one.</param>
/// <param name="Url">Its address, when the input had one.</param>
/// <param name="Source">Its publisher or feed, when the input named one.</param>
/// <param name="Origin">The input it was read from.</param>
/// <param name="Text">The story text that every span of its events points into.</param>
/// <param name="EventCount">How many events were coded from it.</param>
/// <param name="Sentences">Its sentences as spans of <paramref name="Text"/> (empty for stories stored before schema 3).</param>
public sealed record StoredStory(string Id, DateOnly? Date, string? Title, string? Url, string? Source, string Origin,
    string Text, int EventCount, IReadOnlyList<CharSpan> Sentences);
