using Parley.Coding.Coding;
using Parley.Coding.Events;
using Parley.Store;
using Parley.Testing;
using Parley.Text.Stories;
using Parley.Web;

namespace Parley.Web.Tests;

/// <summary>
/// A store of a few invented stories, coded once with the bundled model and Parley's own dictionaries, and the coder
/// factory the test servers share. Each test server gets its own copy of the store file, so writes stay in one test.
/// </summary>
public sealed class WebFixture : IDisposable
{
    /// <summary>Stories written for these tests: three countries over four months.</summary>
    public static readonly Story[] Stories =
    [
        new("talks-march", new DateOnly(2026, 3, 2),
            "Russia and the United States held talks in Geneva on Monday. Russia accused the United States of violating the ceasefire.",
            "fixture", "Talks in Geneva"),
        new("strike-april", new DateOnly(2026, 4, 10),
            "Russian troops attacked Ukrainian soldiers near Kharkiv on Friday. Ukraine condemned the attack.", "fixture"),
        new("sanctions-may", new DateOnly(2026, 5, 20),
            "The United States imposed sanctions on Russia. Russia rejected the sanctions.", "fixture"),
        new("aid-june", new DateOnly(2026, 6, 1),
            "France sent humanitarian aid to Ukraine. The United States praised France.", "fixture"),
    ];

    private readonly TempDirectory _directory = new();
    private readonly string _template;
    private int _copies;

    public WebFixture()
    {
        CreateCoder = ParleyServer.CoderFactory(TestPaths.ModelDirectory, [TestPaths.DictionaryDirectory!]);
        _template = Path.Combine(_directory.Path, "template.duckdb");
        StoryCoder coder = CreateCoder();
        var coded = new List<CodedStory>();
        foreach (Story story in Stories)
        {
            var sentences = new List<CharSpan>();
            IReadOnlyList<CodedEvent> events = coder.Code(story, sentences, CancellationToken.None);
            coded.Add(new CodedStory(story, StoryIdentity.HashText(story.Text), events, sentences.Count, sentences));
        }
        using EventStore store = EventStore.Open(_template);
        store.Write(coded, []);
        EventCount = coded.Sum(c => c.Events.Count);
    }

    /// <summary>Makes coders over the bundled model and own dictionaries.</summary>
    public Func<StoryCoder> CreateCoder { get; }

    /// <summary>How many events the fixture stories gave.</summary>
    public int EventCount { get; }

    /// <summary>A fresh copy of the fixture store.</summary>
    public string CopyStore()
    {
        string path = Path.Combine(_directory.Path, $"store-{Interlocked.Increment(ref _copies)}.duckdb");
        File.Copy(_template, path);
        return path;
    }

    /// <summary>A path where no store exists yet.</summary>
    public string NewStorePath() => Path.Combine(_directory.Path, $"new-{Interlocked.Increment(ref _copies)}.duckdb");

    public void Dispose() => _directory.Dispose();
}
