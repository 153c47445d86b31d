using System.Globalization;

namespace Parley.Tools.Dictionaries;

/// <summary>
/// Reads the REIGN leader list (reference/reign_leaderlist_3_21.csv): effective leaders to 2021 with start days but
/// only end months. An end day is the successor's start day when the successor starts that month, else the last
/// day of the month. REIGN mostly gives surnames: a surname joins the one person of that country already known by
/// it; a multi-word name is used as it stands; anything else is left out.
/// </summary>
internal static class ReignSource
{
    /// <summary>The source file, relative to the data directory.</summary>
    public const string SourceFile = "reference/reign_leaderlist_3_21.csv";

    private sealed record Row(int Line, string Country, string Leader, DateOnly From, int EndMonth, int EndYear);

    /// <summary>Adds the spells from 1990 on of the covered countries to the registry; returns the coverage end.</summary>
    public static DateOnly Read(string dataDirectory, LeaderContext context)
    {
        string path = Path.Combine(dataDirectory, SourceFile);
        var rows = new List<Row>();
        foreach ((int line, Dictionary<string, string> fields) in CsvFile.Read(path))
        {
            string? country = context.CountryOfCow(fields.GetValueOrDefault("ccode", ""));
            if (!TryInt(fields, "sdate", out int day) || !TryInt(fields, "smonth", out int month) || !TryInt(fields, "syear", out int year)
                || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
            {
                throw new SourceFormatException(path, line, "sdate, smonth or syear is not a date");
            }
            TryInt(fields, "emonth", out int endMonth);
            TryInt(fields, "eyear", out int endYear);
            rows.Add(new Row(line, country ?? "", fields.GetValueOrDefault("leader", ""), new DateOnly(year, month, day), endMonth, endYear));
        }
        DateOnly latest = rows.Max(r => r.From);
        DateOnly coverageEnd = new(latest.Year, latest.Month, DateTime.DaysInMonth(latest.Year, latest.Month));
        foreach (IGrouping<string, Row> country in rows.Where(r => r.Country.Length > 0).GroupBy(r => r.Country))
        {
            var ordered = country.OrderBy(r => r.From).ToList();
            for (int i = 0; i < ordered.Count; i++)
            {
                DateOnly to = EndOf(ordered[i], i + 1 < ordered.Count ? ordered[i + 1] : null, coverageEnd);
                if (to >= LeaderContext.Start)
                {
                    AddRow(ordered[i], new EntryCode(ordered[i].Country + "GOV", ordered[i].From, to), context);
                }
            }
        }
        return coverageEnd;
    }

    private static DateOnly EndOf(Row row, Row? next, DateOnly coverageEnd)
    {
        if (row.EndYear == 0 || row.EndMonth is < 1 or > 12)
        {
            return coverageEnd;
        }
        if (next is not null && next.From.Year == row.EndYear && next.From.Month == row.EndMonth)
        {
            return next.From;
        }
        return new DateOnly(row.EndYear, row.EndMonth, DateTime.DaysInMonth(row.EndYear, row.EndMonth));
    }

    private static void AddRow(Row row, EntryCode spell, LeaderContext context)
    {
        string leader = row.Leader;
        int parenthesis = leader.IndexOf('(', StringComparison.Ordinal);
        leader = (parenthesis < 0 ? leader : leader[..parenthesis]).Trim();
        // "Zavoli and d'Ambrosio": San Marino's pairs of captains regent are two people in one row.
        if (leader.Contains(" and ", StringComparison.Ordinal) || leader.Contains('&', StringComparison.Ordinal))
        {
            context.Registry.Skip("REIGN rows naming two people");
            return;
        }
        if (!leader.Contains(' ', StringComparison.Ordinal))
        {
            if (context.Registry.BySurname(row.Country, leader) is { } person)
            {
                context.Registry.Add(row.Country, person.Names, [spell], "REIGN");
            }
            else
            {
                context.Registry.Skip("REIGN spells with a surname that no other source completes");
            }
            return;
        }
        List<string> names = context.FullNames(leader);
        if (names.Count == 0)
        {
            context.Registry.Skip("REIGN names damaged in the source or unusable");
            return;
        }
        context.Registry.Add(row.Country, names, [spell], "REIGN");
    }

    private static bool TryInt(Dictionary<string, string> fields, string name, out int value) =>
        int.TryParse(fields.GetValueOrDefault(name, ""), NumberStyles.Integer, CultureInfo.InvariantCulture, out value);
}
