using Parley.Syntax.Lemmatization;
using Parley.Syntax.Model;
using Parley.Syntax.Parsing;
using Parley.Syntax.Tagging;

namespace Parley.Syntax.Training;

/// <summary>
/// Trains the whole syntax model from a treebank: jackknifed tagging of the training set, the final
/// tagger, the lemmatizer and the parser. Single-threaded and seeded, so it is deterministic.
/// </summary>
public sealed class SyntaxTrainer
{
    private readonly SyntaxTrainingOptions _options;
    private readonly Action<string> _log;

    /// <summary>Creates a trainer; <paramref name="log"/> receives progress lines.</summary>
    public SyntaxTrainer(SyntaxTrainingOptions options, Action<string>? log = null)
    {
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _log = log ?? (_ => { });
    }

    /// <summary>Trains on <paramref name="train"/>.</summary>
    public SyntaxModel Train(IReadOnlyList<TreebankSentence> train, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(train);
        if (train.Count == 0)
        {
            throw new ArgumentException("the training treebank has no sentences", nameof(train));
        }
        var tags = new TagSet();
        int[][] gold = TaggerTrainer.GoldClasses(train, tags);
        // With no parser epochs (a tagger-only experiment) the jackknifed tags are not needed.
        int[][] jackknifed = _options.ParserEpochs > 0 ? Jackknife(train, gold, tags, cancellationToken) : gold;
        _log("training the tagger on all sentences");
        Tagger tagger = TaggerTrainer.Train(train, gold, tags, _options.TaggerEpochs, _options.Seed, _options.TaggerMinWeight);
        Lemmatizer lemmatizer = TrainLemmatizer(train);
        DependencyParser parser = TrainParser(train, jackknifed, tagger, cancellationToken);
        return new SyntaxModel(tagger, lemmatizer, parser);
    }

    private int[][] Jackknife(IReadOnlyList<TreebankSentence> train, int[][] gold, TagSet tags, CancellationToken cancellationToken)
    {
        int folds = Math.Max(2, _options.JackknifeFolds);
        var predicted = new int[train.Count][];
        for (int fold = 0; fold < folds; fold++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            _log($"jackknife fold {fold + 1}/{folds}: training a tagger on the other folds");
            var part = new List<TreebankSentence>();
            var partGold = new List<int[]>();
            for (int s = 0; s < train.Count; s++)
            {
                if (s % folds != fold)
                {
                    part.Add(train[s]);
                    partGold.Add(gold[s]);
                }
            }
            Tagger tagger = TaggerTrainer.Train(part, partGold.ToArray(), tags, _options.TaggerEpochs, _options.Seed + (ulong)fold + 1, _options.TaggerMinWeight);
            var features = new TokenFeatureBuffer();
            var scores = new float[tags.Count];
            var buffer = new ulong[TaggerFeatures.MaxFeatures];
            for (int s = fold; s < train.Count; s += folds)
            {
                var doc = train[s].Document;
                predicted[s] = new int[doc.TokenCount];
                features.Load(doc, 0, doc.TokenCount, tagger.Ambiguity);
                tagger.Predict(doc, 0, features, predicted[s], scores, buffer);
            }
        }
        return predicted;
    }

    private Lemmatizer TrainLemmatizer(IReadOnlyList<TreebankSentence> train)
    {
        _log("building the lemmatizer");
        var trainer = new LemmatizerTrainer();
        foreach (TreebankSentence sentence in train)
        {
            foreach (var word in sentence.Source.Words)
            {
                trainer.Add(word.Form, word.Xpos, word.Lemma);
            }
        }
        return trainer.Build();
    }

    private DependencyParser TrainParser(IReadOnlyList<TreebankSentence> train, int[][] tags, Tagger tagger, CancellationToken cancellationToken)
    {
        var lexical = new ulong[train.Count][];
        var buffer = new TokenFeatureBuffer();
        for (int s = 0; s < train.Count; s++)
        {
            buffer.Load(train[s].Document, 0, train[s].Length, tagger.Ambiguity);
            lexical[s] = buffer.Ambiguity.AsSpan(0, train[s].Length).ToArray();
        }
        var labels = new LabelSet();
        var goldLabels = new int[train.Count][];
        for (int s = 0; s < train.Count; s++)
        {
            goldLabels[s] = new int[train[s].Length + 1];
            for (int i = 0; i < train[s].Length; i++)
            {
                goldLabels[s][i + 1] = labels.GetOrAdd(train[s].Relations[i]);
            }
        }
        var trainer = new ParserTrainer(labels);
        var random = new DeterministicRandom(_options.Seed ^ 0xA5A5UL);
        var order = new List<int>(train.Count);
        for (int s = 0; s < train.Count; s++)
        {
            order.Add(s);
        }
        for (int epoch = 0; epoch < _options.ParserEpochs; epoch++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            _log($"parser epoch {epoch + 1}/{_options.ParserEpochs}");
            random.Shuffle(order);
            foreach (int s in order)
            {
                trainer.TrainSentence(train[s], tags[s], lexical[s], goldLabels[s], explore: epoch > 0, random);
            }
        }
        return trainer.Compile(_options.ParserMinWeight);
    }
}
