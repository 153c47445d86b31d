using Parley.Syntax.Tagging;
using Parley.Text;

namespace Parley.Syntax.Parsing;

/// <summary>
/// Word and tag values of one sentence as seen by the parser's feature templates. Position 0 is
/// ROOT; positions 1..n are the words. Values are hashes (words) or small ids (tags) and never 0,
/// which is reserved for "no such position".
/// </summary>
internal sealed class ParserInput
{
    public const ulong None = 0;
    public const ulong RootValue = 1;

    public ulong[] Word = new ulong[64];
    public ulong[] Tag = new ulong[64];
    public ulong[] Lexical = new ulong[64];
    public ulong[] Suffix = new ulong[64];
    public ulong[] Cluster = new ulong[64];
    public ulong[] Coarse = new ulong[64];
    public int Length;

    /// <summary>Loads words, predicted tags and lexical classes (the tags a word took in training, 0 when rare).</summary>
    public void Load(Document document, int firstToken, ReadOnlySpan<int> tagClasses, TokenFeatureBuffer lexical, TagSet tagSet)
    {
        int n = tagClasses.Length;
        if (Word.Length < n + 2)
        {
            Array.Resize(ref Word, Math.Max(n + 2, Word.Length * 2));
            Array.Resize(ref Tag, Word.Length);
            Array.Resize(ref Lexical, Word.Length);
            Array.Resize(ref Suffix, Word.Length);
            Array.Resize(ref Cluster, Word.Length);
            Array.Resize(ref Coarse, Word.Length);
        }
        Word[0] = RootValue;
        Tag[0] = RootValue;
        Lexical[0] = RootValue;
        Suffix[0] = RootValue;
        Cluster[0] = RootValue;
        Coarse[0] = RootValue;
        ReadOnlySpan<ulong> lower = document.LowerHashes;
        for (int i = 0; i < n; i++)
        {
            Word[i + 1] = lower[firstToken + i] | 2;
            Tag[i + 1] = (ulong)tagClasses[i] + 2;
            Lexical[i + 1] = lexical.Ambiguity[i] | 2;
            Cluster[i + 1] = lexical.Cluster[i] + 2;
            Suffix[i + 1] = lexical.Suffix3[i] | 2;
            Coarse[i + 1] = (ulong)tagSet.Upos(tagClasses[i]) + 2;
        }
        Length = n;
    }

    /// <summary>
    /// Keeps only the words at <paramref name="kept"/> (0-based sentence indices, ascending), so the parser reads
    /// the sentence without them; position p of the result is word kept[p - 1].
    /// </summary>
    public void Keep(ReadOnlySpan<int> kept)
    {
        for (int p = 0; p < kept.Length; p++)
        {
            int from = kept[p] + 1;
            Word[p + 1] = Word[from];
            Tag[p + 1] = Tag[from];
            Lexical[p + 1] = Lexical[from];
            Suffix[p + 1] = Suffix[from];
            Cluster[p + 1] = Cluster[from];
            Coarse[p + 1] = Coarse[from];
        }
        Length = kept.Length;
    }

    public ulong W(int position) => position < 0 ? None : Word[position];

    public ulong T(int position) => position < 0 ? None : Tag[position];

    public ulong L(int position) => position < 0 ? None : Lexical[position];

    public ulong S(int position) => position < 0 ? None : Suffix[position];

    public ulong C(int position) => position < 0 ? None : Cluster[position];

    public ulong U(int position) => position < 0 ? None : Coarse[position];
}
