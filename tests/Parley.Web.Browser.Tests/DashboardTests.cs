using System.Text.Json;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Parley.Web.Browser.Tests;

/// <summary>
/// The dashboard in real headless Chromium over the fixture store, used as an analyst would: its views load without
/// errors, the dyad and the date range (dragged or typed) drive them, clicks lead to the evidence with the source,
/// trigger and target marked on exactly their text, pasted text is coded, and markup in stories stays text.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DashboardTests(DashboardFixture fixture, ITestOutputHelper output)
{
    private static readonly string[] RangeViews = ["network-view", "map-view", "events-view"];

    [SkippableFact]
    public async Task TheDashboardLoadsEveryViewWithoutErrors()
    {
        await using DashboardPage page = await OpenAsync();
        JsonElement health = await fixture.GetJsonAsync("/api/health");
        JsonElement top = (await fixture.GetJsonAsync("/api/top/dyads?limit=1")).GetProperty("rows")[0];
        string a = top.GetProperty("key").GetString()!;
        string b = top.GetProperty("detail").GetString()!;
        Assert.Contains($"{FixtureStories.All.Count} stories", await page.ByTestId("store-summary").TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal(a, await page.ByTestId("actor-a").InputValueAsync());
        Assert.Equal(b, await page.ByTestId("actor-b").InputValueAsync());
        Assert.Equal($"{a} ↔ {b} by month", await page.ByTestId("timeline-title").TextContentAsync());

        JsonElement periods = (await fixture.GetJsonAsync($"/api/dyad?a={a}&b={b}&by=month")).GetProperty("periods");
        Assert.True(periods.GetArrayLength() >= 3, "the fixture dyad should have events in several months");
        Assert.Equal(periods.EnumerateArray().Select(p => p.GetProperty("period").GetString()!), await page.AttributesAsync("[data-testid=timeline-bar]", "data-period"));
        Assert.Equal(periods.GetArrayLength(), await page.ByTestId("timeline-point").CountAsync());
        Assert.Equal(await ExpectedEdgesAsync("", ""), await page.ByTestId("network-edge").CountAsync());
        Assert.Equal(await CountAsync("/api/places?limit=300", "places"), await page.ByTestId("map-place").CountAsync());
        Assert.True(await page.ByTestId("country-row").CountAsync() >= 2);
        Assert.Equal(health.GetProperty("events").GetInt32(), await page.ByTestId("event-row").CountAsync());
        Assert.True(await page.ByTestId("events-more").IsHiddenAsync());
        await ScreenshotAsync(page, "dashboard");
        Assert.Empty(page.Problems);
    }

    [SkippableFact]
    public async Task ChangingTheDyadAndThePeriodRedrawsTheTimeline()
    {
        await using DashboardPage page = await OpenAsync();
        await page.ThenRenderedAsync(async () =>
        {
            await page.ByTestId("actor-a").FillAsync("pak");
            await page.ByTestId("actor-b").FillAsync("chn");
            await page.ByTestId("apply-dyad").ClickAsync();
        }, "timeline-view");
        Assert.Equal("PAK ↔ CHN by month", await page.ByTestId("timeline-title").TextContentAsync());
        JsonElement periods = (await fixture.GetJsonAsync("/api/dyad?a=PAK&b=CHN&by=month")).GetProperty("periods");
        Assert.Equal(periods.EnumerateArray().Select(p => p.GetProperty("period").GetString()!), await page.AttributesAsync("[data-testid=timeline-bar]", "data-period"));

        await page.ThenRenderedAsync(() => page.ByTestId("period").SelectOptionAsync("year"), "timeline-view");
        Assert.Equal("PAK ↔ CHN by year", await page.ByTestId("timeline-title").TextContentAsync());
        Assert.Equal(["2021-01-01"], await page.AttributesAsync("[data-testid=timeline-bar]", "data-period"));

        await page.ThenRenderedAsync(() => page.ByTestId("bar-mode").SelectOptionAsync("direction"), "timeline-view");
        Assert.Contains("PAK → CHN", await page.ByTestId("timeline-legend").TextContentAsync(), StringComparison.Ordinal);
        await page.ThenRenderedAsync(() => page.ByTestId("swap-dyad").ClickAsync(), "timeline-view");
        Assert.Equal("CHN ↔ PAK by year", await page.ByTestId("timeline-title").TextContentAsync());
        await ScreenshotAsync(page, "timeline-dyad-changed");
        Assert.Empty(page.Problems);
    }

    [SkippableFact]
    public async Task DraggingAcrossTheTimelineSelectsTheDateRangeOfTheOtherViews()
    {
        await using DashboardPage page = await OpenAsync();
        ILocator bars = page.ByTestId("timeline-bar");
        string first = (await bars.Nth(1).GetAttributeAsync("data-period"))!;
        string last = (await bars.Nth(3).GetAttributeAsync("data-period"))!;
        string to = DateOnly.Parse(last, System.Globalization.CultureInfo.InvariantCulture).AddMonths(1).AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await page.ThenRenderedAsync(async () =>
        {
            LocatorBoundingBoxResult start = (await bars.Nth(1).BoundingBoxAsync())!;
            LocatorBoundingBoxResult end = (await bars.Nth(3).BoundingBoxAsync())!;
            await page.Page.Mouse.MoveAsync(start.X + start.Width / 2, start.Y + start.Height / 2);
            await page.Page.Mouse.DownAsync();
            await page.Page.Mouse.MoveAsync(end.X + end.Width / 2, end.Y + end.Height / 3, new MouseMoveOptions { Steps = 8 });
            await page.Page.Mouse.UpAsync();
        }, RangeViews);

        Assert.Equal(first, await page.ByTestId("range-from").InputValueAsync());
        Assert.Equal(to, await page.ByTestId("range-to").InputValueAsync());
        Assert.Equal("visible", await page.ByTestId("timeline-brush").GetAttributeAsync("visibility"));
        await AssertViewsShowRangeAsync(page, first, to);
        await ScreenshotAsync(page, "timeline-brushed");

        await page.ThenRenderedAsync(() => page.ByTestId("range-reset").ClickAsync(), RangeViews);
        Assert.Equal("", await page.ByTestId("range-from").InputValueAsync());
        Assert.Equal("hidden", await page.ByTestId("timeline-brush").GetAttributeAsync("visibility"));
        Assert.Equal(await CountAsync("/api/events?limit=500", "events"), await page.ByTestId("event-row").CountAsync());
        Assert.Empty(page.Problems);
    }

    [SkippableFact]
    public async Task TypedDatesFilterTheOtherViewsAndShowOnTheTimeline()
    {
        await using DashboardPage page = await OpenAsync();
        await page.ThenRenderedAsync(() => page.ByTestId("range-from").FillAsync("2021-08-01"), RangeViews);
        await page.ThenRenderedAsync(() => page.ByTestId("range-to").FillAsync("2021-12-31"), RangeViews);
        await AssertViewsShowRangeAsync(page, "2021-08-01", "2021-12-31");
        Assert.Equal("visible", await page.ByTestId("timeline-brush").GetAttributeAsync("visibility"));
        Assert.Equal("1 Aug 2021 – 31 Dec 2021", await page.ByTestId("range-label").TextContentAsync());
        Assert.Empty(page.Problems);
    }

    [SkippableFact]
    public async Task ClickingATimelineBarOrPointShowsThatPeriodsEventsAndTheEvidence()
    {
        await using DashboardPage page = await OpenAsync();
        ILocator bar = page.ByTestId("timeline-bar").Nth(2);
        string period = (await bar.GetAttributeAsync("data-period"))!;
        await page.ThenRenderedAsync(() => bar.ClickAsync(), "events-view");
        await Assertions.Expect(page.ByTestId("evidence-panel")).ToBeVisibleAsync();
        Assert.StartsWith("IND ↔ PAK, ", await page.ByTestId("events-context-text").TextContentAsync(), StringComparison.Ordinal);
        IReadOnlyList<string> dates = await page.TextsAsync("[data-testid=event-row] td:first-child");
        Assert.NotEmpty(dates);
        Assert.All(dates, d => Assert.StartsWith(period[..7], d, StringComparison.Ordinal));
        await AssertEvidenceMatchesStoryAsync(page, expectRoles: 2);
        await ScreenshotAsync(page, "evidence-from-timeline");

        // The Goldstein point of another period, from the keyboard this time.
        await page.Page.Keyboard.PressAsync("Escape");
        ILocator point = page.ByTestId("timeline-point").Nth(0);
        await point.FocusAsync();
        await page.ThenRenderedAsync(() => page.Page.Keyboard.PressAsync("Enter"), "events-view");
        string pointPeriod = (await point.GetAttributeAsync("data-period"))!;
        Assert.All(await page.TextsAsync("[data-testid=event-row] td:first-child"), d => Assert.StartsWith(pointPeriod[..7], d, StringComparison.Ordinal));
        await AssertEvidenceMatchesStoryAsync(page, expectRoles: 2);
        Assert.Empty(page.Problems);
    }

    [SkippableFact]
    public async Task ClickingANetworkEdgeOrATableRowShowsItsEvidence()
    {
        await using DashboardPage page = await OpenAsync();
        ILocator edge = page.Page.Locator("[data-testid=network-edge][data-source=IND][data-target=PAK]");
        await edge.ScrollIntoViewIfNeededAsync();
        // An edge may be a curve: click the middle of the path itself, not the middle of its bounding box.
        var middle = await edge.EvaluateAsync<JsonElement>("e => { const p = e.getPointAtLength(e.getTotalLength() / 2); const m = e.getScreenCTM(); return { x: m.a * p.x + m.c * p.y + m.e, y: m.b * p.x + m.d * p.y + m.f }; }");
        await page.ThenRenderedAsync(() => page.Page.Mouse.ClickAsync(middle.GetProperty("x").GetSingle(), middle.GetProperty("y").GetSingle()), "events-view");
        Assert.StartsWith("IND → PAK", await page.ByTestId("events-context-text").TextContentAsync(), StringComparison.Ordinal);
        int expected = int.Parse((await edge.GetAttributeAsync("data-events"))!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(expected, await page.ByTestId("event-row").CountAsync());
        Assert.All(await page.TextsAsync("[data-testid=event-row] td:nth-child(2)"), s => Assert.StartsWith("IND", s, StringComparison.Ordinal));
        await AssertEvidenceMatchesStoryAsync(page, expectRoles: 3);
        await ScreenshotAsync(page, "evidence-from-network");

        await page.Page.Keyboard.PressAsync("Escape");
        await page.ThenRenderedAsync(() => page.ByTestId("events-context-clear").ClickAsync(), "events-view");
        ILocator row = page.ByTestId("event-row").Nth(4);
        await row.ClickAsync();
        await Assertions.Expect(page.ByTestId("evidence-panel")).ToBeVisibleAsync();
        Assert.Equal(await row.GetAttributeAsync("data-story"), await page.ByTestId("evidence-panel").GetAttributeAsync("data-story"));
        Assert.Equal(await row.GetAttributeAsync("data-index"), await page.ByTestId("evidence-panel").GetAttributeAsync("data-event"));
        await AssertEvidenceMatchesStoryAsync(page, expectRoles: 2);
        Assert.Empty(page.Problems);
    }

    [SkippableFact]
    public async Task AMapPlaceShowsItsEventsAndTheStoryViewMarksEveryEvent()
    {
        await using DashboardPage page = await OpenAsync();
        ILocator place = page.Page.Locator("[data-testid=map-place][data-name=Karachi]");
        await page.ThenRenderedAsync(() => place.ClickAsync(), "events-view");
        Assert.StartsWith("Events at Karachi (PAK)", await page.ByTestId("events-context-text").TextContentAsync(), StringComparison.Ordinal);
        Assert.All(await page.TextsAsync("[data-testid=event-row] td:nth-child(5)"), p => Assert.Equal("Karachi, PAK", p));
        string id = (await page.ByTestId("evidence-panel").GetAttributeAsync("data-story"))!;

        await page.ByTestId("evidence-panel").Locator("[data-testid=story-link]").ClickAsync();
        await page.Page.WaitForSelectorAsync("#story-view[data-state=ready]");
        JsonElement story = await fixture.GetJsonAsync($"/api/stories/{id}");
        Assert.Equal(story.GetProperty("text").GetString(), await page.ByTestId("story-text").TextContentAsync());
        Assert.Equal(story.GetProperty("events").GetArrayLength(), await page.Page.Locator("#story-events [data-testid=event-card]").CountAsync());
        Assert.True(await page.ByTestId("story-hl-trigger").CountAsync() >= 1);
        await ScreenshotAsync(page, "story-view");
        await page.ByTestId("story-back").ClickAsync();
        await Assertions.Expect(page.ByTestId("dashboard")).ToBeVisibleAsync();
        Assert.Empty(page.Problems);
    }

    [SkippableFact]
    public async Task MoreEventsPagesThroughTheListInOrderWithoutRepeats()
    {
        await using DashboardPage page = await OpenAsync("/?page_size=4");
        Assert.Equal(4, await page.ByTestId("event-row").CountAsync());
        await ClickMoreUntilDoneAsync(page);
        await AssertRowsInListingOrderAsync(page, await CountAsync("/api/events?limit=500", "events"));

        // A timeline period is two queries (A to B, B to A) merged: their pages interleave in date order.
        await page.ThenRenderedAsync(() => page.ByTestId("period").SelectOptionAsync("year"), "timeline-view");
        await page.ThenRenderedAsync(() => page.ByTestId("timeline-bar").First.ClickAsync(), "events-view");
        await page.Page.Keyboard.PressAsync("Escape");
        JsonElement year = (await fixture.GetJsonAsync("/api/dyad?a=IND&b=PAK&by=year")).GetProperty("periods")[0];
        Assert.True(year.GetProperty("a_to_b").GetInt32() > 0 && year.GetProperty("b_to_a").GetInt32() > 0, "the fixture year should have events both ways");
        await ClickMoreUntilDoneAsync(page);
        await AssertRowsInListingOrderAsync(page, year.GetProperty("events").GetInt32());
        Assert.Empty(page.Problems);
    }

    private static async Task ClickMoreUntilDoneAsync(DashboardPage page)
    {
        for (int i = 0; i < 20 && await page.ByTestId("events-more").IsVisibleAsync(); i++)
        {
            int before = await page.ByTestId("event-row").CountAsync();
            await page.ThenRenderedAsync(() => page.ByTestId("events-more").ClickAsync(), "events-view");
            Assert.True(await page.ByTestId("event-row").CountAsync() > before, "More events added no row");
        }
        Assert.True(await page.ByTestId("events-more").IsHiddenAsync());
    }

    private static async Task AssertRowsInListingOrderAsync(DashboardPage page, int expected)
    {
        IReadOnlyList<string> dates = await page.TextsAsync("[data-testid=event-row] td:first-child");
        IReadOnlyList<string> stories = await page.AttributesAsync("[data-testid=event-row]", "data-story");
        IReadOnlyList<string> indexes = await page.AttributesAsync("[data-testid=event-row]", "data-index");
        Assert.Equal(expected, dates.Count);
        Assert.Equal(expected, stories.Zip(indexes).Distinct().Count());
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
    }

    private async Task<DashboardPage> OpenAsync(string path = "/")
    {
        Skip.If(BrowserSupport.SkipReason is not null, BrowserSupport.SkipReason);
        return await DashboardPage.OpenAsync(fixture.Browser, fixture.Url + path);
    }

    private async Task ScreenshotAsync(DashboardPage page, string name) =>
        output.WriteLine($"screenshot: {await BrowserSupport.ScreenshotAsync(page.Page, name)}");

    private async Task<int> CountAsync(string path, string array) => (await fixture.GetJsonAsync(path)).GetProperty(array).GetArrayLength();

    // The network leaves out an actor's events with itself (no edge to draw).
    private async Task<int> ExpectedEdgesAsync(string from, string to) =>
        (await fixture.GetJsonAsync($"/api/top/dyads?limit=30&from={from}&to={to}")).GetProperty("rows").EnumerateArray()
            .Count(r => r.GetProperty("key").GetString() != r.GetProperty("detail").GetString());

    private async Task AssertViewsShowRangeAsync(DashboardPage page, string from, string to)
    {
        IReadOnlyList<string> dates = await page.TextsAsync("[data-testid=event-row] td:first-child");
        Assert.Equal(await CountAsync($"/api/events?limit=500&from={from}&to={to}", "events"), dates.Count);
        Assert.All(dates, d => Assert.True(string.CompareOrdinal(d, from) >= 0 && string.CompareOrdinal(d, to) <= 0, $"{d} is outside {from} – {to}"));
        Assert.Equal(await ExpectedEdgesAsync(from, to), await page.ByTestId("network-edge").CountAsync());
        Assert.Equal(await CountAsync($"/api/places?limit=300&from={from}&to={to}", "places"), await page.ByTestId("map-place").CountAsync());
    }

    /// <summary>
    /// The evidence panel's marks hold exactly the story text of the event's spans: the story is fetched from the API
    /// and each role's [start, end) cut from its text.
    /// </summary>
    private async Task AssertEvidenceMatchesStoryAsync(DashboardPage page, int expectRoles)
    {
        ILocator panel = page.ByTestId("evidence-panel");
        await Assertions.Expect(panel).ToBeVisibleAsync();
        string id = (await panel.GetAttributeAsync("data-story"))!;
        int index = int.Parse((await panel.GetAttributeAsync("data-event"))!, System.Globalization.CultureInfo.InvariantCulture);
        JsonElement story = await fixture.GetJsonAsync($"/api/stories/{id}");
        string text = story.GetProperty("text").GetString()!;
        JsonElement e = story.GetProperty("events").EnumerateArray().Single(x => x.GetProperty("event_index").GetInt32() == index);
        JsonElement evidence = e.GetProperty("evidence");
        Assert.Equal(evidence.GetProperty("sentence").GetString(), await panel.Locator("[data-testid=evidence-sentence]").TextContentAsync());
        int marked = 0;
        foreach (string role in new[] { "source", "trigger", "target" })
        {
            JsonElement span = evidence.GetProperty(role + "_span");
            ILocator mark = panel.Locator($"[data-testid=hl-{role}]");
            if (span.ValueKind == JsonValueKind.Null)
            {
                Assert.Equal(0, await mark.CountAsync());
                continue;
            }
            int start = span[0].GetInt32();
            Assert.Equal(text[start..span[1].GetInt32()], await mark.TextContentAsync());
            marked++;
        }
        Assert.True(marked >= expectRoles, $"expected at least {expectRoles} highlighted roles, found {marked}");
        Assert.Contains(e.GetProperty("code").GetString()!, await panel.Locator("[data-testid=evidence-headline]").TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal(3, await panel.Locator("[data-testid=highlight-legend] mark").CountAsync());
    }
}
