using Parley.Coding.Ontology;
using Parley.Store.Queries;
using Parley.Testing;
using Parley.Tools.SyntheticStore;

namespace Parley.Store.Tests;

/// <summary>
/// The synthetic store generator (tools/Parley.Tools.SyntheticStore) on a small store: it opens as a Parley store,
/// holds exactly the events and stories asked for, is the same for the same seed, and the queries make sense on it.
/// </summary>
public sealed class SyntheticStoreTests : IDisposable
{
    private const long Events = 20_000;
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void TheStoreHoldsTheEventsAndStoriesAskedFor()
    {
        SyntheticReport report = Generate("a.duckdb", seed: 7);
        Assert.Equal(Events, report.Events);
        Assert.Equal(5_000, report.Stories);
        using EventStore store = EventStore.Open(Path.Combine(_directory.Path, "a.duckdb"));
        StoreStats stats = store.Stats();
        Assert.Equal(Events, stats.Events);
        Assert.Equal(5_000, stats.Stories);
        Assert.Equal(report.Sentences, stats.Sentences);
        Assert.Equal(StoreSchemaVersion(), store.SchemaVersion);
        Assert.True(stats.FirstDate >= new DateOnly(2000, 1, 1) && stats.LastDate <= new DateOnly(2025, 12, 31));
    }

    [Fact]
    public void TheSameSeedGivesTheSameStoreAndAnotherSeedAnother()
    {
        Generate("a.duckdb", seed: 7);
        Generate("b.duckdb", seed: 7);
        Generate("c.duckdb", seed: 8);
        string a = Fingerprint("a.duckdb");
        Assert.Equal(a, Fingerprint("b.duckdb"));
        Assert.NotEqual(a, Fingerprint("c.duckdb"));
    }

    [Fact]
    public void EventsAreConsistentWithTheOntologyAndTheirEvidence()
    {
        Generate("a.duckdb", seed: 3);
        using EventStore store = EventStore.Open(Path.Combine(_directory.Path, "a.duckdb"));
        List<StoredEvent> events = EventQuery.Run(store, EventFilter.All, limit: 2_000).ToList();
        Assert.Equal(2_000, events.Count);
        foreach (StoredEvent stored in events)
        {
            var e = stored.Event;
            CameoCode expected = CameoOntology.Default[e.Code];
            Assert.Equal(expected, e.Cameo);
            Assert.StartsWith(e.StoryId + " sentence " + e.SentenceIndex + ": ", stored.Sentence, StringComparison.Ordinal);
            Assert.Equal(expected.Name.ToLowerInvariant(), stored.Trigger);
            Assert.NotNull(e.Source);
            Assert.Equal(e.Evidence.Trigger.Length, stored.Trigger.Length);
        }
    }

    [Fact]
    public void DyadAndTopGiveSensibleAnswers()
    {
        Generate("a.duckdb", seed: 7);
        using EventStore store = EventStore.Open(Path.Combine(_directory.Path, "a.duckdb"));
        IReadOnlyList<TopRow> actors = TopQuery.Run(store, TopKind.Actors, EventFilter.All, 5);
        // The Zipf law puts the head of the ranking first: the United States is the most frequent actor.
        Assert.Equal("USA", actors[0].Key);
        Assert.True(actors[0].Events > actors[4].Events);
        IReadOnlyList<TopRow> codes = TopQuery.Run(store, TopKind.Codes, EventFilter.All, 3);
        Assert.Contains(codes, c => c.Key is "01" or "04" or "010" or "040");
        Assert.NotEmpty(TopQuery.Run(store, TopKind.Places, EventFilter.All, 3));
        Assert.Equal(EventCount(store, "USA", "RUS"), DyadQuery.Run(store, "USA", "RUS", PeriodUnit.Month, EventFilter.All).Sum(p => p.Events));
        Assert.NotEmpty(DyadQuery.Run(store, "USA", "RUS", PeriodUnit.Year, new EventFilter { Dedup = true }));
    }

    [Fact]
    public void StoryCountsFromTheFirstInStoryFlagsEqualTheDistinctCounts()
    {
        Generate("a.duckdb", seed: 5);
        using EventStore store = EventStore.Open(Path.Combine(_directory.Path, "a.duckdb"));
        // A filter that keeps every (dated) event takes the distinct-count path.
        var everything = new EventFilter { From = new DateOnly(1900, 1, 1) };
        foreach (TopKind kind in Enum.GetValues<TopKind>())
        {
            Assert.Equal(TopQuery.Run(store, kind, everything, 50), TopQuery.Run(store, kind, EventFilter.All, 50));
        }
    }

    [Fact]
    public void TheMigrationComputesTheSameFlagsAsTheWriter()
    {
        Generate("a.duckdb", seed: 5);
        using EventStore store = EventStore.Open(Path.Combine(_directory.Path, "a.duckdb"));
        const string Flags = "SELECT string_agg(concat_ws(',', story_new_source, story_new_target, story_new_dyad, story_new_code, story_new_place), ';' ORDER BY story_id, event_index) FROM events";
        string written = (string)Scalar(store, Flags);
        Scalar(store, "UPDATE events SET story_new_source = NULL, story_new_target = NULL, story_new_dyad = NULL, story_new_code = NULL, story_new_place = NULL");
        Scalar(store, Schema.StoreSchema.Migrations[1].Statements[^1]);
        Assert.Equal(written, (string)Scalar(store, Flags));
        Assert.Contains("false", written, StringComparison.Ordinal);
    }

    [Fact]
    public void AnExistingFileIsNotOverwritten()
    {
        string path = _directory.Write("exists.duckdb", "not a store");
        Assert.Throws<IOException>(() => SyntheticStoreWriter.Write(Options(path, 1)));
        Assert.Equal("not a store", File.ReadAllText(path));
    }

    private SyntheticReport Generate(string name, long seed) =>
        SyntheticStoreWriter.Write(Options(Path.Combine(_directory.Path, name), seed));

    private static SyntheticOptions Options(string path, long seed) =>
        new(path, Events, Events / 4, seed, new DateOnly(2000, 1, 1), new DateOnly(2025, 12, 31));

    private static object Scalar(EventStore store, string sql)
    {
        using var command = store.Connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar()!;
    }

    private static int StoreSchemaVersion() => Schema.StoreSchema.CurrentVersion;

    private static long EventCount(EventStore store, string a, string b) =>
        EventQuery.Run(store, new EventFilter { Source = a, Target = b }).LongCount()
        + EventQuery.Run(store, new EventFilter { Source = b, Target = a }).LongCount();

    // Counts and aggregates that change if any story, date, actor, code or place changes.
    private string Fingerprint(string name)
    {
        using EventStore store = EventStore.Open(Path.Combine(_directory.Path, name));
        StoreStats stats = store.Stats();
        var parts = new List<string> { $"{stats.Stories} {stats.Sentences} {stats.Events} {stats.FirstDate} {stats.LastDate}" };
        foreach (TopKind kind in Enum.GetValues<TopKind>())
        {
            parts.AddRange(TopQuery.Run(store, kind, EventFilter.All, 10).Select(r => $"{r.Key} {r.Detail} {r.Events} {r.Stories} {r.GoldsteinMean:R}"));
        }
        parts.AddRange(DyadQuery.Run(store, "USA", "RUS", PeriodUnit.Year, EventFilter.All).Select(p => $"{p.Period} {p.AToB} {p.BToA} {p.GoldsteinSum:R}"));
        parts.AddRange(EventQuery.Run(store, EventFilter.All, limit: 50).Select(e => e.Sentence));
        return string.Join("\n", parts);
    }
}
