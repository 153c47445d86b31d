using System.Text;

namespace Parley.Coding.Evaluation;

/// <summary>
/// Decodes text files of unknown 8-bit encoding and repairs "mojibake": UTF-8 bytes that were once read in a
/// single-byte code page and written again as characters. Windows-1252 gives the familiar <c>â€™</c> for ’; the
/// ICEWS codebook went through Mac Roman and then Windows-1252, which gives <c>‚Äô</c>. Each run of such characters
/// that maps back, one byte per character, to exactly one well-formed UTF-8 sequence is replaced by the character
/// it encodes. Text that does not decode that way (a lone "é", a "£") is left alone, so correct text is unchanged
/// unless it happens to spell a valid UTF-8 sequence in one of these code pages, which English news never does.
/// </summary>
public static class MojibakeRepair
{
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)
        ?? throw new InvalidOperationException("code page 1252 is not available");
    private static readonly Dictionary<char, byte> Windows1252Bytes = UpperHalf(1252);
    private static readonly Dictionary<char, byte> MacRomanBytes = UpperHalf(10000);
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Decodes <paramref name="bytes"/>: UTF-8 (a BOM is dropped) when they are valid UTF-8, else Windows-1252 (every
    /// byte is a character there, so nothing is lost); then repairs mojibake.
    /// </summary>
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            text = Windows1252.GetString(bytes);
        }
        return Repair(text);
    }

    /// <summary>Replaces mojibake sequences (Windows-1252 or Mac Roman readings of UTF-8) by the characters they encode.</summary>
    public static string Repair(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int first = text.AsSpan().IndexOfAnyExceptInRange('\0', '\u007F');
        if (first < 0)
        {
            return text;
        }
        var result = new StringBuilder(text.Length);
        result.Append(text, 0, first);
        int i = first;
        while (i < text.Length)
        {
            int used = TryRepairAt(text, i, Windows1252Bytes, result);
            if (used == 0)
            {
                used = TryRepairAt(text, i, MacRomanBytes, result);
            }
            if (used == 0)
            {
                result.Append(text[i]);
                used = 1;
            }
            i += used;
        }
        return result.ToString();
    }

    /// <summary>
    /// When the characters at <paramref name="start"/>, one byte each in <paramref name="codePage"/>, form one
    /// well-formed UTF-8 sequence of two to four bytes, appends the decoded character and returns the number of
    /// characters read; otherwise returns 0.
    /// </summary>
    private static int TryRepairAt(string text, int start, Dictionary<char, byte> codePage, StringBuilder result)
    {
        if (text[start] < '\u0080' || !codePage.TryGetValue(text[start], out byte lead))
        {
            return 0;
        }
        int length = lead switch
        {
            >= 0xC2 and <= 0xDF => 2,
            >= 0xE0 and <= 0xEF => 3,
            >= 0xF0 and <= 0xF4 => 4,
            _ => 0,
        };
        if (length == 0 || start + length > text.Length)
        {
            return 0;
        }
        Span<byte> bytes = stackalloc byte[4];
        bytes[0] = lead;
        for (int k = 1; k < length; k++)
        {
            if (!codePage.TryGetValue(text[start + k], out byte next) || next is < 0x80 or > 0xBF)
            {
                return 0;
            }
            bytes[k] = next;
        }
        try
        {
            result.Append(StrictUtf8.GetString(bytes[..length]));
            return length;
        }
        catch (DecoderFallbackException)
        {
            // Overlong forms and surrogates pass the byte-range checks but are not UTF-8.
            return 0;
        }
    }

    /// <summary>The upper half of a single-byte code page, character to byte (bytes the code page leaves undefined are absent).</summary>
    private static Dictionary<char, byte> UpperHalf(int number)
    {
        Encoding encoding = CodePagesEncodingProvider.Instance.GetEncoding(number)
            ?? throw new InvalidOperationException($"code page {number} is not available");
        var table = new Dictionary<char, byte>();
        for (int b = 0x80; b <= 0xFF; b++)
        {
            string decoded = encoding.GetString([(byte)b]);
            if (decoded.Length == 1 && decoded[0] != '\uFFFD')
            {
                table.TryAdd(decoded[0], (byte)b);
            }
        }
        return table;
    }
}
