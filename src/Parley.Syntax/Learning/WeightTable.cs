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

    /// <summary>
    /// The layout for a model's shape: models of up to four classes (the parser's transitions) keep their weights
    /// in the bucket itself; wider ones (tags, relations) keep rows beside the buckets.
    /// </summary>
    public static WeightTable Compile(int classCount, ulong[] sortedKeys, int[] rowStarts, byte[] rowLengths, int[] entries) =>
        classCount <= InlineWeightTable.MaxClasses
            ? new InlineWeightTable(classCount, sortedKeys, rowStarts, rowLengths, entries)
            : new RowWeightTable(classCount, sortedKeys, rowStarts, rowLengths, entries);

    /// <summary>Load of a bucket table: keys per bucket at most this share of a bucket's entries on average.</summary>
    private const double BucketLoad = 0.64;

    /// <summary>Size of a bucket: one cache line.</summary>
    protected const int BucketBytes = 64;

    /// <summary>A bucket count that keeps <paramref name="keys"/> keys at <see cref="BucketLoad"/> of <paramref name="perBucket"/> entries each.</summary>
    private static int BucketCount(int keys, int perBucket) => Math.Max(1, (int)Math.Ceiling(keys / (perBucket * BucketLoad)));

    /// <summary>The home bucket of a key: its lower 32 bits scaled to the bucket count (the upper 32 are the fingerprint).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    protected static int Home(ulong key, int bucketCount) => (int)(((key & 0xFFFF_FFFF) * (ulong)bucketCount) >> 32);

    /// <summary>
    /// Places each key in its home bucket or, when that is full, in the next bucket with room (wrapping), and marks
    /// every bucket passed on the way: a lookup that misses in a marked bucket must go on to the next one. With the
    /// buckets at <see cref="BucketLoad"/> most lookups end in their home bucket, without a branch that depends on the
    /// data.
    /// </summary>
    protected static Placement Place(ulong[] keys, int perBucket)
    {
        int bucketCount = BucketCount(keys.Length, perBucket);
        var bucketOfKey = new int[keys.Length];
        var entryOfKey = new byte[keys.Length];
        var passed = new bool[bucketCount];
        var used = new byte[bucketCount];
        for (int i = 0; i < keys.Length; i++)
        {
            int bucket = Home(keys[i], bucketCount);
            while (used[bucket] == perBucket)
            {
                passed[bucket] = true;
                bucket = bucket + 1 == bucketCount ? 0 : bucket + 1;
            }
            bucketOfKey[i] = bucket;
            entryOfKey[i] = used[bucket]++;
        }
        return new Placement(bucketCount, bucketOfKey, entryOfKey, passed);
    }

    /// <summary>Where <see cref="Place"/> put each key (bucket and entry), and which buckets keys overflowed past.</summary>
    protected readonly record struct Placement(int BucketCount, int[] BucketOfKey, byte[] EntryOfKey, bool[] Passed);

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
