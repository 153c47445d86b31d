using Parley.Coding.Dates;
using static Parley.Coding.Tests.Dates.DateTestText;

namespace Parley.Coding.Tests.Dates;

/// <summary>Weekday arithmetic when the story falls on the weekday itself or on a weekend, and year rollover.</summary>
public sealed class CalendarBoundaryTests
{
    private static readonly DateOnly Saturday = new(2016, 10, 22);
    private static readonly DateOnly Sunday = new(2016, 10, 23);

    [Theory]
    [InlineData("Rebels attacked the convoy on Saturday.", "2016-10-22")]
    [InlineData("Rebels attacked the convoy last Saturday.", "2016-10-15")]
    [InlineData("Rebels will attack the convoy next Saturday.", "2016-10-29")]
    [InlineData("Rebels attacked the convoy on Friday.", "2016-10-21")]
    [InlineData("Rebels attacked the convoy on Sunday.", "2016-10-16")]
    [InlineData("Fighting flared last weekend.", "2016-10-15")]
    [InlineData("Fighting flared this weekend.", "2016-10-22")]
    [InlineData("Fighting flared over the weekend.", "2016-10-22")]
    public void StoryDatedSaturday(string text, string date) => Assert.Equal(Date(date), Single(text, Saturday).Date);

    [Theory]
    [InlineData("Rebels attacked the convoy on Saturday.", "2016-10-22")]
    [InlineData("Rebels attacked the convoy on Sunday.", "2016-10-23")]
    [InlineData("Rebels attacked the convoy last Sunday.", "2016-10-16")]
    [InlineData("Rebels attacked the convoy on Monday.", "2016-10-17")]
    [InlineData("Fighting flared last weekend.", "2016-10-15")]
    [InlineData("Fighting flared this weekend.", "2016-10-22")]
    [InlineData("Fighting flared over the weekend.", "2016-10-22")]
    [InlineData("Fighting may flare next weekend.", "2016-10-29")]
    public void StoryDatedSunday(string text, string date) => Assert.Equal(Date(date), Single(text, Sunday).Date);

    [Theory]
    [InlineData("Rebels attacked the convoy on Saturday.", "2016-12-31")]
    [InlineData("Rebels attacked the convoy last week.", "2016-12-26")]
    [InlineData("Exports fell last month.", "2016-12-01")]
    [InlineData("The party won last year.", "2016-01-01")]
    [InlineData("Troops entered the city in December.", "2016-12-01")]
    [InlineData("Troops entered the city on December 30.", "2016-12-30")]
    [InlineData("Troops entered the city in January.", "2017-01-01")]
    [InlineData("Troops entered the city last January.", "2016-01-01")]
    [InlineData("The army shelled the village three days ago.", "2016-12-30")]
    [InlineData("The port reopened 2 months ago.", "2016-11-02")]
    public void StoryDatedEarlyJanuary(string text, string date) => Assert.Equal(Date(date), Single(text, new DateOnly(2017, 1, 2)).Date);

    [Fact]
    public void ToleranceReachesIntoTheNextYear()
    {
        Assert.Equal(Date("2017-01-02"), Single("The ministers met on January 2.", new DateOnly(2016, 12, 30)).Date);
        Assert.Equal(Date("2016-01-20"), Single("The ministers met on January 20.", new DateOnly(2016, 12, 30)).Date);
    }

    [Fact]
    public void LeapDayWithoutYearFindsTheLatestLeapYear()
    {
        Assert.Equal(Date("2016-02-29"), Single("The accord was signed on February 29.", new DateOnly(2017, 3, 1)).Date);
        Assert.Equal(Date("2016-02-29"), Single("The accord was signed on February 29.", new DateOnly(2019, 3, 1)).Date);
    }

    [Fact]
    public void ImpossibleDatesAreNotExpressions()
    {
        Assert.Empty(Find(Plain("The accord was signed on February 30, 2016.")));
        Assert.Empty(Find(Plain("The accord was signed on 2016-13-01.")));
    }

    [Fact]
    public void MonthsAgoClampTheDay()
    {
        TemporalExpression found = Single("The port reopened a month ago.", new DateOnly(2016, 3, 31));
        Assert.Equal((Date("2016-02-29"), DateGranularity.Month), (found.Date, found.Granularity));
    }

    [Fact]
    public void YearsUpToTheStoryYearPlusOneCount()
    {
        Assert.Equal(Date("2017-01-01"), Single("The plan was drafted in 2017.", new DateOnly(2016, 12, 30)).Date);
        Assert.Empty(Find(Plain("The plan was drafted in 2018."), new DateOnly(2016, 12, 30)));
        Assert.Equal(Date("1900-01-01"), Single("The border was drawn in 1900.").Date);
    }
}
