using System.Security.Cryptography;
using System.Text;

namespace Parley.Web.Hosting;

/// <summary>
/// Guards the endpoints that write: a server started without an API key refuses them (403, it is read-only); with a
/// key, a request must carry it in <c>X-Api-Key</c> (or <c>Authorization: Bearer</c>), else 401. Keys are compared in
/// constant time, so response timing does not reveal how much of a guess was right.
/// </summary>
internal sealed class ApiKeyFilter(ParleyWebOptions options) : IEndpointFilter
{
    /// <summary>The request header that carries the key.</summary>
    public const string Header = "X-Api-Key";

    /// <inheritdoc />
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (options.ApiKey is not { } key)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Read-only server",
                detail: "this server does not accept writes: start it with --api-key to enable them");
        }
        if (!Matches(Presented(context.HttpContext.Request), key))
        {
            context.HttpContext.Response.Headers.WWWAuthenticate = "ApiKey header=\"X-Api-Key\"";
            return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "API key required",
                detail: $"this endpoint writes to the store and needs the server's API key in the {Header} header");
        }
        return await next(context).ConfigureAwait(false);
    }

    private static string? Presented(HttpRequest request)
    {
        if (request.Headers.TryGetValue(Header, out var value) && value.Count == 1)
        {
            return value[0];
        }
        string? authorization = request.Headers.Authorization;
        const string bearer = "Bearer ";
        return authorization is not null && authorization.StartsWith(bearer, StringComparison.OrdinalIgnoreCase)
            ? authorization[bearer.Length..].Trim()
            : null;
    }

    private static bool Matches(string? presented, string key) =>
        presented is not null && CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(presented)), SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
