using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Parley.Tools.Dictionaries;

/// <summary>
/// Reads CountryInfo.120116.txt (P. Schrodt, CC BY-SA 3.0): from each covered country's &lt;Leaders&gt; block the
/// heads of state and government (rulers.org, to about 2011), and from its &lt;Government&gt; block (CIA World
/// Leaders, Jan 2003 – Feb 2011) the foreign and defence ministers with the codes CountryInfo gives them.
/// </summary>
internal static partial class CountryInfoSource
{
    /// <summary>The source file, relative to the data directory.</summary>
    public const string SourceFile = "reference/CountryInfo.120116.txt";

    /// <summary>The source name of people from the &lt;Leaders&gt; blocks.</summary>
    public const string LeadersSource = "CountryInfo leaders";

    /// <summary>The source name of people from the &lt;Government&gt; blocks.</summary>
    public const string MinistersSource = "CountryInfo ministers";

    /// <summary>The &lt;Government&gt; lists start here: "[&lt;date]" (in office in Jan 2003) starts here.</summary>
    public static readonly DateOnly GovernmentStart = new(2003, 1, 1);

    /// <summary>The lists were last updated here: "[&gt;date]" (still in office) ends here unless a later source extends it.</summary>
    public static readonly DateOnly CoverageEnd = new(2011, 2, 28);

    /// <summary>Adds the leaders and ministers of the covered countries to the registry.</summary>
    public static void Read(string dataDirectory, LeaderContext context)
    {
        string path = Path.Combine(dataDirectory, SourceFile);
        if (!File.Exists(path))
        {
            throw new SourceFormatException(path, "file not found");
        }
        string text = new UTF8Encoding(false, throwOnInvalidBytes: false).GetString(File.ReadAllBytes(path));
        foreach (Match block in CountryBlock().Matches(text))
        {
            string? country = context.CountryOfAlpha3(block.Groups[1].Value.Trim());
            if (country is null || !context.Cow.Alpha3Codes.Contains(block.Groups[1].Value.Trim()))
            {
                continue;
            }
            string body = block.Groups[2].Value;
            foreach (string line in Section(body, "Leaders"))
            {
                ReadLeader(line, country, context);
            }
            foreach (string line in Section(body, "Government"))
            {
                ReadMinister(line, country, context);
            }
        }
    }

    private static IEnumerable<string> Section(string body, string tag)
    {
        int start = body.IndexOf($"<{tag}>", StringComparison.Ordinal);
        int end = start < 0 ? -1 : body.IndexOf($"</{tag}>", start, StringComparison.Ordinal);
        if (end < 0)
        {
            return [];
        }
        return body[(start + tag.Length + 2)..end].Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && l[0] != '<');
    }

    // "{VLADIMIR_PUTIN_}{VLADIMIR_VLADIMIROVICH_PUTIN_}  [19991231 - 20080507]  [B:19520101]"
    private static void ReadLeader(string line, string country, LeaderContext context)
    {
        var spells = new List<EntryCode>();
        foreach (Match period in LeaderPeriod().Matches(line))
        {
            DateOnly? from = period.Groups[1].Success ? ParseDay(period.Groups[1].Value) : null;
            DateOnly? to = period.Groups[2].Success ? ParseDay(period.Groups[2].Value) : null;
            DateOnly? open = period.Groups[3].Success ? ParseDay(period.Groups[3].Value) : null;
            if (open is { } start)
            {
                (from, to) = (start, start > CoverageEnd ? start : CoverageEnd);
            }
            if (from is { } f && to is { } t && t >= f && t >= LeaderContext.Start)
            {
                spells.Add(new EntryCode(country + "GOV", f, t));
            }
        }
        AddPerson(line, country, spells, LeadersSource, context);
    }

    // "{SERGEY_LAVROV_}{...} [RUSGOV >20030101]	# Minister of Foreign Affairs"
    private static void ReadMinister(string line, string country, LeaderContext context)
    {
        int hash = line.IndexOf('#', StringComparison.Ordinal);
        if (hash < 0 || !MinisterTitle().IsMatch(line[(hash + 1)..]))
        {
            return;
        }
        var spells = new List<EntryCode>();
        foreach (Match code in GovernmentCode().Matches(line[..hash]))
        {
            string restriction = code.Groups[2].Value.Trim();
            DateOnly? from = GovernmentStart;
            DateOnly? to = CoverageEnd;
            if (restriction.StartsWith('<'))
            {
                to = ParseDay(restriction[1..]);
            }
            else if (restriction.StartsWith('>'))
            {
                from = ParseDay(restriction[1..]);
            }
            else if (restriction.Split('-') is [string a, string b])
            {
                (from, to) = (ParseDay(a), ParseDay(b));
            }
            if (from is { } f && to is { } t && t >= f && code.Groups[1].Value.StartsWith(country, StringComparison.Ordinal))
            {
                spells.Add(new EntryCode(code.Groups[1].Value, f, t));
            }
        }
        AddPerson(line[..hash], country, spells, MinistersSource, context);
    }

    private static void AddPerson(string line, string country, List<EntryCode> spells, string source, LeaderContext context)
    {
        if (spells.Count == 0)
        {
            return;
        }
        int bracket = line.IndexOf('[', StringComparison.Ordinal);
        string namePart = bracket < 0 ? line : line[..bracket];
        var names = new List<string>();
        foreach (string raw in namePart.Split(['{', '}'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            names.AddRange(context.FullNames(raw).Where(n => !names.Contains(n, StringComparer.Ordinal)));
        }
        if (names.Count == 0)
        {
            context.Registry.Skip($"{source} entries without a usable full name");
            return;
        }
        context.Registry.Add(country, names, spells, source);
    }

    // CountryInfo writes a few impossible days ("20060431"): they are read as the month's last day. Years
    // outside 1900-2030 are typing errors ("20911024") and drop the period.
    private static DateOnly? ParseDay(string text)
    {
        string digits = text.Trim();
        if (digits.Length != 8 || !digits.All(char.IsAsciiDigit))
        {
            return null;
        }
        int year = int.Parse(digits[..4], CultureInfo.InvariantCulture);
        int month = int.Parse(digits[4..6], CultureInfo.InvariantCulture);
        int day = int.Parse(digits[6..], CultureInfo.InvariantCulture);
        if (year is < 1900 or > 2030 || month is < 1 or > 12 || day < 1)
        {
            return null;
        }
        return new DateOnly(year, month, Math.Min(day, DateTime.DaysInMonth(year, month)));
    }

    [GeneratedRegex(@"<CountryCode>([^<]*)</CountryCode>(.*?)</Country>", RegexOptions.Singleline)]
    private static partial Regex CountryBlock();

    [GeneratedRegex(@"\[\s*(?:(\d{8})\s*-\s*(\d{8})|>\s*(\d{8}))\s*\]")]
    private static partial Regex LeaderPeriod();

    [GeneratedRegex(@"\[([A-Z]{3}[A-Z0-9]*)\s*([^\]]*)\]")]
    private static partial Regex GovernmentCode();

    [GeneratedRegex(@"(?<!Deputy |Vice |Assistant |to the )\b(Minister|Secretary) (of|for) (State for )?(National )?(Foreign Affairs|Foreign Relations|Defen[cs]e)\b")]
    private static partial Regex MinisterTitle();
}
