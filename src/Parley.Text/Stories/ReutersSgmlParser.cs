using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace Parley.Text.Stories;

/// <summary>
/// Splits a Reuters-21578 style SGML archive into stories: id "reuters-NEWID", date from <c>&lt;DATE&gt;</c>
/// (26-FEB-1987 15:01:01.79), title, and the body text with SGML entities decoded. A record without a body (a
/// "brief") is its title alone; a record with neither is reported as a failure naming its position.
/// </summary>
internal static partial class ReutersSgmlParser
{
    public static IEnumerable<StoryReadResult> Parse(string archive, string origin)
    {
        ArgumentNullException.ThrowIfNull(archive);
        bool any = false;
        int line = 1;
        int counted = 0;
        foreach (Match record in RecordPattern().Matches(archive))
        {
            any = true;
            line += CountLines(archive, counted, record.Index);
            counted = record.Index;
            yield return ParseRecord(record.Groups["attributes"].Value, record.Groups["body"].Value, $"{origin}:{line}");
        }
        if (!any)
        {
            yield return StoryReadResult.Failure(origin, "no <REUTERS> records");
        }
    }

    private static StoryReadResult ParseRecord(string attributes, string content, string origin)
    {
        string? newId = AttributePattern().Match(attributes) is { Success: true } m ? m.Groups[1].Value : null;
        if (newId is null)
        {
            return StoryReadResult.Failure(origin, "record without NEWID");
        }
        string? title = Element(content, "TITLE");
        string? body = Element(content, "BODY") ?? UnprocessedText(content);
        string text = (body ?? title ?? "").Trim();
        if (text.Length == 0)
        {
            return StoryReadResult.Failure(origin, $"story 'reuters-{newId}' has no text");
        }
        return StoryReadResult.Success(new Story($"reuters-{newId}", ParseDate(Element(content, "DATE")), text, origin, title));
    }

    private static string? Element(string content, string name)
    {
        int start = content.IndexOf($"<{name}>", StringComparison.Ordinal);
        int end = start < 0 ? -1 : content.IndexOf($"</{name}>", start, StringComparison.Ordinal);
        if (end < 0)
        {
            return null;
        }
        string raw = content[(start + name.Length + 2)..end];
        return ControlPattern().Replace(WebUtility.HtmlDecode(raw), " ");
    }

    /// <summary>The text of a <c>&lt;TEXT TYPE="UNPROC"&gt;</c> record (tables and notices without a body), tags removed.</summary>
    private static string? UnprocessedText(string content)
    {
        int open = content.IndexOf("<TEXT", StringComparison.Ordinal);
        int start = open < 0 ? -1 : content.IndexOf('>', open) + 1;
        int end = start <= 0 ? -1 : content.IndexOf("</TEXT>", start, StringComparison.Ordinal);
        if (end < 0)
        {
            return null;
        }
        string text = TagPattern().Replace(content[start..end], " ");
        return ControlPattern().Replace(WebUtility.HtmlDecode(text), " ");
    }

    private static DateOnly? ParseDate(string? text)
    {
        // " 3-MAR-1987 10:15:00.00": single-digit days are padded with a space, and the time follows.
        string day = (text ?? "").Trim().Split(' ')[0];
        return DateOnly.TryParseExact(day, "d-MMM-yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None,
            out DateOnly date) ? date : null;
    }

    private static int CountLines(string text, int start, int end)
    {
        int count = 0;
        for (int i = start; i < end; i++)
        {
            count += text[i] == '\n' ? 1 : 0;
        }
        return count;
    }

    [GeneratedRegex("<REUTERS(?<attributes>[^>]*)>(?<body>.*?)</REUTERS>", RegexOptions.Singleline)]
    private static partial Regex RecordPattern();

    [GeneratedRegex("NEWID=\"(\\d+)\"")]
    private static partial Regex AttributePattern();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex TagPattern();

    [GeneratedRegex("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]")]
    private static partial Regex ControlPattern();
}
