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
    public void WhatSomeoneIsAskedToDoIsAComplementNotAPurpose()
    {
        // Britain(0) called(1) on(2) Iran(3) to(4) free(5) them(6) .(7)
        Document document = HandParse.Make("Britain called on Iran to free them.", [1, -1, 3, 1, 5, 1, 5, 1],
            ["nsubj", "root", "case", "obl", "mark", "advcl", "obj", "punct"],
            [UPos.PROPN, UPos.VERB, UPos.ADP, UPos.PROPN, UPos.PART, UPos.VERB, UPos.PRON, UPos.PUNCT],
            ["NNP", "VBD", "IN", "NNP", "TO", "VB", "PRP", "."], ["britain", "call", "on", "iran", "to", "free", "they", "."]);
        ParseRepairs.Apply(document.GetSentence(0), ModalityLexicon.English);
        Assert.Equal("xcomp", document.Annotations.Relation[5]);
        // "Britain sent troops to Iraq to free them": a purpose clause stays one.
        document = HandParse.Make("Britain went to Iraq to free them.", [1, -1, 3, 1, 5, 1, 5, 1],
            ["nsubj", "root", "case", "obl", "mark", "advcl", "obj", "punct"],
            [UPos.PROPN, UPos.VERB, UPos.ADP, UPos.PROPN, UPos.PART, UPos.VERB, UPos.PRON, UPos.PUNCT],
            ["NNP", "VBD", "IN", "NNP", "TO", "VB", "PRP", "."], ["britain", "go", "to", "iraq", "to", "free", "they", "."]);
        ParseRepairs.Apply(document.GetSentence(0), ModalityLexicon.English);
        Assert.Equal("advcl", document.Annotations.Relation[5]);
    }

    [Fact]
    public void AClauseASubordinatorIntroducesIsAnAdverbialClauseNotAConjunct()
    {
        // Kenya(0) lifted(1) curfews(2) as(3) police(4) left(5) .(6)
        Document document = HandParse.Make("Kenya lifted curfews as police left.", [1, -1, 1, 5, 5, 1, 1],
            ["nsubj", "root", "obj", "mark", "nsubj", "conj", "punct"],
            [UPos.PROPN, UPos.VERB, UPos.NOUN, UPos.SCONJ, UPos.NOUN, UPos.VERB, UPos.PUNCT],
            ["NNP", "VBD", "NNS", "IN", "NNS", "VBD", "."]);
        ParseRepairs.Apply(document.GetSentence(0), ModalityLexicon.English);
        Assert.Equal("advcl", document.Annotations.Relation[5]);
        // Kenya(0) lifted(1) curfews(2) and(3) when(4) police(5) left(6) .(7): "and" makes it a true conjunct.
        document = HandParse.Make("Kenya lifted curfews and when police left.", [1, -1, 1, 6, 6, 6, 1, 1],
            ["nsubj", "root", "obj", "cc", "mark", "nsubj", "conj", "punct"],
            [UPos.PROPN, UPos.VERB, UPos.NOUN, UPos.CCONJ, UPos.SCONJ, UPos.NOUN, UPos.VERB, UPos.PUNCT],
            ["NNP", "VBD", "NNS", "CC", "WRB", "NNS", "VBD", "."]);
        ParseRepairs.Apply(document.GetSentence(0), ModalityLexicon.English);
        Assert.Equal("conj", document.Annotations.Relation[6]);
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
