namespace Parley.Coding.Dates;

/// <summary>How precisely a <see cref="TemporalExpression"/> names its date.</summary>
public enum DateGranularity
{
    /// <summary>One day: "yesterday", "on Saturday", "October 20, 2016".</summary>
    Day,

    /// <summary>
    /// Some day of a week: "last week", "last weekend", "a week ago". The date is one day of that week (see
    /// <see cref="TemporalExpressionFinder"/> for which).
    /// </summary>
    Week,

    /// <summary>Some day of a month: "in October 2016", "last month"; the date is usually the month's first day.</summary>
    Month,

    /// <summary>Some day of a year: "in 1988", "last year"; the date is usually January 1.</summary>
    Year,
}
