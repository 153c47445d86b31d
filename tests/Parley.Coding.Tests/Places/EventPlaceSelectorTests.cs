using Parley.Coding.Places;
using Parley.Syntax;
using Parley.Syntax.Model;
using Parley.Testing;
using Parley.Text;
using static Parley.Coding.Tests.Places.PlaceTestText;

namespace Parley.Coding.Tests.Places;

public sealed class EventPlaceSelectorTests
{
    private static readonly Lazy<SyntaxModel?> Model = new(() =>
        TestPaths.ModelDirectory == null ? null : SyntaxModel.Load(TestPaths.ModelDirectory));

    private static Document Annotated(string text)
    {
        Skip.If(Model.Value == null, "no trained model in data/models/en");
        Document document = Document(text);
        new SyntaxPipeline(Model.Value!).Annotate(document);
        return document;
    }

    private static string? Selected(string text, string trigger)
    {
        Document document = Annotated(text);
        return EventPlaceSelector.Select(document, FindAll(document), Token(document, trigger))?.Text;
    }

    [SkippableTheory]
    [InlineData("Rebels attacked the village in Aleppo province on Monday.", "attacked", "Aleppo")]
    [InlineData("The two leaders met at the chancellery in Berlin.", "met", "Berlin")]
    [InlineData("Foreign ministers from Brazil met in Geneva on Sunday.", "met", "Geneva")]
    [InlineData("Troops from Lebanon fired on protesters in Tripoli.", "fired", "Tripoli")]
    [InlineData("Soldiers shot two protesters near Kharkiv.", "shot", "Kharkiv")]
    [InlineData("Police arrested dozens of students outside Cairo University in Giza.", "arrested", "Giza")]
    public void ChoosesThePlaceOfTheTriggersClause(string text, string trigger, string place) =>
        Assert.Equal(place, Selected(text, trigger));

    [SkippableFact]
    public void AttachedPlaceBeatsAnEarlierPlaceInTheSentence()
    {
        Document document = Annotated("After talks in Paris, the envoy met rebel leaders in Tripoli.");
        int met = Token(document, "met");
        List<PlaceMention> mentions = FindAll(document);
        Assert.Equal(2, mentions.Count);
        Assert.Equal("Tripoli", EventPlaceSelector.SelectAttached(document, mentions, met)?.Text);
        Assert.Equal("Tripoli", EventPlaceSelector.Select(document, mentions, met)?.Text);
    }

    [SkippableFact]
    public void FallsBackToAnotherPlaceOfTheSentence()
    {
        Document document = Annotated("After talks in Paris, the envoy condemned the raid.");
        int condemned = Token(document, "condemned");
        List<PlaceMention> mentions = FindAll(document);
        Assert.Null(EventPlaceSelector.SelectAttached(document, mentions, condemned));
        Assert.Equal("Paris", EventPlaceSelector.Select(document, mentions, condemned)?.Text);
    }

    [SkippableTheory]
    [InlineData("Russia attacked Ukraine.", "attacked")]
    [InlineData("Syria's army shelled the town.", "shelled")]
    [InlineData("The government criticised the strikes.", "criticised")]
    public void ActorsAreNotPlacesOfTheEvent(string text, string trigger) => Assert.Null(Selected(text, trigger));

    [SkippableFact]
    public void NeverChoosesAPlaceOfAnotherSentence()
    {
        Document document = Annotated("Diplomats gathered in Geneva. The talks failed.");
        Assert.Null(EventPlaceSelector.Select(document, FindAll(document), Token(document, "failed")));
        Assert.Equal("Geneva", EventPlaceSelector.Select(document, FindAll(document), Token(document, "gathered"))?.Text);
    }

    [SkippableFact]
    public void PrefersACityToItsCountry()
    {
        Document document = Annotated("Gunmen attacked a checkpoint in Syria near Aleppo.");
        Assert.Equal("Aleppo", EventPlaceSelector.Select(document, FindAll(document), Token(document, "attacked"))?.Text);
    }

    [Fact]
    public void OnAnUnparsedSentenceUsesThePreposition()
    {
        Document document = Document("Envoys from Qatar met in Doha.");
        List<PlaceMention> mentions = FindAll(document);
        Assert.Equal(2, mentions.Count);
        Assert.Null(EventPlaceSelector.SelectAttached(document, mentions, Token(document, "met")));
        // Both follow a preposition; the city wins over the country.
        Assert.Equal("Doha", EventPlaceSelector.Select(document, mentions, Token(document, "met"))?.Text);
    }

    [Fact]
    public void RejectsATriggerOutsideTheDocument()
    {
        Document document = Document("Talks in Geneva.");
        Assert.Throws<ArgumentOutOfRangeException>(() => EventPlaceSelector.Select(document, [], document.TokenCount));
    }
}
