using Parley.Coding.Events;
using Parley.Coding.Places;

namespace Parley.Tools.SyntheticStore;

/// <summary>
/// Where synthetic events happen: for each country, its largest places in the gazetteer (capital first), drawn by a
/// Zipf law so the capital and the big cities dominate, as in coded news.
/// </summary>
internal sealed class SyntheticPlaces
{
    private const int PlacesPerCountry = 12;

    private readonly Dictionary<string, WeightedTable<EventLocation>> _byCountry = new(StringComparer.Ordinal);

    /// <summary>Builds the tables from <paramref name="gazetteer"/>.</summary>
    public SyntheticPlaces(Gazetteer gazetteer)
    {
        foreach (IGrouping<string, Place> country in gazetteer.Places.GroupBy(p => p.Country, StringComparer.Ordinal))
        {
            List<EventLocation> places = country.Where(p => !p.IsCountry)
                .OrderByDescending(p => p.FeatureCode == "PPLC").ThenByDescending(p => p.Population).ThenBy(p => p.Name, StringComparer.Ordinal)
                .Take(PlacesPerCountry).Select(p => p.ToLocation()).ToList();
            if (places.Count == 0)
            {
                // A country without a city of 15,000 people: its own row (named for the country, at its capital).
                places.AddRange(country.Where(p => p.IsCountry).Select(p => p.ToLocation()));
            }
            if (places.Count > 0)
            {
                _byCountry[country.Key] = new WeightedTable<EventLocation>(places, WeightedTable<int>.Zipf(places.Count, 1.2));
            }
        }
    }

    /// <summary>A place in <paramref name="country"/>, or null when the gazetteer has none there.</summary>
    public EventLocation? Draw(string? country, ref SplitMix64 random) =>
        country is not null && _byCountry.TryGetValue(country, out WeightedTable<EventLocation>? table) ? table.Draw(ref random) : null;
}
