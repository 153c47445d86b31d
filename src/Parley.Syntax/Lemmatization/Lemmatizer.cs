using System.Collections.Frozen;
using System.Reflection;
using System.Runtime.CompilerServices;
using Parley.Syntax.Clustering;
using Parley.Text;

namespace Parley.Syntax.Lemmatization;

/// <summary>
/// Dictionary-and-rules lemmatizer. A form seen in training with the same tag takes its most frequent
/// lemma; an unseen irregular verb form takes its lemma from Parley's irregular list ("fled" → flee);
/// otherwise the most specific suffix rule learned for the tag applies ("vetoed"/VBD → strip "ed"…).
/// Proper nouns keep their form.
/// </summary>
public sealed class Lemmatizer
{
    private readonly FrozenDictionary<ulong, string> _exact;
    private readonly FrozenDictionary<ulong, SuffixRule> _rules;
    private readonly FrozenDictionary<string, string> _irregular;
    private readonly FrozenSet<ulong> _knownLemmas;

    private readonly WordClusters _vocabulary;

    internal Lemmatizer(IDictionary<ulong, string> exact, IDictionary<ulong, SuffixRule> rules)
    {
        _exact = exact.ToFrozenDictionary();
        _rules = rules.ToFrozenDictionary();
        _vocabulary = WordClusters.Empty;
        _irregular = LoadIrregular();
        var known = new HashSet<ulong>();
        foreach (string lemma in _exact.Values)
        {
            known.Add(StableHash.OfLower(lemma));
        }
        _knownLemmas = known.ToFrozenSet();
    }

    // Shares every table with the lemmatizer it extends: only the vocabulary is new.
    private Lemmatizer(Lemmatizer tables, WordClusters vocabulary)
    {
        _exact = tables._exact;
        _rules = tables._rules;
        _irregular = tables._irregular;
        _knownLemmas = tables._knownLemmas;
        _vocabulary = vocabulary;
    }

    /// <summary>
    /// This lemmatizer also knowing the words of <paramref name="vocabulary"/> (the word classes learned from
    /// unlabelled news): a rule's result that is a real word is preferred, so "declined" gives "decline", not
    /// "declin", even when the treebank never had the verb.
    /// </summary>
    internal Lemmatizer WithVocabulary(WordClusters vocabulary) => new(this, vocabulary);

    /// <summary>True when the treebank had <paramref name="form"/> (any case) with the tag <paramref name="xpos"/>.</summary>
    internal bool Knows(ReadOnlySpan<char> form, string xpos) =>
        _exact.ContainsKey(StableHash.Combine(StableHash.OfLower(form), StableHash.Of(xpos)));

    /// <summary>
    /// True when <paramref name="form"/> is a past form of a verb: a regular "-ed" form, a form of Parley's irregular
    /// list other than the lemma itself ("undertook", "shot"), or a form the treebank had as a past tense or participle.
    /// </summary>
    internal bool IsPastForm(ReadOnlySpan<char> form)
    {
        if (form.Length >= 5 && form.EndsWith("ed", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        string lower = form.ToString().ToLowerInvariant();
        return (_irregular.TryGetValue(lower, out string? lemma) && lemma != lower) || Knows(form, "VBD") || Knows(form, "VBN");
    }

    /// <summary>True when <paramref name="lemma"/> is the lemma of some form of the treebank.</summary>
    internal bool IsKnownLemma(string lemma) => _knownLemmas.Contains(StableHash.OfLower(lemma));

    /// <summary>Number of (form, tag) pairs in the exact table.</summary>
    public int ExactCount => _exact.Count;

    /// <summary>Number of learned suffix rules.</summary>
    public int RuleCount => _rules.Count;

    internal IReadOnlyDictionary<ulong, string> Exact => _exact;

    internal IReadOnlyDictionary<ulong, SuffixRule> Rules => _rules;

    /// <summary>The longest suffix a rule may be keyed on.</summary>
    internal const int MaxSuffix = 5;

    /// <summary>Returns the lemma of <paramref name="form"/> tagged <paramref name="xpos"/>.</summary>
    public string Lemmatize(ReadOnlySpan<char> form, string xpos, UPos upos)
    {
        ArgumentNullException.ThrowIfNull(xpos);
        ulong tag = StableHash.Of(xpos);
        if (_exact.TryGetValue(StableHash.Combine(StableHash.OfLower(form), tag), out string? lemma))
        {
            return lemma;
        }
        if (upos == UPos.PROPN || form.Length > 40)
        {
            return form.ToString();
        }
        string lower = form.ToString().ToLowerInvariant();
        if ((upos == UPos.VERB || upos == UPos.AUX) && _irregular.TryGetValue(lower, out string? irregular))
        {
            return irregular;
        }
        return ApplyRules(lower, tag, pastOrGerund: xpos is "VBD" or "VBN" or "VBG") ?? lower;
    }

    // Rules from the longest matching suffix down; the first result that is a known lemma wins
    // ("shelled": the "-elled" rule of cancelled→cancel gives "shel", unknown; "-ed" gives "shell").
    // Then the first that is a word of the news vocabulary, taking "hope" over "hop" for "hoped" when both are
    // words and the shorter ends in one vowel and one consonant; else the longest rule's result.
    private string? ApplyRules(string lower, ulong tag, bool pastOrGerund)
    {
        string? first = null;
        string? word = null;
        for (int length = Math.Min(MaxSuffix, lower.Length - 1); length >= 1; length--)
        {
            if (!_rules.TryGetValue(RuleKey(tag, lower.AsSpan(lower.Length - length)), out SuffixRule rule) || rule.Strip >= lower.Length)
            {
                continue;
            }
            string candidate = string.Concat(lower.AsSpan(0, lower.Length - rule.Strip), rule.Append);
            ulong hash = StableHash.OfLower(candidate);
            if (_knownLemmas.Contains(hash))
            {
                return candidate;
            }
            first ??= candidate;
            if (_vocabulary.Contains(hash) && (word is null || (candidate == word + "e" && EndsInVowelConsonant(word))))
            {
                word = candidate;
            }
        }
        string? best = word ?? first;
        if (pastOrGerund && best is not null && NeedsSilentE(best) && !_knownLemmas.Contains(StableHash.OfLower(best)))
        {
            // The rules strip "-ed"/"-ing" whole; a verb whose lemma ends in a silent "e" ("declined" → "declin",
            // "ruled" → "rul", "forced" → "forc") gets it back when that makes a known word.
            string withE = best + "e";
            ulong hash = StableHash.OfLower(withE);
            if (_knownLemmas.Contains(hash) || _vocabulary.Contains(hash))
            {
                return withE;
            }
        }
        return best;
    }

    /// <summary>A stem that English spells with a final silent "e": one vowel then one consonant, or a soft c/g/v/z.</summary>
    private static bool NeedsSilentE(string stem) =>
        stem.Length >= 3 && (EndsInVowelConsonant(stem) || (stem[^1] is 'c' or 'g' or 'v' or 'z' && stem[^2] != stem[^1]));

    private static bool EndsInVowelConsonant(string word) =>
        word.Length >= 3 && !IsVowel(word[^1]) && IsVowel(word[^2]) && !IsVowel(word[^3]) && word[^1] is not ('w' or 'x' or 'y');

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    internal static ulong RuleKey(ulong tagHash, ReadOnlySpan<char> suffix) => StableHash.Combine(tagHash, StableHash.Of(suffix), 0x5F);

    private static FrozenDictionary<string, string> LoadIrregular()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        Assembly assembly = typeof(Lemmatizer).Assembly;
        using Stream stream = assembly.GetManifestResourceStream("Parley.Syntax.Lemmatization.irregular.tsv")
            ?? throw new InvalidOperationException("irregular verb list is missing from the assembly");
        using var reader = new StreamReader(stream);
        string? line;
        while ((line = reader.ReadLine()) != null)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            int tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab > 0)
            {
                map[line[..tab]] = string.Intern(line[(tab + 1)..]);
            }
        }
        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    internal void Write(BinaryWriter writer)
    {
        WriteSorted(writer, _exact, static (w, v) => w.Write(v));
        WriteSorted(writer, _rules, static (w, v) =>
        {
            w.Write((byte)v.Strip);
            w.Write(v.Append);
        });
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static Lemmatizer Read(BinaryReader reader)
    {
        var exact = ReadMap(reader, static r => string.Intern(r.ReadString()));
        var rules = ReadMap(reader, static r => new SuffixRule(r.ReadByte(), string.Intern(r.ReadString())));
        return new Lemmatizer(exact, rules);
    }

    private static void WriteSorted<T>(BinaryWriter writer, IReadOnlyDictionary<ulong, T> map, Action<BinaryWriter, T> write)
    {
        var keys = new List<ulong>(map.Keys);
        keys.Sort();
        writer.Write(keys.Count);
        foreach (ulong key in keys)
        {
            writer.Write(key);
            write(writer, map[key]);
        }
    }

    private static Dictionary<ulong, T> ReadMap<T>(BinaryReader reader, Func<BinaryReader, T> read)
    {
        int count = reader.ReadInt32();
        if (count < 0)
        {
            throw new InvalidDataException("corrupt lemmatizer table");
        }
        var map = new Dictionary<ulong, T>(count);
        for (int i = 0; i < count; i++)
        {
            ulong key = reader.ReadUInt64();
            map[key] = read(reader);
        }
        return map;
    }
}
