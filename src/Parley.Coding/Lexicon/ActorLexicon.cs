using Parley.Coding.Dictionaries;
using Parley.Coding.Matching;
using Parley.Text;

namespace Parley.Coding.Lexicon;

/// <summary>
/// Actor names compiled for matching in running text: "Russian Foreign Minister Sergei Lavrov" finds the longest
/// listed name at each token, and the entry's date restrictions pick the code for the story date.
/// </summary>
public sealed class ActorLexicon
{
    private readonly PhraseTrie<ActorEntry> _names = new();

    /// <summary>Compiles the entries of <paramref name="dictionaries"/>, earlier files first.</summary>
    public ActorLexicon(IEnumerable<ActorDictionary> dictionaries)
    {
        ArgumentNullException.ThrowIfNull(dictionaries);
        var splitter = new PhraseSplitter();
        foreach (ActorDictionary dictionary in dictionaries)
        {
            foreach (ActorEntry entry in dictionary.Entries)
            {
                foreach (string name in entry.Names)
                {
                    _names.Add(splitter.SplitWritten(name), entry);
                }
            }
        }
    }

    /// <summary>The number of names (synonyms included).</summary>
    public int NameCount => _names.Count;

    /// <summary>
    /// The longest actor name starting at <paramref name="start"/> and ending before <paramref name="limit"/>:
    /// its end token (exclusive), or -1; <paramref name="entry"/> is the first entry listing that name.
    /// </summary>
    public int Match(Document document, int start, int limit, out ActorEntry? entry)
    {
        ArgumentNullException.ThrowIfNull(document);
        int end = _names.MatchLongest(document, start, limit, out IReadOnlyList<ActorEntry> values);
        entry = end < 0 ? null : values[0];
        return end;
    }

    /// <summary>
    /// Flags every token of <paramref name="document"/> that is part of a listed actor name (before tagging: names
    /// only need the tokens), so the tagger can treat unseen names as proper nouns.
    /// </summary>
    public void MarkNames(Document document, Span<bool> names)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (names.Length != document.TokenCount)
        {
            throw new ArgumentException("one flag per token expected", nameof(names));
        }
        names.Clear();
        foreach (Sentence sentence in document.Sentences)
        {
            int t = sentence.FirstToken;
            while (t < sentence.EndToken)
            {
                int end = _names.MatchLongest(document, t, sentence.EndToken, out _);
                if (end < 0)
                {
                    t++;
                    continue;
                }
                names[t..end].Fill(true);
                t = end;
            }
        }
    }

    /// <summary>
    /// The code of <paramref name="entry"/> on <paramref name="date"/>: the first restricted code whose period holds
    /// ("John Kerry" is USAGOV from 2013-02-01 to 2017-01-20), else the first unrestricted code, else null. Without a
    /// date the unrestricted code applies; a name with none, only dated codes, takes its latest one: an undated "Bonn
    /// rejected the offer" is still West Germany (DEU until 1999), for the name means nothing else. <c>---</c> ("not
    /// an actor") gives null.
    /// </summary>
    public static string? CodeOn(ActorEntry entry, DateOnly? date)
    {
        ArgumentNullException.ThrowIfNull(entry);
        string? fallback = null;
        ActorCode? latest = null;
        foreach (ActorCode code in entry.Codes)
        {
            if (code.IsUnrestricted)
            {
                fallback ??= code.Code;
            }
            else if (date is { } day && code.AppliesOn(day))
            {
                return Usable(code.Code);
            }
            else if (date is null && (latest is null || (latest.To is { } end && (code.To is null || code.To > end))))
            {
                latest = code;
            }
        }
        return fallback is not null ? Usable(fallback) : latest is not null ? Usable(latest.Code) : null;
    }

    private static string? Usable(string code) => code == VerbCode.Null ? null : code;
}
