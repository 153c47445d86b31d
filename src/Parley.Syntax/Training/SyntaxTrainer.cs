using Parley.Syntax.Clustering;
using Parley.Syntax.Lemmatization;
using Parley.Text;
using Parley.Syntax.Model;
using Parley.Syntax.Parsing;
using Parley.Syntax.Tagging;

namespace Parley.Syntax.Training;

/// <summary>
/// Trains the whole syntax model from a treebank: jackknifed tagging of the training set, the final
/// tagger, the lemmatizer, the parser and (by default for beam models) the relabeller. Single-threaded and
/// seeded, so it is deterministic.
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
        var (tagger, parserTags) = Tagging(train, cancellationToken);
        tagger = tagger.WithRefineMargin(_options.TaggerRefineMargin);
        Lemmatizer lemmatizer = TrainLemmatizer(train);
        DependencyParser parser = TrainParser(train, parserTags, tagger, cancellationToken);
        Relabeller? relabeller = _options.TrainsRelabeller ? TrainRelabeller(train, parserTags, tagger, parser, cancellationToken) : null;
        return new SyntaxModel(tagger, lemmatizer, parser, relabeller);
    }

    /// <summary>
    /// Trains only the relabeller on top of <paramref name="model"/>, which must have been trained on
    /// <paramref name="train"/> with these options (experiments on the relabeller without retraining the parser;
    /// with <see cref="SyntaxTrainingOptions.TaggingCache"/> set, the jackknifed tags are read, not recomputed).
    /// With <see cref="SyntaxTrainingOptions.ParserParseBeamWidth"/> or <see cref="SyntaxTrainingOptions.ParserParseBeamMargin"/>
    /// set, the parser is given that width and margin first, as a full training would give it.
    /// </summary>
    public SyntaxModel AddRelabeller(SyntaxModel model, IReadOnlyList<TreebankSentence> train, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(train);
        DependencyParser parser = model.Parser.WithBeam(_options.ParserParseBeamWidth, _options.ParserParseBeamMargin);
        int[][] parserTags = Tagging(train, cancellationToken).ParserTags;
        Relabeller relabeller = TrainRelabeller(train, parserTags, model.Tagger, parser, cancellationToken);
        return new SyntaxModel(model.Tagger, model.Lemmatizer, parser, relabeller);
    }

    // The tagger and the jackknifed tags the parser trains on, from the cache when it matches.
    private (Tagger Tagger, int[][] ParserTags) Tagging(IReadOnlyList<TreebankSentence> train, CancellationToken cancellationToken)
    {
        string? cache = _options.TaggingCache;
        ulong taggerOptions = TaggerOptionsHash();
        if (cache != null && TaggingCache.TryRead(cache, train, taggerOptions, out Tagger tagger, out int[][] parserTags))
        {
            _log($"tagger and jackknifed tags read from {cache}");
            return (tagger, parserTags);
        }
        (tagger, parserTags) = TrainTagger(train, cancellationToken);
        if (cache != null)
        {
            TaggingCache.Write(cache, train, taggerOptions, tagger, parserTags);
        }
        return (tagger, parserTags);
    }

    // Everything in the options that changes the tagger or the jackknifed tags.
    private ulong TaggerOptionsHash()
    {
        ulong hash = StableHash.Combine(_options.Seed, (ulong)_options.TaggerEpochs, (ulong)_options.JackknifeFolds, (ulong)BitConverter.SingleToInt32Bits(_options.TaggerMinWeight));
        hash = StableHash.Combine(hash, (ulong)_options.ClusterCount, (ulong)_options.ClusterIterations, (ulong)_options.ClusterVocabulary);
        foreach (string path in _options.UnlabeledPaths)
        {
            hash = StableHash.Combine(hash, StableHash.Of(Path.GetFullPath(path)));
        }
        return hash;
    }

    // Word classes, the jackknifed tags the parser trains on, and the final two-pass tagger.
    private (Tagger Tagger, int[][] ParserTags) TrainTagger(IReadOnlyList<TreebankSentence> train, CancellationToken cancellationToken)
    {
        var tags = new TagSet();
        int[][] gold = TaggerTrainer.GoldClasses(train, tags);
        WordClusters clusters = TrainClusters(train, cancellationToken);
        var (firstPass, secondPass) = Jackknife(train, gold, tags, clusters, cancellationToken);
        _log("training the tagger on all sentences");
        TaggerLexicon lexicon = TaggerLexicon.Build(train, gold, clusters);
        var first = TaggerTrainer.TrainPass(train, gold, tags, lexicon, null, _options.TaggerEpochs, _options.Seed, _options.TaggerMinWeight);
        var second = TaggerTrainer.TrainPass(train, gold, tags, lexicon, firstPass, _options.TaggerEpochs, _options.Seed + 100, _options.TaggerMinWeight);
        return (new Tagger(tags, first, second, lexicon.FixedTags, lexicon.Ambiguity, clusters), secondPass);
    }

    // Tags each fold with taggers trained on the other folds, for both passes, so that the second
    // pass and the parser learn from tags as imperfect as those they will see on new text.
    private (int[][] FirstPass, int[][] SecondPass) Jackknife(IReadOnlyList<TreebankSentence> train, int[][] gold, TagSet tags, WordClusters clusters, CancellationToken cancellationToken)
    {
        int folds = Math.Max(2, _options.JackknifeFolds);
        var firstPass = new int[train.Count][];
        var secondPass = new int[train.Count][];
        var parts = new (List<int> Others, TaggerLexicon Lexicon, Learning.LinearModel First)[folds];
        for (int fold = 0; fold < folds; fold++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            _log($"jackknife fold {fold + 1}/{folds}: first pass");
            var rest = new List<int>();
            for (int s = 0; s < train.Count; s++)
            {
                if (s % folds != fold)
                {
                    rest.Add(s);
                }
            }
            var (sentences, golds) = Select(train, gold, rest);
            TaggerLexicon lexicon = TaggerLexicon.Build(sentences, golds, clusters);
            var model = TaggerTrainer.TrainPass(sentences, golds, tags, lexicon, null, _options.TaggerEpochs, _options.Seed + (ulong)fold + 1, _options.TaggerMinWeight);
            parts[fold] = (rest, lexicon, model);
            Fill(firstPass, train, fold, folds, new Tagger(tags, model, null, lexicon.FixedTags, lexicon.Ambiguity, clusters));
        }
        for (int fold = 0; fold < folds; fold++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            _log($"jackknife fold {fold + 1}/{folds}: second pass");
            var (rest, lexicon, first) = parts[fold];
            var (sentences, golds) = Select(train, gold, rest);
            var lookahead = new int[rest.Count][];
            for (int i = 0; i < rest.Count; i++)
            {
                lookahead[i] = firstPass[rest[i]];
            }
            var second = TaggerTrainer.TrainPass(sentences, golds, tags, lexicon, lookahead, _options.TaggerEpochs, _options.Seed + (ulong)fold + 101, _options.TaggerMinWeight);
            Fill(secondPass, train, fold, folds, new Tagger(tags, first, second, lexicon.FixedTags, lexicon.Ambiguity, clusters));
        }
        return (firstPass, secondPass);
    }

    private static (List<TreebankSentence> Sentences, int[][] Gold) Select(IReadOnlyList<TreebankSentence> train, int[][] gold, List<int> indices)
    {
        var sentences = new List<TreebankSentence>(indices.Count);
        var golds = new int[indices.Count][];
        for (int i = 0; i < indices.Count; i++)
        {
            sentences.Add(train[indices[i]]);
            golds[i] = gold[indices[i]];
        }
        return (sentences, golds);
    }

    private static void Fill(int[][] into, IReadOnlyList<TreebankSentence> train, int fold, int folds, Tagger tagger)
    {
        var held = new List<TreebankSentence>();
        for (int s = fold; s < train.Count; s += folds)
        {
            held.Add(train[s]);
        }
        int[][] tagged = TaggerTrainer.TagAll(tagger, held);
        for (int i = 0, s = fold; s < train.Count; s += folds, i++)
        {
            into[s] = tagged[i];
        }
    }

    // Word classes come from the unlabelled text plus the treebank's own sentences (in-domain text).
    private WordClusters TrainClusters(IReadOnlyList<TreebankSentence> train, CancellationToken cancellationToken)
    {
        if (_options.UnlabeledPaths.Count == 0)
        {
            return WordClusters.Empty;
        }
        _log($"reading unlabelled text from {string.Join(", ", _options.UnlabeledPaths)}");
        var sentences = new List<ulong[]>(UnlabeledCorpus.ReadSentences(_options.UnlabeledPaths, new Tokenizer(), new SentenceSplitter(), cancellationToken));
        foreach (TreebankSentence sentence in train)
        {
            var keys = new ulong[sentence.Length];
            for (int i = 0; i < keys.Length; i++)
            {
                keys[i] = UnlabeledCorpus.KeyOf(sentence.Document, i);
            }
            sentences.Add(keys);
        }
        var clusterer = new WordClusterer(_options.ClusterCount, _options.ClusterIterations, minCount: 3, maxVocabulary: _options.ClusterVocabulary);
        Dictionary<ulong, ushort> classes = clusterer.Train(sentences, _log, cancellationToken);
        return new WordClusters(classes, _options.ClusterCount);
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

    private Relabeller TrainRelabeller(IReadOnlyList<TreebankSentence> train, int[][] tags, Tagger tagger, DependencyParser parser, CancellationToken cancellationToken)
    {
        RelabelTreeSource source = _options.RelabelTrees;
        TrainingTrees? trees = source switch
        {
            RelabelTreeSource.Parsed => ParseAll(train, tags, tagger, parser),
            RelabelTreeSource.Jackknifed => JackknifeTrees(train, tags, tagger, parser.Labels, cancellationToken),
            _ => null,
        };
        _log($"relabeller: features of the {(trees == null ? "gold" : source.ToString().ToLowerInvariant())} training trees");
        var trainer = new RelabellerTrainer(parser.Labels, readsFirstLabel: trees != null);
        var buffer = new TokenFeatureBuffer();
        var input = new ParserInput();
        for (int s = 0; s < train.Count; s++)
        {
            TreebankSentence sentence = train[s];
            var gold = new int[sentence.Length + 1];
            for (int i = 0; i < sentence.Length; i++)
            {
                gold[i + 1] = parser.Labels.Find(sentence.Relations[i]);
            }
            buffer.Load(sentence.Document, 0, sentence.Length, tagger.Ambiguity, tagger.Clusters);
            input.Load(sentence.Document, 0, tags[s], buffer, tagger.Tags);
            trainer.Add(input, trees?.Heads[s] ?? sentence.Heads, trees?.Labels[s] ?? gold, sentence.Heads, gold);
        }
        return trainer.Train(_options.RelabelEpochs, _options.Seed ^ 0x5E1AB311UL, _options.RelabelMinWeight, _log, cancellationToken)
            .WithConfidentMargin(_options.RelabelMargin);
    }

    private static TrainingTrees ParseAll(IReadOnlyList<TreebankSentence> train, int[][] tags, Tagger tagger, DependencyParser parser)
    {
        var trees = new TrainingTrees(train.Count);
        trees.Parse(parser, train, tags, tagger, Enumerable.Range(0, train.Count), parser.Labels);
        return trees;
    }

    // Each fold parsed by a parser trained (with the same options) on the other folds.
    private TrainingTrees JackknifeTrees(IReadOnlyList<TreebankSentence> train, int[][] tags, Tagger tagger, LabelSet labels, CancellationToken cancellationToken)
    {
        int folds = Math.Max(2, _options.RelabelFolds);
        ulong options = StableHash.Combine(TaggerOptionsHash(), (ulong)_options.ParserEpochs, (ulong)_options.ParserBeamWidth, (ulong)folds);
        options = StableHash.Combine(options, (ulong)BitConverter.SingleToInt32Bits(_options.ParserMinWeight), (ulong)(_options.ParserParseBeamWidth ?? 0));
        options = StableHash.Combine(options, (ulong)BitConverter.SingleToInt32Bits(_options.ParserParseBeamMargin ?? float.PositiveInfinity));
        string? cache = _options.RelabelTreeCache;
        if (cache != null && TrainingTrees.TryRead(cache, train, options) is TrainingTrees cached)
        {
            _log($"jackknifed training parses read from {cache}");
            return cached;
        }
        var trees = new TrainingTrees(train.Count);
        for (int fold = 0; fold < folds; fold++)
        {
            _log($"relabeller fold {fold + 1}/{folds}: training a parser on the other folds");
            var rest = new List<TreebankSentence>();
            var restTags = new List<int[]>();
            var held = new List<int>();
            for (int s = 0; s < train.Count; s++)
            {
                if (s % folds == fold)
                {
                    held.Add(s);
                }
                else
                {
                    rest.Add(train[s]);
                    restTags.Add(tags[s]);
                }
            }
            DependencyParser parser = TrainParser(rest, restTags.ToArray(), tagger, cancellationToken);
            trees.Parse(parser, train, tags, tagger, held, labels);
        }
        if (cache != null)
        {
            trees.Write(cache, train, options);
        }
        return trees;
    }

    private DependencyParser TrainParser(IReadOnlyList<TreebankSentence> train, int[][] tags, Tagger tagger, CancellationToken cancellationToken)
    {
        var buffer = new TokenFeatureBuffer();
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
        var trainer = new ParserTrainer(labels, tagger.Tags);
        var random = new DeterministicRandom(_options.Seed ^ 0xA5A5UL);
        var order = new List<int>(train.Count);
        for (int s = 0; s < train.Count; s++)
        {
            order.Add(s);
        }
        int width = Math.Max(1, _options.ParserBeamWidth);
        BeamSearch? beam = width > 1 ? new BeamSearch(width, labels.Count, BeamSearch.TrainingLabelsPerArc) : null;
        for (int epoch = 0; epoch < _options.ParserEpochs; epoch++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            _log($"parser epoch {epoch + 1}/{_options.ParserEpochs}" + (beam != null ? $" (beam {width})" : ""));
            random.Shuffle(order);
            foreach (int s in order)
            {
                buffer.Load(train[s].Document, 0, train[s].Length, tagger.Ambiguity, tagger.Clusters);
                if (beam != null)
                {
                    trainer.TrainSentenceBeam(train[s], tags[s], buffer, goldLabels[s], beam);
                }
                else
                {
                    trainer.TrainSentence(train[s], tags[s], buffer, goldLabels[s], explore: epoch > 0, random);
                }
            }
        }
        return trainer.Compile(_options.ParserMinWeight, _options.ParserParseBeamWidth ?? width, _options.ParserParseBeamMargin ?? float.PositiveInfinity);
    }
}
