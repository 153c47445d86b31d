namespace Parley.Coding.Events;

/// <summary>Where an event happened: a gazetteer place.</summary>
/// <param name="Name">The place name.</param>
/// <param name="Country">Its ISO 3166-1 alpha-3 country code.</param>
/// <param name="Latitude">Latitude in degrees.</param>
/// <param name="Longitude">Longitude in degrees.</param>
public sealed record EventLocation(string Name, string Country, double Latitude, double Longitude);
