using Parley.Syntax.Tagging;
using Parley.Syntax.Training;
using Parley.Text;

namespace Parley.Syntax.Tests;

/// <summary>The tagger's second pass revisits only the words its first pass was unsure of.</summary>
public sealed class TaggerRefineMarginTests
{
    [Fact]
    public void AWordTheFirstPassWasSureOfKeepsItsFirstPassTag()
    {
        Tagger full = Fixture.TinyModel.Tagger;
        var firstOnly = new Tagger(full.Tags, full.Model, null, new Dictionary<ulong, int>(full.FixedTags), new Dictionary<ulong, ulong>(full.Ambiguity), full.Clusters);
        List<(int[] Tags, float[] Margins)> first = TagAll(firstOnly);
        // A margin inside the range of the first pass's leads, so that both kinds of word occur.
        var leads = new List<float>();
        foreach (var (_, margins) in first)
        {
            leads.AddRange(Array.FindAll(margins, float.IsFinite));
        }
        leads.Sort();
        float margin = leads[leads.Count / 2];
        Assert.True(margin > 0f, "the median lead of the tiny tagger is positive");
        List<(int[] Tags, float[] Margins)> gated = TagAll(full.WithRefineMargin(margin));
        int sure = 0, unsure = 0;
        for (int s = 0; s < first.Count; s++)
        {
            for (int i = 0; i < first[s].Tags.Length; i++)
            {
                Assert.Equal(first[s].Margins[i], gated[s].Margins[i]);
                if (first[s].Margins[i] >= margin)
                {
                    sure++;
                    Assert.Equal(first[s].Tags[i], gated[s].Tags[i]);
                }
                else
                {
                    unsure++;
                }
            }
        }
        Assert.True(sure > 0 && unsure > 0, $"{sure} sure and {unsure} unsure words");
    }

    [Fact]
    public void AWordWithAFixedTagIsSureAndKeepsItsTag()
    {
        // "the" given a tag of its own in the fixed-tag dictionary: the first pass does not score it, and its lead is
        // infinite, so that no margin sends it to the second pass.
        Tagger full = Fixture.TinyModel.Tagger;
        int fixedTag = full.Tags.Count - 1;
        var fixedTags = new Dictionary<ulong, int>(full.FixedTags) { [StableHash.Of("the")] = fixedTag };
        var tagger = new Tagger(full.Tags, full.Model, full.Refiner, fixedTags, new Dictionary<ulong, ulong>(full.Ambiguity), full.Clusters, refineMargin: 1e9f);
        int seen = 0;
        List<TreebankSentence> sentences = Fixture.Sentences();
        List<(int[] Tags, float[] Margins)> tagged = TagAll(tagger);
        for (int s = 0; s < sentences.Count; s++)
        {
            for (int i = 0; i < sentences[s].Length; i++)
            {
                if (sentences[s].Document.TokenText(i).SequenceEqual("the"))
                {
                    seen++;
                    Assert.Equal(fixedTag, tagged[s].Tags[i]);
                    Assert.Equal(float.PositiveInfinity, tagged[s].Margins[i]);
                }
                else
                {
                    Assert.True(tagged[s].Margins[i] >= 0f && float.IsFinite(tagged[s].Margins[i]), $"a lead of {tagged[s].Margins[i]}");
                }
            }
        }
        Assert.True(seen > 0, "the tiny treebank has a lower-case \"the\"");
    }

    [Fact]
    public void TheRefineMarginSurvivesSaveAndLoadAndOlderPartsRefineEveryWord()
    {
        Tagger tagger = Fixture.TinyModel.Tagger.WithRefineMargin(12.5f);
        byte[] bytes = Write(tagger);
        Assert.Equal(12.5f, Read(bytes, Tagger.FormatVersion).RefineMargin);
        // Version 2 ended before the margin.
        Assert.Equal(float.PositiveInfinity, Read(bytes[..^sizeof(float)], 2).RefineMargin);
        // A file whose margin is not a positive score is refused with a message that names it.
        byte[] zero = (byte[])bytes.Clone();
        BitConverter.GetBytes(0f).CopyTo(zero, zero.Length - sizeof(float));
        var error = Assert.Throws<InvalidDataException>(() => Read(zero, Tagger.FormatVersion));
        Assert.Contains("refine margin 0 is not positive", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0f)]
    [InlineData(-1f)]
    [InlineData(float.NaN)]
    public void ARefineMarginMustBePositive(float margin) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Fixture.TinyModel.Tagger.WithRefineMargin(margin));

    [Fact]
    public void TrainingGivesTheTaggerTheRefineMarginOfItsOptions()
    {
        Assert.Equal(Fixture.Options.TaggerRefineMargin, Fixture.TinyModel.Tagger.RefineMargin);
        Assert.Equal(10f, new SyntaxTrainingOptions().TaggerRefineMargin);
    }

    private static List<(int[] Tags, float[] Margins)> TagAll(Tagger tagger)
    {
        var result = new List<(int[], float[])>();
        var buffer = new TokenFeatureBuffer();
        var scores = new float[tagger.Tags.Count];
        var features = new ulong[TaggerFeatures.MaxFeatures];
        foreach (TreebankSentence sentence in Fixture.Sentences())
        {
            int n = sentence.Length;
            buffer.Load(sentence.Document, 0, n, tagger.Ambiguity, tagger.Clusters);
            var tags = new int[n];
            var margins = new float[n];
            tagger.Predict(buffer, tags, new int[n], margins, scores, features);
            result.Add((tags, margins));
        }
        return result;
    }

    private static byte[] Write(Tagger tagger)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream))
        {
            tagger.Write(writer);
        }
        return stream.ToArray();
    }

    private static Tagger Read(byte[] bytes, int version)
    {
        using var reader = new BinaryReader(new MemoryStream(bytes));
        return Tagger.Read(reader, version);
    }
}
