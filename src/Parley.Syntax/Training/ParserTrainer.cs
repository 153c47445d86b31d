using Parley.Syntax.Learning;
using Parley.Syntax.Parsing;
using Parley.Syntax.Tagging;

namespace Parley.Syntax.Training;

/// <summary>
/// Online training of the arc-eager parser with the dynamic oracle and error exploration
/// (Goldberg and Nivre 2012): after the first epoch the trainer follows its own prediction with
/// probability <see cref="ExploreProbability"/>, learning to recover from its mistakes.
/// </summary>
internal sealed class ParserTrainer
{
    public const double ExploreProbability = 0.9;

    private readonly LabelSet _labels;
    private readonly AveragedPerceptron _transitions = new(4);
    private readonly AveragedPerceptron _labelModel;
    private readonly ParserWorkspace _w;
    private readonly int[] _costs = new int[4];

    private readonly TagSet _tagSet;

    public ParserTrainer(LabelSet labels, TagSet tagSet)
    {
        _tagSet = tagSet;
        _labels = labels;
        _labelModel = new AveragedPerceptron(2 * labels.Count);
        _w = new ParserWorkspace(labels.Count);
    }

    /// <summary>One pass over a sentence; <paramref name="goldLabels"/> are label ids by 1-based position.</summary>
    public void TrainSentence(TreebankSentence sentence, ReadOnlySpan<int> tags, TokenFeatureBuffer lexical, ReadOnlySpan<int> goldLabels, bool explore, DeterministicRandom random)
    {
        ReadOnlySpan<int> gold = sentence.Heads;
        _w.Input.Load(sentence.Document, 0, tags, lexical, _tagSet);
        ParserState s = _w.State;
        s.Reset(sentence.Length);
        int labelCount = _labels.Count;
        while (!s.IsTerminal)
        {
            DependencyParser.Score(_w, _transitions, _labelModel);
            var predicted = DependencyParser.Best(s, _w.TransitionScores, _w.LabelScores, labelCount);
            ArcEagerOracle.Costs(s, gold, _costs);
            var best = BestCorrect(s, gold, goldLabels, predicted);
            if (Cost(s, gold, goldLabels, predicted) > Cost(s, gold, goldLabels, best))
            {
                Update(best, 1f);
                Update(predicted, -1f);
            }
            _transitions.Tick();
            _labelModel.Tick();
            var next = explore && random.NextDouble() < ExploreProbability ? predicted : best;
            DependencyParser.Apply(s, next.Transition, next.Label);
        }
    }

    public DependencyParser Compile(float minWeight) =>
        new(_labels, _transitions.Compile(minWeight), _labelModel.Compile(minWeight));

    private void Update((Transition Transition, int Label) move, float delta)
    {
        _transitions.Update(_w.TransitionFeatures.AsSpan(0, _w.TransitionFeatureCount), (int)move.Transition, delta);
        if (move.Transition is Transition.Left or Transition.Right)
        {
            int cls = (move.Transition == Transition.Left ? 0 : _labels.Count) + move.Label;
            _labelModel.Update(_w.LabelFeatures.AsSpan(0, _w.LabelFeatureCount), cls, delta);
        }
    }

    // Labelled cost: the unlabelled cost plus one when the arc is a gold arc with the wrong label.
    private int Cost(ParserState s, ReadOnlySpan<int> gold, ReadOnlySpan<int> goldLabels, (Transition Transition, int Label) move)
    {
        int cost = _costs[(int)move.Transition];
        if (cost == ArcEagerOracle.Invalid)
        {
            return cost;
        }
        if (move.Transition == Transition.Left && gold[s.StackTop] == s.Buffer && goldLabels[s.StackTop] != move.Label)
        {
            cost++;
        }
        else if (move.Transition == Transition.Right && gold[s.Buffer] == s.StackTop && goldLabels[s.Buffer] != move.Label)
        {
            cost++;
        }
        return cost;
    }

    // The highest-scoring move among those of least cost; an arc to a gold head takes the gold label.
    private (Transition Transition, int Label) BestCorrect(ParserState s, ReadOnlySpan<int> gold, ReadOnlySpan<int> goldLabels, (Transition Transition, int Label) predicted)
    {
        int min = int.MaxValue;
        for (int t = 0; t < 4; t++)
        {
            min = Math.Min(min, _costs[t]);
        }
        var best = predicted;
        float bestScore = float.NegativeInfinity;
        int labelCount = _labels.Count;
        for (int t = 0; t < 4; t++)
        {
            if (_costs[t] != min)
            {
                continue;
            }
            var transition = (Transition)t;
            int label = -1;
            float score = _w.TransitionScores[t];
            if (transition == Transition.Left)
            {
                label = gold[s.StackTop] == s.Buffer ? goldLabels[s.StackTop] : DependencyParser.BestLabel(_w.LabelScores.AsSpan(0, labelCount));
                score += _w.LabelScores[label];
            }
            else if (transition == Transition.Right)
            {
                label = gold[s.Buffer] == s.StackTop ? goldLabels[s.Buffer] : DependencyParser.BestLabel(_w.LabelScores.AsSpan(labelCount, labelCount));
                score += _w.LabelScores[labelCount + label];
            }
            if (score > bestScore)
            {
                bestScore = score;
                best = (transition, label);
            }
        }
        return best;
    }
}
