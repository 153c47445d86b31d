using Parley.Coding.Events;
using Parley.Text.Stories;

namespace Parley.Store;

/// <summary>A story as coded for the store: the story (its id is the store identity), its events and sentence count.</summary>
/// <param name="Story">The story; <see cref="Story.Id"/> is its identity in the store (see <see cref="StoryIdentity"/>).</param>
/// <param name="TextHash">The content hash of the story text (<see cref="StoryIdentity.HashText"/>).</param>
/// <param name="Events">The coded events, in text order.</param>
/// <param name="SentenceCount">How many sentences the story has.</param>
/// <param name="Sentences">The sentences' character spans in the story text, or null when not known.</param>
public sealed record CodedStory(Story Story, string TextHash, IReadOnlyList<CodedEvent> Events, int SentenceCount,
    IReadOnlyList<CharSpan>? Sentences = null);
