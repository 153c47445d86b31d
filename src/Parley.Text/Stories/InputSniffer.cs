using System.Text;

namespace Parley.Text.Stories;

/// <summary>
/// Looks at the first bytes of an input to decide what it is: binary rather than text, and (for
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

    /// <summary>Picks the format of a file from its extension.</summary>
    public static StoryInputFormat FormatOfPath(string path)
    {
        string extension = Path.GetExtension(path).ToLowerInvariant();
        return extension switch
        {
            ".jsonl" or ".ndjson" or ".json" => StoryInputFormat.Jsonl,
            ".html" or ".htm" or ".xhtml" => StoryInputFormat.Html,
            ".sgm" or ".sgml" => StoryInputFormat.ReutersSgml,
            _ => StoryInputFormat.Text,
        };
    }

    /// <summary>Picks the format from the first non-blank character: '{' JSONL, '&lt;' HTML, else text.</summary>
    public static StoryInputFormat FormatOfContent(ReadOnlySpan<byte> sample)
    {
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
