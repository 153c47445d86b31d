using Parley.Syntax.Learning;

namespace Parley.Syntax.Parsing;

/// <summary>
/// Greedy arc-eager dependency parser with a joint score for labelled arcs: the score of LEFT-l is
/// the transition model's score for LEFT plus the label model's score for (left, l). Linear time in
/// the sentence length; every word ends with a head and a UD relation.
/// </summary>
public sealed class DependencyParser
{
    private readonly LinearModel _transitions;
    private readonly LinearModel _labels;

    internal DependencyParser(LabelSet labels, LinearModel transitions, LinearModel labelModel)
    {
        Labels = labels;
        _transitions = transitions;
        _labels = labelModel;
        RootLabel = labels.Find("root");
        DepLabel = Math.Max(0, labels.Find("dep"));
    }

    /// <summary>The relation labels.</summary>
    public LabelSet Labels { get; }

    internal int RootLabel { get; }

    internal int DepLabel { get; }

    internal LinearModel TransitionModel => _transitions;

    internal LinearModel LabelModel => _labels;

    /// <summary>Parses the sentence loaded in <paramref name="w"/>.Input; heads and labels are left in <paramref name="w"/>.State.</summary>
    internal void Parse(ParserWorkspace w)
    {
        ParserState s = w.State;
        s.Reset(w.Input.Length);
        while (!s.IsTerminal)
        {
            Score(w, _transitions, _labels);
            var (transition, label) = Best(s, w.TransitionScores, w.LabelScores, Labels.Count);
            Apply(s, transition, label);
        }
        Finish(s, RootLabel, DepLabel);
    }

    internal static void Score(ParserWorkspace w, ILinearScorer transitions, ILinearScorer labels)
    {
        w.TransitionFeatureCount = ParserFeatures.ExtractTransition(w.State, w.Input, w.TransitionFeatures);
        w.LabelFeatureCount = ParserFeatures.ExtractLabel(w.State, w.Input, w.LabelFeatures);
        Array.Clear(w.TransitionScores);
        Array.Clear(w.LabelScores);
        transitions.AddScores(w.TransitionFeatures.AsSpan(0, w.TransitionFeatureCount), w.TransitionScores);
        labels.AddScores(w.LabelFeatures.AsSpan(0, w.LabelFeatureCount), w.LabelScores);
    }

    /// <summary>The best valid (transition, label) under joint scores; label is -1 for SHIFT and REDUCE.</summary>
    internal static (Transition Transition, int Label) Best(ParserState s, ReadOnlySpan<float> tr, ReadOnlySpan<float> lab, int labelCount)
    {
        Transition best = Transition.Shift;
        int bestLabel = -1;
        float bestScore = float.NegativeInfinity;
        if (s.CanShift)
        {
            bestScore = tr[0];
        }
        if (s.CanReduce && tr[1] > bestScore)
        {
            best = Transition.Reduce;
            bestScore = tr[1];
        }
        if (s.CanLeft)
        {
            int l = BestLabel(lab[..labelCount]);
            if (tr[2] + lab[l] > bestScore)
            {
                best = Transition.Left;
                bestLabel = l;
                bestScore = tr[2] + lab[l];
            }
        }
        if (s.CanRight)
        {
            int l = BestLabel(lab.Slice(labelCount, labelCount));
            if (tr[3] + lab[labelCount + l] > bestScore)
            {
                best = Transition.Right;
                bestLabel = l;
            }
        }
        return (best, bestLabel);
    }

    internal static int BestLabel(ReadOnlySpan<float> scores)
    {
        int best = 0;
        for (int i = 1; i < scores.Length; i++)
        {
            if (scores[i] > scores[best])
            {
                best = i;
            }
        }
        return best;
    }

    internal static void Apply(ParserState s, Transition transition, int label)
    {
        switch (transition)
        {
            case Transition.Shift: s.Shift(); break;
            case Transition.Reduce: s.Reduce(); break;
            case Transition.Left: s.LeftArc(label); break;
            default: s.RightArc(label); break;
        }
    }

    // Words left without a head (the stack at the end) attach to the root word, or the first becomes the root.
    internal static void Finish(ParserState s, int rootLabel, int depLabel)
    {
        int root = -1;
        for (int i = 1; i <= s.Length; i++)
        {
            if (s.Head[i] == 0)
            {
                root = i;
                break;
            }
        }
        for (int i = 1; i <= s.Length; i++)
        {
            if (s.Head[i] >= 0)
            {
                continue;
            }
            if (root < 0)
            {
                root = i;
                s.Head[i] = 0;
                s.Label[i] = rootLabel;
            }
            else
            {
                s.Head[i] = root;
                s.Label[i] = depLabel;
            }
        }
        if (root > 0 && rootLabel >= 0)
        {
            s.Label[root] = rootLabel;
        }
    }

    internal void Write(BinaryWriter writer)
    {
        Labels.Write(writer);
        _transitions.Write(writer);
        _labels.Write(writer);
    }

    internal static DependencyParser Read(BinaryReader reader)
    {
        LabelSet labels = LabelSet.Read(reader);
        LinearModel transitions = LinearModel.Read(reader);
        LinearModel labelModel = LinearModel.Read(reader);
        if (transitions.ClassCount != 4 || labelModel.ClassCount != 2 * labels.Count)
        {
            throw new InvalidDataException("parser model does not match its label set");
        }
        return new DependencyParser(labels, transitions, labelModel);
    }
}
