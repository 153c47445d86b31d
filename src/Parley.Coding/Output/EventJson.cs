using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Parley.Coding.Events;
using Parley.Coding.Ontology;

namespace Parley.Coding.Output;

/// <summary>
/// The JSON object of one event in the <c>parley code</c> contract, shared by the JSONL writer and the store's
/// export so both write the same fields in the same order.
/// </summary>
public static class EventJson
{
    /// <summary>The writer options of event lines: readable non-ASCII text, no re-validation of what this class writes.</summary>
    public static JsonWriterOptions LineOptions { get; } = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    /// <summary>
    /// Writes <paramref name="e"/> as one line of JSONL on <paramref name="stream"/> through <paramref name="json"/>
    /// (created on that stream with <see cref="LineOptions"/>): the object, then a line break.
    /// </summary>
    public static void WriteLine(Utf8JsonWriter json, Stream stream, CodedEvent e, string sentence, string trigger,
        Action<Utf8JsonWriter>? extra = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        WriteObject(json, e, sentence, trigger, extra);
        json.Flush();
        json.Reset();
        stream.WriteByte((byte)'\n');
    }

    /// <summary>
    /// Writes <paramref name="e"/> as one JSON object; <paramref name="sentence"/> and <paramref name="trigger"/> are
    /// the evidence texts. <paramref name="extra"/> may add fields after the contract's own (the store adds
    /// <c>stories</c>).
    /// </summary>
    public static void WriteObject(Utf8JsonWriter json, CodedEvent e, string sentence, string trigger, Action<Utf8JsonWriter>? extra = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(trigger);
        json.WriteStartObject();
        json.WriteString("story_id", e.StoryId);
        json.WriteNumber("sentence_index", e.SentenceIndex);
        WriteDate(json, "date", e.Date);
        WriteActor(json, "source", e.Source);
        WriteActor(json, "target", e.Target);
        json.WriteString("code", e.Code);
        json.WriteString("root", e.Root);
        CameoCode? cameo = e.Cameo;
        WriteStringOrNull(json, "name", cameo?.Name);
        if (cameo is null)
        {
            json.WriteNull("quad_class");
            json.WriteNull("goldstein");
            json.WriteNull("plover");
        }
        else
        {
            json.WriteNumber("quad_class", cameo.QuadClass);
            json.WriteNumber("goldstein", cameo.Goldstein);
            WritePlover(json, cameo);
        }
        json.WriteString("modality", ModalityNames.Of(e.Modality));
        WriteLocation(json, e.Location);
        WriteEvidence(json, e.Evidence, sentence, trigger);
        json.WriteString("rule", e.Rule);
        extra?.Invoke(json);
        json.WriteEndObject();
    }

    private static void WriteActor(Utf8JsonWriter json, string name, EventActor? actor)
    {
        if (actor is null)
        {
            json.WriteNull(name);
            return;
        }
        json.WriteStartObject(name);
        json.WriteString("code", actor.Code);
        json.WriteString("text", actor.Text);
        WriteStringOrNull(json, "country", actor.Country);
        WriteStringOrNull(json, "sector", actor.Sector);
        json.WriteBoolean("implied", actor.Implied);
        json.WriteEndObject();
    }

    private static void WritePlover(Utf8JsonWriter json, CameoCode cameo)
    {
        if (!cameo.HasPlover)
        {
            json.WriteNull("plover");
            return;
        }
        json.WriteStartObject("plover");
        json.WriteString("event", cameo.PloverEvent);
        WriteStringOrNull(json, "mode", cameo.PloverModeOrNull);
        WriteStringOrNull(json, "context", cameo.PloverContextOrNull);
        json.WriteEndObject();
    }

    private static void WriteLocation(Utf8JsonWriter json, EventLocation? location)
    {
        if (location is null)
        {
            json.WriteNull("location");
            return;
        }
        json.WriteStartObject("location");
        json.WriteString("name", location.Name);
        json.WriteString("country", location.Country);
        json.WriteNumber("lat", location.Latitude);
        json.WriteNumber("lon", location.Longitude);
        json.WriteEndObject();
    }

    private static void WriteEvidence(Utf8JsonWriter json, EventEvidence evidence, string sentence, string trigger)
    {
        json.WriteStartObject("evidence");
        json.WriteString("sentence", sentence);
        WriteSpan(json, "sentence_span", evidence.Sentence);
        WriteSpan(json, "source_span", evidence.Source);
        WriteSpan(json, "trigger_span", evidence.Trigger);
        WriteSpan(json, "target_span", evidence.Target);
        json.WriteString("trigger", trigger);
        json.WriteEndObject();
    }

    private static void WriteSpan(Utf8JsonWriter json, string name, CharSpan? span)
    {
        if (span is not { } s)
        {
            json.WriteNull(name);
            return;
        }
        json.WriteStartArray(name);
        json.WriteNumberValue(s.Start);
        json.WriteNumberValue(s.End);
        json.WriteEndArray();
    }

    private static void WriteDate(Utf8JsonWriter json, string name, DateOnly? date)
    {
        if (date is { } d)
        {
            json.WriteString(name, d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void WriteStringOrNull(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }
}
