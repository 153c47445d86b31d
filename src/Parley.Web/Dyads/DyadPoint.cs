using Parley.Store.Queries;

namespace Parley.Web.Dyads;

/// <summary>
/// One period of a dyad's timeline: events each way, their Goldstein sum and mean, the quad-class counts (0 neutral …
/// 4 material conflict) and the cooperation (classes 1–2) and conflict (3–4) totals a chart stacks.
/// </summary>
public sealed record DyadPoint(DateOnly Period, long AToB, long BToA, long Events, double GoldsteinSum, double? GoldsteinMean,
    IReadOnlyList<long> QuadClasses, long Cooperation, long Conflict)
{
    /// <summary>The API form of a period of <see cref="DyadQuery"/>.</summary>
    public static DyadPoint From(DyadPeriod p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return new DyadPoint(p.Period, p.AToB, p.BToA, p.Events, p.GoldsteinSum, p.GoldsteinMean, p.QuadClasses,
            p.QuadClasses[1] + p.QuadClasses[2], p.QuadClasses[3] + p.QuadClasses[4]);
    }
}
