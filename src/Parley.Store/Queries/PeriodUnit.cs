namespace Parley.Store.Queries;

/// <summary>The periods a time series is counted in. Weeks start on Monday (ISO 8601).</summary>
public enum PeriodUnit
{
    /// <summary>One row per day.</summary>
    Day,

    /// <summary>One row per ISO week, dated by its Monday.</summary>
    Week,

    /// <summary>One row per calendar month, dated by its first day.</summary>
    Month,

    /// <summary>One row per calendar year, dated by 1 January.</summary>
    Year,
}
