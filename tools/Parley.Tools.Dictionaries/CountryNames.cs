namespace Parley.Tools.Dictionaries;

/// <summary>
/// The candidate names of one country from countries.json: names, alternative spellings, demonyms and capitals,
/// filtered for what would match harmlessly in English news.
/// </summary>
internal sealed class CountryNames(EnglishWords words, CountryReport report)
{
    // Demonyms in -an that must stay exact: "Indian" as a stem would match "Indiana" and "Indianapolis".
    private static readonly HashSet<string> ExactDemonyms = new(StringComparer.Ordinal) { "INDIAN" };

    /// <summary>The candidate names of <paramref name="country"/>, each with its kind (for comments and conflicts).</summary>
    public List<NameCandidate> Collect(CountryRecord country)
    {
        var names = new List<NameCandidate>();
        AddPlain(names, country, country.Common, "name");
        AddPlain(names, country, country.Official, "official name");
        foreach (string spelling in country.AltSpellings)
        {
            // Two- and three-letter codes ("RU", "RSA") are left to the curated table, which keeps the few that
            // news writes (US, UK, UAE); the rest would match abbreviations and words of other meanings.
            if (spelling.Length <= 3 && spelling.All(char.IsAsciiLetterUpper))
            {
                report.IsoCodesSkipped++;
                continue;
            }
            AddPlain(names, country, spelling, "alternative spelling");
        }
        foreach (string demonym in country.Demonyms)
        {
            foreach (string form in DemonymForms(demonym))
            {
                AddChecked(names, country, form, "demonym");
            }
        }
        foreach (string capital in country.Capitals)
        {
            AddPlain(names, country, capital, "capital");
        }
        return names;
    }

    /// <summary>
    /// The forms of a demonym: a stem when its last word ends in -an and has six letters or more ("RUSSIAN"
    /// matches "Russians"); otherwise the exact word and, where English adds -s, its plural ("IRAQI_", "IRAQIS_").
    /// </summary>
    public static IEnumerable<string> DemonymForms(string demonym)
    {
        string? exact = NameForms.ToEntryName(demonym, exact: true);
        if (exact is null)
        {
            yield break;
        }
        string last = NameForms.LastWord(exact);
        if (last.EndsWith("AN", StringComparison.Ordinal) && last.Length >= 6 && !ExactDemonyms.Contains(last))
        {
            foreach (string stem in NameForms.Variants(demonym, exact: false))
            {
                yield return stem;
            }
            yield break;
        }
        foreach (string form in NameForms.Variants(demonym, exact: true))
        {
            yield return form;
        }
        if (TakesPluralS(last))
        {
            foreach (string form in NameForms.Variants(demonym + "s", exact: true))
            {
                yield return form;
            }
        }
    }

    // "Swiss", "Chinese", "British", "French", "Manx" have no plural in -s; "Iraqi", "Greek", "Cuban" do.
    private static bool TakesPluralS(string word) =>
        word.Length > 0 && char.IsLetter(word[^1])
        && !(word.EndsWith("ESE", StringComparison.Ordinal) || word.EndsWith("ISH", StringComparison.Ordinal)
            || word.EndsWith("CH", StringComparison.Ordinal) || word.EndsWith("SH", StringComparison.Ordinal)
            || word.EndsWith('S') || word.EndsWith('X') || word.EndsWith('Z'));

    private void AddPlain(List<NameCandidate> names, CountryRecord country, string display, string kind)
    {
        bool any = false;
        foreach (string form in NameForms.Variants(display, exact: true))
        {
            any = true;
            AddChecked(names, country, form, kind);
        }
        if (!any)
        {
            report.UnusableSkipped++;
        }
    }

    private void AddChecked(List<NameCandidate> names, CountryRecord country, string form, string kind)
    {
        // One-word names that English writes in lower case ("Island" for Iceland, "Male" for Malé) would
        // match ordinary words, as matching ignores case. A country's own name and demonyms stay ("China",
        // "Polish"); the curated table removes or annotates the few that do harm.
        bool ownName = kind is "name" or "official name" or "demonym";
        if (!ownName && NameForms.WordCount(form) == 1 && words.IsCommonWord(form))
        {
            report.CommonWords.Add($"{form.TrimEnd('_')} ({country.Alpha3} {kind})");
            return;
        }
        names.Add(new NameCandidate(form, kind, null, Curated: false));
    }
}
