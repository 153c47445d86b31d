using Parley.Coding.Coding;
using static Parley.Coding.Tests.Coding.CoderFixture;

namespace Parley.Coding.Tests.Coding;

/// <summary>
/// Events that did not happen are not emitted as asserted: each modality has a sentence that is not coded by
/// default and is coded with its modality when every modality is asked for (sentences written for Parley).
/// </summary>
public sealed class ModalityTests
{
    private static readonly CodingOptions All = CodingOptions.Default.WithAllModalities();

    [SkippableTheory]
    [InlineData("Russia did not attack Ukraine.", "RUS 190 UKR negated")]
    [InlineData("Russia never attacked Ukraine.", "RUS 190 UKR negated")]
    [InlineData("Russia has no intention of attacking Ukraine.", "RUS 190 UKR negated")]
    [InlineData("If Russia attacks Ukraine, the alliance will respond.", "RUS 190 UKR hypothetical")]
    [InlineData("Russia could attack Ukraine within weeks.", "RUS 190 UKR hypothetical")]
    [InlineData("Russia wants to meet Ukraine.", "RUS 040 UKR hypothetical")]
    [InlineData("Russia will attack Ukraine, officials warned.", "RUS 190 UKR future")]
    [InlineData("Russia plans to attack Ukraine.", "RUS 190 UKR future")]
    public void UnassertedEventIsOnlyEmittedOnRequest(string sentence, string expected)
    {
        Assert.DoesNotContain(Triples(Code(sentence)), e => e.StartsWith(expected[..11], StringComparison.Ordinal));
        Assert.Contains(expected, WithModality(Code(sentence, All)));
    }

    [SkippableFact]
    public void RefusalIsAnAssertedRejectionAndTheRefusedEventIsNegated()
    {
        const string sentence = "Russia refused to meet Ukraine.";
        Assert.Equal(["RUS 125 UKR"], Triples(Code(sentence)));
        Assert.Contains("RUS 040 UKR negated", WithModality(Code(sentence, All)));
    }

    [SkippableFact]
    public void AssertedEventInPastTenseIsEmitted()
    {
        Assert.Equal(["RUS 190 UKR asserted"], WithModality(Code("Russia attacked Ukraine on Sunday.")));
    }

    [SkippableTheory]
    [InlineData("Russia will meet Ukraine next week.", "RUS 036 UKR")]
    [InlineData("Russia is willing to meet Ukraine.", "RUS 036 UKR")]
    [InlineData("Russia will attack Ukraine if the talks fail.", "RUS 138 UKR")]
    [InlineData("Russia vowed to attack Ukraine.", "RUS 138 UKR")]
    [InlineData("Officials said Russia would meet Ukraine next week.", "RUS 036 UKR")]
    [InlineData("Russia said it would meet Ukraine if France agreed.", "RUS 036 UKR")]
    public void AnnouncedDeedIsAnAssertedIntentOrThreat(string sentence, string expected)
    {
        Assert.Contains(expected + " asserted", WithModality(Code(sentence)));
    }
}
