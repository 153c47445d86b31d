using System.Net;
using System.Text;
using System.Text.Json;

namespace Parley.Web.Tests;

/// <summary>Request size and rate limits: 413 for oversized bodies (with or without a length), 429 past the rate.</summary>
public sealed class LimitTests(WebFixture fixture) : IClassFixture<WebFixture>
{
    [Fact]
    public async Task AnOversizedBodyIsRefusedWith413()
    {
        var options = new ParleyWebOptions(fixture.CopyStore(), fixture.CreateCoder, "limit-key-01234") { MaxBodyBytes = 1000 };
        await using TestServer server = await TestServer.StartAsync(options);
        string body = JsonSerializer.Serialize(new { text = new string('a', 2000) });
        await ApiAssert.Problem(await WriteEndpointTests.Post(server, "/api/code", body), HttpStatusCode.RequestEntityTooLarge);
        await ApiAssert.Problem(await WriteEndpointTests.Post(server, "/api/stories", body, "limit-key-01234"), HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task AnOversizedChunkedBodyIsRefusedWith413()
    {
        var options = new ParleyWebOptions(fixture.CopyStore(), fixture.CreateCoder) { MaxBodyBytes = 1000 };
        await using TestServer server = await TestServer.StartAsync(options);
        byte[] body = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { text = new string('a', 5000) }));
        // A stream of unknown length: the request goes out chunked, with no Content-Length to check up front.
        using var content = new StreamContent(new UnknownLengthStream(body));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        await ApiAssert.Problem(await server.Client.PostAsync("/api/code", content), HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task CodingPastTheRateIsRefusedWith429()
    {
        var options = new ParleyWebOptions(fixture.CopyStore(), fixture.CreateCoder) { CodingPerMinute = 2 };
        await using TestServer server = await TestServer.StartAsync(options);
        string body = JsonSerializer.Serialize(new { text = "France praised Germany." });
        Assert.Equal(HttpStatusCode.OK, (await WriteEndpointTests.Post(server, "/api/code", body)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await WriteEndpointTests.Post(server, "/api/code", body)).StatusCode);
        HttpResponseMessage refused = await WriteEndpointTests.Post(server, "/api/code", body);
        await ApiAssert.Problem(refused, HttpStatusCode.TooManyRequests);
        Assert.True(refused.Headers.RetryAfter is not null);
        // Reading has its own, larger allowance.
        await ApiAssert.OkJson(await server.Client.GetAsync("/api/health"));
    }

    [Fact]
    public async Task ReadingPastTheRateIsRefusedWith429()
    {
        var options = new ParleyWebOptions(fixture.CopyStore(), fixture.CreateCoder) { ReadsPerMinute = 3 };
        await using TestServer server = await TestServer.StartAsync(options);
        for (int i = 0; i < 3; i++)
        {
            await ApiAssert.OkJson(await server.Client.GetAsync("/api/events?limit=1"));
        }
        await ApiAssert.Problem(await server.Client.GetAsync("/api/top/actors"), HttpStatusCode.TooManyRequests);
    }

    private sealed class UnknownLengthStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();
    }
}
