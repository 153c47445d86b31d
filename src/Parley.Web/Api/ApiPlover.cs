namespace Parley.Web.Api;

/// <summary>The PLOVER event type, mode and context of an event's CAMEO code.</summary>
public sealed record ApiPlover(string Event, string? Mode, string? Context);
