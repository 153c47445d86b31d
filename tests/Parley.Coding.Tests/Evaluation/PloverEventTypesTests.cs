using Parley.Coding.Evaluation;

namespace Parley.Coding.Tests.Evaluation;

public class PloverEventTypesTests
{
    [Theory]
    [InlineData("AGREE", "03 05")]
    [InlineData("AID", "07")]
    [InlineData("ASSAULT", "18 19 20")]
    [InlineData("COERCE", "17 19")]
    [InlineData("CONCEDE", "08")]
    [InlineData("CONSULT", "04")]
    [InlineData("COOPERATE", "06")]
    [InlineData("DEMAND", "10 02")]
    [InlineData("DISAPPROVE", "11")]
    [InlineData("FIGHT", "17 18 19 20")]
    [InlineData("INVESTIGATE", "09")]
    [InlineData("MOBILIZE", "15")]
    [InlineData("PROTEST", "14")]
    [InlineData("REJECT", "12")]
    [InlineData("RETREAT", "08")]
    [InlineData("SANCTION", "16 17")]
    [InlineData("SUPPORT", "05")]
    [InlineData("THREATEN", "13")]
    public void MapsAsTheSharedReadmeSays(string type, string roots)
    {
        Assert.Equal(roots.Split(' '), PloverEventTypes.RootsOf(type));
        Assert.Equal(roots.Split(' '), PloverEventTypes.RootsOf(type.ToLowerInvariant()));
    }

    [Fact]
    public void EighteenTypesAndNothingElse()
    {
        Assert.Equal(18, PloverEventTypes.Known.Count);
        Assert.Null(PloverEventTypes.RootsOf("ACCUSE"));
        Assert.Null(PloverEventTypes.RootsOf(""));
    }
}
