using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Parley.Web.Tests;

/// <summary>Coding posted text, and storing posted stories with the API key: created once, refused without the key.</summary>
public sealed class WriteEndpointTests(WebFixture fixture) : IClassFixture<WebFixture>
{
    private const string Key = "test-key-0123456789";

    private const string Story = "Russian troops attacked Ukrainian soldiers near Kharkiv on Friday.";

    [Fact]
    public async Task CodeReturnsEventsWithSpansAndStoresNothing()
    {
        await using TestServer server = await TestServer.StartAsync(new ParleyWebOptions(fixture.CopyStore(), fixture.CreateCoder));
        JsonElement result = await ApiAssert.OkJson(await server.Client.PostAsJsonAsync("/api/code",
            new { text = "Sanctions.\r\n" + Story, date = "2026-11-20" }));
        string text = result.GetProperty("text").GetString()!;
        JsonElement e = result.GetProperty("events")[0];
        JsonElement evidence = e.GetProperty("evidence");
        Assert.Equal("RUSMIL", e.GetProperty("source").GetProperty("code").GetString());
        Assert.Equal("attacked", Slice(text, evidence.GetProperty("trigger_span")));
        Assert.Equal("Ukrainian soldiers", Slice(text, evidence.GetProperty("target_span")));
        Assert.Equal("2026-11-20", result.GetProperty("date").GetString());
        JsonElement health = await ApiAssert.OkJson(await server.Client.GetAsync("/api/health"));
        Assert.Equal(WebFixture.Stories.Length, health.GetProperty("stories").GetInt64());
    }

    [Theory]
    [InlineData("{}", "text")]
    [InlineData("{\"text\": \"   \"}", "text")]
    [InlineData("{\"text\": \"Russia vetoed it.\", \"date\": \"20/11/2026\"}", "date")]
    public async Task AnUnusableStoryIsAValidationProblem(string body, string parameter)
    {
        await using TestServer server = await TestServer.StartAsync(new ParleyWebOptions(fixture.CopyStore(), fixture.CreateCoder));
        await ApiAssert.Problem(await Post(server, "/api/code", body), HttpStatusCode.BadRequest, parameter);
    }

    [Theory]
    [InlineData("{\"text\": ")]
    [InlineData("[1, 2]")]
    [InlineData("null")]
    [InlineData("{\"text\": 12}")]
    public async Task MalformedJsonIsABadRequestProblem(string body)
    {
        await using TestServer server = await TestServer.StartAsync(new ParleyWebOptions(fixture.CopyStore(), fixture.CreateCoder));
        await ApiAssert.Problem(await Post(server, "/api/code", body), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task ABodyThatIsNotJsonIsUnsupported()
    {
        await using TestServer server = await TestServer.StartAsync(new ParleyWebOptions(fixture.CopyStore(), fixture.CreateCoder));
        using var content = new StringContent(Story, Encoding.UTF8, "text/plain");
        await ApiAssert.Problem(await server.Client.PostAsync("/api/code", content), HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task StoringNeedsTheKey()
    {
        await using TestServer server = await TestServer.StartAsync(new ParleyWebOptions(fixture.CopyStore(), fixture.CreateCoder, Key));
        string body = JsonSerializer.Serialize(new { id = "new-story", text = Story });
        await ApiAssert.Problem(await Post(server, "/api/stories", body), HttpStatusCode.Unauthorized);
        await ApiAssert.Problem(await Post(server, "/api/stories", body, "wrong-key-0000000"), HttpStatusCode.Unauthorized);
        await ApiAssert.Problem(await server.Client.GetAsync("/api/stories/new-story"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task AReadOnlyServerRefusesToStore()
    {
        await using TestServer server = await TestServer.StartAsync(new ParleyWebOptions(fixture.CopyStore(), fixture.CreateCoder));
        string body = JsonSerializer.Serialize(new { id = "new-story", text = Story });
        await ApiAssert.Problem(await Post(server, "/api/stories", body, Key), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task StoringIsIdempotentByIdAndByText()
    {
        await using TestServer server = await TestServer.StartAsync(new ParleyWebOptions(fixture.CopyStore(), fixture.CreateCoder, Key));
        string withId = JsonSerializer.Serialize(new { id = "kharkiv", date = "2026-11-20", title = "Attack", text = Story });
        HttpResponseMessage first = await Post(server, "/api/stories", withId, Key);
        JsonElement created = await ApiAssert.OkJson(first, HttpStatusCode.Created);
        Assert.True(created.GetProperty("created").GetBoolean());
        Assert.Equal("/api/stories/kharkiv", first.Headers.Location?.OriginalString);
        JsonElement again = await ApiAssert.OkJson(await Post(server, "/api/stories", withId, Key));
        Assert.False(again.GetProperty("created").GetBoolean());
        Assert.Equal(created.GetProperty("events").GetInt32(), again.GetProperty("events").GetInt32());

        string withoutId = JsonSerializer.Serialize(new { text = "France sent humanitarian aid to Ukraine on Monday." });
        JsonElement byText = await ApiAssert.OkJson(await Post(server, "/api/stories", withoutId, Key), HttpStatusCode.Created);
        JsonElement byTextAgain = await ApiAssert.OkJson(await Post(server, "/api/stories", withoutId, Key));
        Assert.Equal(byText.GetProperty("id").GetString(), byTextAgain.GetProperty("id").GetString());
        Assert.Equal(64, byText.GetProperty("id").GetString()!.Length);

        JsonElement stored = await ApiAssert.OkJson(await server.Client.GetAsync("/api/stories/kharkiv"));
        Assert.Equal("Attack", stored.GetProperty("title").GetString());
        JsonElement health = await ApiAssert.OkJson(await server.Client.GetAsync("/api/health"));
        Assert.False(health.GetProperty("read_only").GetBoolean());
        Assert.Equal(WebFixture.Stories.Length + 2, health.GetProperty("stories").GetInt64());
    }

    [Fact]
    public async Task TheSameStoryPostedTwiceAtOnceIsStoredOnce()
    {
        await using TestServer server = await TestServer.StartAsync(new ParleyWebOptions(fixture.CopyStore(), fixture.CreateCoder, Key));
        string body = JsonSerializer.Serialize(new { id = "race", text = Story });
        HttpResponseMessage[] answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Post(server, "/api/stories", body, Key)));
        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Created);
        Assert.All(answers, a => Assert.True(a.IsSuccessStatusCode));
        JsonElement health = await ApiAssert.OkJson(await server.Client.GetAsync("/api/health"));
        Assert.Equal(WebFixture.Stories.Length + 1, health.GetProperty("stories").GetInt64());
    }

    [Fact]
    public async Task TheKeyMayComeAsABearerToken()
    {
        await using TestServer server = await TestServer.StartAsync(new ParleyWebOptions(fixture.CopyStore(), fixture.CreateCoder, Key));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/stories")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { id = "bearer", text = Story }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", Key);
        await ApiAssert.OkJson(await server.Client.SendAsync(request), HttpStatusCode.Created);
    }

    internal static async Task<HttpResponseMessage> Post(TestServer server, string url, string body, string? key = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }
        return await server.Client.SendAsync(request);
    }

    private static string Slice(string text, JsonElement span) => text[span[0].GetInt32()..span[1].GetInt32()];
}
