using System.Text.RegularExpressions;

namespace Parley.Coding.Places;

/// <summary>
/// Reads the dateline at the start of a news story: "KYIV, Feb 26 (Reuters) - ...", "BEIRUT (AP) — ...",
/// "SALVADOR, Feb 26 - ...", "WASHINGTON/BEIJING, March 3 (Reuters) -", "Rio de Janeiro, 26 February -".
/// </summary>
/// <remarks>
/// A dateline is a place name of one to five words (capitalised words, with the particles of names like "Rio de
/// Janeiro" in between), optionally a second name after a comma ("KYIV, Ukraine"), then a date, an agency in
/// parentheses or both, then a dash (-, --, – or —). Without a date or an agency a line is not taken for a
/// dateline: "EXCLUSIVE - ..." and headlines must not become places. The first three non-empty lines are tried, so a
/// headline line above the body does not hide its dateline. The place is returned as written; look it up with
/// <see cref="Gazetteer.Lookup"/>, which ignores case.
/// </remarks>
public static partial class Dateline
{
    private const int LinesTried = 3;
    private const int LongestLineStart = 160;

    /// <summary>The place name of the story's dateline (the first one of "WASHINGTON/BEIJING"), or null when it has none.</summary>
    public static string? Find(string storyText) => Locate(storyText)?.Place;

    /// <summary>
    /// The story's dateline: its place name as <see cref="Find"/> gives it, and the offset in the story text where the
    /// dateline ends (after its dash), so that its date is not taken for an event's; null when it has none.
    /// </summary>
    public static (string Place, int End)? Locate(string storyText)
    {
        ArgumentNullException.ThrowIfNull(storyText);
        int tried = 0;
        int start = 0;
        while (start < storyText.Length && tried < LinesTried)
        {
            int newline = storyText.IndexOf('\n', start);
            int end = newline < 0 ? storyText.Length : newline;
            string line = storyText.Substring(start, Math.Min(end - start, LongestLineStart));
            if (line.Trim().Length > 0)
            {
                tried++;
                Match match = Pattern().Match(line);
                if (match.Success)
                {
                    return (match.Groups["place"].Value.Trim(), start + match.Length);
                }
            }
            start = end + 1;
        }
        return null;
    }

    // Place words: a capitalised word, or a particle inside a name. Dates: "Feb 26", "Feb. 26, 2024", "26 February",
    // "Monday". The pattern is anchored and has no nested unbounded repetition, so it runs in linear time.
    [GeneratedRegex("""
        ^[\s\p{Cf}]*
        (?<place>\p{Lu}[\p{L}.'’\-]*(?:\x20(?:\p{Lu}[\p{L}.'’\-]*|de|da|do|dos|das|del|la|le|les|al|el|es|of|the|on|upon|am|im|sur|en)){0,4})
        (?:\s*/\s*\p{Lu}[\p{L}.'’\-]*(?:\x20\p{Lu}[\p{L}.'’\-]*){0,3}){0,3}
        (?:\s*,\s*\p{Lu}[\p{L}.'’\-]*(?:\x20\p{Lu}[\p{L}.'’\-]*){0,3})?
        (?:
            \s*,\s*(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,?\s+\d{4})?
                   |\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?(?:\s+\d{4})?
                   |(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)
            (?:\s*\([^()\r\n]{1,40}\))?
          | \s*\([^()\r\n]{1,40}\)
        )
        \s*(?:--?|–|—)(?:\s|$)
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.ExplicitCapture | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
