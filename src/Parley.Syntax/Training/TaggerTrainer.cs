using Parley.Syntax.Learning;
using Parley.Syntax.Tagging;
using Parley.Text;

namespace Parley.Syntax.Training;

/// <summary>Trains the averaged-perceptron tagger on gold sentences.</summary>
internal static class TaggerTrainer
{
    /// <summary>Gold tag class of each word of each sentence, adding classes to <paramref name="tags"/> as needed.</summary>
    public static int[][] GoldClasses(IReadOnlyList<TreebankSentence> sentences, TagSet tags)
    {
        var result = new int[sentences.Count][];
        for (int s = 0; s < sentences.Count; s++)
        {
            var words = sentences[s].Source.Words;
            result[s] = new int[words.Count];
            for (int i = 0; i < words.Count; i++)
            {
                result[s][i] = tags.GetOrAdd(TagSet.ParseUpos(words[i].Upos), words[i].Xpos);
            }
        }
        return result;
    }

    public static Tagger Train(IReadOnlyList<TreebankSentence> sentences, int[][] gold, TagSet tags, int epochs, ulong seed, float minWeight)
    {
        var perceptron = new AveragedPerceptron(tags.Count);
        var buffer = new TokenFeatureBuffer();
        var features = new ulong[TaggerFeatures.MaxFeatures];
        var scores = new float[tags.Count];
        var order = new List<int>(sentences.Count);
        for (int i = 0; i < sentences.Count; i++)
        {
            order.Add(i);
        }
        var random = new DeterministicRandom(seed);
        Dictionary<ulong, ulong> ambiguity = AmbiguityClasses(sentences, gold);
        var predicted = new int[256];
        for (int epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (int s in order)
            {
                Document doc = sentences[s].Document;
                int n = doc.TokenCount;
                if (predicted.Length < n)
                {
                    predicted = new int[n * 2];
                }
                buffer.Load(doc, 0, n, ambiguity);
                for (int i = 0; i < n; i++)
                {
                    int count = TaggerFeatures.Extract(buffer, i, predicted, features);
                    Array.Clear(scores);
                    perceptron.AddScores(features.AsSpan(0, count), scores);
                    int guess = Tagger.ArgMax(scores);
                    int truth = gold[s][i];
                    if (guess != truth)
                    {
                        perceptron.Update(features.AsSpan(0, count), truth, 1f);
                        perceptron.Update(features.AsSpan(0, count), guess, -1f);
                    }
                    perceptron.Tick();
                    // Train on the tagger's own history, as it will see at run time.
                    predicted[i] = guess;
                }
            }
        }
        return new Tagger(tags, perceptron.Compile(minWeight), FixedTags(sentences, gold), ambiguity);
    }

    // Words seen at least three times map to the set of tags they took at least twice ("can" → MD|NN|VB).
    private static Dictionary<ulong, ulong> AmbiguityClasses(IReadOnlyList<TreebankSentence> sentences, int[][] gold)
    {
        var counts = CountTags(sentences, gold);
        var result = new Dictionary<ulong, ulong>();
        foreach (var (key, byTag) in counts)
        {
            int total = 0;
            foreach (int c in byTag.Values)
            {
                total += c;
            }
            if (total < 3)
            {
                continue;
            }
            var kept = new List<int>();
            foreach (var (tag, c) in byTag)
            {
                if (c >= 2)
                {
                    kept.Add(tag);
                }
            }
            kept.Sort();
            ulong hash = 0x7A6B;
            foreach (int tag in kept)
            {
                hash = StableHash.Combine(hash, (ulong)tag + 1);
            }
            result[key] = hash;
        }
        return result;
    }

    private static Dictionary<ulong, Dictionary<int, int>> CountTags(IReadOnlyList<TreebankSentence> sentences, int[][] gold)
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
        return counts;
    }

    // Words seen at least 20 times with one tag at least 99.5% of the time are tagged by lookup.
    private static Dictionary<ulong, int> FixedTags(IReadOnlyList<TreebankSentence> sentences, int[][] gold)
    {
        var counts = CountTags(sentences, gold);
        var result = new Dictionary<ulong, int>();
        foreach (var (key, byTag) in counts)
        {
            int total = 0, bestTag = 0, best = 0;
            foreach (var (tag, c) in byTag)
            {
                total += c;
                if (c > best)
                {
                    best = c;
                    bestTag = tag;
                }
            }
            if (total >= 20 && best >= total * 0.995)
            {
                result[key] = bestTag;
            }
        }
        return result;
    }
}
