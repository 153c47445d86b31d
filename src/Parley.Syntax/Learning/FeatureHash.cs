using System.Runtime.CompilerServices;

namespace Parley.Syntax.Learning;

/// <summary>
/// Cheap, stable combination of a feature template id with up to three value hashes. The result is
/// well mixed so that <see cref="LinearModel"/> can index its table with the low bits directly.
/// </summary>
internal static class FeatureHash
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Of(int template, ulong a)
        => Mix(((ulong)template * 0x9E3779B97F4A7C15UL) ^ a);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Of(int template, ulong a, ulong b)
        => Mix(((ulong)template * 0x9E3779B97F4A7C15UL) ^ a ^ RotateMul(b, 0xC2B2AE3D27D4EB4FUL));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Of(int template, ulong a, ulong b, ulong c)
        => Mix(((ulong)template * 0x9E3779B97F4A7C15UL) ^ a ^ RotateMul(b, 0xC2B2AE3D27D4EB4FUL) ^ RotateMul(c, 0x165667B19E3779F9UL) * 3);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong RotateMul(ulong x, ulong k) => ((x << 23) | (x >> 41)) * k;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Mix(ulong x)
    {
        x ^= x >> 33;
        x *= 0xFF51AFD7ED558CCDUL;
        x ^= x >> 33;
        return x;
    }
}
