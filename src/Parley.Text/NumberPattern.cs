using System.Globalization;

namespace Parley.Text;

/// <summary>
/// Decides whether digit groups joined by hyphens or slashes form one token. UD English keeps phone
/// numbers, ZIP codes and dates whole ("713-853-3989", "77415-0027", "9/11", "11/20/2000") but
/// splits ranges, scores and fractions ("1969 - 1970", "3 - 4", "1 / 2", "24 / 7").
/// </summary>
internal static class NumberPattern
{
    private const int MaxGroups = 8;
    private const int MaxGroupLength = 12;

    /// <summary>
    /// With digits at [<paramref name="groupStart"/>, <paramref name="separator"/>) and a '-' or '/' at
    /// <paramref name="separator"/>, returns the end of the whole pattern when it stays one token, or
    /// <paramref name="separator"/> when the word should end there.
    /// </summary>
    public static int AcceptedEnd(string text, int groupStart, int separator, int end)
    {
        char sep = text[separator];
        int first = separator - groupStart;
        int groups = 1;
        int second = 0;
        int secondStart = 0;
        int pos = separator;
        while (groups < MaxGroups && pos + 1 < end && text[pos] == sep && CharClass.IsDigit(text[pos + 1]))
        {
            int g = pos + 1;
            int e = g;
            while (e < end && e - g < MaxGroupLength && CharClass.IsDigit(text[e]))
            {
                e++;
            }
            groups++;
            if (groups == 2)
            {
                second = e - g;
                secondStart = g;
            }
            pos = e;
        }
        bool whole = sep == '-'
            ? groups >= 3 || (second == 4 && first != 4)
            : groups >= 3 || IsDate(text, groupStart, first, secondStart, second);
        return whole ? pos : separator;
    }

    /// <summary>
    /// With one or two digits at [<paramref name="groupStart"/>, <paramref name="separator"/>) and a
    /// hyphen at <paramref name="separator"/>, returns the end of a day-month-year date such as
    /// "01-Feb-02" or "20-Oct-2016", which stays one token, or <paramref name="separator"/>.
    /// </summary>
    public static int DayMonthYearEnd(string text, int groupStart, int separator, int end)
    {
        int day = separator - groupStart;
        int month = separator + 1;
        int year = month + 4;
        if (day > 2 || year >= end || text[month + 3] != '-' || !IsMonth(text.AsSpan(month, 3)))
        {
            return separator;
        }
        int e = year;
        while (e < end && e - year < 4 && CharClass.IsDigit(text[e]))
        {
            e++;
        }
        bool valid = (e - year == 2 || e - year == 4) && (e >= end || !CharClass.IsWordChar(text[e]));
        return valid ? e : separator;
    }

    private static bool IsMonth(ReadOnlySpan<char> m) =>
        m.Equals("Jan", StringComparison.OrdinalIgnoreCase) || m.Equals("Feb", StringComparison.OrdinalIgnoreCase)
        || m.Equals("Mar", StringComparison.OrdinalIgnoreCase) || m.Equals("Apr", StringComparison.OrdinalIgnoreCase)
        || m.Equals("May", StringComparison.OrdinalIgnoreCase) || m.Equals("Jun", StringComparison.OrdinalIgnoreCase)
        || m.Equals("Jul", StringComparison.OrdinalIgnoreCase) || m.Equals("Aug", StringComparison.OrdinalIgnoreCase)
        || m.Equals("Sep", StringComparison.OrdinalIgnoreCase) || m.Equals("Oct", StringComparison.OrdinalIgnoreCase)
        || m.Equals("Nov", StringComparison.OrdinalIgnoreCase) || m.Equals("Dec", StringComparison.OrdinalIgnoreCase);

    // "9/11", "5/18", "11/2000" are dates; "1/2" and "24/7" are not.
    private static bool IsDate(string text, int firstStart, int first, int secondStart, int second)
    {
        if (first > 2 || (first == 1 && second == 1))
        {
            return false;
        }
        int month = Value(text, firstStart, first);
        if (month < 1 || month > 12)
        {
            return false;
        }
        if (second == 4)
        {
            return true;
        }
        int day = second <= 2 ? Value(text, secondStart, second) : 0;
        return day >= 1 && day <= 31;
    }

    private static int Value(string text, int start, int length)
    {
        int v = 0;
        for (int i = start; i < start + length; i++)
        {
            v = (v * 10) + CharUnicodeInfo.GetDecimalDigitValue(text[i]);
        }
        return v;
    }
}
