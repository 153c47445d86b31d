namespace Parley.Tools.Gazetteer;

/// <summary>One row of GeoNames' countryInfo table, with the fields the gazetteer needs.</summary>
/// <param name="Iso2">ISO 3166-1 alpha-2 code.</param>
/// <param name="Iso3">ISO 3166-1 alpha-3 code.</param>
/// <param name="Name">English short name as GeoNames writes it.</param>
/// <param name="Capital">Name of the capital; empty when GeoNames gives none.</param>
/// <param name="Population">Population.</param>
internal sealed record CountryRow(string Iso2, string Iso3, string Name, string Capital, long Population);
