using Parley.Text;

namespace Parley.Syntax.Parsing;

/// <summary>
/// Short bracketed names after a noun ("the World Food Programme (WFP) said", "the Homeland Union (Conservatives)
/// began") are parsed as if they were absent and then attached to that noun as an apposition. The parser learnt
/// from web text in which such brackets are rare, and a bracket in the middle of a subject too often cost the
/// sentence its subject ("Programme" read as an oblique of the previous verb).
/// </summary>
internal sealed class ParentheticalElision
{
    private const int MaxInside = 4;

    private int[] _kept = new int[64];
    private readonly List<(int Open, int Close)> _brackets = [];

    /// <summary>The sentence positions the parser reads (valid after <see cref="Find"/> returned true).</summary>
    public ReadOnlySpan<int> Kept => _kept.AsSpan(0, _keptCount);

    private int _keptCount;

    /// <summary>
    /// Finds the brackets to elide in the sentence of <paramref name="count"/> tokens from <paramref name="first"/>:
    /// "(", one to four words starting with a capital letter, none a verb, ")", right after a noun or name.
    /// </summary>
    public bool Find(Document document, int first, int count, ReadOnlySpan<UPos> upos)
    {
        _brackets.Clear();
        for (int open = 1; open + 2 < count; open++)
        {
            if (document.TokenText(first + open) is not "(" || upos[open - 1] is not (UPos.NOUN or UPos.PROPN))
            {
                continue;
            }
            int close = open + 1;
            while (close < count && close - open - 1 <= MaxInside && document.TokenText(first + close) is not ")")
            {
                close++;
            }
            if (close < count && close - open - 1 is >= 1 and <= MaxInside && IsNameLike(document, first, open + 1, close, upos))
            {
                _brackets.Add((open, close));
                open = close;
            }
        }
        if (_brackets.Count == 0)
        {
            return false;
        }
        if (_kept.Length < count)
        {
            _kept = new int[Math.Max(count, _kept.Length * 2)];
        }
        _keptCount = 0;
        int next = 0;
        for (int i = 0; i < count; i++)
        {
            if (next < _brackets.Count && i >= _brackets[next].Open && i <= _brackets[next].Close)
            {
                next += i == _brackets[next].Close ? 1 : 0;
                continue;
            }
            _kept[_keptCount++] = i;
        }
        return _keptCount > 0;
    }

    private static bool IsNameLike(Document document, int first, int from, int to, ReadOnlySpan<UPos> upos)
    {
        if (!char.IsUpper(document.TokenText(first + from)[0]))
        {
            return false;
        }
        for (int i = from; i < to; i++)
        {
            if (upos[i] is UPos.VERB or UPos.AUX or UPos.PRON or UPos.SCONJ)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// Writes heads (sentence positions, -1 for the root) and labels of the whole sentence from the parse of the
    /// kept words (<paramref name="heads"/> and <paramref name="labels"/> indexed by kept position, 1-based, head 0 =
    /// root): the last word inside a bracket heads it and is an apposition of the noun before the bracket.
    /// </summary>
    public void MapBack(ReadOnlySpan<int> heads, ReadOnlySpan<int> labels, Span<int> outHeads, Span<int> outLabels, LabelSet labelSet)
    {
        ReadOnlySpan<int> kept = Kept;
        for (int p = 0; p < kept.Length; p++)
        {
            int head = heads[p + 1];
            outHeads[kept[p]] = head <= 0 ? -1 : kept[head - 1];
            outLabels[kept[p]] = labels[p + 1];
        }
        int appos = Math.Max(0, labelSet.Find("appos"));
        int punct = Math.Max(0, labelSet.Find("punct"));
        int compound = Math.Max(0, labelSet.Find("compound"));
        foreach ((int open, int close) in _brackets)
        {
            int inner = close - 1;
            outHeads[inner] = open - 1;
            outLabels[inner] = appos;
            for (int i = open + 1; i < inner; i++)
            {
                outHeads[i] = inner;
                outLabels[i] = compound;
            }
            outHeads[open] = inner;
            outLabels[open] = punct;
            outHeads[close] = inner;
            outLabels[close] = punct;
        }
    }
}
