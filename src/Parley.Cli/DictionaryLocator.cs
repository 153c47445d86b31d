using Parley.Coding.Dictionaries;
using Parley.Coding.Lexicon;

namespace Parley.Cli;

/// <summary>
/// Finds and loads the coding dictionaries: the paths given with <c>--dictionaries</c> (third-party TABARI/PETRARCH
/// files, read leniently), else $PARLEY_DICTIONARIES, else Parley's own <c>dictionaries</c> beside the program or
/// <c>data/dictionaries</c> above the working directory (read strictly: Parley's own files have no defects).
/// </summary>
internal static class DictionaryLocator
{
    /// <summary>Most tolerated defects listed on standard error before the rest are only counted.</summary>
    private const int WarningsShown = 10;

    /// <summary>
    /// Loads the dictionaries; third-party files are read leniently unless <paramref name="strict"/>, and what was
    /// tolerated is reported on standard error as FILE:LINE lines.
    /// </summary>
    public static CodingDictionaries Load(IReadOnlyList<string>? explicitPaths, bool strict = false)
    {
        DictionaryReadMode thirdParty = strict ? DictionaryReadMode.Strict : DictionaryReadMode.Lenient;
        CodingDictionaries dictionaries;
        string? fromEnvironment = Environment.GetEnvironmentVariable("PARLEY_DICTIONARIES");
        if (explicitPaths is { Count: > 0 })
        {
            dictionaries = CodingDictionaries.Load(explicitPaths, thirdParty);
        }
        else if (!string.IsNullOrEmpty(fromEnvironment))
        {
            dictionaries = CodingDictionaries.Load(fromEnvironment.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries), thirdParty);
        }
        else
        {
            dictionaries = CodingDictionaries.Load([FindOwn()], DictionaryReadMode.Strict);
        }
        ReportWarnings(dictionaries);
        return dictionaries;
    }

    private static void ReportWarnings(CodingDictionaries dictionaries)
    {
        var defects = dictionaries.Warnings.Where(w => w.Kind != DictionaryWarningKind.Unsupported).ToList();
        foreach (DictionaryWarning warning in defects.Take(WarningsShown))
        {
            Console.Error.WriteLine($"parley: warning: {warning}");
        }
        if (defects.Count > WarningsShown)
        {
            Console.Error.WriteLine($"parley: warning: {defects.Count - WarningsShown} more dictionary defects tolerated (--strict rejects them)");
        }
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
