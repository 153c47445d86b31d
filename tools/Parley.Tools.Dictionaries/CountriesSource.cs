using System.Text.Json;

namespace Parley.Tools.Dictionaries;

/// <summary>Reads mledoze/countries (reference/countries.json, ODbL 1.0).</summary>
internal static class CountriesSource
{
    /// <summary>The source file, relative to the data directory.</summary>
    public const string SourceFile = "reference/countries.json";

    /// <summary>The countries in file order.</summary>
    public static List<CountryRecord> Read(string dataDirectory)
    {
        string path = Path.Combine(dataDirectory, SourceFile);
        if (!File.Exists(path))
        {
            throw new SourceFormatException(path, "file not found");
        }
        using JsonDocument document = JsonDocument.Parse(File.ReadAllBytes(path));
        if (document.RootElement.ValueKind != JsonValueKind.Array)
        {
            throw new SourceFormatException(path, "expected a JSON array of countries");
        }
        var countries = new List<CountryRecord>();
        foreach (JsonElement country in document.RootElement.EnumerateArray())
        {
            string alpha3 = String(country, "cca3") ?? throw new SourceFormatException(path, $"a country without cca3 (entry {countries.Count + 1})");
            JsonElement name = country.GetProperty("name");
            countries.Add(new CountryRecord(
                alpha3,
                String(name, "common") ?? alpha3,
                String(name, "official") ?? alpha3,
                Strings(country, "altSpellings"),
                Strings(country, "capital"),
                Demonyms(country),
                country.TryGetProperty("independent", out JsonElement independent) && independent.ValueKind == JsonValueKind.True));
        }
        return countries;
    }

    private static string? String(JsonElement element, string property) =>
        element.TryGetProperty(property, out JsonElement value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static List<string> Strings(JsonElement element, string property)
    {
        var values = new List<string>();
        if (element.TryGetProperty(property, out JsonElement array) && array.ValueKind == JsonValueKind.Array)
        {
            foreach (JsonElement item in array.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.String && item.GetString() is { Length: > 0 } text)
                {
                    values.Add(text);
                }
            }
        }
        return values;
    }

    // "Antiguan, Barbudan" and "Kittitian or Nevisian" name two demonyms each.
    private static List<string> Demonyms(JsonElement country)
    {
        var values = new List<string>();
        if (!country.TryGetProperty("demonyms", out JsonElement demonyms) || !demonyms.TryGetProperty("eng", out JsonElement english))
        {
            return values;
        }
        foreach (string gender in new[] { "m", "f" })
        {
            foreach (string part in (String(english, gender) ?? "").Replace(" or ", ",", StringComparison.Ordinal).Split(','))
            {
                string demonym = part.Trim();
                if (demonym.Length > 0 && !values.Contains(demonym, StringComparer.Ordinal))
                {
                    values.Add(demonym);
                }
            }
        }
        return values;
    }
}
