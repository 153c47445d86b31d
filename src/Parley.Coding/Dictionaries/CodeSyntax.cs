namespace Parley.Coding.Dictionaries;

/// <summary>Parsing and checking of bracketed codes.</summary>
internal static class CodeSyntax
{
    /// <summary>
    /// Splits <paramref name="text"/> into the part before a bracket group and the bracket contents: returns the
    /// text before the first <paramref name="open"/>, and the inside of each <paramref name="open"/>...<paramref name="close"/>
    /// group that follows, separated by nothing but whitespace. Throws <see cref="LineDefectException"/> on stray text.
    /// </summary>
    public static (string Before, List<string> Groups) SplitGroups(string text, char open, char close)
    {
        int first = text.IndexOf(open, StringComparison.Ordinal);
        if (first < 0)
        {
            return (text.Trim(), []);
        }
        var groups = new List<string>();
        int i = first;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }
            if (text[i] != open)
            {
                throw new LineDefectException($"unexpected text '{text[i..].Trim()}' after {open}...{close}");
            }
            int end = text.IndexOf(close, i + 1);
            if (end < 0)
            {
                throw new LineDefectException($"unclosed '{open}'");
            }
            groups.Add(text[(i + 1)..end]);
            i = end + 1;
        }
        return (text[..first].Trim(), groups);
    }

    /// <summary>True for a CAMEO-looking event code: two to four digits, or <c>---</c>.</summary>
    public static bool IsCameoEventCode(string code) =>
        code == VerbCode.Null || (code.Length is >= 2 and <= 4 && code.All(char.IsAsciiDigit));

    /// <summary>True for a code token that is not CAMEO-looking but plausible in the validation suites (<c>abc</c>, <c>023?</c>, <c>###</c>, <c>+++</c>).</summary>
    private static bool IsCodeToken(string code) =>
        code.Length > 0 && code.All(c => char.IsAsciiLetterOrDigit(c) || c is '?' or '!' or '#' or '+' or '-' or '.');

    /// <summary>
    /// Parses the inside of a verb code bracket. Spaces, an empty code or a second colon are defects
    /// (<see cref="LineDefectException"/>); a code token that is not CAMEO-looking is reported through
    /// <paramref name="nonCameo"/> and kept.
    /// </summary>
    public static VerbCode ParseVerbCode(string inside, Action<string> nonCameo)
    {
        string text = inside.Trim();
        if (text.Length == 0)
        {
            throw new LineDefectException("empty code []");
        }
        if (text.Any(char.IsWhiteSpace))
        {
            throw new LineDefectException($"code [{inside}] contains spaces");
        }
        string[] parts = text.Split(':');
        if (parts.Length > 2)
        {
            throw new LineDefectException($"code [{text}] has more than one ':'");
        }
        if (parts.Length == 2 && parts[1].Length == 0)
        {
            throw new LineDefectException($"code [{text}] has nothing after ':'");
        }
        foreach (string part in parts)
        {
            if (part.Length == 0)
            {
                continue;
            }
            if (!IsCodeToken(part))
            {
                throw new LineDefectException($"invalid code [{text}]");
            }
            if (!IsCameoEventCode(part))
            {
                nonCameo($"code [{text}] is not a CAMEO code (digits or ---)");
                break;
            }
        }
        return new VerbCode(parts[0].Length == 0 ? null : parts[0], parts.Length == 2 ? parts[1] : null);
    }

    /// <summary>
    /// True for a CAMEO-looking actor or agent code: upper-case letters and digits with at least one letter, or
    /// <c>---</c>; several such codes may be joined by <c>/</c> (TABARI's compound actors, <c>[ELR/GAL]</c>).
    /// </summary>
    public static bool IsCameoActorCode(string code) =>
        code == VerbCode.Null || code.Split('/').All(part =>
            part.Length > 0 && part.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c)) && part.Any(char.IsAsciiLetter));

    /// <summary>
    /// Checks an actor code: CAMEO-looking is fine; parts of letters and digits that are not (lower case) and the
    /// TABARI codes <c>###</c> and <c>+++</c> go to <paramref name="nonCameo"/>; anything else is a defect.
    /// </summary>
    public static void CheckActorCode(string code, Action<string> nonCameo)
    {
        if (IsCameoActorCode(code))
        {
            return;
        }
        if (code.Length == 0)
        {
            throw new LineDefectException("missing code");
        }
        foreach (string part in code.Split('/'))
        {
            if (part is "---" or "###" or "+++")
            {
                continue;
            }
            if (part.Length > 0 && part.All(char.IsAsciiDigit))
            {
                throw new LineDefectException($"'{code}' is not an actor code (a date without a code?)");
            }
            if (part.Length == 0 || !part.All(char.IsAsciiLetterOrDigit))
            {
                throw new LineDefectException($"invalid code '{code}'");
            }
        }
        nonCameo($"code '{code}' is not a CAMEO actor code");
    }
}
