namespace Parley.Coding.Dates;

/// <summary>The role a word can play in a temporal expression.</summary>
internal enum DateWordKind : byte
{
    /// <summary>Not a date word.</summary>
    None,

    /// <summary>A month name; the value is 1–12.</summary>
    Month,

    /// <summary>A weekday name; the value is the <see cref="DayOfWeek"/>.</summary>
    Weekday,

    /// <summary>"today", "yesterday"...; the value is the offset in days from the story date.</summary>
    RelativeDay,

    /// <summary>"last", "this", "next"; the value is -1, 0 or +1.</summary>
    Shift,

    /// <summary>"morning", "afternoon", "evening", "night".</summary>
    PartOfDay,

    /// <summary>"day", "weeks", "month"...; the value is a <see cref="DateUnit"/>.</summary>
    Unit,

    /// <summary>A count in words ("a", "two", "twelve"); the value is the number.</summary>
    Number,

    /// <summary>"ago".</summary>
    Ago,

    /// <summary>A vague position within a period ("early", "earlier", "late", "mid") that keeps the period's date.</summary>
    Edge,

    /// <summary>A preposition that introduces a date; the value holds <see cref="DateWords"/> introducer flags.</summary>
    Introducer,
}
