using System.Text;

namespace Parley.Text;

/// <summary>
/// Turns raw bytes into the text a <see cref="Document"/> owns. UTF-8 (with or without BOM) and
/// UTF-16 with a BOM are recognised; invalid byte sequences become U+FFFD and NUL characters become
/// spaces, so that character offsets stay exact and nothing downstream sees control garbage.
/// Line endings are kept as they are: offsets always refer to the decoded text.
/// </summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);
    private static readonly UnicodeEncoding Utf16Le = new(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: false);
    private static readonly UnicodeEncoding Utf16Be = new(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: false);

    /// <summary>Decodes <paramref name="bytes"/> into normalised text.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        string text;
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            text = Utf8.GetString(bytes[3..]);
        }
        else if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            text = Utf16Le.GetString(bytes[2..]);
        }
        else if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            text = Utf16Be.GetString(bytes[2..]);
        }
        else
        {
            text = Utf8.GetString(bytes);
        }
        return Normalize(text);
    }

    /// <summary>How many leading bytes <see cref="LooksBinary"/> looks at.</summary>
    public const int BinarySampleSize = Stories.InputSniffer.SampleSize;

    /// <summary>
    /// True when the first <see cref="BinarySampleSize"/> bytes of <paramref name="bytes"/> are more than a tenth control
    /// characters or undecodable sequences: an image, an archive or a model file rather than text with some junk in it.
    /// </summary>
    public static bool LooksBinary(ReadOnlySpan<byte> bytes) =>
        Stories.InputSniffer.LooksBinary(bytes[..Math.Min(bytes.Length, BinarySampleSize)]);

    /// <summary>Replaces NUL and other C0 controls (except tab, CR, LF, form feed) by spaces, and drops a leading BOM character.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        int firstBad = -1;
        for (int i = start; i < text.Length; i++)
        {
            if (IsBadControl(text[i]))
            {
                firstBad = i;
                break;
            }
        }
        if (firstBad < 0)
        {
            return start == 0 ? text : text[start..];
        }
        return string.Create(text.Length - start, (text, start), static (dest, state) =>
        {
            ReadOnlySpan<char> src = state.text.AsSpan(state.start);
            for (int i = 0; i < src.Length; i++)
            {
                dest[i] = IsBadControl(src[i]) ? ' ' : src[i];
            }
        });
    }

    private static bool IsBadControl(char c) =>
        c < ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f';
}
