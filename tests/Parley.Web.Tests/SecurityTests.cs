using System.Net;
using System.Text.Json;

namespace Parley.Web.Tests;

/// <summary>Headers that keep story text inert, no CORS, escaped JSON, and a store that must exist for a read-only server.</summary>
public sealed class SecurityTests(WebFixture fixture) : IClassFixture<WebFixture>, IAsyncLifetime
{
    private TestServer _server = null!;

    public async Task InitializeAsync() =>
        _server = await TestServer.StartAsync(new ParleyWebOptions(fixture.CopyStore(), fixture.CreateCoder));

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Theory]
    [InlineData("/")]
    [InlineData("/api/health")]
    [InlineData("/api/events?limit=abc")]
    public async Task EveryAnswerCarriesTheSecurityHeaders(string url)
    {
        HttpResponseMessage response = await _server.Client.GetAsync(url);
        string policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", policy);
        Assert.DoesNotContain("unsafe-inline", policy);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }

    [Fact]
    public async Task NoCrossOriginAccessIsGranted()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/events");
        request.Headers.Add("Origin", "https://elsewhere.example");
        HttpResponseMessage response = await _server.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/stories");
        preflight.Headers.Add("Origin", "https://elsewhere.example");
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        HttpResponseMessage answer = await _server.Client.SendAsync(preflight);
        Assert.False(answer.IsSuccessStatusCode);
        Assert.False(answer.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task MarkupInStoryTextIsEscapedInJson()
    {
        string body = JsonSerializer.Serialize(new { text = "France condemned <script>alert(1)</script> the Iranian missile test." });
        HttpResponseMessage response = await WriteEndpointTests.Post(_server, "/api/code", body);
        string json = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<script>", json);
        Assert.Contains("\\u003Cscript\\u003E", json);
        Assert.Contains("<script>", JsonDocument.Parse(json).RootElement.GetProperty("text").GetString());
    }

    [Fact]
    public async Task TheDashboardPageLoadsItsScriptsFromTheServerOnly()
    {
        HttpResponseMessage response = await _server.Client.GetAsync("/");
        string html = await response.Content.ReadAsStringAsync();
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<script", html);
        Assert.DoesNotContain("http://", html);
        Assert.DoesNotContain("https://", html);
        foreach (string tag in html.Split("<script")[1..])
        {
            Assert.Contains("src=\"/", tag[..tag.IndexOf('>')]);
        }
    }

    [Fact]
    public void AReadOnlyServerNeedsAnExistingStore()
    {
        string missing = fixture.NewStorePath();
        var e = Assert.Throws<FileNotFoundException>(() => ParleyServer.Build(
            Microsoft.AspNetCore.Builder.WebApplication.CreateBuilder(), new ParleyWebOptions(missing, fixture.CreateCoder)));
        Assert.Contains(missing, e.Message);
        Assert.False(File.Exists(missing));
    }
}
