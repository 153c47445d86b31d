using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace Parley.Syntax.Learning;

/// <summary>
/// A compiled, immutable multi-class linear model over hashed sparse features. Each surviving
/// feature owns a short run of (class, weight) entries; weights are quantised to 16 bits with one
/// scale for the whole table, which keeps model files small and lookups cache-friendly.
/// Lookups use buckets of one cache line indexed by the (already well mixed) 64-bit feature hashes. The file keeps one
/// format; loading compiles it into the layout that scores fastest for its shape (see <see cref="WeightTable"/>).
/// </summary>
public sealed class LinearModel : ILinearScorer
{
    private const int FormatVersion = 1;
    private readonly WeightTable _table;
    private readonly ulong[] _keys;
    private readonly int[] _rowStarts;
    private readonly byte[] _rowLengths;
    private readonly int[] _entries;

    internal LinearModel(int classCount, float scale, ulong[] sortedKeys, int[] rowStarts, byte[] rowLengths, int[] entries)
    {
        ClassCount = classCount;
        Scale = scale;
        FeatureCount = sortedKeys.Length;
        _entries = entries;
        _keys = sortedKeys;
        _rowStarts = rowStarts;
        _rowLengths = rowLengths;
        _table = WeightTable.Compile(classCount, sortedKeys, rowStarts, rowLengths, entries);
    }

    /// <summary>Number of output classes.</summary>
    public int ClassCount { get; }

    /// <summary>Number of features with weights.</summary>
    public int FeatureCount { get; }

    /// <summary>Multiplier that turns stored 16-bit weights into scores.</summary>
    public float Scale { get; }

    /// <summary>Number of stored (class, weight) entries.</summary>
    public int EntryCount => _entries.Length;

    /// <summary>Adds the weights of <paramref name="features"/> to <paramref name="scores"/> (not cleared first).</summary>
    public void AddScores(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        Debug.Assert(scores.Length >= ClassCount, "score buffer too small");
        _table.AddScores(features, scores, Scale);
    }

    /// <summary>Starts fetching the buckets that scoring <paramref name="features"/> will read (see <see cref="ILinearScorer.Prefetch"/>).</summary>
    void ILinearScorer.Prefetch(ReadOnlySpan<ulong> features) => _table.Prefetch(features);

    /// <summary>A copy without the weights whose magnitude is below <paramref name="minWeight"/> (features left empty are dropped).</summary>
    internal LinearModel Prune(float minWeight)
    {
        var keys = new List<ulong>(_keys.Length);
        var starts = new List<int>(_keys.Length);
        var lengths = new List<byte>(_keys.Length);
        var entries = new List<int>(_entries.Length);
        for (int i = 0; i < _keys.Length; i++)
        {
            int start = entries.Count;
            for (int e = _rowStarts[i]; e < _rowStarts[i] + _rowLengths[i]; e++)
            {
                if (Math.Abs((short)(_entries[e] & 0xFFFF) * Scale) >= minWeight)
                {
                    entries.Add(_entries[e]);
                }
            }
            if (entries.Count > start)
            {
                keys.Add(_keys[i]);
                starts.Add(start);
                lengths.Add((byte)(entries.Count - start));
            }
        }
        return new LinearModel(ClassCount, Scale, keys.ToArray(), starts.ToArray(), lengths.ToArray(), entries.ToArray());
    }

    /// <summary>Writes the model in Parley's binary format.</summary>
    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(FormatVersion);
        writer.Write(ClassCount);
        writer.Write(Scale);
        writer.Write(_keys.Length);
        ulong previous = 0;
        for (int i = 0; i < _keys.Length; i++)
        {
            // Sorted keys are delta-encoded as variable-length integers; entries follow each key.
            Write7Bit(writer, _keys[i] - previous);
            previous = _keys[i];
            writer.Write(_rowLengths[i]);
            for (int e = _rowStarts[i]; e < _rowStarts[i] + _rowLengths[i]; e++)
            {
                int entry = _entries[e];
                writer.Write((byte)(entry >> 16));
                writer.Write((short)(entry & 0xFFFF));
            }
        }
    }

    /// <summary>Reads a model written by <see cref="Write"/>.</summary>
    // This and the other loops of a model load (the parts' readers, the weight tables' constructors) are compiled
    // optimised at once: they run millions of times within the load's first second, which they would otherwise spend as
    // tier-0 code counting loop patchpoints (session 14: en-accurate loaded in 0.69-0.99 s instead of 0.90-1.15 s,
    // before its parts loaded in parallel).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static LinearModel Read(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        int version = reader.ReadInt32();
        if (version != FormatVersion)
        {
            throw new InvalidDataException($"unsupported linear model format {version}");
        }
        int classCount = reader.ReadInt32();
        float scale = reader.ReadSingle();
        int count = reader.ReadInt32();
        if (classCount <= 0 || classCount > 255 || count < 0)
        {
            throw new InvalidDataException("corrupt linear model header");
        }
        var keys = new ulong[count];
        var starts = new int[count];
        var lengths = new byte[count];
        var entries = new List<int>(count * 3);
        ulong previous = 0;
        for (int i = 0; i < count; i++)
        {
            previous += Read7Bit(reader);
            keys[i] = previous;
            starts[i] = entries.Count;
            lengths[i] = reader.ReadByte();
            for (int e = 0; e < lengths[i]; e++)
            {
                int cls = reader.ReadByte();
                short weight = reader.ReadInt16();
                entries.Add((cls << 16) | (ushort)weight);
            }
        }
        return new LinearModel(classCount, scale, keys, starts, lengths, entries.ToArray());
    }

    private static void Write7Bit(BinaryWriter writer, ulong value)
    {
        while (value >= 0x80)
        {
            writer.Write((byte)(value | 0x80));
            value >>= 7;
        }
        writer.Write((byte)value);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ulong Read7Bit(BinaryReader reader)
    {
        ulong result = 0;
        int shift = 0;
        while (true)
        {
            byte b = reader.ReadByte();
            result |= (ulong)(b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                return result;
            }
            shift += 7;
            if (shift > 63)
            {
                throw new InvalidDataException("corrupt variable-length integer");
            }
        }
    }
}
