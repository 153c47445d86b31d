namespace Parley.Syntax.Learning;

/// <summary>
/// Multi-class averaged perceptron used during training only. Rows are allocated on first update of
/// a feature; averaging uses the "accumulated update times step" trick so that each update costs
/// O(1) per feature and class. <see cref="Compile"/> prunes and quantises into a <see cref="LinearModel"/>.
/// </summary>
internal sealed class AveragedPerceptron : ILinearScorer
{
    private readonly Dictionary<ulong, int> _rows = new();
    private readonly int _classCount;
    private float[] _weights;
    private float[] _accumulated;
    private long _step = 1;

    public AveragedPerceptron(int classCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(classCount, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(classCount, 255);
        _classCount = classCount;
        _weights = new float[classCount * 1024];
        _accumulated = new float[classCount * 1024];
    }

    public int ClassCount => _classCount;

    public int FeatureCount => _rows.Count;

    /// <summary>Advances the averaging clock; call once per training decision.</summary>
    public void Tick() => _step++;

    public void AddScores(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        foreach (ulong feature in features)
        {
            if (_rows.TryGetValue(Normalize(feature), out int row))
            {
                ReadOnlySpan<float> weights = _weights.AsSpan(row * _classCount, _classCount);
                for (int c = 0; c < weights.Length; c++)
                {
                    scores[c] += weights[c];
                }
            }
        }
    }

    /// <summary>Adds <paramref name="delta"/> to the weight of class <paramref name="cls"/> for every feature.</summary>
    public void Update(ReadOnlySpan<ulong> features, int cls, float delta)
    {
        foreach (ulong feature in features)
        {
            int row = GetOrAddRow(Normalize(feature));
            int index = row * _classCount + cls;
            _weights[index] += delta;
            _accumulated[index] += _step * delta;
        }
    }

    /// <summary>
    /// Averages, drops features whose largest averaged weight is below <paramref name="minWeight"/>
    /// in absolute value, quantises to 16 bits and builds the immutable model.
    /// </summary>
    public LinearModel Compile(float minWeight)
    {
        var keys = new List<ulong>(_rows.Count);
        foreach (ulong key in _rows.Keys)
        {
            keys.Add(key);
        }
        keys.Sort();
        float maxAbs = 1e-6f;
        var averaged = new float[_classCount];
        foreach (ulong key in keys)
        {
            Average(_rows[key], averaged);
            foreach (float w in averaged)
            {
                maxAbs = Math.Max(maxAbs, Math.Abs(w));
            }
        }
        float scale = maxAbs / 32767f;
        var keptKeys = new List<ulong>();
        var starts = new List<int>();
        var lengths = new List<byte>();
        var entries = new List<int>();
        foreach (ulong key in keys)
        {
            Average(_rows[key], averaged);
            int start = entries.Count;
            for (int c = 0; c < _classCount; c++)
            {
                if (Math.Abs(averaged[c]) < minWeight)
                {
                    continue;
                }
                int q = (int)Math.Round(averaged[c] / scale);
                if (q != 0)
                {
                    entries.Add((c << 16) | (ushort)(short)Math.Clamp(q, -32767, 32767));
                }
            }
            if (entries.Count > start)
            {
                keptKeys.Add(key);
                starts.Add(start);
                lengths.Add((byte)(entries.Count - start));
            }
        }
        return new LinearModel(_classCount, scale, keptKeys.ToArray(), starts.ToArray(), lengths.ToArray(), entries.ToArray());
    }

    private void Average(int row, float[] into)
    {
        for (int c = 0; c < _classCount; c++)
        {
            int i = row * _classCount + c;
            into[c] = _weights[i] - _accumulated[i] / _step;
        }
    }

    private int GetOrAddRow(ulong key)
    {
        if (_rows.TryGetValue(key, out int row))
        {
            return row;
        }
        row = _rows.Count;
        _rows.Add(key, row);
        int needed = (row + 1) * _classCount;
        if (needed > _weights.Length)
        {
            Array.Resize(ref _weights, _weights.Length * 2);
            Array.Resize(ref _accumulated, _accumulated.Length * 2);
        }
        return row;
    }

    // Key 0 marked an empty slot in LinearModel's first layout; the remap stays so that training and inference agree
    // and models train to the same bytes as before.
    private static ulong Normalize(ulong key) => key == 0 ? 1 : key;
}
