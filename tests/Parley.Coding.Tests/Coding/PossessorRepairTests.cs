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
        Document document = DocumentFactory.Create("test", "Kenya's cabinet met on Sunday.", new Tokenizer(), new SentenceSplitter());
        int[] heads = [3, 0, 3, -1, 5, 3, 3];
        string[] relations = ["nsubj", "case", "nsubj", "root", "case", "obl", "punct"];
        UPos[] upos = [UPos.PROPN, UPos.PART, UPos.NOUN, UPos.VERB, UPos.ADP, UPos.PROPN, UPos.PUNCT];
        string[] xpos = ["NNP", "POS", "NN", "VBD", "IN", "NNP", "."];
        Assert.Equal(heads.Length, document.TokenCount);
        TokenAnnotations a = document.Annotations;
        for (int t = 0; t < heads.Length; t++)
        {
            (a.Head[t], a.Relation[t], a.Upos[t], a.Xpos[t]) = (heads[t], relations[t], upos[t], xpos[t]);
        }
        PossessorRepair.Apply(document.GetSentence(0));
        Assert.Equal((2, "nmod:poss"), (a.Head[0], a.Relation[0]));
        Assert.Equal((3, "nsubj"), (a.Head[2], a.Relation[2]));
    }
}
