namespace Parley.Coding.Dates;

/// <summary>
/// The matching rules of <see cref="TemporalExpressionFinder"/> for one sentence and one story date. Each rule starts
/// at a token and either matches a phrase that begins there or fails; the scan takes the first match at each position
/// and continues after it, so phrases never overlap.
/// </summary>
internal readonly struct ExpressionScanner
{
    private readonly SentenceTokens _t;
    private readonly DateOnly _story;
    private readonly int _toleranceDays;

    public ExpressionScanner(SentenceTokens tokens, DateOnly story, int toleranceDays)
    {
        _t = tokens;
        _story = story;
        _toleranceDays = toleranceDays;
    }

    private enum WeekdayMode
    {
        /// <summary>"on Saturday": the latest one on or before the story date, or the next one in a future clause.</summary>
        Plain,

        /// <summary>"last Saturday": strictly before the story date.</summary>
        Last,

        /// <summary>"this Saturday": on or after the story date.</summary>
        This,

        /// <summary>"next Saturday", "this coming Saturday": strictly after the story date.</summary>
        Next,
    }

    /// <summary>Adds the expressions of the sentence to <paramref name="results"/>, in text order.</summary>
    public void FindAll(List<TemporalExpression> results)
    {
        for (int i = _t.First; i < _t.End;)
        {
            if (TryAt(i, out DateMatch m))
            {
                results.Add(new TemporalExpression(m.Start, m.End, m.Date, m.Granularity, _t.TextOf(m.Start, m.End)));
                i = m.End;
            }
            else
            {
                i++;
            }
        }
    }

    private bool TryAt(int i, out DateMatch match)
    {
        if (char.IsAsciiDigit(_t.Text(i)[0]))
        {
            return TryNumeric(i, out match);
        }
        switch (_t.Kind(i))
        {
            case DateWordKind.Number:
                return TryAgo(i, out match);
            case DateWordKind.Edge:
                return TryEdge(i, out match);
            case DateWordKind.Shift:
                return TryShift(i, i, out match);
            case DateWordKind.RelativeDay:
                return TryRelativeDay(i, i, out match);
            case DateWordKind.Weekday:
                return TryWeekday(i, i, WeekdayMode.Plain, out match);
            case DateWordKind.Month:
                return TryMonth(i, i, _t.IsIntroducer(i - 1, DateWords.BeforeMonth), out match);
            default:
                return _t.Is(i, "the") ? TryThe(i, out match) : TryMidPeriod(i, out match);
        }
    }

    // "2016-10-20", "20 October 2016", "20th of October", "two days ago" written "2 days ago", "in 1988".
    private bool TryNumeric(int i, out DateMatch match)
    {
        DateOnly? whole = NumericDate.WholeDate(_t.Text(i), _story);
        if (whole != null)
        {
            return Found(i, i + 1, whole, DateGranularity.Day, out match);
        }
        return TryDayMonth(i, i, out match) || TryAgo(i, out match)
            || TryYear(i, i, _t.IsIntroducer(i - 1, DateWords.BeforeYear), out match);
    }

    // "20 October 2016", "20 Oct", "20th of October": a day number before a month name.
    private bool TryDayMonth(int start, int i, out DateMatch match)
    {
        match = default;
        int day = NumericDate.Day(_t.Text(i));
        int m = _t.Is(i + 1, "of") ? i + 2 : i + 1;
        if (day < 0 || !IsMonthWord(m, allowAbbreviation: true, out int month) || _t.IsQuantity(i))
        {
            return false;
        }
        int year = NumericDate.Year(_t.Text(m + 1));
        if (year > 0 && !_t.IsQuantity(m + 1))
        {
            return Found(start, m + 2, DateMath.Create(year, month, day), DateGranularity.Day, out match);
        }
        return Found(start, m + 1, InferDay(month, day, start, m + 1), DateGranularity.Day, out match);
    }

    // "October 20, 2016", "Oct. 20", "October 2016", and with an introducer "in October".
    private bool TryMonth(int start, int i, bool introduced, out DateMatch match)
    {
        match = default;
        if (!IsMonthWord(i, allowAbbreviation: true, out int month) || (start == i && _t.PrecededByName(i)))
        {
            return false;
        }
        int day = NumericDate.Day(_t.Text(i + 1));
        if (day > 0 && !_t.IsQuantity(i + 1))
        {
            int y = _t.Is(i + 2, ",") ? i + 3 : i + 2;
            int year = NumericDate.Year(_t.Text(y));
            if (year > 0 && !_t.IsQuantity(y))
            {
                return Found(start, y + 1, DateMath.Create(year, month, day), DateGranularity.Day, out match);
            }
            return Found(start, i + 2, InferDay(month, day, start, i + 2), DateGranularity.Day, out match);
        }
        int alone = NumericDate.Year(_t.Text(i + 1));
        if (alone > 0 && !_t.IsQuantity(i + 1))
        {
            return Found(start, i + 2, DateMath.Create(alone, month, 1), DateGranularity.Month, out match);
        }
        // A bare month needs its preposition and its full spelling: "in October", "since Oct.", never "May" alone.
        if (!introduced || !IsMonthWord(i, allowAbbreviation: false, out _))
        {
            return false;
        }
        int yearEnd = RelativeYearEnd(i + 1, out int shift);
        if (yearEnd > 0)
        {
            return Found(start, yearEnd, DateMath.Create(_story.Year + shift, month, 1), DateGranularity.Month, out match);
        }
        return Found(start, i + 1, InferMonth(month, start, i + 1), DateGranularity.Month, out match);
    }

    // "last year", "of this year", "next year" after a month ("in March last year"): the end of the phrase, or -1.
    private int RelativeYearEnd(int i, out int shift)
    {
        int s = _t.Is(i, "of") ? i + 1 : i;
        DateWord word = _t.Word(s);
        shift = word.Value;
        bool relative = word.Kind == DateWordKind.Shift && (_t.Is(s, "last") || _t.Is(s, "this") || _t.Is(s, "next")) && _t.Is(s + 1, "year");
        return relative ? s + 2 : -1;
    }

    // "in 1988", "since 1988", "late 1988": a plausible year after a preposition, not counting anything.
    private bool TryYear(int start, int i, bool introduced, out DateMatch match)
    {
        match = default;
        int year = NumericDate.Year(_t.Text(i));
        if (!introduced || year < 1900 || year > _story.Year + 1 || _t.IsQuantity(i))
        {
            return false;
        }
        return Found(start, i + 1, DateMath.Create(year, 1, 1), DateGranularity.Year, out match);
    }

    // "mid-October", "mid-October 2016", "mid-2015": the tokenizer keeps them as one word.
    private bool TryMidPeriod(int i, out DateMatch match)
    {
        match = default;
        ReadOnlySpan<char> text = _t.Text(i);
        if (text.Length < 5 || !text.StartsWith("mid-", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        ReadOnlySpan<char> rest = text[4..];
        int year = NumericDate.Year(rest);
        if (year > 0)
        {
            return year >= 1900 && year <= _story.Year + 1 && Found(i, i + 1, DateMath.Create(year, 1, 1), DateGranularity.Year, out match);
        }
        DateWord word = DateWords.Find(rest, out _);
        if (word.Kind != DateWordKind.Month || !char.IsUpper(rest[0]))
        {
            return false;
        }
        int explicitYear = NumericDate.Year(_t.Text(i + 1));
        if (explicitYear > 0 && !_t.IsQuantity(i + 1))
        {
            return Found(i, i + 2, DateMath.Create(explicitYear, word.Value, 1), DateGranularity.Month, out match);
        }
        return Found(i, i + 1, InferMonth(word.Value, i, i + 1), DateGranularity.Month, out match);
    }

    // "two days ago", "a week ago", "3 years ago", "hours ago" is not matched (no count).
    private bool TryAgo(int i, out DateMatch match)
    {
        match = default;
        int count = _t.Kind(i) == DateWordKind.Number ? _t.Word(i).Value : NumericDate.Digits(_t.Text(i));
        DateWord unit = _t.Word(i + 1);
        if (count <= 0 || unit.Kind != DateWordKind.Unit || _t.Kind(i + 2) != DateWordKind.Ago)
        {
            return false;
        }
        (DateOnly? date, DateGranularity granularity) = (DateUnit)unit.Value switch
        {
            DateUnit.Hour => (_story, DateGranularity.Day),
            DateUnit.Day => (DateMath.AddDays(_story, -count), DateGranularity.Day),
            DateUnit.Week => (DateMath.AddDays(_story, -7L * count), DateGranularity.Week),
            DateUnit.Month => (DateMath.AddMonths(_story, -count), DateGranularity.Month),
            DateUnit.Year => (DateMath.AddMonths(_story, -12L * count), DateGranularity.Year),
            DateUnit.Decade => (DateMath.AddMonths(_story, -120L * count), DateGranularity.Year),
            _ => ((DateOnly?)null, DateGranularity.Day),
        };
        return Found(i, i + 3, date, granularity, out match);
    }

    // "early", "earlier", "late", "mid" before a period keep the period's date: "earlier this week", "late 1988",
    // "earlier today", "early Saturday", "mid-October".
    private bool TryEdge(int i, out DateMatch match)
    {
        int j = _t.Is(i + 1, "-") ? i + 2 : i + 1;
        if (char.IsAsciiDigit(_t.Text(j).IsEmpty ? ' ' : _t.Text(j)[0]))
        {
            return TryYear(i, j, introduced: true, out match);
        }
        switch (_t.Kind(j))
        {
            case DateWordKind.Shift:
                return TryShift(i, j, out match);
            case DateWordKind.Month:
                return TryMonth(i, j, introduced: true, out match);
            case DateWordKind.Weekday:
                return TryWeekday(i, j, WeekdayMode.Plain, out match);
            case DateWordKind.RelativeDay:
                return TryRelativeDay(i, j, out match);
            default:
                match = default;
                return false;
        }
    }

    // "last week", "this month", "next year", "last weekend", "last night", "this morning", "last Saturday",
    // "this coming Saturday", "this past Saturday", "last October". "The next week" and "the last day" count from
    // a date in the narrative, not the story date, so a shift word after "the" matches nothing.
    private bool TryShift(int start, int s, out DateMatch match)
    {
        match = default;
        // Capitalised after a word, "This Morning" is a title, as "Today" is.
        if (start == s && (_t.Is(s - 1, "the") || (_t.IsCapitalized(s) && FollowsAWord(s))))
        {
            return false;
        }
        int shift = _t.Word(s).Value;
        int j = s + 1;
        bool coming = false;
        if (shift == 0 && (_t.Is(j, "coming") || _t.Is(j, "past")))
        {
            coming = _t.Is(j, "coming");
            shift = coming ? 1 : -1;
            j++;
        }
        DateWord word = _t.Word(j);
        switch (word.Kind)
        {
            case DateWordKind.Weekday:
                WeekdayMode mode = shift < 0 ? WeekdayMode.Last : shift > 0 ? WeekdayMode.Next : WeekdayMode.This;
                return TryWeekday(start, j, mode, out match);
            case DateWordKind.Month:
                return TryShiftedMonth(start, j, shift, out match);
            case DateWordKind.Unit:
                return Found(start, j + 1, ShiftedPeriod((DateUnit)word.Value, shift, out DateGranularity granularity), granularity, out match);
            case DateWordKind.PartOfDay:
                // "this morning" is the story date, "last night" and "last evening" the day before.
                bool known = shift == 0 || (shift < 0 && (_t.Is(j, "night") || _t.Is(j, "evening")));
                return known && Found(start, j + 1, DateMath.AddDays(_story, shift), DateGranularity.Day, out match);
            default:
                return false;
        }
    }

    private DateOnly? ShiftedPeriod(DateUnit unit, int shift, out DateGranularity granularity)
    {
        granularity = unit switch
        {
            DateUnit.Week or DateUnit.Weekend => DateGranularity.Week,
            DateUnit.Month => DateGranularity.Month,
            _ => DateGranularity.Year,
        };
        return unit switch
        {
            DateUnit.Week => DateMath.AddDays(_story, 7 * shift),
            DateUnit.Weekend => ShiftedWeekend(shift),
            DateUnit.Month => DateMath.FirstOfMonth(_story, shift),
            DateUnit.Year => DateMath.Create(_story.Year + shift, 1, 1),
            // "last day", "next hour", "this decade": not a date the event can take.
            _ => null,
        };
    }

    // A weekend is dated by its Saturday. "Last weekend" on a Sunday is the weekend before this one.
    private DateOnly? ShiftedWeekend(int shift)
    {
        bool inWeekend = _story.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
        if (shift < 0)
        {
            return _story.DayOfWeek == DayOfWeek.Sunday ? DateMath.AddDays(_story, -8) : DateMath.Previous(_story, DayOfWeek.Saturday, strict: true);
        }
        if (shift == 0 && inWeekend)
        {
            return DateMath.Previous(_story, DayOfWeek.Saturday, strict: false);
        }
        return DateMath.Following(_story, DayOfWeek.Saturday, strict: true);
    }

    // "last October" is the latest October before the story's month; "next October" the first after it.
    private bool TryShiftedMonth(int start, int j, int shift, out DateMatch match)
    {
        match = default;
        if (!IsMonthWord(j, allowAbbreviation: true, out int month))
        {
            return false;
        }
        int year = shift switch
        {
            < 0 => month < _story.Month ? _story.Year : _story.Year - 1,
            > 0 => month > _story.Month ? _story.Year : _story.Year + 1,
            _ => _story.Year,
        };
        return Found(start, j + 1, DateMath.Create(year, month, 1), DateGranularity.Month, out match);
    }

    // "today", "tonight", "yesterday", "tomorrow", with an optional part of the day ("yesterday morning"). Capitalised
    // after a word rather than at the start of the sentence or after punctuation, it is a title: "USA Today", "BBC
    // Radio 4's Today programme".
    private bool TryRelativeDay(int start, int i, out DateMatch match)
    {
        match = default;
        if (start == i && _t.IsCapitalized(i) && FollowsAWord(i))
        {
            return false;
        }
        int end = _t.Kind(i + 1) == DateWordKind.PartOfDay ? i + 2 : i + 1;
        return Found(start, end, DateMath.AddDays(_story, _t.Word(i).Value), DateGranularity.Day, out match);
    }

    private bool FollowsAWord(int i)
    {
        ReadOnlySpan<char> before = _t.Text(i - 1);
        return !before.IsEmpty && (char.IsLetterOrDigit(before[0]) || before.Equals("'s", StringComparison.OrdinalIgnoreCase)
            || before.Equals("\u2019s", StringComparison.OrdinalIgnoreCase));
    }

    // "the day before yesterday", "the day after tomorrow", "over the weekend", "the 20th of October".
    private bool TryThe(int i, out DateMatch match)
    {
        match = default;
        if (_t.Is(i + 1, "day") && (_t.Is(i + 2, "before") || _t.Is(i + 2, "after")))
        {
            int offset = _t.Is(i + 2, "before") ? -2 : 2;
            bool relative = offset < 0 ? _t.Is(i + 3, "yesterday") : _t.Is(i + 3, "tomorrow");
            return relative && Found(i, i + 4, DateMath.AddDays(_story, offset), DateGranularity.Day, out match);
        }
        if (_t.Is(i + 1, "weekend") && _t.IsIntroducer(i - 1, DateWords.BeforeWeekend))
        {
            DateOnly? saturday = _t.IsFutureContext(i, i + 2)
                ? DateMath.Following(_story, DayOfWeek.Saturday, strict: false)
                : DateMath.Previous(_story, DayOfWeek.Saturday, strict: false);
            return Found(i, i + 2, saturday, DateGranularity.Week, out match);
        }
        return NumericDate.Day(_t.Text(i + 1)) > 0 && TryDayMonth(i, i + 1, out match);
    }

    // "on Saturday", "Saturday", "last Saturday", "Sat.", "Saturday night", "Saturday, October 22".
    private bool TryWeekday(int start, int i, WeekdayMode mode, out DateMatch match)
    {
        match = default;
        DateWord word = _t.Word(i, out bool hasPeriod);
        if (!_t.IsCapitalized(i) || _t.IsTaggedVerb(i))
        {
            return false;
        }
        bool introduced = start != i || _t.IsIntroducer(i - 1, DateWords.BeforeWeekday);
        // "Sun", "Sat" and "Wed" without their period are dates only where nothing else fits: "on Sat". With or
        // without it, "the Sun." is a newspaper.
        if (word.Abbreviation && ((!hasPeriod && !introduced) || _t.Is(i - 1, "the")))
        {
            return false;
        }
        // Names that end in a weekday are rare, while wire copy writes "The Kremlin Saturday said...", so only a name
        // that the weekday starts ("Sunday Times") is excluded.
        if (!introduced && _t.FollowedByName(i))
        {
            return false;
        }
        int next = _t.Is(i + 1, ",") ? i + 2 : i + 1;
        if (mode == WeekdayMode.Plain && TryExplicitDate(next, out DateMatch dated))
        {
            match = dated with { Start = start };
            return true;
        }
        int end = _t.Kind(i + 1) == DateWordKind.PartOfDay ? i + 2 : i + 1;
        var day = (DayOfWeek)word.Value;
        DateOnly? date = mode switch
        {
            WeekdayMode.Last => DateMath.Previous(_story, day, strict: true),
            WeekdayMode.Next => DateMath.Following(_story, day, strict: true),
            WeekdayMode.This => DateMath.Following(_story, day, strict: false),
            _ => _t.IsFutureContext(start, end) ? DateMath.Following(_story, day, strict: false) : DateMath.Previous(_story, day, strict: false),
        };
        return Found(start, end, date, DateGranularity.Day, out match);
    }

    // The full date after a weekday: "October 22", "22 October 2016", "2016-10-22".
    private bool TryExplicitDate(int i, out DateMatch match)
    {
        match = default;
        if (!_t.InRange(i))
        {
            return false;
        }
        bool found = char.IsAsciiDigit(_t.Text(i)[0]) ? TryNumeric(i, out match) : TryMonth(i, i, introduced: false, out match);
        return found && match.Granularity == DateGranularity.Day;
    }

    /// <summary>
    /// True when token <paramref name="i"/> is a capitalised month name that the tagger (if any) did not call a verb:
    /// modal "May" and the verb "March" are not months. Short forms without a period ("Oct") pass only with
    /// <paramref name="allowAbbreviation"/>, where a day or year next to them makes the reading safe.
    /// </summary>
    private bool IsMonthWord(int i, bool allowAbbreviation, out int month)
    {
        DateWord word = _t.Word(i, out bool hasPeriod);
        month = word.Value;
        return word.Kind == DateWordKind.Month && _t.IsCapitalized(i) && !_t.IsTaggedVerb(i)
            && (allowAbbreviation || !word.Abbreviation || hasPeriod);
    }

    /// <summary>
    /// The year of "October 20": the latest such day not after the story date plus the tolerance (news reports the
    /// past), or the next one on or after the story date when the clause speaks of the future.
    /// </summary>
    private DateOnly? InferDay(int month, int day, int start, int end)
    {
        if (_t.IsFutureContext(start, end))
        {
            return DateMath.EarliestOnOrAfter(month, day, _story);
        }
        DateOnly? limit = DateMath.AddDays(_story, _toleranceDays);
        return limit == null ? null : DateMath.LatestOnOrBefore(month, day, limit.Value);
    }

    /// <summary>The first day of the month of "in October", chosen as <see cref="InferDay"/> chooses days.</summary>
    private DateOnly? InferMonth(int month, int start, int end)
    {
        if (_t.IsFutureContext(start, end))
        {
            DateOnly? thisMonth = DateMath.FirstOfMonth(_story, 0);
            return thisMonth == null ? null : DateMath.EarliestOnOrAfter(month, 1, thisMonth.Value);
        }
        DateOnly? limit = DateMath.AddDays(_story, _toleranceDays);
        return limit == null ? null : DateMath.LatestOnOrBefore(month, 1, limit.Value);
    }

    private static bool Found(int start, int end, DateOnly? date, DateGranularity granularity, out DateMatch match)
    {
        match = date == null ? default : new DateMatch(start, end, date.Value, granularity);
        return date != null;
    }
}
