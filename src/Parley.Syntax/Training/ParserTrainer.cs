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
    private readonly ParserState _replay = new();
    private Move[] _goldMoves = new Move[256];
    private Move[] _bestMoves = new Move[256];

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
            var predicted = DependencyParser.Best(s, _w.TransitionScores, _w.LabelScores, labelCount, out _);
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

    /// <summary>
    /// One global update for a sentence with beam search: the gold move sequence is promoted and the beam's best
    /// sequence demoted, both up to the step of largest violation, so that the model learns to rank whole
    /// sequences, which is what the beam compares at parse time.
    /// </summary>
    public void TrainSentenceBeam(TreebankSentence sentence, ReadOnlySpan<int> tags, TokenFeatureBuffer lexical, ReadOnlySpan<int> goldLabels, BeamSearch beam)
    {
        _w.Input.Load(sentence.Document, 0, tags, lexical, _tagSet);
        int goldCount = GoldMoves(sentence.Length, sentence.Heads, goldLabels);
        int step = beam.FindMaxViolation(_w, _transitions, _labelModel, _goldMoves.AsSpan(0, goldCount));
        if (step > 0)
        {
            if (_bestMoves.Length < step)
            {
                Array.Resize(ref _bestMoves, Math.Max(step, 2 * _bestMoves.Length));
            }
            beam.BestPath(step, _bestMoves);
            int shared = 0;
            while (shared < step && _bestMoves[shared] == GoldMove(shared, goldCount))
            {
                shared++;
            }
            // Moves before the first difference would be promoted and demoted alike: start both replays after them.
            _w.State.Reset(sentence.Length);
            for (int t = 0; t < shared; t++)
            {
                DependencyParser.Apply(_w.State, _bestMoves[t].Transition, _bestMoves[t].Label);
            }
            _replay.CopyFrom(_w.State);
            for (int t = shared; t < step; t++)
            {
                Reinforce(_w.State, GoldMove(t, goldCount), 1f);
                Reinforce(_replay, _bestMoves[t], -1f);
            }
        }
        _transitions.Tick();
        _labelModel.Tick();
    }

    private Move GoldMove(int t, int count) => t < count ? _goldMoves[t] : Move.None;

    // Updates the weights of the move's features in state s, then takes the move.
    private void Reinforce(ParserState s, Move move, float delta)
    {
        if (move.Transition == Transition.None)
        {
            return;
        }
        DependencyParser.Extract(_w, s);
        Update((move.Transition, move.Label), delta);
        DependencyParser.Apply(s, move.Transition, move.Label);
    }

    // The oracle's move sequence: gold arcs first, then REDUCE, then SHIFT, among the moves of least cost (a
    // non-projective tree loses the arcs it must; those words still carry their gold relation).
    private int GoldMoves(int length, ReadOnlySpan<int> gold, ReadOnlySpan<int> goldLabels)
    {
        ParserState s = _w.State;
        s.Reset(length);
        int count = 0;
        while (!s.IsTerminal)
        {
            ArcEagerOracle.Costs(s, gold, _costs);
            int min = Math.Min(Math.Min(_costs[0], _costs[1]), Math.Min(_costs[2], _costs[3]));
            Move move;
            if (_costs[2] == min && gold[s.StackTop] == s.Buffer)
            {
                move = new Move(Transition.Left, goldLabels[s.StackTop]);
            }
            else if (_costs[3] == min && gold[s.Buffer] == s.StackTop)
            {
                move = new Move(Transition.Right, goldLabels[s.Buffer]);
            }
            else if (_costs[1] == min)
            {
                move = new Move(Transition.Reduce, -1);
            }
            else if (_costs[0] == min)
            {
                move = new Move(Transition.Shift, -1);
            }
            else
            {
                move = _costs[2] == min ? new Move(Transition.Left, goldLabels[s.StackTop]) : new Move(Transition.Right, goldLabels[s.Buffer]);
            }
            if (count == _goldMoves.Length)
            {
                Array.Resize(ref _goldMoves, 2 * count);
            }
            _goldMoves[count++] = move;
            DependencyParser.Apply(s, move.Transition, move.Label);
        }
        return count;
    }

    public DependencyParser Compile(float minWeight, int beamWidth = 1, float beamMargin = float.PositiveInfinity) =>
        new(_labels, _transitions.Compile(minWeight), _labelModel.Compile(minWeight), beamWidth, beamMargin);

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
            if (transition == Transition.Left)
            {
                label = gold[s.StackTop] == s.Buffer ? goldLabels[s.StackTop] : ScoreRanking.Best(_w.LabelScores.AsSpan(0, labelCount));
            }
            else if (transition == Transition.Right)
            {
                label = gold[s.Buffer] == s.StackTop ? goldLabels[s.Buffer] : ScoreRanking.Best(_w.LabelScores.AsSpan(labelCount, labelCount));
            }
            float score = DependencyParser.MoveScore(_w.TransitionScores, _w.LabelScores, labelCount, transition, label);
            if (score > bestScore)
            {
                bestScore = score;
                best = (transition, label);
            }
        }
        return best;
    }
}
