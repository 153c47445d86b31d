using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;
using AngleSharp.Html.Parser;
using CodeHollow.FeedReader;

namespace Parley.Text.Stories;

/// <summary>
/// Reads an RSS (0.91, 1.0, 2.0) or Atom feed with CodeHollow.FeedReader; each item becomes a story: id = the item's
/// id or guid, else its link, else a hash of its title; date = its published date as written (the calendar date of
/// the item's own time zone); title; url = its link; source = the feed's title; text = its content, else its
/// description, with HTML stripped. The origin of an item is the feed's followed by "#N" (N from 1). A feed that is
/// not well-formed XML, or not a feed, is one failure naming the input and line; an item without text is a failure
/// of its own and the other items are read.
/// </summary>
internal static partial class FeedStoryParser
{
    private static readonly HtmlParser Html = new();

    /// <summary>The stories of the feed in <paramref name="content"/> (raw bytes: the XML declaration names the encoding).</summary>
    public static IEnumerable<StoryReadResult> Parse(byte[] content, string origin, DateOnly? defaultDate)
    {
        Feed feed;
        try
        {
            feed = FeedReader.ReadFromByteArray(content);
        }
        catch (XmlException e)
        {
            return [StoryReadResult.Failure(e.LineNumber > 0 ? $"{origin}:{e.LineNumber}" : origin, "malformed feed: " + OneLine(e.Message))];
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A third-party parser on text from the web: XML that is no feed is FeedTypeNotSupportedException, and
            // broken elements can raise other exceptions. Any of them is this input's failure; the run goes on.
            return [StoryReadResult.Failure(origin, "not a readable RSS or Atom feed: " + OneLine(e.Message))];
        }
        if (feed.Items == null || feed.Items.Count == 0)
        {
            return [StoryReadResult.Failure(origin, "feed has no items")];
        }
        string? source = Clean(feed.Title);
        return feed.Items.Select((item, i) => Item(item, $"{origin}#{i + 1}", source, defaultDate)).ToList();
    }

    /// <summary>The calendar date an RSS or Atom date string gives, or null when it gives none.</summary>
    internal static DateOnly? DateOf(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (StoryDateParser.TryParse(text, out DateOnly iso))
        {
            return iso;
        }
        // RFC 822 ("Mon, 14 Mar 2016 10:00:00 +0100", "14 Mar 16 10:00 EST"): the day as written, whatever the zone.
        Match m = Rfc822Date().Match(text);
        if (!m.Success)
        {
            return null;
        }
        int year = int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture);
        year += m.Groups[3].Value.Length == 2 ? (year < 50 ? 2000 : 1900) : 0;
        int month = Array.IndexOf(Months, m.Groups[2].Value[..3].ToLowerInvariant()) + 1;
        int day = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        return month > 0 && year is >= 1 and <= 9999 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
    }

    /// <summary>The visible text of an HTML fragment (or of plain text, which parses as itself), normalised.</summary>
    internal static string StripHtml(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return "";
        }
        using var document = Html.ParseDocument(html);
        return TextDecoder.Normalize(HtmlBodyText.Extract(document)).Trim();
    }

    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    private static StoryReadResult Item(FeedItem item, string origin, string? source, DateOnly? defaultDate)
    {
        string text = StripHtml(item.Content);
        if (text.Length == 0)
        {
            text = StripHtml(item.Description);
        }
        string? title = Clean(item.Title);
        if (text.Length == 0)
        {
            return StoryReadResult.Failure(origin, "feed item has no content or description" + (title is null ? "" : $" ('{title}')"));
        }
        string? link = string.IsNullOrWhiteSpace(item.Link) ? null : item.Link.Trim();
        string id = !string.IsNullOrWhiteSpace(item.Id) ? item.Id.Trim()
            : link ?? "feed-" + StableHash.Of(title ?? text).ToString("x16", CultureInfo.InvariantCulture);
        DateOnly? date = DateOf(item.PublishingDateString)
            ?? (item.PublishingDate is { } published ? DateOnly.FromDateTime(published) : defaultDate);
        return StoryReadResult.Success(new Story(id, date, text, origin, title, link, source));
    }

    private static string? Clean(string? text)
    {
        string clean = StripHtml(text);
        return clean.Length == 0 ? null : clean;
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();

    [GeneratedRegex(@"\b(\d{1,2})\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{4}|\d{2})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Rfc822Date();
}
