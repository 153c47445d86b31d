using Parley.Syntax.Clustering;
using Parley.Text;

namespace Parley.Syntax.Training;

/// <summary>
/// What the tagger knows of individual words from its training data: words that always take one tag
/// (tagged by lookup) and each frequent word's ambiguity class (the set of tags it took).
/// </summary>
internal sealed class TaggerLexicon
{
    private TaggerLexicon(Dictionary<ulong, int> fixedTags, Dictionary<ulong, ulong> ambiguity, WordClusters clusters)
    {
        Clusters = clusters;
        FixedTags = fixedTags;
        Ambiguity = ambiguity;
    }

    /// <summary>Distributional word classes (learned from unlabelled text, not from the treebank).</summary>
    public WordClusters Clusters { get; }

    /// <summary>Word (exact case) → its only tag, for words seen 20+ times with one tag 99.5% of the time.</summary>
    public Dictionary<ulong, int> FixedTags { get; }

    /// <summary>Word (exact case) → hash of the set of tags it took at least twice, for words seen 3+ times.</summary>
    public Dictionary<ulong, ulong> Ambiguity { get; }

    public static TaggerLexicon Build(IReadOnlyList<TreebankSentence> sentences, int[][] gold, WordClusters clusters)
    {
        var counts = new Dictionary<ulong, Dictionary<int, int>>();
        for (int s = 0; s < sentences.Count; s++)
        {
            Document doc = sentences[s].Document;
            for (int i = 0; i < doc.TokenCount; i++)
            {
                ulong key = StableHash.Of(doc.TokenText(i));
                if (!counts.TryGetValue(key, out var byTag))
                {
                    byTag = new Dictionary<int, int>();
                    counts[key] = byTag;
                }
                byTag[gold[s][i]] = byTag.TryGetValue(gold[s][i], out int c) ? c + 1 : 1;
            }
        }
        var fixedTags = new Dictionary<ulong, int>();
        var ambiguity = new Dictionary<ulong, ulong>();
        foreach (var (key, byTag) in counts)
        {
            int total = 0, bestTag = 0, best = 0;
            var kept = new List<int>();
            foreach (var (tag, c) in byTag)
            {
                total += c;
                if (c > best || (c == best && tag < bestTag))
                {
                    best = c;
                    bestTag = tag;
                }
                if (c >= 2)
                {
                    kept.Add(tag);
                }
            }
            if (total >= 20 && best >= total * 0.995)
            {
                fixedTags[key] = bestTag;
            }
            if (total >= 3)
            {
                kept.Sort();
                ulong hash = 0x7A6B;
                foreach (int tag in kept)
                {
                    hash = StableHash.Combine(hash, (ulong)tag + 1);
                }
                ambiguity[key] = hash;
            }
        }
        return new TaggerLexicon(fixedTags, ambiguity, clusters);
    }
}
