using BenchmarkDotNet.Attributes;
using Parley.Syntax;
using Parley.Syntax.Model;
using Parley.Text;

namespace Parley.Benchmarks;

/// <summary>
/// Throughput of tagging + lemmatizing + parsing on one core. Each invocation annotates exactly
/// <see cref="TokensPerInvoke"/> tokens, so BenchmarkDotNet's "Op/s" column reads as tokens per second.
/// The text is the README sample article, tokenized once in setup and re-annotated in every run.
/// Besides the mean, the table shows the quartiles, the extremes and BenchmarkDotNet's m-value: on a shared virtual
/// machine the iterations fall into a quiet and a contended regime (session 15: 7 µs and 12–14 µs a token for the
/// accurate model, in stretches of tens of seconds), and the mean then depends on how long each lasted.
/// </summary>
[MemoryDiagnoser]
[MinColumn, Q1Column, MedianColumn, Q3Column, MaxColumn, MValueColumn]
public class SyntaxBenchmarks
{
    public const int TokensPerInvoke = 20_000;

    private readonly List<Document> _documents = new();
    private SyntaxPipeline _pipeline = null!;
    private SyntaxPipeline _accurate = null!;
    private SyntaxPipeline _accurateFullBeam = null!;

    [GlobalSetup]
    public void Setup()
    {
        string root = RepositoryRoot();
        _pipeline = new SyntaxPipeline(SyntaxModel.Load(Path.Combine(root, "data", "models", ModelLocator.DefaultName)));
        SyntaxModel accurate = SyntaxModel.Load(Path.Combine(root, "data", "models", ModelLocator.AccurateName));
        _accurate = new SyntaxPipeline(accurate);
        var fullBeam = new SyntaxModel(accurate.Tagger, accurate.Lemmatizer, accurate.Parser.WithBeamMargin(float.PositiveInfinity), accurate.Relabeller);
        _accurateFullBeam = new SyntaxPipeline(fullBeam);
        string text = File.ReadAllText(Path.Combine(root, "samples", "geneva-talks.txt"));
        var tokenizer = new Tokenizer();
        var splitter = new SentenceSplitter();
        int tokens = 0;
        while (tokens < TokensPerInvoke)
        {
            Document document = DocumentFactory.Create("sample", text, tokenizer, splitter);
            int take = Math.Min(document.TokenCount, TokensPerInvoke - tokens);
            _documents.Add(Truncate(document, take));
            tokens += take;
        }
    }

    [Benchmark(OperationsPerInvoke = TokensPerInvoke)]
    public void TagAndParse()
    {
        foreach (Document document in _documents)
        {
            _pipeline.Annotate(document);
        }
    }

    /// <summary>Tagging and lemmatizing alone, to show what the parser adds.</summary>
    [Benchmark(OperationsPerInvoke = TokensPerInvoke)]
    public void TagOnly()
    {
        foreach (Document document in _documents)
        {
            _pipeline.Tag(document);
        }
    }

    /// <summary>The same with the beam-search model (data/models/en-accurate).</summary>
    [Benchmark(OperationsPerInvoke = TokensPerInvoke)]
    public void TagAndParseAccurate()
    {
        foreach (Document document in _documents)
        {
            _accurate.Annotate(document);
        }
    }

    /// <summary>The accurate model without its beam margin: every step keeps the whole width, as before the margin.</summary>
    [Benchmark(OperationsPerInvoke = TokensPerInvoke)]
    public void TagAndParseAccurateFullBeam()
    {
        foreach (Document document in _documents)
        {
            _accurateFullBeam.Annotate(document);
        }
    }

    private static Document Truncate(Document document, int tokens)
    {
        if (tokens == document.TokenCount)
        {
            return document;
        }
        var sentences = new List<int>();
        for (int s = 0; s < document.SentenceCount; s++)
        {
            int first = document.GetSentence(s).FirstToken;
            if (first < tokens)
            {
                sentences.Add(first);
            }
        }
        return new Document(document.Id, document.Text, document.TokenStarts[..tokens].ToArray(), document.TokenEnds[..tokens].ToArray(), sentences.ToArray());
    }

    internal static string RepositoryRoot()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Parley.sln")))
            {
                return dir.FullName;
            }
        }
        throw new DirectoryNotFoundException("run the benchmarks from inside the Parley repository");
    }
}
