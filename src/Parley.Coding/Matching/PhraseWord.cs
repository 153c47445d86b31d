using Parley.Text;

namespace Parley.Coding.Matching;

/// <summary>
/// One word of a dictionary phrase, lower-cased. A stem (a dictionary word without a trailing <c>_</c>, in TABARI
/// and PETRARCH style) matches any token that starts with it: <c>RUSSIAN</c> matches "Russians".
/// </summary>
/// <param name="Text">The word, lower case.</param>
/// <param name="Hash">Its <see cref="StableHash.OfLower"/> value, comparable with <see cref="Document.LowerHashes"/>.</param>
/// <param name="IsStem">True when a token that merely starts with the word matches too.</param>
internal readonly record struct PhraseWord(string Text, ulong Hash, bool IsStem)
{
    /// <summary>
    /// Stems shorter than this match exactly: in running text "TO" or "US" as prefixes would match "told" and
    /// "used", which neither TABARI's nor PETRARCH's authors meant by their short pattern words.
    /// </summary>
    public const int MinimumStemLength = 4;

    /// <summary>True when <paramref name="token"/> (any case) is this word, or starts with it when it is a stem.</summary>
    public bool Matches(ReadOnlySpan<char> token, ulong tokenLowerHash)
    {
        if (tokenLowerHash == Hash)
        {
            return true;
        }
        return IsStem && token.Length > Text.Length && token.StartsWith(Text, StringComparison.OrdinalIgnoreCase);
    }
}
