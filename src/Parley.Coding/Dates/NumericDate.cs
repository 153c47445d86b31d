namespace Parley.Coding.Dates;

/// <summary>
/// Reads the numeric parts of dates: day numbers ("20", "20th"), years, counts and whole numeric dates written as one
/// token ("2016-10-20", "20/10/2016", "10/20/16", "20-Oct-2016").
/// </summary>
internal static class NumericDate
{
    /// <summary>The value of a run of 1–9 ASCII digits, or -1.</summary>
    public static int Digits(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || text.Length > 9)
        {
            return -1;
        }
        int value = 0;
        foreach (char c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return -1;
            }
            value = (value * 10) + (c - '0');
        }
        return value;
    }

    /// <summary>A day of the month, 1–31, written "20" or "20th"; -1 otherwise.</summary>
    public static int Day(ReadOnlySpan<char> text)
    {
        int digits = 0;
        while (digits < text.Length && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }
        if (digits == 0 || digits > 2)
        {
            return -1;
        }
        ReadOnlySpan<char> suffix = text[digits..];
        if (!suffix.IsEmpty && !IsOrdinalSuffix(suffix))
        {
            return -1;
        }
        int day = Digits(text[..digits]);
        return day is >= 1 and <= 31 ? day : -1;
    }

    /// <summary>A year written with exactly four digits, or -1.</summary>
    public static int Year(ReadOnlySpan<char> text) => text.Length == 4 ? Digits(text) : -1;

    /// <summary>
    /// A whole date written as one token, or null. Year-first forms are year-month-day. With the year last, the first
    /// two numbers are read month-first ("10/20/2016", and "05/10/2016" is May 10, as US wire services write) unless
    /// only day-first makes sense ("20/10/2016"). Two-digit years are placed in the story's century, or the previous
    /// one when that would put them more than a year after the story.
    /// </summary>
    public static DateOnly? WholeDate(ReadOnlySpan<char> text, DateOnly story)
    {
        int firstSeparator = text.IndexOfAny('-', '/');
        if (firstSeparator <= 0)
        {
            return null;
        }
        char separator = text[firstSeparator];
        ReadOnlySpan<char> first = text[..firstSeparator];
        ReadOnlySpan<char> rest = text[(firstSeparator + 1)..];
        int secondSeparator = rest.IndexOf(separator);
        if (secondSeparator <= 0)
        {
            return null;
        }
        ReadOnlySpan<char> second = rest[..secondSeparator];
        ReadOnlySpan<char> third = rest[(secondSeparator + 1)..];
        if (first.Length == 4)
        {
            return second.Length <= 2 && third.Length <= 2 ? DateMath.Create(Digits(first), Digits(second), Digits(third)) : null;
        }
        if (first.Length > 2 || (third.Length != 2 && third.Length != 4))
        {
            return null;
        }
        int year = ExpandYear(Digits(third), third.Length, story);
        int a = Digits(first);
        DateWord month = DateWords.Find(second, out _);
        if (month.Kind == DateWordKind.Month && separator == '-')
        {
            return DateMath.Create(year, month.Value, a);
        }
        if (second.Length > 2)
        {
            return null;
        }
        int b = Digits(second);
        bool dayFirst = a > 12 && b <= 12;
        return dayFirst ? DateMath.Create(year, b, a) : DateMath.Create(year, a, b);
    }

    private static int ExpandYear(int value, int length, DateOnly story)
    {
        if (value < 0 || length == 4)
        {
            return value;
        }
        int year = (story.Year / 100 * 100) + value;
        return year > story.Year + 1 ? year - 100 : year;
    }

    private static bool IsOrdinalSuffix(ReadOnlySpan<char> suffix) =>
        suffix.Equals("st", StringComparison.OrdinalIgnoreCase) || suffix.Equals("nd", StringComparison.OrdinalIgnoreCase)
        || suffix.Equals("rd", StringComparison.OrdinalIgnoreCase) || suffix.Equals("th", StringComparison.OrdinalIgnoreCase);
}
