using Parley.Web.Api;

namespace Parley.Web.Coding;

/// <summary>
/// The events of posted text: the text as coded (normalised; every span points into it), its sentences as
/// [start, end) spans, and the events in text order.
/// </summary>
public sealed record CodeResult(string Text, DateOnly? Date, IReadOnlyList<int[]> Sentences, IReadOnlyList<ApiEvent> Events);
