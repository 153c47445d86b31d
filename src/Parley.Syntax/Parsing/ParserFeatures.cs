using Parley.Syntax.Learning;

namespace Parley.Syntax.Parsing;

/// <summary>
/// Feature templates of the arc-eager parser, after Zhang and Nivre (2011): words and tags of the
/// stack top (S0), the buffer front (N0..N2), heads and outer children, distance, valency and label
/// sets, plus conjunctions. A second, smaller template set scores the relation label of an arc
/// between S0 and N0 (the joint score of LEFT-l is transition score + label score).
/// Each set comes in two groups: templates that read only the words at S0 and N0 and around them
/// ("pair" templates), and templates that read the partial tree. Beam items that share S0 and N0
/// (most of them: they differ in earlier arcs) share the pair group's scores, which the beam caches.
/// </summary>
internal static class ParserFeatures
{
    public const int MaxTransitionFeatures = 112;
    public const int MaxLabelFeatures = 44;

    /// <summary>The buffer front N0, or -1 when the buffer is empty.</summary>
    public static int Front(ParserState s) => s.Buffer <= s.Length ? s.Buffer : -1;

    /// <summary>The transition templates that read only the words at <paramref name="s0"/>, <paramref name="n0"/> and after it.</summary>
    public static int PairTransition(int s0, int n0, int length, ParserInput x, Span<ulong> f)
    {
        int k = PairCore(s0, n0, length, x, f);
        return PairLexical(s0, n0, length, x, f, k);
    }

    /// <summary>The transition templates that read the partial tree (heads, children, labels, valency, the stack below S0).</summary>
    public static int TreeTransition(ParserState s, in StatePositions p, ParserInput x, Span<ulong> f)
    {
        int k = TreeCore(s, p, x, f);
        return SecondOrder(s, p, x, f, k);
    }

    // Zhang–Nivre first-order templates of words, tags, pairs and distance.
    private static int PairCore(int s0, int n0, int length, ParserInput x, Span<ulong> f)
    {
        int n1 = n0 >= 0 && n0 + 1 <= length ? n0 + 1 : -1, n2 = n1 >= 0 && n1 + 1 <= length ? n1 + 1 : -1;
        ulong s0w = x.W(s0), s0p = x.T(s0), n0w = x.W(n0), n0p = x.T(n0);
        ulong n1w = x.W(n1), n1p = x.T(n1), n2w = x.W(n2), n2p = x.T(n2);
        ulong s0wp = s0w * 31 + s0p, n0wp = n0w * 31 + n0p, n1wp = n1w * 31 + n1p;
        ulong dist = n0 < 0 ? 0 : (ulong)Math.Min(n0 - s0, 6);
        int k = 0;
        f[k++] = FeatureHash.Of(1, s0wp);
        f[k++] = FeatureHash.Of(2, s0w);
        f[k++] = FeatureHash.Of(3, s0p);
        f[k++] = FeatureHash.Of(4, n0wp);
        f[k++] = FeatureHash.Of(5, n0w);
        f[k++] = FeatureHash.Of(6, n0p);
        f[k++] = FeatureHash.Of(7, n1wp);
        f[k++] = FeatureHash.Of(8, n1w);
        f[k++] = FeatureHash.Of(9, n1p);
        f[k++] = FeatureHash.Of(10, n2w * 31 + n2p);
        f[k++] = FeatureHash.Of(11, n2w);
        f[k++] = FeatureHash.Of(12, n2p);
        f[k++] = FeatureHash.Of(13, s0wp, n0wp);
        f[k++] = FeatureHash.Of(14, s0wp, n0w);
        f[k++] = FeatureHash.Of(15, s0w, n0wp);
        f[k++] = FeatureHash.Of(16, s0wp, n0p);
        f[k++] = FeatureHash.Of(17, s0p, n0wp);
        f[k++] = FeatureHash.Of(18, s0w, n0w);
        f[k++] = FeatureHash.Of(19, s0p, n0p);
        f[k++] = FeatureHash.Of(20, n0p, n1p);
        f[k++] = FeatureHash.Of(21, n0p, n1p, n2p);
        f[k++] = FeatureHash.Of(22, s0p, n0p, n1p);
        f[k++] = FeatureHash.Of(27, s0w, dist);
        f[k++] = FeatureHash.Of(28, s0p, dist);
        f[k++] = FeatureHash.Of(29, n0w, dist);
        f[k++] = FeatureHash.Of(30, n0p, dist);
        f[k++] = FeatureHash.Of(31, s0w, n0w, dist);
        f[k++] = FeatureHash.Of(32, s0p, n0p, dist);
        return k;
    }

    private static int PairLexical(int s0, int n0, int length, ParserInput x, Span<ulong> f, int k)
    {
        int n1 = n0 >= 0 && n0 + 1 <= length ? n0 + 1 : -1;
        ulong s0p = x.T(s0), n0p = x.T(n0), n1p = x.T(n1);
        ulong dist = n0 < 0 ? 0 : (ulong)Math.Min(n0 - s0, 6);
        // Lexical classes (tags the word took in training) stay right when the tagger errs.
        ulong s0c = x.L(s0), n0c = x.L(n0), n1c = x.L(n1);
        // Suffixes stand in for unseen words; coarse UPOS tags generalise over Penn tag splits.
        ulong s0u = x.U(s0), n0u = x.U(n0), n1u = x.U(n1);
        // Distributional classes from unlabelled text carry over to words the treebank never saw.
        ulong s0k = x.C(s0), n0k = x.C(n0), n1k = x.C(n1);
        f[k++] = FeatureHash.Of(76, s0c);
        f[k++] = FeatureHash.Of(77, n0c);
        f[k++] = FeatureHash.Of(78, n1c);
        f[k++] = FeatureHash.Of(79, s0c, n0c);
        f[k++] = FeatureHash.Of(80, s0p, n0c);
        f[k++] = FeatureHash.Of(81, s0c, n0p);
        f[k++] = FeatureHash.Of(82, n0c, n1c);
        f[k++] = FeatureHash.Of(83, s0c, n0c, dist);
        f[k++] = FeatureHash.Of(84, x.S(s0), n0p);
        f[k++] = FeatureHash.Of(85, s0p, x.S(n0));
        f[k++] = FeatureHash.Of(86, s0u, n0u);
        f[k++] = FeatureHash.Of(87, s0u, n0u, n1u);
        f[k++] = FeatureHash.Of(89, s0u, n0u, dist);
        f[k++] = FeatureHash.Of(91, s0k);
        f[k++] = FeatureHash.Of(92, n0k);
        f[k++] = FeatureHash.Of(93, n1k);
        f[k++] = FeatureHash.Of(94, s0k, n0k);
        f[k++] = FeatureHash.Of(95, s0k, n0p);
        f[k++] = FeatureHash.Of(96, s0p, n0k);
        f[k++] = FeatureHash.Of(97, n0k, n1p);
        return k;
    }

    // Zhang–Nivre second-order templates: the head of S0, outer children, valency, and the tree-dependent conjunctions.
    private static int TreeCore(ParserState s, in StatePositions p, ParserInput x, Span<ulong> f)
    {
        int s0 = p.S0, n0 = p.N0, s0h = p.S0h, s0l = p.S0l, s0r = p.S0r, n0l = p.N0l, s1 = p.S1;
        ulong s0p = x.T(s0), n0p = x.T(n0), s0w = x.W(s0), n0w = x.W(n0);
        ulong s0vl = (ulong)s.LeftCount[s0], s0vr = (ulong)s.RightCount[s0];
        ulong n0vl = n0 >= 0 ? (ulong)s.LeftCount[n0] : 0;
        ulong s0hw = x.W(s0h), s0hp = x.T(s0h), s0lw = x.W(s0l), s0lp = x.T(s0l);
        ulong s0rw = x.W(s0r), s0rp = x.T(s0r), n0lw = x.W(n0l), n0lp = x.T(n0l);
        ulong s0ll = Lab(s, s0l), s0rl = Lab(s, s0r), n0ll = Lab(s, n0l), s0hl = (ulong)(s.Label[s0] + 1);
        ulong s0u = x.U(s0), n0u = x.U(n0);
        int k = 0;
        f[k++] = FeatureHash.Of(23, s0hp, s0p, n0p);
        f[k++] = FeatureHash.Of(24, s0p, s0lp, n0p);
        f[k++] = FeatureHash.Of(25, s0p, s0rp, n0p);
        f[k++] = FeatureHash.Of(26, s0p, n0p, n0lp);
        f[k++] = FeatureHash.Of(33, s0w, s0vr);
        f[k++] = FeatureHash.Of(34, s0p, s0vr);
        f[k++] = FeatureHash.Of(35, s0w, s0vl);
        f[k++] = FeatureHash.Of(36, s0p, s0vl);
        f[k++] = FeatureHash.Of(37, n0w, n0vl);
        f[k++] = FeatureHash.Of(38, n0p, n0vl);
        f[k++] = FeatureHash.Of(39, s0hw);
        f[k++] = FeatureHash.Of(40, s0hp);
        f[k++] = FeatureHash.Of(41, s0hl);
        f[k++] = FeatureHash.Of(42, s0lw);
        f[k++] = FeatureHash.Of(43, s0lp);
        f[k++] = FeatureHash.Of(44, s0ll);
        f[k++] = FeatureHash.Of(45, s0rw);
        f[k++] = FeatureHash.Of(46, s0rp);
        f[k++] = FeatureHash.Of(47, s0rl);
        f[k++] = FeatureHash.Of(48, n0lw);
        f[k++] = FeatureHash.Of(49, n0lp);
        f[k++] = FeatureHash.Of(50, n0ll);
        f[k++] = FeatureHash.Of(88, x.U(s1), s0u, n0u);
        f[k++] = FeatureHash.Of(90, x.U(s0h), s0u, n0u);
        f[k++] = FeatureHash.Of(98, x.C(s0h), s0p, n0p);
        return k;
    }

    // Third-order templates: grandparents, second children, label sets, the second stack item.
    private static int SecondOrder(ParserState s, in StatePositions p, ParserInput x, Span<ulong> f, int k)
    {
        int s0 = p.S0, n0 = p.N0, s0h = p.S0h, s0h2 = p.S0h2, s0l = p.S0l, s0l2 = p.S0l2, s0r = p.S0r, s0r2 = p.S0r2, n0l = p.N0l, n0l2 = p.N0l2, s1 = p.S1;

        ulong s0w = x.W(s0), s0p = x.T(s0), n0w = x.W(n0), n0p = x.T(n0);
        ulong s0hp = x.T(s0h), s0lp = x.T(s0l);
        ulong s0rp = x.T(s0r), n0lp = x.T(n0l);
        f[k++] = FeatureHash.Of(51, x.W(s0h2));
        f[k++] = FeatureHash.Of(52, x.T(s0h2));
        f[k++] = FeatureHash.Of(53, s0h >= 0 ? (ulong)(s.Label[s0h] + 1) : 0);
        f[k++] = FeatureHash.Of(54, x.W(s0l2));
        f[k++] = FeatureHash.Of(55, x.T(s0l2));
        f[k++] = FeatureHash.Of(56, Lab(s, s0l2));
        f[k++] = FeatureHash.Of(57, x.W(s0r2));
        f[k++] = FeatureHash.Of(58, x.T(s0r2));
        f[k++] = FeatureHash.Of(59, Lab(s, s0r2));
        f[k++] = FeatureHash.Of(60, x.W(n0l2));
        f[k++] = FeatureHash.Of(61, x.T(n0l2));
        f[k++] = FeatureHash.Of(62, Lab(s, n0l2));
        f[k++] = FeatureHash.Of(63, s0p, s0lp, x.T(s0l2));
        f[k++] = FeatureHash.Of(64, s0p, s0rp, x.T(s0r2));
        f[k++] = FeatureHash.Of(65, s0p, s0hp, x.T(s0h2));
        f[k++] = FeatureHash.Of(66, n0p, n0lp, x.T(n0l2));
        f[k++] = FeatureHash.Of(67, s0w, s.RightLabels[s0]);
        f[k++] = FeatureHash.Of(68, s0p, s.RightLabels[s0]);
        f[k++] = FeatureHash.Of(69, s0w, s.LeftLabels[s0]);
        f[k++] = FeatureHash.Of(70, s0p, s.LeftLabels[s0]);
        f[k++] = FeatureHash.Of(71, n0w, n0 >= 0 ? s.LeftLabels[n0] : 0);
        f[k++] = FeatureHash.Of(72, n0p, n0 >= 0 ? s.LeftLabels[n0] : 0);
        f[k++] = FeatureHash.Of(73, x.T(s1), s0p, n0p);
        f[k++] = FeatureHash.Of(74, x.W(s1), s0p);
        f[k++] = FeatureHash.Of(75, s0 == 0 ? 1UL : s.Head[s0] >= 0 ? 2UL : 3UL, n0p, (ulong)s.RootChildren);
        return k;
    }

    /// <summary>The label templates that read only the words at <paramref name="s0"/>, <paramref name="n0"/> and around them.</summary>
    public static int PairLabel(int s0, int n0, int length, ParserInput x, Span<ulong> f)
    {
        int n1 = n0 >= 0 && n0 + 1 <= length ? n0 + 1 : -1;
        ulong s0w = x.W(s0), s0p = x.T(s0), n0w = x.W(n0), n0p = x.T(n0);
        ulong dist = n0 < 0 ? 0 : (ulong)Math.Min(n0 - s0, 6);
        int k = 0;
        f[k++] = FeatureHash.Of(101, 0);
        f[k++] = FeatureHash.Of(102, s0w);
        f[k++] = FeatureHash.Of(103, s0p);
        f[k++] = FeatureHash.Of(104, n0w);
        f[k++] = FeatureHash.Of(105, n0p);
        f[k++] = FeatureHash.Of(106, s0w, n0w);
        f[k++] = FeatureHash.Of(107, s0p, n0p);
        f[k++] = FeatureHash.Of(108, s0p, n0p, dist);
        f[k++] = FeatureHash.Of(109, s0w, n0p);
        f[k++] = FeatureHash.Of(110, s0p, n0w);
        f[k++] = FeatureHash.Of(119, x.T(n1), n0p, s0p);
        f[k++] = FeatureHash.Of(122, n0 > 1 ? x.W(n0 - 1) : 0, s0p, n0p);
        f[k++] = FeatureHash.Of(123, s0 + 1 <= length ? x.W(s0 + 1) : 0, s0p, n0p);
        f[k++] = FeatureHash.Of(126, s0w, n0w, dist);
        f[k++] = FeatureHash.Of(128, x.L(s0), x.L(n0));
        f[k++] = FeatureHash.Of(129, s0w, n0p, dist);
        f[k++] = FeatureHash.Of(130, s0p, n0w, dist);
        f[k++] = FeatureHash.Of(131, x.S(s0), n0p);
        f[k++] = FeatureHash.Of(132, s0p, x.S(n0));
        f[k++] = FeatureHash.Of(135, x.U(s0), x.U(n0), dist);
        f[k++] = FeatureHash.Of(137, x.C(s0), x.C(n0));
        f[k++] = FeatureHash.Of(138, x.C(s0), n0p);
        f[k++] = FeatureHash.Of(139, s0p, x.C(n0));
        return k;
    }

    /// <summary>The label templates that read the partial tree.</summary>
    public static int TreeLabel(ParserState s, in StatePositions p, ParserInput x, Span<ulong> f)
    {
        int s0 = p.S0, n0 = p.N0, s0h = p.S0h, s0l = p.S0l, s0r = p.S0r, n0l = p.N0l;
        ulong s0w = x.W(s0), s0p = x.T(s0), n0w = x.W(n0), n0p = x.T(n0);
        ulong n0ls = n0 >= 0 ? s.LeftLabels[n0] : 0;
        int k = 0;
        f[k++] = FeatureHash.Of(111, s0p, s.LeftLabels[s0], n0p);
        f[k++] = FeatureHash.Of(112, n0p, n0ls, s0p);
        f[k++] = FeatureHash.Of(113, x.W(s0l), s0p, n0p);
        f[k++] = FeatureHash.Of(114, x.W(s0r), s0p, n0p);
        f[k++] = FeatureHash.Of(115, x.W(n0l), n0p, s0p);
        f[k++] = FeatureHash.Of(116, x.T(s0h), s0p, n0p);
        f[k++] = FeatureHash.Of(117, Lab(s, s0l), s0p, n0p);
        f[k++] = FeatureHash.Of(118, Lab(s, n0l), n0p, s0p);
        f[k++] = FeatureHash.Of(120, x.T(n0l), n0p, s0p);
        f[k++] = FeatureHash.Of(121, x.T(s0l), s0p, n0p);
        f[k++] = FeatureHash.Of(124, s0h >= 0 ? (ulong)(s.Label[s0] + 1) : 0, s0p, n0p);
        f[k++] = FeatureHash.Of(125, x.W(s0l), x.W(n0l), n0p);
        f[k++] = FeatureHash.Of(127, s.RightLabels[s0], s0p, n0p);
        f[k++] = FeatureHash.Of(133, x.W(n0l), s0w);
        f[k++] = FeatureHash.Of(134, n0w, n0ls);
        f[k++] = FeatureHash.Of(136, x.W(s0l), s0w);
        return k;
    }

    private static ulong Lab(ParserState s, int position) => position >= 0 && s.Label[position] >= 0 ? (ulong)s.Label[position] + 1 : 0;
}
