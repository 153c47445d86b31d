using Parley.Text;

namespace Parley.Syntax.Parsing;

/// <summary>
/// A finished dependency tree as the relabeller reads it: heads and first-stage labels by 1-based position (0 is
/// ROOT), every word's children in sentence order, the label sets on each side of a word, and a running count of
/// punctuation. Built once per sentence; arrays only grow and are reused, so relabelling allocates nothing.
/// </summary>
internal sealed class RelabelTree
{
    private int[] _heads = new int[64];
    private int[] _labels = new int[64];
    private int[] _childStart = new int[65];
    private int[] _children = new int[64];
    private int[] _fill = new int[64];
    private ulong[] _leftLabels = new ulong[64];
    private ulong[] _rightLabels = new ulong[64];
    private int[] _punctuation = new int[64];

    /// <summary>Number of words.</summary>
    public int Length { get; private set; }

    /// <summary>Head of the word at 1-based <paramref name="position"/> (0: the root word).</summary>
    public int Head(int position) => _heads[position];

    /// <summary>First-stage label id of the word at <paramref name="position"/> (-1 for ROOT or none).</summary>
    public int Label(int position) => position is >= 1 && position <= Length ? _labels[position] : -1;

    /// <summary>The children of <paramref name="position"/> (0 for ROOT) in sentence order.</summary>
    public ReadOnlySpan<int> Children(int position) => _children.AsSpan(_childStart[position], _childStart[position + 1] - _childStart[position]);

    /// <summary>Bit set of the first-stage labels of the children left of <paramref name="position"/>.</summary>
    public ulong LeftLabels(int position) => _leftLabels[position];

    /// <summary>Bit set of the first-stage labels of the children right of <paramref name="position"/>.</summary>
    public ulong RightLabels(int position) => _rightLabels[position];

    /// <summary>Number of punctuation words strictly between positions <paramref name="a"/> and <paramref name="b"/>.</summary>
    public int PunctuationBetween(int a, int b)
    {
        int from = Math.Min(a, b), to = Math.Max(a, b);
        return to - from < 2 ? 0 : _punctuation[to - 1] - _punctuation[from];
    }

    /// <summary>
    /// Loads the tree of <paramref name="length"/> words: <paramref name="heads"/> and <paramref name="labels"/> are
    /// indexed by 1-based position (index 0 unused), <paramref name="input"/> supplies the coarse tags.
    /// </summary>
    public void Load(ReadOnlySpan<int> heads, ReadOnlySpan<int> labels, int length, ParserInput input)
    {
        Grow(length + 2);
        Length = length;
        Array.Clear(_childStart, 0, length + 2);
        _heads[0] = -1;
        _labels[0] = -1;
        _leftLabels[0] = _rightLabels[0] = 0;
        _punctuation[0] = 0;
        ulong punct = (ulong)UPos.PUNCT + 2;
        for (int i = 1; i <= length; i++)
        {
            _heads[i] = heads[i] < 0 ? 0 : heads[i];
            _labels[i] = labels[i];
            _leftLabels[i] = _rightLabels[i] = 0;
            _punctuation[i] = _punctuation[i - 1] + (input.Coarse[i] == punct ? 1 : 0);
            _childStart[_heads[i] + 1]++;
        }
        for (int i = 1; i <= length + 1; i++)
        {
            _childStart[i] += _childStart[i - 1];
        }
        Array.Copy(_childStart, _fill, length + 1);
        for (int i = 1; i <= length; i++)
        {
            int h = _heads[i];
            _children[_fill[h]++] = i;
            ulong bit = _labels[i] >= 0 ? 1UL << (_labels[i] & 63) : 0;
            if (i < h)
            {
                _leftLabels[h] |= bit;
            }
            else
            {
                _rightLabels[h] |= bit;
            }
        }
    }

    private void Grow(int size)
    {
        if (_heads.Length >= size)
        {
            return;
        }
        int n = Math.Max(size, _heads.Length * 2);
        Array.Resize(ref _heads, n);
        Array.Resize(ref _labels, n);
        Array.Resize(ref _childStart, n + 1);
        Array.Resize(ref _children, n);
        Array.Resize(ref _fill, n);
        Array.Resize(ref _leftLabels, n);
        Array.Resize(ref _rightLabels, n);
        Array.Resize(ref _punctuation, n);
    }
}
