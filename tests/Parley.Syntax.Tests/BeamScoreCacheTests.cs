using Parley.Syntax.Model;
using Parley.Syntax.Parsing;
using Parley.Syntax.Tagging;
using Parley.Syntax.Training;

namespace Parley.Syntax.Tests;

public sealed class BeamScoreCacheTests
{
    /// <summary>
    /// Every state of every fixture sentence, scored through the cache (first time, again in the same step, and again
    /// in a later step), gets exactly the scores of a full extraction: the cache may save work, never change a parse.
    /// The repeat within a step is reported as the twin of the first, which the beam drops.
    /// </summary>
    [Fact]
    public void CachedScoresEqualFullScoresBitForBit()
    {
        SyntaxModel model = Fixture.TinyModel;
        DependencyParser parser = model.Parser;
        var w = new ParserWorkspace(parser.Labels.Count);
        var cache = new BeamScoreCache(3, parser.Labels.Count);
        var buffer = new TokenFeatureBuffer();
        int checkedStates = 0;
        foreach (TreebankSentence sentence in Fixture.Sentences())
        {
            Fixture.LoadParserInput(model, sentence, w, buffer);
            cache.Reset(sentence.Length);
            ParserState s = w.State;
            s.Reset(sentence.Length);
            while (!s.IsTerminal)
            {
                // Each state starts a step, is scored again in it, then again in a step of its own.
                DependencyParser.Score(w, s, parser.TransitionModel, parser.LabelModel);
                float[] transitions = (float[])w.TransitionScores.Clone();
                float[] labels = (float[])w.LabelScores.Clone();
                for (int repeat = 0; repeat < 3; repeat++)
                {
                    if (repeat != 1)
                    {
                        cache.NextStep();
                    }
                    int twin = cache.Score(w, s, parser.TransitionModel, parser.LabelModel);
                    // Only the repeat within the step is a twin (of the step's first item); a new step has none yet.
                    Assert.Equal(repeat == 1 ? 0 : -1, twin);
                    Assert.Equal(transitions, w.TransitionScores);
                    Assert.Equal(labels, w.LabelScores);
                    checkedStates++;
                }
                var (transition, label) = DependencyParser.Best(s, transitions, labels, parser.Labels.Count, out _);
                DependencyParser.Apply(s, transition, label);
            }
        }
        Assert.True(checkedStates > 100, $"only {checkedStates} states checked");
    }
}
