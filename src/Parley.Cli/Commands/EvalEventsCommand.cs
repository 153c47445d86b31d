using System.ComponentModel;
using System.Text.Json;
using Parley.Coding.Coding;
using Parley.Coding.Evaluation;
using Parley.Coding.Lexicon;
using Parley.Syntax;
using Parley.Syntax.Model;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley eval-events GOLD [--json]</c>: codes the sentences of an event gold standard (PLOVER records as .json,
/// the ICEWS CAMEO codebook as .csv) and prints root accuracy, full-match rate, precision, misses by cause and speed.
/// </summary>
internal sealed class EvalEventsCommand : Command<EvalEventsCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<GOLD>")]
        [Description("Gold file: PLOVER records (.json) or the ICEWS CAMEO codebook (.csv).")]
        public string Gold { get; init; } = "";

        [CommandOption("--json")]
        [Description("Print one JSON object: records, skipped, root_accuracy, full_match, precision, misses (cause → count).")]
        public bool Json { get; init; }

        [CommandOption("--dictionaries <PATH>")]
        [Description("Dictionary files or directories (TABARI/PETRARCH formats) instead of Parley's own.")]
        public string[]? Dictionaries { get; init; }

        [CommandOption("--model <DIR>")]
        [Description("Syntax model directory (default: the bundled English model).")]
        public string? Model { get; init; }

        [CommandOption("--misses <N>")]
        [Description("Print up to N misses per cause (default 10; 0 prints none).")]
        public int Misses { get; init; } = 10;

        [CommandOption("--all-modalities")]
        [Description("Also count negated, hypothetical and future events.")]
        public bool AllModalities { get; init; }
    }

    public override ValidationResult Validate(CommandContext context, Settings settings) =>
        settings.Misses < 0 ? ValidationResult.Error("--misses must be 0 or more") : ValidationResult.Success();

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        GoldSet gold = GoldReader.Read(settings.Gold);
        var syntax = new SyntaxPipeline(SyntaxModel.Load(ModelLocator.Find(settings.Model)));
        CodingDictionaries dictionaries = DictionaryLocator.Load(settings.Dictionaries);
        CodingOptions options = settings.AllModalities ? CodingOptions.Default.WithAllModalities() : CodingOptions.Default;
        var evaluator = new EventEvaluator(syntax, dictionaries, options);
        evaluator.WarmUp(gold, cancellationToken: cancellationToken);
        EvaluationReport report = evaluator.Evaluate(gold, progress: null, cancellationToken);
        if (settings.Json)
        {
            Console.WriteLine(JsonSerializer.Serialize(ToJson(report)));
        }
        else
        {
            EvalEventsReport.Write(Console.Out, gold.Format, report, settings.Misses);
        }
        return 0;
    }

    private static Dictionary<string, object> ToJson(EvaluationReport report) => new()
    {
        ["records"] = report.Records,
        ["skipped"] = report.Skipped.Count,
        ["root_accuracy"] = Math.Round(report.RootAccuracy, 2),
        ["full_match"] = Math.Round(report.FullMatchRate, 2),
        ["precision"] = Math.Round(report.Precision, 2),
        ["misses"] = MissCauses.All.ToDictionary(MissCauses.Name, c => report.MissCounts[c]),
        ["root_hits"] = report.RootHits,
        ["full_matches"] = report.FullMatches,
        ["emitted"] = report.Emitted,
        ["emitted_on_root"] = report.EmittedOnRoot,
        ["sentences"] = report.Sentences,
        ["sentences_per_second"] = Math.Round(report.SentencesPerSecond),
    };
}
