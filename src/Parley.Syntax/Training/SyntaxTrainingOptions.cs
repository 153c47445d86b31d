namespace Parley.Syntax.Training;

/// <summary>Settings of <see cref="SyntaxTrainer"/>; the defaults produce the shipped English model.</summary>
public sealed record SyntaxTrainingOptions
{
    /// <summary>Seed of every random choice (shuffling, exploration): same seed and data, same bytes.</summary>
    public ulong Seed { get; init; } = 20261126;

    /// <summary>Passes over the data for the tagger.</summary>
    public int TaggerEpochs { get; init; } = 8;

    /// <summary>Passes over the data for the parser.</summary>
    public int ParserEpochs { get; init; } = 15;

    /// <summary>
    /// Partial parses kept by the parser: 1 trains a greedy parser with the dynamic oracle; more trains it
    /// globally with beam search (max-violation updates) and the model parses with that width.
    /// </summary>
    public int ParserBeamWidth { get; init; } = 1;

    /// <summary>
    /// Beam width the trained model parses with; null parses with <see cref="ParserBeamWidth"/>. A model trained with
    /// a wide beam keeps most of its accuracy under a narrower one, since the beam drops items that differ only where
    /// no template looks (EWT dev, trained with 8: 86.58 UAS parsed with 8, 86.59 with 4).
    /// </summary>
    public int? ParserParseBeamWidth { get; init; }

    /// <summary>
    /// How far below the best item of a step the trained model's beam keeps items when parsing (score units); null keeps
    /// the whole width. Training always searches the whole width. Chosen on EWT dev with the model trained on train alone
    /// (beam 8, 25 epochs, parsed with 3): 160 is the smallest margin tried that parses as well as the whole width
    /// (86.69 UAS / 83.11 LAS against 86.65 / 83.05) while scoring 1.77 items a step instead of 2.69.
    /// </summary>
    public float? ParserParseBeamMargin { get; init; }

    /// <summary>
    /// File holding the trained tagger and the jackknifed training tags: read when it matches the treebank and
    /// tagger options, written otherwise. Parser experiments then skip the tagger's training. Null: no cache.
    /// </summary>
    public string? TaggingCache { get; init; }

    /// <summary>Folds for jackknifed tags, so the parser trains on realistic (imperfect) tags.</summary>
    public int JackknifeFolds { get; init; } = 5;

    /// <summary>Averaged weights smaller than this are dropped when compiling the tagger.</summary>
    public float TaggerMinWeight { get; init; } = 0.0f;

    /// <summary>
    /// The trained tagger's <see cref="Tagging.Tagger.RefineMargin"/>: its second pass revisits only words whose
    /// first-pass tag won by less than this. The jackknifed tags the parser learns from come from taggers that
    /// revisit every word, as the parser's training searches its whole beam: the margin is a shortcut of tagging new
    /// text. Chosen on EWT dev with the tagger trained on train alone (UPOS, words revisited): no margin 95.18, 100%;
    /// 30: 95.20, 24%; 20: 95.22, 15%; 15: 95.24, 11%; 10: 95.28, 8%; 7: 95.23, 5%; 5: 95.18, 4%; 2: 95.09, 2%.
    /// </summary>
    public float TaggerRefineMargin { get; init; } = 10f;

    /// <summary>Files or directories of unlabelled text to learn word classes from (none: no classes).</summary>
    public IReadOnlyList<string> UnlabeledPaths { get; init; } = [];

    /// <summary>Number of word classes.</summary>
    public int ClusterCount { get; init; } = 256;

    /// <summary>Exchange-algorithm passes over the vocabulary.</summary>
    public int ClusterIterations { get; init; } = 10;

    /// <summary>Largest vocabulary that receives classes (the most frequent words).</summary>
    public int ClusterVocabulary { get; init; } = 80_000;

    /// <summary>
    /// Averaged weights smaller than this are dropped when compiling the parser. At 2.0 the parser
    /// keeps about 420,000 features: 0.3 points of UAS below keeping all, but a third faster and
    /// half the size (measured on EWT; see README).
    /// </summary>
    public float ParserMinWeight { get; init; } = 2.0f;

    /// <summary>
    /// Whether to train the second-stage <see cref="Parsing.Relabeller"/>; null (the default) trains it for beam
    /// models (<see cref="ParserBeamWidth"/> above 1) only, so the greedy default model is unchanged.
    /// </summary>
    public bool? Relabel { get; init; }

    /// <summary>Whether the relabeller is trained under these options.</summary>
    public bool TrainsRelabeller => Relabel ?? ParserBeamWidth > 1;

    /// <summary>
    /// The trees the relabeller learns from. Gold trees by default: on EWT dev (beam 8, 15 epochs, trained on train)
    /// they lift LAS from 82.26 to 82.79 in seconds of training, while jackknifed parses reach 82.93 but train one
    /// more parser per fold, which makes the accurate model's training about five times longer.
    /// </summary>
    public RelabelTreeSource RelabelTrees { get; init; } = RelabelTreeSource.Gold;

    /// <summary>Folds of the jackknifed parses the relabeller learns from.</summary>
    public int RelabelFolds { get; init; } = 5;

    /// <summary>Passes over the data for the relabeller.</summary>
    public int RelabelEpochs { get; init; } = 10;

    /// <summary>
    /// Averaged weights smaller than this are dropped when compiling the relabeller. Measured on EWT dev (gold-tree
    /// relabeller over the train-only beam-8 parser): 0.75 gives 2.8 MB and LAS 82.79; 0.95 gives 1.8 MB and 82.71;
    /// 1.0 gives 0.85 MB and 82.65. 0.95 keeps both bundled models within 30 MB (decimal) together.
    /// </summary>
    public float RelabelMinWeight { get; init; } = 0.95f;

    /// <summary>
    /// The trained relabeller's <see cref="Parsing.Relabeller.ConfidentMargin"/>: it leaves alone the words whose label
    /// beat the runner-up by at least this when the parser made the arc. Chosen on EWT dev with the model trained on
    /// train alone (beam 8, 25 epochs, parsed with 3; LAS, words relabelled): every word 83.11, 100%; 140: 83.11, 93%;
    /// 100: 83.16, 64%; 60: 83.28, 29%; 40: 83.33, 17%; 30: 83.39, 13%; 20: 83.39, 9%; 10: 83.19, 5%.
    /// </summary>
    public float RelabelMargin { get; init; } = 30f;

    /// <summary>
    /// File holding the jackknifed training parses: read when it matches the treebank and parser options, written
    /// otherwise, so relabeller experiments skip the fold parsers' training. Null: no cache.
    /// </summary>
    public string? RelabelTreeCache { get; init; }
}
