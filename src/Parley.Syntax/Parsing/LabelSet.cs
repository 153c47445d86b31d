namespace Parley.Syntax.Parsing;

/// <summary>
/// The dependency relations a parser predicts (full UD labels with subtypes such as nsubj:pass).
/// At most 64, so that the set of labels on one side of a head fits in a 64-bit mask.
/// </summary>
public sealed class LabelSet
{
    /// <summary>Largest number of labels supported.</summary>
    public const int MaxLabels = 64;

    private readonly List<string> _labels = new();
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

    /// <summary>Number of labels.</summary>
    public int Count => _labels.Count;

    /// <summary>The label with id <paramref name="id"/>.</summary>
    public string this[int id] => _labels[id];

    /// <summary>The id of <paramref name="label"/>, or -1.</summary>
    public int Find(string label) => _index.TryGetValue(label, out int id) ? id : -1;

    internal int GetOrAdd(string label)
    {
        if (_index.TryGetValue(label, out int id))
        {
            return id;
        }
        if (_labels.Count >= MaxLabels)
        {
            throw new InvalidOperationException($"more than {MaxLabels} dependency labels");
        }
        string interned = string.Intern(label);
        _labels.Add(interned);
        _index.Add(interned, _labels.Count - 1);
        return _labels.Count - 1;
    }

    internal void Write(BinaryWriter writer)
    {
        writer.Write(_labels.Count);
        foreach (string label in _labels)
        {
            writer.Write(label);
        }
    }

    internal static LabelSet Read(BinaryReader reader)
    {
        int count = reader.ReadInt32();
        if (count < 0 || count > MaxLabels)
        {
            throw new InvalidDataException("corrupt label set");
        }
        var set = new LabelSet();
        for (int i = 0; i < count; i++)
        {
            set.GetOrAdd(reader.ReadString());
        }
        return set;
    }
}
