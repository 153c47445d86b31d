namespace Parley.Tools.SyntheticStore;

/// <summary>
/// A small deterministic random generator (SplitMix64). Each story gets its own generator seeded from the run's seed
/// and the story number, so a story's content depends only on (seed, number): the output is the same whatever the
/// batch size or thread timing, and <see cref="System.Random"/>'s unspecified algorithm never enters the data.
/// </summary>
internal struct SplitMix64
{
    private ulong _state;

    /// <summary>A generator for stream <paramref name="stream"/> of seed <paramref name="seed"/>.</summary>
    public SplitMix64(long seed, long stream)
    {
        _state = Mix(unchecked((ulong)seed * 0x9E3779B97F4A7C15UL) ^ Mix(unchecked((ulong)stream + 0x632BE59BD9B4E019UL)));
    }

    /// <summary>The next 64 random bits.</summary>
    public ulong Next()
    {
        _state = unchecked(_state + 0x9E3779B97F4A7C15UL);
        return Mix(_state);
    }

    /// <summary>A uniform double in [0, 1), from the top 53 bits.</summary>
    public double NextDouble() => (Next() >> 11) * (1.0 / (1UL << 53));

    /// <summary>A uniform integer in [0, <paramref name="count"/>).</summary>
    public int NextInt(int count) => (int)(NextDouble() * count);

    /// <summary>True with probability <paramref name="probability"/>.</summary>
    public bool Chance(double probability) => NextDouble() < probability;

    /// <summary>The SplitMix64 finaliser: a bijective 64-bit mix, also used as a stateless hash of the story number.</summary>
    public static ulong Mix(ulong z)
    {
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return z ^ (z >> 31);
    }
}
