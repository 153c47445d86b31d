using Parley.Coding.Dictionaries;
using Parley.Coding.Matching;
using Parley.Text;

namespace Parley.Coding.Lexicon;

/// <summary>
/// Agent words compiled for matching: "Russian pilots" has the agent "pilots" (<c>~MIL</c>), which composes with
/// the country that qualifies it. Regular plurals are added as PETRARCH does unless the line lists its own forms.
/// </summary>
public sealed class AgentLexicon
{
    private readonly PhraseTrie<AgentSense> _names = new();
    private readonly bool _wholeWords;

    /// <summary>
    /// Compiles the entries of <paramref name="dictionaries"/>, earlier files first. With
    /// <paramref name="wholeWords"/> every word of a name matches whole words only, as PETRARCH matches its agents:
    /// <c>DIPLOMAT</c> names "a diplomat" but not "diplomatic ties"; otherwise a final word written without
    /// <c>_</c> is a stem, as in TABARI's files and Parley's own.
    /// </summary>
    public AgentLexicon(IEnumerable<AgentDictionary> dictionaries, bool wholeWords = false)
    {
        ArgumentNullException.ThrowIfNull(dictionaries);
        _wholeWords = wholeWords;
        var splitter = new PhraseSplitter();
        foreach (AgentDictionary dictionary in dictionaries)
        {
            foreach (AgentEntry entry in dictionary.Entries)
            {
                var sense = new AgentSense(entry.Code, entry.Position, entry);
                for (int i = 0; i < entry.Names.Count; i++)
                {
                    foreach (string name in dictionary.Expand(entry.Names[i]))
                    {
                        Add(splitter, name, sense, plural: i == 0 && entry.RegularPlurals);
                    }
                }
            }
        }
    }

    /// <summary>The number of agent phrases (generated plurals included).</summary>
    public int NameCount => _names.Count;

    /// <summary>
    /// The longest agent phrase starting at <paramref name="start"/> and ending before <paramref name="limit"/>: its
    /// end (exclusive) or -1, and the first sense listed for it.
    /// </summary>
    public int Match(Document document, int start, int limit, out AgentSense? sense)
    {
        ArgumentNullException.ThrowIfNull(document);
        int end = _names.MatchLongest(document, start, limit, out IReadOnlyList<AgentSense> values);
        sense = end < 0 ? null : values[0];
        return end;
    }

    private void Add(PhraseSplitter splitter, string name, AgentSense sense, bool plural)
    {
        PhraseWord[] words = _wholeWords ? splitter.Split(name.Trim(), lastIsStem: false) : splitter.SplitWritten(name);
        _names.Add(words, sense);
        if (plural && words.Length > 0 && !words[^1].IsStem)
        {
            string trimmed = name.Trim().TrimEnd('_');
            _names.Add(splitter.Split(RegularPlural(trimmed), lastIsStem: false), sense);
        }
    }

    /// <summary>English regular plural of the last word: ARMY → ARMIES, BOSS → BOSSES, PILOT → PILOTS.</summary>
    internal static string RegularPlural(string word)
    {
        if (word.Length > 1 && (word[^1] is 'Y' or 'y') && !"AEIOUaeiou".Contains(word[^2]))
        {
            return word[..^1] + "IES";
        }
        if (word.EndsWith('S') || word.EndsWith('X') || word.EndsWith("CH", StringComparison.OrdinalIgnoreCase)
            || word.EndsWith("SH", StringComparison.OrdinalIgnoreCase) || word.EndsWith('s'))
        {
            return word + "ES";
        }
        return word + "S";
    }
}
