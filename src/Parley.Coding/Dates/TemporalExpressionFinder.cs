using Parley.Text;

namespace Parley.Coding.Dates;

/// <summary>
/// Finds English date expressions in a sentence and resolves them against the story date. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// <para>What is matched, with a story dated Monday 2016-10-24:</para>
/// <list type="bullet">
/// <item>"today", "tonight", "this morning/afternoon/evening" → the story date; "yesterday", "last night" → 10-23;
/// "tomorrow" → 10-25; "the day before yesterday" → 10-22; "earlier today", "yesterday morning" alike.</item>
/// <item>Weekdays, also abbreviated with a period ("Sat."): "Saturday", "on Saturday" → the latest Saturday on or before
/// the story date (10-22; "on Monday" is the story date itself); "last Saturday" → strictly before (10-22; "last
/// Monday" is 10-17); "next Saturday", "this coming Saturday" → strictly after (10-29); "this Saturday" → on or after.
/// When the tree shows a future clause ("will meet on Saturday", "due to resume on Saturday") a plain weekday is the
/// next one on or after the story date instead.</item>
/// <item>"last/this/next week" → the story date −7/0/+7 days (<see cref="DateGranularity.Week"/>); "last/this/next
/// weekend" → that weekend's Saturday (Week); "last/this/next month" → the first day of the month (Month); "last/this/next
/// year" → January 1 (Year); "earlier/later this week", "early next year", "late last month" keep the period's date.</item>
/// <item>Absolute dates: "October 20, 2016", "Oct. 20 2016", "20 October 2016", "the 20th of October", "2016-10-20",
/// "20-Oct-2016", "20/10/2016", "10/20/16", "October 2016" (Month), "Saturday, October 22" (the date wins). Numeric
/// dates with the year last are read month-first, as US wire services write them, unless only day-first is valid:
/// "05/10/2016" is May 10, "20/10/2016" October 20. Two-digit years fall in the story's century unless that puts them
/// more than a year after the story.</item>
/// <item>Dates without a year: "October 20", "on March 3" → the latest such day not after the story date plus
/// <see cref="FutureToleranceDays"/>; "in October", "since October" (a bare month needs its preposition) → the first day
/// of the latest such month by the same rule; "last October" → before the story's month; "in March last year", "in
/// January of this year" → that year's month. In a future clause: the next one instead.</item>
/// <item>"mid-October", "mid-October 2016" (Month), "mid-2015" (Year), as the tokenizer keeps them whole.</item>
/// <item>"in 1988", "since 1988", "during 1988", "of 1988", "late 1988" → January 1 (Year), for four-digit years from
/// 1900 to the story year + 1.</item>
/// <item>"N minutes/hours/days/weeks/months/years/decades ago" with N in digits or words ("a week ago") → the story date
/// shifted back (hours stay on the story date; months and years keep the day of the month).</item>
/// </list>
/// <para>What is not matched: numbers that count ("1988 people": a <c>nummod</c> in the tree, a plural noun after it
/// when only tagged); lower-case "may" and "march", and "May"/"March" tagged as verbs; a bare month with no preposition;
/// "the next week" or "the last day" (relative to the narrative, not the story); names. A capitalised "Today",
/// "Tonight"... after a word (not at the start of the sentence or after punctuation) is a title ("USA Today", "Radio
/// 4's Today programme"). A month is taken as the end of a name when a capitalised proper noun precedes it ("Theresa
/// May"; with a tree, only when the two are joined as <c>flat</c> or <c>compound</c>). A weekday is taken as the start of a name
/// when no preposition introduces it and, in a tree, it is joined to the next word as <c>compound</c>/<c>flat</c> or
/// stands between "the" and a capitalised word ("The Sunday Times"), or, without a tree, the next word is capitalised
/// (and a proper noun when tagged); weekdays after a
/// name stay dates, as in wire copy's "The Kremlin Saturday said". Abbreviated weekdays after "the" are names ("the
/// Sun"). Prepositions ("on", "in") are not part of the expression's tokens; "last", "the", "ago" and the like are.
/// Known gaps: "in May" about Theresa May is read as the month; without a tree, "Saturday Russia attacked" (no
/// preposition) is read as a name and "in 1988 people" as a year.</para>
/// </remarks>
public sealed class TemporalExpressionFinder
{
    /// <summary>The default of <see cref="FutureToleranceDays"/>.</summary>
    public const int DefaultFutureToleranceDays = 7;

    /// <summary>Creates a finder with the default tolerance of <see cref="DefaultFutureToleranceDays"/> days.</summary>
    public TemporalExpressionFinder()
        : this(DefaultFutureToleranceDays)
    {
    }

    /// <summary>Creates a finder.</summary>
    /// <param name="futureToleranceDays">See <see cref="FutureToleranceDays"/>; 0 to 366.</param>
    public TemporalExpressionFinder(int futureToleranceDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(futureToleranceDays);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(futureToleranceDays, 366);
        FutureToleranceDays = futureToleranceDays;
    }

    /// <summary>
    /// How many days after the story date a date without a year may still fall in a past-tense sentence: a story dated
    /// October 24 that says "on October 28" means this year (a story dated late, or an announced date), while
    /// "on November 20" means last year.
    /// </summary>
    public int FutureToleranceDays { get; }

    /// <summary>
    /// Finds the date expressions among the tokens [<paramref name="firstToken"/>, <paramref name="endToken"/>) of
    /// <paramref name="document"/>, normally one sentence, in text order. Tags and the dependency tree are used when the
    /// document has them (see the remarks of the class for what they change).
    /// </summary>
    /// <param name="document">The tokenized document.</param>
    /// <param name="firstToken">Document index of the first token to search.</param>
    /// <param name="endToken">Document index one past the last token to search.</param>
    /// <param name="storyDate">The date of the story, against which relative expressions are resolved.</param>
    /// <returns>The expressions, without overlaps; empty when there are none.</returns>
    public IReadOnlyList<TemporalExpression> Find(Document document, int firstToken, int endToken, DateOnly storyDate)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentOutOfRangeException.ThrowIfNegative(firstToken);
        ArgumentOutOfRangeException.ThrowIfLessThan(endToken, firstToken);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(endToken, document.TokenCount);
        if (firstToken == endToken)
        {
            return [];
        }
        var results = new List<TemporalExpression>();
        new ExpressionScanner(new SentenceTokens(document, firstToken, endToken), storyDate, FutureToleranceDays).FindAll(results);
        return results;
    }

    /// <summary>Finds the date expressions of <paramref name="sentence"/>; see <see cref="Find(Document, int, int, DateOnly)"/>.</summary>
    public IReadOnlyList<TemporalExpression> Find(Sentence sentence, DateOnly storyDate)
    {
        ArgumentNullException.ThrowIfNull(sentence.Document, nameof(sentence));
        return Find(sentence.Document, sentence.FirstToken, sentence.EndToken, storyDate);
    }
}
