using System.Text.Json;

namespace Parley.Text.Stories;

/// <summary>
/// Turns one JSONL line into a <see cref="Story"/> or a one-line reason why it is none. Nothing here
/// throws for bad input: a corpus of millions of lines should report its few broken ones and go on.
/// </summary>
internal static class JsonlStoryParser
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 64 };

    public static StoryReadResult Parse(string line, string origin, DateOnly? defaultDate)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line, Options);
        }
        catch (JsonException e)
        {
            return StoryReadResult.Failure(origin, "invalid JSON: " + DescribeJsonError(e));
        }
        using (document)
        {
            JsonElement root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return StoryReadResult.Failure(origin, $"expected a JSON object, found {Describe(root.ValueKind)}");
            }
            return ParseObject(root, origin, defaultDate);
        }
    }

    private static StoryReadResult ParseObject(JsonElement root, string origin, DateOnly? defaultDate)
    {
        // Every field is read (each sets its out value even when it fails) and the first error wins.
        string? idError = ReadId(root, out string id);
        string? textError = ReadText(root, out string text);
        string? dateError = ReadDate(root, defaultDate, out DateOnly? date);
        string? titleError = ReadOptional(root, "title", out string? title);
        string? urlError = ReadOptional(root, "url", out string? url);
        string? sourceError = ReadOptional(root, "source", out string? source);
        string? error = idError ?? textError ?? dateError ?? titleError ?? urlError ?? sourceError;
        if (error != null)
        {
            return StoryReadResult.Failure(origin, error);
        }
        return StoryReadResult.Success(new Story(id, date, text, origin, title, url, source));
    }

    private static string? ReadId(JsonElement root, out string id)
    {
        id = "";
        if (!root.TryGetProperty("id", out JsonElement value) || value.ValueKind == JsonValueKind.Null)
        {
            return "missing \"id\"";
        }
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                id = value.GetString()!.Trim();
                return id.Length == 0 ? "empty \"id\"" : null;
            case JsonValueKind.Number:
                // The number as written: 007 is not valid JSON, but 1e3 stays "1e3" rather than "1000".
                id = value.GetRawText();
                return null;
            default:
                return $"\"id\" must be a string or a number, found {Describe(value.ValueKind)}";
        }
    }

    private static string? ReadText(JsonElement root, out string text)
    {
        text = "";
        if (!root.TryGetProperty("text", out JsonElement value) || value.ValueKind == JsonValueKind.Null)
        {
            return "missing \"text\"";
        }
        if (value.ValueKind != JsonValueKind.String)
        {
            return $"\"text\" must be a string, found {Describe(value.ValueKind)}";
        }
        // JSON escapes can carry NUL and other controls; normalise them as file text would be.
        text = TextDecoder.Normalize(value.GetString()!);
        return string.IsNullOrWhiteSpace(text) ? "empty story" : null;
    }

    private static string? ReadDate(JsonElement root, DateOnly? defaultDate, out DateOnly? date)
    {
        date = defaultDate;
        if (!root.TryGetProperty("date", out JsonElement value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }
        // Some feeds write YYYYMMDD as a bare number; read it like the string form.
        string? written = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
        if (written == null)
        {
            return $"\"date\" must be a string, found {Describe(value.ValueKind)}";
        }
        if (string.IsNullOrWhiteSpace(written))
        {
            return null;
        }
        if (!StoryDateParser.TryParse(written, out DateOnly parsed))
        {
            return $"bad \"date\" \"{Shorten(written)}\" ({StoryDateParser.ExpectedForms})";
        }
        date = parsed;
        return null;
    }

    private static string? ReadOptional(JsonElement root, string name, out string? result)
    {
        result = null;
        if (!root.TryGetProperty(name, out JsonElement value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }
        if (value.ValueKind != JsonValueKind.String)
        {
            return $"\"{name}\" must be a string, found {Describe(value.ValueKind)}";
        }
        string text = TextDecoder.Normalize(value.GetString()!).Trim();
        result = text.Length == 0 ? null : text;
        return null;
    }

    private static string DescribeJsonError(JsonException e)
    {
        // System.Text.Json appends "LineNumber: 0 | BytePositionInLine: N." to its messages; within
        // one JSONL line only the position means anything, so say it plainly.
        string message = e.Message;
        int cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut >= 0)
        {
            message = message[..cut];
        }
        message = message.TrimEnd('.', ' ');
        return e.BytePositionInLine is long position ? $"{message} (at byte {position + 1})" : message;
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
