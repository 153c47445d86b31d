namespace Parley.Coding.Events;

/// <summary>
/// Where an event was read: the sentence and the words of source, trigger and target, as character offsets into
/// the story text so a reader can highlight them.
/// </summary>
/// <param name="Sentence">The sentence.</param>
/// <param name="Source">The source actor's words, or null.</param>
/// <param name="Trigger">The verb or noun that names the event.</param>
/// <param name="Target">The target actor's words, or null.</param>
public sealed record EventEvidence(CharSpan Sentence, CharSpan? Source, CharSpan Trigger, CharSpan? Target);
