using System.Diagnostics;
using Parley.Syntax.Learning;

namespace Parley.Syntax.Parsing;

/// <summary>
/// Beam search over arc-eager transitions (Zhang and Nivre 2011): the <see cref="Width"/> best
/// partial parses are extended by every valid move (arcs with their best label, or best two in training) and the best
/// <see cref="Width"/> of all extensions survive. A sequence scores the sum of its moves' joint
/// scores, so a parse whose early move looked worse can still win once later words speak for it:
/// in "Russia accused the envoy of Ukraine of lying", the greedy parser must attach "Ukraine" to
/// "envoy" or to "accused" the moment it reaches it, while the beam keeps both attachments alive
/// until the second "of" shows which one leaves the verb its complement.
/// Two items whose features are all equal (they differ only in arcs that no template reads) score every move alike,
/// so the lower one's extensions could only fill the beam with copies ranked below the upper one's; it is dropped and
/// its place goes to a parse that differs where the model can see it (the "equivalent states" of Huang and Sagae
/// 2010, merged here on the full feature vector). In "Officials in Kyiv and Moscow said talks would resume", once
/// "said" has taken its subject, the item that joined "Moscow" to "Kyiv" and the one that joined it to "Officials"
/// look the same to every template: only the better survives.
/// When parsing, an item scoring more than a margin below the best of its step is dropped too (Zhang and Clark's
/// beam thresholding): where the model is sure, the beam narrows to the one item it would have kept anyway and the
/// next step scores that item alone, and where it hesitates the beam stays as wide as its width. In "The council
/// adopted the resolution on Friday", the bundled accurate model (margin 160) keeps one item for each of the first
/// eight steps (the best alternative to attaching "The" to "council" scores 185 below it), then two or three from
/// "on": is it the resolution's or the adoption's? (shifting "on" and reducing "resolution" score 38 apart).
/// During training the search also follows the gold sequence and reports the step where the best
/// item beats the gold prefix by the widest margin (max-violation, Huang et al. 2012).
/// </summary>
internal sealed class BeamSearch
{
    /// <summary>
    /// Labels offered per arc when parsing: the best one only. With twins merged, a beam slot is better spent on
    /// another attachment than on a second label for the same one (EWT dev, a model trained with a beam of 8 and
    /// parsed with 3: 86.65 UAS / 82.60 LAS with one label per arc, 86.19 / 82.17 with two).
    /// </summary>
    public const int ParseLabelsPerArc = 1;

    /// <summary>
    /// Labels offered per arc in training: the best two, so that the search meets more of the label confusions it
    /// must learn to rank (a model trained with one label per arc parses 0.3 UAS worse on EWT dev at a beam of 3).
    /// </summary>
    public const int TrainingLabelsPerArc = 2;

    private readonly int _labelCount;
    private ParserState[] _current;
    private ParserState[] _next;
    private float[] _currentScores;
    private float[] _nextScores;
    private bool[] _currentGold;
    private bool[] _nextGold;
    private readonly Candidate[] _candidates;
    private readonly int _labelsPerArc;
    // The best labels of an arc, at least two: the runner-up gives the margin of the best (see ParserState.LabelMargin).
    private readonly int[] _topLabels;
    private readonly ParserState _goldState = new();
    private readonly BeamScoreCache _scores;
    private float _goldScore;
    private float _goldNextScore;
    private float _margin = float.PositiveInfinity;
    private int[] _parents = new int[256];
    private Move[] _moves = new Move[256];

    public BeamSearch(int width, int labelCount, int labelsPerArc = ParseLabelsPerArc)
    {
        if (!DependencyParser.IsValidBeamWidth(width))
        {
            throw new ArgumentOutOfRangeException(nameof(width), width, $"a beam width is between 1 and {DependencyParser.MaxBeamWidth}");
        }
        ArgumentOutOfRangeException.ThrowIfLessThan(labelsPerArc, 1);
        _labelsPerArc = labelsPerArc;
        _topLabels = new int[Math.Max(labelsPerArc, 2)];
        Width = width;
        _labelCount = labelCount;
        _current = NewStates(width);
        _next = NewStates(width);
        _currentScores = new float[width];
        _nextScores = new float[width];
        _currentGold = new bool[width];
        _nextGold = new bool[width];
        _candidates = new Candidate[width];
        // One more than the width: the gold prefix is scored beside the beam in training.
        _scores = new BeamScoreCache(width + 1, labelCount);
    }

    /// <summary>Number of parses kept after each step.</summary>
    public int Width { get; }

    /// <summary>Number of steps taken by the last search.</summary>
    public int Steps { get; private set; }

    /// <summary>Number of items the last search dropped as twins of a better item of their step.</summary>
    public int TwinsDropped { get; private set; }

    /// <summary>Number of items the last search scored and extended (the cost of a search: one per step when greedy).</summary>
    public int ItemsExpanded { get; private set; }

    /// <summary>The best complete parse of the last search.</summary>
    public ParserState Best => _current[0];

    /// <summary>
    /// Parses the sentence loaded in <paramref name="w"/>.Input; the result is <see cref="Best"/>. Items more than
    /// <paramref name="margin"/> below the best of their step are dropped (<see cref="float.PositiveInfinity"/>: none).
    /// </summary>
    public void Parse(ParserWorkspace w, ILinearScorer transitions, ILinearScorer labels, float margin = float.PositiveInfinity)
    {
        Debug.Assert(margin > 0f, "a margin of zero would keep only ties of the best item");
        Start(w.Input.Length, followGold: false);
        _margin = margin;
        while (Advance(w, transitions, labels, gold: default))
        {
        }
    }

    /// <summary>
    /// Runs the search beside the gold move sequence <paramref name="gold"/> and returns the step of the largest
    /// violation: where the best item, not being the gold prefix, outscores it by the widest margin (slot 0 of
    /// that step is the offending item). Returns -1 when the gold sequence stays best throughout.
    /// </summary>
    public int FindMaxViolation(ParserWorkspace w, ILinearScorer transitions, ILinearScorer labels, ReadOnlySpan<Move> gold)
    {
        Start(w.Input.Length, followGold: true);
        // Training searches the full width: the updates must see the items a wide beam would keep.
        _margin = float.PositiveInfinity;
        float worst = 0f;
        int found = -1;
        while (Advance(w, transitions, labels, gold))
        {
            if (!_currentGold[0] && _currentScores[0] - _goldScore >= worst)
            {
                worst = _currentScores[0] - _goldScore;
                found = Steps;
            }
        }
        return found;
    }

    /// <summary>Writes the moves that led to slot 0 at <paramref name="step"/> into <paramref name="into"/>.</summary>
    public void BestPath(int step, Span<Move> into)
    {
        Debug.Assert(step <= Steps, "step beyond the search");
        int slot = 0;
        for (int t = step - 1; t >= 0; t--)
        {
            into[t] = _moves[t * Width + slot];
            slot = _parents[t * Width + slot];
        }
    }

    private void Start(int length, bool followGold)
    {
        _current[0].Reset(length);
        _currentScores[0] = 0f;
        _currentGold[0] = followGold;
        _goldState.Reset(length);
        _scores.Reset(length);
        _goldScore = 0f;
        Steps = 0;
        TwinsDropped = 0;
        ItemsExpanded = 0;
        Size = 1;
    }

    private int Size { get; set; }

    // One step: scores every item's moves and keeps the best Width; false once every item is complete.
    private bool Advance(ParserWorkspace w, ILinearScorer transitions, ILinearScorer labels, ReadOnlySpan<Move> gold)
    {
        Move goldMove = Steps < gold.Length ? gold[Steps] : Move.None;
        bool goldInBeam = false;
        bool moved = false;
        for (int i = 0; i < Size; i++)
        {
            goldInBeam |= _currentGold[i];
            moved |= !_current[i].IsTerminal;
        }
        if (!moved)
        {
            return false;
        }
        _goldNextScore = _goldScore;
        _scores.NextStep();
        // Items scored before the beam's own in this step (the gold prefix, when outside the beam) are no twins.
        int firstBeamItem = 0;
        if (!gold.IsEmpty && !goldInBeam && goldMove.Transition != Transition.None)
        {
            // The gold prefix has left the beam: its score still grows for the violation measure.
            _scores.Score(w, _goldState, transitions, labels);
            _goldNextScore = _goldScore + MoveScore(w, goldMove);
            firstBeamItem = 1;
        }
        int count = 0;
        for (int i = 0; i < Size; i++)
        {
            ParserState s = _current[i];
            if (s.IsTerminal)
            {
                count = Insert(count, new Candidate(i, Move.None, _currentScores[i], _currentGold[i], 0f));
                continue;
            }
            if (_scores.Score(w, s, transitions, labels) >= firstBeamItem)
            {
                // A twin of a better item: dropped (see the class summary); a dropped gold prefix is followed outside.
                if (_currentGold[i])
                {
                    _goldNextScore = _currentScores[i] + MoveScore(w, goldMove);
                }
                TwinsDropped++;
                continue;
            }
            ItemsExpanded++;
            count = Expand(s, i, w, count, _currentGold[i], goldMove);
        }
        if (goldMove.Transition != Transition.None)
        {
            DependencyParser.Apply(_goldState, goldMove.Transition, goldMove.Label);
        }
        _goldScore = _goldNextScore;
        Commit(count);
        return true;
    }

    private float MoveScore(ParserWorkspace w, Move move) =>
        DependencyParser.MoveScore(w.TransitionScores, w.LabelScores, _labelCount, move.Transition, move.Label);

    private int Expand(ParserState s, int item, ParserWorkspace w, int count, bool gold, Move goldMove)
    {
        float baseScore = _currentScores[item];
        float[] tr = w.TransitionScores;
        if (gold)
        {
            _goldNextScore = baseScore + MoveScore(w, goldMove);
        }
        if (s.CanShift)
        {
            count = Add(count, item, new Move(Transition.Shift, -1), baseScore + tr[0], gold, goldMove);
        }
        if (s.CanReduce)
        {
            count = Add(count, item, new Move(Transition.Reduce, -1), baseScore + tr[1], gold, goldMove);
        }
        if (s.CanLeft)
        {
            count = AddArcs(count, item, Transition.Left, baseScore + tr[2], w.LabelScores.AsSpan(0, _labelCount), gold, goldMove);
        }
        if (s.CanRight)
        {
            count = AddArcs(count, item, Transition.Right, baseScore + tr[3], w.LabelScores.AsSpan(_labelCount, _labelCount), gold, goldMove);
        }
        return count;
    }

    // An arc with each of its best labels; a gold label outside them is not offered (as at parse time). Each carries
    // its lead over the best other label (negative for all but the first).
    private int AddArcs(int count, int item, Transition transition, float score, ReadOnlySpan<float> labelScores, bool gold, Move goldMove)
    {
        TopLabels(labelScores, _topLabels);
        float first = labelScores[_topLabels[0]], second = labelScores[_topLabels[1]];
        for (int k = 0; k < _labelsPerArc && (k == 0 || _topLabels[k] != _topLabels[0]); k++)
        {
            int label = _topLabels[k];
            float margin = k == 0 ? first - second : labelScores[label] - first;
            count = Add(count, item, new Move(transition, label), score + labelScores[label], gold, goldMove, margin);
        }
        return count;
    }

    private int Add(int count, int item, Move move, float score, bool gold, Move goldMove, float labelMargin = 0f) =>
        Insert(count, new Candidate(item, move, score, gold && move.Equals(goldMove), labelMargin));

    // Keeps the Width best candidates sorted by score, best first; ties keep the earlier one. A candidate more than the
    // margin below the best so far is dropped at once: the best only rises, so WithinMargin would drop it anyway, and
    // with it any candidate it would have pushed out.
    private int Insert(int count, Candidate candidate)
    {
        if (count > 0 && (candidate.Score < _candidates[0].Score - _margin || (count == Width && candidate.Score <= _candidates[count - 1].Score)))
        {
            return count;
        }
        int at = count == Width ? count - 1 : count;
        while (at > 0 && _candidates[at - 1].Score < candidate.Score)
        {
            at--;
        }
        for (int j = count == Width ? count - 1 : count; j > at; j--)
        {
            _candidates[j] = _candidates[j - 1];
        }
        _candidates[at] = candidate;
        return Math.Min(count + 1, Width);
    }

    private void Commit(int count)
    {
        count = WithinMargin(count);
        EnsureHistory((Steps + 1) * Width);
        // The last survivor of each item takes over the item's state instead of a copy of it (the item is done with):
        // where the margin narrows the beam to one item, a step copies nothing.
        Span<int> children = stackalloc int[Size];
        for (int j = 0; j < count; j++)
        {
            children[_candidates[j].Parent]++;
        }
        for (int j = 0; j < count; j++)
        {
            Candidate c = _candidates[j];
            ParserState s = _next[j];
            if (--children[c.Parent] == 0)
            {
                _next[j] = _current[c.Parent];
                _current[c.Parent] = s;
                s = _next[j];
            }
            else
            {
                s.CopyFrom(_current[c.Parent]);
            }
            if (c.Move.Transition != Transition.None)
            {
                DependencyParser.Apply(s, c.Move.Transition, c.Move.Label, c.LabelMargin);
            }
            _nextScores[j] = c.Score;
            _nextGold[j] = c.Gold;
            _parents[Steps * Width + j] = c.Parent;
            _moves[Steps * Width + j] = c.Move;
        }
        (_current, _next) = (_next, _current);
        (_currentScores, _nextScores) = (_nextScores, _currentScores);
        (_currentGold, _nextGold) = (_nextGold, _currentGold);
        Size = count;
        Steps++;
    }

    // How many of the sorted candidates score within the margin of the best (at least the best itself).
    private int WithinMargin(int count)
    {
        if (count <= 1)
        {
            return count;
        }
        float floor = _candidates[0].Score - _margin;
        int kept = 1;
        while (kept < count && _candidates[kept].Score >= floor)
        {
            kept++;
        }
        return kept;
    }

    private void EnsureHistory(int size)
    {
        if (_parents.Length < size)
        {
            Array.Resize(ref _parents, Math.Max(size, _parents.Length * 2));
            Array.Resize(ref _moves, _parents.Length);
        }
    }

    // The best labels, best first and distinct, in one pass; ties keep the lower label. When there are fewer labels
    // than slots the best one repeats.
    private static void TopLabels(ReadOnlySpan<float> scores, int[] top)
    {
        if (top.Length == 2)
        {
            TopTwoLabels(scores, top);
            return;
        }
        int filled = 0;
        for (int l = 0; l < scores.Length; l++)
        {
            float score = scores[l];
            if (filled == top.Length && score <= scores[top[^1]])
            {
                continue;
            }
            int at = filled == top.Length ? filled - 1 : filled;
            while (at > 0 && scores[top[at - 1]] < score)
            {
                top[at] = top[at - 1];
                at--;
            }
            top[at] = l;
            filled = Math.Min(filled + 1, top.Length);
        }
        for (int k = Math.Max(filled, 1); k < top.Length; k++)
        {
            top[k] = top[0];
        }
    }

    // TopLabels for two slots (parsing and training both ask for two), in one pass.
    private static void TopTwoLabels(ReadOnlySpan<float> scores, int[] top) => top[0] = ScoreRanking.TopTwo(scores, out top[1]);

    private static ParserState[] NewStates(int count)
    {
        var states = new ParserState[count];
        for (int i = 0; i < count; i++)
        {
            states[i] = new ParserState();
        }
        return states;
    }

    private readonly record struct Candidate(int Parent, Move Move, float Score, bool Gold, float LabelMargin);
}
