using Parley.Coding.Dictionaries;

namespace Parley.Coding.Lexicon;

/// <summary>
/// Finds and loads the coding dictionaries: the paths given (third-party TABARI/PETRARCH files, read leniently), else
/// $PARLEY_DICTIONARIES, else Parley's own <c>dictionaries</c> beside the program or <c>data/dictionaries</c> above the
/// working directory (read strictly: Parley's own files have no defects). What was tolerated is in
/// <see cref="CodingDictionaries.Warnings"/> for the caller to report.
/// </summary>
public static class DictionaryLocator
{
    /// <summary>Loads the dictionaries; third-party files are read leniently unless <paramref name="strict"/>.</summary>
    public static CodingDictionaries Load(IReadOnlyList<string>? explicitPaths, bool strict = false)
    {
        DictionaryReadMode thirdParty = strict ? DictionaryReadMode.Strict : DictionaryReadMode.Lenient;
        string? fromEnvironment = Environment.GetEnvironmentVariable("PARLEY_DICTIONARIES");
        if (explicitPaths is { Count: > 0 })
        {
            return CodingDictionaries.Load(explicitPaths, thirdParty);
        }
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return CodingDictionaries.Load(fromEnvironment.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries), thirdParty);
        }
        return CodingDictionaries.Load([FindOwn()], DictionaryReadMode.Strict);
    }

    private static string FindOwn()
    {
        string besideProgram = Path.Combine(AppContext.BaseDirectory, "dictionaries");
        if (Directory.Exists(besideProgram))
        {
            return besideProgram;
        }
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir != null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "data", "dictionaries");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new FileNotFoundException("no dictionaries found: pass --dictionaries PATH or set PARLEY_DICTIONARIES");
    }
}
