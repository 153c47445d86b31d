using Parley.Coding.Events;

namespace Parley.Store.Queries;

/// <summary>An event read back from the store, with the evidence texts the JSONL contract carries.</summary>
/// <param name="Event">The event; its actors' spans are the evidence spans (as the coder makes them).</param>
/// <param name="Sentence">The text of the event's sentence.</param>
/// <param name="Trigger">The text of the trigger.</param>
/// <param name="Stories">How many distinct stories report it: 1, or the one-a-day count with deduplication.</param>
/// <param name="EventIndex">Its position among the events of its story (with the story id, its key in the store).</param>
public sealed record StoredEvent(CodedEvent Event, string Sentence, string Trigger, long Stories, int EventIndex)
{
    /// <summary>The cursor that continues a listing after this event.</summary>
    public EventCursor Cursor => new(Event.Date, Event.StoryId, EventIndex);
}
