using Microsoft.AspNetCore.Http.HttpResults;
using Parley.Coding.Events;
using Parley.Store;
using Parley.Text.Stories;
using Parley.Web.Api;
using Parley.Web.Hosting;

namespace Parley.Web.Coding;

/// <summary><c>POST /api/code</c>: codes posted text and returns its events with their spans, storing nothing.</summary>
internal static class CodeEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/api/code", Code)
            .CodingStory<CodeResult>("CodeText", "Coding",
                "Code a posted story ({\"text\", \"date\"?}) and return its events with evidence spans; nothing is stored.");
    }

    private static async Task<IResult> Code(HttpRequest request, CoderPool coders, ParleyWebOptions options, CancellationToken cancellationToken)
    {
        (StoryRequest? posted, IResult? problem) = await RequestBody.ReadJsonAsync<StoryRequest>(request, options.MaxBodyBytes, cancellationToken);
        if (posted is null)
        {
            return problem!;
        }
        var errors = new ApiErrors();
        Story? story = posted.ToStory(errors, StoryIdentity.HashText, "POST /api/code");
        if (story is null)
        {
            return TypedResults.ValidationProblem(errors.ByParameter);
        }
        (IReadOnlyList<CodedEvent> events, IReadOnlyList<CharSpan> sentences) = await coders.CodeAsync(story, cancellationToken);
        return TypedResults.Ok(new CodeResult(story.Text, story.Date, StoryCoding.Spans(sentences), StoryCoding.Events(events, story.Text)));
    }
}
