using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Parley.Web.Hosting;

/// <summary>
/// Per-client rate limits (by IP address, fixed one-minute windows): a generous one for reading, a tight one for the
/// endpoints that code text, which cost a core each. A refused request gets 429 with a problem detail and Retry-After.
/// </summary>
internal static class RequestLimits
{
    /// <summary>The policy of the reading endpoints.</summary>
    public const string Reading = "reading";

    /// <summary>The policy of the endpoints that code text.</summary>
    public const string Coding = "coding";

    /// <summary>Sets up both policies and the rejection response.</summary>
    public static void Configure(RateLimiterOptions limiter, ParleyWebOptions options)
    {
        limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        limiter.AddPolicy(Reading, context => PerClient(context, options.ReadsPerMinute));
        limiter.AddPolicy(Coding, context => PerClient(context, options.CodingPerMinute));
        limiter.OnRejected = async (context, cancellationToken) =>
        {
            context.HttpContext.Response.Headers.RetryAfter = "60";
            await TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests",
                    detail: "this client has reached the request limit of this endpoint for the current minute")
                .ExecuteAsync(context.HttpContext).ConfigureAwait(false);
        };
    }

    private static RateLimitPartition<string> PerClient(HttpContext context, int perMinute) =>
        RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "local",
            _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = perMinute,
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            });
}
