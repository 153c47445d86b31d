namespace Parley.Store.Queries;

/// <summary>One place where events happened, with its coordinates (the dashboard's map).</summary>
/// <param name="Name">The place name.</param>
/// <param name="Country">Its country (ISO alpha-3).</param>
/// <param name="Latitude">Latitude in degrees.</param>
/// <param name="Longitude">Longitude in degrees.</param>
/// <param name="Events">Events located there.</param>
/// <param name="GoldsteinMean">Their mean Goldstein value, or null when none has one.</param>
public sealed record PlaceRow(string Name, string Country, double Latitude, double Longitude, long Events, double? GoldsteinMean);
