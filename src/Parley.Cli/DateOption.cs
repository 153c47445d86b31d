using System.Globalization;

namespace Parley.Cli;

/// <summary>Parses <c>--date</c> values: YYYY-MM-DD (also YYYYMMDD).</summary>
internal static class DateOption
{
    public static DateOnly? Parse(string? text, string option = "--date")
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        string[] formats = ["yyyy-MM-dd", "yyyyMMdd"];
        if (DateOnly.TryParseExact(text.Trim(), formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date))
        {
            return date;
        }
        throw new ArgumentException($"{option}: '{text}' is not a date (expected YYYY-MM-DD)");
    }
}
