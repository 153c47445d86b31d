using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Parley.Syntax.Learning;

/// <summary>
/// Open addressing with 8-byte slots (fingerprint and row reference) for models with many classes. Short rows stay
/// sparse (class, weight) entries; rows of <see cref="DenseThreshold"/> or more weights are stored dense, one 16-bit
/// weight per class, and added with vector instructions. The tagger's frequent features (a common word, a suffix)
/// carry weights for thirty or more of its 108 tags: adding them entry by entry was most of its time, and the
/// dense copies of its 10,000 long rows take 2 MB.
/// </summary>
internal sealed class RowWeightTable : WeightTable
{
    private const int DenseThreshold = 8;
    private const uint DenseFlag = 0x8000_0000;
    private const int MaxEntries = 1 << 23;
    private readonly Slot[] _slots;
    private readonly int[] _entries;
    private readonly short[] _dense;
    private readonly int _mask;
    private readonly int _classCount;
    private readonly int _width;

    public RowWeightTable(int classCount, ulong[] sortedKeys, int[] rowStarts, byte[] rowLengths, int[] entries)
    {
        if (entries.Length >= MaxEntries)
        {
            throw new InvalidDataException($"a linear model holds at most {MaxEntries} weights");
        }
        _classCount = classCount;
        // Dense rows are padded to whole 256-bit vectors of 16-bit weights.
        _width = (classCount + 15) & ~15;
        int denseRows = 0;
        foreach (byte length in rowLengths)
        {
            denseRows += length >= DenseThreshold ? 1 : 0;
        }
        _dense = GC.AllocateArray<short>(denseRows * _width, pinned: true);
        _entries = GC.AllocateArray<int>(entries.Length, pinned: true);
        entries.CopyTo(_entries, 0);
        int size = SlotCount(sortedKeys.Length);
        _mask = size - 1;
        _slots = GC.AllocateArray<Slot>(size, pinned: true);
        int dense = 0;
        for (int i = 0; i < sortedKeys.Length; i++)
        {
            uint row = ((uint)rowStarts[i] << 8) | rowLengths[i];
            if (rowLengths[i] >= DenseThreshold)
            {
                for (int e = rowStarts[i]; e < rowStarts[i] + rowLengths[i]; e++)
                {
                    _dense[dense * _width + (entries[e] >> 16)] = (short)entries[e];
                }
                row = DenseFlag | (uint)dense++;
            }
            int slot = (int)(sortedKeys[i] & (ulong)_mask);
            while (_slots[slot].Fingerprint != 0)
            {
                slot = (slot + 1) & _mask;
            }
            _slots[slot] = new Slot { Fingerprint = Fingerprint(sortedKeys[i]), Row = row };
        }
    }

    /// <summary>
    /// One slot of 8 bytes: the fingerprint and either a dense row's index (top bit set) or a sparse row's packed
    /// start and length. Small slots keep a table of half a million features within a few megabytes.
    /// </summary>
    private struct Slot
    {
        public uint Fingerprint;
        public uint Row;
    }

    public override unsafe void AddScores(ReadOnlySpan<ulong> features, Span<float> scores, float scale)
    {
        Debug.Assert(features.Length <= 256, "too many features for the probe buffer");
        // Three stages so that cache misses overlap instead of queueing: prefetch every home slot,
        // then find each row and prefetch its weights, then add them.
        Span<uint> rows = stackalloc uint[features.Length];
        Slot* slots = (Slot*)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(_slots));
        int* entries = (int*)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(_entries));
        short* dense = (short*)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(_dense));
        for (int i = 0; i < features.Length; i++)
        {
            Prefetch(slots + (int)(features[i] & (ulong)_mask));
        }
        for (int i = 0; i < features.Length; i++)
        {
            uint row = FindRow(slots, features[i]);
            rows[i] = row;
            if ((row & DenseFlag) != 0)
            {
                byte* start = (byte*)(dense + (row & ~DenseFlag) * (uint)_width);
                for (int offset = 0; offset < _width * sizeof(short); offset += 64)
                {
                    Prefetch(start + offset);
                }
            }
            else
            {
                Prefetch(entries + (row >> 8));
            }
        }
        // Integer sums, scaled once: exact whatever the order of the features (so partial sums can be cached and
        // combined), and free of the float convert-multiply-add chain on every entry.
        int* sums = stackalloc int[_width];
        new Span<int>(sums, _width).Clear();
        for (int i = 0; i < features.Length; i++)
        {
            uint row = rows[i];
            if ((row & DenseFlag) != 0)
            {
                AddDense(dense + (row & ~DenseFlag) * (uint)_width, sums);
                continue;
            }
            int end = (int)(row >> 8) + (int)(row & 0xFF);
            for (int e = (int)(row >> 8); e < end; e++)
            {
                int entry = entries[e];
                sums[entry >> 16] += (short)entry;
            }
        }
        AddScaled(new ReadOnlySpan<int>(sums, _classCount), scores, scale);
    }

    // Widens sixteen 16-bit weights at a time into the 32-bit sums.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private unsafe void AddDense(short* weights, int* sums)
    {
        for (int c = 0; c < _width; c += 16)
        {
            (Vector256<int> lower, Vector256<int> upper) = Vector256.Widen(Vector256.Load(weights + c));
            Vector256.Store(Vector256.Load(sums + c) + lower, sums + c);
            Vector256.Store(Vector256.Load(sums + c + 8) + upper, sums + c + 8);
        }
    }

    // The row reference of the feature; 0 (an empty sparse row) when the feature is unknown.
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
}
