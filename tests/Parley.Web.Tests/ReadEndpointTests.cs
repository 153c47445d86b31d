using System.Net;
using System.Text.Json;

namespace Parley.Web.Tests;

/// <summary>The reading endpoints over the fixture store on a read-only server: answers, filters, paging and bad parameters.</summary>
public sealed class ReadEndpointTests(WebFixture fixture) : IClassFixture<WebFixture>, IAsyncLifetime
{
    private TestServer _server = null!;

    private HttpClient Client => _server.Client;

    public async Task InitializeAsync() =>
        _server = await TestServer.StartAsync(new ParleyWebOptions(fixture.CopyStore(), fixture.CreateCoder));

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task HealthReportsTheStoreAndReadOnlyMode()
    {
        JsonElement health = await ApiAssert.OkJson(await Client.GetAsync("/api/health"));
        Assert.Equal("ok", health.GetProperty("status").GetString());
        Assert.True(health.GetProperty("read_only").GetBoolean());
        Assert.Equal(WebFixture.Stories.Length, health.GetProperty("stories").GetInt64());
        Assert.Equal(fixture.EventCount, health.GetProperty("events").GetInt64());
    }

    [Fact]
    public async Task PagesWithTheCursorListEveryEventOnceInOrder()
    {
        Assert.True(fixture.EventCount >= 4, $"the fixture stories gave only {fixture.EventCount} events");
        var paged = new List<string>();
        string? cursor = null;
        int pages = 0;
        do
        {
            string url = "/api/events?limit=2" + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor));
            JsonElement page = await ApiAssert.OkJson(await Client.GetAsync(url));
            foreach (JsonElement e in page.GetProperty("events").EnumerateArray())
            {
                paged.Add($"{e.GetProperty("story_id").GetString()}#{e.GetProperty("event_index").GetInt32()}");
            }
            cursor = page.GetProperty("next_cursor").GetString();
            pages++;
        }
        while (cursor is not null && pages < 100);
        JsonElement all = await ApiAssert.OkJson(await Client.GetAsync("/api/events?limit=500"));
        var whole = all.GetProperty("events").EnumerateArray()
            .Select(e => $"{e.GetProperty("story_id").GetString()}#{e.GetProperty("event_index").GetInt32()}").ToList();
        Assert.Equal(fixture.EventCount, whole.Count);
        Assert.Equal(whole, paged);
        Assert.Equal((fixture.EventCount + 1) / 2, pages);
    }

    [Fact]
    public async Task EventsCarryTheContractFieldsWithSpansIntoTheStory()
    {
        JsonElement page = await ApiAssert.OkJson(await Client.GetAsync("/api/events?limit=500"));
        foreach (JsonElement e in page.GetProperty("events").EnumerateArray())
        {
            string storyId = e.GetProperty("story_id").GetString()!;
            string text = WebFixture.Stories.Single(s => s.Id == storyId).Text;
            JsonElement evidence = e.GetProperty("evidence");
            Assert.Equal(evidence.GetProperty("sentence").GetString(), Slice(text, evidence.GetProperty("sentence_span")));
            Assert.Equal(evidence.GetProperty("trigger").GetString(), Slice(text, evidence.GetProperty("trigger_span")));
            if (e.GetProperty("source").ValueKind != JsonValueKind.Null)
            {
                Assert.Equal(e.GetProperty("source").GetProperty("text").GetString(), Slice(text, evidence.GetProperty("source_span")));
            }
            Assert.Equal(e.GetProperty("code").GetString()![..2], e.GetProperty("root").GetString());
        }
    }

    [Fact]
    public async Task FiltersNarrowTheEvents()
    {
        JsonElement russia = await ApiAssert.OkJson(await Client.GetAsync("/api/events?actor=RUS&limit=500"));
        JsonElement march = await ApiAssert.OkJson(await Client.GetAsync("/api/events?from=2026-03-01&to=2026-03-31&limit=500"));
        Assert.NotEmpty(russia.GetProperty("events").EnumerateArray());
        Assert.All(russia.GetProperty("events").EnumerateArray(), e => Assert.True(
            Code(e, "source").StartsWith("RUS", StringComparison.Ordinal) || Code(e, "target").StartsWith("RUS", StringComparison.Ordinal)));
        Assert.NotEmpty(march.GetProperty("events").EnumerateArray());
        Assert.All(march.GetProperty("events").EnumerateArray(), e => Assert.StartsWith("2026-03", e.GetProperty("date").GetString()));
    }

    [Fact]
    public async Task TheDyadAndPlaceFiltersSelectEventsBetweenTwoActorsAndAtOnePlace()
    {
        JsonElement dyad = await ApiAssert.OkJson(await Client.GetAsync("/api/events?dyad=usa,RUS&limit=500"));
        JsonElement[] between = dyad.GetProperty("events").EnumerateArray().ToArray();
        Assert.Contains(between, e => Code(e, "source").StartsWith("USA", StringComparison.Ordinal));
        Assert.Contains(between, e => Code(e, "source").StartsWith("RUS", StringComparison.Ordinal));
        Assert.All(between, e => Assert.Equal(["RUS", "USA"], new[] { Code(e, "source")[..3], Code(e, "target")[..3] }.Order()));
        JsonElement place = await ApiAssert.OkJson(await Client.GetAsync("/api/events?place=Kharkiv&country=UKR&limit=500"));
        Assert.NotEmpty(place.GetProperty("events").EnumerateArray());
        Assert.All(place.GetProperty("events").EnumerateArray(), e => Assert.Equal("Kharkiv", e.GetProperty("location").GetProperty("name").GetString()));
    }

    [Fact]
    public async Task ExactActorsMatchWholeCodesNotPrefixes()
    {
        JsonElement prefix = await ApiAssert.OkJson(await Client.GetAsync("/api/events?source=RUS&limit=500"));
        JsonElement exact = await ApiAssert.OkJson(await Client.GetAsync("/api/events?source=RUS&exact=true&limit=500"));
        Assert.Contains(prefix.GetProperty("events").EnumerateArray(), e => Code(e, "source") == "RUSMIL");
        Assert.NotEmpty(exact.GetProperty("events").EnumerateArray());
        Assert.All(exact.GetProperty("events").EnumerateArray(), e => Assert.Equal("RUS", Code(e, "source")));
        // The dyad timeline takes the same rule: Russian troops (RUSMIL) against Ukrainian soldiers (UKRMIL) are RUS–UKR
        // by prefix, but not between the whole codes RUS and UKR.
        JsonElement byPrefix = await ApiAssert.OkJson(await Client.GetAsync("/api/dyad?a=RUS&b=UKR"));
        JsonElement whole = await ApiAssert.OkJson(await Client.GetAsync("/api/dyad?a=RUS&b=UKR&exact=true"));
        Assert.NotEmpty(byPrefix.GetProperty("periods").EnumerateArray());
        Assert.Empty(whole.GetProperty("periods").EnumerateArray());
    }

    [Fact]
    public async Task DyadCountsBothDirectionsPerPeriod()
    {
        JsonElement dyad = await ApiAssert.OkJson(await Client.GetAsync("/api/dyad?a=usa&b=RUS&by=month"));
        Assert.Equal("USA", dyad.GetProperty("a").GetString());
        Assert.Equal("month", dyad.GetProperty("by").GetString());
        JsonElement[] periods = dyad.GetProperty("periods").EnumerateArray().ToArray();
        Assert.True(periods.Length >= 2, dyad.ToString());
        foreach (JsonElement p in periods)
        {
            long events = p.GetProperty("events").GetInt64();
            Assert.Equal(events, p.GetProperty("a_to_b").GetInt64() + p.GetProperty("b_to_a").GetInt64());
            Assert.Equal(events, p.GetProperty("quad_classes").EnumerateArray().Sum(q => q.GetInt64()));
        }
    }

    [Theory]
    [InlineData("actors")]
    [InlineData("dyads")]
    [InlineData("codes")]
    [InlineData("places")]
    public async Task RankingsAnswerForEveryKind(string kind)
    {
        JsonElement top = await ApiAssert.OkJson(await Client.GetAsync($"/api/top/{kind}?limit=3"));
        Assert.Equal(kind, top.GetProperty("kind").GetString());
        JsonElement[] rows = top.GetProperty("rows").EnumerateArray().ToArray();
        Assert.InRange(rows.Length, 1, 3);
        Assert.True(rows[0].GetProperty("events").GetInt64() >= rows[^1].GetProperty("events").GetInt64());
    }

    [Fact]
    public async Task PlacesHaveCoordinates()
    {
        JsonElement places = await ApiAssert.OkJson(await Client.GetAsync("/api/places"));
        JsonElement[] rows = places.GetProperty("places").EnumerateArray().ToArray();
        Assert.Contains(rows, p => p.GetProperty("country").GetString() == "UKR");
        Assert.All(rows, p => Assert.InRange(p.GetProperty("latitude").GetDouble(), -90, 90));
    }

    [Fact]
    public async Task AStoryComesWithItsTextSentencesAndEvents()
    {
        JsonElement story = await ApiAssert.OkJson(await Client.GetAsync("/api/stories/strike-april"));
        string text = story.GetProperty("text").GetString()!;
        Assert.Equal(WebFixture.Stories[1].Text, text);
        Assert.Equal("2026-04-10", story.GetProperty("date").GetString());
        Assert.Equal(2, story.GetProperty("sentences").GetArrayLength());
        JsonElement first = story.GetProperty("events")[0];
        Assert.Equal("Russian troops", Slice(text, first.GetProperty("evidence").GetProperty("source_span")));
    }

    [Fact]
    public async Task AnUnknownStoryIsANotFoundProblem()
    {
        JsonElement problem = await ApiAssert.Problem(await Client.GetAsync("/api/stories/no-such-story"), HttpStatusCode.NotFound);
        Assert.Contains("no story", problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("/api/events?limit=abc", "limit")]
    [InlineData("/api/events?limit=0", "limit")]
    [InlineData("/api/events?limit=100000", "limit")]
    [InlineData("/api/events?from=2026-02-30", "from")]
    [InlineData("/api/events?from=2026-05-01&to=2026-04-01", "to")]
    [InlineData("/api/events?cursor=not-a-cursor", "cursor")]
    [InlineData("/api/events?actor=RUS%27%3B%20DROP%20TABLE%20events", "actor")]
    [InlineData("/api/events?root=nineteen", "root")]
    [InlineData("/api/events?dedup=maybe", "dedup")]
    [InlineData("/api/events?dyad=USA", "dyad")]
    [InlineData("/api/events?dyad=USA,RUS,FRA", "dyad")]
    [InlineData("/api/events?dyad=USA,R%20S", "dyad")]
    [InlineData("/api/dyad?b=RUS", "a")]
    [InlineData("/api/dyad?a=USA&b=RUS&by=fortnight", "by")]
    [InlineData("/api/top/everything", "kind")]
    [InlineData("/api/places?limit=-1", "limit")]
    public async Task BadParametersAreValidationProblemsNamingTheParameter(string url, string parameter)
    {
        await ApiAssert.Problem(await Client.GetAsync(url), HttpStatusCode.BadRequest, parameter);
    }

    [Fact]
    public async Task AnUnknownPathIsAProblemToo()
    {
        await ApiAssert.Problem(await Client.GetAsync("/api/nothing-here"), HttpStatusCode.NotFound);
    }

    private static string Code(JsonElement e, string side) =>
        e.GetProperty(side).ValueKind == JsonValueKind.Null ? "" : e.GetProperty(side).GetProperty("code").GetString()!;

    private static string Slice(string text, JsonElement span) => text[span[0].GetInt32()..span[1].GetInt32()];
}
