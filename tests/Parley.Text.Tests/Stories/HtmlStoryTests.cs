using Parley.Testing;
using AngleSharp.Html.Parser;
using Parley.Text.Stories;

namespace Parley.Text.Tests.Stories;

public sealed class HtmlStoryTests : IDisposable
{
    private const string Paragraph1 =
        "The foreign ministers of Ghana and Togo met in Aflao on Tuesday to settle a long-running dispute over fishing rights along their shared coast, officials from both governments said.";

    private const string Paragraph2 =
        "Under the draft accord, patrol boats from each country would be allowed to inspect trawlers in a ten-mile zone, and a joint commission would hear complaints from local fishermen every quarter.";

    private const string Paragraph3 =
        "The Togolese delegation described the talks as frank but constructive, while a Ghanaian spokesman warned that the agreement still needed the approval of parliament before it could take effect.";

    private const string Paragraph4 =
        "Regional observers from the West African bloc attended the meeting and offered to monitor the first year of the arrangement, a proposal both sides accepted in principle.";

    private static readonly string Page = $$"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <title>Ghana and Togo agree on fishing patrols | The Coastal Ledger</title>
          <style>body { font-family: serif; } .nav a { color: red; }</style>
          <script>window.analyticsQueue = []; trackPageView("fishing-accord");</script>
          <link rel="stylesheet" href="https://cdn.example.org/site.css">
        </head>
        <body>
          <header class="site-header">
            <nav class="nav" id="main-nav">
              <ul>
                <li><a href="/world">World</a></li>
                <li><a href="/business">Business</a></li>
                <li><a href="/sport">Sport</a></li>
                <li><a href="/subscribe">Subscribe today</a></li>
              </ul>
            </nav>
          </header>
          <main>
            <article class="story">
              <h1>Ghana and Togo agree on fishing patrols</h1>
              <p class="byline">By a staff reporter</p>
              <img src="https://img.example.org/boats.jpg" alt="Boats at dawn">
              <p>{{Paragraph1}}</p>
              <p>{{Paragraph2}}</p>
              <p>{{Paragraph3}}</p>
              <p>{{Paragraph4}}</p>
            </article>
            <aside class="sidebar related">
              <h2>Most read</h2>
              <ul><li><a href="/a">Cocoa prices climb</a></li><li><a href="/b">Election calendar published</a></li></ul>
            </aside>
          </main>
          <footer class="site-footer">
            <p>Copyright The Coastal Ledger. All rights reserved. <a href="/privacy">Privacy policy</a></p>
          </footer>
          <script src="https://cdn.example.org/ads.js"></script>
          <script>document.write("advertisement slot");</script>
        </body>
        </html>
        """;

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private static StoryReadResult ReadOne(string path) => Assert.Single(new StoryReader().Read([path]));

    [Fact]
    public void ExtractsTheArticleParagraphsOnly()
    {
        string path = _dir.Write("fishing-accord.html", Page);
        Story story = Assert.IsType<Story>(ReadOne(path).Story);

        Assert.Equal("fishing-accord", story.Id);
        foreach (string paragraph in new[] { Paragraph1, Paragraph2, Paragraph3, Paragraph4 })
        {
            Assert.Contains(paragraph, story.Text, StringComparison.Ordinal);
        }
        Assert.Contains(Paragraph1 + "\n\n" + Paragraph2, story.Text, StringComparison.Ordinal);
        foreach (string junk in new[] { "analyticsQueue", "trackPageView", "advertisement slot", "font-family", "Subscribe today", "Copyright", "Privacy policy", "<p>" })
        {
            Assert.DoesNotContain(junk, story.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void TakesTheTitle()
    {
        string path = _dir.Write("fishing-accord.htm", Page);
        string? title = ReadOne(path).Story!.Title;
        Assert.NotNull(title);
        Assert.StartsWith("Ghana and Togo agree on fishing patrols", title, StringComparison.Ordinal);
    }

    [Fact]
    public void ShortPageKeepsItsText()
    {
        const string html = """
            <html><head><title>Notice</title><script>var hidden = "do not show";</script></head>
            <body><div>Embassy closed.</div><div>Consular services resume <b>Monday</b>.</div><style>div{}</style></body></html>
            """;
        string path = _dir.Write("notice.xhtml", html);
        Story story = ReadOne(path).Story!;
        Assert.Contains("Embassy closed.", story.Text, StringComparison.Ordinal);
        Assert.Contains("Consular services resume Monday.", story.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("do not show", story.Text, StringComparison.Ordinal);
        Assert.Equal("Notice", story.Title);
    }

    [Fact]
    public void PageWhereSmartReaderFindsNothingFallsBackToTheBody()
    {
        // Readability discards <aside> content, so only the body fallback finds this text.
        const string html = """
            <html><head><title>Statement</title><style>aside{margin:0}</style></head>
            <body><aside><p>The ministry condemned the shelling of the border post.</p><p>It summoned the chargé d'affaires.</p></aside>
            <script>init();</script></body></html>
            """;
        string path = _dir.Write("statement.html", html);
        Story story = ReadOne(path).Story!;
        Assert.Equal("The ministry condemned the shelling of the border post.\n\nIt summoned the chargé d'affaires.", story.Text);
        Assert.Equal("Statement", story.Title);
    }

    [Fact]
    public void PageWithoutTextIsAFailure()
    {
        string path = _dir.Write("blank.html", "<html><head><title>Empty</title></head><body><script>render();</script><div>  </div></body></html>");
        Assert.Equal($"{path}: no text in HTML", ReadOne(path).Message);
    }

    [Fact]
    public void BodyTextSeparatesParagraphsWithBlankLines()
    {
        const string html = """
            <body>
              <h2>Talks   resume</h2>
              <p>Delegates   arrived
                 in Lisbon.</p>
              <ul><li>Angola</li><li>Mozambique</li></ul>
              <p>Line one<br>line two</p>
              <noscript>Enable scripts</noscript><template><p>Hidden</p></template>
            </body>
            """;
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = true });
        using var document = parser.ParseDocument(html);
        Assert.Equal("Talks resume\n\nDelegates arrived in Lisbon.\n\nAngola\n\nMozambique\n\nLine one\nline two", HtmlBodyText.Extract(document));
    }

    [Fact]
    public void DeeplyNestedPageDoesNotOverflowTheStack()
    {
        string html = "<body>" + string.Concat(Enumerable.Repeat("<span>", 20_000)) + "Deep text.</body>";
        var parser = new HtmlParser();
        using var document = parser.ParseDocument(html);
        Assert.Equal("Deep text.", HtmlBodyText.Extract(document));
    }
}
