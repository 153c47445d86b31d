using Parley.Text;

namespace Parley.Coding.Matching;

/// <summary>
/// Turns dictionary phrases (<c>RUSSIAN_FEDERATION_</c>, <c>U.S.</c>, <c>PRIME MINISTER</c>) into the words Parley's
/// own tokenizer would make of the same text, so that a phrase and a sentence are split alike ("DAGOLATH'S" gives
/// "dagolath" "'s" in both).
/// </summary>
internal sealed class PhraseSplitter
{
    private readonly Tokenizer _tokenizer = new();
    private readonly List<int> _starts = [];
    private readonly List<int> _ends = [];

    /// <summary>
    /// The words of <paramref name="phrase"/>: <c>_</c> and spaces separate words; a trailing <c>_</c> makes the
    /// last word exact, otherwise it is a stem (when long enough). Returns an empty array for an empty phrase.
    /// </summary>
    public PhraseWord[] Split(string phrase, bool lastIsStem)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        string text = phrase.Replace('_', ' ').Trim();
        _starts.Clear();
        _ends.Clear();
        // A word follows the phrase while it is tokenized, as in running text: at the very end of a text the
        // tokenizer reads "U.S." as "U.S" and a full stop, in a sentence as one token.
        _tokenizer.Tokenize(text + " x", _starts, _ends);
        int count = _starts.Count - 1;
        _starts.RemoveAt(count);
        _ends.RemoveAt(count);
        var words = new PhraseWord[_starts.Count];
        for (int i = 0; i < words.Length; i++)
        {
            string word = text[_starts[i].._ends[i]].ToLowerInvariant();
            bool stem = lastIsStem && i == words.Length - 1 && word.Length >= PhraseWord.MinimumStemLength
                && char.IsLetter(word[^1]);
            words[i] = new PhraseWord(word, StableHash.OfLower(word), stem);
        }
        return words;
    }

    /// <summary>
    /// Splits a phrase as written in TABARI/PETRARCH files: a trailing <c>_</c> (after trimming) asks for an exact
    /// last word.
    /// </summary>
    public PhraseWord[] SplitWritten(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        string trimmed = phrase.Trim();
        return Split(trimmed, lastIsStem: !trimmed.EndsWith('_'));
    }
}
