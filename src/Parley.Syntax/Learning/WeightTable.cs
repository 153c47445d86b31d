using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Parley.Syntax.Learning;

/// <summary>
/// The lookup structure a <see cref="LinearModel"/> compiles its weights into when it is loaded. Scoring a parser
/// state is a few dozen hash probes into tables of megabytes, so the layout decides the speed: the layouts differ
/// in how many cache lines a feature touches, and every layout gives the same integer sums, bit for bit.
/// </summary>
internal abstract class WeightTable
{
    /// <summary>Adds the scaled weights of <paramref name="features"/> to <paramref name="scores"/>.</summary>
    public abstract void AddScores(ReadOnlySpan<ulong> features, Span<float> scores, float scale);

    /// <summary>Prefetches the home bucket of every feature, so that the cache misses of a lookup overlap instead of queueing.</summary>
    public abstract void Prefetch(ReadOnlySpan<ulong> features);

    /// <summary>
    /// The layout for a model's shape: models of up to four classes (the parser's transitions) keep their weights
    /// in the bucket itself; wider ones (tags, relations) keep rows beside the buckets.
    /// </summary>
    public static WeightTable Compile(int classCount, ulong[] sortedKeys, int[] rowStarts, byte[] rowLengths, int[] entries) =>
        classCount <= InlineWeightTable.MaxClasses
            ? new InlineWeightTable(classCount, sortedKeys, rowStarts, rowLengths, entries)
            : new RowWeightTable(classCount, sortedKeys, rowStarts, rowLengths, entries);

    /// <summary>
    /// Load of a bucket table: keys per bucket at most this share of a bucket's entries on average. A key that finds
    /// its home bucket full is stored in a later one, and a lookup of it costs a second cache line that was not
    /// prefetched; at 0.4 that is 3% of the keys of four-entry buckets instead of 8% at 0.64 (session 14, in-process on
    /// EWT test: the accurate model 6% faster at 0.5 than at 0.64, 1.8% more at 0.4, 1.3% more at 0.3; the resident
    /// memory of a parse grows by 11 MB from 0.64 to 0.4).
    /// </summary>
    private const double BucketLoad = 0.4;

    /// <summary>Size of a bucket: one cache line.</summary>
    protected const int BucketBytes = 64;

    /// <summary>A bucket count that keeps <paramref name="keys"/> keys at <see cref="BucketLoad"/> of <paramref name="perBucket"/> entries each.</summary>
    private static int BucketCount(int keys, int perBucket) => Math.Max(1, (int)Math.Ceiling(keys / (perBucket * BucketLoad)));

    /// <summary>The home bucket of a key: its lower 32 bits scaled to the bucket count (the upper 32 are the fingerprint).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    protected static int Home(ulong key, int bucketCount) => (int)(((key & 0xFFFF_FFFF) * (ulong)bucketCount) >> 32);

    /// <summary>
    /// Places each key in its home bucket or, when that is full, in the next bucket with room (wrapping), and sets the
    /// key's <see cref="PassBit"/> in the pass mask of every bucket passed on the way: a lookup that misses in a bucket
    /// whose mask has its bit must go on to the next one. A feature the model lacks (a rare pair of words: 12% of the
    /// accurate parser's transition lookups, a third of its label lookups) used to go on from every home that any key had
    /// overflowed past (a single "passed" mark), to a second cache line that had not been prefetched: that probe was a
    /// third of the transition table's time. With one of 31 bits per key, a miss goes on only when a key with its bit
    /// passed its home (by simulation, 0.4% of misses at 0.4 load instead of 34% at 0.64). Session 14, in-process on
    /// EWT test: the accurate model 7% faster, the default one 4.5% (and 15% and 16% with the lower load).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    protected static Placement Place(ulong[] keys, int perBucket)
    {
        int bucketCount = BucketCount(keys.Length, perBucket);
        var bucketOfKey = new int[keys.Length];
        var entryOfKey = new byte[keys.Length];
        var passMasks = new uint[bucketCount];
        var used = new byte[bucketCount];
        for (int i = 0; i < keys.Length; i++)
        {
            int bucket = Home(keys[i], bucketCount);
            while (used[bucket] == perBucket)
            {
                passMasks[bucket] |= PassBit(keys[i]);
                bucket = bucket + 1 == bucketCount ? 0 : bucket + 1;
            }
            bucketOfKey[i] = bucket;
            entryOfKey[i] = used[bucket]++;
        }
        return new Placement(bucketCount, bucketOfKey, entryOfKey, passMasks);
    }

    /// <summary>Where <see cref="Place"/> put each key (bucket and entry), and the pass mask of each bucket (0 when no key passed it).</summary>
    protected readonly record struct Placement(int BucketCount, int[] BucketOfKey, byte[] EntryOfKey, uint[] PassMasks);

    /// <summary>
    /// One of the bits 1 to 31, from the key's top five bits (the fingerprint's, independent of the home bucket's). Bit 0
    /// stays clear so that a pass mask is even and never equals a fingerprint (odd), whose slot it may share.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    protected static uint PassBit(ulong key) => 1u << (1 + (int)(((uint)(key >> 59) * 31) >> 5));

    /// <summary>Prefetches the home bucket of each of <paramref name="features"/> in the <paramref name="bucketCount"/> buckets at <paramref name="buckets"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    protected static unsafe void PrefetchHomes(void* buckets, int bucketCount, ReadOnlySpan<ulong> features)
    {
        for (int i = 0; i < features.Length; i++)
        {
            Prefetch((byte*)buckets + (nint)Home(features[i], bucketCount) * BucketBytes);
        }
    }

    /// <summary>Zeroed, line-aligned memory for <paramref name="lines"/> cache lines (see <see cref="TableMemory"/>).</summary>
    protected static TableMemory AllocateLines(int lines) => new((long)lines * BucketBytes);

    /// <summary>The upper 32 bits of a feature hash, with the low bit set so that an occupied entry is never 0 (the lower bits choose the bucket).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    protected static uint Fingerprint(ulong key) => (uint)(key >> 32) | 1;

    /// <summary>
    /// Adds <paramref name="sums"/> times <paramref name="scale"/> to <paramref name="scores"/>. Kept out of line: inlined into
    /// the scoring loops, the JIT spilled the scale and reloaded it on every class, a store-to-load chain that cost
    /// more than the probes of a short feature list.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    protected static void AddScaled(ReadOnlySpan<int> sums, Span<float> scores, float scale)
    {
        int c = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            var factor = Vector256.Create(scale);
            for (; c + Vector256<float>.Count <= sums.Length; c += Vector256<float>.Count)
            {
                Vector256<float> scaled = Vector256.ConvertToSingle(Vector256.Create(sums.Slice(c, Vector256<int>.Count))) * factor;
                (Vector256.Create((ReadOnlySpan<float>)scores.Slice(c, Vector256<float>.Count)) + scaled).CopyTo(scores.Slice(c, Vector256<float>.Count));
            }
        }
        for (; c < sums.Length; c++)
        {
            scores[c] += sums[c] * scale;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    protected static unsafe void Prefetch(void* address)
    {
        if (Sse.IsSupported)
        {
            Sse.Prefetch0(address);
        }
    }
}
