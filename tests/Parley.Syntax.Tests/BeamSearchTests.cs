using Parley.Syntax.Evaluation;
using Parley.Syntax.Model;
using Parley.Syntax.Parsing;
using Parley.Syntax.Tagging;
using Parley.Syntax.Training;

namespace Parley.Syntax.Tests;

public sealed class BeamSearchTests
{
    // Without the relabeller beam models get by default: these tests are about the parser (see RelabellerTests).
    private static readonly Lazy<SyntaxModel> BeamModel = new(() =>
        new SyntaxTrainer(Fixture.Options with { ParserBeamWidth = 4, ParserEpochs = 8, Relabel = false }).Train(Fixture.Sentences()));

    [Fact]
    public void BeamOfWidthOneParsesExactlyAsTheGreedyParser()
    {
        SyntaxModel greedy = Fixture.TinyModel;
        var widthOne = new SyntaxModel(greedy.Tagger, greedy.Lemmatizer, greedy.Parser.WithBeamWidth(1));
        var asBeam = new SyntaxModel(greedy.Tagger, greedy.Lemmatizer, greedy.Parser.AsBeamSearch());
        Fixture.AssertSameParses(widthOne, asBeam);
    }

    [Fact]
    public void BeamTrainedModelFitsItsTrainingData()
    {
        SyntaxScores scores = SyntaxEvaluator.Evaluate(new SyntaxPipeline(BeamModel.Value), Fixture.Sentences());
        Assert.Equal(4, BeamModel.Value.Parser.BeamWidth);
        Assert.True(scores.Uas > 90, $"UAS {scores.Uas}");
        Assert.True(scores.Las > 85, $"LAS {scores.Las}");
    }

    [Fact]
    public void ItemsThatLookAlikeToEveryTemplateAreMergedIntoTheBetterOne()
    {
        // Beam items often differ only in arcs that no template reads; the lower of each such pair must be dropped
        // rather than expanded, or it would fill the beam with copies of the better one's extensions.
        SyntaxModel model = BeamModel.Value;
        DependencyParser parser = model.Parser;
        var w = new ParserWorkspace(parser.Labels.Count);
        var buffer = new TokenFeatureBuffer();
        int dropped = 0;
        foreach (TreebankSentence sentence in Fixture.Sentences())
        {
            Fixture.LoadParserInput(model, sentence, w, buffer);
            BeamSearch beam = w.Beam(4);
            beam.Parse(w, parser.TransitionModel, parser.LabelModel);
            Assert.True(beam.Best.IsTerminal);
            dropped += beam.TwinsDropped;
        }
        Assert.True(dropped > 0, "no twin was dropped");
    }

    [Fact]
    public void AMarginBelowEveryScoreGapParsesAsABeamOfOne()
    {
        // Only ties of the best item stay within so small a margin, so each step keeps the item a beam of one keeps.
        SyntaxModel m = BeamModel.Value;
        var one = new SyntaxModel(m.Tagger, m.Lemmatizer, m.Parser.WithBeamWidth(1).AsBeamSearch());
        var narrow = new SyntaxModel(m.Tagger, m.Lemmatizer, m.Parser.WithBeamMargin(1e-4f));
        Fixture.AssertSameParses(one, narrow);
        Assert.Equal(4, narrow.Parser.BeamWidth);
    }

    [Fact]
    public void AMarginNarrowsTheBeamOnlyWhereItsItemsAreFarBelowTheBest()
    {
        // Expanded items fall as the margin shrinks: all of the width when it is infinite, one item a step when it is
        // tiny, and in between for a margin of the size of the gaps between the best item and the others.
        DependencyParser parser = BeamModel.Value.Parser;
        int full = ItemsExpanded(parser, float.PositiveInfinity, out int steps);
        int tiny = ItemsExpanded(parser, 1e-4f, out int tinySteps);
        Assert.Equal(tinySteps, tiny);
        Assert.True(full > steps, $"{full} items in {steps} steps");
        var between = new List<float>();
        for (float margin = 1e4f; margin > 1e-3f; margin /= 4)
        {
            int items = ItemsExpanded(parser, margin, out _);
            Assert.InRange(items, tiny, full);
            if (items > tiny && items < full)
            {
                between.Add(margin);
            }
        }
        Assert.NotEmpty(between);
    }

    [Fact]
    public void BeamWidthAndMarginSurviveSaveAndLoad()
    {
        string dir = Path.Combine(Path.GetTempPath(), "parley-beam-" + Guid.NewGuid().ToString("N"));
        try
        {
            SyntaxModel m = BeamModel.Value;
            var withMargin = new SyntaxModel(m.Tagger, m.Lemmatizer, m.Parser.WithBeamMargin(2.5f));
            withMargin.Save(dir);
            SyntaxModel loaded = SyntaxModel.Load(dir);
            Assert.Equal(4, loaded.Parser.BeamWidth);
            Assert.Equal(2.5f, loaded.Parser.BeamMargin);
            Fixture.AssertSameParses(withMargin, loaded);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void EveryWordGetsAHeadUnderAnyBeamWidth()
    {
        foreach (int width in new[] { 2, 3, 16 })
        {
            SyntaxModel m = BeamModel.Value;
            var model = new SyntaxModel(m.Tagger, m.Lemmatizer, m.Parser.WithBeamWidth(width));
            foreach (TreebankSentence sentence in Fixture.Sentences())
            {
                new SyntaxPipeline(model).Annotate(sentence.Document);
                int roots = 0;
                for (int i = 0; i < sentence.Length; i++)
                {
                    int head = sentence.Document.Annotations.Head[i];
                    Assert.InRange(head, -1, sentence.Length - 1);
                    roots += head < 0 ? 1 : 0;
                }
                Assert.Equal(1, roots);
            }
        }
    }

    [Fact]
    public void EveryArcRecordsHowFarItsLabelLedTheRunnerUp()
    {
        // The relabeller reads these leads to pass over the labels the parser was sure of: the label chosen is the
        // best of its direction, so its lead is never negative, under the beam or greedily.
        foreach (int width in new[] { 1, 3 })
        {
            SyntaxModel m = BeamModel.Value;
            DependencyParser parser = m.Parser.WithBeamWidth(width);
            var w = new ParserWorkspace(parser.Labels.Count);
            var buffer = new TokenFeatureBuffer();
            int positive = 0;
            foreach (TreebankSentence sentence in Fixture.Sentences())
            {
                Fixture.LoadParserInput(m, sentence, w, buffer);
                parser.Parse(w);
                for (int d = 1; d <= sentence.Length; d++)
                {
                    float lead = w.State.LabelMargin[d];
                    Assert.True(lead >= 0f && float.IsFinite(lead), $"width {width}: a lead of {lead}");
                    positive += lead > 0f ? 1 : 0;
                }
            }
            Assert.True(positive > 0, $"width {width}: no label led its runner-up");
        }
    }

    [Fact]
    public void AVeryLongSentenceIsParsedInLinearTime()
    {
        // Past MaxBeamSentence the beam model parses greedily; quadratic state copying would take minutes here.
        var text = string.Concat(Enumerable.Repeat("talks and sanctions ", 3400));
        var starts = new List<int>();
        var ends = new List<int>();
        new Parley.Text.Tokenizer().Tokenize(text, starts, ends);
        var document = new Parley.Text.Document("long", text, starts.ToArray(), ends.ToArray(), [0]);
        new SyntaxPipeline(BeamModel.Value).Annotate(document);
        int roots = 0;
        for (int t = 0; t < document.TokenCount; t++)
        {
            roots += document.Annotations.Head[t] < 0 ? 1 : 0;
        }
        Assert.Equal(1, roots);
    }

    [Fact]
    public void AModelTrainedWithOneBeamCanParseWithAnother()
    {
        var options = Fixture.Options with { ParserBeamWidth = 3, ParserParseBeamWidth = 2, ParserEpochs = 2, Relabel = false };
        DependencyParser parser = new SyntaxTrainer(options).Train(Fixture.Sentences()).Parser;
        Assert.Equal(2, parser.BeamWidth);
        Assert.Equal(float.PositiveInfinity, parser.BeamMargin);
    }

    [Fact]
    public void AModelTrainedWithTheWholeBeamCanParseWithAMargin()
    {
        var options = Fixture.Options with { ParserBeamWidth = 3, ParserParseBeamMargin = 7.5f, ParserEpochs = 2, Relabel = false };
        DependencyParser parser = new SyntaxTrainer(options).Train(Fixture.Sentences()).Parser;
        Assert.Equal(3, parser.BeamWidth);
        Assert.Equal(7.5f, parser.BeamMargin);
        Assert.Throws<ArgumentOutOfRangeException>(() => parser.WithBeamMargin(0f));
    }

    [Fact]
    public void BeamTrainingTwiceGivesTheSameBytes()
    {
        string first = Path.Combine(Path.GetTempPath(), "parley-beam-a-" + Guid.NewGuid().ToString("N"));
        string second = Path.Combine(Path.GetTempPath(), "parley-beam-b-" + Guid.NewGuid().ToString("N"));
        try
        {
            var options = Fixture.Options with { ParserBeamWidth = 3, ParserEpochs = 3 };
            new SyntaxTrainer(options).Train(Fixture.Sentences()).Save(first);
            new SyntaxTrainer(options).Train(Fixture.Sentences()).Save(second);
            Assert.Equal(File.ReadAllBytes(Path.Combine(first, "parser.bin")), File.ReadAllBytes(Path.Combine(second, "parser.bin")));
        }
        finally
        {
            Directory.Delete(first, recursive: true);
            Directory.Delete(second, recursive: true);
        }
    }

    // Items the beam expands over the tiny treebank with the given margin, and the steps it takes.
    private static int ItemsExpanded(DependencyParser parser, float margin, out int steps)
    {
        var w = new ParserWorkspace(parser.Labels.Count);
        var buffer = new TokenFeatureBuffer();
        int items = 0;
        steps = 0;
        foreach (TreebankSentence sentence in Fixture.Sentences())
        {
            Fixture.LoadParserInput(BeamModel.Value, sentence, w, buffer);
            BeamSearch beam = w.Beam(parser.BeamWidth);
            beam.Parse(w, parser.TransitionModel, parser.LabelModel, margin);
            items += beam.ItemsExpanded;
            steps += beam.Steps;
        }
        return items;
    }
}
