using Parley.Coding.Events;
using Parley.Coding.Coding;
using Parley.Coding.Dictionaries;
using Parley.Coding.Lexicon;
using Parley.Store.Ingest;
using Parley.Store.Queries;
using Parley.Syntax;
using Parley.Syntax.Model;
using Parley.Testing;
using Parley.Text.Stories;

namespace Parley.Store.Tests;

/// <summary>Ingest: new stories written with their events, known ones skipped before coding, failures recorded, cancellation.</summary>
public sealed class IngestPipelineTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void ReIngestingAddsNothingAndSkipsBeforeCoding(int jobs)
    {
        using var directory = new TempDirectory();
        using EventStore store = StoreTestData.OpenStore(directory);
        StoryReadResult[] first = [Read("a", "Moscow spoke. Moscow spoke again."), Read("b", "Paris spoke."), Read("a", "Moscow spoke. Moscow spoke again.")];
        IngestCounts counts = Ingest(store, first, jobs);
        Assert.Equal((2L, 1L, 0L, 3L, 3L), (counts.NewStories, counts.Skipped, counts.Failed, counts.Events, counts.Sentences));
        Assert.Equal([new CharSpan(0, 13), new CharSpan(14, 33)], store.Sentences("a"));

        int coded = 0;
        StoryReadResult[] second = [.. first, Read("c", "Kyiv spoke.")];
        counts = Ingest(store, second, jobs, () => new FakeWorker(_ => Interlocked.Increment(ref coded)));
        Assert.Equal((1L, 3L, 1L), (counts.NewStories, counts.Skipped, counts.Events));
        Assert.Equal(1, coded);
        Assert.Equal((3L, 4L), (store.Stats().Stories, store.Stats().Events));
    }

    [Fact]
    public void AFailingStoryIsRecordedInErrorsWhileTheRestIngest()
    {
        using var directory = new TempDirectory();
        using EventStore store = StoreTestData.OpenStore(directory);
        StoryReadResult[] items =
        [
            Read("a", "Moscow spoke."),
            Read("bad", "This story goes BOOM."),
            StoryReadResult.Failure("in.jsonl:3", "invalid JSON: unexpected end"),
            Read("c", "Paris spoke."),
        ];
        IngestCounts counts = Ingest(store, items, 2);
        Assert.Equal((2L, 2L), (counts.NewStories, counts.Failed));
        Assert.Equal(new HashSet<string> { "a", "c" }, store.LoadStoryIds());
        var errors = store.Errors().OrderBy(e => e.Origin, StringComparer.Ordinal).ToList();
        Assert.Equal(2, errors.Count);
        Assert.Equal(("in.jsonl:3", (string?)null, "invalid JSON: unexpected end"), (errors[0].Origin, errors[0].StoryId, errors[0].Reason));
        Assert.Equal(("test:bad", "bad", "could not be coded: the coder broke"), (errors[1].Origin, errors[1].StoryId, errors[1].Reason));

        // The failed story is tried again on the next run, and its error is not recorded twice.
        counts = Ingest(store, items, 1);
        Assert.Equal((0L, 2L, 2L), (counts.NewStories, counts.Skipped, counts.Failed));
        Assert.Equal(2, store.Errors().Count);
    }

    [Fact]
    public void AStoryFromStandardInputIsKnownByItsContent()
    {
        using var directory = new TempDirectory();
        using EventStore store = StoreTestData.OpenStore(directory);
        var piped = new Story(StoryReader.StandardInputName, null, "Moscow spoke.", StoryReader.StandardInputName);
        var other = piped with { Text = "Paris spoke." };
        Ingest(store, [StoryReadResult.Success(piped), StoryReadResult.Success(other)], 1);
        Assert.Equal(new HashSet<string> { StoryIdentity.HashText("Moscow spoke."), StoryIdentity.HashText("Paris spoke.") }, store.LoadStoryIds());
        Assert.Equal(0, Ingest(store, [StoryReadResult.Success(piped)], 1).NewStories);
    }

    [Fact]
    public void CancellingKeepsEveryCodedStoryWholeAndTheNextRunCompletesTheRest()
    {
        using var directory = new TempDirectory();
        using EventStore store = StoreTestData.OpenStore(directory);
        StoryReadResult[] items = Enumerable.Range(0, 200).Select(i => Read("s" + i, "Moscow spoke. Kyiv answered. Paris listened.")).ToArray();
        using var cancel = new CancellationTokenSource();
        int coded = 0;
        var pipeline = new IngestPipeline(store, () => new FakeWorker(_ =>
        {
            if (Interlocked.Increment(ref coded) == 50)
            {
                cancel.Cancel();
            }
        }), new IngestOptions(2, MaxBatchStories: 7));
        Assert.ThrowsAny<OperationCanceledException>(() => pipeline.Run(items, null, cancel.Token));
        StoreStats partial = store.Stats();
        Assert.InRange(partial.Stories, 1, 199);
        Assert.Equal(partial.Stories * 3, partial.Events);

        IngestCounts counts = Ingest(store, items, 2);
        Assert.Equal(200 - partial.Stories, counts.NewStories);
        Assert.Equal((200L, 600L), (store.Stats().Stories, store.Stats().Events));
    }

    [SkippableFact]
    public void TheRealCoderIngestsEventsWithTheirEvidence()
    {
        Skip.If(TestPaths.ModelDirectory is null, "no trained model in data/models/en");
        var model = SyntaxModel.Load(TestPaths.ModelDirectory);
        var dictionaries = CodingDictionaries.Load([Path.Combine(AppContext.BaseDirectory, "Fixtures", "coder")], DictionaryReadMode.Strict);
        using var directory = new TempDirectory();
        using EventStore store = StoreTestData.OpenStore(directory);
        var story = new Story("r1", new DateOnly(2016, 3, 1), "Markets were calm. Russia condemned France on Monday.", "test:r1");
        var pipeline = new IngestPipeline(store,
            () => new StoryCoderWorker(new StoryCoder(new SyntaxPipeline(model), new EventCoder(dictionaries, CodingOptions.Default))),
            new IngestOptions(2));
        IngestCounts counts = pipeline.Run([StoryReadResult.Success(story)], null, CancellationToken.None);
        Assert.Equal((1L, 1L, 2L), (counts.NewStories, counts.Events, counts.Sentences));
        StoredEvent e = Assert.Single(EventQuery.Run(store, EventFilter.All));
        Assert.Equal(("RUS", "111", "FRA"), (e.Event.Source!.Code, e.Event.Code, e.Event.Target!.Code));
        Assert.Equal("Russia condemned France on Monday.", e.Sentence);
        Assert.Equal("condemned", e.Trigger);
    }

    private static StoryReadResult Read(string id, string text) =>
        StoryReadResult.Success(new Story(id, new DateOnly(2020, 1, 6), text, "test:" + id));

    private static IngestCounts Ingest(EventStore store, IEnumerable<StoryReadResult> items, int jobs, Func<IStoryWorker>? worker = null) =>
        new IngestPipeline(store, worker ?? (() => new FakeWorker()), new IngestOptions(jobs)).Run(items, null, CancellationToken.None);
}
