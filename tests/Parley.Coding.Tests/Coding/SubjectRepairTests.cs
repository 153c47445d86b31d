using Parley.Coding.Coding;
using Parley.Text;

namespace Parley.Coding.Tests.Coding;

/// <summary>The repairs of mislabelled and split subjects, on hand-made parses.</summary>
public sealed class SubjectRepairTests
{
    [Fact]
    public void APassiveSubjectWithoutAPassiveAuxiliaryIsASubject()
    {
        // Arvania(0) has(1) conceded(2) .(3)
        Document document = Make("Arvania has conceded.", "have", "aux");
        SubjectRepair.Apply(document.GetSentence(0));
        Assert.Equal("nsubj", document.Annotations.Relation[0]);
        // Arvania(0) was(1) conceded(2) .(3): a true passive.
        document = Make("Arvania was conceded.", "be", "aux:pass");
        SubjectRepair.Apply(document.GetSentence(0));
        Assert.Equal("nsubj:pass", document.Annotations.Relation[0]);
    }

    [Fact]
    public void AModifierSplitOffTheSubjectJoinsIt()
    {
        // Arvanian(0) President(1) Telemar(2) condemned(3) Belmoria(4) .(5)
        Document document = HandParse.Make("Arvanian President Telemar condemned Belmoria.", [3, 2, 3, -1, 3, 3],
            ["nsubj", "compound", "nsubj", "root", "obj", "punct"],
            [UPos.ADJ, UPos.PROPN, UPos.PROPN, UPos.VERB, UPos.PROPN, UPos.PUNCT],
            ["JJ", "NNP", "NNP", "VBD", "NNP", "."]);
        SubjectRepair.Apply(document.GetSentence(0));
        Assert.Equal((2, "amod"), (document.Annotations.Head[0], document.Annotations.Relation[0]));
    }

    [Fact]
    public void ABareNounPhraseBeforeASubjectlessVerbIsItsSubject()
    {
        // Arvania(0) 's(1) minister(2) will(3) not(4) meet(5) Belmoria(6) .(7)
        Document document = HandParse.Make("Arvania's minister will not meet Belmoria.", [2, 0, 5, 5, 5, -1, 5, 5],
            ["nmod:poss", "case", "obl", "aux", "advmod", "root", "obj", "punct"],
            [UPos.PROPN, UPos.PART, UPos.NOUN, UPos.AUX, UPos.PART, UPos.VERB, UPos.PROPN, UPos.PUNCT],
            ["NNP", "POS", "NN", "MD", "RB", "VB", "NNP", "."]);
        SubjectRepair.Apply(document.GetSentence(0));
        Assert.Equal("nsubj", document.Annotations.Relation[2]);
    }

    private static Document Make(string text, string auxiliaryLemma, string auxiliaryRelation) => HandParse.Make(text, [2, 2, -1, 2],
        ["nsubj:pass", auxiliaryRelation, "root", "punct"],
        [UPos.PROPN, UPos.AUX, UPos.VERB, UPos.PUNCT],
        ["NNP", auxiliaryLemma == "be" ? "VBD" : "VBZ", "VBN", "."],
        ["arvania", auxiliaryLemma, "concede", "."]);
}
