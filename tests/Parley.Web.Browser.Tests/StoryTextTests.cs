using System.Text.Json;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Parley.Web.Browser.Tests;

/// <summary>
/// Text from stories and from the user on the page: markup in a story is shown as the characters it is made of and
/// never runs, pasted text is coded and its events marked, and an API error is shown as its problem detail.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class StoryTextTests(DashboardFixture fixture, ITestOutputHelper output)
{
    [SkippableFact]
    public async Task MarkupInAStoryIsShownAsTextAndNeverRuns()
    {
        await using DashboardPage page = await OpenAsync();
        await page.ThenRenderedAsync(async () =>
        {
            await page.ByTestId("filter-text").FillAsync("propaganda");
            await page.ByTestId("filter-apply").ClickAsync();
        }, "events-view");
        ILocator row = page.ByTestId("event-row");
        Assert.Equal(1, await row.CountAsync());
        Assert.Contains(FixtureStories.ScriptMarkup, await row.TextContentAsync(), StringComparison.Ordinal);
        await row.ClickAsync();

        ILocator panel = page.ByTestId("evidence-panel");
        string sentence = (await panel.Locator("[data-testid=evidence-sentence]").TextContentAsync())!;
        Assert.Contains(FixtureStories.ScriptMarkup, sentence, StringComparison.Ordinal);
        Assert.Contains(FixtureStories.ImageMarkup, sentence, StringComparison.Ordinal);
        Assert.Equal(0, await panel.Locator("script, img").CountAsync());
        await ScreenshotAsync(page, "xss-evidence");

        await panel.Locator("[data-testid=story-link]").ClickAsync();
        await page.Page.WaitForSelectorAsync("#story-view[data-state=ready]");
        Assert.Contains(FixtureStories.ImageMarkup, await page.ByTestId("story-text").TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.Page.Locator("#story-view script, #story-view img").CountAsync());

        // The only scripts are the dashboard's own module, and nothing the story carried has run.
        Assert.Equal(1, await page.Page.Locator("script").CountAsync());
        Assert.True(await page.Page.EvaluateAsync<bool>("() => window.__xss === undefined"), "window.__xss was set: story markup ran");
        Assert.Empty(page.Problems);
    }

    [SkippableFact]
    public async Task APastedStoryIsCodedAndItsEventsAreHighlighted()
    {
        await using DashboardPage page = await OpenAsync();
        const string Text = "BRASILIA, Feb 2 - Brazil signed a trade agreement with Argentina on Monday.\n\n" +
            "Argentine President Carlos Ruiz praised Brazil for the deal. " + FixtureStories.ScriptMarkup;
        await page.ByTestId("paste-text").FillAsync(Text);
        await page.ByTestId("paste-date").FillAsync("2022-02-02");
        IResponse response = await page.Page.RunAndWaitForResponseAsync(() => page.ByTestId("paste-submit").ClickAsync(), "**/api/code");
        JsonElement coded = JsonDocument.Parse(await response.TextAsync()).RootElement;
        await page.Page.WaitForSelectorAsync("#paste-view[data-state=ready]");

        JsonElement events = coded.GetProperty("events");
        string text = coded.GetProperty("text").GetString()!;
        Assert.True(events.GetArrayLength() >= 1, "the pasted story should give at least one event");
        ILocator cards = page.Page.Locator("#paste-results [data-testid=event-card]");
        Assert.Equal(events.GetArrayLength(), await cards.CountAsync());
        for (int i = 0; i < events.GetArrayLength(); i++)
        {
            JsonElement trigger = events[i].GetProperty("evidence").GetProperty("trigger_span");
            Assert.Equal(text[trigger[0].GetInt32()..trigger[1].GetInt32()], await cards.Nth(i).Locator("[data-testid=hl-trigger]").TextContentAsync());
        }
        Assert.Contains("event", await page.ByTestId("paste-status").TextContentAsync(), StringComparison.Ordinal);
        await cards.Nth(0).ClickAsync();
        await Assertions.Expect(page.ByTestId("evidence-panel")).ToBeVisibleAsync();
        Assert.Equal(0, await page.ByTestId("evidence-panel").Locator("[data-testid=story-link]").CountAsync());
        await ScreenshotAsync(page, "paste");
        Assert.True(await page.Page.EvaluateAsync<bool>("() => window.__xss === undefined"));
        Assert.Empty(page.Problems);
    }

    [SkippableFact]
    public async Task AnApiErrorIsShownAsItsProblemDetail()
    {
        await using DashboardPage page = await OpenAsync();
        await page.ByTestId("paste-text").FillAsync("   ");
        await page.ByTestId("paste-submit").ClickAsync();
        await page.Page.WaitForSelectorAsync("#paste-view[data-state=error]");
        ILocator status = page.ByTestId("paste-status");
        Assert.Equal("alert", await status.GetAttributeAsync("role"));
        string message = (await status.TextContentAsync())!;
        Assert.Contains("text: required: the story text", message, StringComparison.Ordinal);
        // The 400 itself is the only thing that went wrong (the browser logs it as a failed resource too).
        Assert.All(page.Problems, p => Assert.True(p.Contains("/api/code", StringComparison.Ordinal) || p.Contains("status of 400", StringComparison.Ordinal), p));

        // A story that does not exist: the story view says so in the API's words.
        await page.Page.GotoAsync(fixture.Url + "/#story=no-such-story");
        await page.Page.WaitForSelectorAsync("#story-view[data-state=error]");
        Assert.Contains("the store has no story with this id", await page.ByTestId("story-status").TextContentAsync(), StringComparison.Ordinal);
    }

    private async Task<DashboardPage> OpenAsync()
    {
        Skip.If(BrowserSupport.SkipReason is not null, BrowserSupport.SkipReason);
        return await DashboardPage.OpenAsync(fixture.Browser, fixture.Url + "/");
    }

    private async Task ScreenshotAsync(DashboardPage page, string name) =>
        output.WriteLine($"screenshot: {await BrowserSupport.ScreenshotAsync(page.Page, name)}");
}
