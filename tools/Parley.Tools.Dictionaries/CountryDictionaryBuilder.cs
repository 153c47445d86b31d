namespace Parley.Tools.Dictionaries;

/// <summary>
/// Builds countries.actors.txt: one actor per country of countries.json under its CAMEO country code, then the
/// hand-curated seats of government and other metonyms (the Kremlin, the White House, the Pentagon).
/// </summary>
internal sealed class CountryDictionaryBuilder(string curatedDirectory, EnglishWords words)
{
    /// <summary>Curated CAMEO codes that differ from ISO alpha-3 (Kosovo KSV, dependencies GBRGIB).</summary>
    public const string CodesFile = "country-codes.tsv";

    /// <summary>Curated names added to, removed from or annotated in the country actors.</summary>
    public const string NamesFile = "country-names.tsv";

    /// <summary>Curated seats of government and other metonyms, with their codes.</summary>
    public const string SeatsFile = "seats.tsv";

    /// <summary>What was left out.</summary>
    public CountryReport Report { get; } = new();

    /// <summary>The CAMEO code of each ISO alpha-3 code that has an actor (e.g. "TLS" → "TMP").</summary>
    public Dictionary<string, string> CodeOfAlpha3 { get; } = new(StringComparer.Ordinal);

    /// <summary>The entries: countries sorted by code, then the seats of government.</summary>
    public List<GeneratedEntry> Build(List<CountryRecord> countries)
    {
        Dictionary<string, (string Code, string Comment)> codes = ReadCodes();
        var names = new CountryNames(words, Report);
        var candidates = new SortedDictionary<string, (CountryRecord Country, List<NameCandidate> Names)>(StringComparer.Ordinal);
        foreach (CountryRecord country in countries)
        {
            (string code, string comment) = codes.TryGetValue(country.Alpha3, out var curated) ? curated : (country.Alpha3, "");
            if (code == "-")
            {
                continue;
            }
            CodeOfAlpha3[country.Alpha3] = code;
            string key = code + " " + country.Alpha3;
            candidates.Add(key, (country, names.Collect(country)));
            if (comment.Length > 0)
            {
                candidates[key].Names.Insert(0, new NameCandidate("", "code note", comment, Curated: true));
            }
        }
        ApplyCuratedNames(candidates.Values.ToDictionary(c => c.Country.Alpha3, c => c.Names, StringComparer.Ordinal));
        SettleConflicts(candidates.Values.ToList());
        var entries = new List<GeneratedEntry>();
        foreach ((string key, (CountryRecord country, List<NameCandidate> list)) in candidates)
        {
            entries.Add(ToEntry(key[..key.IndexOf(' ', StringComparison.Ordinal)], country, list));
        }
        entries[0].Before.Add("Countries and territories (countries.json), by CAMEO code");
        entries.AddRange(SeatEntries(entries));
        return entries;
    }

    private Dictionary<string, (string Code, string Comment)> ReadCodes()
    {
        var codes = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        foreach (TsvRow row in TsvTable.Read(Path.Combine(curatedDirectory, CodesFile), 2))
        {
            if (row[1] != "-" && !CuratedTable.IsActorCode(row[1]))
            {
                throw row.Error($"'{row[1]}' is not an actor code or '-'");
            }
            if (!codes.TryAdd(row[0], (row[1], row[2])))
            {
                throw row.Error($"{row[0]} is listed twice");
            }
        }
        return codes;
    }

    // Curated additions are written as in the actor file ("U.S._", "RUSSIAN"); skips and notes name a
    // source name by its key, whatever its exactness.
    private void ApplyCuratedNames(Dictionary<string, List<NameCandidate>> byCountry)
    {
        foreach (TsvRow row in TsvTable.Read(Path.Combine(curatedDirectory, NamesFile), 3))
        {
            if (!byCountry.TryGetValue(row[0], out List<NameCandidate>? names))
            {
                throw row.Error($"{row[0]} is not a country with an actor");
            }
            string? comment = row[3].Length == 0 ? null : row[3];
            string key = NameForms.Key(row[2]);
            int found = names.FindIndex(n => n.Name.Length > 0 && NameForms.Key(n.Name) == key);
            switch (row[1])
            {
                case "add":
                    names.Add(new NameCandidate(row[2], "curated", comment, Curated: true));
                    break;
                case "skip" when found >= 0:
                    names.RemoveAll(n => n.Name.Length > 0 && NameForms.Key(n.Name) == key);
                    Report.CuratedSkips.Add($"{key} ({row[0]}: {comment ?? "skipped"})");
                    break;
                case "note" when found >= 0:
                    names[found] = names[found] with { Comment = comment };
                    break;
                default:
                    throw row.Error(found < 0 && row[1] is "skip" or "note"
                        ? $"{row[2]} is not among the names of {row[0]} ({string.Join(' ', names.Select(n => n.Name))})"
                        : $"unknown action '{row[1]}' (add, skip or note)");
            }
        }
    }

    // A name of several countries goes to the one sovereign state among them ("Dutch": the Netherlands, not
    // Caribbean Netherlands) or to a curated claim; otherwise to none ("Dominican": Dominica and the Dominican Republic).
    private void SettleConflicts(List<(CountryRecord Country, List<NameCandidate> Names)> countries)
    {
        var holders = new Dictionary<string, List<(CountryRecord Country, NameCandidate Name)>>(StringComparer.Ordinal);
        foreach ((CountryRecord country, List<NameCandidate> names) in countries)
        {
            foreach (NameCandidate name in names.Where(n => n.Name.Length > 0))
            {
                string key = NameForms.Key(name.Name);
                if (!holders.TryGetValue(key, out var list))
                {
                    holders[key] = list = [];
                }
                if (!list.Any(h => h.Country == country))
                {
                    list.Add((country, name));
                }
            }
        }
        foreach ((string key, var list) in holders.Where(h => h.Value.Count > 1).OrderBy(h => h.Key, StringComparer.Ordinal))
        {
            var winners = list.Where(h => h.Name.Curated).ToList();
            if (winners.Count == 0)
            {
                winners = list.Where(h => h.Country.Independent).ToList();
            }
            string all = string.Join(' ', list.Select(h => h.Country.Alpha3));
            if (winners.Count == 1)
            {
                Report.GivenToState.Add($"{key} ({all} → {winners[0].Country.Alpha3})");
            }
            else
            {
                Report.Ambiguous.Add($"{key} ({all})");
            }
            foreach ((CountryRecord country, _) in list.Where(h => winners.Count != 1 || h.Country != winners[0].Country))
            {
                countries.First(c => c.Country == country).Names.RemoveAll(n => n.Name.Length > 0 && NameForms.Key(n.Name) == key);
            }
        }
    }

    private static GeneratedEntry ToEntry(string code, CountryRecord country, List<NameCandidate> names)
    {
        var entry = new GeneratedEntry();
        string? codeNote = names.FirstOrDefault(n => n.Name.Length == 0)?.Comment;
        foreach (NameCandidate name in names.Where(n => n.Name.Length > 0))
        {
            string? comment = name.Comment;
            if (name.Kind == "capital")
            {
                comment = comment is null ? "capital" : "capital; " + comment;
            }
            entry.AddName(name.Name, entry.Names.Count == 0 ? Join(codeNote, comment) : comment);
        }
        if (entry.Names.Count > 0)
        {
            entry.Codes.Add(new EntryCode(code, null, null));
        }
        return entry;
    }

    private static string? Join(string? first, string? second) =>
        first is null ? second : second is null ? first : first + "; " + second;

    // A seat may not take a name a country already has, or one name would code two actors.
    private List<GeneratedEntry> SeatEntries(List<GeneratedEntry> countries)
    {
        var countryNames = new HashSet<string>(countries.SelectMany(c => c.Names).Select(n => NameForms.Key(n.Name)), StringComparer.Ordinal);
        List<GeneratedEntry> seats = CuratedTable.ReadActors(Path.Combine(curatedDirectory, SeatsFile), countryNames,
            new Dictionary<string, GeneratedEntry>(StringComparer.Ordinal));
        if (seats.Count > 0)
        {
            seats[0].Before.Add("Seats of government, institutions named by their place, and regions that contain a country's name");
            seats[0].Before.Add("(hand-curated in tools/Parley.Tools.Dictionaries/curated/seats.tsv)");
        }
        return seats;
    }
}
