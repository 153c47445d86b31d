using System.Globalization;

namespace Parley.Tools.Dictionaries;

/// <summary>
/// Reads Archigos 4.1 leader spells (reference/archigos_4.1_spells.csv): the effective leader of each state with
/// exact dates up to 2015. Full names come from the DBpedia link; a spell without one is joined to a person
/// already known by surname, or left out.
/// </summary>
internal static class ArchigosSource
{
    /// <summary>The source file, relative to the data directory.</summary>
    public const string SourceFile = "reference/archigos_4.1_spells.csv";

    /// <summary>Archigos ends its data on this day; "still in office" spells end here until a later source extends them.</summary>
    public static readonly DateOnly CoverageEnd = new(2015, 12, 31);

    /// <summary>Adds the spells from 1990 on of the covered countries to the registry.</summary>
    public static void Read(string dataDirectory, LeaderContext context)
    {
        string path = Path.Combine(dataDirectory, SourceFile);
        foreach ((int line, Dictionary<string, string> row) in CsvFile.Read(path))
        {
            string? country = context.CountryOfCow(row.GetValueOrDefault("ccode", ""));
            if (country is null)
            {
                continue;
            }
            if (!TryDate(row.GetValueOrDefault("startdate", ""), out DateOnly from) || !TryDate(row.GetValueOrDefault("enddate", ""), out DateOnly to))
            {
                throw new SourceFormatException(path, line, "startdate or enddate is not YYYY-MM-DD");
            }
            if (to < LeaderContext.Start)
            {
                continue;
            }
            var spell = new EntryCode(country + "GOV", from, to > CoverageEnd ? CoverageEnd : to);
            List<string> names = context.FullNames(NameOfLink(row.GetValueOrDefault("dbpedia.uri", "")));
            if (names.Count > 0)
            {
                context.Registry.Add(country, names, [spell], "Archigos");
            }
            else if (context.Registry.BySurname(country, row.GetValueOrDefault("leader", "")) is { } person)
            {
                context.Registry.Add(country, person.Names, [spell], "Archigos");
            }
            else
            {
                context.Registry.Skip("Archigos spells without a full name");
            }
        }
    }

    // "http://dbpedia.org/resource/George_W._Bush" → "George W. Bush"; "(politician)" and the like are dropped.
    private static string NameOfLink(string uri)
    {
        int slash = uri.LastIndexOf('/');
        if (slash < 0 || !uri.StartsWith("http", StringComparison.Ordinal))
        {
            return "";
        }
        string name = Uri.UnescapeDataString(uri[(slash + 1)..]).Replace('_', ' ');
        int parenthesis = name.IndexOf(" (", StringComparison.Ordinal);
        return (parenthesis < 0 ? name : name[..parenthesis]).Trim();
    }

    private static bool TryDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
