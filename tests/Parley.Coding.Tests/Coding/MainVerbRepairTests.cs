using Parley.Coding.Coding;
using Parley.Text;

namespace Parley.Coding.Tests.Coding;

/// <summary>The repair of a main verb the parser hung under a noun or adjective root, on hand-made parses.</summary>
public sealed class MainVerbRepairTests
{
    [Fact]
    public void AFiniteVerbUnderARootNounBecomesTheRootWithThatNounAsSubjectAndTheNounItModifiedAsObject()
    {
        // The(0) navy(1) seized(2) two(3) boats(4) ,(5) officials(6) said(7) .(8)
        Document document = HandParse.Make("The navy seized two boats, officials said.", [1, -1, 4, 4, 1, 7, 7, 1, 1],
            ["det", "root", "amod", "nummod", "nmod", "punct", "nsubj", "dep", "punct"],
            [UPos.DET, UPos.NOUN, UPos.VERB, UPos.NUM, UPos.NOUN, UPos.PUNCT, UPos.NOUN, UPos.VERB, UPos.PUNCT],
            ["DT", "NN", "VBD", "CD", "NNS", ",", "NNS", "VBD", "."]);
        MainVerbRepair.Apply(document.GetSentence(0));
        TokenAnnotations a = document.Annotations;
        Assert.Equal((-1, "root"), (a.Head[2], a.Relation[2]));
        Assert.Equal((2, "nsubj"), (a.Head[1], a.Relation[1]));
        Assert.Equal((2, "obj"), (a.Head[4], a.Relation[4]));
        Assert.Equal(2, a.Head[7]);
        Assert.Equal(2, a.Head[8]);
    }

    [Fact]
    public void APassiveBuriedUnderTheReportingVerbTakesTheRootNounAsPassiveSubject()
    {
        // A(0) depot(1) was(2) raided(3) by(4) bandits(5) ,(6) the(7) company(8) reported(9) .(10)
        Document document = HandParse.Make("A depot was raided by bandits, the company reported.", [1, -1, 3, 9, 5, 3, 9, 8, 9, 1, 9],
            ["det", "root", "aux:pass", "advcl", "case", "obl:agent", "punct", "det", "nsubj", "dep", "punct"],
            [UPos.DET, UPos.NOUN, UPos.AUX, UPos.VERB, UPos.ADP, UPos.NOUN, UPos.PUNCT, UPos.DET, UPos.NOUN, UPos.VERB, UPos.PUNCT],
            ["DT", "NN", "VBD", "VBN", "IN", "NNS", ",", "DT", "NN", "VBD", "."]);
        MainVerbRepair.Apply(document.GetSentence(0));
        TokenAnnotations a = document.Annotations;
        Assert.Equal((-1, "root"), (a.Head[3], a.Relation[3]));
        Assert.Equal((3, "nsubj:pass"), (a.Head[1], a.Relation[1]));
        Assert.Equal((3, "dep"), (a.Head[9], a.Relation[9]));
    }

    [Fact]
    public void AnAdjectiveRootDescribesTheSubjectOfTheVerbAfterIt()
    {
        // Fighters(0) loyal(1) to(2) the(3) warlord(4) said(5) they(6) withdrew(7) .(8)
        Document document = HandParse.Make("Fighters loyal to the warlord said they withdrew.", [1, -1, 4, 4, 1, 1, 7, 5, 1],
            ["obl:unmarked", "root", "case", "det", "obl", "conj", "nsubj", "ccomp", "punct"],
            [UPos.NOUN, UPos.ADJ, UPos.ADP, UPos.DET, UPos.NOUN, UPos.VERB, UPos.PRON, UPos.VERB, UPos.PUNCT],
            ["NNS", "JJ", "IN", "DT", "NN", "VBD", "PRP", "VBD", "."]);
        MainVerbRepair.Apply(document.GetSentence(0));
        TokenAnnotations a = document.Annotations;
        Assert.Equal((-1, "root"), (a.Head[5], a.Relation[5]));
        Assert.Equal((5, "nsubj"), (a.Head[0], a.Relation[0]));
        Assert.Equal((0, "amod"), (a.Head[1], a.Relation[1]));
        Assert.Equal((5, "ccomp"), (a.Head[7], a.Relation[7]));
    }

    [Fact]
    public void ACopularSentenceAndAVerbRootAreLeftAlone()
    {
        // The(0) army(1) is(2) ready(3) to(4) attack(5) .(6)
        Document document = HandParse.Make("The army is ready to attack.", [1, 3, 3, -1, 5, 3, 3],
            ["det", "nsubj", "cop", "root", "mark", "xcomp", "punct"],
            [UPos.DET, UPos.NOUN, UPos.AUX, UPos.ADJ, UPos.PART, UPos.VERB, UPos.PUNCT],
            ["DT", "NN", "VBZ", "JJ", "TO", "VB", "."]);
        MainVerbRepair.Apply(document.GetSentence(0));
        Assert.Equal((-1, "root"), (document.Annotations.Head[3], document.Annotations.Relation[3]));
        // The(0) army(1) attacked(2) the(3) town(4) .(5)
        document = HandParse.Make("The army attacked the town.", [1, 2, -1, 4, 2, 2],
            ["det", "nsubj", "root", "det", "obj", "punct"],
            [UPos.DET, UPos.NOUN, UPos.VERB, UPos.DET, UPos.NOUN, UPos.PUNCT],
            ["DT", "NN", "VBD", "DT", "NN", "."]);
        MainVerbRepair.Apply(document.GetSentence(0));
        Assert.Equal((-1, "root"), (document.Annotations.Head[2], document.Annotations.Relation[2]));
    }

    [Fact]
    public void AFiniteVerbWithItsOwnSubjectReadAsAnAdjectiveIsAClause()
    {
        // It(0) failed(1) ,(2) the(3) envoy(4) told(5) reporters(6) .(7)
        Document document = HandParse.Make("It failed, the envoy told reporters.", [1, -1, 1, 4, 5, 6, 1, 1],
            ["nsubj", "root", "punct", "det", "nsubj", "amod", "obj", "punct"],
            [UPos.PRON, UPos.VERB, UPos.PUNCT, UPos.DET, UPos.NOUN, UPos.VERB, UPos.NOUN, UPos.PUNCT],
            ["PRP", "VBD", ",", "DT", "NN", "VBD", "NNS", "."]);
        MainVerbRepair.Apply(document.GetSentence(0));
        TokenAnnotations a = document.Annotations;
        Assert.Equal((1, "parataxis"), (a.Head[5], a.Relation[5]));
        Assert.Equal((5, "obj"), (a.Head[6], a.Relation[6]));
    }
}
