using Parley.Syntax.Model;
using Parley.Syntax.Training;

namespace Parley.Syntax.Tests;

/// <summary>The tiny hand-written treebank and a model trained on it (shared by tests, built once).</summary>
internal static class Fixture
{
    public static string TinyTreebank => Path.Combine(AppContext.BaseDirectory, "Fixtures", "tiny.conllu");

    public static SyntaxTrainingOptions Options { get; } = new() { ParserEpochs = 6, TaggerEpochs = 6, JackknifeFolds = 2, ParserMinWeight = 0 };

    private static readonly Lazy<SyntaxModel> LazyModel = new(() => new SyntaxTrainer(Options).Train(Sentences()));

    public static SyntaxModel TinyModel => LazyModel.Value;

    public static List<TreebankSentence> Sentences() => TreebankSentence.Load(TinyTreebank);
}
