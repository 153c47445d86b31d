namespace Parley.Text;

/// <summary>
/// Collects token offsets into the caller's lists and enforces a maximum token length, so that a
/// megabyte of text without a single split point still becomes tokens of bounded size.
/// </summary>
internal readonly struct TokenSink
{
    /// <summary>Longest ordinary token; longer runs are cut into pieces.</summary>
    public const int MaxTokenLength = 200;

    /// <summary>Longest URL kept whole; search-engine links run to several hundred characters.</summary>
    public const int MaxUrlLength = 2048;

    private readonly string _text;
    private readonly List<int> _starts;
    private readonly List<int> _ends;

    public TokenSink(string text, List<int> starts, List<int> ends)
    {
        _text = text;
        _starts = starts;
        _ends = ends;
    }

    /// <summary>Appends [<paramref name="start"/>, <paramref name="end"/>), cut into pieces of at most <see cref="MaxTokenLength"/>.</summary>
    public void Add(int start, int end) => Add(start, end, MaxTokenLength);

    /// <summary>Appends [<paramref name="start"/>, <paramref name="end"/>), cut into pieces of at most <paramref name="maxLength"/>.</summary>
    public void Add(int start, int end, int maxLength)
    {
        while (end - start > maxLength)
        {
            int cut = start + maxLength;
            // Never cut a surrogate pair in half.
            if (char.IsLowSurrogate(_text[cut]) && char.IsHighSurrogate(_text[cut - 1]))
            {
                cut--;
            }
            _starts.Add(start);
            _ends.Add(cut);
            start = cut;
        }
        if (end > start)
        {
            _starts.Add(start);
            _ends.Add(end);
        }
    }
}
