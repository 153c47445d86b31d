namespace Parley.Text;

/// <summary>
/// Cuts a long text into blocks of bounded size so that huge inputs are processed in bounded memory.
/// Blocks end at a paragraph break when one is near, else at a line break, else at white space, and
/// only as a last resort in the middle of a word (a 50 MB line of garbage still gets through).
/// </summary>
public static class TextBlocks
{
    /// <summary>Default block size in characters.</summary>
    public const int DefaultBlockSize = 1 << 20;

    /// <summary>The (start, length) of each block of <paramref name="text"/>, covering it entirely.</summary>
    public static IEnumerable<(int Start, int Length)> Split(string text, int blockSize = DefaultBlockSize)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(blockSize, 16);
        int start = 0;
        while (start < text.Length)
        {
            int end = Math.Min(text.Length, start + blockSize);
            if (end < text.Length)
            {
                end = FindCut(text, start, end);
            }
            yield return (start, end - start);
            start = end;
        }
    }

    private static int FindCut(string text, int start, int end)
    {
        int floor = start + (end - start) / 2;
        ReadOnlySpan<char> window = text.AsSpan(floor, end - floor);
        int cut = window.LastIndexOf("\n\n", StringComparison.Ordinal);
        if (cut < 0)
        {
            cut = window.LastIndexOf('\n');
        }
        if (cut < 0)
        {
            cut = window.LastIndexOfAny(' ', '\t', '\r');
        }
        return cut < 0 ? end : floor + cut + 1;
    }
}
