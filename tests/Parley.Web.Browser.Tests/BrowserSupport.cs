using Microsoft.Playwright;

namespace Parley.Web.Browser.Tests;

/// <summary>
/// The system's Chromium (Debian's <c>chromium</c> package at /usr/bin/chromium), driven by Playwright. Playwright's own
/// browser builds are never downloaded: a machine without Chromium skips the browser tests with the reason.
/// </summary>
internal static class BrowserSupport
{
    /// <summary>Where Debian installs Chromium (.ci/run installs it when missing), or $PARLEY_CHROMIUM.</summary>
    public static string ChromiumPath { get; } = Environment.GetEnvironmentVariable("PARLEY_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>Why the browser tests cannot run here, or null when they can.</summary>
    public static string? SkipReason { get; } = FindSkipReason();

    /// <summary>
    /// Where screenshots and measurements go: $PARLEY_ARTIFACTS, else TestResults/screenshots beside the test assembly
    /// (kept after the run; .gitignore leaves TestResults out of the repository).
    /// </summary>
    public static string ArtifactsDirectory { get; } = LocateArtifacts();

    private static string? FindSkipReason()
    {
        if (!File.Exists(ChromiumPath))
        {
            return $"{ChromiumPath} is absent: install Debian's chromium package (.ci/run does when it runs as root) or set PARLEY_CHROMIUM";
        }
        if (Testing.TestPaths.ModelDirectory is null || Testing.TestPaths.DictionaryDirectory is null)
        {
            return "no bundled model (data/models/en) or dictionaries (data/dictionaries) above the test assembly";
        }
        return null;
    }

    private static string LocateArtifacts()
    {
        string? fromEnvironment = Environment.GetEnvironmentVariable("PARLEY_ARTIFACTS");
        string directory = string.IsNullOrEmpty(fromEnvironment)
            ? Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots")
            : fromEnvironment;
        Directory.CreateDirectory(directory);
        return directory;
    }

    /// <summary>Starts headless Chromium with the switches that keep it quiet, offline and fit for a container.</summary>
    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) =>
        playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync",
            ],
        });

    /// <summary>Saves a full-page screenshot under <see cref="ArtifactsDirectory"/> and returns its path.</summary>
    public static async Task<string> ScreenshotAsync(IPage page, string name)
    {
        string path = Path.Combine(ArtifactsDirectory, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }
}
