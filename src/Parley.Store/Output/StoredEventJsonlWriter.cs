using System.Text.Json;
using Parley.Coding.Output;
using Parley.Store.Queries;

namespace Parley.Store.Output;

/// <summary>
/// Writes stored events in the JSONL contract of <c>parley code</c> (the same fields in the same order, see
/// <c>JsonlEventWriter</c>), so that tools reading coder output read store output too. With the one-a-day filter a
/// last field <c>stories</c> gives the number of supporting stories.
/// </summary>
public sealed class StoredEventJsonlWriter : IDisposable
{
    private readonly Stream _stream;
    private readonly Utf8JsonWriter _json;
    private readonly bool _withStories;

    /// <summary>Creates a writer on <paramref name="stream"/> (not disposed); <paramref name="withStories"/> adds <c>stories</c>.</summary>
    public StoredEventJsonlWriter(Stream stream, bool withStories)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _stream = stream;
        _withStories = withStories;
        _json = new Utf8JsonWriter(stream, EventJson.LineOptions);
    }

    /// <summary>Writes every event of <paramref name="events"/>, one line each, and returns how many.</summary>
    public long WriteAll(IEnumerable<StoredEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        long count = 0;
        foreach (StoredEvent e in events)
        {
            Write(e);
            count++;
        }
        _stream.Flush();
        return count;
    }

    /// <summary>Writes one event line.</summary>
    public void Write(StoredEvent stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        EventJson.WriteLine(_json, _stream, stored.Event, stored.Sentence, stored.Trigger,
            _withStories ? json => json.WriteNumber("stories", stored.Stories) : null);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _json.Flush();
        _json.Dispose();
    }
}
