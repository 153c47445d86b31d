using System.Net;
using System.Net.Http.Headers;

namespace Parley.Text.Stories;

/// <summary>
/// Fetches http(s) inputs of <see cref="StoryReader"/> (feeds and article pages) with one <see cref="HttpClient"/>:
/// a 30-second timeout, redirects followed, at most <see cref="StoryReader.MaxDocumentBytes"/> read. Every failure
/// (no network, a name that does not resolve, a timeout, an HTTP error status) is a one-line reason, not an exception.
/// </summary>
internal sealed class StoryFetcher
{
    /// <summary>How long one fetch may take, headers and body together.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private readonly HttpClient _client;

    /// <summary>A fetcher over <paramref name="handler"/> (tests pass their own), or the platform's handler.</summary>
    public StoryFetcher(HttpMessageHandler? handler)
    {
        _client = handler == null ? new HttpClient() : new HttpClient(handler, disposeHandler: false);
        _client.Timeout = Timeout;
        _client.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("Parley", "1.0"));
    }

    /// <summary>True when <paramref name="input"/> is an absolute http or https address.</summary>
    public static bool IsUrl(string input) =>
        Uri.TryCreate(input, UriKind.Absolute, out Uri? uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    /// <summary>The body and media type at <paramref name="url"/>, or null with the reason it could not be had.</summary>
    /// <remarks>Blocking is fine here: the reader is a synchronous enumerator (on its own thread during ingest).</remarks>
    public byte[]? Fetch(string url, out string? mediaType, out string? error)
    {
        mediaType = null;
        try
        {
            using HttpResponseMessage response = _client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead).GetAwaiter().GetResult();
            if (!response.IsSuccessStatusCode)
            {
                error = $"HTTP {(int)response.StatusCode} {response.ReasonPhrase ?? ((HttpStatusCode)response.StatusCode).ToString()}";
                return null;
            }
            mediaType = response.Content.Headers.ContentType?.MediaType;
            using Stream body = response.Content.ReadAsStream();
            error = InputFiles.ReadAllBytes(body, StoryReader.MaxDocumentBytes, out MemoryStream buffer);
            using (buffer)
            {
                return error == null ? buffer.ToArray() : null;
            }
        }
        catch (TaskCanceledException)
        {
            error = $"could not fetch: no answer within {Timeout.TotalSeconds:0} s";
        }
        catch (Exception e) when (e is HttpRequestException or IOException or InvalidOperationException or UriFormatException)
        {
            error = "could not fetch: " + e.Message.ReplaceLineEndings(" ").Trim();
        }
        return null;
    }
}
