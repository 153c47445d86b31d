using Parley.Coding.Places;

namespace Parley.Tools.SyntheticStore;

/// <summary>
/// The actors of the synthetic store: the gazetteer's countries and a few international organisations, ranked so
/// the countries news writes about most come first and drawn by a Zipf law over that rank (a few actors in most
/// events, a long tail), each with an optional CAMEO sector (GOV, MIL, REB…) drawn from a fixed profile.
/// </summary>
internal sealed class SyntheticActors
{
    /// <summary>The head of the ranking, roughly the order of the most reported states in event data sets.</summary>
    private static readonly string[] Head =
    [
        "USA", "RUS", "CHN", "GBR", "FRA", "DEU", "ISR", "IRN", "IND", "UKR", "PAK", "JPN", "SYR", "IRQ", "AFG", "TUR",
        "PSE", "PRK", "KOR", "EGY", "SAU", "NGA", "ZAF", "BRA", "MEX", "AUS", "CAN", "ITA", "ESP", "LBN", "YEM", "LBY",
        "SDN", "SOM", "KEN", "ETH", "IDN", "PHL", "THA", "MMR", "VEN", "COL", "POL", "GRC", "SRB", "GEO", "ARM", "AZE",
    ];

    /// <summary>International organisations (code, name), ranked among the states after the head.</summary>
    private static readonly (string Code, string Name)[] Organisations =
    [
        ("IGOUNO", "the United Nations"), ("IGOEUREEC", "the European Union"), ("IGOWSTNAT", "NATO"), ("IGOMEAARL", "the Arab League"),
    ];

    /// <summary>CAMEO sectors with their share of state actors and the word a sentence uses; "" is the state itself.</summary>
    private static readonly (string Sector, string Word, double Share)[] Sectors =
    [
        ("", "", 0.42), ("GOV", "government", 0.28), ("MIL", "military", 0.09), ("CVL", "civilians", 0.04),
        ("REB", "rebels", 0.03), ("OPP", "opposition", 0.03), ("BUS", "businesses", 0.03), ("COP", "police", 0.025),
        ("MED", "media", 0.02), ("LEG", "parliament", 0.02), ("JUD", "judiciary", 0.015),
    ];

    private readonly SyntheticActor[][] _actors;
    private readonly WeightedTable<int> _countries;
    private readonly WeightedTable<int> _sectors;

    /// <summary>Builds the actors from the countries of <paramref name="gazetteer"/>.</summary>
    public SyntheticActors(Gazetteer gazetteer)
    {
        List<(string Code, string Name, string? Country)> ranked = Rank(gazetteer);
        _actors = new SyntheticActor[ranked.Count][];
        for (int c = 0; c < ranked.Count; c++)
        {
            (string code, string name, string? country) = ranked[c];
            // Organisations have no sectors: every sector index maps to the organisation itself.
            _actors[c] = Sectors.Select((s, i) => country is null || i == 0
                ? new SyntheticActor(code, name, country, c, 0)
                : new SyntheticActor(code + s.Sector, $"the {s.Word} of {name}", country, c, i)).ToArray();
        }
        _countries = new WeightedTable<int>(Enumerable.Range(0, ranked.Count).ToArray(), WeightedTable<int>.Zipf(ranked.Count, 1.1));
        _sectors = new WeightedTable<int>(Enumerable.Range(0, Sectors.Length).ToArray(), Sectors.Select(s => s.Share).ToArray());
    }

    /// <summary>How many countries and organisations there are.</summary>
    public int Count => _actors.Length;

    /// <summary>The actor of country or organisation <paramref name="index"/> with no sector.</summary>
    public SyntheticActor Country(int index) => _actors[index][0];

    /// <summary>A source actor: a country by the Zipf law, with a sector by the sector profile.</summary>
    public SyntheticActor DrawSource(ref SplitMix64 random) => _actors[_countries.Draw(ref random)][_sectors.Draw(ref random)];

    /// <summary>
    /// A target for <paramref name="source"/>: a quarter of events are domestic (the same country, another sector, as
    /// in government against rebels), the rest go to another country drawn by the same law.
    /// </summary>
    public SyntheticActor DrawTarget(SyntheticActor source, ref SplitMix64 random)
    {
        if (source.Country is not null && random.Chance(0.25))
        {
            int sector = 1 + random.NextInt(Sectors.Length - 1);
            return _actors[source.CountryIndex][sector == source.SectorIndex ? 0 : sector];
        }
        int country = _countries.Draw(ref random);
        if (country == source.CountryIndex)
        {
            // One redraw keeps the Zipf shape; a second collision falls to the next actor in the ranking.
            country = _countries.Draw(ref random);
            country = country == source.CountryIndex ? (country + 1) % _actors.Length : country;
        }
        return _actors[country][_sectors.Draw(ref random)];
    }

    // The head first (those the gazetteer knows), then the organisations, then every other country by population.
    private static List<(string Code, string Name, string? Country)> Rank(Gazetteer gazetteer)
    {
        var result = new List<(string, string, string?)>();
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (string code in Head)
        {
            if (gazetteer.FindCountry(code) is { } place && taken.Add(code))
            {
                result.Add((code, place.Name, code));
            }
        }
        result.AddRange(Organisations.Select(o => (o.Code, o.Name, (string?)null)));
        IEnumerable<Place> rest = gazetteer.Places
            .Where(p => p.IsCountry && !taken.Contains(p.Country) && p.Country.Length == 3)
            .OrderByDescending(p => p.Population).ThenBy(p => p.Country, StringComparer.Ordinal);
        foreach (Place place in rest)
        {
            if (taken.Add(place.Country))
            {
                result.Add((place.Country, place.Name, place.Country));
            }
        }
        return result;
    }
}
