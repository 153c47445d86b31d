using Parley.Coding.Events;

namespace Parley.Web.Api;

/// <summary>An event's source or target: its code, the words that named it, and the code's country and sector.</summary>
public sealed record ApiActor(string Code, string Text, string? Country, string? Sector)
{
    /// <summary>The API form of <paramref name="actor"/>, or null for no actor.</summary>
    public static ApiActor? From(EventActor? actor) =>
        actor is null ? null : new ApiActor(actor.Code, actor.Text, actor.Country, actor.Sector);
}
