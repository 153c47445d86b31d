namespace Parley.Web.Api;

/// <summary>Where an event happened: the place name, its country (ISO alpha-3) and coordinates in degrees.</summary>
public sealed record ApiLocation(string Name, string Country, double Lat, double Lon);
