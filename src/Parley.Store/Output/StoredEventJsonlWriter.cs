using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Parley.Coding.Events;
using Parley.Coding.Ontology;
using Parley.Store.Queries;

namespace Parley.Store.Output;

/// <summary>
/// Writes stored events in the JSONL contract of <c>parley code</c> (the same fields in the same order, see
/// <c>JsonlEventWriter</c>), so that tools reading coder output read store output too. With the one-a-day filter a
/// last field <c>stories</c> gives the number of supporting stories.
/// </summary>
public sealed class StoredEventJsonlWriter : IDisposable
{
    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    private readonly Stream _stream;
    private readonly Utf8JsonWriter _json;
    private readonly bool _withStories;

    /// <summary>Creates a writer on <paramref name="stream"/> (not disposed); <paramref name="withStories"/> adds <c>stories</c>.</summary>
    public StoredEventJsonlWriter(Stream stream, bool withStories)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _stream = stream;
        _withStories = withStories;
        _json = new Utf8JsonWriter(stream, Options);
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
        CodedEvent e = stored.Event;
        _json.WriteStartObject();
        _json.WriteString("story_id", e.StoryId);
        _json.WriteNumber("sentence_index", e.SentenceIndex);
        WriteStringOrNull("date", e.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        WriteActor("source", e.Source);
        WriteActor("target", e.Target);
        _json.WriteString("code", e.Code);
        _json.WriteString("root", e.Code.Length >= 2 ? e.Code[..2] : e.Code);
        WriteCameo(e.Cameo);
        _json.WriteString("modality", e.Modality.ToString().ToLowerInvariant());
        WriteLocation(e.Location);
        WriteEvidence(stored);
        _json.WriteString("rule", e.Rule);
        if (_withStories)
        {
            _json.WriteNumber("stories", stored.Stories);
        }
        _json.WriteEndObject();
        _json.Flush();
        _json.Reset();
        _stream.WriteByte((byte)'\n');
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _json.Flush();
        _json.Dispose();
    }

    private void WriteCameo(CameoCode? cameo)
    {
        WriteStringOrNull("name", cameo?.Name);
        if (cameo is null)
        {
            _json.WriteNull("quad_class");
            _json.WriteNull("goldstein");
            _json.WriteNull("plover");
            return;
        }
        _json.WriteNumber("quad_class", cameo.QuadClass);
        _json.WriteNumber("goldstein", cameo.Goldstein);
        if (cameo.PloverEvent.Length == 0)
        {
            _json.WriteNull("plover");
            return;
        }
        _json.WriteStartObject("plover");
        _json.WriteString("event", cameo.PloverEvent);
        WriteStringOrNull("mode", cameo.PloverMode.Length == 0 ? null : cameo.PloverMode);
        WriteStringOrNull("context", cameo.PloverContext.Length == 0 ? null : cameo.PloverContext);
        _json.WriteEndObject();
    }

    private void WriteActor(string name, EventActor? actor)
    {
        if (actor is null)
        {
            _json.WriteNull(name);
            return;
        }
        _json.WriteStartObject(name);
        _json.WriteString("code", actor.Code);
        _json.WriteString("text", actor.Text);
        WriteStringOrNull("country", actor.Country);
        WriteStringOrNull("sector", actor.Sector);
        _json.WriteEndObject();
    }

    private void WriteLocation(EventLocation? location)
    {
        if (location is null)
        {
            _json.WriteNull("location");
            return;
        }
        _json.WriteStartObject("location");
        _json.WriteString("name", location.Name);
        _json.WriteString("country", location.Country);
        _json.WriteNumber("lat", location.Latitude);
        _json.WriteNumber("lon", location.Longitude);
        _json.WriteEndObject();
    }

    private void WriteEvidence(StoredEvent stored)
    {
        EventEvidence evidence = stored.Event.Evidence;
        _json.WriteStartObject("evidence");
        _json.WriteString("sentence", stored.Sentence);
        WriteSpan("sentence_span", evidence.Sentence);
        WriteSpan("source_span", evidence.Source);
        WriteSpan("trigger_span", evidence.Trigger);
        WriteSpan("target_span", evidence.Target);
        _json.WriteString("trigger", stored.Trigger);
        _json.WriteEndObject();
    }

    private void WriteSpan(string name, CharSpan? span)
    {
        if (span is not { } s)
        {
            _json.WriteNull(name);
            return;
        }
        _json.WriteStartArray(name);
        _json.WriteNumberValue(s.Start);
        _json.WriteNumberValue(s.End);
        _json.WriteEndArray();
    }

    private void WriteStringOrNull(string name, string? value)
    {
        if (value is null)
        {
            _json.WriteNull(name);
        }
        else
        {
            _json.WriteString(name, value);
        }
    }
}
