using System.Collections.Frozen;

namespace Parley.Coding.Dates;

/// <summary>The English words of temporal expressions, looked up case-insensitively without allocating.</summary>
internal static class DateWords
{
    /// <summary>Introducer flag: the word may precede a bare year ("in 1988").</summary>
    public const int BeforeYear = 1;

    /// <summary>Introducer flag: the word may precede a bare month ("in October").</summary>
    public const int BeforeMonth = 2;

    /// <summary>Introducer flag: the word may precede a weekday ("on Saturday").</summary>
    public const int BeforeWeekday = 4;

    /// <summary>Introducer flag: the word may precede "the weekend" ("over the weekend").</summary>
    public const int BeforeWeekend = 8;

    private static readonly FrozenDictionary<string, DateWord> Words = Build().ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, DateWord>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Looks up <paramref name="text"/>, ignoring case and one trailing period ("Oct.", "Sat."); returns a word of kind
    /// <see cref="DateWordKind.None"/> when it is not a date word. <paramref name="hasPeriod"/> tells whether the
    /// period was there, which makes an abbreviation unambiguous.
    /// </summary>
    public static DateWord Find(ReadOnlySpan<char> text, out bool hasPeriod)
    {
        hasPeriod = text.Length > 1 && text[^1] == '.';
        ReadOnlySpan<char> key = hasPeriod ? text[..^1] : text;
        return Lookup.TryGetValue(key, out DateWord word) ? word : default;
    }

    private static Dictionary<string, DateWord> Build()
    {
        var words = new Dictionary<string, DateWord>(StringComparer.OrdinalIgnoreCase);
        string[] months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
        for (int m = 0; m < months.Length; m++)
        {
            words[months[m]] = new DateWord(DateWordKind.Month, m + 1);
            if (months[m].Length > 3)
            {
                words[months[m][..3]] = new DateWord(DateWordKind.Month, m + 1, Abbreviation: true);
            }
        }
        words["Sept"] = new DateWord(DateWordKind.Month, 9, Abbreviation: true);
        AddWeekdays(words);
        AddAll(words, DateWordKind.RelativeDay, ("today", 0), ("tonight", 0), ("yesterday", -1), ("tomorrow", 1));
        AddAll(words, DateWordKind.Shift, ("last", -1), ("past", -1), ("this", 0), ("next", 1));
        AddAll(words, DateWordKind.PartOfDay, ("morning", 0), ("afternoon", 0), ("evening", 0), ("night", 0));
        AddAll(words, DateWordKind.Edge, ("early", 0), ("earlier", 0), ("late", 0), ("later", 0), ("mid", 0));
        AddAll(words, DateWordKind.Ago, ("ago", 0));
        AddUnits(words);
        AddAll(words, DateWordKind.Number, ("a", 1), ("an", 1), ("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5),
            ("six", 6), ("seven", 7), ("eight", 8), ("nine", 9), ("ten", 10), ("eleven", 11), ("twelve", 12), ("fifteen", 15),
            ("twenty", 20), ("thirty", 30), ("forty", 40), ("fifty", 50));
        AddIntroducers(words);
        return words;
    }

    private static void AddWeekdays(Dictionary<string, DateWord> words)
    {
        string[] days = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
        for (int d = 0; d < days.Length; d++)
        {
            words[days[d]] = new DateWord(DateWordKind.Weekday, d);
            words[days[d][..3]] = new DateWord(DateWordKind.Weekday, d, Abbreviation: true);
        }
        words["Tues"] = new DateWord(DateWordKind.Weekday, (int)DayOfWeek.Tuesday, Abbreviation: true);
        words["Thur"] = new DateWord(DateWordKind.Weekday, (int)DayOfWeek.Thursday, Abbreviation: true);
        words["Thurs"] = new DateWord(DateWordKind.Weekday, (int)DayOfWeek.Thursday, Abbreviation: true);
    }

    private static void AddUnits(Dictionary<string, DateWord> words)
    {
        AddAll(words, DateWordKind.Unit, ("minute", (int)DateUnit.Hour), ("minutes", (int)DateUnit.Hour), ("hour", (int)DateUnit.Hour),
            ("hours", (int)DateUnit.Hour), ("day", (int)DateUnit.Day), ("days", (int)DateUnit.Day), ("week", (int)DateUnit.Week),
            ("weeks", (int)DateUnit.Week), ("weekend", (int)DateUnit.Weekend), ("month", (int)DateUnit.Month),
            ("months", (int)DateUnit.Month), ("year", (int)DateUnit.Year), ("years", (int)DateUnit.Year),
            ("decade", (int)DateUnit.Decade), ("decades", (int)DateUnit.Decade));
    }

    private static void AddIntroducers(Dictionary<string, DateWord> words)
    {
        const int MonthOrDay = BeforeMonth | BeforeWeekday;
        // "on" introduces weekdays only: "pressure on May" is about Theresa May, never the month.
        AddAll(words, DateWordKind.Introducer, ("in", BeforeYear | BeforeMonth), ("during", BeforeYear | BeforeMonth | BeforeWeekend),
            ("since", BeforeYear | MonthOrDay), ("of", BeforeYear | MonthOrDay), ("on", BeforeWeekday | BeforeWeekend),
            ("until", MonthOrDay), ("till", MonthOrDay), ("by", MonthOrDay), ("through", MonthOrDay), ("throughout", BeforeMonth),
            ("from", MonthOrDay), ("before", MonthOrDay), ("after", MonthOrDay), ("over", BeforeWeekend), ("at", BeforeWeekend));
    }

    private static void AddAll(Dictionary<string, DateWord> words, DateWordKind kind, params (string Word, int Value)[] entries)
    {
        foreach ((string word, int value) in entries)
        {
            words[word] = new DateWord(kind, value);
        }
    }
}
