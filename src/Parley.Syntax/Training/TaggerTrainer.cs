using Parley.Syntax.Learning;
using Parley.Syntax.Tagging;
using Parley.Text;

namespace Parley.Syntax.Training;

/// <summary>Trains the averaged-perceptron tagger (its first pass, its second pass, and its word lexicon).</summary>
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

    /// <summary>
    /// Trains one pass. With <paramref name="lookahead"/> (first-pass tags for every sentence, jackknifed)
    /// this is the second pass, which learns to correct the first.
    /// </summary>
    public static LinearModel TrainPass(IReadOnlyList<TreebankSentence> sentences, int[][] gold, TagSet tags, TaggerLexicon lexicon, int[][]? lookahead, int epochs, ulong seed, float minWeight)
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
                buffer.Load(doc, 0, n, lexicon.Ambiguity, lexicon.Clusters);
                ReadOnlySpan<int> ahead = lookahead == null ? ReadOnlySpan<int>.Empty : lookahead[s];
                for (int i = 0; i < n; i++)
                {
                    int count = ahead.Length == 0
                        ? TaggerFeatures.Extract(buffer, i, predicted, features)
                        : TaggerFeatures.ExtractRefine(buffer, i, predicted, ahead, features);
                    Array.Clear(scores);
                    perceptron.AddScores(features.AsSpan(0, count), scores);
                    int guess = ScoreRanking.Best(scores);
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
        return perceptron.Compile(minWeight);
    }

    /// <summary>Tags every sentence with <paramref name="tagger"/>.</summary>
    public static int[][] TagAll(Tagger tagger, IReadOnlyList<TreebankSentence> sentences)
    {
        var result = new int[sentences.Count][];
        var buffer = new TokenFeatureBuffer();
        var scores = new float[tagger.Tags.Count];
        var features = new ulong[TaggerFeatures.MaxFeatures];
        var lookahead = new int[256];
        var margins = new float[256];
        for (int s = 0; s < sentences.Count; s++)
        {
            Document doc = sentences[s].Document;
            if (lookahead.Length < doc.TokenCount)
            {
                lookahead = new int[doc.TokenCount * 2];
                margins = new float[lookahead.Length];
            }
            result[s] = new int[doc.TokenCount];
            buffer.Load(doc, 0, doc.TokenCount, tagger.Ambiguity, tagger.Clusters);
            tagger.Predict(buffer, result[s], lookahead, margins, scores, features);
        }
        return result;
    }
}
