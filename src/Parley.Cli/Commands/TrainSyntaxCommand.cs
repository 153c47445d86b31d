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

        [CommandOption("--tagging-cache <FILE>")]
        [Description("Keep the trained tagger and jackknifed tags in FILE and reuse them when they match (parser experiments).")]
        public string? TaggingCache { get; init; }

        [CommandOption("--seed <N>")]
        [Description("Random seed.")]
        public ulong? Seed { get; init; }

        public override Spectre.Console.ValidationResult Validate()
        {
            if (Train.Length == 0 || Array.Exists(Train, string.IsNullOrEmpty))
            {
                return Spectre.Console.ValidationResult.Error("--train is required");
            }
            if (Beam is int width && !Parley.Syntax.Parsing.DependencyParser.IsValidBeamWidth(width))
            {
                return Spectre.Console.ValidationResult.Error($"--beam must be between 1 and {Parley.Syntax.Parsing.DependencyParser.MaxBeamWidth}");
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
            TaggingCache = settings.TaggingCache,
        };
        var train = new List<TreebankSentence>();
        foreach (string path in settings.Train)
        {
            Log($"reading {path}");
            train.AddRange(TreebankSentence.Load(path));
        }
        SyntaxModel model = new SyntaxTrainer(options, Log).Train(train, cancellationToken);
        model.Save(settings.Out);
        long bytes = 0;
        foreach (string name in SyntaxModel.FileNames)
        {
            bytes += new FileInfo(Path.Combine(settings.Out, name)).Length;
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
