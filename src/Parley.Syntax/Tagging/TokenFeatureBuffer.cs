using Parley.Syntax.Clustering;
using Parley.Syntax.Learning;
using Parley.Text;

namespace Parley.Syntax.Tagging;

/// <summary>
/// Per-token hashes of one sentence (word, affixes, shape, flags), computed once per sentence and
/// reused by every feature template. The arrays grow to the longest sentence seen and are reused.
/// </summary>
internal sealed class TokenFeatureBuffer
{
    public ulong[] Word = new ulong[64];
    public ulong[] Suffix1 = new ulong[64];
    public ulong[] Suffix2 = new ulong[64];
    public ulong[] Suffix3 = new ulong[64];
    public ulong[] Suffix4 = new ulong[64];
    public ulong[] Prefix1 = new ulong[64];
    public ulong[] Shape = new ulong[64];
    public ulong[] Flags = new ulong[64];
    public ulong[] Ambiguity = new ulong[64];
    public ulong[] Cased = new ulong[64];
    public ulong[] Cluster = new ulong[64];

    public int Count { get; private set; }

    public void Load(Document document, int firstToken, int count, IReadOnlyDictionary<ulong, ulong> ambiguity, WordClusters clusters)
    {
        EnsureCapacity(count);
        ReadOnlySpan<ulong> lower = document.LowerHashes;
        for (int i = 0; i < count; i++)
        {
            ReadOnlySpan<char> text = document.TokenText(firstToken + i);
            Word[i] = lower[firstToken + i];
            Suffix1[i] = WordShape.Suffix(text, 1);
            Suffix2[i] = WordShape.Suffix(text, 2);
            Suffix3[i] = WordShape.Suffix(text, 3);
            Suffix4[i] = WordShape.Suffix(text, 4);
            Prefix1[i] = WordShape.Prefix(text, 1);
            Shape[i] = WordShape.Shape(text);
            Flags[i] = WordShape.Flags(text) | (i == 0 ? 32UL : 0UL);
            Cased[i] = StableHash.Of(text);
            Ambiguity[i] = ambiguity.TryGetValue(Cased[i], out ulong classes) ? classes : 0;
            Cluster[i] = (ulong)clusters.ClassOf(document, firstToken + i);
        }
        Count = count;
    }

    /// <summary>
    /// Keeps only the words at <paramref name="kept"/> (ascending indices into the loaded sentence), so the tagger
    /// reads the sentence without the others; word p of the result is word kept[p]. The first kept word is the
    /// sentence's first word.
    /// </summary>
    public void Keep(ReadOnlySpan<int> kept)
    {
        for (int p = 0; p < kept.Length; p++)
        {
            int from = kept[p];
            Word[p] = Word[from];
            Suffix1[p] = Suffix1[from];
            Suffix2[p] = Suffix2[from];
            Suffix3[p] = Suffix3[from];
            Suffix4[p] = Suffix4[from];
            Prefix1[p] = Prefix1[from];
            Shape[p] = Shape[from];
            Flags[p] = Flags[from];
            Ambiguity[p] = Ambiguity[from];
            Cased[p] = Cased[from];
            Cluster[p] = Cluster[from];
        }
        Count = kept.Length;
    }

    private void EnsureCapacity(int count)
    {
        if (Word.Length >= count)
        {
            return;
        }
        int size = Math.Max(count, Word.Length * 2);
        Array.Resize(ref Word, size);
        Array.Resize(ref Suffix1, size);
        Array.Resize(ref Suffix2, size);
        Array.Resize(ref Suffix3, size);
        Array.Resize(ref Suffix4, size);
        Array.Resize(ref Prefix1, size);
        Array.Resize(ref Shape, size);
        Array.Resize(ref Flags, size);
        Array.Resize(ref Ambiguity, size);
        Array.Resize(ref Cased, size);
        Array.Resize(ref Cluster, size);
    }
}
