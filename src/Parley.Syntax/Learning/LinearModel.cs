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
    private const int MaxEntries = 1 << 24;
    private readonly Slot[] _slots;
    private readonly int[] _entries;
    private readonly int _mask;
    private readonly ulong[] _keys;
    private readonly int[] _rowStarts;
    private readonly byte[] _rowLengths;

    internal LinearModel(int classCount, float scale, ulong[] sortedKeys, int[] rowStarts, byte[] rowLengths, int[] entries)
    {
        if (entries.Length >= MaxEntries)
        {
            throw new InvalidDataException($"a linear model holds at most {MaxEntries} weights");
        }
        ClassCount = classCount;
        Scale = scale;
        FeatureCount = sortedKeys.Length;
        _entries = entries;
        _keys = sortedKeys;
        _rowStarts = rowStarts;
        _rowLengths = rowLengths;
        int size = 4;
        while (size < sortedKeys.Length + sortedKeys.Length / 3)
        {
            size <<= 1;
        }
        _mask = size - 1;
        // Pinned so that the scoring loop can prefetch slots by address.
        _slots = GC.AllocateArray<Slot>(size, pinned: true);
        for (int i = 0; i < sortedKeys.Length; i++)
        {
            ulong key = sortedKeys[i];
            int slot = (int)(key & (ulong)_mask);
            while (_slots[slot].Fingerprint != 0)
            {
                slot = (slot + 1) & _mask;
            }
            _slots[slot] = new Slot { Fingerprint = Fingerprint(key), Row = ((uint)rowStarts[i] << 8) | rowLengths[i] };
        }
    }

    /// <summary>
    /// One open-addressing slot of 8 bytes: the upper half of the feature hash (the lower half chose
    /// the slot) and the packed start and length of the feature's entries. Small slots keep a table
    /// of half a million features within a few megabytes, which is what makes parsing fast (inline
    /// entries in 16-byte slots were measured slower: the larger table misses the cache more).
    /// </summary>
    private struct Slot
    {
        public uint Fingerprint;
        public uint Row;
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
        // Three stages so that cache misses overlap instead of queueing: prefetch every home slot,
        // then find each row and prefetch its entries, then add the weights.
        Span<uint> rows = stackalloc uint[features.Length];
        Slot* slots = (Slot*)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(_slots));
        int* entries = (int*)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(_entries));
        for (int i = 0; i < features.Length; i++)
        {
            Prefetch(slots + (int)(features[i] & (ulong)_mask));
        }
        for (int i = 0; i < features.Length; i++)
        {
            rows[i] = FindRow(slots, features[i]);
            Prefetch(entries + (rows[i] >> 8));
        }
        // Integer sums, scaled once: exact whatever the order of the features (so partial sums can be cached and
        // combined), and free of the float convert-multiply-add chain on every entry.
        Span<int> sums = stackalloc int[ClassCount];
        sums.Clear();
        for (int i = 0; i < features.Length; i++)
        {
            int start = (int)(rows[i] >> 8);
            int end = start + (int)(rows[i] & 0xFF);
            for (int e = start; e < end; e++)
            {
                int entry = entries[e];
                sums[entry >> 16] += (short)entry;
            }
        }
        float scale = Scale;
        for (int c = 0; c < sums.Length; c++)
        {
            scores[c] += sums[c] * scale;
        }
    }

    // The packed (start, length) of the feature's entries; length 0 when the feature is unknown.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private unsafe uint FindRow(Slot* slots, ulong feature)
    {
        uint fingerprint = Fingerprint(feature);
        int slot = (int)(feature & (ulong)_mask);
        while (true)
        {
            uint f = slots[slot].Fingerprint;
            if (f == fingerprint)
            {
                return slots[slot].Row;
            }
            if (f == 0)
            {
                return 0;
            }
            slot = (slot + 1) & _mask;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe void Prefetch(void* address)
    {
        if (Sse.IsSupported)
        {
            Sse.Prefetch0(address);
        }
    }

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

    // The upper 32 bits, with the low bit set so that an occupied slot is never 0.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Fingerprint(ulong key) => (uint)(key >> 32) | 1;

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
