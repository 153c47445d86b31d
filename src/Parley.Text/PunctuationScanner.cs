namespace Parley.Text;

/// <summary>
/// Scans one token that starts with a character other than a letter or digit: punctuation runs
/// ("...", "?!", "--", "''"), emoticons, @handles and #hashtags, abbreviated years ("'90s"),
/// emoji, and any other symbol. Always consumes at least one character.
/// </summary>
internal static class PunctuationScanner
{
    /// <summary>Scans and emits the token at <paramref name="start"/>; returns the position after it.</summary>
    public static int ScanAndEmit(string text, int start, int chunkStart, int end, TokenSink sink)
    {
        int q = ScanEnd(text, start, chunkStart, end);
        sink.Add(start, q);
        return q;
    }

    private static int ScanEnd(string text, int start, int chunkStart, int end)
    {
        char c = text[start];
        if (CharClass.IsTerminal(c))
        {
            return TerminalRun(text, start, end);
        }
        if (char.IsHighSurrogate(c))
        {
            return SymbolCluster(text, start, end);
        }
        int q = c switch
        {
            ':' or ';' or '=' => Emoticon(text, start, chunkStart, end),
            '^' or '-' => FaceLiteral(text, start, end),
            '<' => Heart(text, start, end),
            '\'' or '\u2019' => ApostropheWord(text, start, end),
            '\u2018' => start + 1 < end && text[start + 1] == '\u2019' ? start + 2 : start,
            '@' or '#' => HandleOrTag(text, start, end),
            _ => start,
        };
        if (q > start)
        {
            return q;
        }
        // Anything else: a run of one repeated character ("--", "''", "***", "$$$") is one token.
        return RunOf(text, start, end, terminals: false);
    }

    // "?!", "!!!", "..." and ".?" are one token each, but an ellipsis and a following "?" or "!" are two.
    private static int TerminalRun(string text, int start, int end)
    {
        int q = RunOf(text, start, end, terminals: true);
        int dots = start;
        while (dots < q && text[dots] == '.')
        {
            dots++;
        }
        return dots - start >= 3 && dots < q ? dots : q;
    }

    // A run of sentence-final marks ("?!", "...", "!!!") or of one repeated character.
    private static int RunOf(string text, int start, int end, bool terminals)
    {
        int limit = Math.Min(end, start + TokenSink.MaxTokenLength);
        char c = text[start];
        int q = start + 1;
        while (q < limit && (terminals ? CharClass.IsTerminal(text[q]) : text[q] == c))
        {
            q++;
        }
        return q;
    }

    // ":)", ":-(", ";)", "=)", ":P", ":D" - only when nothing word-like follows, so that "Note:Dates" is safe.
    private static int Emoticon(string text, int start, int chunkStart, int end)
    {
        int q = start + 1;
        if (q < end && text[q] is '-' or '\'' or '^' or 'o')
        {
            q++;
        }
        if (q >= end || !IsMouth(text[q]))
        {
            return start;
        }
        q++;
        while (q < end && q - start < 8 && text[q] == text[q - 1] && text[q] is ')' or '(')
        {
            q++;
        }
        bool wordBefore = start > chunkStart && CharClass.IsDigit(text[start - 1]);
        return wordBefore || (q < end && CharClass.IsWordChar(text[q])) ? start : q;
    }

    private static bool IsMouth(char c) => c is ')' or '(' or ']' or '[' or 'D' or 'P' or 'p' or 'O' or '/' or '\\' or '|' or '*' or '3' or '$' or '@';

    private static bool IsRegionalIndicator(string text, int i) =>
        text[i] == '\uD83C' && i + 1 < text.Length && text[i + 1] is >= '\uDDE6' and <= '\uDDFF';

    // "^_^" and "-_-".
    private static int FaceLiteral(string text, int start, int end)
    {
        char c = text[start];
        return start + 2 < end && text[start + 1] == '_' && text[start + 2] == c ? start + 3 : start;
    }

    // "<3".
    private static int Heart(string text, int start, int end) =>
        start + 1 < end && text[start + 1] == '3' && (start + 2 >= end || !CharClass.IsWordChar(text[start + 2])) ? start + 2 : start;

    // "'90s", "'09", "'em": an apostrophe that shortens a word rather than quoting it.
    private static int ApostropheWord(string text, int start, int end)
    {
        int q = start + 1;
        if (q + 1 < end && CharClass.IsDigit(text[q]) && CharClass.IsDigit(text[q + 1]))
        {
            q += 2;
            if (q < end && text[q] == 's')
            {
                q++;
            }
            return q < end && CharClass.IsWordChar(text[q]) ? start : q;
        }
        if (q + 1 < end && text[q] == 'e' && text[q + 1] == 'm' && (q + 2 >= end || !CharClass.IsWordChar(text[q + 2])))
        {
            return q + 2;
        }
        return start;
    }

    // "@handle" and "#hashtag" stay whole; "#5" is a number sign and a number.
    private static int HandleOrTag(string text, int start, int end)
    {
        int q = start + 1;
        if (q >= end || !(CharClass.IsLetter(text[q]) || (text[start] == '@' && (CharClass.IsDigit(text[q]) || text[q] == '_'))))
        {
            return start;
        }
        while (q < end && q - start < TokenSink.MaxTokenLength && (CharClass.IsWordChar(text[q]) || text[q] == '_'
            || (text[q] == '.' && q + 1 < end && CharClass.IsWordChar(text[q + 1]))))
        {
            q++;
        }
        return q;
    }

    // An emoji with its variation selectors, skin tones and zero-width-joiner sequence, or any other
    // astral character; a lone high surrogate is a one-character token.
    private static int SymbolCluster(string text, int start, int end)
    {
        if (start + 1 >= end || !char.IsLowSurrogate(text[start + 1]))
        {
            return start + 1;
        }
        int q = start + 2;
        if (IsRegionalIndicator(text, start) && q + 1 < end && IsRegionalIndicator(text, q))
        {
            return q + 2; // a flag is a pair of regional indicator letters
        }
        while (q < end && q - start < 64)
        {
            char c = text[q];
            if (c is '\uFE0E' or '\uFE0F' or '\u20E3')
            {
                q++;
            }
            else if (c == '\uD83C' && q + 1 < end && text[q + 1] is >= '\uDFFB' and <= '\uDFFF')
            {
                q += 2; // skin-tone modifier
            }
            else if (c == '\u200D' && q + 2 < end && char.IsHighSurrogate(text[q + 1]) && char.IsLowSurrogate(text[q + 2]))
            {
                q += 3;
            }
            else
            {
                break;
            }
        }
        return q;
    }
}
