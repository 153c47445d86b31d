using System.Globalization;

namespace Parley.Coding.Validation;

/// <summary>TABARI's record dates: YYMMDD by default, YYYYMMDD after <c>SET: YYYY = TRUE</c>.</summary>
internal static class TabariDates
{
    /// <summary>
    /// Two-digit years below this are in the 2000s, the others in the 1900s (the POSIX <c>%y</c> rule). The suite's
    /// two-digit years run from 78 to 06, so any pivot between them reads it the same.
    /// </summary>
    private const int CenturyPivot = 69;

    /// <summary>Parses exactly 6 (or, with <paramref name="fourDigitYear"/>, 8) digits; null when they are no valid date.</summary>
    public static DateOnly? Parse(string digits, bool fourDigitYear)
    {
        int width = fourDigitYear ? 8 : 6;
        if (digits.Length != width || !digits.All(char.IsAsciiDigit))
        {
            return null;
        }
        int year = int.Parse(digits[..(width - 4)], CultureInfo.InvariantCulture);
        if (!fourDigitYear)
        {
            year += year < CenturyPivot ? 2000 : 1900;
        }
        int month = int.Parse(digits[(width - 4)..(width - 2)], CultureInfo.InvariantCulture);
        int day = int.Parse(digits[(width - 2)..], CultureInfo.InvariantCulture);
        bool valid = year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
        return valid ? new DateOnly(year, month, day) : null;
    }
}
