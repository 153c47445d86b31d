namespace Parley.Coding.Dates;

/// <summary>The unit of "N units ago", "last unit" and "this unit".</summary>
internal enum DateUnit : byte
{
    /// <summary>Minutes or hours: "three hours ago" is still the story date.</summary>
    Hour,

    /// <summary>Days.</summary>
    Day,

    /// <summary>Weeks.</summary>
    Week,

    /// <summary>A weekend.</summary>
    Weekend,

    /// <summary>Months.</summary>
    Month,

    /// <summary>Years.</summary>
    Year,

    /// <summary>Decades (counted in "N decades ago" only).</summary>
    Decade,
}
