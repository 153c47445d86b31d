using Parley.Coding.Dates;
using Parley.Text;
using static Parley.Coding.Tests.Dates.DateTestText;

namespace Parley.Coding.Tests.Dates;

/// <summary>What tags and trees change: counting numbers, modal "May", verb "March", names and future clauses.</summary>
public sealed class AnnotatedDateTests
{
    [SkippableFact]
    public void YearThatCountsPeopleIsNotADate()
    {
        // Untagged, "In 1988 people protested" is read as a year; the tree shows "1988" counting the people.
        Assert.Single(Find(Plain("In 1988 people protested.")));
        Assert.Empty(Find(Annotated("In 1988 people protested.")));
        Assert.Empty(Find(Annotated("Officials said 1988 people had fled.")));
    }

    [SkippableFact]
    public void DayNumberThatCountsIsNotADay()
    {
        // Untagged, "October 20" looks like a day; the tree shows "20" counting the people, leaving "in October".
        Assert.Equal(["October 20 2016-10-20 Day"], Describe(Find(Plain("In October 20 people died."))));
        Assert.Equal(["October 2016-10-01 Month"], Describe(Find(Annotated("In October 20 people died."))));
        Assert.Empty(Find(Annotated("Thousands March 5 Miles To Parliament")));
    }

    [SkippableFact]
    public void ModalMayAndVerbMarchAreNotMonths()
    {
        Assert.Equal(["May 2016-05-01 Month"], Describe(Find(Annotated("The ceasefire may hold, officials said in May."))));
        Assert.Equal(["March 3 2016-03-03 Day"], Describe(Find(Annotated("Students marched on March 3 in the capital."))));
    }

    [Fact]
    public void TagsOverrideMonthWords()
    {
        // "May 5" right after a sentence start would be a date; tagged as an auxiliary it is not.
        Document document = Plain("May 5 envoys return?");
        Assert.Single(Find(document));
        document.Annotations.Upos.AsSpan().Fill(UPos.NOUN);
        document.Annotations.Upos[0] = UPos.AUX;
        Assert.Empty(Find(document));
    }

    [SkippableFact]
    public void SundayTimesIsANameButLastWeekendIsADate()
    {
        Document document = Annotated("The Sunday Times reported that police arrested two men last weekend.");
        Assert.Equal(["last weekend 2016-10-22 Week"], Describe(Find(document)));
        Assert.Empty(Find(Annotated("Most voters polled for the Sunday Times backed the plan.")));
    }

    [SkippableFact]
    public void WeekdayBeforeANameIsADateWhenIntroduced()
    {
        Assert.Equal(["Saturday 2016-10-22 Day"], Describe(Find(Annotated("On Saturday Russia launched new strikes."))));
    }

    [SkippableFact]
    public void WeekdayAfterTheSubjectIsADate()
    {
        Assert.Equal(["Saturday 2016-10-22 Day"], Describe(Find(Annotated("The Kremlin Saturday said the talks had failed."))));
        Assert.Equal(["Saturday 2016-10-22 Day"], Describe(Find(Annotated("Russia Saturday launched new strikes on Kharkiv."))));
    }

    [SkippableFact]
    public void TheresaMayIsAName()
    {
        Document document = Annotated("Prime Minister Theresa May met the envoy in May.");
        TemporalExpression found = Assert.Single(Find(document));
        Assert.Equal(TokenOf(document, "May", 1), found.Start);
        Assert.Empty(Find(Annotated("USA Today reported the arrests.")));
    }

    [SkippableTheory]
    [InlineData("The envoy will visit Moscow on Saturday.", "Saturday", "2016-10-29")]
    [InlineData("The envoy will arrive on Monday.", "Monday", "2016-10-24")]
    [InlineData("Talks are due to resume on Thursday.", "Thursday", "2016-10-27")]
    [InlineData("The election will be held on November 8.", "November 8", "2016-11-08")]
    [InlineData("The envoy will travel to Kabul in February.", "February", "2017-02-01")]
    [InlineData("The vote is expected to be on 8 November.", "8 November", "2016-11-08")]
    [InlineData("A decision is due on Thursday.", "Thursday", "2016-10-27")]
    [InlineData("The party will oppose the bill when it comes to a vote in December.", "December", "2016-12-01")]
    public void FutureClausesLookAhead(string text, string expression, string date)
    {
        TemporalExpression found = Assert.Single(Find(Annotated(text)));
        Assert.Equal((expression, Date(date)), (found.Text, found.Date));
    }

    [SkippableFact]
    public void PastClausesLookBack()
    {
        Assert.Equal(["Saturday 2016-10-22 Day"], Describe(Find(Annotated("The envoy tried to visit Moscow on Saturday."))));
        Assert.Equal(["Thursday 2016-10-20 Day"], Describe(Find(Annotated("The vote was expected on Thursday."))));
        Assert.Equal(["December 2015-12-01 Month"], Describe(Find(Annotated("The party opposed the bill when it came to a vote in December."))));
        Assert.Equal(["November 8 2015-11-08 Day"], Describe(Find(Annotated("The election was held on November 8."))));
        Assert.Equal(["Saturday 2016-10-22 Day"], Describe(Find(Annotated("The envoy visited Moscow on Saturday."))));
    }
}
