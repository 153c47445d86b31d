using BenchmarkDotNet.Attributes;
using Parley.Coding.Coding;
using Parley.Coding.Dictionaries;
using Parley.Coding.Lexicon;
using Parley.Syntax;
using Parley.Syntax.Model;
using Parley.Text.Stories;

namespace Parley.Benchmarks;

/// <summary>
/// End-to-end coding throughput (tokenize, tag, parse, code) on the first 200 stories of Reuters-21578 with the
/// Phoenix dictionaries, both read from the shared data directory ($PARLEY_DATA or ../shared/data). Each
/// invocation codes the same stories, so "Op/s" reads as sentences per second. <see cref="ParseEverySentence"/>
/// is the baseline that tags and parses every sentence; <see cref="ParseSentencesWithActors"/> is what
/// <c>parley code</c> does: sentences naming fewer actors than an event needs are not parsed.
/// </summary>
[MemoryDiagnoser]
public class CodingBenchmarks
{
    private readonly List<Story> _stories = [];
    private StoryCoder _storyCoder = null!;
    private EventCoder _eventCoder = null!;
    private int _sentences;

    [GlobalSetup]
    public void Setup()
    {
        string root = SyntaxBenchmarks.RepositoryRoot();
        string data = Environment.GetEnvironmentVariable("PARLEY_DATA") is { Length: > 0 } d ? d : Path.Combine(root, "..", "shared", "data");
        string petrarch = Path.Combine(data, "petrarch");
        string[] files = ["CAMEO.2.0.txt", "Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
            "Phoenix.MilNonState.actors.txt", "Phoenix.agents.txt", "Phoenix.discards.txt"];
        CodingDictionaries dictionaries = CodingDictionaries.Load(files.Select(f => Path.Combine(petrarch, f)), DictionaryReadMode.Lenient);
        var syntax = new SyntaxPipeline(SyntaxModel.Load(Path.Combine(root, "data", "models", "en")));
        _eventCoder = new EventCoder(dictionaries, CodingOptions.Default);
        _storyCoder = new StoryCoder(syntax, _eventCoder);
        string archive = Path.Combine(data, "corpora", "reuters21578", "sgm-data", "reut2-000.sgm");
        foreach (StoryReadResult result in new StoryReader().Read([archive]))
        {
            if (result.Story is { } story && _stories.Count < 200)
            {
                _stories.Add(story);
            }
        }
        long before = _storyCoder.SentenceCount;
        ParseSentencesWithActors();
        _sentences = (int)(_storyCoder.SentenceCount - before);
        Console.WriteLine($"// {_stories.Count} stories, {_sentences} sentences per invocation");
    }

    [Benchmark(Baseline = true)]
    public int ParseEverySentence()
    {
        int events = 0;
        foreach (Story story in _stories)
        {
            events += _eventCoder.Code(_storyCoder.Annotate(story.Id, story.Text), story.Date).Count;
        }
        return events;
    }

    [Benchmark]
    public int ParseSentencesWithActors()
    {
        int events = 0;
        foreach (Story story in _stories)
        {
            events += _storyCoder.Code(story).Count;
        }
        return events;
    }
}
