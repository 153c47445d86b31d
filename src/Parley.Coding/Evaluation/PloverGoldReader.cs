using System.Globalization;
using System.Text.Json;
using Parley.Text;

namespace Parley.Coding.Evaluation;

/// <summary>
/// Reads PLOVER gold records (<c>plover_gsr_cameo_dev.json</c>): a JSON array of objects with <c>id</c>, <c>text</c>,
/// <c>date</c>, <c>event</c> (a PLOVER event type) and <c>source</c> / <c>target</c> lists of actors
/// (<c>code</c>, <c>sector</c>, <c>actorText</c>). The event type becomes CAMEO roots through
/// <see cref="PloverEventTypes"/>; a record whose type has no mapping is skipped with the reason. An actor's country
/// is the first three letters of its code. A <c>source</c> or <c>target</c> that holds a string instead of a list
/// (a few records of the dev file carry their context there) names no actor.
/// </summary>
public static class PloverGoldReader
{
    private static readonly JsonReaderOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>Reads the records of <paramref name="path"/>.</summary>
    /// <exception cref="GoldFormatException">The file is not a JSON array of well-formed records.</exception>
    public static GoldSet Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Parse(File.ReadAllBytes(path), path);
    }

    /// <summary>Reads records from UTF-8 JSON (a BOM is allowed); errors name <paramref name="sourceName"/>.</summary>
    /// <exception cref="GoldFormatException">The input is not a JSON array of well-formed records.</exception>
    public static GoldSet Parse(ReadOnlySpan<byte> json, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(sourceName);
        if (json.StartsWith("\uFEFF"u8))
        {
            json = json[3..];
        }
        var events = new List<GoldEvent>();
        var skipped = new List<SkippedGoldRecord>();
        var lines = new LineCounter();
        var reader = new Utf8JsonReader(json, Options);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
            {
                throw new GoldFormatException(sourceName, 1, "expected a JSON array of PLOVER records");
            }
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                int line = lines.LineOf(json, reader.TokenStartIndex);
                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    throw new GoldFormatException(sourceName, line, $"expected a record object, found {reader.TokenType}");
                }
                using JsonDocument record = JsonDocument.ParseValue(ref reader);
                ReadRecord(record.RootElement, new RecordContext(sourceName, line), events, skipped);
            }
            // Reading past the array reports anything after it as malformed.
            reader.Read();
        }
        catch (JsonException error)
        {
            int line = (int)Math.Min(int.MaxValue, (error.LineNumber ?? 0) + 1);
            throw new GoldFormatException(sourceName, line, $"malformed JSON: {TrimLocation(error.Message)}");
        }
        return new GoldSet(sourceName, GoldFormat.Plover, events, skipped);
    }

    private static void ReadRecord(JsonElement record, RecordContext at, List<GoldEvent> events, List<SkippedGoldRecord> skipped)
    {
        string id = RequiredString(record, "id", at, "(no id)");
        string text = TextDecoder.Normalize(RequiredString(record, "text", at, id));
        string eventType = RequiredString(record, "event", at, id);
        if (PloverEventTypes.RootsOf(eventType) is not { } roots)
        {
            skipped.Add(new SkippedGoldRecord(id, at.Line, $"unknown PLOVER event type '{eventType}'"));
            return;
        }
        DateOnly? date = ReadDate(record, at, id);
        IReadOnlyList<string> sources = Countries(record, "source", at, id);
        IReadOnlyList<string> targets = Countries(record, "target", at, id);
        events.Add(new GoldEvent(id, text, date, roots, sources, targets, eventType));
    }

    private static string RequiredString(JsonElement record, string name, RecordContext at, string id)
    {
        if (!record.TryGetProperty(name, out JsonElement value) || value.ValueKind != JsonValueKind.String
            || value.GetString() is not { } text || string.IsNullOrWhiteSpace(text))
        {
            throw at.Error(id, $"'{name}' is missing or not a non-empty string");
        }
        return text.Trim();
    }

    private static DateOnly? ReadDate(JsonElement record, RecordContext at, string id)
    {
        if (!record.TryGetProperty("date", out JsonElement value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }
        string? text = value.ValueKind == JsonValueKind.String ? value.GetString()?.Trim() : null;
        if (text is "")
        {
            return null;
        }
        if (text is null || !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date))
        {
            throw at.Error(id, $"'date' is not a YYYY-MM-DD date: {value.GetRawText()}");
        }
        return date;
    }

    /// <summary>The distinct countries (first three letters of each actor code) of the list <paramref name="name"/>.</summary>
    private static IReadOnlyList<string> Countries(JsonElement record, string name, RecordContext at, string id)
    {
        if (!record.TryGetProperty(name, out JsonElement list) || list.ValueKind is JsonValueKind.Null or JsonValueKind.String)
        {
            return [];
        }
        if (list.ValueKind != JsonValueKind.Array)
        {
            throw at.Error(id, $"'{name}' is not a list of actors");
        }
        var countries = new List<string>();
        foreach (JsonElement actor in list.EnumerateArray())
        {
            if (actor.ValueKind != JsonValueKind.Object || !actor.TryGetProperty("code", out JsonElement code)
                || code.ValueKind != JsonValueKind.String || code.GetString() is not { } text || text.Trim().Length < 3)
            {
                throw at.Error(id, $"an actor of '{name}' has no code of at least three letters");
            }
            string country = text.Trim()[..3].ToUpperInvariant();
            if (!countries.Contains(country))
            {
                countries.Add(country);
            }
        }
        return countries;
    }

    /// <summary>JsonException appends "LineNumber: 3 | BytePositionInLine: 7." to its message; the line is already in ours.</summary>
    private static string TrimLocation(string message)
    {
        int at = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return at > 0 ? message[..at].TrimEnd() : message;
    }

    private readonly record struct RecordContext(string Source, int Line)
    {
        public GoldFormatException Error(string id, string reason) => new(Source, Line, $"record '{id}': {reason}");
    }

    /// <summary>Turns byte offsets (met in increasing order) into 1-based line numbers without rescanning.</summary>
    private sealed class LineCounter
    {
        private long _offset;
        private int _line = 1;

        public int LineOf(ReadOnlySpan<byte> json, long offset)
        {
            _line += json[(int)_offset..(int)offset].Count((byte)'\n');
            _offset = offset;
            return _line;
        }
    }
}
