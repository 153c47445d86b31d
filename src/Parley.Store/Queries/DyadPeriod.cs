namespace Parley.Store.Queries;

/// <summary>One period of a dyad's time series: events both ways with their Goldstein total and mean and quad classes.</summary>
/// <param name="Period">The first day of the period.</param>
/// <param name="AToB">Events with A as source and B as target.</param>
/// <param name="BToA">Events with B as source and A as target.</param>
/// <param name="Events">All events of the period (<paramref name="AToB"/> + <paramref name="BToA"/>).</param>
/// <param name="GoldsteinSum">The sum of the events' Goldstein values (events of codes outside CAMEO have none).</param>
/// <param name="GoldsteinMean">Their mean, or null when no event has a value.</param>
/// <param name="QuadClasses">Events of quad class 0 (neutral), 1 (verbal cooperation), 2 (material cooperation), 3 (verbal conflict), 4 (material conflict).</param>
public sealed record DyadPeriod(DateOnly Period, long AToB, long BToA, long Events, double GoldsteinSum, double? GoldsteinMean, IReadOnlyList<long> QuadClasses);
