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
    /// in the hash slot itself; wider ones (tags, relations) keep rows beside the slots.
    /// </summary>
    public static WeightTable Compile(int classCount, ulong[] sortedKeys, int[] rowStarts, byte[] rowLengths, int[] entries) =>
        classCount <= InlineWeightTable.MaxClasses
            ? new InlineWeightTable(classCount, sortedKeys, rowStarts, rowLengths, entries)
            : new RowWeightTable(classCount, sortedKeys, rowStarts, rowLengths, entries);

    /// <summary>A power-of-two slot count that keeps the table at most three-quarters full (short probe runs for misses).</summary>
    protected static int SlotCount(int keys)
    {
        int size = 4;
        while (size < keys + keys / 3)
        {
            size <<= 1;
        }
        return size;
    }

    /// <summary>The upper 32 bits of a feature hash, with the low bit set so that an occupied slot is never 0 (the lower bits chose the slot).</summary>
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
