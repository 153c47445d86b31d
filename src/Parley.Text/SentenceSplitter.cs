namespace Parley.Text;

/// <summary>
/// Splits tokenized English text into sentences. A sentence ends after ".", "!", "?", "…" or a run
/// of them (with any closing quotes and brackets written right after) when the next token starts
/// like a sentence; always at a blank line; at a single line break after a short line without final
/// punctuation (a headline or byline); and after <see cref="MaxSentenceTokens"/> tokens at the latest.
/// </summary>
/// <remarks>
/// Abbreviations need no special case here: the <see cref="Tokenizer"/> keeps an abbreviation's
/// period inside its token ("U.S.") unless it judges that the sentence ends, in which case the
/// period is a token of its own. Runs in time linear in the number of tokens.
/// </remarks>
public sealed class SentenceSplitter
{
    /// <summary>Sentences are cut after this many tokens so that later stages stay fast.</summary>
    public const int MaxSentenceTokens = 400;

    // A line this short (tokens, characters) without final punctuation is taken for a headline.
    private const int MaxHeadlineTokens = 12;
    private const int MaxHeadlineChars = 60;

    /// <summary>Creates a sentence splitter.</summary>
    public SentenceSplitter()
    {
    }

    /// <summary>
    /// Returns the index of the first token of each sentence: 0 first when there are tokens, an
    /// empty array when there are none.
    /// </summary>
    /// <param name="text">The text the offsets point into.</param>
    /// <param name="starts">Token start offsets, ascending.</param>
    /// <param name="ends">Token end offsets (exclusive).</param>
    public int[] Split(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (starts.Length != ends.Length)
        {
            throw new ArgumentException("Token start and end spans differ in length.", nameof(ends));
        }
        int n = starts.Length;
        if (n == 0)
        {
            return [];
        }
        var firsts = new List<int> { 0 };
        int sentenceStart = 0;
        int lineStart = 0;
        int i = 0;
        while (i < n - 1)
        {
            int last = BoundaryAfter(text, starts, ends, i, lineStart, sentenceStart);
            if ((last < 0 && i + 1 - sentenceStart >= MaxSentenceTokens) || last + 1 - sentenceStart > MaxSentenceTokens)
            {
                last = Math.Min(i, sentenceStart + MaxSentenceTokens - 1);
            }
            if (last >= 0 && last < n - 1)
            {
                firsts.Add(last + 1);
                sentenceStart = last + 1;
            }
            int next = Math.Max(last, i) + 1;
            for (int t = i; t < next && t < n - 1; t++)
            {
                if (Gap.Of(text, ends[t], starts[t + 1]).LineBreaks > 0)
                {
                    lineStart = t + 1;
                }
            }
            i = next;
        }
        return firsts.ToArray();
    }

    // Index of the last token of a sentence that ends at or just after token i, or -1.
    private static int BoundaryAfter(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int i, int lineStart, int sentenceStart)
    {
        Gap gap = Gap.Of(text, ends[i], starts[i + 1]);
        if (gap.IsParagraphBreak)
        {
            return i;
        }
        ReadOnlySpan<char> token = text.AsSpan(starts[i], ends[i] - starts[i]);
        if (IsTerminalToken(token))
        {
            return IsListLabel(text, starts, ends, i, sentenceStart) ? -1 : AfterTerminal(text, starts, ends, i);
        }
        ReadOnlySpan<char> next = text.AsSpan(starts[i + 1], ends[i + 1] - starts[i + 1]);
        if (!gap.IsEmpty && (IsRule(next) || (IsRule(token) && StartsSentence(next[0], '.'))))
        {
            // Lines of "*****" or "=====" separate the parts of e-mails and postings.
            return i;
        }
        if (gap.LineBreaks == 1 && IsHeadline(text, starts, ends, lineStart, i))
        {
            return i;
        }
        if (IsMeridiem(token) && i > 0 && IsClockTime(text, starts[i - 1], ends[i - 1]) && StartsNewClause(next))
        {
            // "08/16/2000 12:05 PM I just wanted ...": the time line of an e-mail header.
            return i;
        }
        if (StartsTimeStamp(text, starts, ends, i + 1) && !ContinuesIntoDate(token))
        {
            // "... Scott Neal 08/16/2000 03:48 PM": the date and time of a forwarded e-mail.
            return i;
        }
        if (IsSignOff(text, starts, ends, i) && CharClass.IsUpper(next[0]))
        {
            // "Best regards, Debra": the name after a closing formula is a sentence of its own.
            return i;
        }
        return -1;
    }

    // A numeric date directly followed by a clock time.
    private static bool StartsTimeStamp(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int k)
    {
        if (k + 1 >= starts.Length)
        {
            return false;
        }
        ReadOnlySpan<char> date = text.AsSpan(starts[k], ends[k] - starts[k]);
        return date.Length >= 6 && CharClass.IsDigit(date[0]) && CharClass.IsDigit(date[^1]) && date.Count('/') == 2
            && IsClockTime(text, starts[k + 1], ends[k + 1]);
    }

    // Words and marks that lead into a date ("on 08/16/2000", "(08/16/2000").
    private static bool ContinuesIntoDate(ReadOnlySpan<char> token) =>
        CharClass.IsLower(token[0]) || token[^1] is ',' or '(' or '[' or ':' or ';' or '-' or '/' or '@';

    private static bool IsSignOff(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int i)
    {
        if (i == 0 || ends[i] - starts[i] != 1 || text[starts[i]] != ',')
        {
            return false;
        }
        ReadOnlySpan<char> word = text.AsSpan(starts[i - 1], ends[i - 1] - starts[i - 1]);
        return word is "Regards" or "regards" or "Sincerely" or "Cheers";
    }

    // "2." at the start of a sentence numbers a list item: the item text follows in the same sentence.
    private static bool IsListLabel(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int i, int sentenceStart)
    {
        if (i == 0 || i - 1 != sentenceStart || ends[i] - starts[i] != 1 || text[starts[i]] != '.' || starts[i] != ends[i - 1])
        {
            return false;
        }
        ReadOnlySpan<char> label = text.AsSpan(starts[i - 1], ends[i - 1] - starts[i - 1]);
        if (label.Length > 3)
        {
            return false;
        }
        foreach (char c in label)
        {
            if (!CharClass.IsDigit(c) && c != '*')
            {
                return false;
            }
        }
        return true;
    }

    // A run of at least four of the same rule character.
    private static bool IsRule(ReadOnlySpan<char> token)
    {
        if (token.Length < 4 || token[0] is not ('*' or '=' or '_' or '-' or '~' or '#' or '+'))
        {
            return false;
        }
        foreach (char c in token)
        {
            if (c != token[0])
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsMeridiem(ReadOnlySpan<char> token) => token is "AM" or "PM";

    private static bool IsClockTime(string text, int start, int end) =>
        end - start >= 4 && text.AsSpan(start, end - start).Contains(':') && CharClass.IsDigit(text[end - 1]);

    // A capitalised word that is not a time zone or a weekday continuing the time expression.
    private static bool StartsNewClause(ReadOnlySpan<char> next) =>
        CharClass.IsUpper(next[0]) && !Lexicon.IsTimeQualifier(next);

    // Token i is final punctuation: take closing quotes and brackets written right after it, then
    // end the sentence if the next token can start one.
    private static int AfterTerminal(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int i)
    {
        int last = i;
        while (last + 1 < starts.Length && starts[last + 1] == ends[last] && IsCloserToken(text, starts[last + 1], ends[last + 1]))
        {
            last++;
        }
        if (last + 1 >= starts.Length)
        {
            return last;
        }
        Gap gap = Gap.Of(text, ends[last], starts[last + 1]);
        if (gap.IsParagraphBreak)
        {
            return last;
        }
        if (gap.IsEmpty)
        {
            return -1;
        }
        char first = text[starts[last + 1]];
        if (CharClass.IsTerminal(first))
        {
            // ". . ." and "? ? ?" go on; only a whole "..." opens the next sentence.
            return ends[last + 1] - starts[last + 1] >= 3 ? last : -1;
        }
        char mark = ends[i] - starts[i] > 1 && text[ends[i] - 1] == '.' ? '\u2026' : text[ends[i] - 1];
        if (last > i && CharClass.IsLower(first))
        {
            // '"Really?" he asked' and "(at best!) and": the quotation or bracket ends, the sentence goes on.
            return -1;
        }
        return StartsSentence(first, mark) ? last : -1;
    }

    // Whether a token starting with `first` can open a sentence after final punctuation `mark`.
    private static bool StartsSentence(char first, char mark)
    {
        if (CharClass.IsUpper(first) || CharClass.IsDigit(first) || CharClass.IsOpener(first))
        {
            return true;
        }
        if (CharClass.IsLower(first))
        {
            // Chat and e-mail often start sentences in lower case. An abbreviation keeps its period
            // inside its token, so a lone "." before a lower-case word still ends a sentence; an
            // ellipsis before one usually trails off mid-sentence.
            return mark is '?' or '!' or '.';
        }
        // Symbols such as "*" bullets, "--" signatures and "$" amounts can start a sentence;
        // marks that attach to what precedes them cannot.
        return !(first is ',' or ';' or ':' or '%' || CharClass.IsCloser(first));
    }

    // A single line break after a short line that has no final punctuation, followed by a capital.
    private static bool IsHeadline(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int lineStart, int i)
    {
        if (i + 1 - lineStart > MaxHeadlineTokens || ends[i] - starts[lineStart] > MaxHeadlineChars)
        {
            return false;
        }
        char lastChar = text[ends[i] - 1];
        if (lastChar is ',' or ';' or ':' or '-' or '(' or '&' || CharClass.IsTerminal(lastChar))
        {
            return false;
        }
        char first = text[starts[i + 1]];
        return CharClass.IsUpper(first) || CharClass.IsOpener(first) || IsBullet(first);
    }

    private static bool IsBullet(char c) => c is '\u2022' or '\u00B7' or '*' or '-' or '\u2013' or '\u2014' or '\u25AA' or '\u25CF';

    private static bool IsTerminalToken(ReadOnlySpan<char> token)
    {
        foreach (char c in token)
        {
            if (!CharClass.IsTerminal(c))
            {
                return false;
            }
        }
        return token.Length > 0;
    }

    private static bool IsCloserToken(string text, int start, int end)
    {
        for (int k = start; k < end; k++)
        {
            if (!CharClass.IsCloser(text[k]))
            {
                return false;
            }
        }
        return end > start;
    }
}
