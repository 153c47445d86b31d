namespace Parley.Text;

/// <summary>
/// Stable 64-bit FNV-1a hashes of strings and feature tuples. Unlike <see cref="string.GetHashCode()"/>
/// these values never change between processes, so they can be stored inside model files.
/// </summary>
public static class StableHash
{
    /// <summary>FNV-1a 64-bit offset basis: the hash of the empty string.</summary>
    public const ulong Seed = 14695981039346656037UL;

    private const ulong Prime = 1099511628211UL;

    /// <summary>Hashes the UTF-16 code units of <paramref name="text"/>.</summary>
    public static ulong Of(ReadOnlySpan<char> text)
    {
        ulong hash = Seed;
        foreach (char c in text)
        {
            hash = (hash ^ (byte)c) * Prime;
            hash = (hash ^ (byte)(c >> 8)) * Prime;
        }
        return hash;
    }

    /// <summary>Hashes <paramref name="text"/> as if it were lower case (invariant, per code unit).</summary>
    public static ulong OfLower(ReadOnlySpan<char> text)
    {
        ulong hash = Seed;
        foreach (char c in text)
        {
            hash = AppendLower(hash, c);
        }
        return hash;
    }

    /// <summary>
    /// Extends <paramref name="hash"/> (a value of <see cref="OfLower"/>) by one character, lower-cased; hashing a
    /// word's prefixes one character at a time gives every prefix's <see cref="OfLower"/> value in one pass.
    /// </summary>
    public static ulong AppendLower(ulong hash, char c)
    {
        char l = char.ToLowerInvariant(c);
        hash = (hash ^ (byte)l) * Prime;
        return (hash ^ (byte)(l >> 8)) * Prime;
    }

    /// <summary>Mixes two hashes into one (order matters); used to build feature conjunctions.</summary>
    public static ulong Combine(ulong a, ulong b)
    {
        ulong h = a ^ (b + 0x9E3779B97F4A7C15UL + (a << 6) + (a >> 2));
        return Mix(h);
    }

    /// <summary>Combines three hashes.</summary>
    public static ulong Combine(ulong a, ulong b, ulong c) => Combine(Combine(a, b), c);

    /// <summary>Combines four hashes.</summary>
    public static ulong Combine(ulong a, ulong b, ulong c, ulong d) => Combine(Combine(Combine(a, b), c), d);

    /// <summary>A finaliser (from SplitMix64) that spreads bits so that table indices are uniform.</summary>
    public static ulong Mix(ulong x)
    {
        x ^= x >> 30;
        x *= 0xBF58476D1CE4E5B9UL;
        x ^= x >> 27;
        x *= 0x94D049BB133111EBUL;
        x ^= x >> 31;
        return x;
    }
}
