using Parley.Coding.Coding;
using Parley.Text;

namespace Parley.Coding.Tests.Coding;

/// <summary>The repair of an object parsed as the subject of a following infinitive, on hand-made parses.</summary>
public sealed class InfinitiveSubjectRepairTests
{
    [Fact]
    public void TheSubjectOfAToInfinitiveIsTheObjectOfTheVerbBeforeIt()
    {
        // Jammeh(0) will(1) visit(2) Dakar(3) to(4) mediate(5) .(6)
        Document document = Parse("Jammeh will visit Dakar to mediate.", [2, 2, -1, 5, 5, 2, 2],
            ["nsubj", "aux", "root", "nsubj", "mark", "advcl", "punct"], "VB");
        InfinitiveSubjectRepair.Apply(document.GetSentence(0));
        Assert.Equal((2, "obj"), (document.Annotations.Head[3], document.Annotations.Relation[3]));
    }

    [Fact]
    public void ASubjectAfterForIsLeftAlone()
    {
        // Kenya(0) asked(1) for(2) Uganda(3) to(4) mediate(5) .(6)
        Document document = Parse("Kenya asked for Uganda to mediate.", [1, -1, 5, 5, 5, 1, 1],
            ["nsubj", "root", "mark", "nsubj", "mark", "advcl", "punct"], "VBD");
        InfinitiveSubjectRepair.Apply(document.GetSentence(0));
        Assert.Equal((5, "nsubj"), (document.Annotations.Head[3], document.Annotations.Relation[3]));
    }

    private static Document Parse(string text, int[] heads, string[] relations, string mainXpos) => HandParse.Make(text, heads, relations,
        relations.Select(r => r switch
        {
            "root" or "advcl" => UPos.VERB,
            "aux" => UPos.AUX,
            "mark" => UPos.SCONJ,
            "punct" => UPos.PUNCT,
            _ => UPos.PROPN,
        }).ToArray(),
        relations.Select(r => r switch { "root" => mainXpos, "advcl" => "VB", _ => "NNP" }).ToArray());
}
