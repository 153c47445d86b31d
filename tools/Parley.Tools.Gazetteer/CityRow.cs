namespace Parley.Tools.Gazetteer;

/// <summary>One row of GeoNames' cities15000 table, with the fields the gazetteer keeps.</summary>
/// <param name="Id">GeoNames id.</param>
/// <param name="Name">Name as GeoNames writes it (UTF-8, diacritics kept).</param>
/// <param name="AsciiName">GeoNames' plain-ASCII form of the name.</param>
/// <param name="Latitude">Latitude in degrees.</param>
/// <param name="Longitude">Longitude in degrees.</param>
/// <param name="FeatureCode">GeoNames feature code (PPL, PPLA, PPLC, ...).</param>
/// <param name="CountryIso2">ISO 3166-1 alpha-2 country code.</param>
/// <param name="Population">Population as GeoNames gives it.</param>
internal sealed record CityRow(
    string Id, string Name, string AsciiName, double Latitude, double Longitude, string FeatureCode, string CountryIso2, long Population);
