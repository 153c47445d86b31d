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

    private void AddSense(VerbEntry entry, VerbBlock block, CompiledPattern[] patterns, PhraseSplitter splitter)
    {
        var particles = new List<PhraseWord>();
        for (int i = entry.VerbIndex + 1; i < entry.Words.Count; i++)
        {
            particles.AddRange(splitter.Split(entry.Words[i], lastIsStem: false));
        }
        var sense = new VerbSense(entry, block, patterns, particles.ToArray());
        Index(entry.Lemma, sense);
        foreach (string form in entry.Forms)
        {
            string[] words = form.Trim('_').Split('_', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length > 0)
            {
                Index(words[Math.Min(entry.VerbIndex, words.Length - 1)], sense);
            }
        }
    }

    private void Index(string word, VerbSense sense)
    {
        ulong hash = StableHash.OfLower(word.Trim('_'));
        if (!_byWord.TryGetValue(hash, out List<VerbSense>? list))
        {
            list = [];
            _byWord[hash] = list;
        }
        if (!list.Contains(sense))
        {
            list.Add(sense);
        }
    }
}
