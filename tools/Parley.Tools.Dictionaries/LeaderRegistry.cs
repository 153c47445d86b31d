namespace Parley.Tools.Dictionaries;

/// <summary>
/// Gathers people from the leader sources and joins the records of one person: same country and a shared name,
/// or the same surname and initial with spells that meet.
/// </summary>
internal sealed class LeaderRegistry
{
    private readonly Dictionary<string, List<Person>> _byCountry = new(StringComparer.Ordinal);

    /// <summary>Spells and names the sources gave but that could not be used, by reason, for the header.</summary>
    public SortedDictionary<string, int> Skipped { get; } = new(StringComparer.Ordinal);

    /// <summary>Every person, by country code, then first spell, then name.</summary>
    public IEnumerable<Person> People =>
        _byCountry.OrderBy(c => c.Key, StringComparer.Ordinal)
            .SelectMany(c => c.Value.OrderBy(p => p.First).ThenBy(p => p.Names[0], StringComparer.Ordinal));

    /// <summary>Counts one record left out for <paramref name="reason"/>.</summary>
    public void Skip(string reason) => Skipped[reason] = Skipped.GetValueOrDefault(reason) + 1;

    /// <summary>Adds a record: joined to the matching person, or a new person.</summary>
    public Person Add(string country, IReadOnlyList<string> names, IReadOnlyList<EntryCode> spells, string source)
    {
        if (!_byCountry.TryGetValue(country, out List<Person>? people))
        {
            _byCountry[country] = people = [];
        }
        Person? person = people.FirstOrDefault(p => p.SharesName(names)) ?? people.FirstOrDefault(p => p.LooksLike(names, spells));
        if (person is null)
        {
            person = new Person(country);
            people.Add(person);
        }
        foreach (string name in names)
        {
            if (!person.Names.Any(n => NameForms.Key(n) == NameForms.Key(name)))
            {
                person.Names.Add(name);
            }
        }
        person.Spells.AddRange(spells);
        person.Sources.Add(source);
        return person;
    }

    /// <summary>
    /// The one person of <paramref name="country"/> whose surname is <paramref name="surname"/> (for sources that
    /// give surnames only), or null when there is none or more than one.
    /// </summary>
    public Person? BySurname(string country, string surname)
    {
        if (!_byCountry.TryGetValue(country, out List<Person>? people))
        {
            return null;
        }
        string key = NameForms.Key(surname);
        // Ministers known only from CountryInfo's cabinet lists are not candidates: a REIGN surname names a leader.
        var found = people.Where(p => p.Sources.Any(s => s != CountryInfoSource.MinistersSource)
            && p.Names.Any(n => NameForms.Key(NameForms.LastWord(n)) == key)).ToList();
        return found.Count == 1 ? found[0] : null;
    }
}
