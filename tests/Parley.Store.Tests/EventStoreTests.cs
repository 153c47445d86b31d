using Parley.Coding.Events;
using Parley.Coding.Ontology;
using Parley.Store.Queries;
using Parley.Store.Schema;
using Parley.Testing;
using Parley.Text.Stories;

namespace Parley.Store.Tests;

/// <summary>The store file: schema and migrations, writing stories and events in one transaction, reading every field back.</summary>
public sealed class EventStoreTests
{
    private const string Text = "Markets were calm. Russian Foreign Minister Sergei Lavrov condemned France in Paris on Monday.";

    [Fact]
    public void AnEmptyFileIsMigratedToTheCurrentVersionOnceAndReopens()
    {
        using var directory = new TempDirectory();
        using (EventStore store = StoreTestData.OpenStore(directory))
        {
            Assert.Equal(StoreSchema.CurrentVersion, store.SchemaVersion);
            Assert.Equal(new StoreStats(0, 0, 0, 0, null, null, StoreSchema.CurrentVersion), store.Stats());
        }
        using (EventStore store = StoreTestData.OpenStore(directory))
        {
            Assert.Equal(StoreSchema.CurrentVersion, store.SchemaVersion);
            Assert.Equal((long)StoreSchema.Migrations.Count, Scalar(store, "SELECT count(*) FROM schema_version"));
        }
    }

    [Fact]
    public void MigrationsAreAppliedInOrderAndAFailingOneLeavesTheStoreAtTheLastGoodVersion()
    {
        using var directory = new TempDirectory();
        string path = Path.Combine(directory.Path, "m.duckdb");
        var v1 = new StoreMigration(1, "t", ["CREATE TABLE t (a INTEGER)", "INSERT INTO t VALUES (1)"]);
        var v2 = new StoreMigration(2, "t.b", ["ALTER TABLE t ADD COLUMN b VARCHAR DEFAULT 'x'"]);
        var bad = new StoreMigration(3, "bad", ["CREATE TABLE u (a INTEGER)", "SELECT * FROM no_such_table"]);
        using (EventStore store = EventStore.Open(path, [v1]))
        {
            Assert.Equal(1, store.SchemaVersion);
        }
        using (EventStore store = EventStore.Open(path, [v1, v2]))
        {
            Assert.Equal(2, store.SchemaVersion);
            Assert.Equal("x", Scalar(store, "SELECT b FROM t"));
        }
        Assert.ThrowsAny<Exception>(() => EventStore.Open(path, [v1, v2, bad]).Dispose());
        using (EventStore store = EventStore.Open(path, [v1, v2]))
        {
            Assert.Equal(2, store.SchemaVersion);
            Assert.Equal(0L, Scalar(store, "SELECT count(*) FROM information_schema.tables WHERE table_name = 'u'"));
        }
        var error = Assert.Throws<InvalidDataException>(() => EventStore.Open(path, [v1]).Dispose());
        Assert.Contains("newer", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SentenceSpansRoundTrip()
    {
        using var directory = new TempDirectory();
        var story = new Story("s2", new DateOnly(2016, 3, 1), "One sentence. Another one.", "in.jsonl:2");
        CharSpan[] spans = [new CharSpan(0, 13), new CharSpan(14, 26)];
        using EventStore store = StoreTestData.OpenStore(directory);
        store.Write([new CodedStory(story, StoryIdentity.HashText(story.Text), [], 2, spans)], []);
        Assert.Equal(spans, store.Sentences("s2"));
        Assert.Empty(store.Sentences("unknown"));
    }

    [Fact]
    public void EveryFieldOfAnEventRoundTrips()
    {
        using var directory = new TempDirectory();
        var story = new Story("s1", new DateOnly(2016, 3, 1), Text, "in.jsonl:1", "Lavrov in Paris", "https://example.org/a", "Wire");
        CodedEvent full = FullEvent();
        CodedEvent bare = BareEvent();
        using EventStore store = StoreTestData.OpenStore(directory);
        store.Write([new CodedStory(story, StoryIdentity.HashText(Text), [full, bare], 2)], []);

        List<StoredEvent> read = EventQuery.Run(store, EventFilter.All).ToList();
        Assert.Equal(2, read.Count);
        Assert.Equal(full, read[0].Event);
        Assert.Equal("Russian Foreign Minister Sergei Lavrov condemned France in Paris on Monday.", read[0].Sentence);
        Assert.Equal("condemned", read[0].Trigger);
        Assert.Equal(1, read[0].Stories);
        Assert.Equal(bare, read[1].Event);
        Assert.Equal("Markets", read[1].Trigger);
        using var command = store.Connection.CreateCommand();
        command.CommandText = "SELECT id, date, title, url, source, origin, text_hash, text, sentence_count, event_count FROM stories";
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        object[] row = new object[10];
        reader.GetValues(row);
        Assert.Equal(new object[] { "s1", new DateOnly(2016, 3, 1), "Lavrov in Paris", "https://example.org/a", "Wire", "in.jsonl:1",
            StoryIdentity.HashText(Text), Text, 2, 2 }, row);
    }

    [Fact]
    public void ABatchIsOneTransaction()
    {
        using var directory = new TempDirectory();
        using EventStore store = StoreTestData.OpenStore(directory);
        store.Write([StoreTestData.Story("a", null, ("RUS", "111", "USA"))], []);
        CodedStory again = StoreTestData.Story("a", null, ("FRA", "111", "USA"));
        CodedStory other = StoreTestData.Story("b", null, ("USA", "111", "RUS"));
        Assert.ThrowsAny<Exception>(() => store.Write([other, again], [new StoreError("x", null, "bad", DateTime.UtcNow)]));
        StoreStats stats = store.Stats();
        Assert.Equal((1L, 1L, 0L), (stats.Stories, stats.Events, stats.Errors));
        Assert.Equal(new HashSet<string> { "a" }, store.LoadStoryIds());
    }

    [Fact]
    public void AnErrorIsRecordedOnce()
    {
        using var directory = new TempDirectory();
        using EventStore store = StoreTestData.OpenStore(directory);
        var at = new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc);
        store.Write([], [new StoreError("in.jsonl:3", null, "invalid JSON", at), new StoreError("in.jsonl:4", "s4", "boom", at)]);
        store.Write([], [new StoreError("in.jsonl:3", null, "invalid JSON", at.AddDays(1))]);
        IReadOnlyList<StoreError> errors = store.Errors();
        Assert.Equal(2, errors.Count);
        Assert.Equal(new StoreError("in.jsonl:3", null, "invalid JSON", at), errors[0]);
        Assert.Equal("s4", errors[1].StoryId);
    }

    private static CodedEvent FullEvent()
    {
        int start = Text.IndexOf("Russian", StringComparison.Ordinal);
        var source = new CharSpan(start, start + "Russian Foreign Minister Sergei Lavrov".Length);
        int trigger = Text.IndexOf("condemned", StringComparison.Ordinal);
        int target = Text.IndexOf("France", StringComparison.Ordinal);
        var targetSpan = new CharSpan(target, target + 6);
        return new CodedEvent("s1", 1, new DateOnly(2016, 2, 29),
            new EventActor("RUSGOV", "Russian Foreign Minister Sergei Lavrov", source),
            new EventActor("FRA", "France", targetSpan),
            "111", CameoOntology.Default["111"], Modality.Negated,
            new EventLocation("Paris", "FRA", 48.8566, 2.3522),
            new EventEvidence(new CharSpan(start, Text.Length), source, new CharSpan(trigger, trigger + 9), targetSpan),
            "Phoenix.verbs:123 CONDEMN");
    }

    // A code outside CAMEO, no target, no date, no location: every nullable field null.
    private static CodedEvent BareEvent() => new("s1", 0, null,
        new EventActor("GOV", "Markets", new CharSpan(0, 7)), null, "9999", null, Modality.Hypothetical, null,
        new EventEvidence(new CharSpan(0, 18), new CharSpan(0, 7), new CharSpan(0, 7), null), "x:1");

    private static object Scalar(EventStore store, string sql)
    {
        using var command = store.Connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar()!;
    }
}
