using Parley.Coding.Events;

namespace Parley.Coding.Places;

/// <summary>One row of the gazetteer: a populated place or a country.</summary>
/// <param name="Name">The name as GeoNames writes it ("Kyiv", "São Paulo"); for a country, its English name.</param>
/// <param name="AsciiName">The plain-ASCII form of the name ("Sao Paulo").</param>
/// <param name="Country">ISO 3166-1 alpha-3 code of the country the place is in.</param>
/// <param name="Latitude">Latitude in degrees; a country row carries its capital's.</param>
/// <param name="Longitude">Longitude in degrees; a country row carries its capital's.</param>
/// <param name="Population">Population as GeoNames gives it (a country's for a country row).</param>
/// <param name="FeatureCode">GeoNames feature code (PPL, PPLA, PPLC, ...), or <see cref="CountryFeature"/>.</param>
/// <param name="OtherNames">Curated other names ("Kiev" for Kyiv, "U.S." for the United States).</param>
public sealed record Place(
    string Name,
    string AsciiName,
    string Country,
    double Latitude,
    double Longitude,
    long Population,
    string FeatureCode,
    IReadOnlyList<string> OtherNames)
{
    /// <summary>The feature code of country rows.</summary>
    public const string CountryFeature = "COUNTRY";

    /// <summary>True when this row stands for a whole country.</summary>
    public bool IsCountry => string.Equals(FeatureCode, CountryFeature, StringComparison.Ordinal);

    /// <summary>The place as an event location (name, country, coordinates).</summary>
    public EventLocation ToLocation() => new(Name, Country, Latitude, Longitude);

    /// <summary>True when <paramref name="text"/> is one of the place's names, compared exactly (case included).</summary>
    internal bool HasNameWrittenAs(ReadOnlySpan<char> text)
    {
        if (text.SequenceEqual(Name) || text.SequenceEqual(AsciiName))
        {
            return true;
        }
        foreach (string other in OtherNames)
        {
            if (text.SequenceEqual(other))
            {
                return true;
            }
        }
        return false;
    }
}
