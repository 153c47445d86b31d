namespace Parley.Text;

/// <summary>
/// Scans one word starting at a letter or digit: the letters and digits plus the connectors UD
/// English keeps inside a word (decimal points and thousands commas, clock colons, dates and phone
/// numbers, dotted acronyms, e-mail addresses, bound prefixes such as "non-"), then the period of
/// an abbreviation, and finally splits clitics ("do" "n't") and units ("5" "pm") off the result.
/// Every step looks at a bounded neighbourhood, so the whole scan is linear.
/// </summary>
internal static class WordScanner
{
    /// <summary>Scans and emits the word at <paramref name="start"/>; returns the position after it.</summary>
    public static int ScanAndEmit(string text, int start, int end, TokenSink sink)
    {
        int wordEnd = ScanEnd(text, start, end);
        int withPeriod = AbbreviationRules.TakePeriod(text, start, wordEnd, end);
        if (withPeriod > wordEnd)
        {
            sink.Add(start, withPeriod);
            return withPeriod;
        }
        Emit(text, start, wordEnd, sink);
        return wordEnd;
    }

    /// <summary>End of the word that starts at <paramref name="start"/>, connectors included.</summary>
    public static int ScanEnd(string text, int start, int end)
    {
        int limit = Math.Min(end, start + TokenSink.MaxTokenLength);
        int q = start;
        int segment = start;      // start of the part after the last connector
        bool segmentDigits = true; // that part holds digits only
        bool allNumeric = true;    // the whole word so far is a number (digits and , . : separators)
        while (q < limit)
        {
            char c = text[q];
            if (CharClass.IsWordChar(c))
            {
                if (!CharClass.IsDigit(c))
                {
                    segmentDigits = false;
                    allNumeric = false;
                }
                q++;
                continue;
            }
            if (c == '.' && IsMaskedAddress(text, q, end))
            {
                // "franz371...@gmail.com": newsgroup archives hide part of an address with dots.
                while (text[q] == '.')
                {
                    q++;
                }
                continue;
            }
            if (q + 1 >= end || !CharClass.IsWordChar(text[q + 1]))
            {
                break;
            }
            int next = Connect(text, start, segment, q, end, segmentDigits, allNumeric);
            if (next <= q)
            {
                break;
            }
            if (next > q + 1)
            {
                // A whole number pattern (date, phone number) was accepted at once.
                q = Math.Min(next, limit);
                segment = q;
                continue;
            }
            allNumeric &= c is ',' or '.' or ':';
            q = next;
            segment = q;
            segmentDigits = true;
        }
        return q;
    }

    // Decides whether the connector at q joins the word; returns the new scan position or q to stop.
    private static int Connect(string text, int start, int segment, int q, int end, bool segmentDigits, bool allNumeric)
    {
        char c = text[q];
        char next = text[q + 1];
        switch (c)
        {
            case '.':
                return q + 1;
            case ',':
                return segmentDigits && allNumeric && IsThousandsGroup(text, q + 1, end) ? q + 1 : q;
            case ':':
                return segmentDigits && allNumeric && CharClass.IsDigit(next) ? q + 1 : q;
            case '-':
            case '/':
                if (allNumeric && segmentDigits && CharClass.IsDigit(next))
                {
                    return NumberPattern.AcceptedEnd(text, segment, q, end);
                }
                if (c == '-' && allNumeric && segmentDigits)
                {
                    return NumberPattern.DayMonthYearEnd(text, segment, q, end);
                }
                if (c == '-')
                {
                    return Lexicon.IsHyphenPrefix(text.AsSpan(segment, q - segment)) ? q + 1 : q;
                }
                return IsLetterSlashLetter(text, segment, q, end) ? q + 1 : q;
            case '\'':
            case '\u2019':
            case '`':
                return CharClass.IsLetter(next) ? q + 1 : q;
            case '@':
            case '_':
                return q + 1;
            case '&':
                return q - segment <= 2 && !segmentDigits && CharClass.IsUpper(next) && q > start ? q + 1 : q;
            default:
                return q;
        }
    }

    private static bool IsMaskedAddress(string text, int q, int end)
    {
        int k = q;
        while (k < end && k - q < 4 && text[k] == '.')
        {
            k++;
        }
        return k - q >= 2 && k + 1 < end && text[k] == '@' && CharClass.IsWordChar(text[k + 1]);
    }

    // "1,000": a comma joins digits only when exactly three digits follow.
    private static bool IsThousandsGroup(string text, int from, int end)
    {
        if (from + 3 > end)
        {
            return false;
        }
        for (int i = from; i < from + 3; i++)
        {
            if (!CharClass.IsDigit(text[i]))
            {
                return false;
            }
        }
        return from + 3 == end || !CharClass.IsDigit(text[from + 3]);
    }

    // "b/c", "w/o", "l/c": one letter, slash, one letter.
    private static bool IsLetterSlashLetter(string text, int segment, int q, int end) =>
        q - segment == 1 && CharClass.IsLetter(text[segment]) && CharClass.IsLetter(text[q + 1])
        && (q + 2 >= end || !CharClass.IsWordChar(text[q + 2]));

    /// <summary>Emits [<paramref name="start"/>, <paramref name="end"/>) with clitics and units split off.</summary>
    public static void Emit(string text, int start, int end, TokenSink sink)
    {
        ReadOnlySpan<char> word = text.AsSpan(start, end - start);
        int split = CliticSplit(word);
        if (split == 0 && IsItsBeforeVerbPhrase(text, word, end))
        {
            split = 2;
        }
        if (split == 0)
        {
            split = UnitSplit(word);
        }
        if (split == 0)
        {
            split = Lexicon.ContractionSplit(word);
        }
        if (split > 0 && split < word.Length)
        {
            sink.Add(start, start + split);
            sink.Add(start + split, end);
        }
        else
        {
            sink.Add(start, end);
        }
    }

    // Offset of a clitic ('s 're 've 'll 'd 'm n't) at the end of the word, or 0.
    private static int CliticSplit(ReadOnlySpan<char> word)
    {
        int n = word.Length;
        for (int k = n - 2; k >= 1 && k >= n - 4; k--)
        {
            if (!CharClass.IsApostrophe(word[k]))
            {
                continue;
            }
            ReadOnlySpan<char> suffix = word[(k + 1)..];
            if (suffix.Length == 1 && (suffix[0] | 0x20) == 't')
            {
                return k >= 2 && (word[k - 1] | 0x20) == 'n' ? k - 1 : 0;
            }
            // "1990's" and "70's" stay whole in UD English.
            return IsCliticSuffix(suffix) && !CharClass.IsDigit(word[k - 1]) ? k : 0;
        }
        return 0;
    }

    // "its a", "its not": "it's" written without the apostrophe, split as "it" "s".
    private static bool IsItsBeforeVerbPhrase(string text, ReadOnlySpan<char> word, int end)
    {
        if (!word.Equals("its", StringComparison.OrdinalIgnoreCase) || end >= text.Length || !CharClass.IsSeparator(text[end]))
        {
            return false;
        }
        int k = end;
        while (k < text.Length && k - end < 4 && CharClass.IsSeparator(text[k]))
        {
            k++;
        }
        int e = k;
        while (e < text.Length && e - k < 13 && CharClass.IsLetter(text[e]))
        {
            e++;
        }
        return e > k && (e >= text.Length || !CharClass.IsWordChar(text[e])) && Lexicon.FollowsItIs(text.AsSpan(k, e - k));
    }

    private static bool IsCliticSuffix(ReadOnlySpan<char> s) =>
        s.Equals("s", StringComparison.OrdinalIgnoreCase) || s.Equals("re", StringComparison.OrdinalIgnoreCase)
        || s.Equals("ve", StringComparison.OrdinalIgnoreCase) || s.Equals("ll", StringComparison.OrdinalIgnoreCase)
        || s.Equals("d", StringComparison.OrdinalIgnoreCase) || s.Equals("m", StringComparison.OrdinalIgnoreCase);

    // Offset of a unit attached to a number ("7:30PM", "35mm", "10k"), or 0.
    private static int UnitSplit(ReadOnlySpan<char> word)
    {
        if (!CharClass.IsDigit(word[0]))
        {
            return 0;
        }
        int i = 1;
        while (i < word.Length && (CharClass.IsDigit(word[i]) || word[i] is '.' or ',' or ':'))
        {
            i++;
        }
        return i < word.Length && CharClass.IsLetter(word[i]) && Lexicon.IsUnit(word[i..]) ? i : 0;
    }
}
