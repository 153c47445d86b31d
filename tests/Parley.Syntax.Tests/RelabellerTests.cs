using Parley.Syntax.Model;
using Parley.Syntax.Parsing;
using Parley.Syntax.Tagging;
using Parley.Syntax.Training;
using Parley.Text;

namespace Parley.Syntax.Tests;

public sealed class RelabellerTests
{
    // A greedy parser with a relabeller learnt from jackknifed parses (the beam default), on the tiny treebank.
    private static readonly Lazy<SyntaxModel> Relabelled = new(() =>
        new SyntaxTrainer(Fixture.Options with { Relabel = true, RelabelFolds = 2 }).Train(Fixture.Sentences()));

    private static readonly string[] Texts =
    [
        "Russia vetoed the resolution.",
        "The ministers met in Geneva and the rebels shot two soldiers.",
        "The World Food Programme (WFP) said the talks failed.",
        "Thousands fled the city, the envoy said on Sunday.",
    ];

    [Fact]
    public void TheRelabellerNeverChangesAHeadAndTheRootKeepsRoot()
    {
        SyntaxModel model = Relabelled.Value;
        Assert.NotNull(model.Relabeller);
        var plain = new SyntaxModel(model.Tagger, model.Lemmatizer, model.Parser);
        foreach (Document document in Documents())
        {
            Document same = DocumentFactory.Create("plain", document.Text, new Tokenizer(), new SentenceSplitter());
            new SyntaxPipeline(model).Annotate(document);
            new SyntaxPipeline(plain).Annotate(same);
            Assert.Equal(same.Annotations.Head, document.Annotations.Head);
            for (int t = 0; t < document.TokenCount; t++)
            {
                bool isRoot = document.Annotations.Head[t] < 0;
                Assert.Equal(isRoot, document.Annotations.Relation[t] == "root");
            }
        }
    }

    [Fact]
    public void BeamModelsGetARelabellerByDefaultAndGreedyOnesOnlyWhenAsked()
    {
        Assert.False(new SyntaxTrainingOptions().TrainsRelabeller);
        Assert.True(new SyntaxTrainingOptions { ParserBeamWidth = 8 }.TrainsRelabeller);
        Assert.False(new SyntaxTrainingOptions { ParserBeamWidth = 8, Relabel = false }.TrainsRelabeller);
        Assert.True(new SyntaxTrainingOptions { Relabel = true }.TrainsRelabeller);
        Assert.Null(Fixture.TinyModel.Relabeller);
    }

    [Fact]
    public void TrainingTheRelabellerTwiceGivesTheSameBytes()
    {
        string first = TempDirectory("parley-relabel-a-");
        string second = TempDirectory("parley-relabel-b-");
        try
        {
            var options = Fixture.Options with { Relabel = true, RelabelFolds = 2, RelabelEpochs = 4 };
            new SyntaxTrainer(options).Train(Fixture.Sentences()).Save(first);
            new SyntaxTrainer(options).Train(Fixture.Sentences()).Save(second);
            Assert.True(File.Exists(Path.Combine(first, SyntaxModel.RelabellerFileName)));
            foreach (string name in SyntaxModel.FileNames)
            {
                Assert.Equal(File.ReadAllBytes(Path.Combine(first, name)), File.ReadAllBytes(Path.Combine(second, name)));
            }
        }
        finally
        {
            Directory.Delete(first, recursive: true);
            Directory.Delete(second, recursive: true);
        }
    }

    [Fact]
    public void ARelabelledModelSurvivesSaveAndLoad()
    {
        string dir = TempDirectory("parley-relabel-");
        try
        {
            Relabelled.Value.Save(dir);
            SyntaxModel loaded = SyntaxModel.Load(dir);
            Assert.NotNull(loaded.Relabeller);
            Assert.Equal(Relabelled.Value.Relabeller!.FeatureCount, loaded.Relabeller!.FeatureCount);
            AssertSameAnnotations(Relabelled.Value, loaded);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void ARelabellerAddedToAModelKeepsItsParserOrTheParseBeamAskedFor()
    {
        SyntaxModel greedy = Fixture.TinyModel;
        var options = Fixture.Options with { Relabel = true, RelabelFolds = 2, RelabelEpochs = 2 };
        SyntaxModel kept = new SyntaxTrainer(options).AddRelabeller(greedy, Fixture.Sentences());
        Assert.Equal(greedy.Parser.BeamWidth, kept.Parser.BeamWidth);
        Assert.NotNull(kept.Relabeller);
        SyntaxModel widened = new SyntaxTrainer(options with { ParserParseBeamWidth = 3 }).AddRelabeller(greedy, Fixture.Sentences());
        Assert.Equal(3, widened.Parser.BeamWidth);
        Assert.NotNull(widened.Relabeller);
    }

    [Fact]
    public void AModelWithoutRelabellerLoadsAndParsesAsBefore()
    {
        string dir = TempDirectory("parley-norelabel-");
        try
        {
            // A directory that held a relabelled model loses relabel.bin when a model without one is saved there.
            Relabelled.Value.Save(dir);
            Fixture.TinyModel.Save(dir);
            Assert.False(File.Exists(Path.Combine(dir, SyntaxModel.RelabellerFileName)));
            SyntaxModel loaded = SyntaxModel.Load(dir);
            Assert.Null(Fixture.TinyModel.Relabeller);
            Assert.Null(loaded.Relabeller);
            AssertSameAnnotations(Fixture.TinyModel, loaded);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void ARelabellerThatDoesNotMatchTheParserIsRefused()
    {
        string dir = TempDirectory("parley-relabel-bad-");
        try
        {
            Relabelled.Value.Save(dir);
            byte[] bytes = File.ReadAllBytes(Path.Combine(dir, SyntaxModel.RelabellerFileName));
            File.WriteAllBytes(Path.Combine(dir, SyntaxModel.RelabellerFileName), bytes.AsSpan(0, bytes.Length / 2).ToArray());
            var error = Assert.Throws<InvalidDataException>(() => SyntaxModel.Load(dir));
            Assert.Contains(SyntaxModel.RelabellerFileName, error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void ASmallRelabellerFitsItsTrainingData()
    {
        // Learnt from the gold trees, it must give back their labels from the rest of each tree.
        List<TreebankSentence> sentences = Fixture.Sentences();
        var (relabeller, inputs, golds) = TrainOnGoldTrees(sentences);
        Assert.False(relabeller.ReadsFirstLabel);
        var workspace = new RelabelWorkspace(relabeller.Labels.Count);
        int words = 0, right = 0;
        for (int s = 0; s < sentences.Count; s++)
        {
            int[] labels = (int[])golds[s].Clone();
            relabeller.Relabel(inputs[s], sentences[s].Heads, labels, new float[labels.Length], workspace);
            for (int i = 1; i < labels.Length; i++)
            {
                words++;
                right += labels[i] == golds[s][i] ? 1 : 0;
            }
        }
        Assert.True(right >= 0.97 * words, $"{right} of {words} labels");
    }

    [Fact]
    public void WordsTheParserLabelledWithConfidenceKeepTheirLabel()
    {
        // Every label is spoiled to "dep"; the odd words carry a label margin of 50. With a confident margin of 30 they
        // keep "dep" (the parser was sure), while the even words, margin 0, get their labels back from the tree.
        List<TreebankSentence> sentences = Fixture.Sentences();
        var (trained, inputs, golds) = TrainOnGoldTrees(sentences);
        Relabeller relabeller = trained.WithConfidentMargin(30f);
        int dep = Fixture.TinyModel.Parser.DepLabel;
        var workspace = new RelabelWorkspace(relabeller.Labels.Count);
        int kept = 0, confident = 0, restored = 0, unsure = 0;
        for (int s = 0; s < sentences.Count; s++)
        {
            int[] labels = new int[golds[s].Length];
            var margins = new float[labels.Length];
            for (int i = 1; i < labels.Length; i++)
            {
                bool root = sentences[s].Heads[i] == 0;
                labels[i] = root ? golds[s][i] : dep;
                margins[i] = i % 2 == 1 ? 50f : 0f;
            }
            relabeller.Relabel(inputs[s], sentences[s].Heads, labels, margins, workspace);
            for (int i = 1; i < labels.Length; i++)
            {
                if (sentences[s].Heads[i] == 0 || golds[s][i] == dep)
                {
                    continue;
                }
                if (i % 2 == 1)
                {
                    confident++;
                    kept += labels[i] == dep ? 1 : 0;
                }
                else
                {
                    unsure++;
                    restored += labels[i] == golds[s][i] ? 1 : 0;
                }
            }
        }
        Assert.Equal(confident, kept);
        Assert.True(unsure >= 10 && restored >= 0.75 * unsure, $"{restored} of {unsure} labels restored");
    }

    // A relabeller learnt from the gold trees of the fixture sentences (gold tags), with the parser inputs and gold labels.
    private static (Relabeller Relabeller, ParserInput[] Inputs, int[][] Golds) TrainOnGoldTrees(List<TreebankSentence> sentences)
    {
        SyntaxModel model = Fixture.TinyModel;
        int[][] tags = TaggerTrainer.GoldClasses(sentences, model.Tagger.Tags);
        var inputs = new ParserInput[sentences.Count];
        var golds = new int[sentences.Count][];
        var trainer = new RelabellerTrainer(model.Parser.Labels, readsFirstLabel: false);
        for (int s = 0; s < sentences.Count; s++)
        {
            TreebankSentence sentence = sentences[s];
            golds[s] = new int[sentence.Length + 1];
            for (int i = 0; i < sentence.Length; i++)
            {
                golds[s][i + 1] = model.Parser.Labels.Find(sentence.Relations[i]);
            }
            var buffer = new TokenFeatureBuffer();
            buffer.Load(sentence.Document, 0, sentence.Length, model.Tagger.Ambiguity, model.Tagger.Clusters);
            inputs[s] = new ParserInput();
            inputs[s].Load(sentence.Document, 0, tags[s], buffer, model.Tagger.Tags);
            trainer.Add(inputs[s], sentence.Heads, golds[s], sentence.Heads, golds[s]);
        }
        return (trainer.Train(epochs: 8, seed: 7, minWeight: 0, _ => { }, CancellationToken.None), inputs, golds);
    }

    [Fact]
    public void ARelabellerKeepsItsConfidentMarginThroughSaveAndLoad()
    {
        SyntaxModel model = Fixture.TinyModel;
        Relabeller relabeller = new RelabellerTrainer(model.Parser.Labels, readsFirstLabel: false)
            .Train(epochs: 1, seed: 7, minWeight: 0, _ => { }, CancellationToken.None).WithConfidentMargin(42.5f);
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            relabeller.Write(writer);
        }
        stream.Position = 0;
        using var reader = new BinaryReader(stream);
        Assert.Equal(42.5f, Relabeller.Read(reader, model.Parser.Labels).ConfidentMargin);
        // The margin follows the format version and the flag: a negative one in a file is refused, naming it.
        byte[] bytes = stream.ToArray();
        BitConverter.GetBytes(-1f).CopyTo(bytes, sizeof(int) + 1);
        using var corrupt = new BinaryReader(new MemoryStream(bytes));
        var error = Assert.Throws<InvalidDataException>(() => Relabeller.Read(corrupt, model.Parser.Labels));
        Assert.Contains("confident margin -1 is not positive", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => relabeller.WithConfidentMargin(0f));
        Assert.Throws<ArgumentOutOfRangeException>(() => relabeller.WithConfidentMargin(float.NaN));
    }

    private static void AssertSameAnnotations(SyntaxModel expected, SyntaxModel actual)
    {
        foreach (Document a in Documents())
        {
            Document b = DocumentFactory.Create("b", a.Text, new Tokenizer(), new SentenceSplitter());
            new SyntaxPipeline(expected).Annotate(a);
            new SyntaxPipeline(actual).Annotate(b);
            Assert.Equal(a.Annotations.Head, b.Annotations.Head);
            Assert.Equal(a.Annotations.Relation, b.Annotations.Relation);
        }
        Fixture.AssertSameParses(expected, actual);
    }

    private static IEnumerable<Document> Documents()
    {
        foreach (string text in Texts)
        {
            yield return DocumentFactory.Create("test", text, new Tokenizer(), new SentenceSplitter());
        }
    }

    private static string TempDirectory(string prefix) => Path.Combine(Path.GetTempPath(), prefix + Guid.NewGuid().ToString("N"));
}
