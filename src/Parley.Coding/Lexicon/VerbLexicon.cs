using Parley.Coding.Dictionaries;
using Parley.Coding.Matching;
using Parley.Text;

namespace Parley.Coding.Lexicon;

/// <summary>
/// Verbs compiled for lookup by lemma or written form: "vetoed" finds VETO through the lemmatizer, "left" finds a
/// TABARI verb listed as LEFT by its form. Each sense carries its block's compiled patterns.
/// </summary>
public sealed class VerbLexicon
{
    private readonly Dictionary<ulong, List<VerbSense>> _byWord = [];
    private readonly Dictionary<ulong, List<VerbSense>> _byStem = [];
    private int _longestStem;

    /// <summary>Compiles <paramref name="dictionaries"/>, earlier files first.</summary>
    public VerbLexicon(IEnumerable<VerbDictionary> dictionaries)
    {
        ArgumentNullException.ThrowIfNull(dictionaries);
        var splitter = new PhraseSplitter();
        foreach (VerbDictionary dictionary in dictionaries)
        {
            var compiler = new PatternCompiler(dictionary.Sets, splitter);
            foreach (VerbBlock block in dictionary.Blocks)
            {
                CompiledPattern[] patterns = block.Patterns.Select(compiler.Compile).ToArray();
                foreach (VerbEntry entry in block.Verbs)
                {
                    AddSense(entry, block, patterns, splitter);
                    PatternCount += patterns.Length;
                }
            }
        }
    }

    /// <summary>The number of words (lemmas and listed forms) that lead to a verb.</summary>
    public int WordCount => _byWord.Count;

    /// <summary>The number of (verb, pattern) pairs compiled.</summary>
    public int PatternCount { get; }

    /// <summary>The senses listed under the word whose <see cref="StableHash.OfLower"/> is <paramref name="lowerHash"/>.</summary>
    public IReadOnlyList<VerbSense> Find(ulong lowerHash) =>
        _byWord.TryGetValue(lowerHash, out List<VerbSense>? senses) ? senses : [];

    /// <summary>
    /// The senses of the longest verb stem that <paramref name="word"/> starts with: TABARI lists verbs as stems
    /// (<c>RESTOR</c> codes "restore", "restored", "restoring"); a verb written with a trailing <c>_</c> is exact.
    /// </summary>
    public IReadOnlyList<VerbSense> FindByStem(ReadOnlySpan<char> word)
    {
        IReadOnlyList<VerbSense> found = [];
        ulong hash = StableHash.Seed;
        int end = Math.Min(word.Length, _longestStem);
        for (int i = 0; i < end; i++)
        {
            hash = StableHash.AppendLower(hash, word[i]);
            if (i + 1 >= PhraseWord.MinimumStemLength && _byStem.TryGetValue(hash, out List<VerbSense>? senses))
            {
                found = senses;
            }
        }
        return found;
    }

    private void AddSense(VerbEntry entry, VerbBlock block, CompiledPattern[] patterns, PhraseSplitter splitter)
    {
        var particles = new List<PhraseWord>();
        for (int i = entry.VerbIndex + 1; i < entry.Words.Count; i++)
        {
            particles.AddRange(splitter.Split(entry.Words[i], lastIsStem: false));
        }
        var sense = new VerbSense(entry, block, patterns, particles.ToArray());
        Index(_byWord, entry.Lemma, sense);
        string written = entry.Text.TrimStart('+');
        if (!written.EndsWith('_') && entry.Words.Count == 1 && entry.Lemma.Length >= PhraseWord.MinimumStemLength)
        {
            Index(_byStem, entry.Lemma, sense);
            _longestStem = Math.Max(_longestStem, entry.Lemma.Length);
        }
        foreach (string form in entry.Forms)
        {
            string[] words = form.Trim('_').Split('_', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length > 0)
            {
                Index(_byWord, words[Math.Min(entry.VerbIndex, words.Length - 1)], sense);
            }
        }
    }

    private static void Index(Dictionary<ulong, List<VerbSense>> index, string word, VerbSense sense)
    {
        ulong hash = StableHash.OfLower(word.Trim('_'));
        if (!index.TryGetValue(hash, out List<VerbSense>? list))
        {
            list = [];
            index[hash] = list;
        }
        if (!list.Contains(sense))
        {
            list.Add(sense);
        }
    }
}
