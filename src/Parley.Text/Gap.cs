namespace Parley.Text;

/// <summary>What lies between two tokens: how many line breaks, and whether it is a paragraph break.</summary>
internal readonly struct Gap
{
    private Gap(int lineBreaks, bool paragraph, bool empty)
    {
        LineBreaks = lineBreaks;
        IsParagraphBreak = paragraph;
        IsEmpty = empty;
    }

    /// <summary>Number of line breaks (CR LF counts once).</summary>
    public int LineBreaks { get; }

    /// <summary>A blank line, form feed or paragraph separator: always a sentence boundary.</summary>
    public bool IsParagraphBreak { get; }

    /// <summary>The tokens touch.</summary>
    public bool IsEmpty { get; }

    /// <summary>Describes the characters [<paramref name="from"/>, <paramref name="to"/>) of <paramref name="text"/>.</summary>
    public static Gap Of(string text, int from, int to)
    {
        int breaks = 0;
        bool paragraph = false;
        for (int k = from; k < to; k++)
        {
            char c = text[k];
            if (CharClass.IsLineBreak(c) || (c == '\r' && (k + 1 >= text.Length || text[k + 1] != '\n')))
            {
                breaks++;
            }
            else if (CharClass.IsParagraphBreak(c))
            {
                paragraph = true;
            }
        }
        return new Gap(breaks, paragraph || breaks >= 2, to <= from);
    }
}
