using System.Text;

namespace Parley.Text.Stories;

/// <summary>
/// Looks at the first bytes of an input to decide what it is: binary rather than text, a feed, and (for
/// standard input, which has no extension) JSONL, HTML or plain text.
/// </summary>
internal static class InputSniffer
{
    /// <summary>How many leading bytes are sampled.</summary>
    public const int SampleSize = 8192;

    // Above this share of control or undecodable characters, a sample is not text in any sense
    // that the coder could use (plain text has none; Latin-1 prose read as UTF-8 a few percent).
    private const int BinaryPercent = 10;

    /// <summary>Reads up to <see cref="SampleSize"/> bytes (fewer only at the end of the stream).</summary>
    public static int ReadSample(Stream stream, byte[] sample)
    {
        int length = 0;
        while (length < sample.Length)
        {
            int n = stream.Read(sample, length, sample.Length - length);
            if (n == 0)
            {
                break;
            }
            length += n;
        }
        return length;
    }

    /// <summary>
    /// Picks the format of a file from its extension (an .xml file and anything unknown is text here; the reader then
    /// makes it a feed when <see cref="IsFeed"/> says so).
    /// </summary>
    public static StoryInputFormat FormatOfPath(string path)
    {
        string extension = Path.GetExtension(path).ToLowerInvariant();
        return extension switch
        {
            ".jsonl" or ".ndjson" or ".json" => StoryInputFormat.Jsonl,
            ".html" or ".htm" or ".xhtml" => StoryInputFormat.Html,
            ".sgm" or ".sgml" => StoryInputFormat.ReutersSgml,
            ".rss" or ".atom" => StoryInputFormat.Feed,
            _ => StoryInputFormat.Text,
        };
    }

    /// <summary>The format a fetched page's media type names, or null when it names none Parley reads differently.</summary>
    public static StoryInputFormat? FormatOfMediaType(string? mediaType) => mediaType?.ToLowerInvariant() switch
    {
        "application/rss+xml" or "application/atom+xml" or "application/rdf+xml" => StoryInputFormat.Feed,
        "text/html" or "application/xhtml+xml" => StoryInputFormat.Html,
        _ => null,
    };

    /// <summary>
    /// True when the first element of the sample, after an XML declaration, comments, processing instructions and a
    /// doctype, is an RSS (<c>&lt;rss</c>, <c>&lt;rdf:RDF</c>) or Atom (<c>&lt;feed</c>) root.
    /// </summary>
    public static bool IsFeed(ReadOnlySpan<byte> sample)
    {
        ReadOnlySpan<char> text = DecodeForSniffing(sample).AsSpan();
        while (true)
        {
            text = text.TrimStart();
            if (text.StartsWith("<?") || text.StartsWith("<!"))
            {
                // Skip the declaration, a comment or a doctype up to its end (a doctype with an internal subset is
                // rare in feeds and simply ends the sniffing).
                string end = text.StartsWith("<!--") ? "-->" : ">";
                int close = text.IndexOf(end, StringComparison.Ordinal);
                if (close < 0)
                {
                    return false;
                }
                text = text[(close + end.Length)..];
                continue;
            }
            return IsRoot(text, "<rss") || IsRoot(text, "<feed") || IsRoot(text, "<rdf:RDF");
        }
    }

    private static bool IsRoot(ReadOnlySpan<char> text, string start) =>
        text.StartsWith(start, StringComparison.Ordinal) && text.Length > start.Length
        && (char.IsWhiteSpace(text[start.Length]) || text[start.Length] is '>' or '/');

    /// <summary>Picks the format from the first non-blank character: '{' JSONL, a feed root feed, other '&lt;' HTML, else text.</summary>
    public static StoryInputFormat FormatOfContent(ReadOnlySpan<byte> sample)
    {
        if (IsFeed(sample))
        {
            return StoryInputFormat.Feed;
        }
        string text = TextDecoder.Decode(sample);
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }
            return c switch
            {
                '{' => StoryInputFormat.Jsonl,
                '<' => StoryInputFormat.Html,
                _ => StoryInputFormat.Text,
            };
        }
        return StoryInputFormat.Text;
    }

    /// <summary>True when more than a tenth of the sample's characters are controls or undecodable bytes.</summary>
    public static bool LooksBinary(ReadOnlySpan<byte> sample)
    {
        // Decode by BOM first: UTF-16 text is full of zero bytes that are not NUL characters.
        string text = DecodeForSniffing(sample);
        if (text.Length == 0)
        {
            return false;
        }
        int suspicious = 0;
        foreach (char c in text)
        {
            bool control = (c < ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == '\u007F';
            if (control || c == '\uFFFD')
            {
                suspicious++;
            }
        }
        return suspicious * 100L > text.Length * (long)BinaryPercent;
    }

    private static string DecodeForSniffing(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            return Encoding.Unicode.GetString(bytes[2..]);
        }
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            bytes = bytes[3..];
        }
        return Encoding.UTF8.GetString(bytes);
    }
}
