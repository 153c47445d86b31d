using System.ComponentModel;
using Parley.Coding.Coding;
using Parley.Coding.Lexicon;
using Parley.Coding.Tabari;
using Parley.Coding.Validation;
using Parley.Syntax;
using Parley.Syntax.Model;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley validate-petrarch FILE.xml</c> and <c>parley validate-tabari Validate.project|Validate.text</c>: run an
/// established coder's validation suite with the dictionaries it names, print each failing record (expected vs
/// got) and end with <c>N passed, M failed</c> (skipped records: error tests, deactivated and option records).
/// </summary>
internal sealed class ValidateCommand : Command<ValidateCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<SUITE>")]
        [Description("The suite file: PETR.UnitTest.records.xml, or TABARI's Validate.project / Validate.text.")]
        public string Suite { get; init; } = "";

        [CommandOption("--model <DIR>")]
        [Description("Syntax model directory (default: the bundled English model).")]
        public string? Model { get; init; }

        [CommandOption("--explain <ID>")]
        [Description("Print the parse and the coder's decisions for the record with this id (repeatable).")]
        public string[] Explain { get; init; } = [];

        [CommandOption("--parser")]
        [Description("validate-tabari: code with Parley's parser-based coder in its TABARI-compatible reading instead of TABARI's own surface algorithm.")]
        public bool Parser { get; init; }

        [CommandOption("--verbose")]
        [Description("Also print the records that pass.")]
        public bool Verbose { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        bool tabari = context.Name == "validate-tabari";
        ValidationSuite suite = tabari ? TabariSuiteReader.Read(TabariProject(settings.Suite)) : PetrarchSuiteReader.Read(settings.Suite);
        var syntax = new SyntaxPipeline(SyntaxModel.Load(ModelLocator.Find(settings.Model)));
        CodingDictionaries dictionaries = ValidationRunner.LoadDictionaries(suite);
        // TABARI-format dictionaries are coded by TABARI's own surface algorithm, as TABARI would code them.
        TabariSurfaceCoder? surface = suite.Format == ValidationFormat.Tabari && !settings.Parser ? TabariSurfaceCoder.Load(suite.Dictionaries) : null;
        var runner = new ValidationRunner(syntax, dictionaries, tabari ? CodingOptions.TabariCompatibility : CodingOptions.PetrarchCompatibility, surface);
        ValidationSummary summary = ValidationSummary.Empty;
        foreach (ValidationRecord record in suite.Records)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!record.IsScored)
            {
                summary = summary.AddSkipped();
                continue;
            }
            if (settings.Explain.Contains(record.Id, StringComparer.OrdinalIgnoreCase))
            {
                Console.WriteLine($"--- {record.Id} ({record.Date:yyyy-MM-dd}): {record.Text}");
                runner.Code(record, line => Console.WriteLine("    " + line), cancellationToken);
            }
            ValidationOutcome outcome = runner.Run(record, cancellationToken);
            summary = summary.Add(outcome);
            if (!outcome.Passed || settings.Verbose)
            {
                Console.WriteLine((outcome.Passed ? "PASS " : "FAIL ") + outcome.Describe());
            }
        }
        Console.WriteLine(summary.Describe());
        return 0;
    }

    /// <summary>TABARI's suite is named by its project file; given the text file, use the project beside it that names it.</summary>
    private static string TabariProject(string path)
    {
        if (path.EndsWith(".project", StringComparison.OrdinalIgnoreCase) || !File.Exists(path))
        {
            return path;
        }
        string directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        string name = Path.GetFileName(path);
        foreach (string project in Directory.GetFiles(directory, "*.project"))
        {
            if (File.ReadLines(project).Any(line => line.Contains(name, StringComparison.OrdinalIgnoreCase)))
            {
                return project;
            }
        }
        throw new FileNotFoundException($"{path}: no TABARI .project file beside it names this text file");
    }
}
