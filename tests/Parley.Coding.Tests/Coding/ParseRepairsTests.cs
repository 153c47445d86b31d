using Parley.Coding.Coding;
using Parley.Text;

namespace Parley.Coding.Tests.Coding;

/// <summary>The possessor and attribution repairs, on hand-made parses.</summary>
public sealed class ParseRepairsTests
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

    [Fact]
    public void AnAccordingToPhraseParsedAsAConjunctHangsOnTheRoot()
    {
        // Rebels(0) shelled(1) the(2) town(3) ,(4) according(5) to(6) police(7) .(8)
        Document document = HandParse.Make("Rebels shelled the town, according to police.", [1, -1, 3, 1, 7, 7, 5, 3, 1],
            ["nsubj", "root", "det", "obj", "punct", "case", "fixed", "conj", "punct"],
            [UPos.NOUN, UPos.VERB, UPos.DET, UPos.NOUN, UPos.PUNCT, UPos.VERB, UPos.ADP, UPos.NOUN, UPos.PUNCT],
            ["NNS", "VBD", "DT", "NN", ",", "VBG", "IN", "NN", "."]);
        ParseRepairs.Apply(document.GetSentence(0), ModalityLexicon.English);
        Assert.Equal((1, "obl"), (document.Annotations.Head[7], document.Annotations.Relation[7]));
    }
}
