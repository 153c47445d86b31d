using Parley.Coding.Coding;

namespace Parley.Web;

/// <summary>
/// What the web server serves and how: the store, the coder for posted text, the API key that enables writing, and the
/// limits that keep one client from starving the others.
/// </summary>
/// <param name="StorePath">The store file. Without an API key it is opened read-only and must exist.</param>
/// <param name="CreateCoder">Makes one story coder (model and dictionaries shared; one coder per concurrent request).</param>
/// <param name="ApiKey">The key write requests must carry (header <c>X-Api-Key</c>); null: the server is read-only.</param>
public sealed record ParleyWebOptions(string StorePath, Func<StoryCoder> CreateCoder, string? ApiKey = null)
{
    /// <summary>The largest request body accepted (posted stories and text); larger ones get 413.</summary>
    public long MaxBodyBytes { get; init; } = 1 << 20;

    /// <summary>Requests a client (IP address) may make to the reading endpoints per minute; more get 429.</summary>
    public int ReadsPerMinute { get; init; } = 1200;

    /// <summary>Requests a client may make per minute to the endpoints that code text, which cost CPU.</summary>
    public int CodingPerMinute { get; init; } = 60;

    /// <summary>The most events one page of <c>/api/events</c> holds.</summary>
    public int MaxPageSize { get; init; } = 500;

    /// <summary>Whether the server accepts writes (only with an API key).</summary>
    public bool ReadOnly => ApiKey is null;
}
