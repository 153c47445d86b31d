namespace Parley.Coding.Dates;

/// <summary>A rule's match: the tokens [<paramref name="Start"/>, <paramref name="End"/>) and the date they resolve to.</summary>
internal readonly record struct DateMatch(int Start, int End, DateOnly Date, DateGranularity Granularity);
