namespace Parley.Web.Stories;

/// <summary>
/// The answer to a posted story: its id in the store, whether this request stored it (false: the store already had
/// a story with that id, or that text when no id was given, and nothing changed), and its events and sentences.
/// </summary>
public sealed record StoryWritten(string Id, bool Created, int Events, int Sentences);
