using System.Globalization;
using System.Text;

namespace Parley.Tools.Dictionaries;

/// <summary>
/// Turns names as the sources write them ("Côte d'Ivoire", "Vladimir_Putin") into actor-file names
/// ("COTE_D'IVOIRE_"): upper case, words joined by <c>_</c>, a trailing <c>_</c> for an exact last word.
/// </summary>
internal static class NameForms
{
    // Characters that the actor format or the tokenizer would misread inside a name: brackets and braces
    // delimit codes, '#' and ';' start comments, and commas or parentheses mark inverted or annotated
    // forms ("Congo, the Democratic Republic of the") that never occur as such in running text.
    private const string Forbidden = "[]{}#;,()\"/\\|*?!<>=";

    /// <summary>
    /// The actor-file form of <paramref name="display"/>, or null when it is unusable (forbidden characters,
    /// a non-Latin script, no letter at all).
    /// </summary>
    public static string? ToEntryName(string display, bool exact)
    {
        string text = Collapse(display.Replace('_', ' ').Replace('\u2019', '\'').Replace('\u2018', '\''));
        if (text.Length == 0 || text.IndexOfAny(Forbidden.ToCharArray()) >= 0 || !IsLatin(text) || !text.Any(char.IsLetter))
        {
            return null;
        }
        string upper = text.ToUpperInvariant().Replace(' ', '_');
        return exact ? upper + "_" : upper;
    }

    /// <summary>The key under which two spellings count as the same name: the entry form without its trailing <c>_</c>, folded to ASCII.</summary>
    public static string Key(string entryName) => Fold(entryName.TrimEnd('_'));

    // Latin letters with diacritics and their plain forms, spelt out because the tool runs with invariant
    // globalization, where Unicode normalization does not decompose letters.
    private static readonly Dictionary<char, string> Plain = BuildPlain(
        "AÀÁÂÃÄÅĀĂĄ", "CÇĆĈĊČ", "DĎĐÐ", "EÈÉÊËĒĔĖĘĚ", "GĜĞĠĢ", "HĤĦ", "IÌÍÎÏĨĪĬĮİı", "JĴ", "KĶ", "LĹĻĽĿŁ",
        "NÑŃŅŇ", "OÒÓÔÕÖØŌŎŐ", "RŔŖŘ", "SŚŜŞŠ", "TŢŤŦ", "UÙÚÛÜŨŪŬŮŰŲ", "WŴ", "YÝŶŸ", "ZŹŻŽ");

    /// <summary>Removes diacritics and maps the few Latin letters that have no plain form ("Ø" → "O", "ß" → "SS").</summary>
    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            char upper = char.ToUpperInvariant(c);
            if (Plain.TryGetValue(upper, out string? plain))
            {
                builder.Append(plain);
                continue;
            }
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            builder.Append(c switch
            {
                'Æ' or 'æ' => "AE",
                'Œ' or 'œ' => "OE",
                'ß' => "SS",
                'Þ' or 'þ' => "TH",
                'ʻ' or 'ʼ' or 'ʾ' or 'ʿ' => "'",
                _ => upper.ToString(),
            });
        }
        return builder.ToString();
    }

    private static Dictionary<char, string> BuildPlain(params string[] groups)
    {
        var map = new Dictionary<char, string>();
        foreach (string group in groups)
        {
            foreach (char c in group.AsSpan(1))
            {
                map[c] = group[0].ToString();
            }
        }
        return map;
    }

    /// <summary>The forms of <paramref name="display"/> to write: as spelt, and folded to ASCII when that differs.</summary>
    public static IEnumerable<string> Variants(string display, bool exact)
    {
        string? name = ToEntryName(display, exact);
        if (name is null)
        {
            yield break;
        }
        yield return name;
        string folded = Fold(name);
        if (!string.Equals(folded, name, StringComparison.Ordinal) && folded.All(c => c < 128))
        {
            yield return folded;
        }
    }

    /// <summary>The number of words of an entry name.</summary>
    public static int WordCount(string entryName) => entryName.TrimEnd('_').Split('_', StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>The last word of an entry name (its surname, for a person).</summary>
    public static string LastWord(string entryName)
    {
        string[] words = entryName.TrimEnd('_').Split('_', StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0 ? "" : words[^1];
    }

    // Latin letters, digits, spaces and the punctuation of names ('.', '-', '\'', '&'); anything beyond
    // Latin Extended-B (IPA, Cyrillic, Arabic, CJK...) is not what English news writes.
    private static bool IsLatin(string text)
    {
        foreach (char c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            if (char.IsLetter(c) ? c > '\u024F' : !(char.IsAsciiDigit(c) || c is ' ' or '.' or '-' or '\'' or '&'))
            {
                return false;
            }
        }
        return true;
    }

    private static string Collapse(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
