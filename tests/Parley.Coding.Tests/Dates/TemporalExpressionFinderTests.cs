using Parley.Coding.Dates;
using Parley.Text;
using static Parley.Coding.Tests.Dates.DateTestText;

namespace Parley.Coding.Tests.Dates;

/// <summary>
/// The finder on untagged text, with the story dated Monday 2016-10-24 unless a test says otherwise. The sentences
/// were written for these tests.
/// </summary>
public sealed class TemporalExpressionFinderTests
{
    [Theory]
    [InlineData("Officials met the envoy today.", "today", "2016-10-24")]
    [InlineData("\"Today we start the talks,\" the envoy said.", "Today", "2016-10-24")]
    [InlineData("The envoy said: Today the talks start.", "Today", "2016-10-24")]
    [InlineData("The strike begins tonight.", "tonight", "2016-10-24")]
    [InlineData("Rebels attacked the base this morning.", "this morning", "2016-10-24")]
    [InlineData("The minister resigned this afternoon.", "this afternoon", "2016-10-24")]
    [InlineData("Talks resumed this evening.", "this evening", "2016-10-24")]
    [InlineData("The cabinet met earlier today.", "earlier today", "2016-10-24")]
    [InlineData("Troops withdrew yesterday.", "yesterday", "2016-10-23")]
    [InlineData("Troops withdrew yesterday morning.", "yesterday morning", "2016-10-23")]
    [InlineData("Shells fell on the city last night.", "last night", "2016-10-23")]
    [InlineData("The delegation arrives tomorrow.", "tomorrow", "2016-10-25")]
    [InlineData("Police said the blast happened the day before yesterday.", "the day before yesterday", "2016-10-22")]
    [InlineData("The envoy lands the day after tomorrow.", "the day after tomorrow", "2016-10-26")]
    public void RelativeDays(string text, string expression, string date) =>
        AssertSingle(text, expression, date, DateGranularity.Day);

    [Theory]
    [InlineData("Rebels attacked the convoy on Saturday.", "Saturday", "2016-10-22")]
    [InlineData("Rebels attacked the convoy Saturday.", "Saturday", "2016-10-22")]
    [InlineData("On Saturday rebels attacked the convoy.", "Saturday", "2016-10-22")]
    [InlineData("The Kremlin Saturday said the talks had failed.", "Saturday", "2016-10-22")]
    [InlineData("Rebels attacked the convoy last Saturday.", "last Saturday", "2016-10-22")]
    [InlineData("Rebels attacked the convoy this past Saturday.", "this past Saturday", "2016-10-22")]
    [InlineData("The envoy arrived on Sat. and left.", "Sat.", "2016-10-22")]
    [InlineData("The envoy arrived on Thurs. with aides.", "Thurs.", "2016-10-20")]
    [InlineData("The army shelled the town on Friday night.", "Friday night", "2016-10-21")]
    [InlineData("The blast struck early Sunday.", "early Sunday", "2016-10-23")]
    [InlineData("The cabinet met on Monday.", "Monday", "2016-10-24")]
    [InlineData("The cabinet met last Monday.", "last Monday", "2016-10-17")]
    [InlineData("The cabinet met on Tuesday.", "Tuesday", "2016-10-18")]
    [InlineData("The summit opens next Saturday.", "next Saturday", "2016-10-29")]
    [InlineData("The summit opens this coming Saturday.", "this coming Saturday", "2016-10-29")]
    [InlineData("The summit opens this Saturday.", "this Saturday", "2016-10-29")]
    [InlineData("The summit opens next Monday.", "next Monday", "2016-10-31")]
    [InlineData("The vote took place on Saturday, October 22.", "Saturday, October 22", "2016-10-22")]
    public void Weekdays(string text, string expression, string date) =>
        AssertSingle(text, expression, date, DateGranularity.Day);

    [Theory]
    [InlineData("Fighting flared last weekend.", "last weekend", "2016-10-22", DateGranularity.Week)]
    [InlineData("Fighting flared over the weekend.", "the weekend", "2016-10-22", DateGranularity.Week)]
    [InlineData("The ministers met last week.", "last week", "2016-10-17", DateGranularity.Week)]
    [InlineData("The ministers meet next week.", "next week", "2016-10-31", DateGranularity.Week)]
    [InlineData("Exports fell last month.", "last month", "2016-09-01", DateGranularity.Month)]
    [InlineData("The party won last year.", "last year", "2015-01-01", DateGranularity.Year)]
    [InlineData("Elections are due next year.", "next year", "2017-01-01", DateGranularity.Year)]
    [InlineData("Two envoys visited earlier this week.", "earlier this week", "2016-10-24", DateGranularity.Week)]
    [InlineData("The army advanced earlier this month.", "earlier this month", "2016-10-01", DateGranularity.Month)]
    [InlineData("Prices rose earlier this year.", "earlier this year", "2016-01-01", DateGranularity.Year)]
    [InlineData("The regime fell late last year.", "late last year", "2015-01-01", DateGranularity.Year)]
    [InlineData("The strike ended last October.", "last October", "2015-10-01", DateGranularity.Month)]
    [InlineData("The strike ended last September.", "last September", "2016-09-01", DateGranularity.Month)]
    public void RelativePeriods(string text, string expression, string date, DateGranularity granularity) =>
        AssertSingle(text, expression, date, granularity);

    [Theory]
    [InlineData("The talks ended on October 20, 2016 in Geneva.", "October 20, 2016", "2016-10-20")]
    [InlineData("The talks ended on October 20 2016 in Geneva.", "October 20 2016", "2016-10-20")]
    [InlineData("Rebels seized the town on 20 October 2016.", "20 October 2016", "2016-10-20")]
    [InlineData("The ministers met on Oct. 20, 2016 in Geneva.", "Oct. 20, 2016", "2016-10-20")]
    [InlineData("The ministers met on Oct 20 in Geneva.", "Oct 20", "2016-10-20")]
    [InlineData("The ministers met on October 20th in Geneva.", "October 20th", "2016-10-20")]
    [InlineData("The mayor was arrested on the 20th of October.", "the 20th of October", "2016-10-20")]
    [InlineData("The vote was held on 2016-10-20.", "2016-10-20", "2016-10-20")]
    [InlineData("The accord was signed on 20-Oct-2016.", "20-Oct-2016", "2016-10-20")]
    [InlineData("The vote was held on 20/10/2016.", "20/10/2016", "2016-10-20")]
    [InlineData("The vote was held on 10/20/2016.", "10/20/2016", "2016-10-20")]
    [InlineData("The vote was held on 10/20/16.", "10/20/16", "2016-10-20")]
    [InlineData("Protesters marched on March 3 in the capital.", "March 3", "2016-03-03")]
    public void AbsoluteDays(string text, string expression, string date) =>
        AssertSingle(text, expression, date, DateGranularity.Day);

    [Fact]
    public void AmbiguousSlashedDatesReadMonthFirst()
    {
        // Both numbers could be a month: read as US wire services write, May 10.
        AssertSingle("The vote was held on 05/10/2016.", "05/10/2016", "2016-05-10", DateGranularity.Day);
    }

    [Theory]
    [InlineData("The ministers met on October 20 in Geneva.", "October 20", "2016-10-20")]
    [InlineData("The ministers met on October 28 in Geneva.", "October 28", "2016-10-28")]
    [InlineData("The ministers met on November 20 in Geneva.", "November 20", "2015-11-20")]
    [InlineData("The ministers met on 3 January in Geneva.", "3 January", "2016-01-03")]
    public void DaysWithoutYearAreTheLatestNotAfterTheStoryPlusTolerance(string text, string expression, string date) =>
        AssertSingle(text, expression, date, DateGranularity.Day);

    [Theory]
    [InlineData("Troops entered the city in October 2016.", "October 2016", "2016-10-01", DateGranularity.Month)]
    [InlineData("Troops entered the city in October.", "October", "2016-10-01", DateGranularity.Month)]
    [InlineData("Troops entered the city in December.", "December", "2015-12-01", DateGranularity.Month)]
    [InlineData("Troops have held the city since Sept. and hold it still.", "Sept.", "2016-09-01", DateGranularity.Month)]
    [InlineData("Troops entered the city in mid-October.", "mid-October", "2016-10-01", DateGranularity.Month)]
    [InlineData("Troops entered the city in December last year.", "December last year", "2015-12-01", DateGranularity.Month)]
    [InlineData("Troops entered the city in January of this year.", "January of this year", "2016-01-01", DateGranularity.Month)]
    [InlineData("The two countries broke off relations in 1988.", "1988", "1988-01-01", DateGranularity.Year)]
    [InlineData("The border has been closed since 1988.", "1988", "1988-01-01", DateGranularity.Year)]
    [InlineData("The border was closed during 1988.", "1988", "1988-01-01", DateGranularity.Year)]
    [InlineData("It was the summer of 1988.", "1988", "1988-01-01", DateGranularity.Year)]
    [InlineData("The border was closed in late 1988.", "late 1988", "1988-01-01", DateGranularity.Year)]
    public void MonthsAndYears(string text, string expression, string date, DateGranularity granularity) =>
        AssertSingle(text, expression, date, granularity);

    [Theory]
    [InlineData("The army shelled the village two days ago.", "two days ago", "2016-10-22", DateGranularity.Day)]
    [InlineData("The army shelled the village 2 days ago.", "2 days ago", "2016-10-22", DateGranularity.Day)]
    [InlineData("The army shelled the village three hours ago.", "three hours ago", "2016-10-24", DateGranularity.Day)]
    [InlineData("The envoy left a week ago.", "a week ago", "2016-10-17", DateGranularity.Week)]
    [InlineData("The port reopened 3 months ago.", "3 months ago", "2016-07-24", DateGranularity.Month)]
    [InlineData("The treaty was signed ten years ago.", "ten years ago", "2006-10-24", DateGranularity.Year)]
    [InlineData("The treaty was signed a decade ago.", "a decade ago", "2006-10-24", DateGranularity.Year)]
    public void Ago(string text, string expression, string date, DateGranularity granularity) =>
        AssertSingle(text, expression, date, granularity);

    [Theory]
    [InlineData("Officials said 1988 people had fled.")]
    [InlineData("The Sunday Times reported the arrests.")]
    [InlineData("The story ran in the Sunday Times.")]
    [InlineData("Prime Minister Theresa May met the envoy.")]
    [InlineData("Officials may meet again.")]
    [InlineData("May officials speak freely?")]
    [InlineData("Students march to the capital.")]
    [InlineData("USA Today reported the arrests.")]
    [InlineData("She told the radio station's Today programme that the talks had failed.")]
    [InlineData("She spoke on the channel's This Morning show.")]
    [InlineData("The Sun reported the arrests.")]
    [InlineData("The story ran in the Sun.")]
    [InlineData("The next day the army moved north.")]
    [InlineData("The day after the vote, the army moved north.")]
    [InlineData("In the last week of the war, the army moved north.")]
    [InlineData("The talks lasted 20 hours.")]
    [InlineData("The fort was built in 1850.")]
    [InlineData("The plan runs until 2030.")]
    [InlineData("Relations have been frozen for years.")]
    [InlineData("The fighting on 9/11 was different.")]
    [InlineData("The phone number is 713-853-3989.")]
    public void NotDates(string text) => Assert.Empty(Find(Plain(text)));

    [Fact]
    public void FindsEveryExpressionOfASentenceWithItsTokens()
    {
        Document document = Plain("Russia attacked Kharkiv on Saturday, officials said on Monday.");
        IReadOnlyList<TemporalExpression> found = Find(document);
        Assert.Equal(["Saturday 2016-10-22 Day", "Monday 2016-10-24 Day"], Describe(found));
        Assert.Equal((4, 5), (found[0].Start, found[0].End));
        Assert.Equal((9, 10), (found[1].Start, found[1].End));
    }

    [Fact]
    public void SearchesOnlyTheGivenTokens()
    {
        Document document = Plain("Rebels attacked on Saturday. Officials met on Monday.");
        Sentence second = document.GetSentence(1);
        IReadOnlyList<TemporalExpression> found = new TemporalExpressionFinder().Find(second, Monday);
        Assert.Equal(["Monday 2016-10-24 Day"], Describe(found));
        Assert.True(found[0].Start >= second.FirstToken);
    }

    [Fact]
    public void ListsOfDatesGiveOneExpressionEach()
    {
        Document document = Plain("Israel struck Gaza last night and this morning, earlier this week and last month.");
        Assert.Equal(
            ["last night 2016-10-23 Day", "this morning 2016-10-24 Day", "earlier this week 2016-10-24 Week", "last month 2016-09-01 Month"],
            Describe(Find(document)));
    }

    [Fact]
    public void ToleranceIsConfigurable()
    {
        var strict = new TemporalExpressionFinder(futureToleranceDays: 0);
        TemporalExpression found = Assert.Single(Find(Plain("The ministers met on October 28."), finder: strict));
        Assert.Equal(Date("2015-10-28"), found.Date);
        Assert.Equal(TemporalExpressionFinder.DefaultFutureToleranceDays, new TemporalExpressionFinder().FutureToleranceDays);
    }

    [Fact]
    public void OutOfRangeArithmeticIsDropped()
    {
        Assert.Empty(Find(Plain("The city was founded 5000 years ago."), new DateOnly(2016, 10, 24)));
        Assert.Empty(Find(Plain("The talks resume tomorrow."), DateOnly.MaxValue));
    }

    [Fact]
    public void ValidatesArguments()
    {
        var finder = new TemporalExpressionFinder();
        Document document = Plain("Rebels attacked on Saturday.");
        Assert.Throws<ArgumentNullException>(() => finder.Find(null!, 0, 0, Monday));
        Assert.Throws<ArgumentOutOfRangeException>(() => finder.Find(document, -1, 2, Monday));
        Assert.Throws<ArgumentOutOfRangeException>(() => finder.Find(document, 3, 2, Monday));
        Assert.Throws<ArgumentOutOfRangeException>(() => finder.Find(document, 0, document.TokenCount + 1, Monday));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TemporalExpressionFinder(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TemporalExpression(3, 3, Monday, DateGranularity.Day, "x"));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TemporalExpression(0, 1, Monday, (DateGranularity)9, "x"));
        Assert.Empty(finder.Find(document, 2, 2, Monday));
    }

    private static void AssertSingle(string text, string expression, string date, DateGranularity granularity)
    {
        TemporalExpression found = Single(text);
        Assert.Equal(expression, found.Text);
        Assert.Equal(Date(date), found.Date);
        Assert.Equal(granularity, found.Granularity);
    }
}
