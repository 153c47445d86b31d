namespace Parley.Text.Stories;

/// <summary>How <see cref="StoryReader"/> interprets an input.</summary>
public enum StoryInputFormat
{
    /// <summary>
    /// Chosen per input: by file extension (.jsonl/.ndjson/.json → JSONL, .html/.htm/.xhtml → HTML,
    /// .sgm/.sgml → Reuters SGML, .rss/.atom → feed, anything else → text), or for a stream without a usable name
    /// by its first non-blank character ('{' → JSONL, '&lt;' → HTML, anything else → text). An input that would be
    /// read as text (or an .xml file) whose first element is <c>&lt;rss</c>, <c>&lt;feed</c> or <c>&lt;rdf:RDF</c> is
    /// a feed; a URL's content type (RSS, Atom, HTML) is used before sniffing.
    /// </summary>
    Auto,

    /// <summary>The whole input is one story in plain text.</summary>
    Text,

    /// <summary>The whole input is one HTML page whose main article is the story.</summary>
    Html,

    /// <summary>One JSON object per line, each a story with "id", "text" and optional "date", "title", "url", "source".</summary>
    Jsonl,

    /// <summary>
    /// SGML news archives in the Reuters-21578 layout (<c>.sgm</c>): <c>&lt;REUTERS NEWID="…"&gt;</c> records with
    /// <c>&lt;DATE&gt;</c>, <c>&lt;TITLE&gt;</c> and <c>&lt;BODY&gt;</c>.
    /// </summary>
    ReutersSgml,

    /// <summary>An RSS or Atom feed: each item is a story (id or guid, published date, title, link, content or description).</summary>
    Feed,
}
