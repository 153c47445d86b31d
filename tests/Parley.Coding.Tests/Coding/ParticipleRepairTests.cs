using Parley.Coding.Coding;
using Parley.Text;

namespace Parley.Coding.Tests.Coding;

/// <summary>The repairs of participles read as verbs of clauses of their own, on hand-made parses.</summary>
public sealed class ParticipleRepairTests
{
    [Fact]
    public void AParticipleAfterAPossessorDescribesTheNounAfterIt()
    {
        // Arvania(0) refused(1) to(2) meet(3) Belmoria(4) 's(5) visiting(6) minister(7) .(8)
        Document document = HandParse.Make("Arvania refused to meet Belmoria's visiting minister.", [1, -1, 3, 1, 6, 4, 3, 6, 1],
            ["nsubj", "root", "mark", "xcomp", "nsubj", "case", "advcl", "obj", "punct"],
            [UPos.PROPN, UPos.VERB, UPos.PART, UPos.VERB, UPos.PROPN, UPos.PART, UPos.VERB, UPos.NOUN, UPos.PUNCT],
            ["NNP", "VBD", "TO", "VB", "NNP", "POS", "VBG", "NN", "."]);
        ParticipleRepair.Apply(document.GetSentence(0));
        TokenAnnotations a = document.Annotations;
        Assert.Equal((3, "obj"), (a.Head[7], a.Relation[7]));
        Assert.Equal((7, "nmod:poss"), (a.Head[4], a.Relation[4]));
        Assert.Equal((7, "amod"), (a.Head[6], a.Relation[6]));
    }

    [Fact]
    public void TheSubjectOfAParticipleRightAfterAVerbIsThatVerbsObject()
    {
        // Farmers(0) blocked(1) the(2) road(3) leading(4) to(5) the(6) port(7) .(8)
        Document document = HandParse.Make("Farmers blocked the road leading to the port.", [1, -1, 3, 4, 1, 7, 7, 4, 1],
            ["nsubj", "root", "det", "nsubj", "advcl", "case", "det", "obl", "punct"],
            [UPos.NOUN, UPos.VERB, UPos.DET, UPos.NOUN, UPos.VERB, UPos.ADP, UPos.DET, UPos.NOUN, UPos.PUNCT],
            ["NNS", "VBD", "DT", "NN", "VBG", "IN", "DT", "NN", "."]);
        ParticipleRepair.Apply(document.GetSentence(0));
        TokenAnnotations a = document.Annotations;
        Assert.Equal((1, "obj"), (a.Head[3], a.Relation[3]));
        Assert.Equal((3, "acl"), (a.Head[4], a.Relation[4]));
    }

    [Fact]
    public void AHyphenatedParticipleModifiesTheNounAfterIt()
    {
        // Gondor(0) sent(1) doctors(2) to(3) war(4) -(5) torn(6) Belmoria(7) .(8)
        Document document = HandParse.Make("Gondor sent doctors to war-torn Belmoria.", [1, -1, 1, 4, 2, 6, 1, 6, 1],
            ["nsubj", "root", "obj", "case", "nmod", "punct", "conj", "obj", "punct"],
            [UPos.PROPN, UPos.VERB, UPos.NOUN, UPos.ADP, UPos.NOUN, UPos.PUNCT, UPos.VERB, UPos.PROPN, UPos.PUNCT],
            ["NNP", "VBD", "NNS", "IN", "NN", "HYPH", "VBN", "NNP", "."]);
        ParticipleRepair.Apply(document.GetSentence(0));
        TokenAnnotations a = document.Annotations;
        Assert.Equal((2, "nmod"), (a.Head[7], a.Relation[7]));
        Assert.Equal(7, a.Head[3]);
        Assert.Equal((7, "amod"), (a.Head[6], a.Relation[6]));
        Assert.Equal(6, a.Head[4]);
    }
}
