namespace Parley.Web.Hosting;

/// <summary>
/// Response headers that keep story text inert in the browser even if a page escaped it wrongly: scripts only from this
/// server (no inline script, no eval), no framing, no MIME sniffing, no referrer leaking story URLs. No CORS header is
/// ever sent, so other sites' pages cannot read the API.
/// </summary>
internal static class SecurityHeaders
{
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    /// <summary>Middleware adding the headers to every response.</summary>
    public static Task Add(HttpContext context, Func<Task> next)
    {
        IHeaderDictionary headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        headers["Cross-Origin-Resource-Policy"] = "same-origin";
        return next();
    }
}
