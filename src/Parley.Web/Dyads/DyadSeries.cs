namespace Parley.Web.Dyads;

/// <summary>The timeline of the dyad <paramref name="A"/>–<paramref name="B"/> by <paramref name="By"/>: the periods with events, in order.</summary>
public sealed record DyadSeries(string A, string B, string By, IReadOnlyList<DyadPoint> Periods);
