using System.Net;
using System.Text;
using Parley.Testing;
using Parley.Text.Stories;

namespace Parley.Text.Tests.Stories;

/// <summary>RSS and Atom feeds as story inputs: files, sniffed streams, malformed XML and http(s) URLs (fixtures written for Parley).</summary>
public sealed class FeedStoryTests : IDisposable
{
    private const string Rss = """
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
          <channel>
            <title>The Coastal Ledger &amp; Friends</title>
            <link>https://ledger.example.org/</link>
            <description>Invented news for Parley's tests</description>
            <item>
              <title>Ghana and Togo agree on fishing patrols</title>
              <link>https://ledger.example.org/world/fishing-accord</link>
              <guid isPermaLink="false">ledger-2016-0314-01</guid>
              <pubDate>Mon, 14 Mar 2016 23:30:00 -0500</pubDate>
              <description>Short teaser that the full content replaces.</description>
              <content:encoded><![CDATA[<p>The foreign ministers of <b>Ghana</b> and Togo met in Aflao on Tuesday.</p><script>track()</script><p>Both sides signed a draft accord.</p>]]></content:encoded>
            </item>
            <item>
              <title>Kenya condemns border raid</title>
              <link>https://ledger.example.org/africa/border-raid</link>
              <pubDate>Tue, 15 Mar 2016 08:00:00 GMT</pubDate>
              <description>&lt;p&gt;Kenya condemned a raid by gunmen near its border with Somalia.&lt;/p&gt;</description>
            </item>
            <item>
              <title>Headline only</title>
            </item>
            <item>
              <description>Malawi and Zambia opened a new border post on Friday.</description>
            </item>
          </channel>
        </rss>
        """;

    private const string Atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <!-- an Atom feed written for Parley -->
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title>Harbour Wire</title>
          <id>urn:uuid:5a7c1e52-0000-4000-8000-000000000001</id>
          <updated>2016-03-15T10:00:00Z</updated>
          <entry>
            <title type="html">Chile &amp;amp; Peru resume talks</title>
            <link href="https://wire.example.net/chile-peru"/>
            <id>urn:uuid:5a7c1e52-0000-4000-8000-000000000002</id>
            <published>2016-03-15T23:10:00+09:00</published>
            <updated>2016-03-16T01:00:00Z</updated>
            <content type="html">&lt;div&gt;&lt;p&gt;Chile and Peru resumed maritime talks in Lima.&lt;/p&gt;&lt;/div&gt;</content>
          </entry>
        </feed>
        """;

    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void RssItemsBecomeStoriesWithIdDateTitleLinkSourceAndTextWithoutHtml()
    {
        string path = _directory.Write("ledger.rss", Rss);
        List<StoryReadResult> items = new StoryReader(defaultDate: new DateOnly(2000, 1, 1)).Read([path]).ToList();
        Assert.Equal(4, items.Count);

        Story first = items[0].Story!;
        Assert.Equal("ledger-2016-0314-01", first.Id);
        // The item's own calendar day, not the UTC one (which would be 15 March).
        Assert.Equal(new DateOnly(2016, 3, 14), first.Date);
        Assert.Equal("Ghana and Togo agree on fishing patrols", first.Title);
        Assert.Equal("https://ledger.example.org/world/fishing-accord", first.Url);
        Assert.Equal("The Coastal Ledger & Friends", first.Source);
        Assert.Equal(path + "#1", first.Origin);
        Assert.Equal("The foreign ministers of Ghana and Togo met in Aflao on Tuesday.\n\nBoth sides signed a draft accord.", first.Text);

        Story second = items[1].Story!;
        Assert.Equal("https://ledger.example.org/africa/border-raid", second.Id);
        Assert.Equal(new DateOnly(2016, 3, 15), second.Date);
        Assert.Equal("Kenya condemned a raid by gunmen near its border with Somalia.", second.Text);

        Assert.False(items[2].IsSuccess);
        Assert.Equal(path + "#3: feed item has no content or description ('Headline only')", items[2].Message);

        Story fourth = items[3].Story!;
        Assert.StartsWith("feed-", fourth.Id, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2000, 1, 1), fourth.Date);
        Assert.Null(fourth.Title);
    }

    [Fact]
    public void AtomEntriesBecomeStories()
    {
        string path = _directory.Write("wire.atom", Atom);
        Story story = Assert.Single(new StoryReader().Read([path])).Story!;
        Assert.Equal("urn:uuid:5a7c1e52-0000-4000-8000-000000000002", story.Id);
        Assert.Equal(new DateOnly(2016, 3, 15), story.Date);
        Assert.Equal("Chile & Peru resume talks", story.Title);
        Assert.Equal("https://wire.example.net/chile-peru", story.Url);
        Assert.Equal("Harbour Wire", story.Source);
        Assert.Equal("Chile and Peru resumed maritime talks in Lima.", story.Text);
    }

    [Fact]
    public void FeedsAreRecognisedByXmlRootStandardInputAndTheFeedFormat()
    {
        string xml = _directory.Write("news.xml", Atom);
        Assert.Equal("Harbour Wire", Assert.Single(new StoryReader().Read([xml])).Story!.Source);
        string plain = _directory.Write("notes.xml", "<notes>Chile and Peru met.</notes>");
        Assert.Equal("notes", Assert.Single(new StoryReader().Read([plain])).Story!.Id);
        using var stdin = new MemoryStream(Encoding.UTF8.GetBytes("\uFEFF" + Rss));
        Assert.Equal(4, new StoryReader(openStandardInput: () => stdin).Read(["-"]).Count());
        string odd = _directory.Write("feed.txt", Rss);
        Assert.Equal(4, new StoryReader(StoryInputFormat.Feed).Read([odd]).Count());
        Assert.Equal(StoryInputFormat.Feed, InputSniffer.FormatOfPath("x.RSS"));
        Assert.True(InputSniffer.IsFeed(Encoding.UTF8.GetBytes("<?xml version='1.0'?>\n<!DOCTYPE rss>\n<rss version=\"0.91\">")));
        Assert.True(InputSniffer.IsFeed(Encoding.UTF8.GetBytes("<rdf:RDF xmlns:rdf=\"x\">")));
        Assert.False(InputSniffer.IsFeed(Encoding.UTF8.GetBytes("<rsstuff>")));
        Assert.False(InputSniffer.IsFeed(Encoding.UTF8.GetBytes("<html><body><feed>")));
    }

    [Fact]
    public void AMalformedFeedIsOneFailureNamingFileAndLineAndTheRunGoesOn()
    {
        string broken = _directory.Write("broken.rss", "<?xml version=\"1.0\"?>\n<rss version=\"2.0\">\n<channel>\n<item><title>Cut off</title>\n</channel>\n</rss>\n");
        string good = _directory.Write("wire.atom", Atom);
        List<StoryReadResult> items = new StoryReader().Read([broken, good]).ToList();
        Assert.Equal(2, items.Count);
        Assert.False(items[0].IsSuccess);
        Assert.StartsWith(broken + ":5: malformed feed: ", items[0].Message, StringComparison.Ordinal);
        Assert.True(items[1].IsSuccess);
        string notFeed = _directory.Write("list.rss", "<?xml version=\"1.0\"?><shopping><item>milk</item></shopping>");
        StoryReadResult failure = Assert.Single(new StoryReader().Read([notFeed]));
        Assert.StartsWith(notFeed + ": not a readable RSS or Atom feed", failure.Message, StringComparison.Ordinal);
        string empty = _directory.Write("empty.rss", "<rss version=\"2.0\"><channel><title>Nothing</title></channel></rss>");
        Assert.Equal(empty + ": feed has no items", Assert.Single(new StoryReader().Read([empty])).Message);
    }

    [Fact]
    public void UrlsAreFetchedAsFeedsOrPagesAndNetworkFailuresAreOneLineItems()
    {
        var handler = new FakeHandler(request => request.RequestUri!.AbsolutePath switch
        {
            "/feed" => Respond(Rss, "application/rss+xml"),
            "/feed.xml" => Respond(Atom, "text/xml"),
            "/story" => Respond("<html><head><title>Talks</title></head><body><p>Chile and Peru resumed talks in Lima.</p></body></html>", "text/html"),
            "/missing" => new HttpResponseMessage(HttpStatusCode.NotFound),
            _ => throw new HttpRequestException("Name or service not known (news.invalid:443)"),
        });
        var reader = new StoryReader(httpHandler: handler);
        List<StoryReadResult> items = reader.Read(
            ["https://news.example/feed", "https://news.example/feed.xml", "http://news.example/story", "https://news.example/missing", "https://news.invalid/x"]).ToList();
        Assert.Equal(4 + 1 + 1 + 1 + 1, items.Count);
        Assert.Equal("https://news.example/feed#1", items[0].Origin);
        Assert.Equal("ledger-2016-0314-01", items[0].Story!.Id);
        Assert.Equal("Harbour Wire", items[4].Story!.Source);
        Story page = items[5].Story!;
        Assert.Equal("http://news.example/story", page.Id);
        Assert.Equal("http://news.example/story", page.Url);
        Assert.Equal("Talks", page.Title);
        Assert.Contains("Chile and Peru resumed talks in Lima.", page.Text, StringComparison.Ordinal);
        Assert.Equal("https://news.example/missing: HTTP 404 Not Found", items[6].Message);
        Assert.Equal("https://news.invalid/x: could not fetch: Name or service not known (news.invalid:443)", items[7].Message);
        Assert.Equal(5, handler.Requests);
    }

    [SkippableFact]
    public async Task AUrlIsFetchedOverRealHttpFromALocalListener()
    {
        using var listener = new HttpListener();
        int port = 0;
        for (int attempt = 0; attempt < 20 && !listener.IsListening; attempt++)
        {
            port = Random.Shared.Next(20000, 60000);
            listener.Prefixes.Clear();
            listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            try
            {
                listener.Start();
            }
            catch (HttpListenerException)
            {
                // Port taken: try another.
            }
        }
        Skip.IfNot(listener.IsListening, "no free local port for HttpListener");
        Task serve = Task.Run(() =>
        {
            HttpListenerContext context = listener.GetContext();
            byte[] body = Encoding.UTF8.GetBytes(Atom);
            context.Response.ContentType = "application/atom+xml";
            context.Response.OutputStream.Write(body);
            context.Response.Close();
        });
        Story story = Assert.Single(new StoryReader().Read([$"http://127.0.0.1:{port}/wire"])).Story!;
        Assert.Equal("Harbour Wire", story.Source);
        await serve.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public void FeedDatesAreTheCalendarDayAsWritten()
    {
        Assert.Equal(new DateOnly(2016, 3, 14), FeedStoryParser.DateOf("Mon, 14 Mar 2016 23:30:00 -0500"));
        Assert.Equal(new DateOnly(1999, 12, 3), FeedStoryParser.DateOf("3 Dec 99 10:00 EST"));
        Assert.Equal(new DateOnly(2016, 3, 15), FeedStoryParser.DateOf("2016-03-15T23:10:00+09:00"));
        Assert.Null(FeedStoryParser.DateOf("31 Feb 2016"));
        Assert.Null(FeedStoryParser.DateOf("yesterday"));
    }

    private static HttpResponseMessage Respond(string body, string mediaType) =>
        new(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, mediaType) };

    /// <summary>Answers requests in process, so URL inputs are tested without a network.</summary>
    private sealed class FakeHandler(Func<HttpRequestMessage, HttpResponseMessage> respond) : HttpMessageHandler
    {
        public int Requests { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requests++;
            return Task.FromResult(respond(request));
        }
    }
}
