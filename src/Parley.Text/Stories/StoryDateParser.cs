using System.Globalization;

namespace Parley.Text.Stories;

/// <summary>
/// Reads story dates as feeds write them: "YYYY-MM-DD", "YYYYMMDD" (GDELT and TABARI style) or an
/// ISO date-time. A date-time keeps its own calendar date: "2024-03-05T23:30:00-05:00" is March 5,
/// the day the story carries, not the UTC day.
/// </summary>
internal static class StoryDateParser
{
    /// <summary>What a bad date is reported with.</summary>
    public const string ExpectedForms = "expected YYYY-MM-DD, YYYYMMDD or an ISO date-time";

    public static bool TryParse(string text, out DateOnly date)
    {
        string s = text.Trim();
        if (s.Length == 8 && IsAllDigits(s))
        {
            return DateOnly.TryParseExact(s, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
        }
        if (s.Length < 10 || s[4] != '-' || s[7] != '-'
            || !DateOnly.TryParseExact(s.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            date = default;
            return false;
        }
        if (s.Length == 10)
        {
            return true;
        }
        // A time must follow a 'T' (or the space that many feeds use) and be a real ISO time.
        char separator = s[10];
        bool valid = (separator == 'T' || separator == 't' || separator == ' ')
            && DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out _);
        if (!valid)
        {
            date = default;
        }
        return valid;
    }

    private static bool IsAllDigits(string s)
    {
        foreach (char c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }
        return true;
    }
}
