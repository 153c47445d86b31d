using Parley.Coding.Places;
using Parley.Text;
using static Parley.Coding.Tests.Places.PlaceTestText;

namespace Parley.Coding.Tests.Places;

public sealed class PlaceFinderTests
{
    [Theory]
    [InlineData("Delegations arrived in New York for the vote.", "New York", "USA")]
    [InlineData("Sirens sounded over Tel Aviv after midnight.", "Tel Aviv", "ISR")]
    [InlineData("Police cleared a square in Rio de Janeiro.", "Rio de Janeiro", "BRA")]
    [InlineData("Dock workers in Ho Chi Minh City stopped work.", "Ho Chi Minh City", "VNM")]
    [InlineData("The convoy left Kiev at dawn.", "Kiev", "UKR")]
    public void FindsMultiWordNamesAndOtherNames(string text, string name, string country)
    {
        PlaceMention mention = Assert.Single(FindAll(Document(text)));
        Assert.Equal(name, mention.Text);
        Assert.Contains(mention.Candidates, p => p.Country == country);
    }

    [Fact]
    public void MentionsCoverTheNamesTokens()
    {
        Document document = Document("Talks resumed in Rio de Janeiro today.");
        PlaceMention mention = Assert.Single(FindAll(document));
        Assert.Equal(Token(document, "Rio"), mention.FirstToken);
        Assert.Equal(Token(document, "Janeiro") + 1, mention.EndToken);
    }

    [Theory]
    [InlineData("The weather was nice and the split in the party was mobile.")]
    [InlineData("It was a reading of the deal, not a sale.")]
    [InlineData("They told us to come along.")]
    public void LowerCaseWordsAreNotPlaces(string text) => Assert.Empty(Names(text));

    [Theory]
    [InlineData("Reading the report, the minister frowned.")]
    [InlineData("Split votes are common in the chamber.")]
    [InlineData("Florence Nightingale is remembered in the ward.")]
    [InlineData("Victoria said the plan was sound.")]
    [InlineData("Santos said the ceasefire would hold.")]
    [InlineData("The New York Times published the letter.")]
    [InlineData("The UN envoy spoke first.")]
    [InlineData("Us against them, the banner read.")]
    [InlineData("Bush said the talks would resume.")]
    public void CommonWordsNamesAndLongerProperNamesAreNotPlaces(string text) => Assert.Empty(Names(text));

    [Theory]
    [InlineData("Fans gathered in Nice for the vigil.", "Nice")]
    [InlineData("The ferry docked near Split on Friday.", "Split")]
    [InlineData("Talks were held in Victoria last week.", "Victoria")]
    [InlineData("The ship sailed to Santos with grain.", "Santos")]
    public void AStopListedNameCountsAfterALocativePreposition(string text, string name) =>
        Assert.Equal([name], Names(text));

    [Theory]
    [InlineData("The vote is due in March.")]
    [InlineData("Storms moved across Florida overnight.")]
    [InlineData("Workers at Toyota went on strike.")]
    [InlineData("Growth slowed in Asia.")]
    public void NeverListedNamesAreNotPlacesEvenAfterAPreposition(string text) => Assert.Empty(Names(text));

    [Fact]
    public void TheStopListSparesCountriesAndCapitalsButAFew()
    {
        // Victoria (Seychelles), Male (Maldives), Hamilton (Bermuda), Douglas (Isle of Man) and Stanley (Falklands)
        // are capitals, but as names and a word they are far more common in news; after "in" or "to" they are found.
        var spared = new List<string>();
        foreach (string word in PlaceWords.StopList)
        {
            foreach (Place place in Gazetteer.Default.Lookup(word))
            {
                if ((place.IsCountry || place.FeatureCode == "PPLC") && word is not ("victoria" or "male" or "hamilton" or "douglas" or "stanley"))
                {
                    spared.Add($"{word}: {place.Name} ({place.Country})");
                }
            }
        }
        Assert.Empty(spared);
    }

    [Fact]
    public void FindingIsSafeInParallel()
    {
        Document document = Document("Talks in Geneva stalled while shelling hit Kharkiv and Aleppo.");
        var finder = new PlaceFinder(Gazetteer.Default);
        string expected = string.Join('|', finder.Find(document, 0, document.TokenCount).Select(m => m.Text));
        Assert.Equal("Geneva|Kharkiv|Aleppo", expected);
        var results = new string[64];
        Parallel.For(0, results.Length, i => results[i] = string.Join('|', finder.Find(document, 0, document.TokenCount).Select(m => m.Text)));
        Assert.All(results, r => Assert.Equal(expected, r));
    }

    [Theory]
    [InlineData("Shelling hit Aleppo Province again.", "Aleppo")]
    [InlineData("The minister spoke in Paris Tuesday.", "Paris")]
    [InlineData("In Damascus, crowds gathered.", "Damascus")]
    [InlineData("Shelling resumed in Southern Lebanon.", "Lebanon")]
    [InlineData("The envoy visited East Jerusalem.", "East Jerusalem")]
    [InlineData("The US and the UK signed the accord.", "US|UK")]
    [InlineData("Aid reached the U.S. and Britain.", "U.S.|Britain")]
    public void PlacesNextToCapitalisedWordsThatDoNotExtendTheName(string text, string names) =>
        Assert.Equal(names.Split('|'), Names(text));

    [Fact]
    public void CountryNamesArePlaces()
    {
        PlaceMention mention = Assert.Single(FindAll(Document("Fighting continued in Syria overnight.")));
        Assert.True(mention.IsCountry);
        Assert.Equal("SYR", Assert.Single(mention.Candidates).Country);
    }

    [Fact]
    public void LooksOnlyAtTheGivenTokens()
    {
        Document document = Document("Diplomats met in Geneva. Troops moved near Kharkiv.");
        var finder = new PlaceFinder(Gazetteer.Default);
        Sentence second = document.GetSentence(1);
        PlaceMention mention = Assert.Single(finder.Find(document, second.FirstToken, second.EndToken));
        Assert.Equal("Kharkiv", mention.Text);
        Assert.Empty(finder.Find(document, 0, 0));
    }

    [Fact]
    public void EveryCandidateOfTripoliIsReturned()
    {
        PlaceMention mention = Assert.Single(FindAll(Document("Gunfire was heard in Tripoli.")));
        Assert.Contains(mention.Candidates, p => p.Country == "LBY");
        Assert.Contains(mention.Candidates, p => p.Country == "LBN");
        Assert.False(mention.IsCountry);
    }

    [Fact]
    public void RejectsBadRanges()
    {
        Document document = Document("Talks in Geneva.");
        var finder = new PlaceFinder(Gazetteer.Default);
        Assert.Throws<ArgumentOutOfRangeException>(() => finder.Find(document, -1, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => finder.Find(document, 0, document.TokenCount + 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => finder.Find(document, 2, 1));
    }
}
