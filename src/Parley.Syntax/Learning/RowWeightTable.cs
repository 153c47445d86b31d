using System.Diagnostics;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Parley.Syntax.Learning;

/// <summary>
/// Buckets of one cache line holding seven features each (fingerprint and row reference, looked up as in
/// <see cref="InlineWeightTable"/>) for models with many classes. Rows of one weight live in the reference itself;
/// other short rows stay sparse (class, weight) entries; rows of <see cref="DenseThreshold"/> or more weights are stored
/// dense, one 16-bit weight per class, and added with vector instructions. The tagger's frequent features (a common
/// word, a suffix) carry weights for thirty or more of its 108 tags: adding them entry by entry was most of its time.
/// A dense row costs whole cache lines but no loop over scattered entries; from four weights on it pays (session 13,
/// in-process A/B on EWT test: 2% less time than from eight, for 13 MB more dense rows in the accurate model, 17 MB in
/// all, and 9 MB more in the default one; from sixteen or thirty-two, 2% more time than from eight).
/// </summary>
internal sealed unsafe class RowWeightTable : WeightTable
{
    private const int DenseThreshold = 4;
    private const uint DenseFlag = 0x8000_0000;
    private const int PerBucket = 7;
    private const uint SingleFlag = 0x4000_0000;
    private const int MaxEntries = 1 << 22;
    // The memory behind the buckets, sparse entries and dense rows: held so that it lives as long as the table.
    private readonly TableMemory _storage;
    private readonly TableMemory _entryStorage;
    private readonly TableMemory _denseStorage;
    private readonly Bucket* _buckets;
    private readonly int _bucketCount;
    private readonly int* _entries;
    private readonly short* _dense;
    private readonly int _classCount;
    private readonly int _width;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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
        _denseStorage = new TableMemory((long)denseRows * _width * sizeof(short));
        _dense = (short*)_denseStorage.Pointer;
        _entryStorage = new TableMemory((long)entries.Length * sizeof(int));
        _entries = (int*)_entryStorage.Pointer;
        entries.CopyTo(new Span<int>(_entries, entries.Length));
        Placement placement = Place(sortedKeys, PerBucket);
        _bucketCount = placement.BucketCount;
        _storage = AllocateLines(_bucketCount);
        _buckets = (Bucket*)_storage.Pointer;
        int dense = 0;
        for (int i = 0; i < sortedKeys.Length; i++)
        {
            uint row = ((uint)rowStarts[i] << 8) | rowLengths[i];
            if (rowLengths[i] == 1)
            {
                row = Single(entries[rowStarts[i]]);
            }
            else if (rowLengths[i] >= DenseThreshold)
            {
                for (int e = rowStarts[i]; e < rowStarts[i] + rowLengths[i]; e++)
                {
                    _dense[dense * _width + (entries[e] >> 16)] = (short)entries[e];
                }
                row = DenseFlag | (uint)dense++;
            }
            Bucket* bucket = _buckets + placement.BucketOfKey[i];
            bucket->Fingerprints[placement.EntryOfKey[i]] = Fingerprint(sortedKeys[i]);
            bucket->Rows[placement.EntryOfKey[i]] = row;
        }
        for (int b = 0; b < _bucketCount; b++)
        {
            _buckets[b].Fingerprints[PerBucket] = placement.PassMasks[b];
            _buckets[b].Rows[PerBucket] = Single(0);
        }
    }

    /// <summary>
    /// Seven entries of a fingerprint (0 when empty; fingerprints are odd) and a row reference: a dense row's index
    /// (<see cref="DenseFlag"/>), a single entry (<see cref="SingleFlag"/>, see <see cref="Single"/>) or a sparse row's
    /// packed start and length. The eighth fingerprint word holds the bucket's pass mask (see
    /// <see cref="WeightTable.Place"/>; even, so never a match), and the eighth row is a single entry of weight 0, which a miss reads.
    /// </summary>
    [StructLayout(LayoutKind.Sequential, Size = BucketBytes)]
    private struct Bucket
    {
        public fixed uint Fingerprints[PerBucket + 1];
        public fixed uint Rows[PerBucket + 1];
    }

    public override void Prefetch(ReadOnlySpan<ulong> features) => PrefetchHomes(_buckets, _bucketCount, features);

    public override void AddScores(ReadOnlySpan<ulong> features, Span<float> scores, float scale)
    {
        Debug.Assert(features.Length <= 256, "too many features for the probe buffer");
        // Three stages so that cache misses overlap instead of queueing: prefetch every home bucket, then find each
        // row and sort it by kind, then prefetch the weights of the rows that have them and add everything.
        int n = features.Length;
        Span<uint> rows = stackalloc uint[3 * n];
        Prefetch(features);
        (int singles, int denses, int sparses) = FindRows(features, rows);
        ReadOnlySpan<uint> single = rows[..singles], dense = rows.Slice(n, denses), sparse = rows.Slice(2 * n, sparses);
        foreach (uint row in dense)
        {
            byte* start = (byte*)DenseRow(row);
            for (int offset = 0; offset < _width * sizeof(short); offset += 64)
            {
                Prefetch(start + offset);
            }
        }
        foreach (uint row in sparse)
        {
            Prefetch(_entries + (row >> 8));
        }
        // Integer sums, scaled once: exact whatever the order of the features (so partial sums can be cached and
        // combined), and free of the float convert-multiply-add chain on every entry.
        int* sums = stackalloc int[_width];
        new Span<int>(sums, _width).Clear();
        foreach (uint row in single)
        {
            sums[(row >> 16) & 0xFF] += (short)row;
        }
        foreach (uint row in dense)
        {
            AddDense(DenseRow(row), sums);
        }
        foreach (uint row in sparse)
        {
            int end = (int)(row >> 8) + (int)(row & 0xFF);
            for (int e = (int)(row >> 8); e < end; e++)
            {
                int entry = _entries[e];
                sums[entry >> 16] += (short)entry;
            }
        }
        AddScaled(new ReadOnlySpan<int>(sums, _classCount), scores, scale);
        // The tables are native memory freed with the table: it must outlive the lookups.
        GC.KeepAlive(this);
    }

    /// <summary>
    /// Finds the row of each feature and files it by kind, without a branch on the kind: single entries (and misses) from
    /// 0, dense rows from n, sparse rows from 2n of <paramref name="rows"/>. Adding each kind in a loop of its own saves
    /// the mispredicted three-way branch per feature that a mixed loop took (session 14, in-process on EWT test: the
    /// accurate model 3–5% faster, the default one 3.5%).
    /// </summary>
    private (int Singles, int Denses, int Sparses) FindRows(ReadOnlySpan<ulong> features, Span<uint> rows)
    {
        int n = features.Length, singles = 0, denses = 0, sparses = 0;
        for (int i = 0; i < n; i++)
        {
            uint row = FindRow(features[i]);
            int isSingle = (int)((row & SingleFlag) >> 30), isDense = (int)(row >> 31);
            rows[singles] = row;
            singles += isSingle;
            rows[n + denses] = row;
            denses += isDense;
            rows[2 * n + sparses] = row;
            sparses += 1 ^ (isSingle | isDense);
        }
        return (singles, denses, sparses);
    }

    private short* DenseRow(uint row) => _dense + (row & ~DenseFlag) * (uint)_width;

    // A row of one entry (class and weight) kept in the reference itself: most features of the label and relabel models
    // carry a weight for one class only, and reading it from the bucket saves a second cache line and the entry loop.
    private static uint Single(int entry) => SingleFlag | ((uint)(entry >> 16) << 16) | (ushort)entry;

    // Widens sixteen 16-bit weights at a time into the 32-bit sums.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void AddDense(short* weights, int* sums)
    {
        for (int c = 0; c < _width; c += 16)
        {
            (Vector256<int> lower, Vector256<int> upper) = Vector256.Widen(Vector256.Load(weights + c));
            Vector256.Store(Vector256.Load(sums + c) + lower, sums + c);
            Vector256.Store(Vector256.Load(sums + c + 8) + upper, sums + c + 8);
        }
    }

    // The row reference of the feature; a single entry of weight 0 when the feature is unknown. Branch-free unless a key
    // with the feature's pass bit overflowed past its home bucket (see InlineWeightTable.Find).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private uint FindRow(ulong feature)
    {
        Vector256<uint> fingerprint = Vector256.Create(Fingerprint(feature));
        uint passBit = PassBit(feature);
        Bucket* bucket = _buckets + Home(feature, _bucketCount);
        while (true)
        {
            uint match = Vector256.Equals(Vector256.Load(bucket->Fingerprints), fingerprint).ExtractMostSignificantBits();
            if ((match | (~bucket->Fingerprints[PerBucket] & passBit)) != 0)
            {
                return bucket->Rows[BitOperations.TrailingZeroCount(match | (1u << PerBucket))];
            }
            bucket = bucket + 1 == _buckets + _bucketCount ? _buckets : bucket + 1;
        }
    }
}
