namespace Parley.Coding.Tests.Coding;

/// <summary>
/// A wire dateline is its own segment: its city (an actor name when it is a capital) is never the subject of the
/// sentence after it, and the event's evidence sentence starts after the dash.
/// </summary>
public sealed class DatelineTests
{
    [SkippableFact]
    public void TheDatelineCityIsNotTheSourceOfTheFirstSentence()
    {
        const string text = "MOSCOW, March 3 (Reuters) - France condemned Russia on Tuesday.";
        var e = Assert.Single(CoderFixture.Code(text));
        Assert.Equal("FRA 111 RUS", CoderFixture.Triples([e])[0]);
        Assert.Equal("France", e.Source!.Span.Slice(text));
        Assert.Equal("France condemned Russia on Tuesday.", e.Evidence.Sentence.Slice(text));
    }

    [SkippableFact]
    public void ASentenceThatMerelyStartsWithACapitalisedPlaceIsNotCut()
    {
        const string text = "Moscow condemned France on Tuesday.";
        var e = Assert.Single(CoderFixture.Code(text));
        Assert.Equal("RUS 111 FRA", CoderFixture.Triples([e])[0]);
        Assert.Equal(text, e.Evidence.Sentence.Slice(text));
    }
}
