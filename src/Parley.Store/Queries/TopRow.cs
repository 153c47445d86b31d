namespace Parley.Store.Queries;

/// <summary>One row of a ranking: its key (actor; source and target; code and name; place and country) and counts.</summary>
/// <param name="Key">The actor code, source code, event code or place name.</param>
/// <param name="Detail">The target code of a dyad, the name of a code, the country of a place; null for actors.</param>
/// <param name="Events">Events counted.</param>
/// <param name="Stories">Distinct stories they come from.</param>
/// <param name="GoldsteinMean">The mean Goldstein value of the events, or null when none has one.</param>
public sealed record TopRow(string Key, string? Detail, long Events, long Stories, double? GoldsteinMean);
