using System.Text.Json;
using Parley.Coding.Events;
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
    private readonly Stream _stream;
    private readonly bool _ownsStream;
    private readonly Utf8JsonWriter _json;

    /// <summary>Creates a writer on <paramref name="stream"/>; <paramref name="ownsStream"/> closes it on dispose.</summary>
    public JsonlEventWriter(Stream stream, bool ownsStream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _stream = stream;
        _ownsStream = ownsStream;
        _json = new Utf8JsonWriter(stream, EventJson.LineOptions);
    }

    /// <inheritdoc />
    public void Write(Story story, IReadOnlyList<CodedEvent> events)
    {
        ArgumentNullException.ThrowIfNull(story);
        ArgumentNullException.ThrowIfNull(events);
        foreach (CodedEvent e in events)
        {
            EventJson.WriteLine(_json, _stream, e, e.Evidence.Sentence.Slice(story.Text), e.Evidence.Trigger.Slice(story.Text));
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
}
