namespace Parley.Tools.Dictionaries;

/// <summary>One entry of mledoze/countries (countries.json): the fields Parley uses.</summary>
/// <param name="Alpha3">ISO 3166-1 alpha-3 code (cca3).</param>
/// <param name="Common">Common English name ("Russia").</param>
/// <param name="Official">Official English name ("Russian Federation").</param>
/// <param name="AltSpellings">Alternative spellings and codes as listed ("RU", "Российская Федерация").</param>
/// <param name="Capitals">Capital cities.</param>
/// <param name="Demonyms">English demonyms, male and female, split at commas and "or".</param>
/// <param name="Independent">True for a sovereign state (Kosovo, listed without the flag, counts as false).</param>
internal sealed record CountryRecord(
    string Alpha3,
    string Common,
    string Official,
    IReadOnlyList<string> AltSpellings,
    IReadOnlyList<string> Capitals,
    IReadOnlyList<string> Demonyms,
    bool Independent);
