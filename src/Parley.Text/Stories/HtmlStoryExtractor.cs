using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using SmartReader;

namespace Parley.Text.Stories;

/// <summary>
/// Extracts the article of an HTML page with SmartReader (Mozilla Readability), falling back to the
/// whole body text when it finds none. Everything runs on the given string: the page is parsed by
/// AngleSharp without a loader, and SmartReader is handed the parsed document, so nothing (page,
/// images, styles) is ever fetched.
/// </summary>
internal static class HtmlStoryExtractor
{
    // SmartReader resolves relative links against the page address; with a document given it never
    // requests it, so any absolute placeholder does.
    private const string PlaceholderUri = "http://localhost/";

    /// <summary>Returns the page title (null when it has none) and the normalised article text.</summary>
    public static (string? Title, string Text) Extract(string html)
    {
        // Scripting on, as SmartReader parses pages itself: <noscript> content then stays out of the DOM.
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = true });
        (string? title, string text) = ExtractArticle(parser.ParseDocument(html));
        if (string.IsNullOrWhiteSpace(text))
        {
            using IHtmlDocument document = parser.ParseDocument(html);
            text = HtmlBodyText.Extract(document);
            title ??= Clean(document.Title);
        }
        return (title, TextDecoder.Normalize(text));
    }

    private static (string? Title, string Text) ExtractArticle(IHtmlDocument document)
    {
        // The reader owns and disposes the document; the article text is computed lazily from it,
        // so it is taken before the reader goes.
        using var reader = new Reader(PlaceholderUri, document);
        Article article = reader.GetArticle();
        string? title = Clean(article.Title);
        // IsReadable is not consulted: it is SmartReader's cheap guess made before extraction (false
        // for any page without a 140-character paragraph), and the text it still extracts from short
        // pages is cleaner than the raw body. "No article" is an empty result or a failed run.
        string text = article.Completed ? article.TextContent ?? "" : "";
        return (title, text);
    }

    private static string? Clean(string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }
        return TextDecoder.Normalize(title).Trim();
    }
}
