namespace Parley.Tools.Gazetteer;

/// <summary>One output row of the gazetteer, before formatting.</summary>
/// <param name="Key">GeoNames id of a city, or ISO3 of a country row; used for aliases and as the last sort key.</param>
/// <param name="Name">Name.</param>
/// <param name="AsciiName">Plain-ASCII name.</param>
/// <param name="Country">ISO 3166-1 alpha-3 code.</param>
/// <param name="Latitude">Latitude in degrees.</param>
/// <param name="Longitude">Longitude in degrees.</param>
/// <param name="Population">Population.</param>
/// <param name="Feature">GeoNames feature code, or COUNTRY.</param>
internal sealed record PlaceRow(
    string Key, string Name, string AsciiName, string Country, double Latitude, double Longitude, long Population, string Feature)
{
    /// <summary>Other names from curated/aliases.tsv, in file order.</summary>
    public List<string> OtherNames { get; } = [];

    /// <summary>True for a country row.</summary>
    public bool IsCountry => Feature == GazetteerGenerator.CountryFeature;
}
