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

    internal DependencyParser(LabelSet labels, LinearModel transitions, LinearModel labelModel, int beamWidth = 1, float beamMargin = float.PositiveInfinity)
    {
        if (!IsValidBeamWidth(beamWidth))
        {
            throw new ArgumentOutOfRangeException(nameof(beamWidth), beamWidth, $"a beam width is between 1 and {MaxBeamWidth}");
        }
        if (!ScoreMargin.IsValid(beamMargin))
        {
            throw new ArgumentOutOfRangeException(nameof(beamMargin), beamMargin, "a beam margin is a positive score");
        }
        BeamWidth = beamWidth;
        BeamMargin = beamMargin;
        Labels = labels;
        _transitions = transitions;
        _labels = labelModel;
        RootLabel = labels.Find("root");
        DepLabel = Math.Max(0, labels.Find("dep"));
    }

    /// <summary>
    /// Number of partial parses kept while parsing: 1 is greedy; a model trained with a beam is parsed with the
    /// width it was trained with (its scores are meaningful only as sums over whole sequences).
    /// </summary>
    public int BeamWidth { get; }

    /// <summary>
    /// How far (in score units) below the best item of a step the beam still keeps an item;
    /// <see cref="float.PositiveInfinity"/> keeps the whole width. A model trained with a wide beam keeps its accuracy
    /// with a margin while most steps keep a single item (see <see cref="BeamSearch"/>).
    /// </summary>
    public float BeamMargin { get; }

    /// <summary>The same model parsed with another beam width (and the same margin).</summary>
    public DependencyParser WithBeamWidth(int width) => new(Labels, _transitions, _labels, width, BeamMargin);

    /// <summary>The same model parsed with another beam margin (<see cref="float.PositiveInfinity"/>: the whole width).</summary>
    public DependencyParser WithBeamMargin(float margin) => new(Labels, _transitions, _labels, BeamWidth, margin);

    /// <summary>The same model parsed with the width and margin given; each left as it is when null.</summary>
    public DependencyParser WithBeam(int? width, float? margin) =>
        width == null && margin == null ? this : new(Labels, _transitions, _labels, width ?? BeamWidth, margin ?? BeamMargin);

    /// <summary>The same model parsed through the beam search even at width 1 (tests compare it with the greedy loop).</summary>
    internal DependencyParser AsBeamSearch() => new(Labels, _transitions, _labels, BeamWidth, BeamMargin) { AlwaysBeam = true };

    private bool AlwaysBeam { get; init; }

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
        if ((BeamWidth > 1 || AlwaysBeam) && w.Input.Length <= MaxBeamSentence)
        {
            BeamSearch beam = w.Beam(BeamWidth);
            beam.Parse(w, _transitions, _labels, BeamMargin);
            s.CopyFrom(beam.Best);
            Finish(s, RootLabel, DepLabel);
            return;
        }
        s.Reset(w.Input.Length);
        while (!s.IsTerminal)
        {
            Score(w, _transitions, _labels);
            var (transition, label) = Best(s, w.TransitionScores, w.LabelScores, Labels.Count, out float labelMargin);
            Apply(s, transition, label, labelMargin);
        }
        Finish(s, RootLabel, DepLabel);
    }

    internal static void Score(ParserWorkspace w, ILinearScorer transitions, ILinearScorer labels) =>
        Score(w, w.State, transitions, labels);

    /// <summary>Scores the moves from <paramref name="s"/> into <paramref name="w"/>'s buffers, keeping its features there.</summary>
    internal static void Score(ParserWorkspace w, ParserState s, ILinearScorer transitions, ILinearScorer labels)
    {
        Extract(w, s);
        Array.Clear(w.TransitionScores);
        Array.Clear(w.LabelScores);
        // The pair templates are scored apart from the tree templates, as the beam's cache scores them (each group's
        // integer sum is scaled on its own), so that cached and uncached scores agree to the last bit.
        ReadOnlySpan<ulong> transitionFeatures = w.TransitionFeatures.AsSpan(0, w.TransitionFeatureCount);
        ReadOnlySpan<ulong> labelFeatures = w.LabelFeatures.AsSpan(0, w.LabelFeatureCount);
        // All four lookups' buckets are on their way before the first is summed (session 14, in-process on EWT test and
        // the sample article, eight runs: a median of 2% less time for en).
        transitions.Prefetch(transitionFeatures);
        labels.Prefetch(labelFeatures);
        transitions.AddScores(transitionFeatures[..w.PairTransitionFeatureCount], w.TransitionScores);
        transitions.AddScores(transitionFeatures[w.PairTransitionFeatureCount..], w.TransitionScores);
        labels.AddScores(labelFeatures[..w.PairLabelFeatureCount], w.LabelScores);
        labels.AddScores(labelFeatures[w.PairLabelFeatureCount..], w.LabelScores);
    }

    /// <summary>Extracts the transition and label features of <paramref name="s"/> into <paramref name="w"/>'s buffers, pair templates first.</summary>
    internal static void Extract(ParserWorkspace w, ParserState s)
    {
        int n0 = ParserFeatures.Front(s);
        int k = ParserFeatures.PairTransition(s.StackTop, n0, s.Length, w.Input, w.TransitionFeatures);
        w.PairTransitionFeatureCount = k;
        var positions = new StatePositions(s);
        w.TransitionFeatureCount = k + ParserFeatures.TreeTransition(s, positions, w.Input, w.TransitionFeatures.AsSpan(k));
        k = ParserFeatures.PairLabel(s.StackTop, n0, s.Length, w.Input, w.LabelFeatures);
        w.PairLabelFeatureCount = k;
        w.LabelFeatureCount = k + ParserFeatures.TreeLabel(s, positions, w.Input, w.LabelFeatures.AsSpan(k));
    }

    /// <summary>
    /// The joint score of a move: the transition's score, plus for an arc the label model's score for the arc's
    /// direction and label (<paramref name="lab"/> holds the LEFT labels, then the RIGHT ones).
    /// </summary>
    internal static float MoveScore(ReadOnlySpan<float> tr, ReadOnlySpan<float> lab, int labelCount, Transition transition, int label) => transition switch
    {
        Transition.Left => tr[(int)Transition.Left] + lab[label],
        Transition.Right => tr[(int)Transition.Right] + lab[labelCount + label],
        _ => tr[(int)transition],
    };

    /// <summary>
    /// The best valid (transition, label) under joint scores; label is -1 for SHIFT and REDUCE. For an arc,
    /// <paramref name="labelMargin"/> is how far its label scored above the best other label of its direction (0 for
    /// SHIFT and REDUCE): the parser's confidence in the label, which tells the relabeller where to look again.
    /// </summary>
    internal static (Transition Transition, int Label) Best(ParserState s, ReadOnlySpan<float> tr, ReadOnlySpan<float> lab, int labelCount, out float labelMargin)
    {
        Transition best = Transition.Shift;
        int bestLabel = -1;
        float bestScore = float.NegativeInfinity;
        labelMargin = 0f;
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
            int l = BestLabel(lab[..labelCount], out float margin);
            if (tr[2] + lab[l] > bestScore)
            {
                best = Transition.Left;
                bestLabel = l;
                bestScore = tr[2] + lab[l];
                labelMargin = margin;
            }
        }
        if (s.CanRight)
        {
            int l = BestLabel(lab.Slice(labelCount, labelCount), out float margin);
            if (tr[3] + lab[labelCount + l] > bestScore)
            {
                best = Transition.Right;
                bestLabel = l;
                labelMargin = margin;
            }
        }
        return (best, bestLabel);
    }

    // The best label of one direction and its lead over the runner-up (0 with a single label).
    private static int BestLabel(ReadOnlySpan<float> scores, out float margin)
    {
        int best = ScoreRanking.TopTwo(scores, out int second);
        margin = scores[best] - scores[second];
        return best;
    }

    /// <summary>Applies a move; an arc records <paramref name="labelMargin"/>, its label's lead over the runner-up.</summary>
    internal static void Apply(ParserState s, Transition transition, int label, float labelMargin = 0f)
    {
        switch (transition)
        {
            case Transition.Shift: s.Shift(); break;
            case Transition.Reduce: s.Reduce(); break;
            case Transition.Left: s.LeftArc(label, labelMargin); break;
            default: s.RightArc(label, labelMargin); break;
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

    /// <summary>Version of the parser part: 2 added the beam width, 3 the beam margin; older parts are still read.</summary>
    internal const int FormatVersion = 3;

    internal void Write(BinaryWriter writer)
    {
        writer.Write(BeamWidth);
        writer.Write(BeamMargin);
        Labels.Write(writer);
        _transitions.Write(writer);
        _labels.Write(writer);
    }

    /// <summary>Reads a parser; format 1 files predate beam search and are greedy, format 2 files keep the whole width.</summary>
    internal static DependencyParser Read(BinaryReader reader, int format)
    {
        int beamWidth = format >= 2 ? reader.ReadInt32() : 1;
        if (!IsValidBeamWidth(beamWidth))
        {
            throw new InvalidDataException($"beam width {beamWidth} is out of range");
        }
        float beamMargin = format >= 3 ? reader.ReadSingle() : float.PositiveInfinity;
        if (!ScoreMargin.IsValid(beamMargin))
        {
            throw new InvalidDataException($"beam margin {beamMargin} is not a positive score");
        }
        LabelSet labels = LabelSet.Read(reader);
        LinearModel transitions = LinearModel.Read(reader);
        LinearModel labelModel = LinearModel.Read(reader);
        if (transitions.ClassCount != 4 || labelModel.ClassCount != 2 * labels.Count)
        {
            throw new InvalidDataException("parser model does not match its label set");
        }
        return new DependencyParser(labels, transitions, labelModel, beamWidth, beamMargin);
    }

    /// <summary>
    /// Longest sentence parsed with the beam. Each beam step copies whole parse states, so the cost grows with the
    /// square of the length; longer "sentences" (tables, lists, run-on text with no full stop) are parsed greedily
    /// with the same weights, which stays linear.
    /// </summary>
    public const int MaxBeamSentence = 250;

    /// <summary>The widest beam a model may ask for.</summary>
    public const int MaxBeamWidth = 64;

    /// <summary>Whether <paramref name="width"/> is a beam width a parser accepts (1 to <see cref="MaxBeamWidth"/>).</summary>
    public static bool IsValidBeamWidth(int width) => width is >= 1 and <= MaxBeamWidth;
}
