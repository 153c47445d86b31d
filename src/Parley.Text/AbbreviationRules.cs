namespace Parley.Text;

/// <summary>
/// Decides whether the period after a word belongs to it. UD English keeps the period of an
/// abbreviation or initial inside the token ("Dr.", "U.S.", "J.") except at the end of a sentence,
/// where the period becomes its own token ("in the U.S" "."). The tokenizer therefore has to guess
/// the sentence end here, from what follows the period.
/// </summary>
internal static class AbbreviationRules
{
    private const int MaxLookahead = 24;

    /// <summary>
    /// Returns <paramref name="wordEnd"/> + 1 when the period at <paramref name="wordEnd"/> belongs to
    /// the word [<paramref name="start"/>, <paramref name="wordEnd"/>), else <paramref name="wordEnd"/>.
    /// </summary>
    public static int TakePeriod(string text, int start, int wordEnd, int chunkEnd)
    {
        if (wordEnd >= chunkEnd || text[wordEnd] != '.')
        {
            return wordEnd;
        }
        AbbreviationKind kind = Lexicon.Classify(text.AsSpan(start, wordEnd - start));
        int after = wordEnd + 1;
        if (after < chunkEnd && text[after] == '.')
        {
            // "Inc.." is the abbreviation and a final period; "etc..." is a word and an ellipsis.
            bool twoDots = after + 1 >= chunkEnd || text[after + 1] != '.';
            return twoDots && kind != AbbreviationKind.None ? after : wordEnd;
        }
        bool keep = kind switch
        {
            AbbreviationKind.Title => true,
            AbbreviationKind.BeforeNumber => NextVisibleIsDigit(text, after),
            AbbreviationKind.Initial when text[start] == 'I' => IsInitialNext(text, after),
            AbbreviationKind.CanEndSentence or AbbreviationKind.Initial => !EndsSentence(text, start, wordEnd, after, kind),
            _ => false,
        };
        return keep ? after : wordEnd;
    }

    // True when the text after an abbreviation's period looks like the start of a new sentence.
    private static bool EndsSentence(string text, int start, int wordEnd, int after, AbbreviationKind kind)
    {
        if (after < text.Length && !CharClass.IsSeparator(text[after]))
        {
            // "U.S.-led", "Inc.," and the like: attached punctuation continues the sentence.
            return false;
        }
        int k = after;
        int lineBreaks = 0;
        while (k < text.Length && CharClass.IsSeparator(text[k]))
        {
            if (CharClass.IsLineBreak(text[k]) || CharClass.IsParagraphBreak(text[k]))
            {
                lineBreaks++;
            }
            k++;
        }
        if (k >= text.Length || lineBreaks >= 2)
        {
            return true;
        }
        if (kind == AbbreviationKind.CanEndSentence && text[k] is '"' or '\u201C' && k + 1 < text.Length && CharClass.IsUpper(text[k + 1]))
        {
            // "... in Newport, R.I. "They are ...": a quotation opens the next sentence.
            return true;
        }
        if (!CharClass.IsUpper(text[k]))
        {
            return false;
        }
        if (text.AsSpan(start, wordEnd - start).SequenceEqual("etc"))
        {
            // "etc." is followed by a capital only at a sentence start.
            return true;
        }
        int e = k + 1;
        while (e < text.Length && e - k < MaxLookahead && CharClass.IsLetter(text[e]))
        {
            e++;
        }
        return Lexicon.IsSentenceStarter(text.AsSpan(k, e - k));
    }

    // "I." is the pronoun or a Roman numeral ("World War I.") unless another initial follows ("I. M. Pei").
    private static bool IsInitialNext(string text, int from)
    {
        int k = from;
        while (k < text.Length && k - from < MaxLookahead && CharClass.IsSeparator(text[k]))
        {
            k++;
        }
        return k > from && k + 1 < text.Length && CharClass.IsUpper(text[k]) && text[k + 1] == '.';
    }

    private static bool NextVisibleIsDigit(string text, int from)
    {
        int k = from;
        while (k < text.Length && k - from < MaxLookahead && CharClass.IsSeparator(text[k]))
        {
            k++;
        }
        return k < text.Length && (CharClass.IsDigit(text[k]) || text[k] == '#');
    }
}
