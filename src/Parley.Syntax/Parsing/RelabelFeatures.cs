using Parley.Syntax.Learning;

namespace Parley.Syntax.Parsing;

/// <summary>
/// Feature templates of the <see cref="Relabeller"/>: what a finished tree tells about the relation of one word to
/// its head that the parser could not see when it made the arc. The dependent (D) and its head (H) by word, tag,
/// word class, lexical class and suffix, with direction and distance; D's children (a <c>case</c> or <c>mark</c>
/// word, a subject, a second object); H's other children (siblings of D); H's own label and the grandparent's tag;
/// punctuation between H and D; and, when the trees seen in training were predicted, the first parser's label.
/// </summary>
internal static class RelabelFeatures
{
    /// <summary>Most features one word can have.</summary>
    public const int MaxFeatures = 128;

    private const int MaxChildren = 10;
    private const int MaxSiblings = 10;

    /// <summary>
    /// Extracts the features of the word at <paramref name="d"/> (not the root word) into <paramref name="f"/>;
    /// <paramref name="firstLabel"/> adds the templates that read the first parser's label of D itself.
    /// </summary>
    public static int Extract(RelabelTree t, ParserInput x, int d, bool firstLabel, Span<ulong> f)
    {
        int k = Arc(t, x, d, f);
        k = Context(t, x, d, f, k);
        k = Children(t, x, d, f, k);
        k = Siblings(t, x, d, f, k);
        return firstLabel ? FirstLabel(t, x, d, f, k) : k;
    }

    // The arc itself: words, tags, classes, direction and distance of D and H.
    private static int Arc(RelabelTree t, ParserInput x, int d, Span<ulong> f)
    {
        int h = t.Head(d);
        ulong dw = x.Word[d], dt = x.Tag[d], hw = x.Word[h], ht = x.Tag[h];
        ulong dir = d < h ? 1UL : 2UL;
        ulong dd = dir * 16 + Distance(d, h);
        int k = 0;
        f[k++] = FeatureHash.Of(201, dir);
        f[k++] = FeatureHash.Of(202, dw, ht, dir);
        f[k++] = FeatureHash.Of(203, dt, hw, dir);
        f[k++] = FeatureHash.Of(204, dt, ht, dd);
        f[k++] = FeatureHash.Of(205, x.Coarse[d], x.Coarse[h], dir);
        f[k++] = FeatureHash.Of(206, x.Cluster[d], x.Cluster[h], dir);
        f[k++] = FeatureHash.Of(207, x.Cluster[d], ht);
        f[k++] = FeatureHash.Of(208, dt, x.Cluster[h]);
        f[k++] = FeatureHash.Of(209, x.Lexical[d], ht, dir);
        f[k++] = FeatureHash.Of(210, x.Suffix[d], ht, dir);
        f[k++] = FeatureHash.Of(211, dw, dt);
        f[k++] = FeatureHash.Of(212, hw, ht);
        f[k++] = FeatureHash.Of(213, x.Lexical[d], x.Lexical[h]);
        return k;
    }

    // Around the arc: H's own label and head, the grandparent, punctuation between, the neighbours, the position.
    private static int Context(RelabelTree t, ParserInput x, int d, Span<ulong> f, int k)
    {
        int h = t.Head(d);
        int g = Math.Max(0, t.Head(h));
        ulong dt = x.Tag[d], ht = x.Tag[h];
        ulong dir = d < h ? 1UL : 2UL;
        ulong hl = (ulong)(t.Label(h) + 2);
        ulong hdir = h == 0 || g == 0 ? 0UL : h < g ? 1UL : 2UL;
        ulong punct = (ulong)Math.Min(t.PunctuationBetween(d, h), 3);
        ulong edge = (d == 1 ? 1UL : 0UL) | (d == t.Length ? 2UL : 0UL) | (g == 0 ? 4UL : 0UL);
        f[k++] = FeatureHash.Of(221, hl, ht, dt);
        f[k++] = FeatureHash.Of(222, hl, x.Word[h], dir);
        f[k++] = FeatureHash.Of(223, x.Tag[g], ht, dt);
        f[k++] = FeatureHash.Of(224, x.Coarse[g], x.Coarse[h] * 64 + x.Coarse[d], dir * 4 + hdir);
        f[k++] = FeatureHash.Of(225, punct, dt, ht * 4 + dir);
        f[k++] = FeatureHash.Of(226, punct, hl, dir);
        f[k++] = FeatureHash.Of(227, d > 1 ? x.Word[d - 1] : 0, dt, dir);
        f[k++] = FeatureHash.Of(228, d < t.Length ? x.Word[d + 1] : 0, dt, dir);
        f[k++] = FeatureHash.Of(229, d > 1 ? x.Tag[d - 1] : 0, dt, d < t.Length ? x.Tag[d + 1] : 0);
        f[k++] = FeatureHash.Of(230, edge, dt, ht);
        f[k++] = FeatureHash.Of(231, x.Word[g], hl, dt);
        return k;
    }

    // D's children: their labels and words (a case or mark word, a subject, an auxiliary, a copula).
    private static int Children(RelabelTree t, ParserInput x, int d, Span<ulong> f, int k)
    {
        int h = t.Head(d);
        ulong dt = x.Tag[d], du = x.Coarse[d], hw = x.Word[h], ht = x.Tag[h];
        ulong dir = d < h ? 1UL : 2UL;
        ReadOnlySpan<int> children = t.Children(d);
        f[k++] = FeatureHash.Of(241, t.LeftLabels(d), dt);
        f[k++] = FeatureHash.Of(242, t.RightLabels(d), dt);
        f[k++] = FeatureHash.Of(243, t.LeftLabels(d) | t.RightLabels(d), ht, dir);
        int left = 0;
        while (left < children.Length && children[left] < d)
        {
            left++;
        }
        f[k++] = FeatureHash.Of(244, (ulong)Math.Min(left, 3), (ulong)Math.Min(children.Length - left, 3), dt);
        if (children.Length > 0)
        {
            int first = children[0], last = children[^1];
            ulong fl = (ulong)(t.Label(first) + 2), ll = (ulong)(t.Label(last) + 2);
            f[k++] = FeatureHash.Of(245, x.Word[first], fl, hw);
            f[k++] = FeatureHash.Of(246, x.Word[first], fl, ht * 256 + dt);
            f[k++] = FeatureHash.Of(247, x.Word[last], ll, dt);
            f[k++] = FeatureHash.Of(248, x.Tag[last], ll, dt * 4 + dir);
        }
        int count = Math.Min(children.Length, MaxChildren);
        for (int i = 0; i < count; i++)
        {
            int c = children[i];
            ulong cl = (ulong)(t.Label(c) + 2);
            ulong side = c < d ? 1UL : 2UL;
            f[k++] = FeatureHash.Of(251, cl, x.Word[c], du);
            f[k++] = FeatureHash.Of(252, cl, x.Tag[c], dt * 4 + side);
            f[k++] = FeatureHash.Of(253, cl, side, ht * 4 + dir);
        }
        return k;
    }

    // H's other children: their labels on either side of D (a second object, a subject, a copula, a conjunction).
    private static int Siblings(RelabelTree t, ParserInput x, int d, Span<ulong> f, int k)
    {
        int h = t.Head(d);
        ulong dt = x.Tag[d], ht = x.Tag[h];
        ulong dir = d < h ? 1UL : 2UL;
        ulong leftSet = 0, rightSet = 0;
        int emitted = 0;
        foreach (int s in t.Children(h))
        {
            if (s == d)
            {
                continue;
            }
            ulong sl = (ulong)(t.Label(s) + 2);
            ulong side = s < d ? 1UL : 2UL;
            if (s < d)
            {
                leftSet |= 1UL << (t.Label(s) & 63);
            }
            else
            {
                rightSet |= 1UL << (t.Label(s) & 63);
            }
            if (emitted++ < MaxSiblings)
            {
                f[k++] = FeatureHash.Of(261, sl, side, dt * 4 + dir);
                f[k++] = FeatureHash.Of(262, sl, x.Tag[s], ht * 4 + side);
            }
        }
        f[k++] = FeatureHash.Of(263, leftSet, rightSet, dt);
        f[k++] = FeatureHash.Of(264, leftSet | rightSet, ht, dir);
        return k;
    }

    // The first parser's label of D, alone and with what the tree shows around it.
    private static int FirstLabel(RelabelTree t, ParserInput x, int d, Span<ulong> f, int k)
    {
        int h = t.Head(d);
        ulong p1 = (ulong)(t.Label(d) + 2);
        ulong dt = x.Tag[d], ht = x.Tag[h];
        ulong dir = d < h ? 1UL : 2UL;
        f[k++] = FeatureHash.Of(281, p1);
        f[k++] = FeatureHash.Of(282, p1, dir);
        f[k++] = FeatureHash.Of(283, p1, dt, ht);
        f[k++] = FeatureHash.Of(284, p1, x.Word[d]);
        f[k++] = FeatureHash.Of(285, p1, x.Word[h]);
        f[k++] = FeatureHash.Of(286, p1, (ulong)(t.Label(h) + 2), dt * 4 + dir);
        f[k++] = FeatureHash.Of(287, p1, t.LeftLabels(d) | t.RightLabels(d));
        f[k++] = FeatureHash.Of(288, p1, (ulong)Math.Min(t.PunctuationBetween(d, h), 3), dir);
        return k;
    }

    // Distance buckets: 1, 2, 3, 4, 5-6, 7-10, 11 and more.
    private static ulong Distance(int a, int b)
    {
        int n = Math.Abs(a - b);
        return n <= 4 ? (ulong)n : n <= 6 ? 5UL : n <= 10 ? 6UL : 7UL;
    }
}
