using System.Globalization;
using System.Text;

namespace Parley.Tools.Gazetteer;

/// <summary>
/// Builds Parley's gazetteer (data/gazetteer/places.tsv) from GeoNames' cities15000 and countryInfo tables and the
/// curated alias table. The output depends only on those three files: rows are sorted and numbers are written in
/// the invariant culture, so two runs give the same bytes.
/// </summary>
internal static class GazetteerGenerator
{
    /// <summary>Cities table, relative to the data directory.</summary>
    public const string CitiesFile = "reference/geonames_cities15000.tsv";

    /// <summary>Country table, relative to the data directory.</summary>
    public const string CountriesFile = "reference/geonames_countryInfo.tsv";

    /// <summary>Feature code of the country rows.</summary>
    public const string CountryFeature = "COUNTRY";

    /// <summary>The column header line of the output.</summary>
    public const string Header = "name\tascii_name\tcountry\tlatitude\tlongitude\tpopulation\tfeature\tother_names";

    // Abandoned and historical places are not where today's events happen; PPLH rows in cities15000 are mostly
    // former towns now inside a city (Moscow's Troparyovo), whose names would only add false candidates.
    private static readonly string[] LeftOutFeatures = ["PPLQ", "PPLH"];

    /// <summary>Reads the sources and returns the file text and a one-line summary.</summary>
    public static (string Text, string Summary) Generate(string dataDirectory, string aliasesPath, string englishNamesPath)
    {
        List<CityRow> cities = SourceTables.ReadCities(Path.Combine(dataDirectory, CitiesFile));
        List<CountryRow> countries = SourceTables.ReadCountries(Path.Combine(dataDirectory, CountriesFile));
        List<AliasRow> aliases = SourceTables.ReadAliases(aliasesPath);
        List<AliasRow> englishNames = SourceTables.ReadAliases(englishNamesPath);

        var iso3Of = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (CountryRow country in countries)
        {
            iso3Of[country.Iso2] = country.Iso3;
        }
        var report = new GenerationReport();
        var rows = new List<PlaceRow>(cities.Count + countries.Count);
        AddCities(cities, iso3Of, rows, report);
        AddCountries(countries, cities, rows, report);
        ApplyAliases(aliases, rows, aliasesPath);
        ApplyEnglishNames(englishNames, rows, englishNamesPath);
        rows.Sort(Compare);

        var text = new StringBuilder(rows.Count * 64);
        int countryRows = rows.Count(r => r.IsCountry);
        AppendComments(text, rows.Count, countryRows, (aliases.Count, englishNames.Count), report);
        text.Append(Header).Append('\n');
        foreach (PlaceRow row in rows)
        {
            AppendRow(text, row);
        }
        string summary = $"{rows.Count} places ({countryRows} countries, {rows.Count - countryRows} populated places), {aliases.Count} other names";
        return (text.ToString(), summary);
    }

    private static void AddCities(List<CityRow> cities, Dictionary<string, string> iso3Of, List<PlaceRow> rows, GenerationReport report)
    {
        foreach (CityRow city in cities)
        {
            if (Array.IndexOf(LeftOutFeatures, city.FeatureCode) >= 0)
            {
                report.LeftOutCities.Add($"{city.Name} ({city.CountryIso2}, {city.FeatureCode})");
                continue;
            }
            if (!iso3Of.TryGetValue(city.CountryIso2, out string? iso3))
            {
                throw new SourceFormatException(CitiesFile, $"city {city.Id} ({city.Name}) has country code {city.CountryIso2}, which {CountriesFile} does not list");
            }
            rows.Add(new PlaceRow(city.Id, city.Name, city.AsciiName.Length == 0 ? city.Name : city.AsciiName, iso3,
                city.Latitude, city.Longitude, city.Population, city.FeatureCode));
        }
    }

    // A country row takes its capital's coordinates: GeoNames gives no centroids, and a capital is where most
    // "in Syria" events without a finer place are reported from anyway.
    private static void AddCountries(List<CountryRow> countries, List<CityRow> cities, List<PlaceRow> rows, GenerationReport report)
    {
        var byCountry = new Dictionary<string, List<CityRow>>(StringComparer.Ordinal);
        foreach (CityRow city in cities)
        {
            if (Array.IndexOf(LeftOutFeatures, city.FeatureCode) < 0)
            {
                if (!byCountry.TryGetValue(city.CountryIso2, out List<CityRow>? list))
                {
                    list = [];
                    byCountry[city.CountryIso2] = list;
                }
                list.Add(city);
            }
        }
        foreach (CountryRow country in countries)
        {
            string name = CountryName(country.Name);
            CityRow? anchor = byCountry.TryGetValue(country.Iso2, out List<CityRow>? candidates)
                ? FindCapital(country, candidates, report)
                : null;
            if (anchor is null)
            {
                report.LeftOutCountries.Add($"{country.Iso3} {name}");
                continue;
            }
            rows.Add(new PlaceRow(country.Iso3, name, name, country.Iso3, anchor.Latitude, anchor.Longitude, country.Population, CountryFeature));
        }
    }

    /// <summary>GeoNames writes "The Netherlands"; text says "the Netherlands", and the article is not part of the name.</summary>
    private static string CountryName(string name) =>
        name.StartsWith("The ", StringComparison.Ordinal) ? name[4..] : name;

    private static CityRow? FindCapital(CountryRow country, List<CityRow> candidates, GenerationReport report)
    {
        CityRow? named = null;
        CityRow? seat = null;
        CityRow? largest = null;
        foreach (CityRow city in candidates)
        {
            bool isNamed = country.Capital.Length > 0 && (string.Equals(city.Name, country.Capital, StringComparison.OrdinalIgnoreCase)
                || string.Equals(city.AsciiName, country.Capital, StringComparison.OrdinalIgnoreCase));
            if (isNamed && (named is null || Better(city, named)))
            {
                named = city;
            }
            if (city.FeatureCode == "PPLC" && (seat is null || city.Population > seat.Population))
            {
                seat = city;
            }
            if (largest is null || city.Population > largest.Population)
            {
                largest = city;
            }
        }
        if (named is not null)
        {
            return named;
        }
        CityRow? fallback = seat ?? largest;
        if (fallback is not null)
        {
            string capital = country.Capital.Length == 0 ? "no capital given" : $"capital {country.Capital} not in cities15000";
            string how = seat is not null ? "the PPLC row" : "the most populous city";
            report.CoordinatesFromOtherCity.Add($"{country.Iso3} ({capital}): {fallback.Name}, {how}");
        }
        return fallback;
    }

    // Among several cities named like the capital, the PPLC row wins, then the larger one.
    private static bool Better(CityRow city, CityRow current) =>
        (city.FeatureCode == "PPLC") != (current.FeatureCode == "PPLC") ? city.FeatureCode == "PPLC" : city.Population > current.Population;

    private static void ApplyAliases(List<AliasRow> aliases, List<PlaceRow> rows, string aliasesPath)
    {
        var byKey = new Dictionary<string, PlaceRow>(StringComparer.Ordinal);
        foreach (PlaceRow row in rows)
        {
            byKey[row.Key] = row;
        }
        foreach (AliasRow alias in aliases)
        {
            if (!byKey.TryGetValue(alias.Key, out PlaceRow? row))
            {
                throw new SourceFormatException(aliasesPath, alias.Line, $"no place with key {alias.Key} (a GeoNames id or a country's ISO3 code)");
            }
            if (string.Equals(alias.Name, row.Name, StringComparison.OrdinalIgnoreCase)
                || string.Equals(alias.Name, row.AsciiName, StringComparison.OrdinalIgnoreCase)
                || row.OtherNames.Contains(alias.Name, StringComparer.OrdinalIgnoreCase))
            {
                throw new SourceFormatException(aliasesPath, alias.Line, $"{row.Name} already has the name {alias.Name}");
            }
            row.OtherNames.Add(alias.Name);
        }
    }

    // The English name becomes the place's name; its GeoNames names become other names, so "Genève" still finds Geneva.
    private static void ApplyEnglishNames(List<AliasRow> names, List<PlaceRow> rows, string path)
    {
        var indexOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < rows.Count; i++)
        {
            indexOf[rows[i].Key] = i;
        }
        foreach (AliasRow name in names)
        {
            if (!indexOf.TryGetValue(name.Key, out int i) || rows[i].IsCountry)
            {
                throw new SourceFormatException(path, name.Line, $"no city with GeoNames id {name.Key}");
            }
            PlaceRow row = rows[i];
            if (string.Equals(name.Name, row.Name, StringComparison.OrdinalIgnoreCase))
            {
                throw new SourceFormatException(path, name.Line, $"{row.Name} already has this name");
            }
            row.OtherNames.RemoveAll(n => string.Equals(n, name.Name, StringComparison.OrdinalIgnoreCase));
            row.OtherNames.Insert(0, row.Name);
            if (!string.Equals(row.AsciiName, row.Name, StringComparison.Ordinal))
            {
                row.OtherNames.Insert(1, row.AsciiName);
            }
            rows[i] = row with { Name = name.Name, AsciiName = name.Name };
        }
    }

    // Country, then the country row, then name; the GeoNames id settles rows that agree on everything written.
    private static int Compare(PlaceRow a, PlaceRow b)
    {
        int c = string.CompareOrdinal(a.Country, b.Country);
        if (c == 0)
        {
            c = b.IsCountry.CompareTo(a.IsCountry);
        }
        if (c == 0)
        {
            c = string.CompareOrdinal(a.Name, b.Name);
        }
        if (c == 0)
        {
            c = b.Population.CompareTo(a.Population);
        }
        return c != 0 ? c : string.CompareOrdinal(a.Key, b.Key);
    }

    private static void AppendRow(StringBuilder text, PlaceRow row)
    {
        text.Append(row.Name).Append('\t')
            .Append(row.AsciiName).Append('\t')
            .Append(row.Country).Append('\t')
            .Append(row.Latitude.ToString("F5", CultureInfo.InvariantCulture)).Append('\t')
            .Append(row.Longitude.ToString("F5", CultureInfo.InvariantCulture)).Append('\t')
            .Append(row.Population.ToString(CultureInfo.InvariantCulture)).Append('\t')
            .Append(row.Feature).Append('\t')
            .AppendJoin(';', row.OtherNames).Append('\n');
    }

    private static void AppendComments(StringBuilder text, int count, int countryRows, (int Aliases, int English) curated, GenerationReport report)
    {
        string n = count.ToString(CultureInfo.InvariantCulture);
        Comment(text, $"Parley gazetteer: {n} places ({countryRows.ToString(CultureInfo.InvariantCulture)} countries and {(count - countryRows).ToString(CultureInfo.InvariantCulture)} populated places of more than 15,000 people),");
        Comment(text, "  sorted by country, the country row first, then by name.");
        Comment(text, "Generated by tools/Parley.Tools.Gazetteer; do not edit by hand. Regenerate from the repository root with");
        Comment(text, "  dotnet run --project tools/Parley.Tools.Gazetteer -c Release -- [--data ../shared/data] [--out data/gazetteer/places.tsv]");
        Comment(text, "Sources (GeoNames paths relative to the shared data directory):");
        Comment(text, $"  {CitiesFile}  GeoNames cities with more than 15,000 people (geonames.org); CC BY 4.0");
        Comment(text, $"  {CountriesFile}   GeoNames country info: ISO codes, names, capitals, population; CC BY 4.0");
        Comment(text, $"  tools/Parley.Tools.Gazetteer/curated/aliases.tsv  {curated.Aliases.ToString(CultureInfo.InvariantCulture)} other names (Kiev, New York, U.S., Burma), hand-curated for Parley");
        Comment(text, $"  tools/Parley.Tools.Gazetteer/curated/english-names.tsv  {curated.English.ToString(CultureInfo.InvariantCulture)} English names shown instead of GeoNames' local ones (Geneva, Cologne), hand-curated for Parley");
        Comment(text, "  This file is a derivative of GeoNames data and is shared under CC BY 4.0; credit: GeoNames (https://www.geonames.org).");
        Comment(text, "Format: UTF-8, LF line endings, '#' comment lines, one header line, then one TAB-separated row per place:");
        Comment(text, "  name         GeoNames name (diacritics kept) or the curated English name; country rows: GeoNames' English country name without a leading \"The\"");
        Comment(text, "  ascii_name   GeoNames' plain-ASCII name (the name again when GeoNames gives none)");
        Comment(text, "  country      ISO 3166-1 alpha-3 code (Kosovo: XKX, as GeoNames has it)");
        Comment(text, "  latitude     degrees, 5 decimals; country rows: the capital's coordinates (GeoNames has no centroids)");
        Comment(text, "  longitude    degrees, 5 decimals");
        Comment(text, "  population   GeoNames population (countries: the country's)");
        Comment(text, "  feature      GeoNames feature code (PPL, PPLA..PPLA5, PPLC capital, PPLG seat of government, PPLX section of a");
        Comment(text, $"               city, ...), or {CountryFeature} for a country row");
        Comment(text, "  other_names  curated other names (and GeoNames' names of a place with an English name), ';'-separated; usually empty");
        Comment(text, "Left out:");
        Comment(text, "  GeoNames' alternate names (multilingual, several MB) and all places of 15,000 people or fewer; regions,");
        Comment(text, "  provinces and US states (Aleppo province, Georgia the state) are not places of this file.");
        Comment(text, $"  Abandoned (PPLQ) and historical (PPLH) places, {report.LeftOutCities.Count.ToString(CultureInfo.InvariantCulture)}: {string.Join(", ", report.LeftOutCities)}");
        Comment(text, "  Countries without a city in cities15000 to take coordinates from: " + string.Join(", ", report.LeftOutCountries));
        Comment(text, "Country rows whose coordinates are not those of the capital GeoNames names:");
        foreach (string line in report.CoordinatesFromOtherCity)
        {
            Comment(text, "  " + line);
        }
    }

    private static void Comment(StringBuilder text, string line) => text.Append("# ").Append(line).Append('\n');
}
