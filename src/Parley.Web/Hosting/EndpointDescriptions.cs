using Parley.Web.Api;

namespace Parley.Web.Hosting;

/// <summary>
/// How endpoints are described and limited, in one place: every reading endpoint gets the reading rate limit, every
/// endpoint that codes posted text the coding limit and the request and problem types of a posted story.
/// </summary>
internal static class EndpointDescriptions
{
    /// <summary>An endpoint that reads the store: OpenAPI name, tag and summary, and the reading rate limit.</summary>
    public static RouteHandlerBuilder Reading(this RouteHandlerBuilder endpoint, string name, string tag, string summary) =>
        endpoint.WithName(name).WithTags(tag).WithSummary(summary).RequireRateLimiting(RequestLimits.Reading);

    /// <summary>
    /// An endpoint that codes a posted story (<see cref="StoryRequest"/>) and answers <typeparamref name="TResult"/>:
    /// described with its body, its answers and problems, under the coding rate limit.
    /// </summary>
    public static RouteHandlerBuilder CodingStory<TResult>(this RouteHandlerBuilder endpoint, string name, string tag, string summary,
        int status = StatusCodes.Status200OK) =>
        endpoint.WithName(name).WithTags(tag).WithSummary(summary)
            .Accepts<StoryRequest>("application/json")
            .Produces<TResult>(status)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .RequireRateLimiting(RequestLimits.Coding);
}
