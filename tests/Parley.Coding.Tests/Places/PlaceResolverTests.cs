using Parley.Coding.Events;
using Parley.Coding.Places;
using static Parley.Coding.Tests.Places.PlaceTestText;

namespace Parley.Coding.Tests.Places;

public sealed class PlaceResolverTests
{
    private static readonly PlaceResolver Resolver = new();

    private static EventLocation Resolve(string text, params string[] context)
    {
        PlaceMention mention = Assert.Single(FindAll(Document(text)));
        return Resolver.Resolve(mention, new HashSet<string>(context, StringComparer.Ordinal));
    }

    [Fact]
    public void WithoutContextTheMostPopulousPlaceWins()
    {
        EventLocation tripoli = Resolve("Gunfire was heard in Tripoli.");
        Assert.Equal(new EventLocation("Tripoli", "LBY", 32.88743, 13.18733), tripoli);
        Assert.Equal("FRA", Resolve("The summit opened in Paris.").Country);
    }

    [Fact]
    public void AStoryCountryWinsOverALargerPlaceElsewhere()
    {
        Assert.Equal("LBN", Resolve("Gunfire was heard in Tripoli.", "LBN").Country);
        Assert.Equal("LBN", Resolve("Gunfire was heard in Tripoli.", "SYR", "LBN").Country);
        Assert.Equal("LBY", Resolve("Gunfire was heard in Tripoli.", "LBY", "LBN").Country);
        // Florence, Alabama (40,000) is a small town nine times smaller than Florence, Italy (367,000): a small
        // namesake wins only within PlaceResolver.MinorPlaceRatio (5), so the Italian city stays.
        Assert.Equal("ITA", Resolve("A storm flooded streets in Florence overnight.", "USA").Country);
        Assert.Equal("CHE", Resolve("Talks opened in Geneva on Sunday.", "USA").Country);
    }

    [Fact]
    public void AFamousCityStaysItselfAgainstAContextTown()
    {
        // Paris, Texas, has 25,000 people: 86 times fewer than Paris, France, beyond the ratio of 50.
        Assert.Equal("FRA", Resolve("The summit opened in Paris.", "USA").Country);
        Assert.Equal("RUS", Resolve("Protesters marched in Moscow.", "USA").Country);
        // Tripoli, Lebanon is a regional seat five times smaller than Libya's capital: a ratio of 1 lets size decide.
        Assert.Equal("LBY", new PlaceResolver(1.0).Resolve(Assert.Single(FindAll(Document("Gunfire was heard in Tripoli."))),
            new HashSet<string>(["LBN"])).Country);
    }

    [Fact]
    public void ACountryNamedAsAPlaceResolvesToTheCountry()
    {
        EventLocation syria = Resolve("Fighting continued in Syria overnight.");
        Assert.Equal("Syria", syria.Name);
        Assert.Equal("SYR", syria.Country);
        Place damascus = Gazetteer.Default.Lookup("Damascus").Single(p => p.Country == "SYR");
        Assert.Equal(damascus.Latitude, syria.Latitude);
        Assert.Equal(damascus.Longitude, syria.Longitude);
        Assert.Equal(new EventLocation("United States", "USA", 38.89511, -77.03637), Resolve("Aid reached the U.S. yesterday."));
    }

    [Fact]
    public void OtherNamesResolveToThePlacesOwnName()
    {
        Assert.Equal("Kyiv", Resolve("The convoy left Kiev at dawn.").Name);
        Assert.Equal("New York City", Resolve("Delegations arrived in New York for the vote.").Name);
        // GeoNames writes Genève; the curated English name is the one shown, the local one still matches, and the Swiss
        // city outweighs the US towns named Geneva.
        Assert.Equal(new EventLocation("Geneva", "CHE", 46.20222, 6.14569), Resolve("Envoys met in Geneva on Sunday."));
        Assert.Equal(new EventLocation("Geneva", "CHE", 46.20222, 6.14569), Resolve("Envoys met in Genève on Sunday."));
    }

    [Fact]
    public void ASharedCountryNameGoesToTheLargerCountryUnlessTheStorySaysOtherwise()
    {
        IReadOnlyList<Place> congo = Gazetteer.Default.Lookup("Congo");
        Assert.Equal("COD", Resolver.Resolve(congo, null)!.Country);
        Assert.Equal("COG", Resolver.Resolve(congo, new HashSet<string>(["COG"]))!.Country);
    }

    [Fact]
    public void EqualPopulationsPreferTheCountryRow()
    {
        var city = new Place("Atlantis", "Atlantis", "ATL", 1, 2, 1000, "PPLC", []);
        var country = new Place("Atlantis", "Atlantis", "ATL", 1, 2, 1000, Place.CountryFeature, []);
        Assert.Same(country, Resolver.Choose([city, country], null));
        Assert.Same(country, Resolver.Choose([country, city], null));
        Assert.Null(Resolver.Choose([], null));
        Assert.Null(Resolver.Resolve(Array.Empty<Place>(), null));
    }

    [Fact]
    public void RejectsARatioBelowOne() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new PlaceResolver(0.5));
}
