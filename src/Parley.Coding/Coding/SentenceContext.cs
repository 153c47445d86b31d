namespace Parley.Coding.Coding;

/// <summary>What an <see cref="EventBuilder"/> needs to know about the sentence being coded.</summary>
internal sealed record SentenceContext(
    SentenceGraph Graph,
    MentionTable Mentions,
    string StoryId,
    int SentenceIndex,
    DateOnly? Date,
    EventCircumstances Circumstances,
    Action<string>? Trace);
