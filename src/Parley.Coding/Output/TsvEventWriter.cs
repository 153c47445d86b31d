using System.Globalization;
using System.Text;
using Parley.Coding.Events;
using Parley.Text.Stories;

namespace Parley.Coding.Output;

/// <summary>
/// GDELT-like tab-separated events: one header line, then one event per line with the GDELT 2.0 event column
/// names where Parley has the field (SQLDATE, Actor1Code, EventCode, EventBaseCode, EventRootCode, QuadClass,
/// GoldsteinScale, ActionGeo_*), plus Parley's story, sentence, modality, spans and rule. Tabs and line breaks
/// inside text become spaces so every event stays on one line.
/// </summary>
public sealed class TsvEventWriter : IEventWriter
{
    /// <summary>The header line.</summary>
    public const string Header = "StoryId\tSentenceIndex\tSQLDATE\tActor1Code\tActor1Name\tActor1CountryCode\tActor2Code\t"
        + "Actor2Name\tActor2CountryCode\tEventCode\tEventBaseCode\tEventRootCode\tQuadClass\tGoldsteinScale\tModality\t"
        + "ActionGeo_FullName\tActionGeo_CountryCode\tActionGeo_Lat\tActionGeo_Long\tTrigger\tTriggerStart\tTriggerEnd\tRule";

    private readonly TextWriter _writer;
    private readonly bool _ownsWriter;
    private readonly StringBuilder _line = new();

    /// <summary>Creates a writer and writes the header.</summary>
    public TsvEventWriter(TextWriter writer, bool ownsWriter)
    {
        ArgumentNullException.ThrowIfNull(writer);
        _writer = writer;
        _ownsWriter = ownsWriter;
        _writer.WriteLine(Header);
    }

    /// <inheritdoc />
    public void Write(Story story, IReadOnlyList<CodedEvent> events)
    {
        ArgumentNullException.ThrowIfNull(story);
        ArgumentNullException.ThrowIfNull(events);
        foreach (CodedEvent e in events)
        {
            _line.Clear();
            Append(e.StoryId).Append(e.SentenceIndex.ToString(CultureInfo.InvariantCulture));
            Append(e.Date?.ToString("yyyyMMdd", CultureInfo.InvariantCulture));
            Append(e.Source?.Code).Append(e.Source?.Text).Append(e.Source?.Country);
            Append(e.Target?.Code).Append(e.Target?.Text).Append(e.Target?.Country);
            Append(e.Code).Append(e.Code.Length >= 3 ? e.Code[..3] : e.Code).Append(e.Root);
            Append(e.Cameo?.QuadClass.ToString(CultureInfo.InvariantCulture));
            Append(e.Cameo?.Goldstein.ToString(CultureInfo.InvariantCulture));
            Append(ModalityNames.Of(e.Modality));
            Append(e.Location?.Name).Append(e.Location?.Country);
            Append(e.Location?.Latitude.ToString(CultureInfo.InvariantCulture));
            Append(e.Location?.Longitude.ToString(CultureInfo.InvariantCulture));
            Append(e.Evidence.Trigger.Slice(story.Text));
            Append(e.Evidence.Trigger.Start.ToString(CultureInfo.InvariantCulture));
            Append(e.Evidence.Trigger.End.ToString(CultureInfo.InvariantCulture));
            _line.Append(Clean(e.Rule));
            _writer.WriteLine(_line);
        }
    }

    /// <inheritdoc />
    public void Flush() => _writer.Flush();

    /// <inheritdoc />
    public void Dispose()
    {
        _writer.Flush();
        if (_ownsWriter)
        {
            _writer.Dispose();
        }
    }

    private TsvEventWriter Append(string? value)
    {
        _line.Append(Clean(value)).Append('\t');
        return this;
    }

    private static string Clean(string? value) =>
        value is null ? "" : value.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
}
