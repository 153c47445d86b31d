using Parley.Text;

namespace Parley.Syntax.Learning;

/// <summary>Hashes of word-internal properties used by the tagger: shape, affixes and flags.</summary>
internal static class WordShape
{
    /// <summary>
    /// Hash of the word's shape: upper case → X, lower → x, digit → d, other characters kept, runs
    /// longer than three collapsed ("Aleppo" → Xxxx, "1,000.5" → d,ddd.d).
    /// </summary>
    public static ulong Shape(ReadOnlySpan<char> word)
    {
        ulong hash = StableHash.Seed;
        char previous = '\0';
        int run = 0;
        foreach (char ch in word)
        {
            char s = char.IsUpper(ch) ? 'X' : char.IsLower(ch) ? 'x' : char.IsDigit(ch) ? 'd' : ch;
            run = s == previous ? run + 1 : 0;
            previous = s;
            if (run < 3)
            {
                hash = (hash ^ s) * 1099511628211UL;
            }
        }
        return hash;
    }

    /// <summary>Hash of the last <paramref name="length"/> characters, lower case (the whole word when shorter).</summary>
    public static ulong Suffix(ReadOnlySpan<char> word, int length)
        => StableHash.OfLower(word.Length <= length ? word : word[^length..]) + (ulong)length;

    /// <summary>Hash of the first <paramref name="length"/> characters, lower case.</summary>
    public static ulong Prefix(ReadOnlySpan<char> word, int length)
        => StableHash.OfLower(word.Length <= length ? word : word[..length]) + 17UL * (ulong)length;

    /// <summary>Small bit set: capitalised, all caps, has digit, has hyphen, has period.</summary>
    public static ulong Flags(ReadOnlySpan<char> word)
    {
        ulong flags = 0;
        if (word.Length > 0 && char.IsUpper(word[0]))
        {
            flags |= 1;
        }
        bool allUpper = word.Length > 0;
        foreach (char c in word)
        {
            if (char.IsDigit(c))
            {
                flags |= 4;
            }
            else if (c == '-')
            {
                flags |= 8;
            }
            else if (c == '.')
            {
                flags |= 16;
            }
            if (!char.IsUpper(c))
            {
                allUpper = false;
            }
        }
        if (allUpper)
        {
            flags |= 2;
        }
        return flags;
    }
}
