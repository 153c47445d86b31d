using Parley.Syntax.Learning;

namespace Parley.Syntax.Tagging;

/// <summary>
/// Feature templates of the part-of-speech tagger: the word and its affixes and shape, two words of
/// context either side, the two previous predicted tags (greedy left to right), and the "ambiguity
/// class" of nearby words: the set of tags each frequent word took in training.
/// </summary>
internal static class TaggerFeatures
{
    /// <summary>Upper bound on the number of features <see cref="Extract"/> writes.</summary>
    public const int MaxFeatures = 56;

    /// <summary>
    /// Features of the second pass: the first pass's tags for this word and the two to its right,
    /// plus a core of the first-pass templates. The second pass only corrects the first, so it
    /// needs far fewer features (and lookups) than the first.
    /// </summary>
    public static int ExtractRefine(TokenFeatureBuffer t, int i, ReadOnlySpan<int> tags, ReadOnlySpan<int> lookahead, Span<ulong> output)
    {
        int n = t.Count;
        ulong w = t.Word[i];
        ulong tm1 = i > 0 ? (ulong)tags[i - 1] + 1 : 0;
        ulong tm2 = i > 1 ? (ulong)tags[i - 2] + 1 : 0;
        ulong own = (ulong)lookahead[i] + 1;
        ulong next = i + 1 < n ? (ulong)lookahead[i + 1] + 1 : 0;
        ulong next2 = i + 2 < n ? (ulong)lookahead[i + 2] + 1 : 0;
        int k = 0;
        output[k++] = FeatureHash.Of(201, 0);
        output[k++] = FeatureHash.Of(202, w);
        output[k++] = FeatureHash.Of(203, t.Suffix3[i]);
        output[k++] = FeatureHash.Of(204, t.Shape[i]);
        output[k++] = FeatureHash.Of(205, tm1);
        output[k++] = FeatureHash.Of(206, tm1, tm2);
        output[k++] = FeatureHash.Of(207, tm1, w);
        output[k++] = FeatureHash.Of(208, i > 0 ? t.Word[i - 1] : Boundary);
        output[k++] = FeatureHash.Of(209, i + 1 < n ? t.Word[i + 1] : Boundary);
        output[k++] = FeatureHash.Of(210, t.Ambiguity[i]);
        output[k++] = FeatureHash.Of(211, t.Cluster[i]);
        output[k++] = FeatureHash.Of(212, next);
        output[k++] = FeatureHash.Of(213, next, next2);
        output[k++] = FeatureHash.Of(214, next, w);
        output[k++] = FeatureHash.Of(215, tm1, next);
        output[k++] = FeatureHash.Of(216, next, t.Suffix3[i]);
        output[k++] = FeatureHash.Of(217, own);
        output[k++] = FeatureHash.Of(218, own, w);
        output[k++] = FeatureHash.Of(219, tm1, own, next);
        output[k++] = FeatureHash.Of(220, own, t.Cluster[i]);
        return k;
    }

    private const ulong Boundary = 0x5EED_0000_0000_0001UL;

    /// <summary>Writes the first-pass features of token <paramref name="i"/>; <paramref name="tags"/> holds the classes chosen so far.</summary>
    public static int Extract(TokenFeatureBuffer t, int i, ReadOnlySpan<int> tags, Span<ulong> output)
    {
        int n = t.Count;
        ulong w = t.Word[i];
        ulong wm1 = i > 0 ? t.Word[i - 1] : Boundary;
        ulong wm2 = i > 1 ? t.Word[i - 2] : Boundary;
        ulong wp1 = i + 1 < n ? t.Word[i + 1] : Boundary;
        ulong wp2 = i + 2 < n ? t.Word[i + 2] : Boundary;
        ulong tm1 = i > 0 ? (ulong)tags[i - 1] + 1 : 0;
        ulong tm2 = i > 1 ? (ulong)tags[i - 2] + 1 : 0;
        int k = 0;
        output[k++] = FeatureHash.Of(1, 0);
        output[k++] = FeatureHash.Of(2, w);
        output[k++] = FeatureHash.Of(3, t.Suffix3[i]);
        output[k++] = FeatureHash.Of(4, t.Suffix2[i]);
        output[k++] = FeatureHash.Of(5, t.Suffix1[i]);
        output[k++] = FeatureHash.Of(6, t.Suffix4[i]);
        output[k++] = FeatureHash.Of(7, t.Prefix1[i]);
        output[k++] = FeatureHash.Of(8, t.Shape[i]);
        output[k++] = FeatureHash.Of(9, t.Flags[i]);
        output[k++] = FeatureHash.Of(10, tm1);
        output[k++] = FeatureHash.Of(11, tm1, tm2);
        output[k++] = FeatureHash.Of(12, tm1, w);
        output[k++] = FeatureHash.Of(13, wm1);
        output[k++] = FeatureHash.Of(14, i > 0 ? t.Suffix3[i - 1] : Boundary);
        output[k++] = FeatureHash.Of(15, wm2);
        output[k++] = FeatureHash.Of(16, wp1);
        output[k++] = FeatureHash.Of(17, i + 1 < n ? t.Suffix3[i + 1] : Boundary);
        output[k++] = FeatureHash.Of(18, wp2);
        output[k++] = FeatureHash.Of(19, wm1, w);
        output[k++] = FeatureHash.Of(20, w, wp1);
        output[k++] = FeatureHash.Of(21, i + 1 < n ? t.Shape[i + 1] : Boundary);
        output[k++] = FeatureHash.Of(22, i > 0 ? t.Shape[i - 1] : Boundary);
        output[k++] = FeatureHash.Of(23, tm1, t.Suffix3[i]);
        output[k++] = FeatureHash.Of(24, tm2);
        output[k++] = FeatureHash.Of(25, i + 1 < n ? t.Suffix1[i + 1] : Boundary);
        output[k++] = FeatureHash.Of(26, tm1, wp1);
        output[k++] = FeatureHash.Of(27, wm1, w, wp1);
        output[k++] = FeatureHash.Of(28, t.Flags[i], t.Suffix3[i]);
        output[k++] = FeatureHash.Of(29, i + 1 < n ? t.Suffix2[i + 1] : Boundary, w);
        ulong amb = t.Ambiguity[i];
        output[k++] = FeatureHash.Of(30, amb);
        output[k++] = FeatureHash.Of(31, amb, tm1);
        output[k++] = FeatureHash.Of(37, t.Cased[i]);
        output[k++] = FeatureHash.Of(38, t.Cased[i], i > 0 ? t.Flags[i - 1] & 1 : Boundary);
        output[k++] = FeatureHash.Of(39, t.Flags[i], i > 0 ? t.Flags[i - 1] : Boundary, i + 1 < n ? t.Flags[i + 1] : Boundary);
        ulong c = t.Cluster[i];
        ulong cp1 = i + 1 < n ? t.Cluster[i + 1] : Boundary;
        output[k++] = FeatureHash.Of(48, c);
        output[k++] = FeatureHash.Of(49, c, tm1);
        output[k++] = FeatureHash.Of(50, cp1);
        output[k++] = FeatureHash.Of(51, i > 0 ? t.Cluster[i - 1] : Boundary);
        output[k++] = FeatureHash.Of(52, c, cp1);
        output[k++] = FeatureHash.Of(53, c, t.Suffix2[i]);
        return k;
    }
}
