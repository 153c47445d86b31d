using Parley.Coding.Dictionaries;
using Parley.Coding.Matching;
using Parley.Text;

namespace Parley.Coding.Lexicon;

/// <summary>
/// Discard phrases compiled for matching: a sentence containing a sentence-level phrase ("soccer match") codes no
/// events, and a story containing a story-level one ("+HOROSCOPE") codes none at all.
/// </summary>
public sealed class DiscardLexicon
{
    private readonly PhraseTrie<DiscardEntry> _phrases = new();

    /// <summary>Compiles <paramref name="dictionaries"/>.</summary>
    public DiscardLexicon(IEnumerable<DiscardDictionary> dictionaries)
    {
        ArgumentNullException.ThrowIfNull(dictionaries);
        var splitter = new PhraseSplitter();
        foreach (DiscardDictionary dictionary in dictionaries)
        {
            foreach (DiscardEntry entry in dictionary.Entries)
            {
                _phrases.Add(splitter.SplitWritten(entry.Phrase), entry);
            }
        }
    }

    /// <summary>The number of phrases.</summary>
    public int Count => _phrases.Count;

    /// <summary>
    /// The first discard phrase of <paramref name="scope"/> found in tokens [<paramref name="start"/>,
    /// <paramref name="end"/>), or null.
    /// </summary>
    public DiscardEntry? FindIn(Document document, int start, int end, DiscardScope scope)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (_phrases.Count == 0)
        {
            return null;
        }
        for (int t = start; t < end; t++)
        {
            if (_phrases.MatchLongest(document, t, end, out IReadOnlyList<DiscardEntry> values) > 0)
            {
                foreach (DiscardEntry entry in values)
                {
                    if (entry.Scope == scope)
                    {
                        return entry;
                    }
                }
            }
        }
        return null;
    }
}
