using System.Net.Http.Json;

namespace Parley.Web.Browser.Tests;

/// <summary>
/// The stories of the dashboard tests' store, written for these tests: India, Pakistan and China over 2021, so the
/// most active dyad (India → Pakistan) has events in five months, with cooperation and conflict, at several places.
/// One story carries markup in an event sentence, which the dashboard must show as text and never run.
/// </summary>
internal static class FixtureStories
{
    /// <summary>The sentence markup the XSS story carries (literally, as text).</summary>
    public const string ScriptMarkup = "<script>window.__xss=1</script>";

    /// <summary>The image markup with an onerror handler the XSS story carries.</summary>
    public const string ImageMarkup = "<img src=x onerror=\"window.__xss=2\">";

    /// <summary>(date, title, text) of each story.</summary>
    public static IReadOnlyList<(string Date, string Title, string Text)> All { get; } =
    [
        ("2021-01-14", "India accuses Pakistan of shelling in Kashmir",
            "NEW DELHI, Jan 14 - India accused Pakistan on Thursday of shelling villages along the Line of Control in Kashmir.\n\n" +
            "Indian Foreign Minister Rajesh Mehta said the attacks had killed three civilians. Pakistan rejected the charge and said Indian troops had fired first.\n\n" +
            "China urged India and Pakistan to show restraint."),
        ("2021-03-03", "Pakistan and India meet on a Kashmir ceasefire",
            "ISLAMABAD, March 3 - Pakistan's foreign minister met his Indian counterpart in Islamabad on Wednesday to discuss a ceasefire in Kashmir.\n\n" +
            "The two ministers agreed to resume trade talks, officials said. India praised Pakistan for releasing 20 fishermen."),
        ("2021-05-20", "China and Pakistan agree on a mountain highway",
            "BEIJING, May 20 - China signed an agreement with Pakistan on Thursday to build a new highway through the northern mountains.\n\n" +
            "Chinese President Li Wen promised economic aid to Pakistan. India criticized the project, saying it crosses disputed territory."),
        ("2021-06-15", "Pakistan accuses India of online propaganda",
            $"KARACHI, June 15 - Pakistan accused India of spreading {ScriptMarkup} propaganda and {ImageMarkup} images on Tuesday.\n\n" +
            "India denied the charge."),
        ("2021-08-11", "Border raid near Uri",
            "SRINAGAR, Aug 11 - Indian troops attacked Pakistani soldiers near the border town of Uri on Wednesday, the army said.\n\n" +
            "Pakistan condemned India for the raid and recalled its ambassador from New Delhi. China called on both sides to negotiate."),
        ("2021-10-05", "India offers Pakistan talks on water",
            "NEW DELHI, Oct 5 - India offered to hold talks with Pakistan on water sharing, the foreign ministry said on Tuesday.\n\n" +
            "Pakistan welcomed the offer. China praised India for the proposal."),
    ];

    /// <summary>Stores every story through <c>POST /api/stories</c>, as a client of the API would.</summary>
    public static async Task PostAllAsync(string baseUrl, string apiKey)
    {
        using var client = new HttpClient { BaseAddress = new Uri(baseUrl) };
        client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        foreach ((string date, string title, string text) in All)
        {
            using HttpResponseMessage response = await client.PostAsJsonAsync("/api/stories", new { text, date, title, source = "Parley test wire" });
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"storing '{title}' failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }
        }
    }
}
