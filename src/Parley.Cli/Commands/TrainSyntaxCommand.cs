using System.ComponentModel;
using System.Diagnostics;
using Parley.Syntax;
using Parley.Syntax.Evaluation;
using Parley.Syntax.Model;
using Parley.Syntax.Training;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands;

/// <summary><c>parley train-syntax --train T --dev D --out DIR</c>: trains and saves the syntax model.</summary>
internal sealed class TrainSyntaxCommand : Command<TrainSyntaxCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--train <FILE>")]
        [Description("Training treebank (CoNLL-U); repeat to train on several, read in the order given.")]
        public string[] Train { get; init; } = [];

        [CommandOption("--dev <FILE>")]
        [Description("Development treebank (CoNLL-U), scored after training.")]
        public string? Dev { get; init; }

        [CommandOption("--out <DIR>")]
        [Description("Output model directory.")]
        public string Out { get; init; } = "data/models/en";

        [CommandOption("--parser-epochs <N>")]
        [Description("Parser training epochs.")]
        public int? ParserEpochs { get; init; }

        [CommandOption("--tagger-epochs <N>")]
        [Description("Tagger training epochs.")]
        public int? TaggerEpochs { get; init; }

        [CommandOption("--unlabeled <PATH>")]
        [Description("Unlabelled text (files or directories, repeatable) to learn word classes from.")]
        public string[] Unlabeled { get; init; } = [];

        [CommandOption("--clusters <N>")]
        [Description("Number of word classes learned from the unlabelled text (default 256).")]
        public int? Clusters { get; init; }

        [CommandOption("--beam <N>")]
        [Description("Parser beam width: 1 (default) trains a greedy parser; more trains with beam search and global updates.")]
        public int? Beam { get; init; }

        [CommandOption("--parse-beam <N>")]
        [Description("Beam width the trained model parses with (default: the --beam it was trained with).")]
        public int? ParseBeam { get; init; }

        [CommandOption("--parse-margin <SCORE>")]
        [Description("Beam margin the trained model parses with: items scoring more than SCORE below the best of their step are dropped (default: none, the whole width). Training always searches the whole width.")]
        public float? ParseMargin { get; init; }

        [CommandOption("--refine-margin <SCORE>")]
        [Description("The tagger's second pass revisits only words whose first-pass tag won by less than SCORE (default 10; a large value revisits every word).")]
        public float? RefineMargin { get; init; }

        [CommandOption("--relabel-margin <SCORE>")]
        [Description("The relabeller leaves alone words whose label the parser chose by at least SCORE (default 30; a large value relabels every word).")]
        public float? RelabelMargin { get; init; }

        [CommandOption("--tagging-cache <FILE>")]
        [Description("Keep the trained tagger and jackknifed tags in FILE and reuse them when they match (parser experiments).")]
        public string? TaggingCache { get; init; }

        [CommandOption("--relabel")]
        [Description("Train the second-stage relabeller (relabel.bin) for a greedy parser too; beam models (--beam above 1) get one by default.")]
        public bool Relabel { get; init; }

        [CommandOption("--no-relabel")]
        [Description("Train no relabeller, even for a beam model.")]
        public bool NoRelabel { get; init; }

        [CommandOption("--relabel-epochs <N>")]
        [Description("Relabeller training epochs (default 10).")]
        public int? RelabelEpochs { get; init; }

        [CommandOption("--relabel-trees <SOURCE>")]
        [Description("Trees the relabeller learns from: gold (default), jackknifed (each fold parsed by a parser trained on the others with the same options: +0.15 LAS on EWT dev, but one more parser to train per fold) or parsed (the final parser's parses of its training data).")]
        public RelabelTreeSource? RelabelTrees { get; init; }

        [CommandOption("--relabel-folds <N>")]
        [Description("Folds of the jackknifed parses (default 5).")]
        public int? RelabelFolds { get; init; }

        [CommandOption("--relabel-tree-cache <FILE>")]
        [Description("Keep the jackknifed training parses in FILE and reuse them when they match (relabeller experiments).")]
        public string? RelabelTreeCache { get; init; }

        [CommandOption("--relabel-only <DIR>")]
        [Description("Experiments: train only the relabeller on top of the model in DIR (trained on the same --train files with the same options; use its --tagging-cache) and save the result to --out; with --parse-beam and --parse-margin, the parser is given that width and margin first.")]
        public string? RelabelOnly { get; init; }

        [CommandOption("--seed <N>")]
        [Description("Random seed.")]
        public ulong? Seed { get; init; }

        public override Spectre.Console.ValidationResult Validate()
        {
            if (Train.Length == 0 || Array.Exists(Train, string.IsNullOrEmpty))
            {
                return Spectre.Console.ValidationResult.Error("--train is required");
            }
            foreach (var result in new[] { BeamWidthOption.Validate("--beam", Beam), BeamWidthOption.Validate("--parse-beam", ParseBeam), BeamWidthOption.ValidateMargin("--parse-margin", ParseMargin),
                BeamWidthOption.ValidateMargin("--refine-margin", RefineMargin), BeamWidthOption.ValidateMargin("--relabel-margin", RelabelMargin) })
            {
                if (!result.Successful)
                {
                    return result;
                }
            }
            if (Relabel && NoRelabel)
            {
                return Spectre.Console.ValidationResult.Error("--relabel and --no-relabel exclude each other");
            }
            if (RelabelEpochs is < 1 || RelabelFolds is < 2)
            {
                return Spectre.Console.ValidationResult.Error("--relabel-epochs must be at least 1 and --relabel-folds at least 2");
            }
            return Spectre.Console.ValidationResult.Success();
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        void Log(string message) => Console.Error.WriteLine($"[{clock.Elapsed:mm\\:ss}] {message}");
        var options = new SyntaxTrainingOptions();
        options = options with
        {
            ParserEpochs = settings.ParserEpochs ?? options.ParserEpochs,
            TaggerEpochs = settings.TaggerEpochs ?? options.TaggerEpochs,
            Seed = settings.Seed ?? options.Seed,
            UnlabeledPaths = settings.Unlabeled,
            ClusterCount = settings.Clusters ?? options.ClusterCount,
            ParserBeamWidth = settings.Beam ?? options.ParserBeamWidth,
            ParserParseBeamWidth = settings.ParseBeam ?? options.ParserParseBeamWidth,
            ParserParseBeamMargin = settings.ParseMargin ?? options.ParserParseBeamMargin,
            TaggerRefineMargin = settings.RefineMargin ?? options.TaggerRefineMargin,
            RelabelMargin = settings.RelabelMargin ?? options.RelabelMargin,
            TaggingCache = settings.TaggingCache,
            Relabel = settings.Relabel ? true : settings.NoRelabel ? false : null,
            RelabelEpochs = settings.RelabelEpochs ?? options.RelabelEpochs,
            RelabelTrees = settings.RelabelTrees ?? options.RelabelTrees,
            RelabelFolds = settings.RelabelFolds ?? options.RelabelFolds,
            RelabelTreeCache = settings.RelabelTreeCache,
        };
        var train = new List<TreebankSentence>();
        foreach (string path in settings.Train)
        {
            Log($"reading {path}");
            train.AddRange(TreebankSentence.Load(path));
        }
        var trainer = new SyntaxTrainer(options, Log);
        SyntaxModel model = settings.RelabelOnly != null
            ? trainer.AddRelabeller(SyntaxModel.Load(settings.RelabelOnly), train, cancellationToken)
            : trainer.Train(train, cancellationToken);
        model.Save(settings.Out);
        long bytes = 0;
        foreach (string name in SyntaxModel.FileNames)
        {
            string path = Path.Combine(settings.Out, name);
            bytes += File.Exists(path) ? new FileInfo(path).Length : 0;
        }
        Log($"saved {settings.Out} ({bytes / 1024.0 / 1024.0:F1} MB)");
        if (!string.IsNullOrEmpty(settings.Dev))
        {
            if (Array.Exists(settings.Train, path => Path.GetFullPath(path) == Path.GetFullPath(settings.Dev)))
            {
                Log($"note: {settings.Dev} is also training data, so its score below is not a held-out figure");
            }
            SyntaxScores scores = SyntaxEvaluator.Evaluate(new SyntaxPipeline(SyntaxModel.Load(settings.Out)), TreebankSentence.Load(settings.Dev), cancellationToken);
            Log($"dev: UPOS {scores.Upos:F2} XPOS {scores.Xpos:F2} lemma {scores.Lemma:F2} UAS {scores.Uas:F2} LAS {scores.Las:F2} (full labels {scores.LasFull:F2})");
        }
        return 0;
    }
}
