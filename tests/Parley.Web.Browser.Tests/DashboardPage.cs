using Microsoft.Playwright;

namespace Parley.Web.Browser.Tests;

/// <summary>
/// The dashboard open in a fresh browser context, recording what would be a defect in front of a user: console errors,
/// uncaught exceptions, failed requests and HTTP error answers.
/// </summary>
internal sealed class DashboardPage : IAsyncDisposable
{
    private readonly IBrowserContext _context;

    private DashboardPage(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
    }

    public IPage Page { get; }

    /// <summary>Everything that went wrong on the page, one line each.</summary>
    public List<string> Problems { get; } = [];

    /// <summary>Opens <paramref name="url"/> (the dashboard, or one of its #story= views) and waits until its views are loaded.</summary>
    public static async Task<DashboardPage> OpenAsync(IBrowser browser, string url, int width = 1400, int height = 1000)
    {
        IBrowserContext context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            ReducedMotion = ReducedMotion.Reduce,
        });
        IPage page = await context.NewPageAsync();
        var dashboard = new DashboardPage(context, page);
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                dashboard.Problems.Add($"console {message.Type}: {message.Text}");
            }
        };
        page.PageError += (_, error) => dashboard.Problems.Add($"page error: {error}");
        page.RequestFailed += (_, request) => dashboard.Problems.Add($"request failed: {request.Url} ({request.Failure})");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                dashboard.Problems.Add($"HTTP {response.Status}: {response.Url}");
            }
        };
        await page.GotoAsync(url);
        await page.WaitForSelectorAsync("body[data-state=ready]");
        return dashboard;
    }

    /// <summary>The locator of the element with data-testid <paramref name="id"/>.</summary>
    public ILocator ByTestId(string id) => Page.Locator($"[data-testid=\"{id}\"]");

    /// <summary>How many times the view (section id) has finished drawing.</summary>
    public async Task<int> RenderedAsync(string view) =>
        await Page.EvaluateAsync<int>("id => Number(document.getElementById(id).dataset.rendered ?? 0)", view);

    /// <summary>Waits until the view has drawn again since it had drawn <paramref name="before"/> times.</summary>
    public Task WaitForRenderAsync(string view, int before) =>
        Page.WaitForFunctionAsync(
            "([id, n]) => { const s = document.getElementById(id); return Number(s.dataset.rendered ?? 0) > n && s.dataset.state !== 'loading'; }",
            new object[] { view, before });

    /// <summary>Runs <paramref name="action"/> and waits until each of <paramref name="views"/> has drawn again.</summary>
    public async Task ThenRenderedAsync(Func<Task> action, params string[] views)
    {
        var before = new int[views.Length];
        for (int i = 0; i < views.Length; i++)
        {
            before[i] = await RenderedAsync(views[i]);
        }
        await action();
        for (int i = 0; i < views.Length; i++)
        {
            await WaitForRenderAsync(views[i], before[i]);
        }
    }

    /// <summary>The text of each element matching <paramref name="selector"/>.</summary>
    public async Task<IReadOnlyList<string>> TextsAsync(string selector) => await Page.Locator(selector).AllTextContentsAsync();

    /// <summary>The values of attribute <paramref name="attribute"/> of each element matching <paramref name="selector"/>.</summary>
    public async Task<IReadOnlyList<string>> AttributesAsync(string selector, string attribute) =>
        await Page.EvalOnSelectorAllAsync<string[]>(selector, "(nodes, name) => nodes.map(n => n.getAttribute(name))", attribute);

    public async ValueTask DisposeAsync() => await _context.CloseAsync();
}
