using System.Globalization;

namespace Parley.Text;

/// <summary>
/// Character tests shared by the tokenizer and the sentence splitter. ASCII is tested first because
/// it is nearly all of news text; the Unicode category lookup is only the slow path.
/// </summary>
internal static class CharClass
{
    /// <summary>
    /// True for characters that separate tokens: white space, controls (binary junk included) and
    /// the invisible zero-width space and BOM, which would otherwise glue words together unseen.
    /// </summary>
    public static bool IsSeparator(char c)
    {
        if (c < 128)
        {
            return c <= ' ' || c == '\u007F';
        }
        return char.IsWhiteSpace(c) || char.IsControl(c) || c == '\u200B' || c == '\uFEFF';
    }

    /// <summary>Letters, digits and combining marks: the characters a word is made of.</summary>
    public static bool IsWordChar(char c)
    {
        if (c < 128)
        {
            return (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9;
        }
        if (char.IsLetterOrDigit(c) || c is '\u00AD' or '\u200C' or '\u200D')
        {
            // Soft hyphens and zero-width (non-)joiners sit inside words.
            return true;
        }
        UnicodeCategory cat = CharUnicodeInfo.GetUnicodeCategory(c);
        return cat is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
    }

    /// <summary>Letters only (no digits or marks).</summary>
    public static bool IsLetter(char c) =>
        c < 128 ? (uint)((c | 0x20) - 'a') <= 'z' - 'a' : char.IsLetter(c);

    /// <summary>Decimal digits of any script (ASCII first).</summary>
    public static bool IsDigit(char c) => (uint)(c - '0') <= 9 || (c >= 128 && char.IsDigit(c));

    /// <summary>Upper- or title-case letters.</summary>
    public static bool IsUpper(char c) =>
        c < 128 ? (uint)(c - 'A') <= 'Z' - 'A' : char.IsUpper(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.TitlecaseLetter;

    /// <summary>Lower-case letters.</summary>
    public static bool IsLower(char c) => c < 128 ? (uint)(c - 'a') <= 'z' - 'a' : char.IsLower(c);

    /// <summary>Apostrophes that can start a clitic: straight, right single quote and the backtick some writers use.</summary>
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '`';

    /// <summary>Characters that end a sentence: period, exclamation and question marks, and the ellipsis character.</summary>
    public static bool IsTerminal(char c) => c is '.' or '!' or '?' or '\u2026' or '\u203D' or '\u3002' or '\uFF01' or '\uFF1F';

    /// <summary>Characters that close a quotation or bracket and so stay with the sentence they end.</summary>
    public static bool IsCloser(char c) =>
        c is '"' or '\'' or ')' or ']' or '}' or '\u201D' or '\u2019' or '\u00BB' or '\u203A' or '\u300D' or '\u300F';

    /// <summary>Characters that open a quotation or bracket and so may start a sentence.</summary>
    public static bool IsOpener(char c) =>
        c is '"' or '\'' or '(' or '[' or '{' or '`' or '\u201C' or '\u2018' or '\u00AB' or '\u2039' or '\u201E' or '\u300C' or '\u300E';

    /// <summary>Line break characters, counted to find blank lines between tokens.</summary>
    public static bool IsLineBreak(char c) => c is '\n' or '\u2028' or '\u0085';

    /// <summary>Characters that separate paragraphs outright.</summary>
    public static bool IsParagraphBreak(char c) => c is '\u2029' or '\f';
}
