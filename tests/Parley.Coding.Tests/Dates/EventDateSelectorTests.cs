using Parley.Coding.Dates;
using Parley.Text;
using static Parley.Coding.Tests.Dates.DateTestText;

namespace Parley.Coding.Tests.Dates;

/// <summary>Which expression dates which event, on sentences parsed by the bundled model and on hand-built trees.</summary>
public sealed class EventDateSelectorTests
{
    [SkippableFact]
    public void EachVerbTakesTheDateOfItsOwnClause()
    {
        Document document = Annotated("Russia attacked Kharkiv on Saturday, officials said on Monday.");
        IReadOnlyList<TemporalExpression> found = Find(document);
        Assert.Equal(Date("2016-10-22"), Select(document, found, "attacked")?.Date);
        Assert.Equal(Date("2016-10-24"), Select(document, found, "said")?.Date);
    }

    [SkippableFact]
    public void CoordinatedClausesKeepTheirDates()
    {
        Document document = Annotated("Police detained the activist on Friday, and the court freed her on Sunday.");
        IReadOnlyList<TemporalExpression> found = Find(document);
        Assert.Equal("Friday", Select(document, found, "detained")?.Text);
        Assert.Equal("Sunday", Select(document, found, "freed")?.Text);
    }

    [SkippableFact]
    public void RelativeClauseDatesItsOwnVerbOnly()
    {
        Document document = Annotated("Officials said the convoy, which was attacked on Saturday, reached the city yesterday.");
        IReadOnlyList<TemporalExpression> found = Find(document);
        Assert.Equal("Saturday", Select(document, found, "attacked")?.Text);
        Assert.Equal("yesterday", Select(document, found, "reached")?.Text);
    }

    [SkippableFact]
    public void HistoricalEventKeepsItsYear()
    {
        Document document = Annotated("The two countries broke off relations in 1988, the ministry said on Tuesday.");
        TemporalExpression? chosen = Select(document, Find(document), "broke");
        Assert.NotNull(chosen);
        Assert.Equal((Date("1988-01-01"), DateGranularity.Year), (chosen.Date, chosen.Granularity));
        Assert.Equal("Tuesday", Select(document, Find(document), "said")?.Text);
    }

    [SkippableFact]
    public void AYearOfAnotherClauseDoesNotDateTheEvent()
    {
        Document document = Annotated("The government welcomed the return of paintings that were stolen in 1944.");
        IReadOnlyList<TemporalExpression> found = Find(document);
        Assert.Null(Select(document, found, "welcomed"));
        Assert.Equal("1944", Select(document, found, "stolen")?.Text);
    }

    [SkippableFact]
    public void TheOnlyDateOfTheSentenceDatesAnotherClause()
    {
        Document document = Annotated("Rebels attacked and seized the airport on Saturday.");
        Assert.Equal("Saturday", Select(document, Find(document), "attacked")?.Text);
    }

    [SkippableFact]
    public void MostPreciseDateOfTheClauseWins()
    {
        Document document = Annotated("Israel struck Gaza last month and last night.");
        Assert.Equal("last night", Select(document, Find(document), "struck")?.Text);
    }

    [SkippableFact]
    public void NoDateGivesNull()
    {
        Document document = Annotated("Russia attacked Kharkiv.");
        Assert.Null(Select(document, Find(document), "attacked"));
    }

    [Fact]
    public void WithoutATreeTheNearestWins()
    {
        Document document = Plain("Russia attacked Kharkiv on Saturday, officials said on Monday.");
        IReadOnlyList<TemporalExpression> found = Find(document);
        Assert.Equal("Saturday", Select(document, found, "attacked")?.Text);
        Assert.Equal("Monday", Select(document, found, "said")?.Text);
        Assert.Equal("Saturday", Select(document, found, "Kharkiv")?.Text);
    }

    [Fact]
    public void HandBuiltTreeDecidesOverDistance()
    {
        // The parenthetical puts "Monday" nearer to "attacked" than "Saturday"; the tree gives "Saturday" to the attack.
        Document document = Plain("Rebels attacked, officials said on Monday, the town on Saturday.");
        string[] relations = ["nsubj", "root", "punct", "nsubj", "parataxis", "case", "obl", "punct", "det", "obj", "case", "obl", "punct"];
        int[] heads = [1, -1, 4, 4, 1, 6, 4, 4, 9, 1, 11, 1, 1];
        UPos[] tags = [UPos.NOUN, UPos.VERB, UPos.PUNCT, UPos.NOUN, UPos.VERB, UPos.ADP, UPos.PROPN, UPos.PUNCT, UPos.DET, UPos.NOUN, UPos.ADP, UPos.PROPN, UPos.PUNCT];
        Assert.Equal(heads.Length, document.TokenCount);
        heads.CopyTo(document.Annotations.Head, 0);
        relations.CopyTo(document.Annotations.Relation, 0);
        tags.CopyTo(document.Annotations.Upos, 0);
        IReadOnlyList<TemporalExpression> found = Find(document);
        Assert.Equal("Saturday", Select(document, found, "attacked")?.Text);
        Assert.Equal("Monday", Select(document, found, "said")?.Text);
    }

    [Fact]
    public void ValidatesArguments()
    {
        Document document = Plain("Rebels attacked on Saturday.");
        IReadOnlyList<TemporalExpression> found = Find(document);
        Assert.Throws<ArgumentNullException>(() => EventDateSelector.Select(null!, found, 0));
        Assert.Throws<ArgumentNullException>(() => EventDateSelector.Select(document, null!, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => EventDateSelector.Select(document, found, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => EventDateSelector.Select(document, found, document.TokenCount));
        Assert.Null(EventDateSelector.Select(document, [], 1));
    }

    private static TemporalExpression? Select(Document document, IReadOnlyList<TemporalExpression> found, string trigger) =>
        EventDateSelector.Select(document, found, TokenOf(document, trigger));
}
