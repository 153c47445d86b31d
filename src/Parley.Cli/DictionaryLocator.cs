using Parley.Coding.Dictionaries;
using Parley.Coding.Lexicon;

namespace Parley.Cli;

/// <summary>
/// Loads the coding dictionaries as <see cref="Coding.Lexicon.DictionaryLocator"/> finds them and reports the tolerated
/// defects of third-party files on standard error as FILE:LINE lines.
/// </summary>
internal static class DictionaryLocator
{
    /// <summary>Most tolerated defects listed on standard error before the rest are only counted.</summary>
    private const int WarningsShown = 10;

    /// <summary>Loads the dictionaries (see <see cref="Coding.Lexicon.DictionaryLocator.Load"/>) and reports their warnings.</summary>
    public static CodingDictionaries Load(IReadOnlyList<string>? explicitPaths, bool strict = false)
    {
        CodingDictionaries dictionaries = Coding.Lexicon.DictionaryLocator.Load(explicitPaths, strict);
        var defects = dictionaries.Warnings.Where(w => w.Kind != DictionaryWarningKind.Unsupported).ToList();
        foreach (DictionaryWarning warning in defects.Take(WarningsShown))
        {
            Console.Error.WriteLine($"parley: warning: {warning}");
        }
        if (defects.Count > WarningsShown)
        {
            Console.Error.WriteLine($"parley: warning: {defects.Count - WarningsShown} more dictionary defects tolerated (--strict rejects them)");
        }
        return dictionaries;
    }
}
