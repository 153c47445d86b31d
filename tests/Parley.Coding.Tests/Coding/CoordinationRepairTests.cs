using Parley.Coding.Coding;
using Parley.Text;

namespace Parley.Coding.Tests.Coding;

/// <summary>The repairs of split coordinations, on hand-made parses.</summary>
public sealed class CoordinationRepairTests
{
    [Fact]
    public void ASecondObliqueWithItsOwnAndButNoPrepositionIsAConjunctOfTheFirst()
    {
        // Arvania(0) is(1) responsible(2) for(3) the(4) raids(5) and(6) the(7) killings(8) .(9)
        Document document = HandParse.Make("Arvania is responsible for the raids and the killings.", [2, 2, -1, 5, 5, 2, 8, 8, 2, 2],
            ["nsubj", "cop", "root", "case", "det", "obl", "cc", "det", "obl", "punct"],
            [UPos.PROPN, UPos.AUX, UPos.ADJ, UPos.ADP, UPos.DET, UPos.NOUN, UPos.CCONJ, UPos.DET, UPos.NOUN, UPos.PUNCT],
            ["NNP", "VBZ", "JJ", "IN", "DT", "NNS", "CC", "DT", "NNS", "."]);
        CoordinationRepair.Apply(document.GetSentence(0));
        Assert.Equal((5, "conj"), (document.Annotations.Head[8], document.Annotations.Relation[8]));
    }

    [Fact]
    public void AVerbPhraseJoinedByButSharesTheSubjectOfTheClauseAboveIt()
    {
        // Arvania(0) freed(1) students(2) arrested(3) in(4) May(5) ,(6) but(7) was(8) holding(9) their(10) teacher(11) .(12)
        Document document = HandParse.Make("Arvania freed students arrested in May, but was holding their teacher.",
            [1, -1, 1, 1, 5, 3, 9, 9, 9, 3, 11, 9, 1],
            ["nsubj", "root", "obj", "advcl", "case", "obl", "punct", "cc", "aux", "advcl", "nmod:poss", "obj", "punct"],
            [UPos.PROPN, UPos.VERB, UPos.NOUN, UPos.VERB, UPos.ADP, UPos.PROPN, UPos.PUNCT, UPos.CCONJ, UPos.AUX, UPos.VERB,
                UPos.PRON, UPos.NOUN, UPos.PUNCT],
            ["NNP", "VBD", "NNS", "VBD", "IN", "NNP", ",", "CC", "VBD", "VBG", "PRP$", "NN", "."]);
        CoordinationRepair.Apply(document.GetSentence(0));
        Assert.Equal((1, "conj"), (document.Annotations.Head[9], document.Annotations.Relation[9]));
    }

    [Fact]
    public void ASecondAgentWithItsOwnAndIsAConjunctOfTheFirst()
    {
        // The(0) plan(1) ,(2) backed(3) by(4) Arvania(5) and(6) Belmoria(7) ,(8) passed(9) .(10)
        Document document = HandParse.Make("The plan, backed by Arvania and Belmoria, passed.", [1, 9, 3, 1, 5, 3, 7, 3, 1, -1, 9],
            ["det", "nsubj", "punct", "acl", "case", "obl:agent", "cc", "obl:agent", "punct", "root", "punct"],
            [UPos.DET, UPos.NOUN, UPos.PUNCT, UPos.VERB, UPos.ADP, UPos.PROPN, UPos.CCONJ, UPos.PROPN, UPos.PUNCT, UPos.VERB, UPos.PUNCT],
            ["DT", "NN", ",", "VBN", "IN", "NNP", "CC", "NNP", ",", "VBD", "."]);
        CoordinationRepair.Apply(document.GetSentence(0));
        Assert.Equal((5, "conj"), (document.Annotations.Head[7], document.Annotations.Relation[7]));
    }

    [Fact]
    public void APhraseBetweenCommasWithoutAConjunctionIsAnApposition()
    {
        // Arvania(0) ,(1) Belmoria(2) 's(3) ally(4) ,(5) praised(6) Gondor(7) .(8)
        Document document = HandParse.Make("Arvania, Belmoria's ally, praised Gondor.", [6, 4, 4, 2, 0, 0, -1, 6, 6],
            ["nsubj", "punct", "nmod:poss", "case", "conj", "punct", "root", "obj", "punct"],
            [UPos.PROPN, UPos.PUNCT, UPos.PROPN, UPos.PART, UPos.NOUN, UPos.PUNCT, UPos.VERB, UPos.PROPN, UPos.PUNCT],
            ["NNP", ",", "NNP", "POS", "NN", ",", "VBD", "NNP", "."]);
        CoordinationRepair.Apply(document.GetSentence(0));
        Assert.Equal("appos", document.Annotations.Relation[4]);
        // Arvania(0) ,(1) Belmoria(2) and(3) Gondor(4) met(5) .(6): a list keeps its conjuncts.
        document = HandParse.Make("Arvania, Belmoria and Gondor met.", [5, 2, 0, 4, 0, -1, 5],
            ["nsubj", "punct", "conj", "cc", "conj", "root", "punct"],
            [UPos.PROPN, UPos.PUNCT, UPos.PROPN, UPos.CCONJ, UPos.PROPN, UPos.VERB, UPos.PUNCT],
            ["NNP", ",", "NNP", "CC", "NNP", "VBD", "."]);
        CoordinationRepair.Apply(document.GetSentence(0));
        Assert.Equal("conj", document.Annotations.Relation[2]);
    }
}
