namespace Parley.Coding.Dates;

/// <summary>
/// Calendar arithmetic for resolving expressions. Every method returns null instead of throwing when the result would
/// leave the range of <see cref="DateOnly"/>, so "5000 years ago" in a story dated 2016 is simply not resolved.
/// </summary>
internal static class DateMath
{
    private static readonly int MaxDayNumber = DateOnly.MaxValue.DayNumber;

    /// <summary>The date <paramref name="days"/> days after <paramref name="date"/>, or null.</summary>
    public static DateOnly? AddDays(DateOnly date, long days)
    {
        long result = date.DayNumber + days;
        return result < 0 || result > MaxDayNumber ? null : DateOnly.FromDayNumber((int)result);
    }

    /// <summary>
    /// The date <paramref name="months"/> months after <paramref name="date"/>, with the day clamped to the month's
    /// length (March 31 minus one month is February 28 or 29), or null.
    /// </summary>
    public static DateOnly? AddMonths(DateOnly date, long months)
    {
        long index = (date.Year * 12L) + date.Month - 1 + months;
        long year = index / 12;
        if (index < 0 || year < 1 || year > 9999)
        {
            return null;
        }
        int month = (int)(index % 12) + 1;
        return new DateOnly((int)year, month, Math.Min(date.Day, DateTime.DaysInMonth((int)year, month)));
    }

    /// <summary>The date for <paramref name="year"/>, <paramref name="month"/> and <paramref name="day"/>, or null when there is no such day.</summary>
    public static DateOnly? Create(long year, int month, int day)
    {
        if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth((int)year, month))
        {
            return null;
        }
        return new DateOnly((int)year, month, day);
    }

    /// <summary>The first day of the month <paramref name="months"/> months after the month of <paramref name="date"/>, or null.</summary>
    public static DateOnly? FirstOfMonth(DateOnly date, int months) =>
        AddMonths(new DateOnly(date.Year, date.Month, 1), months);

    /// <summary>
    /// The latest <paramref name="day"/> on or before <paramref name="date"/> (before it when <paramref name="strict"/>):
    /// from a Monday, Saturday is two days earlier.
    /// </summary>
    public static DateOnly? Previous(DateOnly date, DayOfWeek day, bool strict)
    {
        int back = ((int)date.DayOfWeek - (int)day + 7) % 7;
        return AddDays(date, -(back == 0 && strict ? 7 : back));
    }

    /// <summary>The earliest <paramref name="day"/> on or after <paramref name="date"/> (after it when <paramref name="strict"/>).</summary>
    public static DateOnly? Following(DateOnly date, DayOfWeek day, bool strict)
    {
        int ahead = ((int)day - (int)date.DayOfWeek + 7) % 7;
        return AddDays(date, ahead == 0 && strict ? 7 : ahead);
    }

    /// <summary>
    /// The latest <paramref name="month"/>/<paramref name="day"/> that is not after <paramref name="limit"/>, searching
    /// back a few years so that February 29 finds a leap year; null when there is none.
    /// </summary>
    public static DateOnly? LatestOnOrBefore(int month, int day, DateOnly limit)
    {
        for (int year = limit.Year; year >= limit.Year - 8; year--)
        {
            DateOnly? candidate = Create(year, month, day);
            if (candidate <= limit)
            {
                return candidate;
            }
        }
        return null;
    }

    /// <summary>The earliest <paramref name="month"/>/<paramref name="day"/> that is not before <paramref name="from"/>, or null.</summary>
    public static DateOnly? EarliestOnOrAfter(int month, int day, DateOnly from)
    {
        for (int year = from.Year; year <= from.Year + 8; year++)
        {
            DateOnly? candidate = Create(year, month, day);
            if (candidate >= from)
            {
                return candidate;
            }
        }
        return null;
    }
}
