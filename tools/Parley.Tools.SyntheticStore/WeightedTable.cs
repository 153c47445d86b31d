namespace Parley.Tools.SyntheticStore;

/// <summary>
/// Items drawn with fixed relative weights (a Zipf law over actors, a root profile over event codes): the cumulative
/// weights are kept once, and a draw is a binary search for a uniform number among them.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
internal sealed class WeightedTable<T>
{
    private readonly T[] _items;
    private readonly double[] _cumulative;

    /// <summary>A table of <paramref name="items"/> with the given positive <paramref name="weights"/> (same order).</summary>
    public WeightedTable(IReadOnlyList<T> items, IReadOnlyList<double> weights)
    {
        if (items.Count == 0 || items.Count != weights.Count)
        {
            throw new ArgumentException("a weighted table needs one positive weight per item, and at least one item");
        }
        _items = [.. items];
        _cumulative = new double[items.Count];
        double total = 0;
        for (int i = 0; i < weights.Count; i++)
        {
            if (!(weights[i] > 0))
            {
                throw new ArgumentException($"weight {weights[i]} of item {i} is not positive");
            }
            total += weights[i];
            _cumulative[i] = total;
        }
        // Normalised so a draw compares a uniform [0, 1) number directly.
        for (int i = 0; i < _cumulative.Length; i++)
        {
            _cumulative[i] /= total;
        }
    }

    /// <summary>The items, in the order given.</summary>
    public IReadOnlyList<T> Items => _items;

    /// <summary>Weights 1/rank^<paramref name="exponent"/> for ranks 1..<paramref name="count"/>: a Zipf law.</summary>
    public static double[] Zipf(int count, double exponent)
    {
        var weights = new double[count];
        for (int i = 0; i < count; i++)
        {
            weights[i] = 1.0 / Math.Pow(i + 1, exponent);
        }
        return weights;
    }

    /// <summary>Draws one item with <paramref name="random"/>.</summary>
    public T Draw(ref SplitMix64 random)
    {
        double u = random.NextDouble();
        int index = Array.BinarySearch(_cumulative, u);
        // No exact hit: the complement of the search result is the first cumulative weight above u.
        index = index >= 0 ? index + 1 : ~index;
        return _items[Math.Min(index, _items.Length - 1)];
    }
}
