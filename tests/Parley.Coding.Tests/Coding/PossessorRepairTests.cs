using Parley.Coding.Coding;
using Parley.Text;

namespace Parley.Coding.Tests.Coding;

/// <summary>The repair of a possessor parsed as a second subject, on a hand-made parse.</summary>
public sealed class PossessorRepairTests
{
    [Fact]
    public void APossessorParsedAsASecondSubjectGoesBackToItsNoun()
    {
        // Kenya(0) 's(1) cabinet(2) met(3) on(4) Sunday(5) .(6)
        Document document = HandParse.Make("Kenya's cabinet met on Sunday.", [3, 0, 3, -1, 5, 3, 3],
            ["nsubj", "case", "nsubj", "root", "case", "obl", "punct"],
            [UPos.PROPN, UPos.PART, UPos.NOUN, UPos.VERB, UPos.ADP, UPos.PROPN, UPos.PUNCT],
            ["NNP", "POS", "NN", "VBD", "IN", "NNP", "."]);
        TokenAnnotations a = document.Annotations;
        PossessorRepair.Apply(document.GetSentence(0));
        Assert.Equal((2, "nmod:poss"), (a.Head[0], a.Relation[0]));
        Assert.Equal((3, "nsubj"), (a.Head[2], a.Relation[2]));
    }
}
