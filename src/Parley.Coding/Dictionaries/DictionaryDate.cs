using System.Globalization;

namespace Parley.Coding.Dictionaries;

/// <summary>Dates of actor restrictions: YYYYMMDD, or YYMMDD with YY 00–30 in the 2000s.</summary>
internal static class DictionaryDate
{
    /// <summary>Parses <paramref name="text"/> or throws <see cref="LineDefectException"/>.</summary>
    public static DateOnly Parse(string text)
    {
        string digits = text.Trim();
        if (!digits.All(char.IsAsciiDigit) || digits.Length is not (6 or 8))
        {
            throw new LineDefectException($"invalid date '{digits}' (expected YYMMDD or YYYYMMDD)");
        }
        int year = int.Parse(digits[..^4], CultureInfo.InvariantCulture);
        if (digits.Length == 6)
        {
            year += year <= 30 ? 2000 : 1900;
        }
        int month = int.Parse(digits[^4..^2], CultureInfo.InvariantCulture);
        int day = int.Parse(digits[^2..], CultureInfo.InvariantCulture);
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            throw new LineDefectException($"invalid date '{digits}'");
        }
        return new DateOnly(year, month, day);
    }
}
