using Parley.Syntax.Model;
using Parley.Testing;
using Parley.Text;

namespace Parley.Syntax.Tests;

/// <summary>Checks of the committed English model in data/models/en.</summary>
public sealed class BundledModelTests
{
    private static readonly Lazy<SyntaxModel?> Model = new(() => TestPaths.ModelDirectory == null ? null : SyntaxModel.Load(TestPaths.ModelDirectory));

    [SkippableTheory]
    [InlineData("Russia vetoed the resolution.", "vetoed", "veto")]
    [InlineData("The foreign ministers met in Geneva on Sunday.", "met", "meet")]
    [InlineData("Soldiers shot two protesters near the border.", "shot", "shoot")]
    [InlineData("Thousands of families fled the town overnight.", "fled", "flee")]
    [InlineData("The ministry declined the offer on Friday.", "declined", "decline")]
    [InlineData("The court ruled against the government.", "ruled", "rule")]
    [InlineData("Both sides resumed talks in Geneva.", "resumed", "resume")]
    [InlineData("Police forced the protesters back.", "forced", "force")]
    [InlineData("The two leaders shared a platform.", "shared", "share")]
    [InlineData("The spokesman said the talks had failed.", "said", "say")]
    [InlineData("Rebels have seized the airport.", "seized", "seize")]
    [InlineData("The envoy was expelled last week.", "expelled", "expel")]
    public void VerbsLemmatize(string sentence, string form, string lemma)
    {
        Document document = Annotate(sentence);
        for (int t = 0; t < document.TokenCount; t++)
        {
            if (document.TokenText(t).SequenceEqual(form))
            {
                Assert.Equal(lemma, document.Annotations.Lemma[t]);
                return;
            }
        }
        Assert.Fail($"'{form}' was not a token of '{sentence}'");
    }

    [SkippableFact]
    public void PredictsTheUniversalDependencyRelationsTheCoderNeeds()
    {
        Skip.If(Model.Value == null, "no trained model in data/models/en");
        string[] needed =
        [
            "nsubj", "nsubj:pass", "obj", "iobj", "obl", "obl:agent", "xcomp", "ccomp", "advcl", "acl", "acl:relcl",
            "conj", "cc", "appos", "nmod", "nmod:poss", "compound", "flat", "amod", "advmod", "aux", "cop", "mark", "case", "det",
        ];
        foreach (string relation in needed)
        {
            Assert.True(Model.Value!.Parser.Labels.Find(relation) >= 0, relation);
        }
    }

    [SkippableFact]
    public void APastFormAfterASubjectAndAnAdverbIsAFinitePastTense()
    {
        Document document = Annotate("Russia never attacked Ukraine.");
        Assert.Equal("VBD", document.Annotations.Xpos[Find(document, "attacked")]);
        // The subject may be followed by its apposition between commas.
        document = Annotate("Peter Mwangi, the Kenyan Red Cross Coordinator, demanded parties to stop fighting.");
        Assert.Equal("VBD", document.Annotations.Xpos[Find(document, "demanded")]);
    }

    [SkippableFact]
    public void APastFormThatIsTheOnlyVerbOfAStatementIsAFinitePastTense()
    {
        Document document = Annotate("Syrian journalists protested on Monday.");
        Assert.Equal("VBD", document.Annotations.Xpos[Find(document, "protested")]);
        // A headline has no full stop and keeps its participle.
        document = Annotate("Two soldiers killed in Kabul blast");
        Assert.NotEqual("VBD", document.Annotations.Xpos[Find(document, "killed")]);
    }

    [SkippableFact]
    public void ABracketedNameIsAnAppositionAndTheSentenceKeepsItsSubject()
    {
        Document document = Annotate("Kenya will deliver grain to the refugees, the World Food Programme (WFP) said on Monday.");
        var a = document.Annotations;
        int name = Find(document, "WFP");
        int programme = Find(document, "Programme");
        Assert.Equal(programme, a.Head[name]);
        Assert.Equal("appos", a.Relation[name]);
        Assert.Equal(name, a.Head[Find(document, "(")]);
        Assert.Equal("nsubj", a.Relation[programme]);
    }

    [SkippableFact]
    public void ParsesSubjectAndObjectOfANewsSentence()
    {
        Document document = Annotate("Russia vetoed the French-drafted resolution.");
        var a = document.Annotations;
        int verb = Find(document, "vetoed");
        Assert.Equal("root", a.Relation[verb]);
        Assert.Equal(verb, a.Head[Find(document, "Russia")]);
        Assert.Equal("nsubj", a.Relation[Find(document, "Russia")]);
        Assert.Equal("obj", a.Relation[Find(document, "resolution")]);
    }

    [SkippableFact]
    public void PassiveAgentIsLabelled()
    {
        Document document = Annotate("The convoy was attacked by militiamen near the border.");
        var a = document.Annotations;
        Assert.Equal("nsubj:pass", a.Relation[Find(document, "convoy")]);
        Assert.Equal("obl:agent", a.Relation[Find(document, "militiamen")]);
    }

    [SkippableFact]
    public void ModelFilesTogetherStayUnder30Megabytes()
    {
        Skip.If(TestPaths.ModelDirectory == null, "no trained model in data/models/en");
        // Every bundled model counts: the default one and the beam-search one beside it.
        long bytes = 0;
        foreach (string model in Directory.GetDirectories(Path.GetDirectoryName(TestPaths.ModelDirectory!)!))
        {
            foreach (string name in SyntaxModel.FileNames)
            {
                string path = Path.Combine(model, name);
                bytes += File.Exists(path) ? new FileInfo(path).Length : 0;
            }
        }
        // Decimal megabytes, the stricter reading of the 30 MB limit.
        Assert.True(bytes <= 30_000_000L, $"{bytes} bytes");
    }

    [SkippableFact]
    public void TheAccurateModelIsFoundByNameAndParsesWithABeam()
    {
        Skip.If(TestPaths.ModelDirectory == null, "no trained model in data/models/en");
        string directory = ModelLocator.Find(ModelLocator.AccurateName);
        SyntaxModel accurate = SyntaxModel.Load(directory);
        Assert.True(accurate.Parser.BeamWidth > 1, $"beam width {accurate.Parser.BeamWidth}");
        // It narrows its beam where the best item leads by a wide margin (the source of its speed; see the README).
        Assert.True(float.IsFinite(accurate.Parser.BeamMargin), $"beam margin {accurate.Parser.BeamMargin}");
        Assert.Equal(1, Model.Value!.Parser.BeamWidth);
        Document document = DocumentFactory.Create("test", "Russia vetoed the French-drafted resolution.", new Tokenizer(), new SentenceSplitter());
        new SyntaxPipeline(accurate).Annotate(document);
        var a = document.Annotations;
        Assert.Equal("nsubj", a.Relation[Find(document, "Russia")]);
        Assert.Equal("obj", a.Relation[Find(document, "resolution")]);
    }

    [SkippableFact]
    public void OnlyTheAccurateModelHasARelabeller()
    {
        Skip.If(TestPaths.ModelDirectory == null, "no trained model in data/models/en");
        // The default model has no relabel.bin and labels with its parser alone, as before the relabeller existed.
        Assert.False(File.Exists(Path.Combine(TestPaths.ModelDirectory!, SyntaxModel.RelabellerFileName)));
        Assert.Null(Model.Value!.Relabeller);
        SyntaxModel accurate = SyntaxModel.Load(ModelLocator.Find(ModelLocator.AccurateName));
        Assert.NotNull(accurate.Relabeller);
        // Trained on the gold trees (the default), so the first parser's label is not one of its features.
        Assert.False(accurate.Relabeller!.ReadsFirstLabel);
    }

    [SkippableFact]
    public void TenThousandTokenSentenceGetsATree()
    {
        var text = string.Concat(Enumerable.Repeat("sanctions and talks ", 3400));
        var starts = new List<int>();
        var ends = new List<int>();
        new Tokenizer().Tokenize(text, starts, ends);
        var document = new Document("long", text, starts.ToArray(), ends.ToArray(), [0]);
        Pipeline().Annotate(document);
        int roots = 0;
        for (int t = 0; t < document.TokenCount; t++)
        {
            roots += document.Annotations.Head[t] < 0 ? 1 : 0;
        }
        Assert.True(document.TokenCount >= 10_000);
        Assert.Equal(1, roots);
    }

    [SkippableFact]
    public void EmptyDocumentIsFine()
    {
        var document = new Document("empty", "", [], [], []);
        Pipeline().Annotate(document);
        Assert.Equal(0, document.TokenCount);
    }

    private static SyntaxPipeline Pipeline()
    {
        Skip.If(Model.Value == null, "no trained model in data/models/en");
        return new SyntaxPipeline(Model.Value!);
    }

    private static Document Annotate(string text)
    {
        SyntaxPipeline pipeline = Pipeline();
        Document document = DocumentFactory.Create("test", text, new Tokenizer(), new SentenceSplitter());
        pipeline.Annotate(document);
        return document;
    }

    private static int Find(Document document, string form)
    {
        for (int t = 0; t < document.TokenCount; t++)
        {
            if (document.TokenText(t).SequenceEqual(form))
            {
                return t;
            }
        }
        throw new InvalidOperationException($"no token '{form}'");
    }
}
