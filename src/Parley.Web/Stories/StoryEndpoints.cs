using Microsoft.AspNetCore.Http.HttpResults;
using Parley.Coding.Events;
using Parley.Store;
using Parley.Store.Queries;
using Parley.Text.Stories;
using Parley.Web.Api;
using Parley.Web.Coding;
using Parley.Web.Hosting;

namespace Parley.Web.Stories;

/// <summary>
/// <c>GET /api/stories/{id}</c>: a stored story with its events and spans; <c>POST /api/stories</c>: codes a story and
/// stores it (API key needed), idempotent as <c>parley ingest</c>: a story is known by its id, else by its text.
/// </summary>
internal static class StoryEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/stories/{id}", Get)
            .Reading("GetStory", "Stories", "A stored story: its text, sentences and events with evidence spans.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        app.MapPost("/api/stories", Post)
            .CodingStory<StoryWritten>("StoreStory", "Stories",
                "Code a story and store it (needs the API key in X-Api-Key); posting the same story again changes nothing.",
                StatusCodes.Status201Created)
            .Produces<StoryWritten>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .AddEndpointFilter<ApiKeyFilter>();
    }

    private static Results<Ok<StoryView>, ProblemHttpResult> Get(string id, StoreAccess store)
    {
        StoryView? view = store.Read(s => Read(s, id));
        if (view is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such story",
                detail: "the store has no story with this id");
        }
        return TypedResults.Ok(view);
    }

    private static StoryView? Read(EventStore store, string id)
    {
        if (StoryQuery.Find(store, id) is not { } story)
        {
            return null;
        }
        var events = new List<ApiEvent>(story.EventCount);
        foreach (StoredEvent e in EventQuery.Run(store, new EventFilter { StoryId = id }))
        {
            events.Add(ApiEvent.From(e));
        }
        events.Sort((x, y) => x.EventIndex.CompareTo(y.EventIndex));
        return new StoryView(story.Id, story.Date, story.Title, story.Url, story.Source, story.Text,
            StoryCoding.Spans(story.Sentences), events);
    }

    private static async Task<IResult> Post(HttpRequest request, StoreAccess store, CoderPool coders, ParleyWebOptions options,
        CancellationToken cancellationToken)
    {
        (StoryRequest? posted, IResult? problem) = await RequestBody.ReadJsonAsync<StoryRequest>(request, options.MaxBodyBytes, cancellationToken);
        if (posted is null)
        {
            return problem!;
        }
        var errors = new ApiErrors();
        Story? story = posted.ToStory(errors, StoryIdentity.HashText, "POST /api/stories");
        if (story is null)
        {
            return TypedResults.ValidationProblem(errors.ByParameter);
        }
        if (store.Read(s => StoryQuery.Counts(s, story.Id)) is { } known)
        {
            return TypedResults.Ok(new StoryWritten(story.Id, false, known.Events, known.Sentences));
        }
        (IReadOnlyList<CodedEvent> events, IReadOnlyList<CharSpan> sentences) = await coders.CodeAsync(story, cancellationToken);
        var coded = new CodedStory(story, StoryIdentity.HashText(story.Text), events, sentences.Count, sentences);
        bool created = await store.WriteAsync(s => WriteIfNew(s, coded), cancellationToken);
        var written = new StoryWritten(story.Id, created, events.Count, sentences.Count);
        return created ? TypedResults.Created($"/api/stories/{Uri.EscapeDataString(story.Id)}", written) : TypedResults.Ok(written);
    }

    // Checked again under the write lock: the same story posted twice at once is coded twice but stored once.
    private static bool WriteIfNew(EventStore store, CodedStory story)
    {
        if (StoryQuery.Counts(store, story.Story.Id) is not null)
        {
            return false;
        }
        store.Write([story], []);
        return true;
    }
}
