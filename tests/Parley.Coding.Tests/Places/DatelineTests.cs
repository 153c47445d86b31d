using Parley.Coding.Places;

namespace Parley.Coding.Tests.Places;

public sealed class DatelineTests
{
    [Theory]
    [InlineData("KYIV, Feb 26 (Reuters) - The mayor said shelters stayed open.", "KYIV")]
    [InlineData("BEIRUT (AP) — Two ministers resigned on Monday.", "BEIRUT")]
    [InlineData("SALVADOR, Feb 26 - Dock workers voted to strike.", "SALVADOR")]
    [InlineData("NEW YORK, March 3 (Reuters) - Shares fell.", "NEW YORK")]
    [InlineData("WASHINGTON/BEIJING, Feb. 26, 2024 (Reuters) - Envoys met.", "WASHINGTON")]
    [InlineData("KRAMATORSK, Ukraine, Feb 26 (Reuters) - Trains were halted.", "KRAMATORSK")]
    [InlineData("Rio de Janeiro, 26 February - The carnival was cancelled.", "Rio de Janeiro")]
    [InlineData("GENEVA, Tuesday -- Talks resumed.", "GENEVA")]
    [InlineData("\n  TEL AVIV (AFP) - Sirens sounded.", "TEL AVIV")]
    [InlineData("Ministers quit over budget\n\nHARARE, Feb 26 (Reuters) - Two ministers quit.", "HARARE")]
    public void FindsThePlaceOfADateline(string story, string place) => Assert.Equal(place, Dateline.Find(story));

    [Theory]
    [InlineData("The talks in Geneva ended without a deal.")]
    [InlineData("EXCLUSIVE - Ministers plan a new tax.")]
    [InlineData("Russia, China and Iran - a new axis?")]
    [InlineData("")]
    [InlineData("First line\nSecond line\nThird line\nOSLO, Feb 26 (Reuters) - Too far down.")]
    public void NoDatelineWithoutDateOrAgency(string story) => Assert.Null(Dateline.Find(story));

    [Fact]
    public void ADatelineResolvesThroughTheGazetteer()
    {
        string name = Dateline.Find("NEW YORK, March 3 (Reuters) - Shares fell.")!;
        Assert.Equal("USA", new PlaceResolver().Resolve(Gazetteer.Default.Lookup(name), null)!.Country);
        Assert.Equal("BRA", new PlaceResolver().Resolve(Gazetteer.Default.Lookup(Dateline.Find("SALVADOR, Feb 26 - Talks.")!), null)!.Country);
    }

    [Fact]
    public void LocateGivesWhereTheDatelineEnds()
    {
        const string story = "Headline\nKYIV, March 1 (Parley) - Russia attacked Ukraine.";
        (string place, int end) = Dateline.Locate(story)!.Value;
        Assert.Equal("KYIV", place);
        Assert.Equal("Russia attacked Ukraine.", story[end..]);
        Assert.Null(Dateline.Locate("Russia attacked Ukraine - again."));
    }
}
