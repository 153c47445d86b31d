using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace Parley.Syntax.Learning;

/// <summary>
/// A compiled, immutable multi-class linear model over hashed sparse features. Each surviving
/// feature owns a short run of (class, weight) entries; weights are quantised to 16 bits with one
/// scale for the whole table, which keeps model files small and lookups cache-friendly.
/// Lookups use open addressing on the (already well mixed) 64-bit feature hashes.
/// </summary>
public sealed class LinearModel : ILinearScorer
{
    private const int FormatVersion = 1;
    private readonly Slot[] _slots;
    private readonly int[] _entries;
    private readonly int _mask;

    internal LinearModel(int classCount, float scale, ulong[] sortedKeys, int[] rowStarts, byte[] rowLengths, int[] entries)
    {
        ClassCount = classCount;
        Scale = scale;
        FeatureCount = sortedKeys.Length;
        _entries = entries;
        int size = 4;
        while (size < sortedKeys.Length * 2)
        {
            size <<= 1;
        }
        _mask = size - 1;
        // Pinned so that the scoring loop can prefetch slots by address.
        _slots = GC.AllocateArray<Slot>(size, pinned: true);
        for (int i = 0; i < sortedKeys.Length; i++)
        {
            ulong key = sortedKeys[i];
            Debug.Assert(key != 0, "feature hash 0 is reserved for empty slots");
            int slot = (int)(key & (ulong)_mask);
            while (_slots[slot].Key != 0)
            {
                slot = (slot + 1) & _mask;
            }
            _slots[slot] = new Slot { Key = key, Start = rowStarts[i], Length = rowLengths[i] };
        }
    }

    /// <summary>One open-addressing slot: the feature hash and where its entries are (16 bytes, one cache line holds four).</summary>
    private struct Slot
    {
        public ulong Key;
        public int Start;
        public int Length;
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
    public unsafe void AddScores(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        Debug.Assert(scores.Length >= ClassCount, "score buffer too small");
        Debug.Assert(features.Length <= 256, "too many features for the probe buffer");
        // Two passes: first prefetch every home slot so the cache misses overlap, then probe.
        Span<int> home = stackalloc int[features.Length];
        Slot* slots = (Slot*)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(_slots));
        for (int i = 0; i < features.Length; i++)
        {
            ulong key = features[i] == 0 ? 1 : features[i];
            home[i] = (int)(key & (ulong)_mask);
            if (Sse.IsSupported)
            {
                Sse.Prefetch0(slots + home[i]);
            }
        }
        float scale = Scale;
        int[] entries = _entries;
        for (int i = 0; i < features.Length; i++)
        {
            ulong key = features[i] == 0 ? 1 : features[i];
            int slot = home[i];
            while (true)
            {
                ulong k = slots[slot].Key;
                if (k == key)
                {
                    int start = slots[slot].Start;
                    int end = start + slots[slot].Length;
                    for (int e = start; e < end; e++)
                    {
                        int entry = entries[e];
                        scores[entry >> 16] += (short)(entry & 0xFFFF) * scale;
                    }
                    break;
                }
                if (k == 0)
                {
                    break;
                }
                slot = (slot + 1) & _mask;
            }
        }
    }

    /// <summary>Writes the model in Parley's binary format.</summary>
    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(FormatVersion);
        writer.Write(ClassCount);
        writer.Write(Scale);
        var keys = new List<(ulong Key, int Start, byte Length)>(FeatureCount);
        foreach (Slot slot in _slots)
        {
            if (slot.Key != 0)
            {
                keys.Add((slot.Key, slot.Start, (byte)slot.Length));
            }
        }
        keys.Sort((a, b) => a.Key.CompareTo(b.Key));
        writer.Write(keys.Count);
        ulong previous = 0;
        foreach (var (key, start, length) in keys)
        {
            // Sorted keys are delta-encoded as variable-length integers; entries follow each key.
            Write7Bit(writer, key - previous);
            previous = key;
            writer.Write(length);
            for (int e = start; e < start + length; e++)
            {
                int entry = _entries[e];
                writer.Write((byte)(entry >> 16));
                writer.Write((short)(entry & 0xFFFF));
            }
        }
    }

    /// <summary>Reads a model written by <see cref="Write"/>.</summary>
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
