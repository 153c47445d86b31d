using Parley.Syntax.Model;
using Parley.Syntax.Tagging;
using Parley.Testing;
using Parley.Text;

namespace Parley.Syntax.Tests;

/// <summary>
/// The rule-based tag corrections over tags set by hand (so the checks do not depend on what the tagger guesses),
/// with the bundled model's tag set and lemmatizer.
/// </summary>
public sealed class TagCorrectionsTests
{
    private static readonly Lazy<SyntaxModel?> Model = new(() => TestPaths.ModelDirectory == null ? null : SyntaxModel.Load(TestPaths.ModelDirectory));

    [SkippableTheory]
    [InlineData("Rebels shot two soldiers .", "NNS RB CD NNS .", 1)]
    [InlineData("Gunmen wounded three guards on Friday , police said .", "NNS JJ CD NNS IN NNP , NNS VBD .", 1)]
    [InlineData("The envoy undertook a tour .", "DT NN NN DT NN .", 2)]
    public void APastFormTakenForAnotherWordBetweenSubjectAndObjectIsAPastTense(string text, string xpos, int verb)
    {
        Assert.Equal("VBD", Corrected(text, xpos)[verb]);
    }

    [SkippableTheory]
    [InlineData("A man aged 40 was arrested .", "DT NN JJ CD VBD VBN .", 2)]
    [InlineData("Hamas armed wing fired rockets .", "NNP JJ NN VBD NNS .", 1)]
    public void AnAdjectiveKeepsItsTagBesideAnotherFiniteVerbOrBeforeABareNoun(string text, string xpos, int word)
    {
        Assert.Equal("JJ", Corrected(text, xpos)[word]);
    }

    [SkippableFact]
    public void APlanningWordBetweenANameAndAnInfinitiveIsAVerb()
    {
        Assert.Equal("VBZ", Corrected("Turkey plans to build a dam .", "NNP NNS TO VB DT NN .")[1]);
        Assert.Equal("NNS", Corrected("Turkey's plans to build a dam .", "NNP POS NNS TO VB DT NN .")[2]);
    }

    [SkippableFact]
    public void AnIngFormAfterAPrepositionIsAGerund()
    {
        Assert.Equal("VBG", Corrected("Gondor joined Arvania in voting against it .", "NNP VBD NNP IN NN IN PRP .")[4]);
        Assert.Equal("NN", Corrected("Reports of fighting in the north .", "NNS IN NN IN DT NN .")[2]);
    }

    private static string[] Corrected(string text, string xpos)
    {
        Skip.If(Model.Value == null, "no trained model in data/models/en");
        SyntaxModel model = Model.Value!;
        Document document = DocumentFactory.Create("test", text, new Tokenizer(), new SentenceSplitter());
        string[] tags = xpos.Split(' ');
        Assert.Equal(tags.Length, document.TokenCount);
        TagSet tagSet = model.Tagger.Tags;
        int[] classes = new int[tags.Length];
        for (int i = 0; i < tags.Length; i++)
        {
            classes[i] = FindXpos(tagSet, tags[i]);
        }
        new TagCorrections(tagSet, model.Lemmatizer).Apply(document, 0, classes);
        return Array.ConvertAll(classes, c => tagSet.Xpos(c));
    }

    private static int FindXpos(TagSet tagSet, string xpos)
    {
        UPos upos = xpos switch
        {
            "NN" or "NNS" => UPos.NOUN,
            "NNP" or "NNPS" => UPos.PROPN,
            "JJ" => UPos.ADJ,
            "RB" => UPos.ADV,
            "CD" => UPos.NUM,
            "DT" => UPos.DET,
            "IN" => UPos.ADP,
            "TO" or "POS" => UPos.PART,
            "PRP" or "PRP$" => UPos.PRON,
            "," or "." => UPos.PUNCT,
            _ => UPos.VERB,
        };
        int tag = tagSet.Find(upos, xpos);
        Assert.True(tag >= 0, $"no tag {upos} {xpos}");
        return tag;
    }
}
