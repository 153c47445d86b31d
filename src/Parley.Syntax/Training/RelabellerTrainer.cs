using Parley.Syntax.Learning;
using Parley.Syntax.Parsing;

namespace Parley.Syntax.Training;

/// <summary>
/// Trains a <see cref="Relabeller"/>: collects the features of every word of the training trees whose head is the
/// gold head (the label of a wrong arc has no right answer), then runs averaged-perceptron epochs over them in a
/// seeded order. The features are extracted once and kept, so epochs cost only the scoring.
/// </summary>
internal sealed class RelabellerTrainer
{
    private readonly LabelSet _labels;
    private readonly bool _readsFirstLabel;
    private readonly RelabelWorkspace _w;
    private readonly int _rootLabel;
    private ulong[] _features = new ulong[1 << 20];
    private int _featureCount;
    private readonly List<int> _starts = [0];
    private readonly List<int> _gold = [];
    private readonly List<int> _first = [];
    private readonly List<int> _sentenceStarts = [0];

    public RelabellerTrainer(LabelSet labels, bool readsFirstLabel)
    {
        _labels = labels;
        _readsFirstLabel = readsFirstLabel;
        _w = new RelabelWorkspace(labels.Count);
        _rootLabel = labels.Find("root");
    }

    /// <summary>Number of training words collected.</summary>
    public int Count => _gold.Count;

    /// <summary>
    /// Adds the words of one sentence whose tree (<paramref name="heads"/>, <paramref name="labels"/>, 1-based) gives
    /// them their gold head; <paramref name="goldLabels"/> are the answers by 1-based position.
    /// </summary>
    public void Add(ParserInput x, ReadOnlySpan<int> heads, ReadOnlySpan<int> labels, ReadOnlySpan<int> goldHeads, ReadOnlySpan<int> goldLabels)
    {
        RelabelTree tree = _w.Tree;
        tree.Load(heads, labels, x.Length, x);
        for (int d = 1; d <= x.Length; d++)
        {
            if (tree.Head(d) == 0 || tree.Head(d) != goldHeads[d] || goldLabels[d] == _rootLabel)
            {
                continue;
            }
            if (_featureCount + RelabelFeatures.MaxFeatures > _features.Length)
            {
                Array.Resize(ref _features, _features.Length * 2);
            }
            _featureCount += RelabelFeatures.Extract(tree, x, d, _readsFirstLabel, _features.AsSpan(_featureCount));
            _starts.Add(_featureCount);
            _gold.Add(goldLabels[d]);
            _first.Add(_readsFirstLabel ? tree.Label(d) : -1);
        }
        _sentenceStarts.Add(_gold.Count);
    }

    /// <summary>Trains for <paramref name="epochs"/> passes in an order seeded by <paramref name="seed"/>.</summary>
    public Relabeller Train(int epochs, ulong seed, float minWeight, Action<string> log, CancellationToken cancellationToken)
    {
        var perceptron = new AveragedPerceptron(_labels.Count);
        var random = new DeterministicRandom(seed);
        var order = new List<int>(_sentenceStarts.Count - 1);
        for (int s = 0; s + 1 < _sentenceStarts.Count; s++)
        {
            order.Add(s);
        }
        var scores = new float[_labels.Count];
        for (int epoch = 0; epoch < epochs; epoch++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            random.Shuffle(order);
            int errors = 0;
            foreach (int s in order)
            {
                for (int i = _sentenceStarts[s]; i < _sentenceStarts[s + 1]; i++)
                {
                    errors += Learn(perceptron, i, scores) ? 0 : 1;
                }
            }
            log($"relabeller epoch {epoch + 1}/{epochs}: {100.0 * (Count - errors) / Math.Max(1, Count):F2}% of {Count} labels right");
        }
        return new Relabeller(_labels, perceptron.Compile(minWeight), _readsFirstLabel);
    }

    // One perceptron step on example i; true when it was already right.
    private bool Learn(AveragedPerceptron perceptron, int i, float[] scores)
    {
        ReadOnlySpan<ulong> features = _features.AsSpan(_starts[i], _starts[i + 1] - _starts[i]);
        Array.Clear(scores);
        perceptron.AddScores(features, scores);
        int predicted = Relabeller.Best(scores, _first[i], _rootLabel);
        bool right = predicted == _gold[i];
        if (!right)
        {
            perceptron.Update(features, _gold[i], 1f);
            perceptron.Update(features, predicted, -1f);
        }
        perceptron.Tick();
        return right;
    }
}
