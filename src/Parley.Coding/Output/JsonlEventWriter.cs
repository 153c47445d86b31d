using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Parley.Coding.Events;
using Parley.Coding.Ontology;
using Parley.Text.Stories;

namespace Parley.Coding.Output;

/// <summary>
/// The JSONL contract of <c>parley code</c>: one event per line with story, sentence, date, source and target
/// (code, text, country, sector), the code with its CAMEO name, root, quad class, Goldstein value and PLOVER
/// mapping, the modality, the location, the evidence (sentence text and character spans into the story) and the
/// dictionary rule that fired.
/// </summary>
public sealed class JsonlEventWriter : IEventWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    private readonly Stream _stream;
    private readonly bool _ownsStream;
    private readonly Utf8JsonWriter _json;

    /// <summary>Creates a writer on <paramref name="stream"/>; <paramref name="ownsStream"/> closes it on dispose.</summary>
    public JsonlEventWriter(Stream stream, bool ownsStream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _stream = stream;
        _ownsStream = ownsStream;
        _json = new Utf8JsonWriter(stream, Options);
    }

    /// <inheritdoc />
    public void Write(Story story, IReadOnlyList<CodedEvent> events)
    {
        ArgumentNullException.ThrowIfNull(story);
        ArgumentNullException.ThrowIfNull(events);
        foreach (CodedEvent e in events)
        {
            WriteEvent(story, e);
            _json.Flush();
            _json.Reset();
            _stream.WriteByte((byte)'\n');
        }
    }

    /// <inheritdoc />
    public void Flush()
    {
        _json.Flush();
        _stream.Flush();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Flush();
        _json.Dispose();
        if (_ownsStream)
        {
            _stream.Dispose();
        }
    }

    private void WriteEvent(Story story, CodedEvent e)
    {
        _json.WriteStartObject();
        _json.WriteString("story_id", e.StoryId);
        _json.WriteNumber("sentence_index", e.SentenceIndex);
        WriteDate("date", e.Date);
        WriteActor("source", e.Source);
        WriteActor("target", e.Target);
        _json.WriteString("code", e.Code);
        _json.WriteString("root", e.Code.Length >= 2 ? e.Code[..2] : e.Code);
        CameoCode? cameo = e.Cameo;
        WriteStringOrNull("name", cameo?.Name);
        if (cameo is null)
        {
            _json.WriteNull("quad_class");
            _json.WriteNull("goldstein");
            _json.WriteNull("plover");
        }
        else
        {
            _json.WriteNumber("quad_class", cameo.QuadClass);
            _json.WriteNumber("goldstein", cameo.Goldstein);
            WritePlover(cameo);
        }
        _json.WriteString("modality", e.Modality.ToString().ToLowerInvariant());
        WriteLocation(e.Location);
        WriteEvidence(story, e.Evidence);
        _json.WriteString("rule", e.Rule);
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

    private void WritePlover(CameoCode cameo)
    {
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

    private void WriteEvidence(Story story, EventEvidence evidence)
    {
        _json.WriteStartObject("evidence");
        _json.WriteString("sentence", evidence.Sentence.Slice(story.Text));
        WriteSpan("sentence_span", evidence.Sentence);
        WriteSpan("source_span", evidence.Source);
        WriteSpan("trigger_span", evidence.Trigger);
        WriteSpan("target_span", evidence.Target);
        _json.WriteString("trigger", evidence.Trigger.Slice(story.Text));
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

    private void WriteDate(string name, DateOnly? date)
    {
        if (date is { } d)
        {
            _json.WriteString(name, d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        else
        {
            _json.WriteNull(name);
        }
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
