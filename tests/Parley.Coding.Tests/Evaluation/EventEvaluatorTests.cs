using Parley.Coding.Coding;
using Parley.Coding.Evaluation;
using Parley.Coding.Dictionaries;
using Parley.Coding.Lexicon;
using Parley.Syntax;
using Parley.Syntax.Model;
using Parley.Testing;

namespace Parley.Coding.Tests.Evaluation;

/// <summary>The evaluator end to end with the bundled model and tiny invented dictionaries (skipped without a model).</summary>
public sealed class EventEvaluatorTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "parley-eval-" + Guid.NewGuid().ToString("N"));

    public EventEvaluatorTests()
    {
        Directory.CreateDirectory(_directory);
        File.WriteAllText(Path.Combine(_directory, "test.actors.txt"),
            "FREEDONIA_ [FRE]\n+FREEDONIAN_\nSYLVANIA_ [SYL]\n+SYLVANIAN_\nRUFUS_FIREFLY_ [FREGOV]\n");
        File.WriteAllText(Path.Combine(_directory, "test.verbs.txt"),
            "--- CONDEMN [111] ---\nCONDEMN\nDENOUNCE\n\n--- MEET [040] ---\nMEET {MET MEETS MEETING}\n\n--- SAY [010] ---\nSAY {SAID}\n");
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static GoldEvent Gold(string id, string text, string roots, string source = "FRE", string target = "SYL") =>
        new(id, text, null, roots.Split(' '), [source], [target], "TEST");

    [SkippableFact]
    public void ScoresAndExplainsMisses()
    {
        Skip.If(TestPaths.ModelDirectory is null, "no bundled model (data/models/en)");
        var syntax = new SyntaxPipeline(SyntaxModel.Load(TestPaths.ModelDirectory!));
        CodingDictionaries dictionaries = CodingDictionaries.Load([_directory], DictionaryReadMode.Strict);
        var evaluator = new EventEvaluator(syntax, dictionaries, CodingOptions.Default);
        GoldEvent[] events =
        [
            Gold("full", "Freedonia condemned Sylvania on Monday.", "11"),
            Gold("actor", "Freedonia condemned Sylvania on Monday.", "11", target: "KRO"),
            Gold("code", "Rufus Firefly met Sylvanian envoys on Monday.", "11"),
            Gold("modality", "Freedonia will condemn Sylvania.", "11"),
            Gold("noactor", "The weather was mild in the valley.", "11"),
            Gold("noverb", "Freedonia slept near Sylvania.", "11"),
            Gold("noevent", "Freedonia said the weather was mild.", "11"),
        ];
        var skipped = new[] { new SkippedGoldRecord("odd", 3, "unknown PLOVER event type 'ODD'") };
        int progress = 0;
        var gold = new GoldSet("test.json", GoldFormat.Plover, events, skipped);
        evaluator.WarmUp(gold, records: 2);

        EvaluationReport report = evaluator.Evaluate(gold, done => progress = done);

        Assert.Equal(7, progress);
        Assert.Equal(7, report.Records);
        Assert.Single(report.Skipped);
        Assert.Equal(7, report.Sentences);
        Assert.Equal(["actor", "code", "modality", "noactor", "noverb", "noevent"], report.Misses.Select(m => m.Id));
        Assert.Equal(
            [MissCause.WrongActor, MissCause.WrongCode, MissCause.Modality, MissCause.NoActor, MissCause.NoVerb, MissCause.NoEvent],
            report.Misses.Select(m => m.Cause));
        Assert.Equal(2, report.RootHits);
        Assert.Equal(1, report.FullMatches);
        Assert.Equal(["FRE 111 SYL [future]"], EvaluationMiss.Describe(report.Misses[2].EmittedWithAllModalities));
        Assert.Equal(["FREGOV 040 SYL"], EvaluationMiss.Describe(report.Misses[1].Emitted));
    }
}
