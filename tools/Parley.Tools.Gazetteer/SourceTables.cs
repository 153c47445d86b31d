using System.Globalization;
using System.Text;

namespace Parley.Tools.Gazetteer;

/// <summary>Readers of the GeoNames tables and the curated alias table; each checks what the generator relies on.</summary>
internal static class SourceTables
{
    /// <summary>Header of geonames_cities15000.tsv.</summary>
    public const string CitiesHeader = "geonameid\tname\tasciiname\tlatitude\tlongitude\tfeature_code\tcountry_code\tadmin1_code\tpopulation\ttimezone";

    /// <summary>Reads geonames_cities15000.tsv.</summary>
    public static List<CityRow> ReadCities(string path)
    {
        string[] lines = ReadLines(path);
        if (lines.Length == 0 || !string.Equals(lines[0], CitiesHeader, StringComparison.Ordinal))
        {
            throw new SourceFormatException(path, 1, "expected the header " + CitiesHeader.Replace("\t", "<TAB>", StringComparison.Ordinal));
        }
        var rows = new List<CityRow>(lines.Length);
        for (int i = 1; i < lines.Length; i++)
        {
            if (lines[i].Length == 0)
            {
                continue;
            }
            string[] f = lines[i].Split('\t');
            if (f.Length != 10)
            {
                throw new SourceFormatException(path, i + 1, $"expected 10 TAB-separated columns, found {f.Length}");
            }
            if (f[1].Trim().Length == 0 || f[6].Length != 2)
            {
                throw new SourceFormatException(path, i + 1, "empty name or country code that is not two letters");
            }
            rows.Add(new CityRow(f[0], f[1].Trim(), f[2].Trim(), Number(f[3], path, i + 1), Number(f[4], path, i + 1), f[5], f[6],
                Count(f[8], path, i + 1)));
        }
        return rows;
    }

    /// <summary>Reads geonames_countryInfo.tsv (comment lines start with '#'; the last one is the column header).</summary>
    public static List<CountryRow> ReadCountries(string path)
    {
        string[] lines = ReadLines(path);
        var rows = new List<CountryRow>(260);
        for (int i = 0; i < lines.Length; i++)
        {
            if (lines[i].Length == 0 || lines[i][0] == '#')
            {
                continue;
            }
            string[] f = lines[i].Split('\t');
            if (f.Length < 8 || f[0].Length != 2 || f[1].Length != 3)
            {
                throw new SourceFormatException(path, i + 1, "expected ISO2, ISO3, numeric, FIPS, country, capital, area and population columns");
            }
            rows.Add(new CountryRow(f[0], f[1], f[4].Trim(), f[5].Trim(), Count(f[7], path, i + 1)));
        }
        if (rows.Count == 0)
        {
            throw new SourceFormatException(path, "no country rows");
        }
        return rows;
    }

    /// <summary>Reads curated/aliases.tsv: key, name and an optional comment, TAB-separated.</summary>
    public static List<AliasRow> ReadAliases(string path)
    {
        string[] lines = ReadLines(path);
        var rows = new List<AliasRow>();
        for (int i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length == 0 || lines[i].TrimStart().StartsWith('#'))
            {
                continue;
            }
            string[] f = lines[i].Split('\t');
            if (f.Length < 2 || f.Length > 3 || f[0].Trim().Length == 0 || f[1].Trim().Length == 0)
            {
                throw new SourceFormatException(path, i + 1, "expected key, name and an optional comment, TAB-separated");
            }
            string name = f[1].Trim();
            if (name.Contains(';', StringComparison.Ordinal))
            {
                throw new SourceFormatException(path, i + 1, "a name may not contain ';' (it separates other_names in the output)");
            }
            rows.Add(new AliasRow(f[0].Trim(), name, i + 1));
        }
        return rows;
    }

    private static string[] ReadLines(string path)
    {
        if (!File.Exists(path))
        {
            throw new SourceFormatException(path, "file not found");
        }
        return File.ReadAllLines(path, new UTF8Encoding(false));
    }

    private static double Number(string text, string path, int line) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) && Math.Abs(value) <= 180.0
            ? value
            : throw new SourceFormatException(path, line, $"\"{text}\" is not a coordinate");

    private static long Count(string text, string path, int line) =>
        text.Length == 0 ? 0
        : long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out long value) ? value
        : throw new SourceFormatException(path, line, $"\"{text}\" is not a population");
}
