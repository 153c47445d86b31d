namespace Parley.Text;

/// <summary>
/// Recognises a URL at the start of a word ("http://...", "www.example.com/path") and keeps it as
/// one token, leaving trailing sentence punctuation and an unbalanced closing bracket outside.
/// </summary>
internal static class UrlScanner
{
    /// <summary>Returns the end of the URL starting at <paramref name="start"/>, or <paramref name="start"/> when there is none.</summary>
    public static int ScanEnd(string text, int start, int end)
    {
        ReadOnlySpan<char> rest = text.AsSpan(start, Math.Min(end - start, 8));
        bool isUrl = rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("ftp://", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("file://", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)
            || (rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase) && rest.Length > 4 && CharClass.IsWordChar(rest[4]));
        if (!isUrl)
        {
            return start;
        }
        int limit = Math.Min(end, start + TokenSink.MaxUrlLength);
        int q = start;
        bool hasParen = false, hasBracket = false;
        while (q < limit && !IsUrlStop(text[q]))
        {
            hasParen |= text[q] == '(';
            hasBracket |= text[q] == '[';
            q++;
        }
        while (q > start + 4 && IsTrailing(text[q - 1], hasParen, hasBracket))
        {
            q--;
        }
        return q;
    }

    private static bool IsUrlStop(char c) => c is '<' or '>' or '"' or '\u201C' or '\u201D' or '\u2018' or '\u2019' or '\u00AB' or '\u00BB';

    private static bool IsTrailing(char c, bool hasParen, bool hasBracket) =>
        c is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or '*' or '\u2026'
        || (c == ')' && !hasParen) || (c == ']' && !hasBracket) || c == '}';
}
