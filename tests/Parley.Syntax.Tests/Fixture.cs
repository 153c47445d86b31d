using Parley.Syntax.Model;
using Parley.Syntax.Parsing;
using Parley.Syntax.Tagging;
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

    /// <summary>Tags <paramref name="sentence"/> with <paramref name="model"/>'s tagger and loads it as the parser's input in <paramref name="w"/>.</summary>
    public static void LoadParserInput(SyntaxModel model, TreebankSentence sentence, ParserWorkspace w, TokenFeatureBuffer buffer)
    {
        int[] tags = TaggerTrainer.TagAll(model.Tagger, [sentence])[0];
        buffer.Load(sentence.Document, 0, sentence.Length, model.Tagger.Ambiguity, model.Tagger.Clusters);
        w.Input.Load(sentence.Document, 0, tags, buffer, model.Tagger.Tags);
    }

    /// <summary>Parses every fixture sentence with both models and requires the same heads and relations.</summary>
    public static void AssertSameParses(SyntaxModel expected, SyntaxModel actual)
    {
        var a = Sentences();
        var b = Sentences();
        for (int s = 0; s < a.Count; s++)
        {
            new SyntaxPipeline(expected).Annotate(a[s].Document);
            new SyntaxPipeline(actual).Annotate(b[s].Document);
            Assert.Equal(a[s].Document.Annotations.Head, b[s].Document.Annotations.Head);
            Assert.Equal(a[s].Document.Annotations.Relation, b[s].Document.Annotations.Relation);
        }
    }
}
