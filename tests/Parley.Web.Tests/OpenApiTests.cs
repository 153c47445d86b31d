using System.Text.Json;
using Parley.Coding.Coding;
using Parley.Coding.Events;
using Parley.Coding.Output;
using Parley.Text.Stories;

namespace Parley.Web.Tests;

/// <summary>The OpenAPI document lists every endpoint, and API events have the fields of the <c>parley code</c> contract.</summary>
public sealed class OpenApiTests(WebFixture fixture) : IClassFixture<WebFixture>, IAsyncLifetime
{
    private TestServer _server = null!;

    public async Task InitializeAsync() =>
        _server = await TestServer.StartAsync(new ParleyWebOptions(fixture.CopyStore(), fixture.CreateCoder));

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task TheDocumentDescribesEveryEndpoint()
    {
        JsonElement document = await ApiAssert.OkJson(await _server.Client.GetAsync("/openapi.json"));
        Assert.StartsWith("3.", document.GetProperty("openapi").GetString());
        JsonElement paths = document.GetProperty("paths");
        foreach (string path in new[] { "/api/health", "/api/events", "/api/dyad", "/api/top/{kind}", "/api/places",
                     "/api/stories/{id}", "/api/stories", "/api/code", "/api/basemap" })
        {
            Assert.True(paths.TryGetProperty(path, out _), $"{path} is missing from the OpenAPI document");
        }
        var parameters = paths.GetProperty("/api/events").GetProperty("get").GetProperty("parameters").EnumerateArray()
            .Select(p => p.GetProperty("name").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "actor", "source", "target", "code", "root", "from", "to", "country", "text", "dedup", "limit", "cursor" }, parameters);
        Assert.True(paths.GetProperty("/api/stories").TryGetProperty("post", out _));
    }

    [Fact]
    public async Task ApiEventsHaveTheFieldsOfTheCodeContract()
    {
        const string text = "Russian troops attacked Ukrainian soldiers near Kharkiv on Friday.";
        var story = new Story("s", new DateOnly(2026, 11, 20), text, "test");
        CodedEvent coded = fixture.CreateCoder().Code(story).First();
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            EventJson.WriteObject(writer, coded, coded.Evidence.Sentence.Slice(text), coded.Evidence.Trigger.Slice(text));
        }
        JsonElement contract = JsonDocument.Parse(buffer.ToArray()).RootElement;
        string body = JsonSerializer.Serialize(new { text, date = "2026-11-20" });
        JsonElement api = (await ApiAssert.OkJson(await WriteEndpointTests.Post(_server, "/api/code", body))).GetProperty("events")[0];
        Assert.Equal(Names(contract).Concat(["event_index", "stories"]).Order(), Names(api).Order());
        foreach (string nested in new[] { "source", "target", "plover", "location", "evidence" })
        {
            Assert.Equal(Names(contract.GetProperty(nested)).Order(), Names(api.GetProperty(nested)).Order());
        }
    }

    private static IEnumerable<string> Names(JsonElement element) => element.EnumerateObject().Select(p => p.Name).ToList();
}
