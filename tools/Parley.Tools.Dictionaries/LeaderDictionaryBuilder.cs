namespace Parley.Tools.Dictionaries;

/// <summary>
/// Builds leaders.actors.txt: heads of state and government from CountryInfo, Archigos and REIGN, foreign and
/// defence ministers from CountryInfo, and the hand-curated table (curated/leaders.tsv) for what those lack,
/// chiefly 2015–2026. Each person gets dated codes and, last, the unrestricted fallback XXXELI (elite) that
/// applies before and after office.
/// </summary>
internal sealed class LeaderDictionaryBuilder(string curatedDirectory, LeaderContext context)
{
    /// <summary>The curated table of leaders and ministers.</summary>
    public const string CuratedFile = "leaders.tsv";

    /// <summary>The source name of the curated table.</summary>
    public const string CuratedSource = "curated";

    /// <summary>Names given to more than one person and kept by the first only, or surnames dropped as shared.</summary>
    public List<string> NameConflicts { get; } = [];

    /// <summary>The end of REIGN's data, set by <see cref="Build"/>.</summary>
    public DateOnly ReignCoverageEnd { get; private set; }

    /// <summary>The countries that have at least one person.</summary>
    public SortedSet<string> Countries { get; } = new(StringComparer.Ordinal);

    /// <summary>Reads all sources and returns the entries, by country.</summary>
    public List<GeneratedEntry> Build(string dataDirectory)
    {
        // Order matters: CountryInfo and Archigos give full names; the curated table adds recent people; REIGN,
        // mostly surnames, comes last so that its surnames can join people already known.
        CountryInfoSource.Read(dataDirectory, context);
        ArchigosSource.Read(dataDirectory, context);
        ReadCurated();
        ReignCoverageEnd = ReignSource.Read(dataDirectory, context);
        List<Person> people = context.Registry.People.ToList();
        DropSharedSurnames(people);
        var taken = new Dictionary<string, Person>(StringComparer.Ordinal);
        var entries = new List<GeneratedEntry>();
        string? country = null;
        foreach (Person person in people)
        {
            GeneratedEntry? entry = ToEntry(person, taken);
            if (entry is null)
            {
                continue;
            }
            if (person.Country != country)
            {
                entry.Before.Add($"{person.Country}");
                country = person.Country;
            }
            Countries.Add(person.Country);
            entries.Add(entry);
        }
        return entries;
    }

    private void ReadCurated()
    {
        foreach (TsvRow row in TsvTable.Read(Path.Combine(curatedDirectory, CuratedFile), 3))
        {
            string[] all = row[1].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var names = all.Where(n => n[0] != '+').ToList();
            if (names.Count == 0 || !CuratedTable.IsActorCode(row[0]) || row[0].Length != 3)
            {
                throw row.Error("expected a country code, full names (surnames marked with '+') and codes");
            }
            List<EntryCode> spells = CuratedTable.ParseCodes(row, row[2]);
            // A person's codes are their country's, or an international organisation's they led (IGO...).
            if (spells.Any(s => !s.Code.StartsWith(row[0], StringComparison.Ordinal) && !s.Code.StartsWith("IGO", StringComparison.Ordinal)))
            {
                throw row.Error($"every code must start with the country code {row[0]} or IGO");
            }
            Person person = context.Registry.Add(row[0], names, spells, CuratedSource);
            foreach (string surname in all.Where(n => n[0] == '+').Select(n => n[1..]))
            {
                if (!person.Surnames.Contains(surname, StringComparer.Ordinal))
                {
                    person.Surnames.Add(surname);
                }
            }
        }
    }

    // A surname form is safe only while one person has it at a time. People of one country whose dated spells never
    // overlap (George H. W. Bush, in government 1981-1993, and George W. Bush, 2001-2009) share it as an actor of its
    // own whose codes are all their spells: "Bush" in 1990 and in 2005 is then USAGOV, and USAELI between and after.
    // Where spells overlap or countries differ ("+BUSH_" would be a guess), the surname is dropped.
    private void DropSharedSurnames(List<Person> people)
    {
        foreach (var group in people.SelectMany(p => p.Surnames.Select(s => (Person: p, Key: NameForms.Key(s), Name: s)))
            .GroupBy(x => x.Key, StringComparer.Ordinal).Where(g => g.Select(x => x.Person).Distinct().Count() > 1).ToList())
        {
            List<Person> sharing = group.Select(x => x.Person).Distinct().ToList();
            foreach (Person person in sharing)
            {
                person.Surnames.RemoveAll(s => NameForms.Key(s) == group.Key);
            }
            if (TellApartByDate(sharing) is { } merged)
            {
                merged.Surnames.Add(group.First().Name);
                merged.Sources.Add("surname shared by " + string.Join(" and ", sharing.Select(p => p.Names[0].TrimEnd('_').Replace('_', ' ')))
                    + ", told apart by date");
                people.Insert(sharing.Max(people.IndexOf) + 1, merged);
                continue;
            }
            NameConflicts.Add($"surname {group.Key} (several people)");
        }
    }

    // A person holding the dated spells of everyone in sharing, or null when two of them overlap or countries differ.
    private static Person? TellApartByDate(List<Person> sharing)
    {
        if (sharing.Select(p => p.Country).Distinct(StringComparer.Ordinal).Count() != 1)
        {
            return null;
        }
        var spells = sharing.Select(p => p.Spells.Where(s => !s.IsUnrestricted).ToList()).ToList();
        for (int a = 0; a < spells.Count; a++)
        {
            for (int b = a + 1; b < spells.Count; b++)
            {
                if (spells[a].Any(x => spells[b].Any(y => Overlap(x, y))))
                {
                    return null;
                }
            }
        }
        var merged = new Person(sharing[0].Country);
        merged.Spells.AddRange(spells.SelectMany(s => s));
        return merged;
    }

    private static bool Overlap(EntryCode x, EntryCode y) =>
        (x.From ?? DateOnly.MinValue) <= (y.To ?? DateOnly.MaxValue) && (y.From ?? DateOnly.MinValue) <= (x.To ?? DateOnly.MaxValue);

    private GeneratedEntry? ToEntry(Person person, Dictionary<string, Person> taken)
    {
        var entry = new GeneratedEntry();
        foreach (string name in person.Names.Concat(person.Surnames))
        {
            if (!taken.TryAdd(NameForms.Key(name), person) && taken[NameForms.Key(name)] != person)
            {
                NameConflicts.Add($"{name.TrimEnd('_')} ({person.Country}; an earlier person has it)");
                continue;
            }
            entry.AddName(name, entry.Names.Count == 0 ? string.Join(", ", person.Sources) : null);
        }
        if (entry.Names.Count == 0)
        {
            return null;
        }
        entry.Codes.AddRange(SpellMerger.Merge(person.Spells.Where(s => !s.IsUnrestricted)));
        entry.Codes.AddRange(person.Spells.Where(s => s.IsUnrestricted).Distinct());
        if (!entry.Codes.Any(c => c.IsUnrestricted))
        {
            entry.Codes.Add(new EntryCode(person.Country + "ELI", null, null));
        }
        return entry;
    }
}
