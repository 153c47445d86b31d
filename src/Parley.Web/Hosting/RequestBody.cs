using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;

namespace Parley.Web.Hosting;

/// <summary>
/// Reads a JSON request body of bounded size. The limit is checked against Content-Length before anything is read
/// and again while reading (a chunked body has no length), so an oversized body is refused with 413 without being
/// held in memory.
/// </summary>
internal static class RequestBody
{
    /// <summary>The body as <typeparamref name="T"/>, or the problem to answer instead (413, 415 or 400).</summary>
    public static async Task<(T? Value, IResult? Problem)> ReadJsonAsync<T>(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
        where T : class
    {
        if (request.ContentLength > maxBytes)
        {
            return (null, TooLarge(maxBytes));
        }
        if (request.ContentType is not { } type || !type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return (null, TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType,
                detail: "the body must be JSON (Content-Type: application/json)"));
        }
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = maxBytes;
        }
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    return (null, TooLarge(maxBytes));
                }
                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, TooLarge(maxBytes));
        }
        return Parse<T>(buffer);
    }

    private static (T? Value, IResult? Problem) Parse<T>(MemoryStream buffer) where T : class
    {
        try
        {
            T? value = JsonSerializer.Deserialize<T>(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), Api.ApiJson.Create());
            return value is null ? (null, BadBody("the body is JSON null, not an object")) : (value, null);
        }
        catch (JsonException e)
        {
            string where = e.LineNumber is { } line ? $" at line {line + 1}, position {e.BytePositionInLine + 1}" : "";
            return (null, BadBody($"the body is not valid JSON for this request{where}"));
        }
    }

    private static IResult BadBody(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad request body", detail: detail);

    private static IResult TooLarge(long maxBytes) => TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge,
        title: "Request body too large", detail: $"the body is larger than the limit of {maxBytes} bytes");
}
