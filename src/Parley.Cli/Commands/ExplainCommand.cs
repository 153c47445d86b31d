using System.ComponentModel;
using System.Globalization;
using Parley.Coding.Coding;
using Parley.Coding.Events;
using Parley.Coding.Lexicon;
using Parley.Syntax;
using Parley.Syntax.Model;
using Parley.Text;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley explain "sentence"</c>: shows the parse, the actors found, the patterns tried and why each event was or
/// was not emitted — what a dictionary editor needs to see.
/// </summary>
internal sealed class ExplainCommand : Command<ExplainCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<TEXT>")]
        [Description("The sentence or passage to explain.")]
        public string Text { get; init; } = "";

        [CommandOption("--date <DATE>")]
        [Description("Story date (YYYY-MM-DD) for date-restricted actors.")]
        public string? Date { get; init; }

        [CommandOption("--dictionaries <PATH>")]
        [Description("Dictionary files or directories (TABARI/PETRARCH formats); default: Parley's own.")]
        public string[]? Dictionaries { get; init; }

        [CommandOption("--model <DIR>")]
        [Description("Syntax model directory (default: the bundled English model).")]
        public string? Model { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(settings.Text))
        {
            throw new ArgumentException("explain: the text to explain is empty");
        }
        DateOnly? date = DateOption.Parse(settings.Date);
        var pipeline = new SyntaxPipeline(SyntaxModel.Load(ModelLocator.Find(settings.Model)));
        CodingDictionaries dictionaries = DictionaryLocator.Load(settings.Dictionaries);
        var coder = new EventCoder(dictionaries, CodingOptions.Default.WithAllModalities());
        Document document = new StoryCoder(pipeline, coder).Annotate("explain", settings.Text, cancellationToken);
        TextWriter output = Console.Out;
        WriteParse(output, document);
        output.WriteLine();
        IReadOnlyList<CodedEvent> events = coder.Code(document, date, output.WriteLine, cancellationToken);
        output.WriteLine();
        output.WriteLine(events.Count == 0 ? "no events" : $"{events.Count} event(s):");
        foreach (CodedEvent e in events)
        {
            output.WriteLine($"  {Actor(e.Source)} -> {e.Code} ({e.Cameo?.Name ?? "not in CAMEO"}) -> {Actor(e.Target)}  [{ModalityNames.Of(e.Modality)}]  rule {e.Rule}");
        }
        if (events.Any(e => e.Source?.Implied == true || e.Target?.Implied == true))
        {
            output.WriteLine("  (* implied: no words of the sentence name this participant)");
        }
        return 0;
    }

    /// <summary>An actor's code, "*" after one the sentence implies, "-" for none.</summary>
    private static string Actor(EventActor? actor) => actor is null ? "-" : actor.Implied ? actor.Code + "*" : actor.Code;

    private static void WriteParse(TextWriter output, Document document)
    {
        TokenAnnotations a = document.Annotations;
        foreach (Sentence sentence in document.Sentences)
        {
            for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                int head = a.Head[t] < 0 ? 0 : a.Head[t] - sentence.FirstToken + 1;
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{t - sentence.FirstToken + 1,3} {document.TokenText(t),-18} {a.Lemma[t],-14} {a.Upos[t],-6} {a.Xpos[t],-5} {head,3} {a.Relation[t]}"));
            }
        }
    }
}
