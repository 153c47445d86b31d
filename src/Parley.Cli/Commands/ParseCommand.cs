using System.ComponentModel;
using System.Text;
using Parley.Syntax;
using Parley.Syntax.Conllu;
using Parley.Syntax.Model;
using Parley.Text;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands;

/// <summary><c>parley parse [FILE|-]</c>: tokenizes, tags and parses text and prints CoNLL-U.</summary>
internal sealed class ParseCommand : Command<ParseCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "[FILE]")]
        [Description("Text file to parse; '-' or nothing reads standard input.")]
        public string? File { get; init; }

        [CommandOption("--model <DIR>")]
        [Description("Model directory (default: the bundled English model).")]
        public string? Model { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        SyntaxModel model = SyntaxModel.Load(ModelLocator.Find(settings.Model));
        var (name, text) = InputReader.ReadText(settings.File);
        var pipeline = new SyntaxPipeline(model);
        var tokenizer = new Tokenizer();
        var splitter = new SentenceSplitter();
        using var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16);
        var writer = new ConlluWriter(output);
        writer.WriteNewDocument(name);
        TerminalProgress.Run($"parsing {name}", text.Length, advance =>
        {
            foreach (var (start, length) in TextBlocks.Split(text))
            {
                cancellationToken.ThrowIfCancellationRequested();
                Document document = DocumentFactory.Create(name, text.Substring(start, length), tokenizer, splitter);
                pipeline.Annotate(document, cancellationToken);
                writer.Write(document, start);
                advance(length);
            }
        });
        return 0;
    }
}
