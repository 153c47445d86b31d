namespace Parley.Web.Browser.Tests;

/// <summary>
/// The browser tests share one fixture store, server and Chromium, and run one after another: two Chromiums at once
/// would only slow each other (and the timings measured) on a small machine.
/// </summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<DashboardFixture>
{
    public const string Name = "Browser";
}
