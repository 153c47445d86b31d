using Parley.Coding.Events;

namespace Parley.Web.Api;

/// <summary>
/// An event's source or target: its code, the words that named it, the code's country and sector, and whether the
/// sentence only implies it (no words name it: see <see cref="EventActor.Implied"/>).
/// </summary>
public sealed record ApiActor(string Code, string Text, string? Country, string? Sector, bool Implied)
{
    /// <summary>The API form of <paramref name="actor"/>, or null for no actor.</summary>
    public static ApiActor? From(EventActor? actor) =>
        actor is null ? null : new ApiActor(actor.Code, actor.Text, actor.Country, actor.Sector, actor.Implied);
}
