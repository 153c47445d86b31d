using Parley.Coding.Coding;
using Parley.Text;

namespace Parley.Coding.Tests.Coding;

/// <summary>The repair of a prepositional phrase parsed as the subject of a reduced relative, on hand-made parses.</summary>
public sealed class ReducedRelativeRepairTests
{
    // Chile(0) granted(1) asylum(2) to(3) two(4) Bolivian(5) officers(6) hiding(7) in(8) the(9) embassy(10) .(11)
    private const string Text = "Chile granted asylum to two Bolivian officers hiding in the embassy.";

    [Fact]
    public void ASubjectWithAPrepositionIsAnObliqueOfTheEarlierVerb()
    {
        Document document = Parse(officersRelation: "nsubj");
        ReducedRelativeRepair.Apply(document.GetSentence(0));
        TokenAnnotations a = document.Annotations;
        Assert.Equal((1, "obl"), (a.Head[6], a.Relation[6]));
        Assert.Equal((6, "acl"), (a.Head[7], a.Relation[7]));
    }

    [Fact]
    public void AnObjectIsLeftAlone()
    {
        Document document = Parse(officersRelation: "obj");
        ReducedRelativeRepair.Apply(document.GetSentence(0));
        Assert.Equal((7, "obj"), (document.Annotations.Head[6], document.Annotations.Relation[6]));
    }

    [Fact]
    public void AToTheParserMadeTheMarkerOfTheParticipleIsTheNounsPreposition()
    {
        // "to" under "hiding" as if it marked an infinitive, with "officers" between them; "hiding" tagged as a past tense.
        Document document = HandParse.Make(Text,
            [1, -1, 1, 7, 6, 6, 7, 1, 10, 10, 7, 1],
            ["nsubj", "root", "obj", "mark", "nummod", "amod", "nsubj", "advcl", "case", "det", "obl", "punct"],
            [UPos.PROPN, UPos.VERB, UPos.NOUN, UPos.ADP, UPos.NUM, UPos.ADJ, UPos.NOUN, UPos.VERB, UPos.ADP, UPos.DET, UPos.NOUN, UPos.PUNCT],
            ["NNP", "VBD", "NN", "IN", "CD", "JJ", "NNS", "VBD", "IN", "DT", "NN", "."]);
        ReducedRelativeRepair.Apply(document.GetSentence(0));
        TokenAnnotations a = document.Annotations;
        Assert.Equal((1, "obl"), (a.Head[6], a.Relation[6]));
        Assert.Equal((6, "case"), (a.Head[3], a.Relation[3]));
        Assert.Equal((6, "acl"), (a.Head[7], a.Relation[7]));
    }

    private static Document Parse(string officersRelation) => HandParse.Make(Text,
        [1, -1, 1, 4, 6, 6, 7, 1, 10, 10, 7, 1],
        ["nsubj", "root", "obj", "case", "nummod", "amod", officersRelation, "conj", "case", "det", "obl", "punct"],
        [UPos.PROPN, UPos.VERB, UPos.NOUN, UPos.ADP, UPos.NUM, UPos.ADJ, UPos.NOUN, UPos.VERB, UPos.ADP, UPos.DET, UPos.NOUN, UPos.PUNCT],
        ["NNP", "VBD", "NN", "IN", "CD", "JJ", "NNS", "VBG", "IN", "DT", "NN", "."]);
}
